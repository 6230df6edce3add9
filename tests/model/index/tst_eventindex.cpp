// EventIndex: interval queries, density counts and time-order stepping against brute force.

#include "core/dataset.h"
#include "index/eventindex.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace Anchorline::Model;

namespace {

// A random dataset (fixed seed) with points, long and short ranges, bad dates and unknown actors.
Dataset randomDataset(int events, int lanes, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Dataset data;
    for (int i = 0; i < lanes; ++i)
        data.actors.push_back(Actor{
            QStringLiteral("a%1").arg(i), QStringLiteral("Actor %1").arg(i), {}, Qt::red, {}, {}});
    const DayNumber first = daysFromCivil(1950, 1, 1);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("ev-%1").arg(i);
        e.title = e.id;
        Year y = 0;
        int m = 0, d = 0;
        const DayNumber day = first + uniform(0, 20000);
        civilFromDays(day, y, m, d);
        const int shape = uniform(0, 9);
        auto text = [](DayNumber n) {
            Year yy = 0;
            int mm = 0, dd = 0;
            civilFromDays(n, yy, mm, dd);
            return QStringLiteral("%1-%2-%3")
                .arg(yy)
                .arg(mm, 2, 10, QLatin1Char('0'))
                .arg(dd, 2, 10, QLatin1Char('0'));
        };
        if (shape < 5)
            e.date = text(day);
        else if (shape < 7)
            e.date = text(day) + QLatin1Char('/') + text(day + uniform(1, shape == 6 ? 5000 : 40));
        else if (shape < 8)
            e.date = QString::number(y);
        else if (shape < 9)
            e.date = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
        else
            e.date = QStringLiteral("not a date");
        e.parsed = PartialDate::fromString(e.date);
        const int lane = uniform(-1, lanes - 1);
        if (lane >= 0)
            e.actors << data.actors[std::size_t(lane)].id;
        else
            e.actors << QStringLiteral("unknown-actor");
        data.events.push_back(e);
    }
    return data;
}

int laneOfEvent(const Dataset &data, const Event &e)
{
    const int lane = e.actors.isEmpty() ? -1 : data.indexOfActor(e.actors.first());
    return lane >= 0 ? lane : int(data.actors.size());
}

// Every answer of `index` equals that of `fresh`; the first difference fails the test.
void compareIndexes(const EventIndex &index, const EventIndex &fresh)
{
    QCOMPARE(index.eventCount(), fresh.eventCount());
    QCOMPARE(index.indexedCount(), fresh.indexedCount());
    QCOMPARE(index.visibleCount(), fresh.visibleCount());
    QCOMPARE(index.laneCount(), fresh.laneCount());
    QCOMPARE(index.hasOtherLane(), fresh.hasOtherLane());
    QCOMPARE(index.firstDay(), fresh.firstDay());
    QCOMPARE(index.lastDay(), fresh.lastDay());
    QCOMPARE(index.bucketDays(), fresh.bucketDays());
    QCOMPARE(index.startsInTimeOrder(), fresh.startsInTimeOrder());
    for (int e = 0; e < fresh.eventCount(); ++e) {
        QCOMPARE(index.laneOf(e), fresh.laneOf(e));
        QCOMPARE(index.flagsOf(e), fresh.flagsOf(e));
        QCOMPARE(index.isVisible(e), fresh.isVisible(e));
        if (fresh.isIndexed(e)) {
            QCOMPARE(index.earliestOf(e), fresh.earliestOf(e));
            QCOMPARE(index.latestOf(e), fresh.latestOf(e));
        }
    }
    const double first = fresh.firstDay(), last = fresh.lastDay();
    std::vector<int> got, want, gotCounts, wantCounts;
    for (int lane = 0; lane < fresh.laneCount(); ++lane) {
        QCOMPARE(index.laneSize(lane), fresh.laneSize(lane));
        QCOMPARE(index.laneVisibleCount(lane), fresh.laneVisibleCount(lane));
        for (int w = 0; w < 12; ++w) {
            const double a = first + (last - first) * w / 12.0;
            const double b = a + (last - first) / (w % 3 == 0 ? 200.0 : 9.0);
            got.clear();
            want.clear();
            index.query(lane, a, b, got);
            fresh.query(lane, a, b, want);
            QCOMPARE(got, want);
            QCOMPARE(index.countActive(lane, a), fresh.countActive(lane, a));
        }
        index.columnCounts(lane, first, (last - first) / 300, 300, gotCounts);
        fresh.columnCounts(lane, first, (last - first) / 300, 300, wantCounts);
        QCOMPARE(gotCounts, wantCounts);
    }
    QCOMPARE(index.firstVisible(), fresh.firstVisible());
    for (int e = fresh.firstVisible(), steps = 0; e >= 0 && steps < 100000; ++steps) {
        QCOMPARE(index.nextVisible(e), fresh.nextVisible(e));
        QCOMPARE(index.previousVisible(e), fresh.previousVisible(e));
        e = fresh.nextVisible(e);
    }
}

} // namespace

class TestEventIndex final : public QObject
{
    Q_OBJECT

private slots:
    void build_putsEventsInTheLaneOfTheirFirstActor();
    void query_matchesBruteForce();
    void query_returnsEventsInStartOrder();
    void refilter_hidesEventsFromQueriesAndCounts();
    void columnCounts_matchBruteForce();
    void countActive_countsRangesInProgress();
    void stepping_followsTimeOrderAndSkipsHiddenEvents();
    void update_afterEachEdit_answersLikeAFreshBuild();
    void update_refusesWhatOnlyABuildCanDo();
    void involvedCounts_countEachActorOncePerEvent_andAreDroppedByAnEdit();
};

void TestEventIndex::build_putsEventsInTheLaneOfTheirFirstActor()
{
    const Dataset data = randomDataset(500, 4, 1);
    EventIndex index;
    index.build(data);
    QVERIFY(index.hasOtherLane());
    QCOMPARE(index.laneCount(), 5);
    int indexed = 0;
    for (int i = 0; i < int(data.events.size()); ++i) {
        const Event &e = data.events[std::size_t(i)];
        if (!e.parsed.isValid()) {
            QCOMPARE(index.laneOf(i), -1); // bad dates are left out, not guessed
            continue;
        }
        ++indexed;
        QCOMPARE(index.laneOf(i), laneOfEvent(data, e));
    }
    QCOMPARE(index.indexedCount(), indexed);
    QCOMPARE(index.visibleCount(), indexed);
}

void TestEventIndex::query_matchesBruteForce()
{
    // Given 5000 random events in 6 lanes
    const Dataset data = randomDataset(5000, 6, 2);
    EventIndex index;
    index.build(data);
    // Something to compare: with no lane (or no indexed event) the loop below checks nothing.
    QVERIFY(index.laneCount() > 0);
    QVERIFY(index.indexedCount() > 0);
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> start(daysFromCivil(1940, 1, 1),
                                                 daysFromCivil(2010, 1, 1));
    std::uniform_real_distribution<double> length(0, 4000);
    std::vector<int> got;
    for (int round = 0; round < 300; ++round) {
        const double a = start(rng), b = a + length(rng);
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            // When querying a window
            got.clear();
            index.query(lane, a, b, got);
            // Then it returns exactly the events whose days overlap it
            std::vector<int> expected;
            for (int i = 0; i < int(data.events.size()); ++i) {
                const PartialDate &d = data.events[std::size_t(i)].parsed;
                if (d.isValid() && laneOfEvent(data, data.events[std::size_t(i)]) == lane &&
                    d.earliest() <= std::floor(b) && d.latest() >= std::floor(a))
                    expected.push_back(i);
            }
            std::vector<int> sorted = got;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, expected);
        }
    }
}

void TestEventIndex::query_returnsEventsInStartOrder()
{
    const Dataset data = randomDataset(2000, 3, 4);
    EventIndex index;
    index.build(data);
    std::vector<int> got;
    index.query(0, -1e9, 1e9, got);
    QVERIFY(got.size() > 100);
    for (std::size_t i = 1; i < got.size(); ++i)
        QVERIFY(index.earliestOf(got[i - 1]) <= index.earliestOf(got[i]));
}

void TestEventIndex::refilter_hidesEventsFromQueriesAndCounts()
{
    const Dataset data = randomDataset(3000, 4, 5);
    EventIndex index;
    index.build(data);
    // When only even events pass the filter
    index.refilter([](int event) { return event % 2 == 0; });
    std::vector<int> got;
    int total = 0;
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        got.clear();
        index.query(lane, -1e9, 1e9, got);
        for (int event : got)
            QVERIFY(event % 2 == 0);
        QCOMPARE(int(got.size()), index.laneVisibleCount(lane));
        QCOMPARE(index.countStarts(lane, -1e9, 1e9), index.laneVisibleCount(lane));
        total += int(got.size());
    }
    QCOMPARE(total, index.visibleCount());
    // And everything comes back when the filter is cleared
    index.setAllVisible();
    QCOMPARE(index.visibleCount(), index.indexedCount());
    // And a refilter that changes nothing (it skips the recount) leaves the counts right
    index.refilter([](int) { return true; });
    QCOMPARE(index.visibleCount(), index.indexedCount());
    index.refilter([](int event) { return event % 2 == 0; });
    const int even = index.visibleCount();
    QVERIFY(even < index.indexedCount());
    index.refilter([](int event) { return event % 2 == 0; });
    QCOMPARE(index.visibleCount(), even);
    for (int lane = 0; lane < index.laneCount(); ++lane)
        QCOMPARE(index.countStarts(lane, -1e9, 1e9), index.laneVisibleCount(lane));
}

void TestEventIndex::columnCounts_matchBruteForce()
{
    const Dataset data = randomDataset(4000, 3, 6);
    EventIndex index;
    index.build(data);
    QCOMPARE(index.bucketDays(), 1); // 55 years: one bucket per day, so counts are exact
    index.refilter([](int event) { return event % 3 != 0; });
    std::mt19937 rng(8);
    std::uniform_real_distribution<double> start(daysFromCivil(1945, 1, 1),
                                                 daysFromCivil(2000, 1, 1));
    std::uniform_real_distribution<double> width(0.3, 40);
    std::vector<int> counts;
    for (int round = 0; round < 50; ++round) {
        const double a = start(rng), w = width(rng);
        const int columns = 300;
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            index.columnCounts(lane, a, w, columns, counts);
            std::vector<int> expected(columns, 0);
            for (int i = 0; i < int(data.events.size()); ++i) {
                if (!index.isVisible(i) || index.laneOf(i) != lane)
                    continue;
                // An event counts in the column holding the left edge of its first day.
                const double e = index.earliestOf(i);
                const int c = int(std::floor((e - a) / w));
                // Columns are [a + c*w, a + (c+1)*w): the day e belongs where e falls.
                if (e >= a && c >= 0 && c < columns && e < a + columns * w)
                    ++expected[std::size_t(c)];
            }
            int sumGot = 0, sumExpected = 0;
            for (int c = 0; c < columns; ++c) {
                sumGot += counts[std::size_t(c)];
                sumExpected += expected[std::size_t(c)];
            }
            // Column edges fall inside days; an event counts in the column where its day begins.
            QCOMPARE(sumGot, index.countStarts(lane, a, a + columns * w));
            QVERIFY(qAbs(sumGot - sumExpected) <= 1);
            for (int c = 0; c < columns; ++c) {
                const double lo = a + c * w, hi = lo + w;
                int brute = 0;
                for (int i = 0; i < int(data.events.size()); ++i) {
                    if (index.isVisible(i) && index.laneOf(i) == lane &&
                        index.earliestOf(i) >= std::ceil(lo) && index.earliestOf(i) < std::ceil(hi))
                        ++brute;
                }
                QCOMPARE(counts[std::size_t(c)], brute);
            }
        }
    }
}

void TestEventIndex::countActive_countsRangesInProgress()
{
    const Dataset data = randomDataset(2000, 2, 9);
    EventIndex index;
    index.build(data);
    std::mt19937 rng(10);
    std::uniform_int_distribution<int> day(daysFromCivil(1950, 1, 1), daysFromCivil(2005, 1, 1));
    for (int round = 0; round < 200; ++round) {
        const int d = day(rng);
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            int brute = 0;
            for (int i = 0; i < int(data.events.size()); ++i) {
                if (index.laneOf(i) == lane && (index.flagsOf(i) & EventIndex::Range) &&
                    index.earliestOf(i) <= d && index.latestOf(i) >= d)
                    ++brute;
            }
            QCOMPARE(index.countActive(lane, d + 0.5), brute);
        }
    }
}

void TestEventIndex::stepping_followsTimeOrderAndSkipsHiddenEvents()
{
    const Dataset data = randomDataset(800, 3, 11);
    EventIndex index;
    index.build(data);
    index.refilter([](int event) { return event % 5 != 0; });
    // Walking forward from the first visible event visits every visible event once, in order.
    std::vector<int> walked;
    for (int e = index.firstVisible(); e >= 0; e = index.nextVisible(e))
        walked.push_back(e);
    QCOMPARE(int(walked.size()), index.visibleCount());
    for (std::size_t i = 1; i < walked.size(); ++i) {
        const int a = walked[i - 1], b = walked[i];
        QVERIFY(
            index.earliestOf(a) < index.earliestOf(b) ||
            (index.earliestOf(a) == index.earliestOf(b) && index.latestOf(a) <= index.latestOf(b)));
        QVERIFY(b % 5 != 0);
    }
    QCOMPARE(walked.back(), index.lastVisible());
    // And backwards gives the same walk reversed.
    std::vector<int> back;
    for (int e = index.lastVisible(); e >= 0; e = index.previousVisible(e))
        back.push_back(e);
    std::reverse(back.begin(), back.end());
    QCOMPARE(back, walked);
    // Starting from a day finds the first event on or after it.
    const double middle = index.earliestOf(walked[walked.size() / 2]);
    const int from = index.firstVisibleFrom(middle);
    QVERIFY(index.earliestOf(from) >= middle);
    QVERIFY(index.earliestOf(index.previousVisible(from)) < middle);
}

void TestEventIndex::update_afterEachEdit_answersLikeAFreshBuild()
{
    // Given an index over random events, some of them hidden
    Dataset data = randomDataset(800, 4, 11);
    std::mt19937 rng(5);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::vector<char> shown(data.events.size());
    for (char &s : shown)
        s = uniform(0, 3) > 0 ? 1 : 0;
    auto accepts = [&](int e) { return shown[std::size_t(e)] != 0; };
    EventIndex index;
    index.build(data);
    index.refilter(accepts);
    const QStringList dates = {
        "1960-05-01",         "1975",       "1980-03",    "1990-01-01/1990-02-01", "2000~",
        "1999-12-31/2001-06", "not a date", "1968-02-29?"};
    int updated = 0;
    for (int round = 0; round < 150; ++round) {
        // When one event's date, actor, claims or visibility changes
        const int e = uniform(0, int(data.events.size()) - 1);
        Event &event = data.events[std::size_t(e)];
        switch (uniform(0, 3)) {
        case 0:
            event.date = dates[uniform(0, int(dates.size()) - 1)];
            event.parsed = PartialDate::fromString(event.date);
            break;
        case 1:
            event.actors =
                QStringList{uniform(0, 4) == 4 ? QStringLiteral("unknown-actor")
                                               : QStringLiteral("a%1").arg(uniform(0, 3))};
            break;
        case 2:
            if (event.dateClaims.empty())
                event.dateClaims.push_back(DateClaim{});
            else
                event.dateClaims.clear();
            break;
        default:
            shown[std::size_t(e)] = shown[std::size_t(e)] ? 0 : 1;
            break;
        }
        if (index.update(data, e, accepts(e))) {
            ++updated;
        } else {
            index.build(data);
            index.refilter(accepts);
        }
        // Then every answer is that of an index built from scratch
        EventIndex fresh;
        fresh.build(data);
        fresh.refilter(accepts);
        compareIndexes(index, fresh);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after round %1 (event %2)").arg(round).arg(e)));
    }
    QVERIFY(updated > 100); // most edits were made in place
}

void TestEventIndex::update_refusesWhatOnlyABuildCanDo()
{
    Dataset data = randomDataset(50, 2, 3);
    for (Event &event : data.events) {
        event.date = QStringLiteral("2000-01-01/2000-01-10");
        event.parsed = PartialDate::fromString(event.date);
        event.actors = QStringList{QStringLiteral("a0")};
    }
    EventIndex index;
    index.build(data);
    // A date past the last day changes the buckets
    data.events[3].date = QStringLiteral("2001");
    data.events[3].parsed = PartialDate::fromString(data.events[3].date);
    QVERIFY(!index.update(data, 3, true));
    // (refused: nothing changed)
    QCOMPARE(index.earliestOf(3), daysFromCivil(2000, 1, 1));
    index.build(data);
    // An unknown actor would add the "other" lane
    data.events[4].actors = QStringList{QStringLiteral("nobody")};
    QVERIFY(!index.update(data, 4, true));
    QCOMPARE(index.laneOf(4), 0);
    index.build(data);
    QCOMPARE(index.laneCount(), 3);
    // Its last event leaving the other lane removes it
    data.events[4].actors = QStringList{QStringLiteral("a1")};
    QVERIFY(!index.update(data, 4, true));
    index.build(data);
    // Moving inside the range, to another actor, is done in place
    data.events[5].date = QStringLiteral("2000-01-05");
    data.events[5].parsed = PartialDate::fromString(data.events[5].date);
    data.events[5].actors = QStringList{QStringLiteral("a1")};
    QVERIFY(index.update(data, 5, true));
    QCOMPARE(index.laneOf(5), 1);
    QCOMPARE(index.laneSize(1), 2);
    // A new actor in the dataset changes the lanes
    data.actors.push_back(Actor{QStringLiteral("a2"), QStringLiteral("A2"), {}, Qt::red, {}, {}});
    QVERIFY(!index.update(data, 6, true));
}

// The lane header's "N involve Japan" comes from the index, counted with the build (on the
// loader's worker for an opened file) rather than by the first frame.
void TestEventIndex::involvedCounts_countEachActorOncePerEvent_andAreDroppedByAnEdit()
{
    Dataset data = randomDataset(400, 3, 9);
    // Second actors, repeated actors and an undeclared one: only the first actor picks the lane.
    data.events[0].actors = {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a1")};
    data.events[1].actors = {QStringLiteral("unknown-actor"), QStringLiteral("a0")};
    data.events[2].actors = {};
    std::vector<int> expected(3, 0);
    for (const Event &event : data.events) {
        for (int a = 0; a < 3; ++a)
            expected[std::size_t(a)] += event.actors.contains(QStringLiteral("a%1").arg(a)) ? 1 : 0;
    }
    QVERIFY(expected[0] > 50 && expected[1] > 50 && expected[2] > 50);
    EventIndex index;
    index.build(data);
    QCOMPARE(index.involvedCounts(), expected);
    QCOMPARE(EventIndex::countInvolved(data), expected);
    // An edit may change the event's actors: the index no longer claims to know.
    data.events[5].date = QStringLiteral("1999-01-01");
    data.events[5].parsed = PartialDate::fromString(data.events[5].date);
    QVERIFY(index.update(data, 5, true));
    QVERIFY(index.involvedCounts().empty());
}

QTEST_GUILESS_MAIN(TestEventIndex)
#include "tst_eventindex.moc"
