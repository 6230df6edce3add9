#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Anchorline::Model {

class Document;

// Notices when another program changes the open file (an editor, `git pull`, a sync client).
//
// QFileSystemWatcher forgets a file whose inode is replaced by a rename, which is how QSaveFile,
// git and most editors write; the watcher therefore also watches the folder and re-arms itself.
// What counts is the content: the SHA-256 of the file is compared with the last content the
// document loaded or saved, so our own saves, `touch` and rewrites with identical bytes are
// silent. Each different content on disk is reported once, so "keep mine" is not asked again
// until the file changes again.
class ExternalChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(Document &document, QObject *parent = nullptr);
    ~ExternalChangeWatcher() override;
    Q_DISABLE_COPY_MOVE(ExternalChangeWatcher)

    // Bursts of change notifications within this time are checked once (default 250 ms).
    void setSettleInterval(int milliseconds) { m_settle.setInterval(milliseconds); }
    // While disabled nothing is reported (e.g. while a modal reload question is open).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    QString watchedPath() const { return m_path; }

public slots:
    // Checks the file now instead of waiting for a notification.
    void checkNow();

signals:
    // The file at `path` now holds content the document did not load or save.
    void changedOnDisk(const QString &path);
    // The file at `path` is gone (deleted or moved away); reported once until it reappears.
    void removedFromDisk(const QString &path);

private:
    static QString signatureOf(const QString &path);
    void rearm();
    void onDocumentFileChanged();
    void onCleanChanged(bool clean);
    QByteArray hashOfFile(bool *exists) const;

    Document &m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownHash;       // what the document loaded or saved
    QByteArray m_reportedHash;    // what was last reported
    QString m_signature;          // size and times of the file when it was last hashed
    quint64 m_hashGeneration = 0; // which file the pending hash is for
    bool m_hashPending = false;   // the known hash is being computed on a worker
    bool m_checkDeferred = false; // a check waits for it
    bool m_reportedRemoved = false;
    bool m_enabled = true;
};

} // namespace Anchorline::Model
