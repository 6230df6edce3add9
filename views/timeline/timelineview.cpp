#include "timeline/timelineview.h"

#include "core/dataset.h"
#include "document/document.h"
#include "index/sharedeventindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "layout/openingwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDate>
#include <QEasingCurve>
#include <QFontMetricsF>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScopedValueRollback>
#include <QStyleHints>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

constexpr double OverviewHeight = 42;
constexpr double ZoomStep = 1.5;
constexpr int AnimationMs = 250;

// QToolTip guesses whether text is rich text; data must never be read as markup, so the text
// is escaped and wrapped so that it shows exactly as written.
QString plainToolTip(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
}

} // namespace

TimelineView::TimelineView(Document &document, EventFilterProxy &filter, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
    , m_shared(filter.sharedIndex())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events over time, one lane per actor"));
    setCursor(Qt::OpenHandCursor);
    grabGesture(Qt::PinchGesture);

    m_animation = new QVariantAnimation(this);
    m_animation->setDuration(AnimationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        applyRange(m_animationFromStart + t * (m_animationToStart - m_animationFromStart),
                   m_animationFromEnd + t * (m_animationToEnd - m_animationFromEnd));
    });

    // Another data language: the same events with other labels (docs/format.md, Translations).
    connect(&m_document, &Document::dataLanguageChanged, this, [this] {
        m_renderer.setDisplayText(m_document.text());
        markStale();
    });
    connect(&m_document, &Document::datasetReset, this, [this] {
        m_animation->stop();
        ensureIndex(); // once, whatever reset signals came before
        showOpeningWindow();
    });
    connect(&m_document, &Document::currentEventChanged, this,
            &TimelineView::onCurrentEventChanged);
    // The index is shared with the presentation, the export and the handout; it follows edits
    // and the filter by itself, and says what changed. Edits mark it stale before the rows
    // change, so that nothing (a repaint, a hit test) reads event numbers that no longer mean
    // the same events.
    connect(&m_shared, &SharedEventIndex::invalidated, this, &TimelineView::markStale);
    connect(&m_shared, &SharedEventIndex::rebuilt, this, &TimelineView::onIndexRebuilt);
    connect(&m_shared, &SharedEventIndex::eventsUpdated, this, &TimelineView::onEventsUpdated);
    connect(&m_shared, &SharedEventIndex::refiltered, this, &TimelineView::onRefiltered);
    onIndexRebuilt();
    showOpeningWindow();
    m_state.currentEvent = m_document.currentEvent();
}

TimelineView::~TimelineView() = default;

void TimelineView::onIndexRebuilt()
{
    const EventIndex &index = shownIndex();
    m_renderer.setData(&m_document.dataset(), &index);
    m_renderer.setDisplayText(m_document.text());
    updateWarp();
    if (m_state.hoveredEvent >= 0 && !index.isVisible(m_state.hoveredEvent))
        m_state.hoveredEvent = -1;
    updateLimits();
    markStale();
}

void TimelineView::ensureIndex()
{
    m_shared.current(); // rebuilds when stale, and onIndexRebuilt() follows
}

const EventIndex &TimelineView::index()
{
    return m_shared.current();
}

void TimelineView::onEventsUpdated()
{
    m_renderer.setData(&m_document.dataset(), &shownIndex()); // titles may have changed
    updateLimits();
    updateWarp();
    markStale();
}

void TimelineView::onRefiltered()
{
    if (m_state.hoveredEvent >= 0 && !shownIndex().isVisible(m_state.hoveredEvent))
        m_state.hoveredEvent = -1;
    updateWarp();
    markStale();
    // Repaint now rather than at the next idle moment: typing in the filter should feel direct.
    repaint();
}

void TimelineView::markStale()
{
    m_frameStale = true;
    update();
}

RenderOptions TimelineView::renderOptions() const
{
    RenderOptions options;
    options.theme = theme();
    options.font = font();
    options.locale = locale();
    options.showRelationArcs = m_showArcs;
    options.showLegend = m_showLegend;
    return options;
}

TimelineTheme TimelineView::theme() const
{
    if (m_highContrast)
        return TimelineTheme::HighContrast;
    // Follow the system: a dark window colour means a dark theme.
    return palette().color(QPalette::Window).lightness() < 128 ? TimelineTheme::Dark
                                                               : TimelineTheme::Light;
}

void TimelineView::setHighContrast(bool on)
{
    if (m_highContrast == on)
        return;
    m_highContrast = on;
    markStale();
}

void TimelineView::setShowRelationArcs(bool on)
{
    if (m_showArcs == on)
        return;
    m_showArcs = on;
    markStale();
}

void TimelineView::setFocusScale(bool on)
{
    if (m_focusScale == on)
        return;
    m_focusScale = on;
    ensureIndex();
    updateWarp();
    // "Fit all" stays fitted on the new scale; otherwise the visible dates stay.
    if (m_fit == Fit::All)
        fitAll();
    markStale();
}

void TimelineView::updateWarp()
{
    // Built from the visible events, as the export builds it, so both draw the same breaks.
    m_state.warp = m_focusScale
                       ? std::make_shared<const FocusWarp>(FocusWarp::fromIndex(shownIndex()))
                       : nullptr;
    m_scale.setWarp(m_state.warp);
    m_state.startDay = m_scale.startDay();
    m_state.endDay = m_scale.endDay();
}

void TimelineView::setShowLegend(bool on)
{
    if (m_showLegend == on)
        return;
    m_showLegend = on;
    markStale();
    updateScaleWidth();
}

void TimelineView::setLaneCollapsed(int lane, bool collapsed)
{
    if (lane < 0)
        return;
    if (lane >= int(m_state.collapsedLanes.size()))
        m_state.collapsedLanes.resize(std::size_t(lane) + 1, false);
    m_state.collapsedLanes[std::size_t(lane)] = collapsed;
    markStale();
}

QRectF TimelineView::timelineRect() const
{
    return QRectF(0, 0, width(), std::max(0.0, height() - OverviewHeight));
}

QRectF TimelineView::overviewRect() const
{
    return QRectF(0, std::max(0.0, height() - OverviewHeight), width(), OverviewHeight);
}

QRectF TimelineView::plotRect()
{
    ensureIndex();
    const TimelineFrame &last = m_renderer.lastFrame();
    if (!m_frameStale && last.target == timelineRect())
        return last.plot;
    return m_renderer.plotRect(timelineRect(), renderOptions());
}

void TimelineView::updateScaleWidth()
{
    const double start = m_scale.startDay(), end = m_scale.endDay();
    m_scale.setWidth(plotRect().width());
    m_scale.setRange(start, end);
}

void TimelineView::updateLimits()
{
    // Room to scroll a generous margin past the data, and never closer than a few days: the
    // finest date Anchorline knows is a day.
    const auto [from, to] = m_renderer.overviewRange();
    const double extra = std::max(3650.0, (to - from) * 0.5);
    m_scale.setLimits(from - extra, to + extra, 3, (to - from) + 2 * extra);
}

const TimelineFrame &TimelineView::frame()
{
    ensureIndex();
    if (m_frameStale || m_renderer.lastFrame().target != timelineRect()) {
        // Hit-testing before the first paint (or right after a change) needs the layout that
        // the next paint will produce: render it once off-screen.
        QImage scratch(std::max(1, width()), std::max(1, height()),
                       QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&scratch);
        m_renderer.render(painter, timelineRect(), m_state, renderOptions());
        m_frameStale = false;
    }
    return m_renderer.lastFrame();
}

int TimelineView::eventAt(const QPointF &position)
{
    return frame().eventAt(position);
}

double TimelineView::dayAtX(double x)
{
    return m_scale.xToDay(x - plotRect().left());
}

double TimelineView::xForDay(double day)
{
    return plotRect().left() + m_scale.dayToX(day);
}

void TimelineView::applyRange(double startDay, double endDay)
{
    const double oldStart = m_scale.startDay(), oldEnd = m_scale.endDay();
    m_fit = Fit::None;
    m_scale.setRange(startDay, endDay);
    m_state.startDay = m_scale.startDay();
    m_state.endDay = m_scale.endDay();
    markStale();
    if (oldStart != m_scale.startDay() || oldEnd != m_scale.endDay())
        emit visibleRangeChanged(m_state.startDay, m_state.endDay);
}

void TimelineView::setVisibleRange(double startDay, double endDay)
{
    m_animation->stop();
    applyRange(startDay, endDay);
}

// [first, last]: inclusive days, as TimeScale::fit() takes them.
void TimelineView::fitRange(double first, double last, double margin, bool labelRoom)
{
    TimeScale fitted = m_scale;
    fitted.fit(first, last, margin);
    // Labels run to the right of their markers: leave room for the last ones, unless there are
    // so many events that the lanes will show density rather than labels.
    const double perLane =
        double(shownIndex().visibleCount()) / std::max(1, shownIndex().laneCount());
    const double room =
        !labelRoom || perLane > m_scale.width() / 3 ? 0.0 : std::min(160.0, m_scale.width() * 0.15);
    // (The day at that x: the same as stretching the span on the linear scale, and right on
    // the focus scale, where days and pixels are not proportional.)
    const double end = fitted.xToDay(m_scale.width() * m_scale.width() / (m_scale.width() - room));
    applyRange(fitted.startDay(), end);
}

void TimelineView::fitAll()
{
    m_animation->stop();
    ensureIndex();
    updateScaleWidth();
    DayNumber first = 0, last = 0;
    if (!shownIndex().visibleRange(first, last)) {
        // Nothing to show: a year around today.
        const QDate today = QDate::currentDate();
        first = daysFromCivil(today.year(), 1, 1);
        last = first + 365;
    }
    fitRange(first, last, 0.04, true);
    m_fit = Fit::All;
}

void TimelineView::showOpeningWindow()
{
    m_animation->stop();
    ensureIndex();
    updateScaleWidth();
    const Dataset &data = m_document.dataset();
    const auto window = openingWindow(data, shownIndex());
    if (!window) {
        fitAll();
        return;
    }
    // The author's own window is shown as written; the computed one leaves room for labels.
    fitRange(window->start, window->end - 1, 0.0, !data.defaultWindow.has_value());
    m_fit = Fit::Opening;
}

void TimelineView::zoomBy(double factor, std::optional<double> anchorX)
{
    m_animation->stop();
    updateScaleWidth();
    const QRectF plot = plotRect();
    const double x = anchorX ? *anchorX - plot.left() : plot.width() / 2;
    TimeScale zoomed = m_scale;
    zoomed.zoomAround(std::clamp(x, 0.0, plot.width()), factor);
    applyRange(zoomed.startDay(), zoomed.endDay());
}

void TimelineView::panByPixels(double dx)
{
    m_animation->stop();
    TimeScale panned = m_scale;
    panned.panPixels(dx);
    applyRange(panned.startDay(), panned.endDay());
}

bool TimelineView::isAnimating() const
{
    return m_animation && m_animation->state() == QAbstractAnimation::Running;
}

void TimelineView::animateTo(double startDay, double endDay)
{
    TimeScale target = m_scale;
    target.setRange(startDay, endDay);
    m_animation->stop();
    m_animationFromStart = m_scale.startDay();
    m_animationFromEnd = m_scale.endDay();
    m_animationToStart = target.startDay();
    m_animationToEnd = target.endDay();
    // Large jumps still take 250 ms: the eye follows the motion, not the distance.
    m_animation->start();
}

void TimelineView::revealEvent(int eventIndex, bool animated)
{
    ensureIndex();
    if (!shownIndex().isIndexed(eventIndex) || !shownIndex().isVisible(eventIndex))
        return;
    const int lane = shownIndex().laneOf(eventIndex);
    // A collapsed lane draws density only: the event could not be seen in it.
    if (isLaneCollapsed(lane))
        setLaneCollapsed(lane, false);
    updateScaleWidth();
    const double width = std::max(1.0, m_scale.width());
    const double first = shownIndex().earliestOf(eventIndex);
    const double last = double(shownIndex().latestOf(eventIndex)) + 1;
    // The label runs right of the marker: the window must hold its width too (measured as the
    // renderer measures it, capped so that a long title cannot ask for more than the plot).
    const QString title =
        m_document.text().title(m_document.dataset().events[std::size_t(eventIndex)]);
    const QFontMetricsF metrics(font());
    const double labelPixels =
        std::min({metrics.horizontalAdvance(title), metrics.averageCharWidth() * 34, width * 0.6});
    const auto fitsIn = [&](double start, double span) {
        const double daysPerPixel = span / width;
        return first >= start + 24 * daysPerPixel &&
               first + (labelPixels + 12) * daysPerPixel <= start + span;
    };
    // Zoom in while the lane would draw density here rather than single events.
    const RenderOptions options = renderOptions();
    const int perLane =
        options.maxEventsPerLane > 0 ? options.maxEventsPerLane : std::max(40, int(width / 3));
    double span = m_scale.span();
    const double centre = (first + std::min(last, first + span)) / 2;
    const double oldSpan = span;
    // (The renderer also counts events a label's width before the window: so do we.)
    const auto crowded = [&](double days) {
        const double lead = 320 * days / width;
        return shownIndex().countStarts(lane, centre - days / 2 - lead, centre + days / 2 + 1) >
               perLane;
    };
    while (span > 60 && crowded(span))
        span /= 2;
    const bool zoom = span < oldSpan;
    // Already in sight with its label (which may sit before the marker near the right edge):
    // stay.
    if (!zoom && (fitsIn(m_scale.startDay(), span) || isLabelShown(eventIndex)))
        return;
    double start = 0;
    if (last - first + labelPixels * span / width < span * 0.8) {
        // The event and its label fit: centre them.
        start = (first + std::max(last, first + labelPixels * span / width)) / 2 - span / 2;
    } else {
        start = first - span * 0.1; // a long range: show where it begins
    }
    if (animated)
        animateTo(start, start + span);
    else
        setVisibleRange(start, start + span);
}

bool TimelineView::isLabelShown(int eventIndex)
{
    const TimelineFrame &shown = frame();
    for (const TimelineFrame::Hit &hit : shown.hits) {
        if (hit.event != eventIndex)
            continue;
        // The hit area of a labelled event spans its label, cut to what is in view: a label
        // wholly inside it is wholly drawn.
        for (const QRectF &label : shown.labels) {
            if (std::abs(label.center().y() - hit.rect.center().y()) < label.height() / 2 &&
                label.left() >= hit.rect.left() - 1 && label.right() <= hit.rect.right() + 1 &&
                label.width() > 0)
                return true;
        }
    }
    return false;
}

void TimelineView::zoomToEvent(int eventIndex)
{
    ensureIndex();
    if (!shownIndex().isIndexed(eventIndex))
        return;
    updateScaleWidth();
    TimeScale target = m_scale;
    const double first = shownIndex().earliestOf(eventIndex);
    const double last = shownIndex().latestOf(eventIndex);
    // Some context around the event: at least a month either side.
    target.fit(first - 30, last + 30, 0.25);
    animateTo(target.startDay(), target.endDay());
}

void TimelineView::selectEvent(int eventIndex)
{
    {
        // The document echoes the change back through currentEventChanged; this view already
        // knows, so the echo must not trigger a second scroll.
        const QScopedValueRollback guard(m_selecting, true);
        m_document.setCurrentEvent(eventIndex);
    }
    m_state.currentEvent = m_document.currentEvent();
    markStale();
}

void TimelineView::onCurrentEventChanged(int eventIndex)
{
    m_state.currentEvent = eventIndex;
    markStale();
    if (eventIndex >= 0 && eventIndex < int(m_document.dataset().events.size())) {
        const Event &event = m_document.dataset().events[std::size_t(eventIndex)];
        // Screen readers hear the selection change (QAccessible::DescriptionChanged).
        setAccessibleDescription(
            tr("Selected: %1, %2").arg(m_document.text().title(event), event.date));
    }
    if (!m_selecting)
        revealEvent(eventIndex, true);
}

void TimelineView::stepEvent(bool forward)
{
    ensureIndex();
    const int current = m_state.currentEvent;
    int target = -1;
    if (current >= 0 && shownIndex().isVisible(current))
        target =
            forward ? shownIndex().nextVisible(current) : shownIndex().previousVisible(current);
    else
        target = forward ? shownIndex().firstVisibleFrom(m_scale.startDay())
                         : shownIndex().lastVisibleBefore(m_scale.endDay());
    if (target < 0)
        return;
    selectEvent(target);
    revealEvent(target, true);
}

void TimelineView::setHovered(int eventIndex)
{
    if (m_state.hoveredEvent == eventIndex)
        return;
    m_state.hoveredEvent = eventIndex;
    setCursor(eventIndex >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    markStale();
}

QString TimelineView::toolTipText(int eventIndex) const
{
    const Dataset &data = m_document.dataset();
    if (eventIndex < 0 || eventIndex >= int(data.events.size()))
        return {};
    const Event &event = data.events[std::size_t(eventIndex)];
    QStringList lines;
    lines << m_document.text().title(event);
    QStringList qualities;
    qualities << tr("precision: %1").arg(precisionDisplayName(event.parsed.precision()));
    if (event.parsed.isApproximate())
        qualities << tr("approximate");
    if (event.parsed.isUncertain())
        qualities << tr("uncertain");
    if (event.parsed.hasOpenEnd())
        qualities << tr("still going");
    if (event.parsed.hasOpenStart())
        qualities << tr("start unknown");
    lines << tr("%1 (%2; %3)")
                 .arg(event.date, event.parsed.toDisplayString(locale()),
                      qualities.join(QStringLiteral(", ")));
    QStringList sources;
    for (const Anchor &anchor : event.evidence) {
        const int s = data.indexOfSource(anchor.source);
        const QString reference =
            s >= 0 ? data.sources[std::size_t(s)].shortReference() : anchor.source;
        if (!sources.contains(reference))
            sources << reference;
    }
    if (!sources.isEmpty())
        lines << tr("Sources: %1").arg(sources.join(QStringLiteral("; ")));
    for (const DateClaim &claim : event.dateClaims) {
        const int s = data.indexOfSource(claim.source);
        const QString by = s >= 0 ? data.sources[std::size_t(s)].shortReference() : claim.source;
        lines << (by.isEmpty() ? tr("Other date given: %1").arg(claim.date)
                               : tr("Other date given: %1 (%2)").arg(claim.date, by));
    }
    return lines.join(QLatin1Char('\n'));
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = eventAt(help->pos());
        QString text;
        const int header = hit >= 0 ? -1 : frame().laneHeaderAt(help->pos());
        if (hit >= 0) {
            text = toolTipText(hit);
        } else if (header >= 0) {
            // The two counts, and why they differ.
            text = m_renderer.laneCountLines(header).join(QLatin1Char('\n'));
            if (header < int(m_document.dataset().actors.size()))
                text += QLatin1Char('\n') +
                        tr("A lane holds the events whose first actor is %1; the Search "
                           "panel's actor filter counts every event that lists %1.")
                            .arg(m_renderer.laneName(header));
        } else if (plotRect().contains(help->pos())) {
            // Over a density strip: how many events the hovered columns hold.
            const int lane = frame().laneAt(help->pos());
            const TimelineFrame::Lane *box = frame().findLane(lane);
            if (box && (box->aggregated || box->collapsed)) {
                const double from = dayAtX(help->pos().x() - 4);
                const double to = dayAtX(help->pos().x() + 4);
                const int n = shownIndex().countStarts(lane, from, to);
                if (n > 0) {
                    text = tr("%n event(s) around %1 — zoom in to see them", nullptr, n)
                               .arg(dayDisplayString(DayNumber(std::floor((from + to) / 2)),
                                                     locale()));
                }
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        return true;
    }
    case QEvent::Gesture: {
        // Touchscreens: a pinch zooms around the fingers.
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged &&
                pinch->scaleFactor() > 0)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()).x());
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            fitAll();
            return true;
        }
        break;
    }
    case QEvent::ShortcutOverride: {
        // Keys the timeline uses itself win over window shortcuts while it has focus.
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Minus:
        case Qt::Key_Equal:
        case Qt::Key_0:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_Left:
        case Qt::Key_Right:
            if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

bool TimelineView::focusNextPrevChild(bool next)
{
    // Tab steps through events (keyPressEvent); Ctrl+Tab leaves, see keyPressEvent.
    Q_UNUSED(next);
    return false;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    ensureIndex();
    QPainter painter(this);
    const RenderOptions options = renderOptions();
    if (std::abs(m_scale.width() - plotRect().width()) > 0.5)
        updateScaleWidth();
    m_renderer.render(painter, timelineRect(), m_state, options);
    m_frameStale = false;
    m_renderer.renderOverview(painter, overviewRect(), m_state, options);
    if (hasFocus()) {
        // A quiet focus ring, so keyboard users know where their keys go.
        const TimelinePalette pal = TimelinePalette::forTheme(options.theme);
        painter.setPen(QPen(pal.selection, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_frameStale = true;
    // "Fit all" holds until the user navigates; after that resizing keeps the visible dates
    // and only the pixels per day change.
    if (m_fit == Fit::All) {
        fitAll();
        return;
    }
    if (m_fit == Fit::Opening) {
        showOpeningWindow();
        return;
    }
    updateScaleWidth();
    m_state.startDay = m_scale.startDay();
    m_state.endDay = m_scale.endDay();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const bool horizontal =
        std::abs(angle.x()) > std::abs(angle.y()) || (event->modifiers() & Qt::ShiftModifier);
    if (horizontal) {
        const double dx =
            !pixels.isNull() ? -pixels.x() : -(angle.x() ? angle.x() : angle.y()) / 2.0;
        panByPixels(dx);
    } else if (angle.y() != 0) {
        // 120 units (one notch) zoom by 20%; touchpads send smaller steps and zoom smoothly.
        zoomBy(std::pow(1.2, angle.y() / 120.0), event->position().x());
    }
    event->accept();
}

double TimelineView::overviewDayAtX(double x)
{
    const QRectF plot = m_renderer.overviewPlotRect(overviewRect());
    return m_renderer.overviewScale(plot.width(), m_state).xToDay(x - plot.left());
}

void TimelineView::moveOverviewWindow(double x)
{
    TimeScale moved = m_scale;
    moved.centerOn(overviewDayAtX(x - m_overviewGrabOffset));
    m_animation->stop();
    applyRange(moved.startDay(), moved.endDay());
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    if (overviewRect().contains(pos)) {
        const double day = overviewDayAtX(pos.x());
        // Grabbing the window keeps the grab point; clicking elsewhere jumps there.
        const bool onWindow = day >= m_scale.startDay() && day <= m_scale.endDay();
        const QRectF overviewPlot = m_renderer.overviewPlotRect(overviewRect());
        const double centreX =
            overviewPlot.left() +
            m_renderer.overviewScale(overviewPlot.width(), m_state).dayToX(m_scale.centerDay());
        m_overviewGrabOffset = onWindow ? pos.x() - centreX : 0;
        m_overviewDragging = true;
        moveOverviewWindow(pos.x());
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    const int lane = frame().laneHeaderAt(pos);
    if (lane >= 0) {
        setLaneCollapsed(lane, !isLaneCollapsed(lane));
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = pos;
    m_pressStartDay = m_scale.startDay();
    m_pressEndDay = m_scale.endDay();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_overviewDragging) {
        moveOverviewWindow(pos.x());
        return;
    }
    if (m_pressed) {
        if (!m_dragging &&
            (pos - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            m_animation->stop();
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            // The day under the cursor at the press stays under the cursor.
            TimeScale dragged = m_scale;
            dragged.setRange(m_pressStartDay, m_pressEndDay);
            dragged.panPixels(m_pressPosition.x() - pos.x());
            applyRange(dragged.startDay(), dragged.endDay());
        }
        return;
    }
    setHovered(timelineRect().contains(pos) ? eventAt(pos) : -1);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_overviewDragging) {
        m_overviewDragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    const bool click = m_pressed && !m_dragging;
    m_pressed = false;
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    if (!click)
        return;
    const int hit = eventAt(event->position());
    if (hit >= 0)
        selectEvent(hit);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || overviewRect().contains(event->position()))
        return;
    const int hit = eventAt(event->position());
    if (hit >= 0) {
        selectEvent(hit);
        zoomToEvent(hit);
    } else if (plotRect().contains(event->position())) {
        zoomBy(2.0, event->position().x());
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const double width = plotRect().width();
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels(-width * (shift ? 0.5 : 0.1));
        break;
    case Qt::Key_Right:
        panByPixels(width * (shift ? 0.5 : 0.1));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(ZoomStep);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / ZoomStep);
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const int target =
            event->key() == Qt::Key_Home ? shownIndex().firstVisible() : shownIndex().lastVisible();
        if (target >= 0) {
            selectEvent(target);
            revealEvent(target, true);
        }
        break;
    }
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (control) {
            // Ctrl+Tab leaves the timeline: Tab itself belongs to stepping through events.
            QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab && !shift);
            break;
        }
        stepEvent(event->key() == Qt::Key_Tab && !shift);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_state.currentEvent >= 0)
            zoomToEvent(m_state.currentEvent);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        // The theme follows the palette; fonts and locale change labels and layout.
        m_renderer.invalidateLabels();
        markStale();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace Anchorline::Views
