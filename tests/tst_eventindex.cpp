// EventIndex: interval queries, density counts and time-order stepping against brute force.

#include "dataset.h"
#include "eventindex.h"

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
        int y = 0, m = 0, d = 0;
        const DayNumber day = first + uniform(0, 20000);
        civilFromDays(day, y, m, d);
        const int shape = uniform(0, 9);
        auto text = [](DayNumber n) {
            int yy = 0, mm = 0, dd = 0;
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

QTEST_GUILESS_MAIN(TestEventIndex)
#include "tst_eventindex.moc"
