#include "document/document.h"
#include "io/loadresult.h"
#include "testdata.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;

class TestDocument final : public QObject
{
    Q_OBJECT

private slots:
    void setCurrentEvent_updatesSelectionModelAndSignalsOnce();
    void selectionModel_currentIndex_drivesCurrentEvent();
    void setCurrentEventById_unknownId_changesNothing();
    void load_invalidFile_keepsTheOpenDataset();
    void load_validFile_replacesDatasetAndResetsSelection();
    void saveAs_writesAndMarksClean();
    void displayTitle_fallsBackToFileName();
};

void TestDocument::setCurrentEvent_updatesSelectionModelAndSignalsOnce()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QSignalSpy spy(&document, &Document::currentEventChanged);
    document.setCurrentEvent(2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 2);
    QCOMPARE(document.selectionModel()->currentIndex().row(), 2);
    QCOMPARE(document.currentEventId(), QStringLiteral("ev-target"));
    document.setCurrentEvent(2);
    QCOMPARE(spy.count(), 1);
    document.setCurrentEvent(-1);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(document.currentEvent(), -1);
}

void TestDocument::selectionModel_currentIndex_drivesCurrentEvent()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QSignalSpy spy(&document, &Document::currentEventChanged);
    document.selectionModel()->setCurrentIndex(document.eventModel()->index(3, 0),
                                               QItemSelectionModel::ClearAndSelect);
    QCOMPARE(document.currentEvent(), 3);
    QCOMPARE(spy.count(), 1);
}

void TestDocument::setCurrentEventById_unknownId_changesNothing()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-nss-2013")));
    QCOMPARE(document.currentEvent(), 1);
    QVERIFY(!document.setCurrentEventById(QStringLiteral("ev-none")));
    QCOMPARE(document.currentEvent(), 1);
}

void TestDocument::load_invalidFile_keepsTheOpenDataset()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(),
                        QStringLiteral("/tmp/small.anchorline.json"));
    document.setCurrentEvent(1);
    QSignalSpy reset(&document, &Document::datasetReset);
    const LoadResult result =
        document.load(QStringLiteral(ANCHORLINE_FIXTURES "/invalid/bad-date.anchorline.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 2u);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(document.dataset().title, QStringLiteral("Small"));
    QCOMPARE(document.currentEvent(), 1);
    QCOMPARE(document.filePath(), QStringLiteral("/tmp/small.anchorline.json"));
}

void TestDocument::load_validFile_replacesDatasetAndResetsSelection()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    document.setCurrentEvent(1);
    QSignalSpy current(&document, &Document::currentEventChanged);
    const QString path = QStringLiteral(ANCHORLINE_FIXTURES "/valid/full.anchorline.json");
    QVERIFY(document.load(path).ok());
    QCOMPARE(document.dataset().events.size(), 4u);
    QCOMPARE(document.currentEvent(), -1);
    QCOMPARE(current.count(), 1);
    QCOMPARE(document.filePath(), path);
    QVERIFY(!document.isModified());
}

void TestDocument::saveAs_writesAndMarksClean()
{
    QTemporaryDir dir;
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(),
                        QStringLiteral(":/data/bundled.anchorline.json"));
    QVERIFY(document.isReadOnlyLocation());
    const QString path = dir.filePath(QStringLiteral("copy.anchorline.json"));
    QSignalSpy pathSpy(&document, &Document::filePathChanged);
    QVERIFY(document.saveAs(path).ok);
    QCOMPARE(pathSpy.count(), 1);
    QVERIFY(!document.isReadOnlyLocation());
    Document reread;
    QVERIFY(reread.load(path).ok());
    QCOMPARE(reread.dataset().events.size(), 4u);
}

void TestDocument::displayTitle_fallsBackToFileName()
{
    Document document;
    Dataset untitled;
    document.setDataset(untitled, QStringLiteral("/data/notes.anchorline.json"));
    QCOMPARE(document.displayTitle(), QStringLiteral("notes.anchorline.json"));
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(document.displayTitle(), QStringLiteral("Small"));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
