#include "document/externalchangewatcher.h"

#include "core/backgroundpool.h"
#include "document/document.h"
#include "io/datasetwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Anchorline::Model {

ExternalChangeWatcher::ExternalChangeWatcher(Document &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &ExternalChangeWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_document, &Document::filePathChanged, this,
            &ExternalChangeWatcher::onDocumentFileChanged);
    connect(&m_document, &Document::datasetReset, this,
            &ExternalChangeWatcher::onDocumentFileChanged);
    connect(m_document.undoStack(), &QUndoStack::cleanChanged, this,
            &ExternalChangeWatcher::onCleanChanged);
    onDocumentFileChanged();
}

ExternalChangeWatcher::~ExternalChangeWatcher() = default;

void ExternalChangeWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_settle.start();
}

QByteArray ExternalChangeWatcher::hashOfFile(bool *exists) const
{
    QFile file(m_path);
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

void ExternalChangeWatcher::rearm()
{
    // Both lists are dropped and rebuilt: a path whose inode was replaced is no longer watched,
    // although QFileSystemWatcher::files() may still list it.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QFileInfo(folder).isDir())
        m_watcher.addPath(folder);
}

QString ExternalChangeWatcher::signatureOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? QStringLiteral("%1 %2 %3")
                               .arg(info.size())
                               .arg(info.lastModified().toMSecsSinceEpoch())
                               .arg(info.metadataChangeTime().toMSecsSinceEpoch())
                         : QString();
}

void ExternalChangeWatcher::onDocumentFileChanged()
{
    const QString path = m_document.filePath();
    const QString previousPath = m_path;
    const QString previousSignature = m_signature;
    m_path = m_document.isReadOnlyLocation() ? QString() : QFileInfo(path).absoluteFilePath();
    m_settle.stop();
    m_reportedHash.clear();
    m_reportedRemoved = false;
    rearm();
    m_signature = m_path.isEmpty() ? QString() : signatureOf(m_path);
    if (!m_path.isEmpty() && !m_document.loadedContentHash().isEmpty()) {
        // The loader hashed the very bytes it read: nothing to read again. Should the file have
        // changed since, its content differs from this and the next check reports it.
        ++m_hashGeneration;
        m_hashPending = false;
        m_knownHash = m_document.loadedContentHash();
        return;
    }
    // setDataset() signals a reset and a new path: one hash of the same file is enough.
    if (m_hashPending && m_path == previousPath && m_signature == previousSignature)
        return;
    m_knownHash.clear();
    const quint64 generation = ++m_hashGeneration;
    if (m_path.isEmpty()) {
        m_hashPending = false;
        return;
    }
    // Hashing a large file takes a while: a worker does it, so that opening a file never stalls
    // the window. Checks asked for meanwhile wait for it. A file changed before the hash was
    // taken (another signature) gets no known hash: the content is then compared with the
    // document's own bytes, as for any other change.
    m_hashPending = true;
    const QString hashed = m_path;
    const QString signature = m_signature;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this,
            [this, watcher, generation, hashed, signature] {
                watcher->deleteLater();
                if (generation != m_hashGeneration)
                    return; // another file (or the same one reloaded) since
                m_hashPending = false;
                if (signatureOf(hashed) == signature)
                    m_knownHash = watcher->result();
                else
                    m_signature.clear();
                if (m_checkDeferred) {
                    m_checkDeferred = false;
                    checkNow();
                }
            });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [hashed] {
        QFile file(hashed);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return QByteArray();
        return hash.result();
    }));
}

void ExternalChangeWatcher::onCleanChanged(bool clean)
{
    if (!clean || m_path.isEmpty())
        return;
    if (m_hashPending) {
        // Saved before the hash of the opened file was ready: the saved file is what counts.
        ++m_hashGeneration;
        m_hashPending = false;
        m_signature.clear();
        if (m_checkDeferred) {
            m_checkDeferred = false;
            m_settle.start();
        }
    }
    // A save just wrote the file (or an undo returned to the saved state). Only a file holding
    // exactly what the document would write is ours: an outside change made meanwhile must
    // still be reported.
    bool exists = false;
    const QByteArray onDisk = hashOfFile(&exists);
    if (onDisk.isEmpty() || onDisk == m_knownHash)
        return;
    const QByteArray ours = QCryptographicHash::hash(DatasetWriter::toBytes(m_document.dataset()),
                                                     QCryptographicHash::Sha256);
    if (onDisk == ours) {
        m_knownHash = onDisk;
        m_reportedHash.clear();
        m_reportedRemoved = false;
    }
}

void ExternalChangeWatcher::checkNow()
{
    if (m_path.isEmpty())
        return;
    if (m_hashPending) {
        m_checkDeferred = true;
        return;
    }
    rearm();
    if (!m_enabled)
        return;
    // Changes to other files in the folder wake us too: hash only when the file looks different.
    const QString signature = signatureOf(m_path);
    if (!signature.isEmpty() && signature == m_signature)
        return;
    m_signature = signature;
    bool exists = false;
    const QByteArray onDisk = hashOfFile(&exists);
    if (!exists) {
        if (!m_reportedRemoved) {
            m_reportedRemoved = true;
            m_reportedHash.clear();
            emit removedFromDisk(m_path);
        }
        return;
    }
    m_reportedRemoved = false;
    if (onDisk.isEmpty()) {
        m_signature.clear(); // being written: look again at the next notification
        return;
    }
    if (onDisk == m_knownHash || onDisk == m_reportedHash)
        return; // unreadable for now (being written), ours, or already asked about
    const QByteArray ours = QCryptographicHash::hash(DatasetWriter::toBytes(m_document.dataset()),
                                                     QCryptographicHash::Sha256);
    if (onDisk == ours) {
        // Someone wrote exactly our data (our own save, or the same change made elsewhere).
        m_knownHash = onDisk;
        return;
    }
    m_reportedHash = onDisk;
    emit changedOnDisk(m_path);
}

} // namespace Anchorline::Model
