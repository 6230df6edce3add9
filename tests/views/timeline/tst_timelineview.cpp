// TimelineView: selection sync, keyboard stepping, zoom and pan, filter changes, tooltips.

#include "document/document.h"
#include "io/loadresult.h"
#include "itemmodels/eventfilterproxy.h"
#include "layout/openingwindow.h"
#include "testdata.h"
#include "timeline/timelineview.h"

#include <QDate>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <memory>

using namespace Anchorline::Model;
using namespace Anchorline::Views;
using Anchorline::Testing::makeEvent;

class TestTimelineView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void datasetReset_fitsAllEvents();
    void datasetReset_opensWhereMostEventsAre_withoutADefaultWindow();
    void datasetReset_opensOnTheDefaultWindow();
    void selectionInADensePart_zoomsInUntilItIsLabelled();
    void fitAll_holdsWhileResizingUntilTheUserNavigates();
    void tab_stepsThroughEventsInTimeOrder();
    void shiftTab_stepsBackwardsAndKeepsFocus();
    void homeAndEnd_selectFirstAndLastEvent();
    void clickOnMarker_setsTheDocumentsCurrentEvent();
    void documentSelection_isRevealedAndHighlighted();
    void filterChange_reachesTheViewAtOnce();
    void wheel_zoomsAroundTheCursor();
    void keys_zoomPanAndFit();
    void drag_pansTheView();
    void overviewClick_movesTheWindow();
    void toolTip_isPlainTextWithDateAndSources();
    void laneHeaderClick_togglesCollapse();
    void highContrast_overridesTheSystemPalette();
    void editOfOneEvent_isDrawnAndHitAtItsNewDate_andBackAfterUndo();
    void editThatChangesTheFilterMatch_showsOrHidesTheEvent();
    void removeAndInsert_neverShowStaleEvents();
    void actorAdded_isANewLane_andAnEditPutsAnEventInIt();

private:
    std::vector<int> timeOrder() const;
    QPoint markerOf(int event);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventFilterProxy> m_filter;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    m_document = std::make_unique<Document>();
    m_filter = std::make_unique<EventFilterProxy>(*m_document);
    m_view = std::make_unique<TimelineView>(*m_document, *m_filter);
    m_view->setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    m_view->resize(1100, 520);
    const LoadResult loaded =
        m_document->load(QStringLiteral(ANCHORLINE_FIXTURES "/timeline/small.anchorline.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
    m_view->fitAll();
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_filter.reset();
    m_document.reset();
}

std::vector<int> TestTimelineView::timeOrder() const
{
    std::vector<int> order;
    const auto &events = m_document->dataset().events;
    for (int i = 0; i < int(events.size()); ++i)
        order.push_back(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &x = events[std::size_t(a)].parsed, &y = events[std::size_t(b)].parsed;
        if (x.earliest() != y.earliest())
            return x.earliest() < y.earliest();
        if (x.latest() != y.latest())
            return x.latest() < y.latest();
        return a < b;
    });
    return order;
}

QPoint TestTimelineView::markerOf(int event)
{
    for (const auto &hit : m_view->frame().hits) {
        if (hit.event == event)
            return QPoint(int(hit.rect.left() + 6), int(hit.rect.center().y()));
    }
    return {-1, -1};
}

void TestTimelineView::datasetReset_fitsAllEvents()
{
    // Given a loaded dataset, then every event lies in the visible window
    for (const Event &event : m_document->dataset().events) {
        QVERIFY(event.parsed.earliest() >= m_view->visibleStart());
        QVERIFY(event.parsed.latest() <= m_view->visibleEnd());
    }
    // And reloading refits after zooming in
    m_view->zoomBy(20);
    m_document->load(QStringLiteral(ANCHORLINE_FIXTURES "/timeline/small.anchorline.json"));
    QVERIFY(m_view->visibleEnd() - m_view->visibleStart() > 365 * 10);
}

void TestTimelineView::datasetReset_opensWhereMostEventsAre_withoutADefaultWindow()
{
    // Given a dataset without defaultWindow: one event in 1945, twenty in 2013-2022
    Dataset data;
    Actor actor;
    actor.id = QStringLiteral("japan");
    actor.name = QStringLiteral("Japan");
    data.actors.push_back(actor);
    data.events.push_back(makeEvent("ev-old", "1945-09-02", "Old", {QStringLiteral("japan")}));
    for (int i = 0; i < 20; ++i) {
        const QByteArray id = "ev-" + QByteArray::number(i);
        const QByteArray date =
            QByteArray::number(2013 + i / 2) + "-0" + QByteArray::number(1 + i % 9);
        data.events.push_back(
            makeEvent(id.constData(), date.constData(), "New", {QStringLiteral("japan")}));
    }
    const auto expected = openingWindow(data);
    QVERIFY(expected.has_value());
    // When it is opened
    m_document->setDataset(std::move(data), QString());
    // Then the view opens on the span that holds most events, not on 1945
    QVERIFY(m_view->visibleStart() > daysFromCivil(2012, 1, 1));
    QVERIFY(qAbs(m_view->visibleStart() - expected->start) < 1);
    QVERIFY(m_view->visibleEnd() >= expected->end - 1);
    // And it holds through a resize, until the user navigates
    m_view->resize(900, 500);
    QVERIFY(qAbs(m_view->visibleStart() - expected->start) < 1);
    // And Fit All still reaches 1945
    m_view->fitAll();
    QVERIFY(m_view->visibleStart() < daysFromCivil(1945, 9, 2));
}

void TestTimelineView::datasetReset_opensOnTheDefaultWindow()
{
    // Given a dataset whose author set defaultWindow 2015-2017
    Dataset data = m_document->dataset();
    DateWindow window;
    window.from = QStringLiteral("2015");
    window.to = QStringLiteral("2017-06");
    window.parsedFrom = PartialDate::fromString(window.from);
    window.parsedTo = PartialDate::fromString(window.to);
    data.defaultWindow = window;
    // When it is opened
    m_document->setDataset(std::move(data), QString());
    // Then the view shows exactly that span
    QCOMPARE(m_view->visibleStart(), double(daysFromCivil(2015, 1, 1)));
    QCOMPARE(m_view->visibleEnd(), double(daysFromCivil(2017, 7, 1)));
}

void TestTimelineView::selectionInADensePart_zoomsInUntilItIsLabelled()
{
    // Given a thousand events in one lane, shown whole, so that the lane draws density
    Dataset data;
    Actor actor;
    actor.id = QStringLiteral("japan");
    actor.name = QStringLiteral("Japan");
    data.actors.push_back(actor);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray id = "ev-" + QByteArray::number(i);
        Year y = 0;
        int m = 0, d = 0;
        civilFromDays(daysFromCivil(2000, 1, 1) + i * 7, y, m, d);
        const QByteArray date = QDate(y, m, d).toString(Qt::ISODate).toLatin1();
        data.events.push_back(makeEvent(id.constData(), date.constData(), "A dense event",
                                        {QStringLiteral("japan")}));
    }
    m_document->setDataset(std::move(data), QString());
    m_view->fitAll();
    const int event = 500;
    const double span = m_view->visibleEnd() - m_view->visibleStart();
    QVERIFY(m_view->frame().lanes.front().aggregated);
    // When the event is selected elsewhere
    m_document->setCurrentEvent(event);
    // Then the view zooms in around it and draws it with its label
    QTRY_VERIFY(!m_view->isAnimating());
    QVERIFY(m_view->visibleEnd() - m_view->visibleStart() < span / 2);
    const double day = m_document->dataset().events[std::size_t(event)].parsed.earliest();
    QVERIFY(day > m_view->visibleStart() && day < m_view->visibleEnd());
    QVERIFY(!m_view->frame().lanes.front().aggregated);
    QVERIFY(m_view->isLabelShown(event));
}

void TestTimelineView::fitAll_holdsWhileResizingUntilTheUserNavigates()
{
    // Given a fitted view that grows (the window is laid out after the data is loaded)
    m_view->resize(300, 200);
    m_view->fitAll();
    m_view->resize(1400, 600);
    QCoreApplication::processEvents();
    const double start = m_view->visibleStart(), end = m_view->visibleEnd();
    // Then it shows what a fresh "fit all" at the new size shows
    m_view->fitAll();
    QVERIFY(qAbs(m_view->visibleStart() - start) < 1e-6);
    QVERIFY(qAbs(m_view->visibleEnd() - end) < 1e-6);
    // But once the user zooms, resizing keeps the dates
    m_view->zoomBy(2);
    const double zoomedStart = m_view->visibleStart(), zoomedEnd = m_view->visibleEnd();
    m_view->resize(1000, 600);
    QCoreApplication::processEvents();
    QVERIFY(qAbs(m_view->visibleStart() - zoomedStart) < 1e-6);
    QVERIFY(qAbs(m_view->visibleEnd() - zoomedEnd) < 1e-6);
}

void TestTimelineView::tab_stepsThroughEventsInTimeOrder()
{
    const std::vector<int> order = timeOrder();
    // Given no selection, when pressing Tab repeatedly
    for (std::size_t i = 0; i < order.size(); ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        // Then events are selected in time order
        QCOMPARE(m_document->currentEvent(), order[i]);
    }
    // And Tab at the last event stays there
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(m_document->currentEvent(), order.back());
}

void TestTimelineView::shiftTab_stepsBackwardsAndKeepsFocus()
{
    const std::vector<int> order = timeOrder();
    m_document->setCurrentEvent(order[5]);
    QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_document->currentEvent(), order[4]);
    QTest::keyClick(m_view.get(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(m_document->currentEvent(), order[3]);
    // Tab never moved the focus away
    QVERIFY(m_view->hasFocus() || QApplication::focusWidget() == nullptr);
}

void TestTimelineView::homeAndEnd_selectFirstAndLastEvent()
{
    const std::vector<int> order = timeOrder();
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_document->currentEvent(), order.back());
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_document->currentEvent(), order.front());
    // Stepping pans smoothly: the view arrives with the event in sight.
    QTRY_VERIFY(!m_view->isAnimating());
    QVERIFY(m_document->dataset().events[std::size_t(order.front())].parsed.earliest() >=
            m_view->visibleStart());
}

void TestTimelineView::clickOnMarker_setsTheDocumentsCurrentEvent()
{
    const int event = m_document->dataset().indexOfEvent(u"ev-guidelines-2015");
    QSignalSpy changed(m_document.get(), &Document::currentEventChanged);
    const QPoint at = markerOf(event);
    QVERIFY(at.x() >= 0);
    // When clicking the marker
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, at);
    // Then the one selection changes once, to that event, and the view highlights it
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), event);
    QCOMPARE(m_view->viewState().currentEvent, event);
    // And a click did not scroll the view (the clicked event is already in sight)
    QVERIFY(!m_view->isAnimating());
}

void TestTimelineView::documentSelection_isRevealedAndHighlighted()
{
    // Given a window far away from the event
    const int event = m_document->dataset().indexOfEvent(u"ev-nss-2013");
    m_view->setVisibleRange(daysFromCivil(2024, 1, 1), daysFromCivil(2025, 1, 1));
    // When another view selects it through the document
    m_document->setCurrentEvent(event);
    // Then the timeline highlights it and pans there
    QCOMPARE(m_view->viewState().currentEvent, event);
    const double day = m_document->dataset().events[std::size_t(event)].parsed.earliest();
    QTRY_VERIFY(day > m_view->visibleStart() && day < m_view->visibleEnd());
    QTRY_VERIFY(!m_view->isAnimating());
    QVERIFY(markerOf(event).x() >= 0);
}

void TestTimelineView::filterChange_reachesTheViewAtOnce()
{
    const int shown = m_view->index().visibleCount();
    // When the filter keeps only events about "security"
    m_filter->setText(QStringLiteral("security"));
    // Then the view's index follows at once and hidden events are gone from the frame
    int accepted = 0;
    for (int i = 0; i < int(m_document->dataset().events.size()); ++i)
        accepted += m_filter->acceptsEvent(i) ? 1 : 0;
    QCOMPARE(m_view->index().visibleCount(), accepted);
    QVERIFY(accepted < shown);
    for (const auto &hit : m_view->frame().hits)
        QVERIFY(m_filter->acceptsEvent(hit.event));
    // And clearing the filter brings back whatever the proxy accepts again
    m_filter->clearFilters();
    int acceptedAfter = 0;
    for (int i = 0; i < int(m_document->dataset().events.size()); ++i)
        acceptedAfter += m_filter->acceptsEvent(i) ? 1 : 0;
    QCOMPARE(m_filter->rowCount(), shown);
    QCOMPARE(m_view->index().visibleCount(), acceptedAfter);
}

void TestTimelineView::wheel_zoomsAroundTheCursor()
{
    const QPointF at(m_view->plotRect().left() + 300, 150);
    const double before = m_view->dayAtX(at.x());
    const double span = m_view->visibleEnd() - m_view->visibleStart();
    QWheelEvent wheel(at, m_view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(m_view->visibleEnd() - m_view->visibleStart() < span);
    QVERIFY(qAbs(m_view->dayAtX(at.x()) - before) < 1e-6 * span);
}

void TestTimelineView::keys_zoomPanAndFit()
{
    const double start = m_view->visibleStart(), end = m_view->visibleEnd();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->visibleEnd() - m_view->visibleStart() < (end - start) * 0.7);
    const double zoomedStart = m_view->visibleStart();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(m_view->visibleStart() > zoomedStart);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QVERIFY(qAbs(m_view->visibleStart() - zoomedStart) < 1e-6);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QVERIFY(m_view->visibleEnd() - m_view->visibleStart() > end - start);
    QTest::keyClick(m_view.get(), Qt::Key_0);
    QVERIFY(qAbs(m_view->visibleStart() - start) < 1e-6 && qAbs(m_view->visibleEnd() - end) < 1e-6);
}

void TestTimelineView::drag_pansTheView()
{
    const QRectF plot = m_view->plotRect();
    const double start = m_view->visibleStart();
    const double daysPerPixel = (m_view->visibleEnd() - start) / plot.width();
    // Press in an empty spot at the bottom of the last lane, drag 200 px to the left
    const QPoint from(int(plot.left() + 600), int(m_view->timelineRect().bottom() - 4));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view.get(), from - QPoint(100, 0));
    QTest::mouseMove(m_view.get(), from - QPoint(200, 0));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, from - QPoint(200, 0));
    QVERIFY(qAbs(m_view->visibleStart() - (start + 200 * daysPerPixel)) <
            1e-6 * (m_view->visibleEnd() - start));
}

void TestTimelineView::overviewClick_movesTheWindow()
{
    m_view->zoomBy(8);
    const QRectF overview = m_view->overviewRect();
    QSignalSpy moved(m_view.get(), &TimelineView::visibleRangeChanged);
    // Clicking near the left end of the overview centres the window there
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {},
                      QPoint(int(m_view->plotRect().left() + 20), int(overview.center().y())));
    QVERIFY(moved.count() >= 1);
    QVERIFY(m_view->visibleStart() < daysFromCivil(2010, 6, 1));
}

void TestTimelineView::toolTip_isPlainTextWithDateAndSources()
{
    const int event = m_document->dataset().indexOfEvent(u"ev-docs-2022");
    const QString text = m_view->toolTipText(event);
    QVERIFY(text.contains(QStringLiteral("Three security documents")));
    QVERIFY(text.contains(QStringLiteral("2022-12-16")));
    QVERIFY(text.contains(QStringLiteral("precision: day")));
    QVERIFY(text.contains(QStringLiteral("Alpha 2023"))); // the source's short reference
    QVERIFY(text.contains(QStringLiteral("2022-12-17"))); // the other date a source gives
}

void TestTimelineView::laneHeaderClick_togglesCollapse()
{
    const auto *lane = m_view->frame().findLane(1);
    QVERIFY(lane);
    const QPoint header = lane->header.center().toPoint();
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, header);
    QVERIFY(m_view->isLaneCollapsed(1));
    QVERIFY(m_view->frame().findLane(1)->collapsed);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {},
                      m_view->frame().findLane(1)->header.center().toPoint());
    QVERIFY(!m_view->isLaneCollapsed(1));
}

void TestTimelineView::highContrast_overridesTheSystemPalette()
{
    QCOMPARE(m_view->theme(), m_view->palette().color(QPalette::Window).lightness() < 128
                                  ? TimelineTheme::Dark
                                  : TimelineTheme::Light);
    m_view->setHighContrast(true);
    QCOMPARE(m_view->theme(), TimelineTheme::HighContrast);
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    m_view->setHighContrast(false);
    m_view->setPalette(dark);
    QCOMPARE(m_view->theme(), TimelineTheme::Dark);
    QCOMPARE(m_view->accessibleName(), QStringLiteral("Timeline"));
}

void TestTimelineView::editOfOneEvent_isDrawnAndHitAtItsNewDate_andBackAfterUndo()
{
    const int event = m_document->eventIndexById(QStringLiteral("ev-nss-2013"));
    QVERIFY(event >= 0);
    const int before = m_document->dataset().events[std::size_t(event)].parsed.earliest();
    auto markerNear = [&](int day) {
        const QPoint at = markerOf(event);
        return at.x() >= 0 && std::abs(at.x() - 6 - m_view->xForDay(day)) < 12 &&
               m_view->eventAt(at) == event;
    };
    QVERIFY(markerNear(before));
    // When the 2013 strategy is redated to March 2018
    QVERIFY(m_document->setEventField(event, EventField::Date, QStringLiteral("2018-03-01")));
    // Then the index and the frame have it there, and a click there hits it
    const int after = daysFromCivil(2018, 3, 1);
    QCOMPARE(m_view->index().earliestOf(event), after);
    QCOMPARE(m_view->index().eventCount(), int(m_document->dataset().events.size()));
    QVERIFY(markerNear(after));
    // Stepping in time order follows the new date
    QCOMPARE(timeOrder(), [&] {
        std::vector<int> order;
        for (int e = m_view->index().firstVisible(); e >= 0; e = m_view->index().nextVisible(e))
            order.push_back(e);
        return order;
    }());
    // And undo puts it back
    m_document->undoStack()->undo();
    QCOMPARE(m_view->index().earliestOf(event), before);
    QVERIFY(markerNear(before));
}

void TestTimelineView::editThatChangesTheFilterMatch_showsOrHidesTheEvent()
{
    const int event = m_document->eventIndexById(QStringLiteral("ev-suga"));
    QVERIFY(event >= 0);
    m_filter->setText(QStringLiteral("zanzibar"));
    QCOMPARE(m_view->index().visibleCount(), 0);
    // When the event's title comes to match the filter, it appears and can be hit
    QVERIFY(m_document->setEventField(event, EventField::Title, QStringLiteral("Zanzibar")));
    QCOMPARE(m_view->index().visibleCount(), 1);
    QVERIFY(m_view->index().isVisible(event));
    QVERIFY(markerOf(event).x() >= 0);
    QCOMPARE(m_view->eventAt(markerOf(event)), event);
    // When the edit is undone, it is gone again
    m_document->undoStack()->undo();
    QCOMPARE(m_view->index().visibleCount(), 0);
    QVERIFY(m_view->frame().hits.empty());
}

void TestTimelineView::removeAndInsert_neverShowStaleEvents()
{
    const int count = int(m_document->dataset().events.size());
    const int event = m_document->eventIndexById(QStringLiteral("ev-nss-2013"));
    const Event removed = m_document->dataset().events[std::size_t(event)];
    // When an event is removed, the view answers for the remaining events at once
    QVERIFY(m_document->removeItem(Collection::Events, event));
    QCOMPARE(m_view->index().eventCount(), count - 1);
    for (const auto &hit : m_view->frame().hits)
        QVERIFY(hit.event >= 0 && hit.event < count - 1);
    // And after the event loop has run the queued rebuild, nothing changes
    QCoreApplication::processEvents();
    QCOMPARE(m_view->index().eventCount(), count - 1);
    // When it comes back (undo), it is hit where it was
    m_document->undoStack()->undo();
    QCOMPARE(m_view->index().eventCount(), count);
    QCOMPARE(m_document->dataset().events[std::size_t(event)].id, removed.id);
    QCOMPARE(m_view->eventAt(markerOf(event)), event);
    QCOMPARE(m_view->index().earliestOf(event), removed.parsed.earliest());
}

void TestTimelineView::actorAdded_isANewLane_andAnEditPutsAnEventInIt()
{
    const int lanes = int(m_document->dataset().actors.size());
    QVERIFY(m_document->insertActor(
        -1,
        Actor{QStringLiteral("india"), QStringLiteral("India"), {}, QColor("#56b4e9"), {}, {}}));
    // The new actor is a lane at once: the "other" lane moves after it
    const int noActor = m_document->eventIndexById(QStringLiteral("ev-no-actor"));
    QCOMPARE(m_view->index().laneOf(noActor), lanes + 1);
    const int event = m_document->eventIndexById(QStringLiteral("ev-suga"));
    QVERIFY(m_document->setEventField(event, EventField::Actors, QStringList{"india"}));
    QCOMPARE(m_view->index().laneOf(event), lanes);
    QCOMPARE(m_view->eventAt(markerOf(event)), event);
    m_document->undoStack()->undo();
    QCOMPARE(m_view->index().laneOf(event), m_document->dataset().indexOfActor(u"japan"));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
