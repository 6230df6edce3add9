// TimeScale: the day <-> pixel mapping, zoom and pan maths, and tick generation.

#include "core/partialdate.h"
#include "layout/timescale.h"

#include <QLocale>
#include <QTest>
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
    void tickDays_handlesYearsBeforeTheEra();
};

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
            int y = 0, m = 0, d = 0;
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

void TestTimeScale::tickDays_handlesYearsBeforeTheEra()
{
    const auto days = TimeScale::tickDays({TickUnit::Year, 100}, daysFromCivil(-250, 1, 1),
                                          daysFromCivil(50, 1, 1));
    QCOMPARE(days.size(), std::size_t(3)); // -200, -100, 0
    int y = 0, m = 0, d = 0;
    civilFromDays(days.front(), y, m, d);
    QCOMPARE(y, -200);
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
