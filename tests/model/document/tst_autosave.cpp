#include "document/autosave.h"
#include "document/document.h"
#include "io/datasetwriter.h"
#include "io/loadresult.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cstdlib>

using namespace Anchorline::Model;

namespace {

constexpr auto crashArgument = "--crash-after-autosave";

// The child half of crashAfterAutosave_leavesARecoverableFile: edits, autosaves, dies.
int crashingChild(const QString &directory, const QString &original)
{
    Document document;
    if (!document.load(original).ok())
        return 2;
    AutosaveManager autosave(document, directory);
    document.setEventField(0, EventField::Title, QStringLiteral("Edited before the crash"));
    if (!autosave.autosaveNow())
        return 3;
    std::_Exit(9); // no destructors, no cleanup: as a crash
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

// Autosave writes a recovery file after changes, never over the user's file, and offers it after
// a crash; a save or a discard removes it.
class TestAutosave final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changes_areAutosavedAfterTheInterval();
    void noChanges_writeNothing();
    void autosave_neverTouchesTheUsersFile();
    void save_removesTheRecoveryFile();
    void undoBackToTheSavedState_removesTheRecoveryFile();
    void discardCurrent_removesTheRecoveryFile();
    void openingAnotherFile_removesTheRecoveryFile();
    void liveSession_isNotOfferedForRecovery();
    void sessionEndingWithUnsavedChanges_isOfferedWithItsNewestState();
    void crashAfterAutosave_leavesARecoverableFile();
    void recover_loadsTheDataAsUnsavedChangesAndRemovesTheFileOnSave();
    void discard_removesAPendingRecovery();
    void foreignFiles_areNeitherOfferedNorRemoved();
    void unwritableRecoveryFolder_reportsTheFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recovery;
    QString m_original;
};

void TestAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_recovery = m_dir->filePath(QStringLiteral("recovery"));
    m_original = m_dir->filePath(QStringLiteral("data.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(Anchorline::Testing::smallDataset(), m_original).ok);
}

void TestAutosave::cleanup()
{
    m_dir.reset();
}

void TestAutosave::changes_areAutosavedAfterTheInterval()
{
    // Given a document with autosave every second
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    autosave.setInterval(1);
    QCOMPARE(autosave.interval(), 1);
    QSignalSpy saved(&autosave, &AutosaveManager::autosaved);
    // When an event is edited
    QVERIFY(document.setEventField(1, EventField::Title, QStringLiteral("Changed")));
    // Then not at once, but within the interval, a recovery file appears
    QCOMPARE(saved.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
    const QString path = autosave.recoveryFilePath();
    QVERIFY(path.startsWith(m_recovery));
    QVERIFY(QFile::exists(path));
    // And it loads with the edit
    RecoveryInfo info{path, m_original, {}, {}};
    const LoadResult loaded = AutosaveManager::loadRecovery(info);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.dataset->events[1].title, QStringLiteral("Changed"));
    QCOMPARE(AutosaveManager::DefaultIntervalSeconds, 60);
}

void TestAutosave::noChanges_writeNothing()
{
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    QVERIFY(autosave.autosaveNow());
    QVERIFY(autosave.recoveryFilePath().isEmpty());
    QVERIFY(filesIn(m_recovery).isEmpty());
}

void TestAutosave::autosave_neverTouchesTheUsersFile()
{
    const QByteArray before = [&] {
        QFile f(m_original);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    QVERIFY(document.setEventField(0, EventField::Summary, QStringLiteral("New summary")));
    QVERIFY(autosave.autosaveNow());
    QFile f(m_original);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(!QFile::exists(m_original + QLatin1Char('~')));
}

void TestAutosave::save_removesTheRecoveryFile()
{
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Changed")));
    QVERIFY(autosave.autosaveNow());
    const QString path = autosave.recoveryFilePath();
    QVERIFY(QFile::exists(path));
    QVERIFY(document.saveAs(m_original).ok);
    QVERIFY(!QFile::exists(path));
    QVERIFY(autosave.recoveryFilePath().isEmpty());
    QVERIFY(filesIn(m_recovery).isEmpty()); // the lock file went too
}

void TestAutosave::undoBackToTheSavedState_removesTheRecoveryFile()
{
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Changed")));
    QVERIFY(autosave.autosaveNow());
    const QString path = autosave.recoveryFilePath();
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(!QFile::exists(path));
}

void TestAutosave::discardCurrent_removesTheRecoveryFile()
{
    Document document;
    QVERIFY(document.load(m_original).ok());
    {
        AutosaveManager autosave(document, m_recovery);
        QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Changed")));
        QVERIFY(autosave.autosaveNow());
        // The user closes and answers "Don't save"
        autosave.discardCurrent();
    }
    QVERIFY(filesIn(m_recovery).isEmpty());
    QVERIFY(AutosaveManager::pendingRecoveries(m_recovery).empty());
}

void TestAutosave::openingAnotherFile_removesTheRecoveryFile()
{
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Changed")));
    QVERIFY(autosave.autosaveNow());
    const QString path = autosave.recoveryFilePath();
    QVERIFY(document.load(m_original).ok());
    QVERIFY(!QFile::exists(path));
}

void TestAutosave::liveSession_isNotOfferedForRecovery()
{
    // Another window (here: this process) still works on its autosave: it is not abandoned.
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, m_recovery);
    QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Changed")));
    QVERIFY(autosave.autosaveNow());
    QVERIFY(AutosaveManager::pendingRecoveries(m_recovery).empty());
    QVERIFY(!AutosaveManager::discard(RecoveryInfo{autosave.recoveryFilePath(), {}, {}, {}}));
    QVERIFY(QFile::exists(autosave.recoveryFilePath()));
}

void TestAutosave::sessionEndingWithUnsavedChanges_isOfferedWithItsNewestState()
{
    // Given a session that autosaved, changed more, and ended without save or discard
    {
        Document document;
        QVERIFY(document.load(m_original).ok());
        AutosaveManager autosave(document, m_recovery);
        QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("First")));
        QVERIFY(autosave.autosaveNow());
        QVERIFY(document.setEventField(0, EventField::Summary, QStringLiteral("Second")));
    }
    // Then the next start is offered one recovery with both changes
    const auto pending = AutosaveManager::pendingRecoveries(m_recovery);
    QCOMPARE(pending.size(), std::size_t(1));
    QCOMPARE(pending[0].originalPath, m_original);
    QCOMPARE(pending[0].title, QStringLiteral("Small"));
    QVERIFY(qAbs(pending[0].savedAt.secsTo(QDateTime::currentDateTime())) < 60);
    const LoadResult loaded = AutosaveManager::loadRecovery(pending[0]);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.dataset->events[0].title, QStringLiteral("First"));
    QCOMPARE(loaded.dataset->events[0].summary, QStringLiteral("Second"));
}

void TestAutosave::crashAfterAutosave_leavesARecoverableFile()
{
    // Given a child process that autosaves and then dies without any cleanup
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QLatin1String(crashArgument), m_recovery, m_original});
    QVERIFY(child.waitForFinished(15000));
    QCOMPARE(child.exitCode(), 9);
    // Then its lock is stale, and the next start offers the autosave with its time and origin
    const auto pending = AutosaveManager::pendingRecoveries(m_recovery);
    QCOMPARE(pending.size(), std::size_t(1));
    QCOMPARE(pending[0].originalPath, m_original);
    QVERIFY(pending[0].savedAt.isValid());
    const LoadResult loaded = AutosaveManager::loadRecovery(pending[0]);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    QCOMPARE(loaded.dataset->events[0].title, QStringLiteral("Edited before the crash"));
}

void TestAutosave::recover_loadsTheDataAsUnsavedChangesAndRemovesTheFileOnSave()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QLatin1String(crashArgument), m_recovery, m_original});
    QVERIFY(child.waitForFinished(15000));
    const auto pending = AutosaveManager::pendingRecoveries(m_recovery);
    QCOMPARE(pending.size(), std::size_t(1));

    // When the next session recovers it
    Document document;
    AutosaveManager autosave(document, m_recovery);
    QSignalSpy modified(&document, &Document::modifiedChanged);
    const LoadResult result = autosave.recover(pending[0]);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    // Then the data is there, unsaved, for the original file
    QCOMPARE(document.dataset().events[0].title, QStringLiteral("Edited before the crash"));
    QCOMPARE(document.filePath(), m_original);
    QVERIFY(document.isModified());
    QVERIFY(!modified.isEmpty());
    QCOMPARE(modified.last().at(0).toBool(), true);
    // And the file is owned by this session, not offered again, until a save removes it
    QCOMPARE(autosave.recoveryFilePath(), pending[0].recoveryPath);
    QVERIFY(AutosaveManager::pendingRecoveries(m_recovery).empty());
    QVERIFY(document.saveAs(m_original).ok);
    QVERIFY(!QFile::exists(pending[0].recoveryPath));
    QVERIFY(filesIn(m_recovery).isEmpty());
}

void TestAutosave::discard_removesAPendingRecovery()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QLatin1String(crashArgument), m_recovery, m_original});
    QVERIFY(child.waitForFinished(15000));
    const auto pending = AutosaveManager::pendingRecoveries(m_recovery);
    QCOMPARE(pending.size(), std::size_t(1));
    QVERIFY(AutosaveManager::discard(pending[0]));
    QVERIFY(AutosaveManager::pendingRecoveries(m_recovery).empty());
    QVERIFY(filesIn(m_recovery).isEmpty());
}

void TestAutosave::foreignFiles_areNeitherOfferedNorRemoved()
{
    QVERIFY(QDir().mkpath(m_recovery));
    const QString foreign = m_recovery + QStringLiteral("/junk.anchorline-recovery");
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"anchorline\"}\n");
    file.close();
    QVERIFY(AutosaveManager::pendingRecoveries(m_recovery).empty());
    QVERIFY(QFile::exists(foreign));
    const LoadResult loaded = AutosaveManager::loadRecovery(RecoveryInfo{foreign, {}, {}, {}});
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.errorText().contains(QStringLiteral("not an Anchorline recovery file")));
}

void TestAutosave::unwritableRecoveryFolder_reportsTheFailure()
{
    // A file where the folder should be: mkpath fails for root too.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Document document;
    QVERIFY(document.load(m_original).ok());
    AutosaveManager autosave(document, blocked + QStringLiteral("/recovery"));
    QSignalSpy failed(&autosave, &AutosaveManager::autosaveFailed);
    QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Changed")));
    QVERIFY(!autosave.autosaveNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(document.isModified()); // nothing else changed
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], crashArgument) == 0)
        return crashingChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
