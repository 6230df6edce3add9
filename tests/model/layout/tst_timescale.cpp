// TimeScale: the day <-> pixel mapping, zoom and pan maths, and tick generation.

#include "core/dataset.h"
#include "core/partialdate.h"
#include "index/eventindex.h"
#include "layout/timescale.h"
#include "testdata.h"

#include <QLocale>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <random>

using namespace Anchorline::Model;

class TestTimeScale final : public QObject
{
    Q_OBJECT

private slots:
    void dayToX_andBack_roundTrips();
    void zoomAround_keepsTheDayUnderTheCursor();
    void zoomInThenOut_restoresTheRange();
    void panThenPanBack_restoresTheRange();
    void zoom_stopsAtTheLimits();
    void pan_staysInsideTheLimits();
    void fit_showsTheRangeWithAMargin();
    void ticks_choosesAStepForEachScale_data();
    void ticks_choosesAStepForEachScale();
    void ticks_fallOnCalendarBoundaries();
    void ticks_labelMonthsWithTheLocale();
    void yearMonthFormat_followsTheLocale_data();
    void yearMonthFormat_followsTheLocale();
    void ticks_dayZoomContext_readsTheLocalesYearMonth_data();
    void ticks_dayZoomContext_readsTheLocalesYearMonth();
    void tickDays_handlesYearsBeforeTheEra();
    void focus_withoutLongGapsEqualsLinear();
    void focus_breaksTheLongGapsOnly();
    void focus_isMonotonicAndInvertible();
    void focus_zoomAndPanStayContinuous();
    void focus_ticksOnBothSidesOfABreak();
    void focus_fromIndexMatchesTheSortedIntervals();
    void deepTime_fitsTheAgeOfTheUniverse_andZoomsDownToADay();
    void deepTime_ticksCountBackInGaMaKa_data();
    void deepTime_ticksCountBackInGaMaKa();
};

namespace {

using Intervals = std::vector<std::pair<DayNumber, DayNumber>>;

// One event in 1945, a few in the 1980s, then one a month from 2013 to 2026: the shape of the
// bundled dataset, where a linear scale leaves the dense years a sliver.
Intervals storyShape()
{
    Intervals out{{daysFromCivil(1945, 1, 1), daysFromCivil(1945, 12, 31)},
                  {daysFromCivil(1979, 6, 1), daysFromCivil(1979, 6, 1)},
                  {daysFromCivil(1986, 6, 1), daysFromCivil(1986, 6, 1)}};
    for (int y = 2013; y <= 2026; ++y)
        for (int m = 1; m <= 12; ++m)
            out.emplace_back(daysFromCivil(y, m, 15), daysFromCivil(y, m, 15));
    return out;
}

std::shared_ptr<const FocusWarp> storyWarp()
{
    return std::make_shared<const FocusWarp>(FocusWarp::fromSortedIntervals(storyShape()));
}

} // namespace

void TestTimeScale::dayToX_andBack_roundTrips()
{
    // Given a scale over ten years on 1600 pixels
    const TimeScale scale(daysFromCivil(2010, 1, 1), daysFromCivil(2020, 1, 1), 1600);
    // Then mapping a day to x and back gives the day
    for (double day = scale.startDay(); day <= scale.endDay(); day += 37.25)
        QVERIFY(qAbs(scale.xToDay(scale.dayToX(day)) - day) < 1e-6);
    QCOMPARE(scale.dayToX(scale.startDay()), 0.0);
    QVERIFY(qAbs(scale.dayToX(scale.endDay()) - 1600) < 1e-9);
}

void TestTimeScale::zoomAround_keepsTheDayUnderTheCursor()
{
    TimeScale scale(0, 10000, 1000);
    const double x = 731;
    const double before = scale.xToDay(x);
    // When zooming in and out around x
    scale.zoomAround(x, 3.5);
    QVERIFY(qAbs(scale.xToDay(x) - before) < 1e-6);
    QVERIFY(qAbs(scale.span() - 10000 / 3.5) < 1e-6);
    scale.zoomAround(x, 0.25);
    // Then the day under the cursor stays put
    QVERIFY(qAbs(scale.xToDay(x) - before) < 1e-6);
}

void TestTimeScale::zoomInThenOut_restoresTheRange()
{
    // Property over random zooms (fixed seed): zooming by f then 1/f at the same point is a no-op.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> factor(1.01, 8), position(0, 1200), start(-50000, 50000);
    for (int i = 0; i < 500; ++i) {
        const double s = start(rng);
        TimeScale scale(s, s + 5000, 1200);
        const double f = factor(rng), x = position(rng);
        scale.zoomAround(x, f);
        scale.zoomAround(x, 1 / f);
        QVERIFY2(qAbs(scale.startDay() - s) < 1e-6 && qAbs(scale.endDay() - (s + 5000)) < 1e-6,
                 qPrintable(QStringLiteral("iteration %1").arg(i)));
    }
}

void TestTimeScale::panThenPanBack_restoresTheRange()
{
    TimeScale scale(1000, 3000, 800);
    scale.panPixels(123.5);
    QVERIFY(qAbs(scale.startDay() - (1000 + 123.5 * 2000 / 800)) < 1e-9);
    scale.panPixels(-123.5);
    QVERIFY(qAbs(scale.startDay() - 1000) < 1e-9);
    QVERIFY(qAbs(scale.span() - 2000) < 1e-9);
    scale.centerOn(5000);
    QVERIFY(qAbs(scale.centerDay() - 5000) < 1e-9);
}

void TestTimeScale::zoom_stopsAtTheLimits()
{
    // Given limits of a 3-day minimum and a 1000-day maximum span
    TimeScale scale(0, 100, 500);
    scale.setLimits(-5000, 5000, 3, 1000);
    // When zooming far in, and far out
    for (int i = 0; i < 50; ++i)
        scale.zoomAround(250, 2);
    QVERIFY(qAbs(scale.span() - 3) < 1e-9);
    for (int i = 0; i < 50; ++i)
        scale.zoomAround(250, 0.5);
    // Then the span is clamped and the range stays inside the limits
    QVERIFY(qAbs(scale.span() - 1000) < 1e-9);
    QVERIFY(scale.startDay() >= -5000 && scale.endDay() <= 5000);
}

void TestTimeScale::pan_staysInsideTheLimits()
{
    TimeScale scale(0, 100, 500);
    scale.setLimits(-1000, 1000, 1, 2000);
    scale.panDays(1e6);
    QCOMPARE(scale.endDay(), 1000.0);
    QVERIFY(qAbs(scale.span() - 100) < 1e-9);
    scale.panDays(-1e6);
    QCOMPARE(scale.startDay(), -1000.0);
}

void TestTimeScale::fit_showsTheRangeWithAMargin()
{
    TimeScale scale(0, 1, 1000);
    scale.fit(1000, 2000, 0.05);
    QVERIFY(scale.startDay() < 1000 && scale.endDay() > 2001);
    QVERIFY(qAbs(scale.centerDay() - 1500.5) < 1e-9);
    // A single day still shows a month of context.
    scale.fit(500, 500, 0);
    QVERIFY(scale.span() >= 30);
}

void TestTimeScale::ticks_choosesAStepForEachScale_data()
{
    QTest::addColumn<double>("spanDays");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("count");
    // 1600 px, at least 90 px between major ticks.
    QTest::newRow("two centuries") << 73000.0 << int(TickUnit::Year) << 20;
    QTest::newRow("130 years") << 47500.0 << int(TickUnit::Year) << 10;
    QTest::newRow("twenty years") << 7300.0 << int(TickUnit::Year) << 2;
    QTest::newRow("five years") << 1826.0 << int(TickUnit::Month) << 6;
    QTest::newRow("one year") << 365.0 << int(TickUnit::Month) << 1;
    QTest::newRow("two months") << 60.0 << int(TickUnit::Day) << 7;
    QTest::newRow("two weeks") << 14.0 << int(TickUnit::Day) << 1;
}

void TestTimeScale::ticks_choosesAStepForEachScale()
{
    QFETCH(double, spanDays);
    QFETCH(int, unit);
    QFETCH(int, count);
    const double start = daysFromCivil(1990, 3, 10);
    const TimeScale scale(start, start + spanDays, 1600);
    const TickSet ticks = scale.ticks(QLocale::c(), 90);
    QCOMPARE(int(ticks.majorStep.unit), unit);
    QCOMPARE(ticks.majorStep.count, count);
    QVERIFY(!ticks.major.empty());
    // Major ticks are labelled and far enough apart, minor ticks are finer.
    for (std::size_t i = 0; i < ticks.major.size(); ++i) {
        QVERIFY(!ticks.major[i].label.isEmpty());
        if (i > 0)
            QVERIFY(scale.dayToX(ticks.major[i].day) - scale.dayToX(ticks.major[i - 1].day) >= 60);
    }
    QVERIFY(TimeScale::approximateDays(ticks.minorStep) <
                TimeScale::approximateDays(ticks.majorStep) ||
            ticks.minorStep == ticks.majorStep);
}

void TestTimeScale::ticks_fallOnCalendarBoundaries()
{
    for (const TickStep &step : TimeScale::steps()) {
        const double from = daysFromCivil(1901, 1, 1);
        const auto days =
            TimeScale::tickDays(step, from, from + TimeScale::approximateDays(step) * 12);
        QVERIFY(!days.empty());
        for (DayNumber day : days) {
            Year y = 0;
            int m = 0, d = 0;
            civilFromDays(day, y, m, d);
            if (step.unit == TickUnit::Year)
                QVERIFY(m == 1 && d == 1 && y % step.count == 0);
            else if (step.unit == TickUnit::Month)
                QVERIFY(d == 1 && (m - 1) % step.count == 0);
            else
                QVERIFY((d - 1) % step.count == 0);
        }
        QVERIFY(std::is_sorted(days.begin(), days.end()));
    }
}

void TestTimeScale::ticks_labelMonthsWithTheLocale()
{
    const double start = daysFromCivil(2022, 1, 1);
    const TimeScale scale(start, start + 365, 1600);
    const TickSet english = scale.ticks(QLocale(QLocale::English), 90);
    QCOMPARE(english.major.front().label, QStringLiteral("2022")); // January carries the year
    QCOMPARE(english.major[1].label, QStringLiteral("Feb"));
    QCOMPARE(english.context, QStringLiteral("2022"));
    const TickSet german = scale.ticks(QLocale(QLocale::German), 90);
    QVERIFY(german.major[2].label.startsWith(QStringLiteral("Mär")));
}

void TestTimeScale::yearMonthFormat_followsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected"); // September 2020
    QTest::newRow("ja") << "ja_JP" << QStringLiteral("2020年9月");
    QTest::newRow("zh") << "zh_CN" << QStringLiteral("2020年9月");
    QTest::newRow("ko") << "ko_KR" << QStringLiteral("2020년 9월");
    QTest::newRow("pl") << "pl_PL" << QStringLiteral("września 2020");
    QTest::newRow("en_US") << "en_US" << QStringLiteral("September 2020");
    QTest::newRow("en_GB") << "en_GB" << QStringLiteral("September 2020");
    QTest::newRow("de") << "de_DE" << QStringLiteral("September 2020");
    QTest::newRow("hu") << "hu_HU" << QStringLiteral("2020. szeptember");
}

void TestTimeScale::yearMonthFormat_followsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale l(locale);
    QCOMPARE(l.toString(QDate(2020, 9, 14), yearMonthFormat(l)), expected);
}

void TestTimeScale::ticks_dayZoomContext_readsTheLocalesYearMonth_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja") << "ja_JP" << QStringLiteral("2020年9月");
    QTest::newRow("pl") << "pl_PL" << QStringLiteral("września 2020");
    QTest::newRow("en") << "en_US" << QStringLiteral("September 2020");
}

void TestTimeScale::ticks_dayZoomContext_readsTheLocalesYearMonth()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    // Two weeks of September 2020 on 1600 px: day ticks, the month in the context.
    const double start = daysFromCivil(2020, 9, 10);
    const TimeScale scale(start, start + 14, 1600);
    const TickSet ticks = scale.ticks(QLocale(locale), 90);
    QCOMPARE(ticks.majorStep.unit, TickUnit::Day);
    QCOMPARE(ticks.context, expected);
}

void TestTimeScale::tickDays_handlesYearsBeforeTheEra()
{
    const auto days = TimeScale::tickDays({TickUnit::Year, 100}, daysFromCivil(-250, 1, 1),
                                          daysFromCivil(50, 1, 1));
    QCOMPARE(days.size(), std::size_t(3)); // -200, -100, 0
    Year y = 0;
    int m = 0, d = 0;
    civilFromDays(days.front(), y, m, d);
    QCOMPARE(y, -200);
}

void TestTimeScale::focus_withoutLongGapsEqualsLinear()
{
    // Given events every ten days over thirty years: no gap is long
    Intervals intervals;
    for (DayNumber day = 0; day < 11000; day += 10)
        intervals.emplace_back(day, day + 3);
    QVERIFY(!intervals.empty());
    const auto warp = std::make_shared<const FocusWarp>(FocusWarp::fromSortedIntervals(intervals));
    // Then the focus scale has no break and maps exactly as the linear one
    QVERIFY(warp->isIdentity());
    TimeScale linear(-200, 11200, 1300);
    TimeScale focus = linear;
    focus.setWarp(warp);
    QVERIFY(!focus.isWarped());
    for (double day = -500; day < 12000; day += 97.5)
        QCOMPARE(focus.dayToX(day), linear.dayToX(day));
    linear.zoomAround(400, 2.5);
    focus.zoomAround(400, 2.5);
    QCOMPARE(focus.startDay(), linear.startDay());
    QCOMPARE(focus.endDay(), linear.endDay());
    // And so is a sparse data set spread evenly: ten events ten years apart
    Intervals sparse;
    for (int i = 0; i < 10; ++i)
        sparse.emplace_back(daysFromCivil(1900 + 10 * i, 3, 1), daysFromCivil(1900 + 10 * i, 3, 1));
    QVERIFY(FocusWarp::fromSortedIntervals(sparse).isIdentity());
    // And no events at all is the identity too
    QVERIFY(FocusWarp::fromSortedIntervals({}).isIdentity());
}

void TestTimeScale::focus_breaksTheLongGapsOnly()
{
    // Given the story's shape
    const auto warp = storyWarp();
    // Then the gaps 1946-1979, 1979-1986 and 1986-2013 are compressed, and nothing else
    const auto &breaks = warp->breaks();
    QCOMPARE(breaks.size(), std::size_t(3));
    QVERIFY(breaks[0].startDay > daysFromCivil(1946, 1, 1));
    QVERIFY(breaks[0].endDay < daysFromCivil(1979, 6, 1));
    QVERIFY(breaks[1].startDay > daysFromCivil(1979, 6, 2));
    QVERIFY(breaks[1].endDay < daysFromCivil(1986, 6, 1));
    QVERIFY(breaks[2].startDay > daysFromCivil(1986, 6, 2));
    QVERIFY(breaks[2].endDay < daysFromCivil(2013, 1, 15));
    // And each compressed gap is short next to the dense years, which keep their scale
    for (const ScaleBreak &b : breaks) {
        QVERIFY(b.length < (b.endDay - b.startDay) / 5);
        QVERIFY(qAbs(warp->toWarped(b.endDay) - (b.warpedStart + b.length)) < 1e-6);
    }
    QCOMPARE(warp->slopeAt(daysFromCivil(2020, 1, 1)), 1.0);
    QVERIFY(warp->slopeAt(daysFromCivil(1960, 1, 1)) < 0.2);
    // When fitting everything on the focus scale
    TimeScale scale(0, 1, 1000);
    scale.setWarp(warp);
    scale.fit(daysFromCivil(1945, 1, 1), daysFromCivil(2026, 12, 15));
    // Then 2013-2026 gets most of the width (about 17% on the linear scale)
    const double dense =
        scale.dayToX(daysFromCivil(2026, 12, 15)) - scale.dayToX(daysFromCivil(2013, 1, 15));
    QVERIFY2(dense > 0.6 * scale.width(), qPrintable(QString::number(dense)));
    QCOMPARE(scale.visibleBreaks().size(), std::size_t(3));
}

void TestTimeScale::focus_isMonotonicAndInvertible()
{
    // Property over random data sets (fixed seed): clusters of events with random gaps.
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> gap(1, 20000), cluster(1, 40), length(0, 30);
    int checkedBreaks = 0;
    for (int round = 0; round < 50; ++round) {
        Intervals intervals;
        DayNumber day = -30000;
        for (int c = 0; c < 6; ++c) {
            day += gap(rng);
            for (int i = cluster(rng); i > 0; --i) {
                day += length(rng);
                intervals.emplace_back(day, day + length(rng));
            }
        }
        QVERIFY(!intervals.empty());
        const auto warp =
            std::make_shared<const FocusWarp>(FocusWarp::fromSortedIntervals(intervals));
        checkedBreaks += int(warp->breaks().size());
        TimeScale scale(0, 1, 1366);
        scale.setWarp(warp);
        scale.fit(double(intervals.front().first), double(intervals.back().second));
        // Then days map to strictly increasing x, and x -> day -> x is the identity
        double previous = -1e300;
        for (double d = intervals.front().first - 500.0; d < intervals.back().second + 500.0;
             d += 13.7) {
            const double x = scale.dayToX(d);
            QVERIFY2(x > previous, qPrintable(QStringLiteral("round %1 day %2").arg(round).arg(d)));
            previous = x;
            QVERIFY(qAbs(scale.xToDay(x) - d) < 1e-6);
        }
        for (double x = -100; x <= 1466; x += 3.3)
            QVERIFY(qAbs(scale.dayToX(scale.xToDay(x)) - x) < 1e-6);
        // And events are never inside a break
        for (const auto &[earliest, latest] : intervals)
            for (const ScaleBreak &b : warp->breaks())
                QVERIFY(latest + 1 <= b.startDay || earliest >= b.endDay);
    }
    QVERIFY(checkedBreaks > 0); // the sample has breaks to check
}

void TestTimeScale::focus_zoomAndPanStayContinuous()
{
    // Given the focus scale fitted on the story
    TimeScale scale(0, 1, 1200);
    scale.setWarp(storyWarp());
    scale.fit(daysFromCivil(1945, 1, 1), daysFromCivil(2026, 12, 15));
    // When zooming around a point inside a break
    const double x = scale.dayToX(daysFromCivil(1960, 1, 1));
    const double before = scale.xToDay(x);
    scale.zoomAround(x, 3);
    // Then the day under the pointer stays under it
    QVERIFY(qAbs(scale.xToDay(x) - before) < 1e-6);
    scale.zoomAround(x, 1.0 / 3);
    // When panning one pixel at a time across the breaks
    const double day = daysFromCivil(2000, 1, 1);
    double lastX = scale.dayToX(day);
    double lastStart = scale.startDay();
    for (int i = 0; i < 600; ++i) {
        scale.panPixels(-1);
        // Then every day moves by exactly that pixel, and the window moves steadily
        QVERIFY(qAbs(scale.dayToX(day) - (lastX + 1)) < 1e-6);
        QVERIFY(scale.startDay() < lastStart);
        lastX = scale.dayToX(day);
        lastStart = scale.startDay();
    }
}

void TestTimeScale::focus_ticksOnBothSidesOfABreak()
{
    // Given the focus scale fitted on the story
    TimeScale scale(0, 1, 1200);
    scale.setWarp(storyWarp());
    scale.fit(daysFromCivil(1945, 1, 1), daysFromCivil(2026, 12, 15));
    const TickSet ticks = scale.ticks(QLocale::c(), 90);
    // Then there are labelled ticks before the first break and after the last, in order
    const auto breaks = scale.visibleBreaks();
    QVERIFY(!breaks.empty());
    QVERIFY(!ticks.major.empty());
    const auto before = std::count_if(ticks.major.begin(), ticks.major.end(), [&](const Tick &t) {
        return t.day < breaks.front().startDay;
    });
    const auto after = std::count_if(ticks.major.begin(), ticks.major.end(),
                                     [&](const Tick &t) { return t.day >= breaks.back().endDay; });
    QVERIFY(before >= 1);
    QVERIFY(after >= 3);
    for (std::size_t i = 1; i < ticks.major.size(); ++i)
        QVERIFY(ticks.major[i].day > ticks.major[i - 1].day);
    for (const Tick &t : ticks.major) {
        QVERIFY(!t.label.isEmpty());
        Year y = 0;
        int m = 0, d = 0;
        civilFromDays(DayNumber(t.day), y, m, d);
        QCOMPARE(t.label, QString::number(y)); // year steps: the label is the tick's year
    }
    // And the squeezed stretches carry no tick closer than the spacing asks
    for (const ScaleBreak &b : breaks) {
        std::vector<double> inside;
        for (const Tick &t : ticks.major)
            if (t.day >= b.startDay && t.day < b.endDay)
                inside.push_back(scale.dayToX(t.day));
        for (std::size_t i = 1; i < inside.size(); ++i)
            QVERIFY(inside[i] - inside[i - 1] >= 90 - 1e-6);
    }
    // When zoomed to months just after a break
    TimeScale months(0, 1, 1200);
    months.setWarp(storyWarp());
    months.setRange(daysFromCivil(2011, 1, 1), daysFromCivil(2014, 1, 1));
    const TickSet monthTicks = months.ticks(QLocale(QLocale::English), 90);
    // Then the first month after the break names its year
    const auto firstAfter =
        std::find_if(monthTicks.major.begin(), monthTicks.major.end(),
                     [&](const Tick &t) { return t.day >= storyWarp()->breaks().back().endDay; });
    QVERIFY(firstAfter != monthTicks.major.end());
    QVERIFY2(firstAfter->label.contains(QStringLiteral("2012")) ||
                 firstAfter->label.contains(QStringLiteral("2013")),
             qPrintable(firstAfter->label));
}

void TestTimeScale::focus_fromIndexMatchesTheSortedIntervals()
{
    // Property over random data sets (fixed seed): four lanes, clusters of days, months and
    // ranges with long gaps between them, a third of the events hidden by a filter.
    std::mt19937 rng(5);
    const auto pick = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    int checkedBreaks = 0;
    for (int round = 0; round < 20; ++round) {
        Dataset data;
        for (const char *actor : {"a", "b", "c", "d"})
            data.actors.push_back(
                Actor{QString::fromLatin1(actor), QString::fromLatin1(actor), {}, {}, {}, {}});
        int year = 1800;
        for (int cluster = 0; cluster < 5; ++cluster) {
            year += pick(1, 60);
            for (int i = pick(3, 30); i > 0; --i) {
                const QString date = pick(0, 3) == 0
                                         ? QStringLiteral("%1-%2/%3")
                                               .arg(year)
                                               .arg(pick(1, 9), 2, 10, QLatin1Char('0'))
                                               .arg(year + pick(0, 2))
                                         : QStringLiteral("%1-%2-%3")
                                               .arg(year + pick(0, 2))
                                               .arg(pick(1, 12), 2, 10, QLatin1Char('0'))
                                               .arg(pick(1, 28), 2, 10, QLatin1Char('0'));
                const QString actor = data.actors[std::size_t(pick(0, 3))].id;
                data.events.push_back(Anchorline::Testing::makeEvent(
                    qPrintable(QStringLiteral("ev-%1").arg(data.events.size())), qPrintable(date),
                    "t", {actor}));
            }
        }
        EventIndex index;
        index.build(data);
        index.refilter([](int event) { return event % 3 != 0; });
        Intervals intervals;
        for (int event = 0; event < int(data.events.size()); ++event)
            if (index.isVisible(event))
                intervals.emplace_back(index.earliestOf(event), index.latestOf(event));
        std::sort(intervals.begin(), intervals.end());
        QVERIFY(!intervals.empty());
        // Then the warp from the index is the warp from its visible events' dates
        const FocusWarp fromIndex = FocusWarp::fromIndex(index);
        const FocusWarp fromIntervals = FocusWarp::fromSortedIntervals(intervals);
        QCOMPARE(fromIndex.breaks().size(), fromIntervals.breaks().size());
        for (std::size_t i = 0; i < fromIndex.breaks().size(); ++i) {
            QCOMPARE(fromIndex.breaks()[i].startDay, fromIntervals.breaks()[i].startDay);
            QCOMPARE(fromIndex.breaks()[i].endDay, fromIntervals.breaks()[i].endDay);
            QCOMPARE(fromIndex.breaks()[i].length, fromIntervals.breaks()[i].length);
        }
        checkedBreaks += int(fromIndex.breaks().size());
    }
    QVERIFY(checkedBreaks > 0); // the sample has breaks to compare
}

QTEST_GUILESS_MAIN(TestTimeScale)
void TestTimeScale::deepTime_fitsTheAgeOfTheUniverse_andZoomsDownToADay()
{
    // The default limits reach past 100 billion years either side.
    const double bigBang = double(daysFromCivil(-13'800'000'000, 1, 1));
    const double today = double(daysFromCivil(2026, 12, 5));
    TimeScale scale(0, 365, 1200);
    scale.fit(bigBang, today);
    QVERIFY(scale.startDay() <= bigBang);
    QVERIFY(scale.endDay() >= today);
    QVERIFY(scale.dayToX(bigBang) >= 0);
    QVERIFY(scale.dayToX(today) <= 1200);
    // Zoomed into the Big Bang's year until a day is wide: positions stay exact enough to
    // tell one day from the next (doubles hold 64-bit days exactly up to 2^53).
    scale.setRange(bigBang, bigBang + 30);
    const double oneDay = scale.dayToX(bigBang + 1) - scale.dayToX(bigBang);
    QVERIFY2(std::abs(oneDay - 40) < 0.5, qPrintable(QString::number(oneDay)));
    QCOMPARE(scale.xToDay(scale.dayToX(bigBang + 7)), bigBang + 7);
    const TickSet ticks = scale.ticks(QLocale(QLocale::English), 90);
    QVERIFY(!ticks.major.empty());
}

void TestTimeScale::deepTime_ticksCountBackInGaMaKa_data()
{
    QTest::addColumn<Year>("from");
    QTest::addColumn<Year>("to");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("sample"); // one label that must be among the major ticks

    QTest::newRow("the universe") << Year(-14'000'000'000) << Year(2026) << "en"
                                  << " Ga"
                                  << "12 Ga";
    QTest::newRow("the dinosaurs") << Year(-252'000'000) << Year(-50'000'000) << "en"
                                   << " Ma"
                                   << "100 Ma";
    QTest::newRow("our species") << Year(-400'000) << Year(-10'000) << "en"
                                 << " ka"
                                 << "300 ka";
    QTest::newRow("Japanese, the universe") << Year(-14'000'000'000) << Year(2026) << "ja"
                                            << "億年前"
                                            << "120億年前";
    QTest::newRow("Japanese, the dinosaurs") << Year(-252'000'000) << Year(-50'000'000) << "ja"
                                             << "年前"
                                             << "2億4000万年前";
}

void TestTimeScale::deepTime_ticksCountBackInGaMaKa()
{
    QFETCH(Year, from);
    QFETCH(Year, to);
    QFETCH(QString, language);
    QFETCH(QString, unit);
    QFETCH(QString, sample);
    const QLocale locale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    TimeScale scale(double(daysFromCivil(from, 1, 1)), double(daysFromCivil(to, 1, 1)), 1200);
    const TickSet ticks = scale.ticks(locale, 90);
    QVERIFY2(ticks.major.size() >= 3 && ticks.major.size() <= 14,
             qPrintable(QString::number(ticks.major.size())));
    QStringList labels;
    double previous = -std::numeric_limits<double>::infinity();
    for (const Tick &tick : ticks.major) {
        labels << tick.label;
        QVERIFY(tick.day > previous);
        previous = tick.day;
        // Every label of the deep past carries the axis's one unit, never a raw day count
        if (tick.day < double(daysFromCivil(-9999, 1, 1)))
            QVERIFY2(tick.label.endsWith(unit), qPrintable(labels.join(QLatin1String(" | "))));
    }
    QVERIFY2(labels.contains(sample), qPrintable(labels.join(QLatin1String(" | "))));
    // Ticks are at least the spacing apart
    for (std::size_t i = 1; i < ticks.major.size(); ++i)
        QVERIFY(scale.dayToX(ticks.major[i].day) - scale.dayToX(ticks.major[i - 1].day) >= 89.9);
}

#include "tst_timescale.moc"
