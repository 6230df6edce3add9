// SharedEventIndex: one index per document and filter state, built once per change, moved in
// place on an edit, refiltered with the filter, and never changed under a snapshot.

#include "core/dataset.h"
#include "document/document.h"
#include "index/sharedeventindex.h"
#include "itemmodels/eventfilterproxy.h"

#include <QSignalSpy>
#include <QTest>

using namespace Anchorline::Model;

namespace {

Dataset threeEvents()
{
    Dataset data;
    data.actors.push_back(
        Actor{QStringLiteral("tokyo"), QStringLiteral("Tokyo"), {}, Qt::red, {}, {}});
    const char *dates[] = {"2013-12-17", "2022-12-16", "2025-12-04"};
    for (int i = 0; i < 3; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.title = QStringLiteral("Paper number %1").arg(i);
        e.date = QString::fromLatin1(dates[i]);
        e.parsed = PartialDate::fromString(e.date);
        e.kind = QStringLiteral("document");
        e.actors << QStringLiteral("tokyo");
        data.events.push_back(e);
    }
    return data;
}

} // namespace

class TestSharedEventIndex : public QObject
{
    Q_OBJECT

private slots:
    void oneIndexPerFilter_builtOncePerDataset()
    {
        Document document;
        EventFilterProxy filter(document);
        SharedEventIndex &shared = filter.sharedIndex();
        QCOMPARE(&filter.sharedIndex(), &shared); // every reader gets the same one
        const int before = shared.buildCount();
        document.setDataset(threeEvents(), QString());
        QCOMPARE(shared.buildCount(), before + 1);
        QCOMPARE(shared.current().eventCount(), 3);
        // Asking again, from any number of readers, builds nothing.
        shared.current();
        shared.snapshot();
        QCOMPARE(shared.buildCount(), before + 1);
    }

    void filter_refiltersWithoutRebuilding()
    {
        Document document;
        EventFilterProxy filter(document);
        SharedEventIndex &shared = filter.sharedIndex();
        document.setDataset(threeEvents(), QString());
        const int builds = shared.buildCount();
        QSignalSpy refiltered(&shared, &SharedEventIndex::refiltered);
        filter.setText(QStringLiteral("number 1"));
        QVERIFY(refiltered.count() >= 1);
        QCOMPARE(shared.current().visibleCount(), 1);
        QVERIFY(shared.current().isVisible(1));
        QCOMPARE(shared.buildCount(), builds);
    }

    // A build shows every event, and only a set filter hides some: a new dataset loaded under a
    // filter shows what the filter accepts, and with no filter, everything.
    void newDataset_underAFilter_showsWhatTheFilterAccepts()
    {
        Document document;
        EventFilterProxy filter(document);
        SharedEventIndex &shared = filter.sharedIndex();
        filter.setText(QStringLiteral("number 2"));
        document.setDataset(threeEvents(), QString());
        QCOMPARE(shared.current().indexedCount(), 3);
        QCOMPARE(shared.current().visibleCount(), 1);
        QVERIFY(shared.current().isVisible(2));
        filter.setText(QString());
        QCOMPARE(shared.current().visibleCount(), 3);
        document.setDataset(threeEvents(), QString());
        QCOMPARE(shared.current().visibleCount(), 3);
    }

    void editOfADate_movesTheEventInPlace()
    {
        Document document;
        EventFilterProxy filter(document);
        SharedEventIndex &shared = filter.sharedIndex();
        document.setDataset(threeEvents(), QString());
        const int builds = shared.buildCount();
        QString error;
        QVERIFY2(document.setEventField(1, EventField::Date, QStringLiteral("2023-05-01"), &error),
                 qPrintable(error));
        QCoreApplication::processEvents();
        QCOMPARE(shared.current().earliestOf(1), daysFromCivil(2023, 5, 1));
        QCOMPARE(shared.buildCount(), builds); // no rebuild for one event inside the range
    }

    void snapshot_isNeverChangedUnderItsHolder()
    {
        Document document;
        EventFilterProxy filter(document);
        SharedEventIndex &shared = filter.sharedIndex();
        document.setDataset(threeEvents(), QString());
        const std::shared_ptr<const EventIndex> held = shared.snapshot();
        QCOMPARE(held->visibleCount(), 3);
        QSignalSpy rebuilt(&shared, &SharedEventIndex::rebuilt);
        filter.setText(QStringLiteral("number 2"));
        // The holder (an export on a worker) still sees what it took; the window sees the new
        // state in another object, and was told to take it.
        QCOMPARE(held->visibleCount(), 3);
        QCOMPARE(shared.current().visibleCount(), 1);
        QVERIFY(&shared.current() != held.get());
        QCOMPARE(rebuilt.count(), 1);
    }

    void insertedEvent_rebuildsOnceOnTheNextTurn()
    {
        Document document;
        EventFilterProxy filter(document);
        SharedEventIndex &shared = filter.sharedIndex();
        document.setDataset(threeEvents(), QString());
        const int builds = shared.buildCount();
        Event added;
        added.id = QStringLiteral("added");
        added.title = QStringLiteral("Added later");
        added.date = QStringLiteral("2026-03-01");
        added.parsed = PartialDate::fromString(added.date);
        added.kind = QStringLiteral("document");
        added.actors << QStringLiteral("tokyo");
        QString error;
        QVERIFY2(document.insertEvent(-1, added, &error), qPrintable(error));
        QVERIFY(shared.isStale());
        QTRY_VERIFY(!shared.isStale());
        QCOMPARE(shared.buildCount(), builds + 1);
        QCOMPARE(shared.current().eventCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSharedEventIndex)
#include "tst_sharedeventindex.moc"
