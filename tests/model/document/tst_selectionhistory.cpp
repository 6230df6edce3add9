#include "document/document.h"
#include "document/selectionhistory.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace Anchorline::Model;

class TestSelectionHistory final : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward_revisitEventsInOrder();
    void newVisitAfterBack_dropsTheForwardPart();
    void reselectingTheSameEvent_recordsNothing();
    void datasetReset_clearsHistory();
};

void TestSelectionHistory::backAndForward_revisitEventsInOrder()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    SelectionHistory history(document);
    QVERIFY(!history.canGoBack());
    document.setCurrentEvent(0);
    document.setCurrentEvent(1);
    document.setCurrentEvent(2);
    QVERIFY(history.canGoBack());
    history.back();
    QCOMPARE(document.currentEvent(), 1);
    history.back();
    QCOMPARE(document.currentEvent(), 0);
    QVERIFY(!history.canGoBack());
    history.forward();
    QCOMPARE(document.currentEvent(), 1);
    QVERIFY(history.canGoForward());
    QCOMPARE(history.entries().size(), 3);
}

void TestSelectionHistory::newVisitAfterBack_dropsTheForwardPart()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    SelectionHistory history(document);
    document.setCurrentEvent(0);
    document.setCurrentEvent(1);
    document.setCurrentEvent(2);
    history.back();
    history.back();
    document.setCurrentEvent(3);
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.entries(), QStringList({"ev-us-nss-2025", "ev-nss-2022"}));
}

void TestSelectionHistory::reselectingTheSameEvent_recordsNothing()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    SelectionHistory history(document);
    QSignalSpy spy(&history, &SelectionHistory::changed);
    document.setCurrentEvent(1);
    document.setCurrentEvent(-1);
    document.setCurrentEvent(1);
    QCOMPARE(history.entries().size(), 1);
    QCOMPARE(spy.count(), 1);
}

void TestSelectionHistory::datasetReset_clearsHistory()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    SelectionHistory history(document);
    document.setCurrentEvent(1);
    document.setCurrentEvent(2);
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QVERIFY(!history.canGoBack());
    QVERIFY(history.entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestSelectionHistory)
#include "tst_selectionhistory.moc"
