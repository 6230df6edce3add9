#pragma once

#include "index/eventindex.h"
#include "index/sharedeventindex.h"
#include "layout/timescale.h"
#include "timeline/timelinerenderer.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QVariantAnimation;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// The interactive timeline: paints through TimelineRenderer, follows the Document's one
// selection and the EventFilterProxy's filter. Wheel and pinch zoom, drag pans, the overview
// strip at the bottom drags the window, and the keyboard does all of it too:
// arrows pan, +/- zoom, 0 fits, Home/End and Tab/Shift+Tab step through events in time order
// (Ctrl+Tab leaves the widget, as in text editors that take Tab for themselves).
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(Model::Document &document, Model::EventFilterProxy &filter,
                          QWidget *parent = nullptr);
    ~TimelineView() override;
    Q_DISABLE_COPY_MOVE(TimelineView)

    double visibleStart() const { return m_scale.startDay(); }
    double visibleEnd() const { return m_scale.endDay(); }
    void setVisibleRange(double startDay, double endDay);
    void fitAll();
    // The span the dataset opens on: its own defaultWindow, or where most of the shown events
    // are (Model::openingWindow()). Like fitAll(), it holds through resizes until the user
    // navigates.
    void showOpeningWindow();
    // factor > 1 zooms in, around a widget x position (default: the middle of the plot).
    void zoomBy(double factor, std::optional<double> anchorX = std::nullopt);
    void panByPixels(double dx);
    // Brings an event into view with its label drawn: pans when it is outside the window (or
    // too near an edge for its label) and zooms in when, in view, it is drawn without a label
    // (in a '+N' badge or a density strip). Does nothing when it is already shown and labelled.
    void revealEvent(int eventIndex, bool animated = true);
    // Whether the last painted frame shows the event with a label.
    bool isLabelShown(int eventIndex);
    void zoomToEvent(int eventIndex);
    bool isAnimating() const;

    void setHighContrast(bool on);
    // Draws the relations among the visible events as arcs over the timeline.
    void setShowRelationArcs(bool on);
    bool showsRelationArcs() const { return m_showArcs; }
    // The key to markers and lines under the lanes, as exports draw it.
    void setShowLegend(bool on);
    bool showsLegend() const { return m_showLegend; }
    bool isHighContrast() const { return m_highContrast; }
    // The focus (collapsed) scale: long stretches without events are compressed and marked as
    // breaks, so the dense years get the width. Off: the linear scale.
    void setFocusScale(bool on);
    bool isFocusScale() const { return m_focusScale; }
    TimelineTheme theme() const;

    void setLaneCollapsed(int lane, bool collapsed);
    bool isLaneCollapsed(int lane) const { return m_state.isCollapsed(lane); }

    // Where things are, for tests and for the window's status bar.
    QRectF timelineRect() const;
    QRectF overviewRect() const;
    QRectF plotRect();
    int eventAt(const QPointF &position);
    double dayAtX(double x);
    double xForDay(double day);
    const TimelineFrame &frame();
    // Up to date with the document (a pending rebuild runs first).
    const Model::EventIndex &index();
    const TimelineViewState &viewState() const { return m_state; }
    RenderOptions renderOptions() const;
    // A tooltip's text for an event: title, date as written, precision, sources.
    QString toolTipText(int eventIndex) const;

    QSize sizeHint() const override { return {900, 420}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

signals:
    void visibleRangeChanged(double startDay, double endDay);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onIndexRebuilt();
    void onEventsUpdated();
    void onRefiltered();
    // The shared index as last built (ensureIndex() first where it may be stale).
    const Model::EventIndex &shownIndex() const { return m_shared.latest(); }
    // Inserts, removes and resets rebuild the index once, at the next event-loop turn or when it
    // is next needed, whichever comes first; an edit of one event updates it in place.
    void ensureIndex();
    void onCurrentEventChanged(int eventIndex);
    void selectEvent(int eventIndex);
    void stepEvent(bool forward);
    void animateTo(double startDay, double endDay);
    void fitRange(double first, double last, double margin, bool labelRoom);
    void applyRange(double startDay, double endDay);
    void updateLimits();
    void updateScaleWidth();
    void updateWarp(); // after the visible events changed
    void setHovered(int eventIndex);
    void moveOverviewWindow(double x);
    double overviewDayAtX(double x);
    void markStale();

    Model::Document &m_document;
    Model::EventFilterProxy &m_filter;
    Model::SharedEventIndex &m_shared;
    TimelineRenderer m_renderer;
    TimelineViewState m_state;
    Model::TimeScale m_scale;
    QPointer<QVariantAnimation> m_animation; // parent-owned by this widget
    double m_animationFromStart = 0;
    double m_animationFromEnd = 0;
    double m_animationToStart = 0;
    double m_animationToEnd = 0;
    bool m_highContrast = false;
    bool m_showArcs = false;
    bool m_focusScale = false;
    bool m_showLegend = false;
    bool m_frameStale = true;
    enum class Fit : std::uint8_t { None, All, Opening };
    Fit m_fit = Fit::None;    // showing "fit all" or the opening window, no navigation since
    bool m_selecting = false; // this view is the origin of a selection change
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_overviewDragging = false;
    QPointF m_pressPosition;
    double m_pressStartDay = 0;
    double m_pressEndDay = 0;
    double m_overviewGrabOffset = 0; // overview pixels between the grab point and window centre
};

} // namespace Anchorline::Views
