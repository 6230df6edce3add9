#include "presentation/presentationwindow.h"

#include "core/dataset.h"
#include "document/document.h"
#include "index/eventindex.h"
#include "index/sharedeventindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "layout/focuswarp.h"
#include "timeline/timelinerenderer.h"
#include "tours/tourplayer.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEasingCurve>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QScreen>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

constexpr int AnimationMs = 400;
constexpr double NotePixels = 18; // the note's pixel size at scale 1
// The timeline's labels grow with the text (Ctrl+1/2/3), a little slower, since they must
// leave room for the lanes: 16.5, 21 and 30 px at 1.5x, 2x and 3x.
constexpr double TimelinePixels = 12; // the timeline's base font at scale 1
constexpr double TimelineGrowth = 0.75;
constexpr double CaptionShare = 0.52; // the text never takes more of the height than this

struct Look
{
    QColor background;
    QColor text;
    QColor muted;
    QColor accent;
    QColor track;
};

Look lookFor(bool highContrast)
{
    if (highContrast)
        return {QColor(0, 0, 0), QColor(0xff, 0xff, 0xff), QColor(0xe6, 0xe6, 0xe6),
                QColor(0xff, 0xff, 0x00), QColor(0x40, 0x40, 0x40)};
    return {QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x23, 0x30), QColor(0x4b, 0x55, 0x63),
            QColor(0x1a, 0x5f, 0xd8), QColor(0xe3, 0xe6, 0xeb)};
}

QFont pixelFont(const QFont &base, double pixels, bool bold = false, bool italic = false)
{
    QFont font = base;
    font.setPixelSize(std::max(8, int(std::lround(pixels))));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

int wrappedHeight(const QString &text, const QFont &font, int width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetrics fm(font);
    return fm.boundingRect(QRect(0, 0, std::max(1, width), 1 << 20), Qt::TextWordWrap, text)
        .height();
}

QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // data is never markup
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::NoFocus);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

// The timeline of the presentation: the shared renderer painting directly, with an overview
// strip under it. It takes no input; the window steps.
class PresentationTimeline final : public QWidget
{
    // No Q_OBJECT: without this, tr() would look the text up under "QWidget", not this class.
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Views::PresentationTimeline)

public:
    PresentationTimeline(const Document &document, const EventFilterProxy &filter, QWidget *parent)
        : QWidget(parent)
        , m_document(document)
        , m_filter(filter)
        , m_shared(filter.sharedIndex())
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFocusPolicy(Qt::NoFocus);
        setAccessibleName(tr("Timeline"));
        rebuild();
    }

    // The shared index is current again (rebuilt, edited or refiltered): draw from it.
    void rebuild()
    {
        m_shared.current();
        refilter();
    }
    void refilter()
    {
        // The event on show stays visible even when the filter would hide it. That is another
        // filter state than the main window's, so only then is the index this window's own: a
        // copy of the shared one (no sorting), refiltered.
        const EventIndex &shared = m_shared.current();
        if (m_keep >= 0 && shared.isIndexed(m_keep) && !shared.isVisible(m_keep)) {
            m_own = shared.clone();
            m_own->refilter([this](int e) { return e == m_keep || m_filter.acceptsEvent(e); });
        } else {
            m_own.reset();
        }
        m_renderer.setData(&m_document.dataset(), &index());
        m_renderer.setDisplayText(m_document.text());
        // The same rule as the main timeline, over the events on show.
        m_state.warp =
            m_focus ? std::make_shared<const FocusWarp>(FocusWarp::fromIndex(index())) : nullptr;
        update();
    }
    // The index drawn, as last made current (rebuild() and refilter() keep it so).
    const EventIndex &index() const { return m_own ? *m_own : m_shared.latest(); }
    void setFocusScale(bool on)
    {
        m_focus = on;
        refilter();
    }
    bool isFocusScale() const { return m_focus; }

    void setKeep(int event)
    {
        if (event == m_keep)
            return;
        m_keep = event;
        refilter();
    }
    void setCurrentEvent(int event)
    {
        m_state.currentEvent = event;
        update();
    }
    void setRange(double startDay, double endDay)
    {
        m_state.startDay = startDay;
        m_state.endDay = std::max(endDay, startDay + 1);
        update();
    }
    double startDay() const { return m_state.startDay; }
    double endDay() const { return m_state.endDay; }
    void setLook(TimelineTheme theme, double scale)
    {
        m_theme = theme;
        m_scale = scale;
        m_renderer.invalidateLabels();
        update();
    }
    // Lanes to show, and how many events each has in the window they were chosen for.
    void setLanes(std::vector<int> lanes, double startDay, double endDay)
    {
        m_lanes = std::move(lanes);
        m_laneWeights.assign(std::size_t(index().laneCount()), 0);
        std::vector<int> found;
        for (int lane : m_lanes) {
            found.clear();
            index().query(lane, startDay, endDay, found);
            m_laneWeights[std::size_t(lane)] = int(found.size());
        }
        update();
    }
    void setSpotlight(const std::vector<std::uint8_t> *spotlight)
    {
        m_spotlight = spotlight;
        update();
    }
    // The step's event and its related events (Dataset::events order, 1 = part of the step):
    // their lanes are never left out to make room, and their labels come first and in full.
    void setStepEvents(std::vector<std::uint8_t> events)
    {
        m_stepEvents = std::move(events);
        m_stepLanes.assign(std::size_t(std::max(0, index().laneCount())), false);
        for (std::size_t e = 0; e < m_stepEvents.size(); ++e) {
            const int lane = m_stepEvents[e] ? index().laneOf(int(e)) : -1;
            if (lane >= 0 && lane < int(m_stepLanes.size()))
                m_stepLanes[std::size_t(lane)] = true;
        }
        // The renderer labels these first and in full, before any other event.
        m_state.emphasized.clear();
        for (std::size_t e = 0; e < m_stepEvents.size(); ++e)
            if (m_stepEvents[e])
                m_state.emphasized.push_back(int(e));
        update();
    }
    double labelPixels() const { return TimelinePixels * (1 + (m_scale - 1) * TimelineGrowth); }
    const TimelineFrame &lastFrame() const { return m_renderer.lastFrame(); }
    // The window [startDay, endDay), slid (never zoomed) so that `event`'s whole title fits
    // beside it: a tour's window may put the step's event where its label has no room.
    std::pair<double, double> withRoomForTitle(int event, double startDay, double endDay) const
    {
        const QRectF plot = m_renderer.lastFrame().plot;
        if (event < 0 || !index().isIndexed(event) || plot.width() <= 0 || endDay <= startDay)
            return {startDay, endDay};
        const double perDay = plot.width() / (endDay - startDay);
        const double label = QFontMetricsF(pixelFont(font(), labelPixels()))
                                 .horizontalAdvance(m_document.text().title(
                                     m_document.dataset().events[std::size_t(event)])) +
                             24; // the marker, its claims diamond and the gaps
        const double first = index().earliestOf(event), last = index().latestOf(event);
        // Where the label may go: after the event, before it, or (the event on show only) over
        // its own whisker from the marker in its middle, to either side.
        const double start = (first - startDay) * perDay, end = (last - startDay) * perDay;
        const double middle = (start + end) / 2;
        if (end + label <= plot.width() || start - label >= 0 || middle + label <= plot.width() ||
            middle - label >= 0 || label >= plot.width() - 8)
            return {startDay, endDay};
        // Slide later until the title ends at the plot's right edge after the marker.
        const double shift = (middle + label - plot.width()) / perDay;
        return {startDay + shift, endDay + shift};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        RenderOptions options;
        options.theme = m_theme;
        options.font = pixelFont(font(), labelPixels());
        options.locale = locale();
        options.spotlight = m_spotlight;
        options.lanes = m_lanes;
        // The overview strip needs room for its year labels, not for the label font twice over.
        const double overview =
            std::round(std::max(36.0, QFontMetricsF(options.font).height() * 1.6));
        const QRectF all(rect());
        const QRectF top(all.left(), all.top(), all.width(), all.height() - overview);
        // A lane cut off at the bottom reads as a mistake: leave out the lanes with the fewest
        // events in the window (never the step's) until the rest fit.
        for (;;) {
            const TimelineFrame &frame = m_renderer.render(painter, top, m_state, options);
            if (options.lanes.size() <= 1 || frame.lanes.empty() ||
                frame.lanes.back().rect.bottom() <= top.bottom() + 0.5)
                break;
            auto fewest = options.lanes.end();
            for (auto it = options.lanes.begin(); it != options.lanes.end(); ++it) {
                if (*it != index().laneOf(m_keep) && !isStepLane(*it) &&
                    (fewest == options.lanes.end() || laneWeight(*it) < laneWeight(*fewest)))
                    fewest = it;
            }
            if (fewest == options.lanes.end())
                break;
            options.lanes.erase(fewest);
        }
        m_renderer.renderOverview(painter, QRectF(all.left(), top.bottom(), all.width(), overview),
                                  m_state, options);
    }

private:
    const Document &m_document;
    const EventFilterProxy &m_filter;
    SharedEventIndex &m_shared;
    std::shared_ptr<EventIndex> m_own; // only while the filter hides the event on show
    TimelineRenderer m_renderer;
    TimelineViewState m_state;
    TimelineTheme m_theme = TimelineTheme::Light;
    bool m_focus = false;
    const std::vector<std::uint8_t> *m_spotlight = nullptr;
    bool isStepLane(int lane) const
    {
        return lane >= 0 && lane < int(m_stepLanes.size()) && m_stepLanes[std::size_t(lane)];
    }
    int laneWeight(int lane) const
    {
        return lane >= 0 && lane < int(m_laneWeights.size()) ? m_laneWeights[std::size_t(lane)] : 0;
    }

    std::vector<int> m_lanes; // empty: every lane
    std::vector<int> m_laneWeights;
    std::vector<std::uint8_t> m_stepEvents;
    std::vector<bool> m_stepLanes;
    double m_scale = 1.5;
    int m_keep = -1;
};

PresentationWindow::PresentationWindow(Document &document, EventFilterProxy &filter,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_filter(filter)
    , m_player(std::make_unique<TourPlayer>())
{
    setWindowTitle(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    m_timeline = new PresentationTimeline(document, filter, this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setFocusPolicy(Qt::NoFocus);
    m_caption = new QWidget(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_title = makeLabel(m_caption, "title");
    m_step = makeLabel(m_caption, "step");
    m_step->setWordWrap(false);
    m_step->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_note = makeLabel(m_caption, "note");
    m_passage = makeLabel(m_caption, "passage");
    // The hint wraps rather than widen the window past the screen at large type (a label that
    // does not wrap asks for its whole text's width, and a full-screen window then grows).
    m_hint = makeLabel(m_caption, "hint");

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_step, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout(m_caption);
    text->addLayout(header);
    text->addWidget(m_note);
    text->addWidget(m_passage);
    text->addStretch(1);
    text->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_caption);

    m_animation = new QVariantAnimation(this);
    m_animation->setDuration(AnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        // Zoom in log space and pan the centre: the motion reads as one camera move.
        const double t = value.toDouble();
        const double fromSpan = std::max(1.0, m_fromEnd - m_fromStart);
        const double toSpan = std::max(1.0, m_toEnd - m_toStart);
        const double span = std::exp(std::log(fromSpan) + t * (std::log(toSpan / fromSpan)));
        const double fromCentre = (m_fromStart + m_fromEnd) / 2;
        const double centre = fromCentre + t * ((m_toStart + m_toEnd) / 2 - fromCentre);
        m_timeline->setRange(centre - span / 2, centre + span / 2);
    });
    connect(m_animation, &QVariantAnimation::finished, this,
            [this] { m_timeline->setRange(m_toStart, m_toEnd); });

    connect(m_player.get(), &TourPlayer::stepChanged, this, &PresentationWindow::onStepChanged);
    connect(&m_document, &Document::currentEventChanged, this,
            &PresentationWindow::onCurrentEventChanged);
    connect(&m_document, &Document::datasetReset, this, [this] {
        m_animation->stop();
        reloadTour();
    });
    // The index is the main window's (SharedEventIndex): it is rebuilt, edited and refiltered
    // once, there, and this window only redraws.
    SharedEventIndex &shared = filter.sharedIndex();
    connect(&m_document, &Document::contentChanged, this, [this, &shared] {
        shared.current(); // an edit that added or removed events: rebuilt now, before the tour
        reloadTour();
    });
    for (auto changed : {&SharedEventIndex::rebuilt, &SharedEventIndex::eventsUpdated,
                         &SharedEventIndex::refiltered})
        connect(&shared, changed, m_timeline, [this] { m_timeline->rebuild(); });

    applyLook();
    // Nothing is selected until a tour is set or the window is presented.
    const auto [first, last] = m_document.dataset().dateRange();
    m_timeline->setRange(double(first), double(last) + 1);
    updateTexts();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::present()
{
    if (m_event < 0 && m_tourId.isEmpty())
        setTour(-1);
    if (QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr) {
        if (QScreen *screen = owner->screen())
            setScreen(screen);
    }
    // Without a window manager (a bare X server, some kiosks) full screen is only a request:
    // cover the screen anyway.
    if (QScreen *screen = this->screen())
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
}

int PresentationWindow::tourIndex() const
{
    if (m_tourId.isEmpty())
        return -1;
    const auto &tours = m_document.dataset().tours;
    for (std::size_t i = 0; i < tours.size(); ++i) {
        if (tours[i].id == m_tourId)
            return int(i);
    }
    return -1;
}

int PresentationWindow::currentStep() const
{
    return m_tourId.isEmpty() ? -1 : m_player->currentStep();
}

void PresentationWindow::setFocusScale(bool on)
{
    m_timeline->setFocusScale(on);
}

bool PresentationWindow::isFocusScale() const
{
    return m_timeline->isFocusScale();
}

void PresentationWindow::setTour(int tourIndex, int step)
{
    const auto &tours = m_document.dataset().tours;
    if (tourIndex >= 0 && tourIndex < int(tours.size()) &&
        !tours[std::size_t(tourIndex)].steps.empty()) {
        m_tourId = tours[std::size_t(tourIndex)].id;
        m_player->setTour(m_document.dataset(), tours[std::size_t(tourIndex)], step,
                          m_document.text());
        return;
    }
    m_tourId.clear();
    m_player->clear();
    // Free presentation: start from the current event, or the first one in time.
    int event = m_document.currentEvent();
    const EventIndex &index = m_timeline->index();
    if (!index.isIndexed(event))
        event = index.firstVisible();
    if (event < 0) {
        display(-1, m_timeline->startDay(), m_timeline->endDay());
        return;
    }
    const auto [from, to] =
        TourPlayer::paddedWindow(index.earliestOf(event), index.latestOf(event));
    display(event, from, to);
}

void PresentationWindow::reloadTour()
{
    // Edits and undo may move, change or remove the tour: follow it by id.
    const int tour = tourIndex();
    if (!m_tourId.isEmpty() && tour >= 0) {
        setTour(tour, m_player->currentStep());
        return;
    }
    setTour(-1);
}

void PresentationWindow::onStepChanged(int step)
{
    const TourPlayer::Step *s = m_player->step(step);
    if (!s)
        return;
    display(s->event, s->startDay, s->endDay);
    emit stepChanged(step);
}

void PresentationWindow::onCurrentEventChanged(int eventIndex)
{
    m_timeline->setCurrentEvent(eventIndex);
    if (m_selecting || !m_tourId.isEmpty() || eventIndex < 0 ||
        !m_timeline->index().isIndexed(eventIndex))
        return;
    // Free presentation follows a selection made elsewhere (the main window, a search).
    const EventIndex &index = m_timeline->index();
    const auto [from, to] =
        TourPlayer::paddedWindow(index.earliestOf(eventIndex), index.latestOf(eventIndex));
    display(eventIndex, from, to);
}

void PresentationWindow::display(int eventIndex, double startDay, double endDay)
{
    m_event = eventIndex;
    m_timeline->setKeep(eventIndex);
    if (eventIndex >= 0 && eventIndex != m_document.currentEvent()) {
        const QScopedValueRollback guard(m_selecting, true);
        m_document.setCurrentEvent(eventIndex);
    }
    m_timeline->setCurrentEvent(m_document.currentEvent());
    m_timeline->setLanes(
        TourPlayer::lanesInWindow(m_timeline->index(), startDay, endDay, eventIndex), startDay,
        endDay);
    m_timeline->setStepEvents(eventIndex >= 0
                                  ? TourPlayer::spotlight(m_document.dataset(), eventIndex)
                                  : std::vector<std::uint8_t>());
    updateSpotlight();
    updateTexts();
    const auto [from, to] = m_timeline->withRoomForTitle(eventIndex, startDay, endDay);
    moveTo(from, to);
}

void PresentationWindow::moveTo(double startDay, double endDay)
{
    m_animation->stop();
    m_toStart = startDay;
    m_toEnd = endDay;
    const bool same = m_timeline->startDay() == startDay && m_timeline->endDay() == endDay;
    if (!m_animationsEnabled || same || !isVisible()) {
        m_timeline->setRange(startDay, endDay);
        return;
    }
    m_fromStart = m_timeline->startDay();
    m_fromEnd = m_timeline->endDay();
    m_animation->start();
}

bool PresentationWindow::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

double PresentationWindow::visibleStart() const
{
    return m_timeline->startDay();
}

double PresentationWindow::visibleEnd() const
{
    return m_timeline->endDay();
}

void PresentationWindow::next()
{
    if (m_tourId.isEmpty())
        stepFree(1);
    else
        m_player->next();
}

void PresentationWindow::previous()
{
    if (m_tourId.isEmpty())
        stepFree(-1);
    else
        m_player->previous();
}

void PresentationWindow::first()
{
    if (m_tourId.isEmpty())
        stepFree(-2);
    else
        m_player->first();
}

void PresentationWindow::last()
{
    if (m_tourId.isEmpty())
        stepFree(2);
    else
        m_player->last();
}

void PresentationWindow::stepFree(int direction)
{
    const EventIndex &index = m_timeline->index();
    int target = -1;
    switch (direction) {
    case -2:
        target = index.firstVisible();
        break;
    case 2:
        target = index.lastVisible();
        break;
    default:
        if (index.isVisible(m_event))
            target = direction > 0 ? index.nextVisible(m_event) : index.previousVisible(m_event);
        else
            target = direction > 0 ? index.firstVisibleFrom(m_timeline->startDay())
                                   : index.lastVisibleBefore(m_timeline->endDay());
        break;
    }
    if (target < 0 || target == m_event)
        return;
    const auto [from, to] =
        TourPlayer::paddedWindow(index.earliestOf(target), index.latestOf(target));
    display(target, from, to);
}

void PresentationWindow::setAnimationsEnabled(bool on)
{
    m_animationsEnabled = on;
    if (!on && isAnimating()) {
        m_animation->stop();
        m_timeline->setRange(m_toStart, m_toEnd);
    }
}

void PresentationWindow::setScale(double scale)
{
    scale = std::clamp(scale, 1.0, 4.0);
    if (scale == m_scale)
        return;
    m_scale = scale;
    applyLook();
}

double PresentationWindow::timelineLabelPixels() const
{
    return m_timeline->labelPixels();
}

const TimelineFrame &PresentationWindow::timelineFrame() const
{
    return m_timeline->lastFrame();
}

void PresentationWindow::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    applyLook();
}

void PresentationWindow::setSpotlight(bool on)
{
    if (on == m_spotlight)
        return;
    m_spotlight = on;
    updateSpotlight();
    updateTexts(); // the hint says whether it is on
}

void PresentationWindow::updateSpotlight()
{
    if (m_spotlight)
        m_spotlightFlags = TourPlayer::spotlight(m_document.dataset(), m_event);
    else
        m_spotlightFlags.clear();
    m_timeline->setSpotlight(m_spotlightFlags.empty() ? nullptr : &m_spotlightFlags);
}

QString PresentationWindow::stepText() const
{
    if (!m_tourId.isEmpty()) {
        if (m_player->stepCount() == 0)
            return {};
        return tr("Step %1 of %2").arg(m_player->currentStep() + 1).arg(m_player->stepCount());
    }
    const EventIndex &index = m_timeline->index();
    if (!index.isVisible(m_event))
        return {};
    // The ordinal in time order; a walk, but only on a step, and cheap next to painting.
    int ordinal = 1;
    for (int e = index.firstVisible(); e >= 0 && e != m_event; e = index.nextVisible(e))
        ++ordinal;
    return tr("Event %1 of %2").arg(ordinal).arg(index.visibleCount());
}

QString PresentationWindow::titleText() const
{
    const Dataset &data = m_document.dataset();
    if (m_event < 0 || m_event >= int(data.events.size()))
        return {};
    const Event &event = data.events[std::size_t(m_event)];
    const QString date =
        event.parsed.isValid() ? event.parsed.toDisplayString(locale()) : event.date;
    const QString title = m_document.text().title(event);
    return date.isEmpty() ? title : title + QStringLiteral("  ·  ") + date;
}

QString PresentationWindow::noteText() const
{
    if (const TourPlayer::Step *step = m_tourId.isEmpty() ? nullptr : m_player->current()) {
        if (!step->note.trimmed().isEmpty())
            return step->note.trimmed();
    }
    const Dataset &data = m_document.dataset();
    if (m_event < 0 || m_event >= int(data.events.size()))
        return {};
    return m_document.text().summary(data.events[std::size_t(m_event)]).trimmed();
}

QString PresentationWindow::passageText() const
{
    const Dataset &data = m_document.dataset();
    if (m_event < 0 || m_event >= int(data.events.size()))
        return {};
    for (const Anchor &anchor : data.events[std::size_t(m_event)].evidence) {
        const QString quote = anchor.exact.simplified();
        if (quote.isEmpty())
            continue;
        const int s = data.indexOfSource(anchor.source);
        const QString reference =
            s >= 0 ? data.sources[std::size_t(s)].shortReference() : anchor.source;
        const QString quoted = QStringLiteral("\u201c") + quote + QStringLiteral("\u201d");
        return reference.isEmpty() ? quoted : quoted + QStringLiteral(" \u2014 ") + reference;
    }
    return {};
}

void PresentationWindow::updateTexts()
{
    m_title->setText(titleText());
    m_step->setText(stepText());
    m_note->setText(noteText());
    m_passage->setText(passageText());
    m_passage->setVisible(!m_passage->text().isEmpty());
    m_note->setVisible(!m_note->text().isEmpty());

    if (!m_tourId.isEmpty()) {
        m_progress->setRange(0, std::max(1, m_player->stepCount()));
        m_progress->setValue(m_player->currentStep() + 1);
    } else {
        const EventIndex &index = m_timeline->index();
        int ordinal = 0;
        for (int e = index.firstVisible(); e >= 0; e = index.nextVisible(e)) {
            ++ordinal;
            if (e == m_event)
                break;
        }
        m_progress->setRange(0, std::max(1, index.visibleCount()));
        m_progress->setValue(index.isVisible(m_event) ? ordinal : 0);
    }

    QStringList hint;
    if (!m_tourId.isEmpty())
        hint << m_player->tourTitle();
    hint << tr("\u2192 next   \u2190 back   S spotlight%1   H contrast   Ctrl+1/2/3 size   "
               "Esc leave")
                .arg(m_spotlight ? tr(" (on)") : QString());
    m_hint->setText(hint.join(QStringLiteral("   \u00b7   ")));
    setWindowTitle(m_tourId.isEmpty() ? tr("Presentation")
                                      : tr("Presentation \u2014 %1").arg(m_player->tourTitle()));
    fitText();
}

void PresentationWindow::applyLook()
{
    const Look look = lookFor(m_highContrast);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, look.background);
    pal.setColor(QPalette::WindowText, look.text);
    pal.setColor(QPalette::Base, look.track);
    pal.setColor(QPalette::Highlight, look.accent);
    setPalette(pal);
    QPalette muted = pal;
    muted.setColor(QPalette::WindowText, look.muted);
    m_passage->setPalette(muted);
    m_hint->setPalette(muted);
    m_step->setPalette(muted);
    m_progress->setPalette(pal);
    m_progress->setFixedHeight(std::max(6, int(std::lround(6 * m_scale))));
    m_timeline->setLook(m_highContrast ? TimelineTheme::HighContrast : TimelineTheme::Light,
                        m_scale);
    fitText();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitText();
}

void PresentationWindow::fitText()
{
    // Large type for the back of the room, but never cut off: when a long note does not fit in
    // its share of the screen, the caption shrinks step by step (the hint keeps its size).
    const int margin = int(std::lround(14 * m_scale));
    const int spacing = int(std::lround(6 * m_scale));
    const int width = std::max(200, this->width() - 2 * margin);
    const int budget = int(height() * CaptionShare);
    const QFont base = font();
    const QFont hintFont = pixelFont(base, std::max(13.0, 8 * m_scale));
    const int hintHeight = wrappedHeight(m_hint->text(), hintFont, width);
    double factor = 1.0;
    QFont titleFont, stepFont, noteFont, passageFont;
    int total = 0;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const double note = NotePixels * m_scale * factor;
        titleFont = pixelFont(base, note * 1.15, true);
        stepFont = pixelFont(base, note * 0.8);
        noteFont = pixelFont(base, note);
        passageFont = pixelFont(base, note * 0.85, false, true);
        const int stepWidth =
            QFontMetrics(stepFont).horizontalAdvance(m_step->text()) + spacing * 3;
        total = 2 * margin + hintHeight + spacing;
        total += std::max(wrappedHeight(m_title->text(), titleFont, width - stepWidth),
                          QFontMetrics(stepFont).height());
        if (!m_note->text().isEmpty())
            total += spacing + wrappedHeight(m_note->text(), noteFont, width);
        if (!m_passage->text().isEmpty())
            total += spacing + wrappedHeight(m_passage->text(), passageFont, width);
        if (total <= budget || height() <= 0)
            break;
        factor *= 0.92;
    }
    m_title->setFont(titleFont);
    m_step->setFont(stepFont);
    m_note->setFont(noteFont);
    m_passage->setFont(passageFont);
    m_hint->setFont(hintFont);
    if (auto *box = qobject_cast<QVBoxLayout *>(m_caption->layout())) {
        box->setContentsMargins(margin, margin, margin, margin);
        box->setSpacing(spacing);
    }
    m_caption->setFixedHeight(total + spacing);
}

bool PresentationWindow::handlesKey(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier)
        return event->key() == Qt::Key_1 || event->key() == Qt::Key_2 || event->key() == Qt::Key_3;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Escape:
    case Qt::Key_S:
    case Qt::Key_H:
        return mods == Qt::NoModifier || mods == Qt::ShiftModifier;
    default:
        return false;
    }
}

bool PresentationWindow::event(QEvent *event)
{
    // The presentation's keys win over any shortcut of the window behind it.
    if (event->type() == QEvent::ShortcutOverride && handlesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handlesKey(event)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (event->modifiers() & Qt::ControlModifier) {
        setScale(event->key() == Qt::Key_1 ? 1.5 : event->key() == Qt::Key_2 ? 2.0 : 3.0);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Space:
        shift ? previous() : next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    case Qt::Key_Escape:
        close();
        break;
    case Qt::Key_S:
        setSpotlight(!m_spotlight);
        break;
    case Qt::Key_H:
        setHighContrast(!m_highContrast);
        break;
    default:
        break;
    }
    event->accept();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (isAnimating()) {
        m_animation->stop();
        m_timeline->setRange(m_toStart, m_toEnd);
    }
    QWidget::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

} // namespace Anchorline::Views
