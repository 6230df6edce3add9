#include "document/autosave.h"

#include "document/document.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <algorithm>

namespace Anchorline::Model {

namespace {

constexpr auto recoverySuffix = ".anchorline-recovery";
constexpr auto headerKey = "anchorlineRecovery";
// A header line longer than this is not ours.
constexpr qint64 maxHeaderBytes = 64 * 1024;

QString lockPathOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

QByteArray headerLine(const QString &originalPath, const QDateTime &savedAt, const QString &title)
{
    QJsonObject header;
    header.insert(QLatin1String(headerKey), 1);
    header.insert(QStringLiteral("originalPath"), originalPath);
    header.insert(QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    header.insert(QStringLiteral("title"), title);
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
}

// Reads the header line of a recovery file; false when the file is not one of ours.
bool readHeader(QFile &file, RecoveryInfo &info)
{
    const QByteArray line = file.readLine(maxHeaderBytes);
    if (!line.endsWith('\n'))
        return false;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject() ||
        json.object().value(QLatin1String(headerKey)).toInt() != 1)
        return false;
    const QJsonObject header = json.object();
    info.originalPath = header.value(QStringLiteral("originalPath")).toString();
    info.title = header.value(QStringLiteral("title")).toString();
    info.savedAt =
        QDateTime::fromString(header.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs)
            .toLocalTime();
    return true;
}

} // namespace

AutosaveManager::AutosaveManager(Document &document, QObject *parent)
    : AutosaveManager(document, defaultRecoveryDirectory(), parent)
{}

AutosaveManager::AutosaveManager(Document &document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::autosaveNow);
    // Not Document::contentChanged: it comes from inside QUndoStack::push(), before the stack
    // knows it is no longer clean. indexChanged also comes for merged edits.
    connect(m_document.undoStack(), &QUndoStack::indexChanged, this,
            &AutosaveManager::onContentChanged);
    connect(m_document.undoStack(), &QUndoStack::cleanChanged, this,
            &AutosaveManager::onCleanChanged);
    connect(&m_document, &Document::datasetReset, this, &AutosaveManager::onDatasetReset);
}

AutosaveManager::~AutosaveManager()
{
    // The Document must outlive this object (declare it first in the owner).
    if (!m_document.isModified()) {
        removeRecoveryFile();
        return;
    }
    // A session ending with unsaved changes neither saved nor discarded: keep the newest state.
    // The lock goes with m_lock, so that the next start offers the file.
    if (m_pending)
        autosaveNow();
}

QString AutosaveManager::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void AutosaveManager::setInterval(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    if (m_intervalSeconds == 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(m_intervalSeconds * 1000);
    if (m_pending && !m_timer.isActive())
        m_timer.start();
}

void AutosaveManager::onContentChanged()
{
    if (!m_document.isModified())
        return;
    m_pending = true;
    // The first change after an autosave starts the clock; later ones do not push it back, so
    // a user who never stops typing is still autosaved every interval.
    if (m_intervalSeconds > 0 && !m_timer.isActive())
        m_timer.start();
}

void AutosaveManager::onCleanChanged(bool clean)
{
    if (!clean) {
        onContentChanged();
        return;
    }
    // Saved (or undone back to the saved state): the file on disk holds everything.
    m_timer.stop();
    m_pending = false;
    removeRecoveryFile();
}

void AutosaveManager::onDatasetReset()
{
    m_timer.stop();
    m_pending = false;
    removeRecoveryFile();
}

bool AutosaveManager::ensureRecoveryPath()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        emit autosaveFailed(tr("cannot create the recovery folder %1").arg(m_directory));
        return false;
    }
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString name =
            QStringLiteral("%1-%2-%3")
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss")))
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')) +
            QLatin1String(recoverySuffix);
        const QString path = QDir(m_directory).filePath(name);
        if (QFileInfo::exists(path))
            continue;
        auto lock = std::make_unique<QLockFile>(lockPathOf(path));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;
        m_lock = std::move(lock);
        m_recoveryPath = path;
        m_written = false;
        return true;
    }
    emit autosaveFailed(tr("cannot create a recovery file in %1").arg(m_directory));
    return false;
}

bool AutosaveManager::autosaveNow()
{
    m_timer.stop();
    if (!m_document.isModified()) {
        m_pending = false;
        return true;
    }
    if (!ensureRecoveryPath())
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    QByteArray bytes;
    try {
        bytes = headerLine(m_document.filePath(), now, m_document.displayTitle()) +
                DatasetWriter::toBytes(m_document.dataset());
    } catch (const std::exception &) {
        emit autosaveFailed(tr("not enough memory to autosave"));
        return false;
    }
    QSaveFile file(m_recoveryPath);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        emit autosaveFailed(tr("cannot write the recovery file %1: %2").arg(m_recoveryPath, why));
        // Try again after the next interval rather than on every keystroke.
        if (m_intervalSeconds > 0)
            m_timer.start();
        return false;
    }
    m_written = true;
    m_pending = false;
    emit autosaved(m_recoveryPath);
    return true;
}

void AutosaveManager::discardCurrent()
{
    m_timer.stop();
    m_pending = false;
    removeRecoveryFile();
}

void AutosaveManager::removeRecoveryFile()
{
    if (!m_lock)
        return;
    QFile::remove(m_recoveryPath);
    m_lock->unlock(); // removes the lock file
    m_lock.reset();
    m_recoveryPath.clear();
    m_written = false;
}

std::vector<RecoveryInfo> AutosaveManager::pendingRecoveries(const QString &directory)
{
    std::vector<RecoveryInfo> found;
    const QDir folder(directory);
    const QStringList names =
        folder.entryList({QStringLiteral("*") + QLatin1String(recoverySuffix)}, QDir::Files);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        // A running session holds the lock: its autosave is not abandoned. A lock whose process
        // is gone is stale and tryLock() takes it over.
        QLockFile lock(lockPathOf(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        RecoveryInfo info;
        info.recoveryPath = path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (!readHeader(file, info))
            continue; // not ours; never offered, never removed
        if (!info.savedAt.isValid())
            info.savedAt = QFileInfo(path).lastModified();
        found.push_back(std::move(info));
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryInfo &a, const RecoveryInfo &b) { return a.savedAt > b.savedAt; });
    return found;
}

LoadResult AutosaveManager::loadRecovery(const RecoveryInfo &info)
{
    LoadResult result;
    QFile file(info.recoveryPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.push_back(LoadError{info.recoveryPath, QString(), 0, 0,
                                          tr("cannot open: %1").arg(file.errorString())});
        return result;
    }
    RecoveryInfo header;
    if (!readHeader(file, header)) {
        result.errors.push_back(
            LoadError{info.recoveryPath, QString(), 1, 1, tr("not an Anchorline recovery file")});
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.errors.push_back(LoadError{info.recoveryPath, QString(), 0, 0,
                                          tr("cannot read: %1").arg(file.errorString())});
        return result;
    }
    // Line numbers in errors count from the dataset, which starts on the second line.
    return DatasetReader::readBytes(bytes, info.recoveryPath);
}

bool AutosaveManager::discard(const RecoveryInfo &info)
{
    QLockFile lock(lockPathOf(info.recoveryPath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false; // a running session owns it
    const bool removed = QFile::remove(info.recoveryPath) || !QFileInfo::exists(info.recoveryPath);
    lock.unlock();
    return removed;
}

LoadResult AutosaveManager::recover(const RecoveryInfo &info)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(info.recoveryPath));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        LoadResult result;
        result.errors.push_back(LoadError{info.recoveryPath, QString(), 0, 0,
                                          tr("another Anchorline window is using this file")});
        return result;
    }
    LoadResult result = loadRecovery(info);
    if (!result.ok())
        return result; // the lock is released, the file stays for another try
    m_document.setDataset(std::move(*result.dataset), info.originalPath);
    result.dataset.reset();
    // The recovered data is not in the original file: it is an unsaved change.
    m_document.undoStack()->resetClean();
    // Adopt the file so that it goes away with the next save, and is rewritten meanwhile.
    removeRecoveryFile();
    m_lock = std::move(lock);
    m_recoveryPath = info.recoveryPath;
    m_written = true;
    m_pending = false;
    return result;
}

} // namespace Anchorline::Model
