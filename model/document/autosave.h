#pragma once

#include "io/loadresult.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

class QLockFile;

namespace Anchorline::Model {

class Document;

// An autosave left behind by a session that did not end normally (a crash, a kill, a power cut).
struct RecoveryInfo
{
    QString recoveryPath; // the recovery file in the recovery folder
    QString originalPath; // the file the data came from; empty or ":/..." when it had none
    QDateTime savedAt;    // when the autosave was written (local time)
    QString title;        // the dataset's title at that moment
};

// Writes the open document to a recovery file while it has unsaved changes, so that a crash
// loses at most `interval` seconds of work. Never writes over the user's file.
//
// Recovery files live in recoveryDirectory() (QStandardPaths::AppDataLocation + "/recovery").
// Each is one file written atomically (QSaveFile): a one-line JSON header (original path,
// time, title) followed by the dataset in the canonical format. While a session owns a
// recovery file it holds a QLockFile on it, so another running instance never offers it.
// The file is removed when the document becomes clean again (a save, or undo back to the
// saved state), when another dataset is opened, and by discardCurrent().
class AutosaveManager final : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveManager(Document &document, QObject *parent = nullptr);
    // `directory` instead of the standard one (tests, portable installs).
    AutosaveManager(Document &document, const QString &directory, QObject *parent = nullptr);
    // Keeps the recovery file when the document still has unsaved changes: a session that ends
    // without "Save" or "Discard" is offered for recovery next time.
    ~AutosaveManager() override;
    Q_DISABLE_COPY_MOVE(AutosaveManager)

    static constexpr int DefaultIntervalSeconds = 60;
    static QString defaultRecoveryDirectory();

    // Seconds between a change and its autosave; 0 or less turns autosaving off.
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    QString recoveryDirectory() const { return m_directory; }
    // The current recovery file, or empty when there is none.
    QString recoveryFilePath() const { return m_written ? m_recoveryPath : QString(); }

    // Autosaves left by sessions that are not running any more, newest first.
    static std::vector<RecoveryInfo>
    pendingRecoveries(const QString &directory = defaultRecoveryDirectory());
    static LoadResult loadRecovery(const RecoveryInfo &info);
    // Removes a recovery file (the user chose not to recover it).
    static bool discard(const RecoveryInfo &info);

    // Loads `info` into the document as unsaved changes to info.originalPath and takes over its
    // recovery file, which is removed only once the data is saved (or discarded).
    LoadResult recover(const RecoveryInfo &info);

public slots:
    // Writes the recovery file now if there are unsaved changes. Returns false on failure.
    bool autosaveNow();
    // The user closed without saving: removes the current recovery file.
    void discardCurrent();

signals:
    void autosaved(const QString &recoveryPath);
    void autosaveFailed(const QString &error);

private:
    void onContentChanged();
    void onCleanChanged(bool clean);
    void onDatasetReset();
    bool ensureRecoveryPath();
    void removeRecoveryFile();

    Document &m_document;
    QString m_directory;
    QString m_recoveryPath;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    int m_intervalSeconds = DefaultIntervalSeconds;
    bool m_written = false;
    bool m_pending = false;
};

} // namespace Anchorline::Model
