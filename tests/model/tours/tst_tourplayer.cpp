// TourPlayer: stepping through a tour, the window each step shows, and the spotlight.

#include "index/eventindex.h"
#include "io/datasetreader.h"
#include "testdata.h"
#include "tours/tourplayer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Anchorline::Model;

namespace {

Dataset bundled()
{
    LoadResult result = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    return result.dataset ? std::move(*result.dataset) : Dataset();
}

const Tour *tourById(const Dataset &data, const char *id)
{
    for (const Tour &tour : data.tours) {
        if (tour.id == QLatin1String(id))
            return &tour;
    }
    return nullptr;
}

std::vector<int> litEvents(const std::vector<std::uint8_t> &flags)
{
    std::vector<int> lit;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (flags[i])
            lit.push_back(int(i));
    }
    return lit;
}

} // namespace

class TestTourPlayer final : public QObject
{
    Q_OBJECT

private slots:
    void bundledTour_stepsForwardAndBackInOrder();
    void firstAndLast_jumpAndStopAtTheEnds();
    void setCurrentStep_clampsAndSignalsOnlyChanges();
    void stepWindow_isTheStepsEdtfWindow();
    void stepWindow_withoutWindow_isPaddedAroundTheEvent();
    void emptyTour_hasNoCurrentStep();
    void spotlight_litsTheEventAndItsRelationsInBothDirections();
    void spotlight_outOfRange_isEmpty();
    void lanesInWindow_areTheLanesWithEventsThereAndTheEventsLane();
};

void TestTourPlayer::bundledTour_stepsForwardAndBackInOrder()
{
    // Given the bundled 14-step tour
    const Dataset data = bundled();
    const Tour *tour = tourById(data, "tour-2013-to-takaichi");
    QVERIFY(tour);
    QCOMPARE(tour->steps.size(), std::size_t(14));
    TourPlayer player;
    QSignalSpy spy(&player, &TourPlayer::stepChanged);

    // When it is loaded, it starts at the first step
    player.setTour(data, *tour);
    QCOMPARE(player.stepCount(), 14);
    QCOMPARE(player.currentStep(), 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(player.tourTitle(), tour->title);
    QVERIFY(player.isFirst());
    QVERIFY(!player.previous());

    // Then next() visits every step in the tour's order, each step's event resolved
    for (int i = 0; i < 14; ++i) {
        QCOMPARE(player.currentStep(), i);
        const TourPlayer::Step *step = player.current();
        QVERIFY(step);
        QCOMPARE(step->eventId, tour->steps[std::size_t(i)].event);
        QCOMPARE(step->note, tour->steps[std::size_t(i)].note);
        QVERIFY(step->event >= 0);
        QCOMPARE(data.events[std::size_t(step->event)].id, step->eventId);
        QVERIFY(step->endDay > step->startDay);
        QCOMPARE(player.next(), i < 13);
    }
    QVERIFY(player.isLast());
    QCOMPARE(spy.count(), 14);
    QCOMPARE(spy.last().at(0).toInt(), 13);

    // And previous() walks back
    QVERIFY(player.previous());
    QCOMPARE(player.currentStep(), 12);
}

void TestTourPlayer::firstAndLast_jumpAndStopAtTheEnds()
{
    const Dataset data = bundled();
    TourPlayer player;
    player.setTour(data, *tourById(data, "tour-2013-to-takaichi"), 5);
    QCOMPARE(player.currentStep(), 5);
    QVERIFY(player.last());
    QCOMPARE(player.currentStep(), 13);
    QVERIFY(!player.last());
    QVERIFY(!player.next());
    QVERIFY(player.first());
    QCOMPARE(player.currentStep(), 0);
    QVERIFY(!player.first());
}

void TestTourPlayer::setCurrentStep_clampsAndSignalsOnlyChanges()
{
    const Dataset data = bundled();
    TourPlayer player;
    player.setTour(data, *tourById(data, "tour-2013-to-takaichi"));
    QSignalSpy spy(&player, &TourPlayer::stepChanged);
    QVERIFY(player.setCurrentStep(99));
    QCOMPARE(player.currentStep(), 13);
    QVERIFY(!player.setCurrentStep(13));
    QVERIFY(player.setCurrentStep(-4));
    QCOMPARE(player.currentStep(), 0);
    QCOMPARE(spy.count(), 2);
}

void TestTourPlayer::stepWindow_isTheStepsEdtfWindow()
{
    // The first bundled step shows "2012-06/2014-06": 1 June 2012 up to the end of June 2014
    const Dataset data = bundled();
    TourPlayer player;
    player.setTour(data, *tourById(data, "tour-2013-to-takaichi"));
    const TourPlayer::Step *step = player.step(0);
    QVERIFY(step);
    QCOMPARE(step->startDay, double(daysFromCivil(2012, 6, 1)));
    QCOMPARE(step->endDay, double(daysFromCivil(2014, 6, 30) + 1));

    // A step built in code with the text only is parsed on the way
    TourStep coded;
    coded.event = QStringLiteral("ev-jp-nss-2013-adopted");
    coded.window = QStringLiteral("2022-09/2023-03");
    const auto [from, to] = TourPlayer::windowOf(data, coded);
    QCOMPARE(from, double(daysFromCivil(2022, 9, 1)));
    QCOMPARE(to, double(daysFromCivil(2023, 3, 31) + 1));
}

void TestTourPlayer::stepWindow_withoutWindow_isPaddedAroundTheEvent()
{
    // Given a step without a window on a one-day event (17 December 2013)
    const Dataset data = Anchorline::Testing::smallDataset();
    TourStep step;
    step.event = QStringLiteral("ev-nss-2013");
    const double day = double(daysFromCivil(2013, 12, 17));

    // Then the window holds the day with at least a quarter of a year on both sides
    const auto [from, to] = TourPlayer::windowOf(data, step);
    QVERIFY(from <= day - 90);
    QVERIFY(to >= day + 1 + 90);
    QVERIFY(to - from < 400);
    QCOMPARE((from + to) / 2, day + 0.5);

    // And a fiscal year (FY2025) gets half its length on either side
    step.event = QStringLiteral("ev-target");
    const auto [fyFrom, fyTo] = TourPlayer::windowOf(data, step);
    const double start = double(daysFromCivil(2025, 4, 1));
    const double end = double(daysFromCivil(2026, 3, 31)) + 1;
    QCOMPARE(fyFrom, start - (end - start) / 2);
    QCOMPARE(fyTo, end + (end - start) / 2);
}

void TestTourPlayer::emptyTour_hasNoCurrentStep()
{
    const Dataset data = Anchorline::Testing::smallDataset();
    Tour tour;
    tour.id = QStringLiteral("tour-empty");
    tour.title = QStringLiteral("Empty");
    TourPlayer player;
    player.setTour(data, tour);
    QCOMPARE(player.stepCount(), 0);
    QCOMPARE(player.currentStep(), -1);
    QVERIFY(!player.current());
    QVERIFY(!player.next());
    QVERIFY(!player.previous());
    QVERIFY(!player.last());
}

void TestTourPlayer::spotlight_litsTheEventAndItsRelationsInBothDirections()
{
    // Given rel-1: ev-nss-2022 (index 3) supersedes ev-nss-2013 (index 1)
    const Dataset data = Anchorline::Testing::smallDataset();

    // Then the spotlight on either end lights both, and nothing else
    QCOMPARE(litEvents(TourPlayer::spotlight(data, 1)), (std::vector<int>{1, 3}));
    QCOMPARE(litEvents(TourPlayer::spotlight(data, 3)), (std::vector<int>{1, 3}));
    // And an event without relations stands alone
    QCOMPARE(litEvents(TourPlayer::spotlight(data, 0)), (std::vector<int>{0}));
    QCOMPARE(TourPlayer::spotlight(data, 0).size(), data.events.size());

    // And in the bundled data every relation of the 2022 documents is lit
    const Dataset big = bundled();
    const int event = big.indexOfEvent(u"ev-jp-three-security-documents-2022");
    QVERIFY(event >= 0);
    const auto flags = TourPlayer::spotlight(big, event);
    int expected = 1;
    QSet<QString> related;
    for (const Relation &r : big.relations) {
        if (r.from == big.events[std::size_t(event)].id)
            related.insert(r.to);
        if (r.to == big.events[std::size_t(event)].id)
            related.insert(r.from);
    }
    related.remove(big.events[std::size_t(event)].id);
    expected += int(related.size());
    QVERIFY(expected > 2);
    QCOMPARE(int(litEvents(flags).size()), expected);
    for (const QString &id : related)
        QVERIFY(flags[std::size_t(big.indexOfEvent(id))]);
}

void TestTourPlayer::spotlight_outOfRange_isEmpty()
{
    const Dataset data = Anchorline::Testing::smallDataset();
    QVERIFY(TourPlayer::spotlight(data, -1).empty());
    QVERIFY(TourPlayer::spotlight(data, 99).empty());
}

void TestTourPlayer::lanesInWindow_areTheLanesWithEventsThereAndTheEventsLane()
{
    // Given Japan (lane 0) with events in 2013 and 2022, the US (lane 1) with one in 2025
    const Dataset data = Anchorline::Testing::smallDataset();
    EventIndex index;
    index.build(data);
    const double from2013 = daysFromCivil(2013, 1, 1), to2013 = daysFromCivil(2014, 1, 1);
    QCOMPARE(TourPlayer::lanesInWindow(index, from2013, to2013), (std::vector<int>{0}));
    // The lane of the step's event stays even when its event is elsewhere
    QCOMPARE(TourPlayer::lanesInWindow(index, from2013, to2013, 0), (std::vector<int>{0, 1}));
    const double from2025 = daysFromCivil(2025, 1, 1), to2025 = daysFromCivil(2026, 1, 1);
    QCOMPARE(TourPlayer::lanesInWindow(index, from2025, to2025), (std::vector<int>{0, 1}));
    QVERIFY(TourPlayer::lanesInWindow(index, 0, 10).empty());
}

QTEST_GUILESS_MAIN(TestTourPlayer)
#include "tst_tourplayer.moc"
