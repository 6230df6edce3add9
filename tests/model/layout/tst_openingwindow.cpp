// openingWindow(): the span the timeline opens on, from the dataset's defaultWindow or, without
// one, from where most events are.

#include "core/dataset.h"
#include "index/eventindex.h"
#include "layout/openingwindow.h"
#include "testdata.h"

#include <QTest>
#include <random>

using namespace Anchorline::Model;
using Anchorline::Testing::makeEvent;

class TestOpeningWindow final : public QObject
{
    Q_OBJECT

private slots:
    void densestSpan_leavesOutAFarOutlier();
    void densestSpan_holdsTheShareOfRandomDays();
    void densestSpan_ofNothing_isNothing();
    void openingWindow_usesTheDatasetsDefaultWindow();
    void openingWindow_withoutTheKey_followsTheEvents();
    void openingWindow_onlyCountsAcceptedEvents();
    void openingWindow_overAnIndex_equalsTheWindowOverItsVisibleEvents();
};

void TestOpeningWindow::densestSpan_leavesOutAFarOutlier()
{
    // Given nineteen events in 2013-2026 and one in 1945
    std::vector<DayNumber> days{daysFromCivil(1945, 9, 2)};
    for (int i = 0; i < 19; ++i)
        days.push_back(daysFromCivil(2013 + (i * 13) / 18, 1 + i % 12, 1));
    // When the densest span is asked for
    const auto span = densestSpan(days);
    // Then it covers the recent years (nearly all of them) and not 1945
    QVERIFY(span.has_value());
    QVERIFY(span->start > daysFromCivil(2012, 1, 1));
    QVERIFY(span->end < daysFromCivil(2027, 6, 1));
    QVERIFY(span->length() > 11 * 365);
}

void TestOpeningWindow::densestSpan_holdsTheShareOfRandomDays()
{
    // Given random clusters of days with scattered outliers
    std::mt19937 random(17);
    std::vector<std::vector<DayNumber>> samples;
    for (int sample = 0; sample < 200; ++sample) {
        std::vector<DayNumber> days;
        const int n = 1 + int(random() % 60);
        const DayNumber centre = DayNumber(random() % 40000);
        for (int i = 0; i < n; ++i)
            days.push_back(centre + DayNumber(random() % 3000) -
                           (i % 9 == 8 ? DayNumber(random() % 30000) : 0));
        samples.push_back(std::move(days));
    }
    QVERIFY(!samples.empty());
    for (const auto &days : samples) {
        // When the span holding 90% is asked for
        const auto span = densestSpan(days, 0.9);
        QVERIFY(span.has_value());
        // Then it holds at least 90% of the days
        const auto held = std::count_if(days.begin(), days.end(), [&](DayNumber d) {
            return d >= span->start && d + 1 <= span->end;
        });
        QVERIFY2(double(held) >= 0.9 * double(days.size()),
                 qPrintable(QStringLiteral("%1 of %2").arg(held).arg(days.size())));
        // And it is no longer than all of them with their margin
        const auto [low, high] = std::minmax_element(days.begin(), days.end());
        const double all = double(*high) + 1 - *low;
        QVERIFY(span->length() <= all + 2 * std::max(15.0, all * 0.04) + 1e-9);
        // And asking again gives the same span
        const auto again = densestSpan(days, 0.9);
        QCOMPARE(again->start, span->start);
        QCOMPARE(again->end, span->end);
    }
}

void TestOpeningWindow::densestSpan_ofNothing_isNothing()
{
    QVERIFY(!densestSpan({}).has_value());
    QVERIFY(!openingWindow(Dataset{}).has_value());
}

void TestOpeningWindow::openingWindow_usesTheDatasetsDefaultWindow()
{
    // Given a dataset whose author asks to open on 2012 to 2026
    Dataset dataset;
    dataset.events.push_back(makeEvent("ev-a", "1945-09-02", "Old", {}));
    dataset.events.push_back(makeEvent("ev-b", "2020-05-01", "New", {}));
    DateWindow window;
    window.from = QStringLiteral("2012");
    window.to = QStringLiteral("2026");
    window.parsedFrom = PartialDate::fromString(window.from);
    window.parsedTo = PartialDate::fromString(window.to);
    dataset.defaultWindow = window;
    // When the opening window is asked for
    const auto span = openingWindow(dataset);
    // Then it is exactly 1 Jan 2012 to the end of 2026
    QVERIFY(span.has_value());
    QCOMPARE(span->start, double(daysFromCivil(2012, 1, 1)));
    QCOMPARE(span->end, double(daysFromCivil(2027, 1, 1)));
}

void TestOpeningWindow::openingWindow_withoutTheKey_followsTheEvents()
{
    // Given one event in 1945 and nineteen in 2013-2026, and no defaultWindow
    Dataset dataset;
    dataset.events.push_back(makeEvent("ev-old", "1945-09-02", "Old", {}));
    for (int i = 0; i < 19; ++i) {
        const QByteArray id = "ev-" + QByteArray::number(i);
        const QByteArray date = QByteArray::number(2013 + (i * 13) / 18) + "-06";
        dataset.events.push_back(makeEvent(id.constData(), date.constData(), "New", {}));
    }
    // When the opening window is asked for
    const auto span = openingWindow(dataset);
    // Then it frames (nearly all of) 2013 to 2026, not 1945
    QVERIFY(span.has_value());
    QVERIFY(span->start > daysFromCivil(2012, 1, 1));
    QVERIFY(span->end < daysFromCivil(2028, 1, 1));
    QVERIFY(span->length() > 11 * 365);
}

void TestOpeningWindow::openingWindow_onlyCountsAcceptedEvents()
{
    // Given events in 2000 and in 2020, with only those of 2000 accepted by the filter
    Dataset dataset;
    dataset.events.push_back(makeEvent("ev-a", "2000-01-10", "A", {}));
    dataset.events.push_back(makeEvent("ev-b", "2000-03-10", "B", {}));
    dataset.events.push_back(makeEvent("ev-c", "2020-01-10", "C", {}));
    dataset.events.push_back(makeEvent("ev-d", "2020-02-10", "D", {}));
    // When the opening window is asked for over the accepted events
    const auto span = openingWindow(dataset, [](int event) { return event < 2; });
    // Then it is around 2000 only
    QVERIFY(span.has_value());
    QVERIFY(span->start < daysFromCivil(2000, 1, 10));
    QVERIFY(span->end < daysFromCivil(2001, 1, 1));
}

// The views ask with the shared index (its time order spares a sort of a million days); the
// answer must be the one the predicate form gives over the same visible events.
void TestOpeningWindow::openingWindow_overAnIndex_equalsTheWindowOverItsVisibleEvents()
{
    std::mt19937 random(7);
    int compared = 0;
    for (int round = 0; round < 40; ++round) {
        // One to five lanes, and sometimes an "other" lane for an actor nobody declared: the
        // lanes are merged in pairs, so odd counts matter.
        Dataset dataset;
        const int actors = 1 + round % 5;
        for (int a = 0; a < actors; ++a) {
            dataset.actors.push_back(Actor{});
            dataset.actors.back().id = QString(QChar(u'a' + a));
        }
        const int events = 1 + int(random() % 60);
        for (int i = 0; i < events; ++i) {
            // Days, months, years, a few invalid dates and outliers far from the rest.
            const int year =
                random() % 10 == 0 ? 1900 + int(random() % 50) : 2010 + int(random() % 15);
            QByteArray date = QByteArray::number(year);
            if (random() % 3 != 0)
                date += QByteArray("-0") + QByteArray::number(1 + int(random() % 9));
            if (random() % 2 == 0)
                date += QByteArray("-1") + QByteArray::number(int(random() % 9));
            if (random() % 15 == 0)
                date = "not a date";
            const QByteArray id = "ev-" + QByteArray::number(i);
            const int actor = int(random() % unsigned(actors + (round % 3 == 0 ? 1 : 0)));
            dataset.events.push_back(
                makeEvent(id.constData(), date.constData(), "t", {QString(QChar(u'a' + actor))}));
        }
        EventIndex index;
        index.build(dataset);
        std::vector<bool> accepted(dataset.events.size());
        for (std::size_t i = 0; i < accepted.size(); ++i)
            accepted[i] = round % 4 == 0 || random() % 3 != 0;
        index.refilter([&](int event) { return bool(accepted[std::size_t(event)]); });
        const auto expected =
            openingWindow(dataset, [&](int event) { return bool(accepted[std::size_t(event)]); });
        const auto actual = openingWindow(dataset, index);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (!expected)
            continue;
        QCOMPARE(actual->start, expected->start);
        QCOMPARE(actual->end, expected->end);
        ++compared;
    }
    QVERIFY(compared > 30); // the rounds did compare windows, not only empty answers
}

QTEST_GUILESS_MAIN(TestOpeningWindow)
#include "tst_openingwindow.moc"
