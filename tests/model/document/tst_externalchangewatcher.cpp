#include "document/document.h"
#include "document/externalchangewatcher.h"
#include "io/datasetwriter.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;

namespace {

// Another program writing the file the way git, editors and QSaveFile do: a new inode renamed
// over the old one.
void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

// ... or in place, as `cat > file` does.
void writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray otherVersion(const QString &title)
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.title = title;
    return DatasetWriter::toBytes(d);
}

// Long enough for inotify and the settle timer to have reported anything they would report.
constexpr int quietMs = 600;

} // namespace

class TestExternalChangeWatcher final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void atomicRewriteByAnotherProgram_isReported();
    void inPlaceRewrite_isReported();
    void ownSave_isNotReported();
    void rewriteWithIdenticalBytes_isNotReported();
    void severalAtomicRewrites_areEachReported();
    void sameOuterVersion_isReportedOnlyOnce();
    void reload_acceptsTheNewContent();
    void removal_isReportedAndReappearanceToo();
    void undoToCleanAfterOuterChange_stillReports();
    void disabled_reportsNothingUntilEnabled();
    void saveAs_movesTheWatchToTheNewFile();
    void bundledDataset_isNotWatched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ExternalChangeWatcher> m_watcher;
};

void TestExternalChangeWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(Anchorline::Testing::smallDataset(), m_path).ok);
    m_document = std::make_unique<Document>();
    QVERIFY(m_document->load(m_path).ok());
    m_watcher = std::make_unique<ExternalChangeWatcher>(*m_document);
    m_watcher->setSettleInterval(50);
    QCOMPARE(m_watcher->watchedPath(), QFileInfo(m_path).absoluteFilePath());
}

void TestExternalChangeWatcher::cleanup()
{
    m_watcher.reset();
    m_document.reset();
    m_dir.reset();
}

void TestExternalChangeWatcher::atomicRewriteByAnotherProgram_isReported()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    writeAtomically(m_path, otherVersion(QStringLiteral("Pulled")));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), m_watcher->watchedPath());
}

void TestExternalChangeWatcher::inPlaceRewrite_isReported()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    writeInPlace(m_path, otherVersion(QStringLiteral("Edited in vi")));
    QTRY_COMPARE(changed.count(), 1);
}

void TestExternalChangeWatcher::ownSave_isNotReported()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    QVERIFY(m_document->setEventField(0, EventField::Title, QStringLiteral("Ours")));
    QVERIFY(m_document->saveAs(m_path).ok);
    // Even when the next edit comes before the notification is handled
    QVERIFY(m_document->setEventField(0, EventField::Title, QStringLiteral("Ours again")));
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
    // And the watch survived our own atomic rename
    writeAtomically(m_path, otherVersion(QStringLiteral("Theirs")));
    QTRY_COMPARE(changed.count(), 1);
}

void TestExternalChangeWatcher::rewriteWithIdenticalBytes_isNotReported()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    writeAtomically(m_path, DatasetWriter::toBytes(Anchorline::Testing::smallDataset()));
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
}

void TestExternalChangeWatcher::severalAtomicRewrites_areEachReported()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    for (int i = 1; i <= 3; ++i) {
        writeAtomically(m_path, otherVersion(QStringLiteral("Pull %1").arg(i)));
        QTRY_COMPARE(changed.count(), i);
    }
}

void TestExternalChangeWatcher::sameOuterVersion_isReportedOnlyOnce()
{
    // The user chose "keep mine": touching the file again with the same bytes does not ask again
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    const QByteArray theirs = otherVersion(QStringLiteral("Theirs"));
    writeAtomically(m_path, theirs);
    QTRY_COMPARE(changed.count(), 1);
    writeInPlace(m_path, theirs);
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 1);
}

void TestExternalChangeWatcher::reload_acceptsTheNewContent()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    writeAtomically(m_path, otherVersion(QStringLiteral("Theirs")));
    QTRY_COMPARE(changed.count(), 1);
    // The user chose "reload"
    QVERIFY(m_document->load(m_path).ok());
    QCOMPARE(m_document->dataset().title, QStringLiteral("Theirs"));
    writeInPlace(m_path, otherVersion(QStringLiteral("Theirs")));
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 1);
    writeAtomically(m_path, otherVersion(QStringLiteral("Theirs, later")));
    QTRY_COMPARE(changed.count(), 2);
}

void TestExternalChangeWatcher::removal_isReportedAndReappearanceToo()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    QSignalSpy removed(m_watcher.get(), &ExternalChangeWatcher::removedFromDisk);
    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE(removed.count(), 1);
    writeInPlace(m_path, otherVersion(QStringLiteral("Back, different")));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 1);
}

void TestExternalChangeWatcher::undoToCleanAfterOuterChange_stillReports()
{
    // Given an unsaved edit, and another program changing the file meanwhile
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    m_watcher->setEnabled(false);
    QVERIFY(m_document->setEventField(0, EventField::Title, QStringLiteral("Mine")));
    writeAtomically(m_path, otherVersion(QStringLiteral("Theirs")));
    // When the edit is undone (the document is clean again) and the watcher looks
    m_document->undoStack()->undo();
    QVERIFY(!m_document->isModified());
    m_watcher->setEnabled(true);
    // Then the outer change is still reported: clean does not mean "the disk is ours"
    QTRY_COMPARE(changed.count(), 1);
}

void TestExternalChangeWatcher::disabled_reportsNothingUntilEnabled()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    m_watcher->setEnabled(false);
    QVERIFY(!m_watcher->isEnabled());
    writeAtomically(m_path, otherVersion(QStringLiteral("Theirs")));
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
    m_watcher->setEnabled(true);
    QTRY_COMPARE(changed.count(), 1);
}

void TestExternalChangeWatcher::saveAs_movesTheWatchToTheNewFile()
{
    QSignalSpy changed(m_watcher.get(), &ExternalChangeWatcher::changedOnDisk);
    const QString other = m_dir->filePath(QStringLiteral("copy.anchorline.json"));
    QVERIFY(m_document->saveAs(other).ok);
    QCOMPARE(m_watcher->watchedPath(), QFileInfo(other).absoluteFilePath());
    writeAtomically(m_path, otherVersion(QStringLiteral("Old file changed")));
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
    writeAtomically(other, otherVersion(QStringLiteral("New file changed")));
    QTRY_COMPARE(changed.count(), 1);
}

void TestExternalChangeWatcher::bundledDataset_isNotWatched()
{
    m_document->setDataset(Anchorline::Testing::smallDataset(), QStringLiteral(":/data/x.json"));
    QVERIFY(m_watcher->watchedPath().isEmpty());
}

QTEST_GUILESS_MAIN(TestExternalChangeWatcher)
#include "tst_externalchangewatcher.moc"
