#include "timeline/timelinerenderer.h"

#include "core/dataset.h"
#include "index/eventindex.h"
#include "layout/timescale.h"
#include "style/cjkfont.h"
#include "style/palette.h"
#include "timeline/labeltext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

using Model::DayNumber;
using Model::EventIndex;
using Model::TickSet;
using Model::TimeScale;

namespace {

constexpr double MarkerRadius = 4.5;
constexpr double ArrowLength = 28;
constexpr double LabelGap = 8;      // between one label's end and the next item in a row
constexpr double ColumnWidth = 2;   // pixels per density column
constexpr int LabelChars = 90;      // a title longer than this many average characters is cut
constexpr int CutChars = 7;         // a label cut shorter than this many characters says nothing
constexpr double LeaderInset = 7;   // room before a leader label for the line's end
constexpr double LeaderReach = 260; // how far right of its marker a leader label may go
constexpr int LeaderRows = 4;       // and how many rows up or down
constexpr int MaxWantedRows = 40;

// Label priority: higher is labelled first, and from Key up never folds into '+N'.
enum Priority : std::uint8_t {
    PriorityLow,
    PriorityNormal,
    PriorityKey,        // strategy documents, tour steps, "priority": "high"
    PriorityRelated,    // related to the selected event
    PriorityEmphasized, // TimelineViewState::emphasized (a tour step's events)
    PrioritySelected,   // the selected event: the one the reader looks at comes first of all
};

// Rows of a lane hold sorted, disjoint extents; a few helpers keep the searches logarithmic.
using Spans = std::vector<std::pair<double, double>>;

bool spansFree(const Spans &row, double left, double right)
{
    // The first extent ending after `left` is the only one that can reach into [left, right].
    const auto it = std::upper_bound(row.begin(), row.end(), left,
                                     [](double x, const auto &span) { return x < span.second; });
    return it == row.end() || it->first >= right;
}

void spansInsert(Spans &row, double left, double right)
{
    const auto it = std::lower_bound(row.begin(), row.end(), std::make_pair(left, right));
    row.insert(it, {left, right});
}

// The leftmost x >= from where [x, x + width] keeps `gap` from every extent, or NaN if that
// is beyond `limit`.
double spansFirstFree(const Spans &row, double from, double width, double gap, double limit)
{
    double x = from;
    auto it = std::upper_bound(row.begin(), row.end(), x - gap,
                               [](double v, const auto &span) { return v < span.second; });
    for (; it != row.end(); ++it) {
        if (x > limit)
            return std::nan("");
        if (it->first >= x + width + gap)
            break;
        x = std::max(x, it->second + gap);
    }
    return x <= limit ? x : std::nan("");
}

// The rightmost x with [x, x + width] keeping `gap` from every extent and ending by `end`, or
// NaN if it would end before `limit`.
double spansLastFree(const Spans &row, double end, double width, double gap, double limit)
{
    double right = end;
    auto it = std::lower_bound(row.begin(), row.end(), right + gap,
                               [](const auto &span, double v) { return span.first < v; });
    while (it != row.begin()) {
        --it;
        if (right < limit)
            return std::nan("");
        if (it->second + gap <= right - width)
            break;
        right = std::min(right, it->first - gap);
    }
    return right >= limit ? right - width : std::nan("");
}

// Where an extent starts after `x` in a row: the room a label starting at x has.
double spansNextStart(const Spans &row, double x)
{
    const auto it = std::upper_bound(row.begin(), row.end(), x,
                                     [](double v, const auto &span) { return v < span.first; });
    return it == row.end() ? 1e300 : it->first;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Anchorline::Views::TimelineRenderer", text);
}

// Events per pixel column. On the focus scale columns cover unequal spans of days, so each is
// counted on its own: O(1) per column from the index's prefix sums.
void columnData(const EventIndex &index, int lane, const TimeScale &scale, int columns,
                std::vector<int> &counts, std::vector<int> *coverage)
{
    if (!scale.isWarped()) {
        const double dpc = ColumnWidth * scale.daysPerPixel();
        index.columnCounts(lane, scale.startDay(), dpc, columns, counts);
        if (coverage)
            index.columnCoverage(lane, scale.startDay(), dpc, columns, *coverage);
        return;
    }
    counts.assign(std::size_t(std::max(0, columns)), 0);
    if (coverage)
        coverage->assign(std::size_t(std::max(0, columns)), 0);
    double from = scale.xToDay(0);
    for (int c = 0; c < columns; ++c) {
        const double to = scale.xToDay((c + 1) * ColumnWidth);
        counts[std::size_t(c)] = index.countStarts(lane, from, to);
        if (coverage)
            (*coverage)[std::size_t(c)] = index.countActive(lane, (from + to) / 2);
        from = to;
    }
}

// The skipped span of a break, as years when it is long, otherwise as months.
QString breakText(const Model::ScaleBreak &b, const QLocale &locale)
{
    Model::Year y0 = 0, y1 = 0;
    int m0 = 0, d0 = 0, m1 = 0, d1 = 0;
    Model::civilFromDays(DayNumber(std::ceil(b.startDay)), y0, m0, d0);
    Model::civilFromDays(DayNumber(std::floor(b.endDay)) - 1, y1, m1, d1);
    const QChar dash(0x2013);
    // Deep time ("66 million years ago") in words; other years as numbers, in every language.
    auto year = [&](Model::Year y) {
        return Model::isDeepYear(y) ? Model::yearDisplayString(y, locale) : QString::number(y);
    };
    if (b.endDay - b.startDay >= 3 * 365)
        return year(y0) + dash + year(y1);
    auto month = [&](Model::Year y, int m) {
        return locale.standaloneMonthName(m, QLocale::ShortFormat) + QLatin1Char(' ') +
               QString::number(y);
    };
    return month(y0, m0) + dash + month(y1, m1);
}

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

// Lane colours come from the dataset; a black lane on a dark background would vanish, so nudge
// the lightness until markers reach a 3:1 contrast (WCAG's figure for graphics).
QColor legibleOn(QColor color, const QColor &background, double wanted = 3.0)
{
    if (!color.isValid())
        color = QColor(0x80, 0x80, 0x80);
    const bool darkBackground = relativeLuminance(background) < 0.3;
    for (int i = 0; i < 12 && contrastRatio(color, background) < wanted; ++i)
        color = darkBackground ? color.lighter(125) : color.darker(125);
    if (darkBackground && contrastRatio(color, background) < wanted) {
        const float h = color.hslHueF() < 0 ? 0 : color.hslHueF();
        color = QColor::fromHslF(h, color.hslSaturationF(), 0.65f);
    }
    return color;
}

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return c;
}

// An opaque colour that looks like `color` at `alpha` over `background`. Opaque fills are plain
// span copies in the raster engine; translucent ones blend every pixel.
QColor over(const QColor &color, const QColor &background, double alpha)
{
    auto mix = [&](float a, float b) { return float(alpha) * a + float(1 - alpha) * b; };
    return QColor::fromRgbF(mix(color.redF(), background.redF()),
                            mix(color.greenF(), background.greenF()),
                            mix(color.blueF(), background.blueF()));
}

QString compactCount(int n)
{
    if (n < 1000)
        return QString::number(n);
    if (n < 10000)
        return QString::number(n / 1000.0, 'f', 1) + QLatin1Char('k');
    if (n < 1000000)
        return QString::number(n / 1000) + QLatin1Char('k');
    return QString::number(n / 1000000.0, 'f', 1) + QLatin1Char('M');
}

// Events outside the spotlight keep their place and shape, faint.
constexpr double SpotlightDim = 0.2;

double spotlightOpacity(const RenderOptions &options, int event)
{
    const std::vector<std::uint8_t> *lit = options.spotlight;
    if (!lit || event < 0 || std::size_t(event) >= lit->size() || (*lit)[std::size_t(event)])
        return 1.0;
    return SpotlightDim;
}

DayNumber todayNumber()
{
    const QDate d = QDate::currentDate();
    return Model::daysFromCivil(d.year(), d.month(), d.day());
}

DayNumber toDay(double day)
{
    return DayNumber(std::floor(std::clamp(day, -3.0e6, 3.0e6)));
}

} // namespace

TimelinePalette TimelinePalette::forTheme(TimelineTheme theme)
{
    TimelinePalette p;
    switch (theme) {
    case TimelineTheme::Light:
        p.background = QColor(0xff, 0xff, 0xff);
        p.laneAlternate = QColor(0xf6, 0xf7, 0xf9);
        p.gutter = QColor(0xf0, 0xf1, 0xf4);
        p.text = QColor(0x1d, 0x23, 0x30);
        p.mutedText = QColor(0x5f, 0x66, 0x73);
        p.grid = QColor(0xea, 0xec, 0xef);
        p.gridMajor = QColor(0xd3, 0xd7, 0xdd);
        p.axisBackground = QColor(0xf3, 0xf4, 0xf6);
        p.today = QColor(0xd6, 0x27, 0x28);
        p.selection = QColor(0x1a, 0x5f, 0xd8);
        p.hover = QColor(0x70, 0x78, 0x88);
        p.badge = QColor(0x4b, 0x55, 0x63);
        p.badgeText = QColor(0xff, 0xff, 0xff);
        p.claim = QColor(0xc2, 0x41, 0x0c);
        p.overviewWindow = QColor(0x1a, 0x5f, 0xd8);
        break;
    case TimelineTheme::Dark:
        p.background = QColor(0x1e, 0x1f, 0x22);
        p.laneAlternate = QColor(0x24, 0x26, 0x2a);
        p.gutter = QColor(0x2a, 0x2c, 0x30);
        p.text = QColor(0xe8, 0xea, 0xed);
        p.mutedText = QColor(0xa0, 0xa6, 0xae);
        p.grid = QColor(0x30, 0x33, 0x38);
        p.gridMajor = QColor(0x44, 0x48, 0x4f);
        p.axisBackground = QColor(0x27, 0x29, 0x2d);
        p.today = QColor(0xff, 0x6b, 0x6b);
        p.selection = QColor(0x8a, 0xb4, 0xf8);
        p.hover = QColor(0xb0, 0xb6, 0xbe);
        p.badge = QColor(0xd9, 0xdc, 0xe1);
        p.badgeText = QColor(0x16, 0x18, 0x1c);
        p.claim = QColor(0xfb, 0x92, 0x3c);
        p.overviewWindow = QColor(0x8a, 0xb4, 0xf8);
        break;
    case TimelineTheme::HighContrast:
        p.background = QColor(0, 0, 0);
        p.laneAlternate = QColor(0x12, 0x12, 0x12);
        p.gutter = QColor(0, 0, 0);
        p.text = QColor(0xff, 0xff, 0xff);
        p.mutedText = QColor(0xff, 0xff, 0xff);
        p.grid = QColor(0x5a, 0x5a, 0x5a);
        p.gridMajor = QColor(0xa0, 0xa0, 0xa0);
        p.axisBackground = QColor(0, 0, 0);
        p.today = QColor(0x00, 0xff, 0xff);
        p.selection = QColor(0xff, 0xff, 0x00);
        p.hover = QColor(0xff, 0xff, 0xff);
        p.badge = QColor(0xff, 0xff, 0xff);
        p.badgeText = QColor(0, 0, 0);
        p.claim = QColor(0xff, 0x9e, 0x00);
        p.overviewWindow = QColor(0xff, 0xff, 0x00);
        break;
    }
    return p;
}

int TimelineFrame::eventAt(const QPointF &point) const
{
    // Later items are painted on top, so search backwards. Markers win over labels: a label
    // reaching over a neighbour's marker should not steal its click.
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
        if (it->rect.contains(point))
            return it->event;
    }
    return -1;
}

int TimelineFrame::laneAt(const QPointF &point) const
{
    for (const Lane &lane : lanes) {
        if (lane.rect.contains(point))
            return lane.lane;
    }
    return -1;
}

int TimelineFrame::laneHeaderAt(const QPointF &point) const
{
    for (const Lane &lane : lanes) {
        if (lane.header.contains(point))
            return lane.lane;
    }
    return -1;
}

const TimelineFrame::Lane *TimelineFrame::findLane(int lane) const
{
    for (const Lane &l : lanes) {
        if (l.lane == lane)
            return &l;
    }
    return nullptr;
}

void TimelineRenderer::setData(const Model::Dataset *dataset, const Model::EventIndex *index)
{
    m_dataset = dataset;
    m_index = index;
    m_laneColors.clear();
    m_involved.clear();
    m_tourEvents.reset();
    m_raised.clear();
    invalidateLabels();
}

std::uint8_t TimelineRenderer::basePriority(int event) const
{
    const Model::Event &e = m_dataset->events[std::size_t(event)];
    std::uint8_t level = PriorityNormal;
    if (e.priority == QLatin1String("low"))
        level = PriorityLow;
    if (e.kind == QLatin1String("strategy-document") || e.priority == QLatin1String("high"))
        level = PriorityKey;
    if (level == PriorityLow)
        return level;
    // Tour steps are what a class is shown: their events are labelled first.
    if (!m_tourEvents) {
        m_tourEvents.emplace();
        for (const Model::Tour &tour : m_dataset->tours) {
            for (const Model::TourStep &step : tour.steps)
                m_tourEvents->insert(step.event);
        }
    }
    return m_tourEvents->contains(e.id) ? std::uint8_t(PriorityKey) : level;
}

std::uint8_t TimelineRenderer::priorityOf(int event) const
{
    const auto raised = m_raised.constFind(event);
    return raised != m_raised.constEnd() ? raised.value() : basePriority(event);
}

int TimelineRenderer::baseLabelRank(int event) const
{
    if (!m_dataset || event < 0 || std::size_t(event) >= m_dataset->events.size())
        return 0;
    const std::uint8_t level = basePriority(event);
    return level == PriorityLow ? -1 : level >= PriorityKey ? 1 : 0;
}

void TimelineRenderer::computePriorities(const TimelineViewState &state)
{
    // Only the few events the state raises are kept; every other event's priority is read from
    // its fields when its lane is arranged. A table of a million priorities made on the first
    // frame after a file opened was 25 ms of the hand-over, for the few hundred events on screen.
    m_raised.clear();
    const std::size_t count = m_dataset ? m_dataset->events.size() : 0;
    auto raise = [&](int event, std::uint8_t level) {
        if (event < 0 || std::size_t(event) >= count)
            return;
        if (priorityOf(event) < level)
            m_raised.insert(event, level);
    };
    if (state.currentEvent >= 0 && std::size_t(state.currentEvent) < count) {
        const QString &id = m_dataset->events[std::size_t(state.currentEvent)].id;
        for (const Model::Relation &relation : m_dataset->relations) {
            if (relation.from == id)
                raise(m_dataset->indexOfEvent(relation.to), PriorityRelated);
            else if (relation.to == id)
                raise(m_dataset->indexOfEvent(relation.from), PriorityRelated);
        }
        raise(state.currentEvent, PrioritySelected);
    }
    for (int event : state.emphasized)
        raise(event, PriorityEmphasized);
}

void TimelineRenderer::invalidateLabels()
{
    m_labels.clear();
}

void TimelineRenderer::setDisplayText(const Model::DisplayText &text)
{
    if (text.language() == m_text.language())
        return;
    m_text = text;
    invalidateLabels();
}

QString TimelineRenderer::laneName(int lane) const
{
    if (m_dataset && lane >= 0 && lane < int(m_dataset->actors.size())) {
        const auto &actor = m_dataset->actors[std::size_t(lane)];
        return shownText(m_text.name(actor));
    }
    return tr("Other");
}

QColor TimelineRenderer::laneColor(int lane) const
{
    if (lane >= 0 && lane < int(m_laneColors.size()))
        return m_laneColors[std::size_t(lane)];
    if (m_dataset && lane >= 0 && lane < int(m_dataset->actors.size()))
        return m_dataset->actors[std::size_t(lane)].color;
    return QColor(0x80, 0x80, 0x80);
}

QColor TimelineRenderer::legibleColor(const QColor &color, TimelineTheme theme)
{
    return legibleOn(color, TimelinePalette::forTheme(theme).background);
}

QStringList TimelineRenderer::legendCaptions()
{
    return {tr("exact day"), tr("month / year"), tr("approximate / uncertain"),
            tr("range"),     tr("open end"),     tr("sources disagree on the date"),
            tr("today")};
}

std::vector<int> TimelineRenderer::shownLanes(const RenderOptions &options) const
{
    std::vector<int> lanes;
    if (!m_index)
        return lanes;
    const int count = m_index->laneCount();
    if (!options.lanes.empty()) {
        for (int lane : options.lanes) {
            if (lane >= 0 && lane < count)
                lanes.push_back(lane);
        }
        return lanes;
    }
    std::vector<bool> hasEra(std::size_t(count), false);
    if (m_dataset) {
        for (const auto &era : m_dataset->eras) {
            for (int lane = 0; lane < count && lane < int(m_dataset->actors.size()); ++lane) {
                if (!era.actor.isEmpty() && m_dataset->actors[std::size_t(lane)].id == era.actor)
                    hasEra[std::size_t(lane)] = true;
            }
        }
    }
    for (int lane = 0; lane < count; ++lane) {
        if (options.showEmptyLanes || m_index->laneSize(lane) > 0 || hasEra[std::size_t(lane)])
            lanes.push_back(lane);
    }
    return lanes;
}

void TimelineRenderer::prepareFonts(const RenderOptions &options)
{
    // Japanese labels in a CJK face of the data language (style/cjkfont.h).
    m_font = withCjkFallback(options.font, m_text.language());
    m_font.setStyleStrategy(QFont::PreferAntialias);
    const QString key = m_font.key();
    if (key != m_fontKey) {
        m_labels.clear();
        m_badgeTexts.clear();
        m_plusBadgeWidths.clear();
        m_fontKey = key;
    }
    m_smallFont = m_font;
    if (m_font.pointSizeF() > 0)
        m_smallFont.setPointSizeF(m_font.pointSizeF() * 0.85);
    else
        m_smallFont.setPixelSize(std::max(8, int(m_font.pixelSize() * 0.85)));
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    const QFontMetricsF fm(m_font);
    const QFontMetricsF small(m_smallFont);
    m_ascent = fm.ascent();
    m_smallAscent = small.ascent();
    m_fontHeight = fm.height();
    m_rowHeight = std::ceil(m_fontHeight + 4);
    m_eraStrip = std::ceil(small.height() + 3);
    m_badgeStrip = std::ceil(small.height() + 3);
    m_averageChar = fm.averageCharWidth();
    m_maxLabelWidth = std::ceil(m_averageChar * LabelChars);
}

double TimelineRenderer::gutterWidth(const RenderOptions &options)
{
    Q_UNUSED(options);
    const QFontMetricsF fm(m_boldFont);
    double widest = 60;
    for (int lane : m_laneOrder)
        widest = std::max(widest, fm.horizontalAdvance(laneName(lane)));
    // The cap grows with projector-sized fonts (classroom mode); unchanged at normal sizes.
    const double cap = std::max(190.0, std::ceil(fm.averageCharWidth() * 18));
    return std::clamp(std::ceil(widest + 34), 96.0, cap);
}

QRectF TimelineRenderer::plotRect(const QRectF &target, const RenderOptions &options)
{
    // Layout only; the last frame stays valid for hit-testing.
    TimelineFrame saved = m_frame;
    layout(target, TimelineViewState(), options);
    const QRectF plot = m_frame.plot;
    m_frame = std::move(saved);
    return plot;
}

QRectF TimelineRenderer::overviewPlotRect(const QRectF &rect) const
{
    const double left = rect.left() + m_gutter;
    return QRectF(left, rect.top(), std::max(1.0, rect.right() - left), rect.height());
}

void TimelineRenderer::layout(const QRectF &target, const TimelineViewState &state,
                              const RenderOptions &options)
{
    m_options = options;
    m_theme = options.theme;
    prepareFonts(options);
    m_frame.target = target;
    m_frame.lanes.clear();
    m_frame.hits.clear();
    m_frame.labels.clear();
    m_frame.badges.clear();
    m_frame.markers.clear();
    m_frame.markerPoints.clear();
    m_frame.labelEvents.clear();
    m_frame.labelStyles.clear();
    m_frame.leaders = 0;
    m_frame.arcs = 0;
    m_laneOrder = shownLanes(options);

    const TimelinePalette pal = TimelinePalette::forTheme(options.theme);
    m_laneColors.clear();
    if (m_index) {
        for (int lane = 0; lane < m_index->laneCount(); ++lane) {
            QColor base = m_dataset && lane < int(m_dataset->actors.size())
                              ? m_dataset->actors[std::size_t(lane)].color
                              : QColor(0x80, 0x80, 0x80);
            m_laneColors.push_back(legibleOn(base, pal.background));
        }
    }

    m_eraGroups.clear();
    if (m_dataset) {
        for (const auto &era : m_dataset->eras) {
            if (!era.actor.isEmpty() && m_dataset->indexOfActor(era.actor) >= 0)
                continue;
            const QString group = era.group.isEmpty() ? era.name : era.group;
            if (std::find(m_eraGroups.begin(), m_eraGroups.end(), group) == m_eraGroups.end())
                m_eraGroups.push_back(group);
        }
    }

    double y = target.top();
    m_titleRect = QRectF();
    if (options.showTitle) {
        m_titleRect = QRectF(target.left(), y, target.width(), std::ceil(m_fontHeight * 1.5 + 10));
        y = m_titleRect.bottom();
    }
    const double axisHeight = std::ceil(m_fontHeight + QFontMetricsF(m_smallFont).height() + 10);
    m_gutter = gutterWidth(options);
    m_frame.axis = QRectF(target.left() + m_gutter, y, target.width() - m_gutter, axisHeight);
    y += axisHeight;
    m_eraHeader =
        QRectF(target.left(), y, target.width(), double(m_eraGroups.size()) * (m_eraStrip + 2));
    y += m_eraHeader.height();
    double bottom = target.bottom();
    m_frame.legend = QRectF();
    if (options.showLegend) {
        m_frame.legend =
            QRectF(target.left(), bottom - (m_fontHeight + 12), target.width(), m_fontHeight + 12);
        bottom = m_frame.legend.top();
    }
    m_frame.plot = QRectF(target.left() + m_gutter, m_frame.axis.top(),
                          std::max(1.0, target.width() - m_gutter), bottom - m_frame.axis.top());

    m_maxPerLane = options.maxEventsPerLane > 0 ? options.maxEventsPerLane
                                                : std::max(40, int(m_frame.plot.width() / 3));

    // Lanes: collapsed (and filtered-empty) lanes get a compact strip, the rest share the height.
    const double compact = std::ceil(std::max(24.0, m_fontHeight + 10));
    std::vector<bool> laneHasEra(m_laneOrder.size(), false);
    if (m_dataset) {
        for (std::size_t i = 0; i < m_laneOrder.size(); ++i) {
            const int lane = m_laneOrder[i];
            if (lane >= int(m_dataset->actors.size()))
                continue;
            const QString &id = m_dataset->actors[std::size_t(lane)].id;
            for (const auto &era : m_dataset->eras)
                laneHasEra[i] = laneHasEra[i] || era.actor == id;
        }
    }
    const double available = std::max(0.0, bottom - y);
    double fixed = 0;
    std::vector<bool> isCompact(m_laneOrder.size(), false);
    for (std::size_t i = 0; i < m_laneOrder.size(); ++i) {
        const int lane = m_laneOrder[i];
        isCompact[i] = state.isCollapsed(lane) ||
                       (m_index && m_index->laneVisibleCount(lane) == 0 && !laneHasEra[i]);
        if (isCompact[i])
            fixed += compact;
    }
    // Lanes take rows in proportion to what they must show: each asks for the rows that would
    // label all its events in view in full. When the asks fit, spare rows follow the asks;
    // when they do not, every lane keeps one row and the rest is shared by the asks.
    m_maxLabelWidth = std::max(m_averageChar * 12,
                               std::min(m_averageChar * LabelChars, m_frame.plot.width() * 0.6));
    std::vector<int> rows(m_laneOrder.size(), 0);
    std::vector<int> wanted(m_laneOrder.size(), 0);
    double used = fixed;
    int wantedTotal = 0;
    {
        TimeScale scale(state.startDay, state.endDay, m_frame.plot.width());
        scale.setLimits(-TimeScale::OutermostDay, TimeScale::OutermostDay, 1e-3,
                        2 * TimeScale::OutermostDay);
        scale.setWarp(state.warp); // the rows a lane needs depend on where its events fall
        scale.setRange(state.startDay, state.endDay);
        for (std::size_t i = 0; i < m_laneOrder.size(); ++i) {
            if (isCompact[i])
                continue;
            used += 6 + (laneHasEra[i] ? m_eraStrip : 0.0) + m_badgeStrip;
            wanted[i] = m_index && m_dataset ? rowsWanted(m_laneOrder[i], scale) : 1;
            wantedTotal += wanted[i];
        }
    }
    const int rowsAvailable = int(std::max(0.0, available - used) / m_rowHeight);
    int given = 0;
    for (std::size_t i = 0; i < m_laneOrder.size(); ++i) {
        if (isCompact[i])
            continue;
        rows[i] = wantedTotal <= rowsAvailable
                      ? wanted[i]
                      : std::max(1, int(double(wanted[i]) * rowsAvailable / wantedTotal));
        given += rows[i];
    }
    // Rounding leaves a few rows: to the lane furthest below its share, one at a time.
    for (int spare = rowsAvailable - given; spare > 0; --spare) {
        int best = -1;
        double bestNeed = 0;
        for (std::size_t i = 0; i < m_laneOrder.size(); ++i) {
            if (isCompact[i] || wanted[i] <= 0)
                continue;
            const double need = double(wanted[i]) / rows[i];
            if (need > bestNeed) {
                bestNeed = need;
                best = int(i);
            }
        }
        if (best < 0)
            break;
        ++rows[std::size_t(best)];
    }
    for (std::size_t i = 0; i < m_laneOrder.size(); ++i) {
        TimelineFrame::Lane box;
        box.lane = m_laneOrder[i];
        box.alternate = i % 2 == 1;
        box.collapsed = isCompact[i];
        const double eraSpace = laneHasEra[i] && !box.collapsed ? m_eraStrip : 0.0;
        const double height =
            box.collapsed ? compact : 6 + eraSpace + rows[i] * m_rowHeight + m_badgeStrip;
        box.rect = QRectF(target.left(), y, target.width(), height);
        box.header = QRectF(target.left(), y, m_gutter, height);
        if (box.collapsed) {
            box.rows = QRectF(m_frame.plot.left(), y + 3, m_frame.plot.width(), height - 6);
            box.rowCount = 0;
        } else {
            const double rowsTop = y + 3 + eraSpace;
            box.rowCount = rows[i];
            box.rows = QRectF(m_frame.plot.left(), rowsTop, m_frame.plot.width(),
                              box.rowCount * m_rowHeight);
        }
        m_frame.lanes.push_back(box);
        y += height;
    }
}

double TimelineRenderer::snap(double x) const
{
    return (std::floor(x * m_dpr) + 0.5) / m_dpr;
}

const TimelineFrame &TimelineRenderer::render(QPainter &painter, const QRectF &target,
                                              const TimelineViewState &state,
                                              const RenderOptions &options)
{
    m_dpr = options.devicePixelRatio > 0
                ? options.devicePixelRatio
                : (painter.device() ? painter.device()->devicePixelRatioF() : 1.0);
    m_today = options.today ? *options.today : todayNumber();
    computePriorities(state);
    layout(target, state, options);
    const TimelinePalette pal = TimelinePalette::forTheme(options.theme);
    m_raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster &&
               painter.transform().isIdentity();

    painter.save();
    painter.setClipRect(target);
    painter.setFont(m_font);
    paintBackground(painter, pal);
    if (!m_dataset || !m_index) {
        painter.restore();
        return m_frame;
    }
    TimeScale scale(state.startDay, state.endDay, m_frame.plot.width());
    scale.setLimits(-TimeScale::OutermostDay, TimeScale::OutermostDay, 1e-3,
                    2 * TimeScale::OutermostDay);
    scale.setWarp(state.warp);
    scale.setRange(state.startDay, state.endDay);

    // Grid first: era bands are translucent, and grid lines must not cut through era names.
    paintGrid(painter, pal, scale);
    paintEras(painter, pal, scale);
    for (TimelineFrame::Lane &lane : m_frame.lanes)
        paintLane(painter, pal, scale, lane, state);
    if (options.showRelationArcs)
        paintRelationArcs(painter, pal);
    paintToday(painter, pal, scale);
    paintAxis(painter, pal, scale);
    paintLaneHeaders(painter, pal);
    if (options.showTitle)
        paintTitle(painter, pal, scale);
    if (options.showLegend)
        paintLegend(painter, pal);
    painter.restore();
    return m_frame;
}

void TimelineRenderer::paintRelationArcs(QPainter &p, const TimelinePalette &pal)
{
    // Only events drawn as single markers take part: at density zoom there is nothing to join.
    QHash<QString, QPointF> points;
    points.reserve(qsizetype(m_frame.markerPoints.size()));
    for (const auto &[event, point] : m_frame.markerPoints)
        points.insert(m_dataset->events[std::size_t(event)].id, point);
    if (points.size() < 2)
        return;
    p.save();
    p.setClipRect(m_frame.plot);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    for (const Model::Relation &relation : m_dataset->relations) {
        const auto from = points.constFind(relation.from);
        const auto to = points.constFind(relation.to);
        if (from == points.constEnd() || to == points.constEnd())
            continue;
        const QPointF a = *from;
        const QPointF b = *to;
        // An arc bulging upwards, higher for longer spans, so arcs between the same lanes nest.
        const double lift = std::min(80.0, 14.0 + std::abs(b.x() - a.x()) * 0.25);
        const QPointF c1(a.x(), std::min(a.y(), b.y()) - lift);
        const QPointF c2(b.x(), std::min(a.y(), b.y()) - lift);
        QPainterPath path(a);
        path.cubicTo(c1, c2, b);
        QColor color = Palette::relationColor(relation.type);
        if (m_theme == TimelineTheme::HighContrast)
            color = pal.text;
        color.setAlphaF(0.85);
        QPen pen(color, 1.6);
        // Solid for documented facts; dashed for readings (interpretation, views, reports).
        if (relation.assertion != Model::Assertion::Fact)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawPath(path);
        // Arrowhead at the target, along the curve's last tangent.
        const QPointF direction = b - c2;
        const double length = std::hypot(direction.x(), direction.y());
        if (length > 0.1) {
            const QPointF u = direction / length;
            const QPointF n(-u.y(), u.x());
            const QPointF tip = b - u * (MarkerRadius + 1);
            QPolygonF head;
            head << tip << tip - u * 7 + n * 3.5 << tip - u * 7 - n * 3.5;
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPolygon(head);
            p.setBrush(Qt::NoBrush);
        }
        ++m_frame.arcs;
    }
    p.restore();
}

void TimelineRenderer::paintBackground(QPainter &p, const TimelinePalette &pal)
{
    p.fillRect(m_frame.target, pal.background);
    for (std::size_t i = 0; i < m_frame.lanes.size(); ++i) {
        if (i % 2 == 1)
            p.fillRect(m_frame.lanes[i].rect, pal.laneAlternate);
    }
}

void TimelineRenderer::paintTitle(QPainter &p, const TimelinePalette &pal, const TimeScale &scale)
{
    QFont title = m_boldFont;
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.2);
    p.setFont(title);
    p.setPen(pal.text);
    const QRectF r = m_titleRect.adjusted(10, 0, -10, 0);
    // "1 Jan 2020 – 31 Dec 2020", Japanese "2020年1月1日〜2020年12月31日".
    const QString range = Model::dayRangeDisplayString(toDay(scale.startDay()),
                                                       toDay(scale.endDay()), m_options.locale);
    p.setFont(m_font);
    const double rangeWidth = QFontMetricsF(m_font).horizontalAdvance(range);
    p.setPen(pal.mutedText);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, range);
    p.setFont(title);
    p.setPen(pal.text);
    const QString text = QFontMetricsF(title).elidedText(
        shownText(m_dataset->title), Qt::ElideRight, r.width() - rangeWidth - 20);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    p.setFont(m_font);
}

void TimelineRenderer::paintEras(QPainter &p, const TimelinePalette &pal, const TimeScale &scale)
{
    const QRectF plot = m_frame.plot;
    auto X = [&](double day) { return plot.left() + scale.dayToX(day); };
    const QFontMetricsF small(m_smallFont);
    p.save();
    p.setFont(m_smallFont);
    p.setRenderHint(QPainter::Antialiasing, false);

    auto drawBand = [&](const Model::Era &era, const QColor &base, const QRectF &strip,
                        const QRectF &tint, int ordinal) {
        if (!era.parsed.isValid())
            return;
        double endDay = double(era.parsed.latest()) + 1;
        // An era still going ("2025-10-21/..") runs up to today.
        if (era.parsed.hasOpenEnd())
            endDay = std::max(endDay, double(m_today) + 1);
        const double left = std::max(X(era.parsed.earliest()), plot.left());
        const double right = std::min(X(endDay), plot.right());
        if (right <= left)
            return;
        const QColor color = era.color.isValid() ? legibleOn(era.color, pal.background) : base;
        if (tint.isValid())
            p.fillRect(QRectF(left, tint.top(), right - left, tint.height()),
                       withAlpha(color, ordinal % 2 ? 0.05 : 0.10));
        const QRectF band(left, strip.top(), right - left, strip.height());
        p.fillRect(band, withAlpha(color, m_theme == TimelineTheme::HighContrast
                                              ? 0.55
                                              : (ordinal % 2 ? 0.20 : 0.32)));
        p.setPen(QPen(withAlpha(color, 0.9), 0));
        p.drawLine(QPointF(snap(left), band.top()), QPointF(snap(left), band.bottom()));
        if (band.width() > 14) {
            p.setPen(pal.text);
            const QString name =
                small.elidedText(shownText(m_text.name(era)), Qt::ElideRight, band.width() - 8);
            p.setClipRect(band.intersected(plot));
            p.drawText(QPointF(band.left() + 4,
                               band.top() + (band.height() - small.height()) / 2 + small.ascent()),
                       name);
            p.setClipRect(m_frame.target);
        }
    };

    int ordinal = 0;
    // Groups are keyed by the text as written; the gutter shows it in the data language.
    auto groupLabel = [&](const QString &key) {
        for (const auto &era : m_dataset->eras) {
            if (era.group == key)
                return m_text.group(era);
            if (era.group.isEmpty() && era.name == key)
                return m_text.name(era);
        }
        return key;
    };
    for (std::size_t g = 0; g < m_eraGroups.size(); ++g) {
        const QRectF strip(plot.left(), m_eraHeader.top() + double(g) * (m_eraStrip + 2) + 1,
                           plot.width(), m_eraStrip);
        p.setPen(pal.mutedText);
        p.drawText(
            QRectF(m_frame.target.left() + 8, strip.top(), m_gutter - 12, strip.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            small.elidedText(shownText(groupLabel(m_eraGroups[g])), Qt::ElideRight, m_gutter - 12));
        for (const auto &era : m_dataset->eras) {
            if (!era.actor.isEmpty() && m_dataset->indexOfActor(era.actor) >= 0)
                continue;
            const QString group = era.group.isEmpty() ? era.name : era.group;
            if (group == m_eraGroups[g])
                drawBand(era, pal.mutedText, strip, QRectF(), ordinal++);
        }
    }
    for (const TimelineFrame::Lane &lane : m_frame.lanes) {
        if (lane.lane >= int(m_dataset->actors.size()))
            continue;
        const QString &id = m_dataset->actors[std::size_t(lane.lane)].id;
        const QColor color = laneColor(lane.lane);
        const QRectF strip(plot.left(), lane.rect.top() + 2, plot.width(),
                           lane.collapsed ? 4.0 : m_eraStrip - 2);
        const QRectF tint(plot.left(), lane.rect.top(), plot.width(), lane.rect.height());
        int local = 0;
        for (const auto &era : m_dataset->eras) {
            if (era.actor == id)
                drawBand(era, color, strip, tint, local++);
        }
    }
    p.restore();
}

void TimelineRenderer::paintGrid(QPainter &p, const TimelinePalette &pal, const TimeScale &scale)
{
    const TickSet ticks = scale.ticks(m_options.locale);
    const QRectF plot = m_frame.plot;
    const double top = m_frame.axis.bottom();
    const double bottom = plot.bottom();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const double minorSpacing = TimeScale::approximateDays(ticks.minorStep) * scale.pixelsPerDay();
    // Minor grid lines only where they are far enough apart to help; each full-height line
    // costs a span per pixel row.
    if (minorSpacing >= 24) {
        p.setPen(QPen(pal.grid, 0));
        for (const auto &tick : ticks.minor) {
            const double x = snap(plot.left() + scale.dayToX(tick.day));
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
    p.setPen(QPen(pal.gridMajor, 0));
    for (const auto &tick : ticks.major) {
        const double x = snap(plot.left() + scale.dayToX(tick.day));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    // Breaks of the focus scale: a faint band across the lanes, edged by dashed lines, so no one
    // reads a distance across it as time.
    for (const Model::ScaleBreak &b : scale.visibleBreaks()) {
        const double x0 = std::max(plot.left(), snap(plot.left() + scale.dayToX(b.startDay)));
        const double x1 = std::min(plot.right(), snap(plot.left() + scale.dayToX(b.endDay)));
        if (x1 <= x0)
            continue;
        p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), withAlpha(pal.mutedText, 0.10));
        p.setPen(QPen(pal.gridMajor, 0, Qt::DashLine));
        p.drawLine(QPointF(x0, top), QPointF(x0, bottom));
        p.drawLine(QPointF(x1, top), QPointF(x1, bottom));
    }
    // Lane separators.
    p.setPen(QPen(pal.gridMajor, 0));
    for (const auto &lane : m_frame.lanes) {
        const double y = snap(lane.rect.bottom() - 0.5);
        p.drawLine(QPointF(m_frame.target.left(), y), QPointF(m_frame.target.right(), y));
    }
    p.restore();
}

void TimelineRenderer::paintAxis(QPainter &p, const TimelinePalette &pal, const TimeScale &scale)
{
    const QRectF axis = m_frame.axis;
    const QRectF plot = m_frame.plot;
    p.save();
    p.fillRect(QRectF(m_frame.target.left(), axis.top(), m_frame.target.width(), axis.height()),
               pal.axisBackground);
    const TickSet ticks = scale.ticks(m_options.locale);
    const QFontMetricsF fm(m_font);
    const QFontMetricsF small(m_smallFont);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(pal.gridMajor, 0));
    const double baseline = snap(axis.bottom() - 0.5);
    p.drawLine(QPointF(m_frame.target.left(), baseline), QPointF(m_frame.target.right(), baseline));
    p.setClipRect(axis);
    for (const auto &tick : ticks.minor) {
        const double x = snap(plot.left() + scale.dayToX(tick.day));
        p.drawLine(QPointF(x, axis.bottom() - 4), QPointF(x, axis.bottom()));
    }
    p.setPen(QPen(pal.mutedText, 0));
    for (const auto &tick : ticks.major) {
        const double x = snap(plot.left() + scale.dayToX(tick.day));
        p.drawLine(QPointF(x, axis.top() + 3), QPointF(x, axis.bottom()));
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    const double row2 = axis.bottom() - 5 - (small.height() - small.ascent());
    // Breaks of the focus scale: a double slash across the axis line and, below, the span it
    // skips. Their extents keep the tick labels from running over them.
    std::vector<std::pair<double, double>> taken; // x extents in the second row
    auto isFree = [&](double left, double right) {
        return std::none_of(taken.begin(), taken.end(), [&](const auto &extent) {
            return left < extent.second && right > extent.first;
        });
    };
    for (const Model::ScaleBreak &b : scale.visibleBreaks()) {
        const double x0 = plot.left() + scale.dayToX(b.startDay);
        const double x1 = plot.left() + scale.dayToX(b.endDay);
        const double mid = std::clamp((x0 + x1) / 2, plot.left() + 6, plot.right() - 6);
        const double y = baseline;
        p.setPen(Qt::NoPen);
        p.setBrush(pal.axisBackground);
        p.drawRect(QRectF(mid - 5, y - 5, 10, 10));
        p.setPen(QPen(pal.mutedText, 1.4));
        for (double dx : {-2.5, 2.5})
            p.drawLine(QPointF(mid + dx - 2.5, y + 4.5), QPointF(mid + dx + 2.5, y - 4.5));
        const QString text = breakText(b, m_options.locale);
        const double w = small.horizontalAdvance(text);
        // Centred on the break, on a knocked-out background so tick lines do not cross it;
        // shown only where the break and its margins hold it.
        const double room = std::max(x1 - x0, 0.0) + 2 * std::min(40.0, scale.width() * 0.03);
        // Kept inside the plot when the break is at its edge.
        const double left = std::max(plot.left() + 2, std::min(mid - w / 2, plot.right() - w - 2));
        if (w + 4 <= room && isFree(left - 4, left + w + 4)) {
            const double textBaseline = row2 - 4;
            p.setPen(Qt::NoPen);
            p.drawRect(QRectF(left - 2, textBaseline - small.ascent(), w + 4, small.height()));
            p.setFont(m_smallFont);
            p.setPen(pal.mutedText);
            p.drawText(QPointF(left, textBaseline), text);
            taken.emplace_back(left - 4, left + w + 4);
        }
        taken.emplace_back(mid - 7, mid + 7);
    }
    // Major labels in the first row, right of their tick; minor labels below, smaller. Next to a
    // break ticks can sit closer than the spacing asks: a label that would run into the one
    // before it is left out.
    p.setPen(pal.text);
    p.setFont(m_boldFont);
    const QFontMetricsF bold(m_boldFont);
    const double row1 = axis.top() + 4 + m_ascent;
    double lastRight = -1e300;
    for (std::size_t i = 0; i < ticks.major.size(); ++i) {
        const double x = plot.left() + scale.dayToX(ticks.major[i].day);
        if (x + 4 < lastRight + 6)
            continue;
        p.drawText(QPointF(x + 4, row1), ticks.major[i].label);
        lastRight = x + 4 + bold.horizontalAdvance(ticks.major[i].label);
    }
    p.setFont(m_smallFont);
    p.setPen(pal.mutedText);
    lastRight = -1e300;
    for (const auto &tick : ticks.minor) {
        if (tick.label.isEmpty())
            continue;
        const double x = plot.left() + scale.dayToX(tick.day);
        const double w = small.horizontalAdvance(tick.label);
        if (x + 3 < lastRight + 4 || !isFree(x + 3, x + 3 + w))
            continue;
        p.drawText(QPointF(x + 3, row2), tick.label);
        lastRight = x + 3 + w;
    }
    p.setClipRect(m_frame.target);
    // The unit the labels leave out ("2022" above months) sits in the corner above the lanes.
    if (!ticks.context.isEmpty()) {
        p.setFont(m_boldFont);
        p.setPen(pal.text);
        p.drawText(QRectF(m_frame.target.left() + 10, axis.top(), m_gutter - 14, axis.height()),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, ticks.context);
    }
    p.restore();
}

void TimelineRenderer::paintLaneHeaders(QPainter &p, const TimelinePalette &pal)
{
    p.save();
    const QFontMetricsF bold(m_boldFont);
    const QFontMetricsF small(m_smallFont);
    for (std::size_t i = 0; i < m_frame.lanes.size(); ++i) {
        const TimelineFrame::Lane &lane = m_frame.lanes[i];
        const QRectF h = lane.header;
        p.fillRect(h, i % 2 ? pal.laneAlternate : pal.gutter);
        const QColor color = laneColor(lane.lane);
        p.fillRect(QRectF(h.left(), h.top() + 1, 5, h.height() - 2), color);
        p.setRenderHint(QPainter::Antialiasing, true);
        // Disclosure triangle: pointing right when collapsed, down when open.
        const double cx = h.left() + 15;
        const double cy = h.top() + 4 + m_fontHeight / 2;
        QPolygonF tri;
        if (lane.collapsed)
            tri << QPointF(cx - 2.5, cy - 4) << QPointF(cx + 3, cy) << QPointF(cx - 2.5, cy + 4);
        else
            tri << QPointF(cx - 4, cy - 2.5) << QPointF(cx + 4, cy - 2.5) << QPointF(cx, cy + 3);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.mutedText);
        p.drawPolygon(tri);
        p.setFont(m_boldFont);
        p.setPen(pal.text);
        const double textLeft = h.left() + 24;
        const double textWidth = h.width() - 28;
        p.drawText(QPointF(textLeft, h.top() + 4 + m_ascent),
                   bold.elidedText(laneName(lane.lane), Qt::ElideRight, textWidth));
        if (!lane.collapsed && h.height() >= 4 + m_fontHeight + small.height()) {
            p.setFont(m_smallFont);
            p.setPen(pal.mutedText);
            QStringList lines = laneCountLines(lane.lane);
            // A narrow header (large presentation type) keeps the lane's number whole rather
            // than a cut sentence; the tooltip still says both.
            if (!lines.isEmpty() && small.horizontalAdvance(lines.front()) > textWidth) {
                const int total = m_index->laneSize(lane.lane);
                const int visible = m_index->laneVisibleCount(lane.lane);
                lines = QStringList{visible == total ? m_options.locale.toString(total)
                                                     : QStringLiteral("%1/%2").arg(
                                                           m_options.locale.toString(visible),
                                                           m_options.locale.toString(total))};
            }
            // One line each when the lane is tall enough, else both on one line.
            if (lines.size() > 1 && h.height() < 4 + m_fontHeight + 2 * small.height())
                lines = QStringList{lines.join(QStringLiteral(" · "))};
            double y = h.top() + 4 + m_fontHeight + small.ascent();
            for (const QString &line : std::as_const(lines)) {
                p.drawText(QPointF(textLeft, y), small.elidedText(line, Qt::ElideRight, textWidth));
                y += small.height();
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(pal.gridMajor, 0));
        const double x = snap(h.right() - 0.5);
        p.drawLine(QPointF(x, h.top()), QPointF(x, h.bottom()));
    }
    p.restore();
}

QStringList TimelineRenderer::laneCountLines(int lane)
{
    if (!m_dataset || !m_index || lane < 0 || lane >= m_index->laneCount())
        return {};
    const QLocale &locale = m_options.locale;
    const int total = m_index->laneSize(lane);
    const int visible = m_index->laneVisibleCount(lane);
    QStringList lines;
    lines << (visible == total ? tr("%1 in this lane").arg(locale.toString(total))
                               : tr("%1 of %2 in this lane")
                                     .arg(locale.toString(visible), locale.toString(total)));
    const std::size_t actors = m_dataset->actors.size();
    if (std::size_t(lane) >= actors)
        return lines; // the lane of events without a known actor
    if (m_involved.size() != actors) {
        // Counted with the index on the loader's worker; after an edit, here.
        m_involved = m_index->involvedCounts().size() == actors
                         ? m_index->involvedCounts()
                         : Model::EventIndex::countInvolved(*m_dataset);
    }
    const int involved = m_involved[std::size_t(lane)];
    lines << (involved == 1 ? tr("1 involves %1").arg(laneName(lane))
                            : tr("%1 involve %2").arg(locale.toString(involved), laneName(lane)));
    return lines;
}

void TimelineRenderer::paintLane(QPainter &p, const TimelinePalette &pal, const TimeScale &scale,
                                 TimelineFrame::Lane &lane, const TimelineViewState &state)
{
    if (lane.collapsed) {
        paintAggregated(p, pal, scale, lane, lane.rows, false);
        return;
    }
    const int inView =
        m_index->countStarts(lane.lane, scale.xToDay(-(m_maxLabelWidth + 40)), scale.endDay() + 1);
    lane.aggregated = inView > m_maxPerLane;
    if (lane.aggregated) {
        const QRectF area(lane.rows.left(), lane.rows.top(), lane.rows.width(),
                          lane.rows.height() + m_badgeStrip * 0.5);
        paintAggregated(p, pal, scale, lane, area, true);
        // The selection and the hovered event stay visible even inside a density strip.
        for (int event : {state.hoveredEvent, state.currentEvent}) {
            if (event >= 0 && m_index->laneOf(event) == lane.lane && m_index->isVisible(event))
                paintSingle(p, pal, scale, lane, event, state);
        }
    } else {
        paintIndividual(p, pal, scale, lane, state);
    }
}

TimelineRenderer::Placement TimelineRenderer::geometry(int event, const TimeScale &scale) const
{
    Placement pl;
    pl.event = event;
    pl.flags = m_index->flagsOf(event);
    const double left = m_frame.plot.left();
    auto X = [&](double day) { return left + scale.dayToX(day); };
    const auto &date = m_dataset->events[std::size_t(event)].parsed;
    const double e = m_index->earliestOf(event);
    const double l = m_index->latestOf(event);
    pl.whiskerLeft = X(e);
    pl.whiskerRight = X(l + 1);
    pl.barLeft = pl.barRight = 0;
    const bool range = pl.flags & EventIndex::Range;
    const bool open = pl.flags & (EventIndex::OpenStart | EventIndex::OpenEnd);
    if (range && !open) {
        // Solid where the range is certainly in progress, whiskers where its ends may fall.
        const double coreLeft = X(date.start().latest());
        const double coreRight = X(double(date.end().earliest()) + 1);
        if (coreRight - coreLeft >= 2 * MarkerRadius) {
            pl.barLeft = coreLeft;
            pl.barRight = coreRight;
            pl.marker = false;
        }
    }
    const bool exactPoint = !(pl.flags & EventIndex::Imprecise) && e == l;
    pl.markerX = exactPoint ? X(e + 0.5) : (pl.whiskerLeft + pl.whiskerRight) / 2;
    if (pl.flags & EventIndex::OpenEnd)
        pl.markerX = std::min(pl.markerX, pl.whiskerLeft + MarkerRadius);
    if (pl.flags & EventIndex::OpenStart)
        pl.markerX = std::max(pl.markerX, pl.whiskerRight - MarkerRadius);
    pl.left = std::min(pl.whiskerLeft, pl.markerX - MarkerRadius);
    pl.right = std::max(pl.whiskerRight, pl.markerX + MarkerRadius);
    if (pl.flags & EventIndex::OpenStart)
        pl.left -= ArrowLength;
    if (pl.flags & EventIndex::OpenEnd)
        pl.right += ArrowLength;
    // Dates other sources give are drawn as rings on the row: they take room as the event does,
    // so that no label runs under them.
    if (pl.flags & EventIndex::HasClaims) {
        for (const auto &claim : m_dataset->events[std::size_t(event)].dateClaims) {
            if (!claim.parsed.isValid())
                continue;
            const double x = X((double(claim.parsed.earliest()) + claim.parsed.latest() + 1) / 2);
            pl.claimsLeft = std::min(pl.claimsLeft, x - MarkerRadius);
            pl.claimsRight = std::max(pl.claimsRight, x + MarkerRadius);
            pl.left = std::min(pl.left, x - MarkerRadius);
            pl.right = std::max(pl.right, x + MarkerRadius);
        }
    }
    if (pl.barRight > pl.barLeft)
        pl.labelX = std::max(pl.barLeft, m_frame.plot.left()) + 5;
    else
        pl.labelX = pl.markerX + MarkerRadius + 4;
    return pl;
}

void TimelineRenderer::placeLabel(Placement &pl) const
{
    // Labels go where they do not cross their own drawing: inside a bar when they fit, else
    // after the bar, whisker or open-end arrow. Only when that place is off-screen does the
    // label sit next to the marker, on a knocked-out background so the whisker does not strike
    // through the text.
    const double plotLeft = m_frame.plot.left();
    const double plotRight = m_frame.plot.right();
    const bool hasBar = pl.barRight > pl.barLeft;
    const bool hasWhisker = pl.whiskerRight - pl.whiskerLeft > 2 * MarkerRadius + 2;
    if (hasBar) {
        const double inside = std::max(pl.barLeft, plotLeft) + 5;
        if (inside + pl.labelWidth + 5 <= pl.barRight) {
            pl.labelX = inside;
            return;
        }
    }
    // The label starts after its marker and the claims diamond beside it, never under them.
    double after = pl.markerX + MarkerRadius + ((pl.flags & EventIndex::HasClaims) ? 5 : 0);
    if (hasBar || hasWhisker)
        after = std::max({after, pl.barRight, pl.whiskerRight});
    if (pl.flags & EventIndex::OpenEnd)
        after += ArrowLength;
    after = std::max(after, pl.claimsRight);
    pl.labelX = after + 4;
    if (pl.labelX + pl.labelWidth <= plotRight)
        return;
    // Near the right edge the label goes before the event when there is room there, so that
    // the most recent events (where this dataset is densest) are not cut off.
    double before = pl.markerX - MarkerRadius;
    if (hasBar)
        before = std::min(before, pl.barLeft);
    if (hasWhisker)
        before = std::min(before, pl.whiskerLeft);
    if (pl.flags & EventIndex::OpenStart)
        before -= ArrowLength;
    before = std::min(before, pl.claimsLeft);
    if (before - 4 - pl.labelWidth >= plotLeft) {
        pl.labelX = before - 4 - pl.labelWidth;
        return;
    }
    if (pl.labelX > plotRight - 20) {
        pl.labelX = hasBar ? std::max(pl.barLeft, plotLeft) + 5 : pl.markerX + MarkerRadius + 4;
        pl.knockout = true;
    }
}

TimelineRenderer::LabelCacheEntry &TimelineRenderer::label(int event)
{
    auto it = m_labels.find(event);
    if (it != m_labels.end())
        return *it;
    // A bounded cache: panning through a million events must not keep every layout alive.
    if (m_labels.size() > 20000)
        m_labels.clear();
    const QFontMetricsF fm(m_font);
    const Model::Event &e = m_dataset->events[std::size_t(event)];
    LabelCacheEntry entry;
    // Measured on what a label can show (timeline/labeltext.h), never on a huge title whole.
    const QString title = m_text.title(e), shortTitle = m_text.shortTitle(e);
    entry.width = float(fm.horizontalAdvance(shownText(title)));
    if (!shortTitle.isEmpty() && shortTitle != title)
        entry.shortWidth = float(fm.horizontalAdvance(shownText(shortTitle)));
    return *m_labels.insert(event, std::move(entry));
}

const QStaticText &TimelineRenderer::labelText(int event, TimelineFrame::LabelStyle style,
                                               double width)
{
    LabelCacheEntry &entry = label(event);
    const Model::Event &e = m_dataset->events[std::size_t(event)];
    auto prepare = [&](std::optional<QStaticText> &slot, const QString &text) -> QStaticText & {
        QStaticText &prepared = slot.emplace();
        prepared.setTextFormat(Qt::PlainText); // data is never interpreted as markup
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.setText(text);
        prepared.prepare(QTransform(), m_font);
        return prepared;
    };
    switch (style) {
    case TimelineFrame::LabelStyle::Full:
        if (!entry.prepared)
            prepare(entry.prepared, shownText(m_text.title(e)));
        return *entry.prepared;
    case TimelineFrame::LabelStyle::Short:
        if (!entry.preparedShort)
            prepare(entry.preparedShort, shownText(m_text.shortTitle(e)));
        return *entry.preparedShort;
    case TimelineFrame::LabelStyle::Cut:
        break;
    }
    if (!entry.preparedCut || entry.cutFor != float(width)) {
        entry.cutFor = float(width);
        const QFontMetricsF fm(m_font);
        const QString cut = fm.elidedText(shownText(m_text.title(e)), Qt::ElideRight, width);
        entry.cutWidth = float(fm.horizontalAdvance(cut));
        prepare(entry.preparedCut, cut);
    }
    return *entry.preparedCut;
}

int TimelineRenderer::rowsWanted(int lane, const TimeScale &scale)
{
    // Bounds through xToDay, so that they hold on the focus scale too.
    const double from = scale.xToDay(-(m_maxLabelWidth + 40));
    // A lane drawn as density asks for a few rows; counting is cheap, listing is not.
    if (m_index->countStarts(lane, from, scale.xToDay(scale.width()) + 1) > m_maxPerLane)
        return 4;
    m_events.clear();
    m_index->query(lane, from, scale.xToDay(scale.width() + ArrowLength + 10), m_events);
    const double plotLeft = m_frame.plot.left();
    const double plotRight = m_frame.plot.right();
    // Widths from the number of characters: shaping every title on every frame would cost more
    // than the whole paint, and an estimate is good enough to share the height.
    m_rowEnds.clear();
    for (int event : m_events) {
        const Placement pl = geometry(event, scale);
        const double width = std::min(
            m_maxLabelWidth,
            double(m_text.title(m_dataset->events[std::size_t(event)]).size()) * m_averageChar);
        if (pl.right < plotLeft - 2 && pl.labelX + width < plotLeft)
            continue;
        double left = pl.left;
        double right = std::max(pl.right, pl.labelX + width);
        if (right > plotRight && pl.left - width - 4 >= plotLeft) {
            left = pl.left - width - 4;
            right = pl.right;
        }
        std::size_t row = 0;
        while (row < m_rowEnds.size() && m_rowEnds[row] + LabelGap > left)
            ++row;
        if (row == m_rowEnds.size()) {
            if (int(row) >= MaxWantedRows)
                continue;
            m_rowEnds.push_back(right);
        } else {
            m_rowEnds[row] = right;
        }
    }
    return std::max(1, int(m_rowEnds.size()));
}

void TimelineRenderer::arrange(int rowCount, const TimeScale &scale)
{
    using Style = TimelineFrame::LabelStyle;
    const double plotLeft = m_frame.plot.left();
    const double plotRight = m_frame.plot.right();
    m_placed.clear();
    m_hidden.clear();
    m_rows.resize(std::size_t(std::max(0, rowCount)));
    for (RowSpans &row : m_rows)
        row.clear();
    if (m_rows.empty())
        return;
    // Important events first; within a priority, in time order (as the index lists them), which
    // stacks intervals on the fewest rows. A stable pass per level: few levels, no comparisons.
    m_levels.resize(m_events.size());
    for (std::size_t i = 0; i < m_events.size(); ++i)
        m_levels[i] = priorityOf(m_events[i]);
    m_byLevel.clear();
    for (int level = PrioritySelected; level >= PriorityLow; --level) {
        for (std::size_t i = 0; i < m_events.size(); ++i) {
            if (m_levels[i] == level)
                m_byLevel.push_back(m_events[i]);
        }
    }
    m_events.swap(m_byLevel);
    const double minCut = m_averageChar * CutChars;
    const double rowCountD = double(m_rows.size());
    auto rowMid = [&](int row) { return (row + 0.5) * m_rowHeight; };

    for (int event : m_events) {
        Placement pl = geometry(event, scale);
        pl.priority = priorityOf(event);
        if (pl.right < plotLeft - 2 && pl.labelX + m_maxLabelWidth < plotLeft)
            continue;
        // Rows with room for the bare event. With none, the event goes into '+N' without its
        // title ever being measured: in a crowded lane that is most events, and measuring is
        // most of a cold frame's cost.
        int firstMarkerRow = -1;
        for (std::size_t r = 0; r < m_rows.size() && firstMarkerRow < 0; ++r) {
            if (spansFree(m_rows[r], pl.left - 2, pl.right + 2))
                firstMarkerRow = int(r);
        }
        if (firstMarkerRow < 0) {
            if (pl.markerX >= plotLeft && pl.markerX <= plotRight)
                m_hidden.emplace_back(pl.markerX, event);
            continue;
        }
        const LabelCacheEntry &entry = label(event);

        // Puts the label `t` (its labelX and labelWidth set) with its event on the first row
        // that has room for both, from row `from` down.
        auto onFreeRow = [&](Placement t, Style style, std::size_t from) {
            const double left = std::min(t.left, t.labelX);
            const double right = std::max(t.right, t.labelX + t.labelWidth);
            for (std::size_t r = from; r < m_rows.size(); ++r) {
                if (!spansFree(m_rows[r], left - LabelGap, right + LabelGap))
                    continue;
                t.row = t.labelRow = int(r);
                t.left = left;
                t.right = right;
                t.showLabel = true;
                t.style = style;
                spansInsert(m_rows[r], left, right);
                pl = t;
                return true;
            }
            return false;
        };
        // 1. Beside its marker (or inside its bar), on the first row with room.
        auto beside = [&](double width, Style style) {
            Placement t = pl;
            t.labelWidth = width;
            placeLabel(t);
            if (t.knockout || t.labelX < plotLeft - 0.5 || t.labelX + width > plotRight + 0.5)
                return false;
            return onFreeRow(t, style, 0);
        };
        // 2. Beside the cluster: the marker where it fits, the label on another row a little
        // to the right (or, near the right edge, to the left), joined by a straight line that
        // crosses nothing drawn.
        auto withLeader = [&](double width, Style style) {
            Placement t = pl;
            t.labelWidth = 0;
            placeLabel(t);
            const double start = t.labelX; // where a label after the event may start
            const double end = t.left - 4; // where a label before it may end
            double bestScore = 1e300, bestX = 0;
            int bestRow = -1, bestLabelRow = -1;
            bool bestAfter = true;
            // The line from the marker's edge to the label's near end, as a segment in lane
            // coordinates, and the stretch of each row it crosses.
            auto stretch = [&](bool after, double x, int r, int r2, int k) {
                const double x0 = after ? pl.markerX + MarkerRadius : pl.markerX - MarkerRadius;
                const double x1 = after ? x - 3 : x + width + 3;
                const double y0 = rowMid(r), y1 = rowMid(r2);
                const double top = k * m_rowHeight, bottom = top + m_rowHeight;
                const double ta = std::clamp((top - y0) / (y1 - y0), 0.0, 1.0);
                const double tb = std::clamp((bottom - y0) / (y1 - y0), 0.0, 1.0);
                const double xa = x0 + (x1 - x0) * ta, xb = x0 + (x1 - x0) * tb;
                return std::make_pair(std::min(xa, xb), std::max(xa, xb));
            };
            for (std::size_t r = std::size_t(firstMarkerRow); r < m_rows.size(); ++r) {
                if (!spansFree(m_rows[r], pl.left - 2, pl.right + 2))
                    continue;
                for (int dr = 1; dr <= LeaderRows; ++dr) {
                    for (int sign : {1, -1}) {
                        const int r2 = int(r) + sign * dr;
                        if (r2 < 0 || r2 >= int(rowCountD))
                            continue;
                        for (bool after : {true, false}) {
                            const RowSpans &row = m_rows[std::size_t(r2)];
                            double x = std::nan("");
                            if (after && !t.knockout && start >= plotLeft) {
                                x = spansFirstFree(row, start, width + LeaderInset, LabelGap,
                                                   start + LeaderReach);
                                if (!std::isnan(x) && x + LeaderInset + width > plotRight)
                                    x = std::nan("");
                                if (!std::isnan(x))
                                    x += LeaderInset;
                            } else if (!after && end <= plotRight) {
                                x = spansLastFree(row, end, width + LeaderInset, LabelGap,
                                                  end - LeaderReach);
                                if (!std::isnan(x) && x < plotLeft)
                                    x = std::nan("");
                            }
                            if (std::isnan(x))
                                continue;
                            const double distance = after ? x - start : end - (x + width);
                            const double score = distance + 40.0 * dr + 2.0 * double(r);
                            if (score >= bestScore)
                                continue;
                            bool clear = true;
                            for (int k = std::min(int(r), r2); clear && k <= std::max(int(r), r2);
                                 ++k) {
                                auto [from, to] = stretch(after, x, int(r), r2, k);
                                if (k == int(r)) {
                                    from = std::max(from, after ? pl.right + 1 : from);
                                    to = std::min(to, after ? to : pl.left - 1);
                                }
                                if (k == r2) {
                                    from = after ? from : x + width;
                                    to = after ? x : to;
                                }
                                clear = to <= from || spansFree(m_rows[std::size_t(k)], from, to);
                            }
                            if (!clear)
                                continue;
                            bestScore = score;
                            bestX = x;
                            bestRow = int(r);
                            bestLabelRow = r2;
                            bestAfter = after;
                        }
                    }
                }
            }
            if (bestRow < 0)
                return false;
            // Take the marker, the line and the label from the rows.
            for (int k = std::min(bestRow, bestLabelRow); k <= std::max(bestRow, bestLabelRow);
                 ++k) {
                auto [from, to] = stretch(bestAfter, bestX, bestRow, bestLabelRow, k);
                if (k == bestRow) {
                    from = std::min(from, pl.left);
                    to = std::max(to, pl.right);
                }
                if (k == bestLabelRow) {
                    if (bestAfter) {
                        from = std::min(from, bestX - LeaderInset);
                        to = bestX + width;
                    } else {
                        from = bestX;
                        to = std::max(to, bestX + width + LeaderInset);
                    }
                }
                if (to > from)
                    spansInsert(m_rows[std::size_t(k)], from, to);
            }
            pl.row = bestRow;
            pl.labelRow = bestLabelRow;
            pl.labelX = bestX;
            pl.labelWidth = width;
            pl.showLabel = true;
            pl.leader = true;
            pl.style = style;
            return true;
        };
        // 3. Cut, on the row that leaves the most room after the event (or, near the right
        // edge, before it).
        auto cut = [&]() {
            // Asked for an endless label, placeLabel gives the place after the event (never
            // inside a bar), or a knockout when that is at the right edge.
            Placement t = pl;
            t.labelWidth = 1e6;
            placeLabel(t);
            const bool afterPossible = !t.knockout && t.labelX < plotRight;
            const double after = t.labelX;
            t.knockout = false;
            const double before = std::min(t.left - 4, plotRight); // the label would end here
            int bestRow = -1;
            double bestRoom = 0;
            bool bestBefore = false;
            for (std::size_t r = std::size_t(firstMarkerRow); r < m_rows.size(); ++r) {
                const RowSpans &row = m_rows[r];
                if (!spansFree(row, t.left - 2, t.right + 2))
                    continue;
                if (afterPossible && spansFree(row, t.left, after + LabelGap)) {
                    const double room =
                        std::min(spansNextStart(row, after) - LabelGap, plotRight) - after;
                    if (room > bestRoom) {
                        bestRoom = room;
                        bestRow = int(r);
                        bestBefore = false;
                    }
                }
                // Before: back to the end of the previous extent.
                const auto prev =
                    std::upper_bound(row.begin(), row.end(), t.left,
                                     [](double v, const auto &span) { return v < span.first; });
                const double limit = std::max(
                    plotLeft, prev == row.begin() ? -1e300 : std::prev(prev)->second + LabelGap);
                const double room = before - limit;
                if (room > bestRoom * 1.5) {
                    bestRoom = room;
                    bestRow = int(r);
                    bestBefore = true;
                }
            }
            if (bestRow < 0 || bestRoom < minCut)
                return false;
            t.labelWidth = std::min(bestRoom, double(entry.width));
            t.labelX = bestBefore ? before - t.labelWidth : after;
            t.row = t.labelRow = bestRow;
            t.left = std::min(t.left, t.labelX);
            t.right = std::max(t.right, t.labelX + t.labelWidth);
            t.showLabel = true;
            t.style = Style::Cut;
            spansInsert(m_rows[std::size_t(bestRow)], t.left, t.right);
            pl = t;
            return true;
        };

        // The event on show (selected, or a tour step's) may take any width the plot has: its
        // whole title matters more there than a tidy column of labels.
        const double widest =
            pl.priority >= PriorityEmphasized ? m_frame.plot.width() - 8 : m_maxLabelWidth;
        const bool fullFits = entry.width <= widest;
        const bool hasShort = entry.shortWidth >= 0 && entry.shortWidth < entry.width;
        // 4. Over its own whisker or bar, on a knocked-out background: only for the event on
        // show, whose whole title beats a clean whisker (a year-long date in a month view).
        auto overOwnDrawing = [&](double width, Style style) {
            if (pl.priority < PriorityEmphasized)
                return false;
            Placement t = pl;
            t.labelWidth = width;
            t.labelX = pl.markerX + MarkerRadius + 4;
            if (t.labelX + width > plotRight)
                t.labelX = pl.markerX - MarkerRadius - 4 - width;
            if (t.labelX < plotLeft)
                return false;
            t.knockout = true;
            return onFreeRow(t, style, std::size_t(firstMarkerRow));
        };
        const bool placed = (fullFits && beside(entry.width, Style::Full)) ||
                            (fullFits && withLeader(entry.width, Style::Full)) ||
                            (fullFits && overOwnDrawing(entry.width, Style::Full)) ||
                            (hasShort && beside(entry.shortWidth, Style::Short)) ||
                            (hasShort && withLeader(entry.shortWidth, Style::Short)) || cut();
        if (!placed) {
            // Marker only, on the first row with room for it.
            pl.row = pl.labelRow = firstMarkerRow;
            spansInsert(m_rows[std::size_t(firstMarkerRow)], pl.left, pl.right);
        }
        m_placed.push_back(pl);
    }
    // Paint in time order, as before: later markers over earlier labels' backgrounds.
    std::sort(m_placed.begin(), m_placed.end(),
              [](const Placement &a, const Placement &b) { return a.markerX < b.markerX; });
}

double TimelineRenderer::plusBadgeWidth(int hidden)
{
    if (hidden < 0 || hidden > 4096)
        return QFontMetricsF(m_smallFont).horizontalAdvance(QStringLiteral("+%1").arg(hidden)) + 10;
    if (std::size_t(hidden) >= m_plusBadgeWidths.size())
        m_plusBadgeWidths.resize(std::size_t(hidden) + 1, -1);
    double &width = m_plusBadgeWidths[std::size_t(hidden)];
    if (width < 0)
        width =
            QFontMetricsF(m_smallFont).horizontalAdvance(QStringLiteral("+%1").arg(hidden)) + 10;
    return width;
}

void TimelineRenderer::paintIndividual(QPainter &p, const TimelinePalette &pal,
                                       const TimeScale &scale, TimelineFrame::Lane &lane,
                                       const TimelineViewState &state)
{
    m_events.clear();
    m_index->query(lane.lane, scale.xToDay(-(m_maxLabelWidth + 40)),
                   scale.xToDay(scale.width() + ArrowLength + 10), m_events);
    arrange(lane.rowCount, scale);

    p.save();
    p.setClipRect(
        QRectF(m_frame.plot.left(), lane.rect.top(), m_frame.plot.width(), lane.rect.height()));
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor color = laneColor(lane.lane);
    const double top = lane.rows.top();
    // Ghosts first, so markers and labels paint over them.
    for (const Placement &pl : m_placed) {
        p.setOpacity(spotlightOpacity(m_options, pl.event));
        if (pl.flags & EventIndex::HasClaims)
            drawClaims(p, pal, scale, pl, top + (pl.row + 0.5) * m_rowHeight, color);
    }
    for (const Placement &pl : m_placed) {
        p.setOpacity(spotlightOpacity(m_options, pl.event));
        drawPlacement(p, pal, pl, top + (pl.row + 0.5) * m_rowHeight, color, state);
        m_frame.markerPoints.emplace_back(pl.event,
                                          QPointF(pl.markerX, top + (pl.row + 0.5) * m_rowHeight));
    }
    // Leader lines under the labels they lead to.
    const QColor leaderColor = withAlpha(pal.mutedText, 0.8);
    for (const Placement &pl : m_placed) {
        if (!pl.showLabel || !pl.leader)
            continue;
        p.setOpacity(spotlightOpacity(m_options, pl.event));
        p.setPen(QPen(leaderColor, 1));
        const bool after = pl.labelX > pl.markerX;
        const QPointF from(pl.markerX + (after ? MarkerRadius : -MarkerRadius),
                           top + (pl.row + 0.5) * m_rowHeight);
        const QPointF to(after ? pl.labelX - 3 : pl.labelX + pl.labelWidth + 3,
                         top + (pl.labelRow + 0.5) * m_rowHeight);
        p.drawLine(from, to);
        ++m_frame.leaders;
    }
    p.setPen(pal.text);
    const QRectF visible = lane.rows.intersected(m_frame.plot);
    for (const Placement &pl : m_placed) {
        const double midY = top + (pl.row + 0.5) * m_rowHeight;
        const QRectF shape(pl.left, midY - m_rowHeight / 2 + 2, pl.right - pl.left,
                           m_rowHeight - 4);
        p.setOpacity(spotlightOpacity(m_options, pl.event));
        if (pl.showLabel) {
            const double labelMid = top + (pl.labelRow + 0.5) * m_rowHeight;
            const QStaticText &text = labelText(pl.event, pl.style, pl.labelWidth);
            // A cut label is as wide as its text came out, at most the room it was given.
            const double width =
                pl.style == TimelineFrame::LabelStyle::Cut ? text.size().width() : pl.labelWidth;
            const QRectF labelRect(pl.labelX, labelMid - m_fontHeight / 2, width, m_fontHeight);
            if (labelRect.intersects(visible)) {
                // The current label keeps its measured width (no bold): placement relied on it.
                const bool current = pl.event == state.currentEvent;
                if (pl.knockout || current)
                    p.fillRect(
                        labelRect.adjusted(-2, 0, 2, 0),
                        withAlpha(lane.alternate ? pal.laneAlternate : pal.background, 0.85));
                p.setPen(current ? pal.selection : pal.text);
                p.drawStaticText(QPointF(pl.labelX, labelMid - m_fontHeight / 2), text);
                if (current) {
                    p.setPen(QPen(pal.selection, 1.5));
                    p.drawLine(QPointF(pl.labelX, labelMid + m_fontHeight / 2 - 0.5),
                               QPointF(pl.labelX + width, labelMid + m_fontHeight / 2 - 0.5));
                }
                m_frame.labels.push_back(labelRect);
                m_frame.labelEvents.push_back(pl.event);
                m_frame.labelStyles.push_back(pl.style);
            }
            if (pl.leader)
                m_frame.hits.push_back({labelRect.intersected(visible), pl.event});
        }
        if (shape.intersects(visible)) {
            m_frame.hits.push_back({shape.intersected(visible), pl.event});
            m_frame.markers.push_back(shape);
            ++lane.shownEvents;
            if (pl.showLabel)
                ++lane.labelledEvents;
        }
    }

    p.setOpacity(1.0);
    // '+N': what did not fit, grouped by position, in the strip under the rows.
    lane.hiddenEvents = int(m_hidden.size());
    if (!m_hidden.empty()) {
        std::sort(m_hidden.begin(), m_hidden.end());
        const double y = lane.rows.bottom() + 1;
        double lastRight = -1e300;
        std::size_t i = 0;
        while (i < m_hidden.size()) {
            const double x = std::max(m_hidden[i].first - 6, lastRight + 4);
            // Grow the group while the next hidden event would sit under this badge.
            std::size_t j = i + 1;
            double width = plusBadgeWidth(1);
            while (j < m_hidden.size() && m_hidden[j].first < x + width + 10) {
                ++j;
                width = plusBadgeWidth(int(j - i));
            }
            const QRectF badge(x, y, width, m_badgeStrip - 2);
            if (badge.right() <= m_frame.plot.right() + width) {
                drawBadge(p, pal, badge, badgeText(QStringLiteral("+%1").arg(j - i)));
                m_frame.badges.push_back(badge);
            }
            lastRight = badge.right();
            i = j;
        }
    }
    p.restore();
}

void TimelineRenderer::drawPlacement(QPainter &p, const TimelinePalette &pal, const Placement &pl,
                                     double midY, const QColor &color,
                                     const TimelineViewState &state)
{
    const bool approximate = pl.flags & EventIndex::Approximate;
    const bool imprecise = pl.flags & EventIndex::Imprecise;
    const bool highContrast = m_theme == TimelineTheme::HighContrast;
    const Qt::PenStyle lineStyle = approximate ? Qt::DashLine : Qt::SolidLine;
    const QColor faded = withAlpha(color, approximate ? 0.65 : 0.9);

    // Whisker over [earliest, latest] where it reaches beyond the bar or marker.
    const double wl = pl.whiskerLeft, wr = pl.whiskerRight;
    if (wr - wl > 2 * MarkerRadius + 2 ||
        (pl.barRight > pl.barLeft && wr - wl > pl.barRight - pl.barLeft + 2)) {
        QPen pen(faded, 1.5, lineStyle, Qt::FlatCap);
        p.setPen(pen);
        p.drawLine(QPointF(wl, midY), QPointF(wr, midY));
        pen.setStyle(Qt::SolidLine);
        p.setPen(pen);
        p.drawLine(QPointF(wl, midY - 4), QPointF(wl, midY + 4));
        p.drawLine(QPointF(wr, midY - 4), QPointF(wr, midY + 4));
    }
    // Open ends: a dashed run and an arrowhead, "and on".
    auto arrow = [&](double from, double direction) {
        const double to = from + direction * ArrowLength;
        p.setPen(QPen(faded, 1.5, Qt::DashLine, Qt::FlatCap));
        p.drawLine(QPointF(from, midY), QPointF(to - direction * 5, midY));
        p.setPen(Qt::NoPen);
        p.setBrush(faded);
        const QPointF head[3] = {QPointF(to, midY), QPointF(to - direction * 7, midY - 4),
                                 QPointF(to - direction * 7, midY + 4)};
        p.drawPolygon(head, 3);
    };
    if (pl.flags & EventIndex::OpenEnd)
        arrow(std::max(wr, pl.markerX + MarkerRadius), 1);
    if (pl.flags & EventIndex::OpenStart)
        arrow(std::min(wl, pl.markerX - MarkerRadius), -1);

    const bool current = pl.event == state.currentEvent;
    const bool hovered = pl.event == state.hoveredEvent;
    if (pl.barRight > pl.barLeft) {
        const double h = m_rowHeight - 6;
        const QRectF bar(pl.barLeft, midY - h / 2, pl.barRight - pl.barLeft, h);
        // Square corners without antialiasing: crisp at every size and cheap to fill.
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(withAlpha(color, highContrast ? 0.45 : (approximate ? 0.16 : 0.28)));
        p.setPen(QPen(color, 1, lineStyle));
        p.drawRect(QRectF(snap(bar.left()), snap(bar.top()), std::round(bar.width()),
                          std::round(bar.height())));
        p.setRenderHint(QPainter::Antialiasing, true);
        if (current || hovered) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(current ? pal.selection : pal.hover, current ? 2.5 : 1.5));
            p.drawRoundedRect(bar.adjusted(-2.5, -2.5, 2.5, 2.5), 4, 4);
        }
    }
    if (pl.marker) {
        const QPointF c(pl.markerX, midY);
        // Hollow when the day itself is not known; dashed when the date is approximate.
        const int style = approximate ? 2 : (imprecise ? 1 : 0);
        if (m_raster)
            drawMarkerSprite(p, c, color, pal, style);
        else
            drawMarkerShape(p, c, color, pal, style);
        if (current || hovered) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(current ? pal.selection : pal.hover, current ? 2.5 : 1.5));
            p.drawEllipse(c, MarkerRadius + 3, MarkerRadius + 3);
        }
    }
    if (pl.flags & EventIndex::HasClaims) {
        // A small diamond: sources give other dates for this event.
        const double bx = (pl.marker ? pl.markerX + MarkerRadius : pl.barLeft + 4) + 1;
        const double by = midY - MarkerRadius - 1;
        const QPointF diamond[4] = {QPointF(bx, by - 3.5), QPointF(bx + 3.5, by),
                                    QPointF(bx, by + 3.5), QPointF(bx - 3.5, by)};
        p.setPen(QPen(pal.background, 1));
        p.setBrush(pal.claim);
        p.drawPolygon(diamond, 4);
    }
}

void TimelineRenderer::drawMarkerShape(QPainter &p, const QPointF &center, const QColor &color,
                                       const TimelinePalette &pal, int style) const
{
    if (style == 0) {
        p.setBrush(color);
        p.setPen(QPen(m_theme == TimelineTheme::HighContrast ? pal.text : color.darker(140), 1));
    } else {
        p.setBrush(pal.background);
        QPen pen(withAlpha(color, style == 2 ? 0.7 : 0.9), 2);
        if (style == 2)
            pen.setDashPattern({1.6, 1.1}); // short dashes: a ring of dots, not a broken "C"
        p.setPen(pen);
    }
    p.drawEllipse(center, MarkerRadius, MarkerRadius);
}

void TimelineRenderer::drawMarkerSprite(QPainter &p, const QPointF &center, const QColor &color,
                                        const TimelinePalette &pal, int style)
{
    // Thousands of antialiased ellipses per frame cost milliseconds; blitting a pre-drawn
    // sprite costs microseconds. Sprites exist per colour, style and pixel ratio.
    const quint64 key = (quint64(color.rgba()) << 8) ^ (quint64(pal.background.rgb()) << 36) ^
                        quint64(style) ^ (quint64(m_dpr * 8) << 2) ^ (quint64(m_theme) << 5);
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const int size = int(std::ceil((2 * MarkerRadius + 4) * m_dpr));
        QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        sprite.setDevicePixelRatio(m_dpr);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing, true);
        const double half = size / m_dpr / 2;
        drawMarkerShape(sp, QPointF(half, half), color, pal, style);
        sp.end();
        it = m_sprites.insert(key, sprite);
    }
    const double half = it->width() / m_dpr / 2;
    // Snap to device pixels so the sprite is copied, not resampled.
    const QPointF topLeft(std::round((center.x() - half) * m_dpr) / m_dpr,
                          std::round((center.y() - half) * m_dpr) / m_dpr);
    p.drawImage(topLeft, *it);
}

void TimelineRenderer::drawClaims(QPainter &p, const TimelinePalette &pal, const TimeScale &scale,
                                  const Placement &pl, double midY, const QColor &color)
{
    Q_UNUSED(color);
    const auto &claims = m_dataset->events[std::size_t(pl.event)].dateClaims;
    const double from = pl.marker ? pl.markerX : (pl.barLeft + pl.barRight) / 2;
    for (const auto &claim : claims) {
        if (!claim.parsed.isValid())
            continue;
        const double x =
            m_frame.plot.left() +
            scale.dayToX((double(claim.parsed.earliest()) + claim.parsed.latest() + 1) / 2);
        // A claim on the event's own spot has no line: Qt's PDF writer turns a dotted line of
        // no length into a bare closepath ("h f"), which readers report as a syntax error.
        if (std::abs(x - from) >= 1) {
            p.setPen(QPen(withAlpha(pal.claim, 0.55), 1, Qt::DotLine));
            p.drawLine(QPointF(from, midY), QPointF(x, midY));
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(withAlpha(pal.claim, 0.8), 1.5, Qt::DashLine));
        p.drawEllipse(QPointF(x, midY), MarkerRadius - 0.5, MarkerRadius - 0.5);
    }
}

void TimelineRenderer::drawBadge(QPainter &p, const TimelinePalette &pal, const QRectF &rect,
                                 const QStaticText &text)
{
    p.setPen(Qt::NoPen);
    p.setBrush(pal.badge);
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    p.setPen(pal.badgeText);
    p.setFont(m_smallFont);
    const QSizeF size = text.size();
    p.drawStaticText(
        QPointF(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2), text);
    p.setFont(m_font);
}

void TimelineRenderer::paintAggregated(QPainter &p, const TimelinePalette &pal,
                                       const TimeScale &scale, TimelineFrame::Lane &lane,
                                       const QRectF &area, bool withBadges)
{
    const QRectF plot = m_frame.plot;
    const int columns = int(std::ceil(plot.width() / ColumnWidth));
    columnData(*m_index, lane.lane, scale, columns, m_counts, &m_coverage);
    int maxCount = 0, maxCoverage = 0;
    for (int c = 0; c < columns; ++c) {
        maxCount = std::max(maxCount, m_counts[std::size_t(c)]);
        maxCoverage = std::max(maxCoverage, m_coverage[std::size_t(c)]);
    }
    if (maxCount == 0 && maxCoverage == 0)
        return;
    const QColor color = laneColor(lane.lane);
    const bool highContrast = m_theme == TimelineTheme::HighContrast;
    const QColor laneBackground = lane.alternate ? pal.laneAlternate : pal.background;
    const QColor coverageColor = over(color, laneBackground, highContrast ? 0.35 : 0.18);
    const QColor countColor = over(color, laneBackground, highContrast ? 0.9 : 0.62);

    // Column heights on a log scale: one event in a column still shows, and a peak of thousands
    // does not flatten everything else. Ranges in progress go behind the starts.
    auto heightOf = [&](int value, int maximum) {
        if (value <= 0 || maximum <= 0)
            return 0.0;
        return std::max(1.5,
                        area.height() * std::log1p(double(value)) / std::log1p(double(maximum)));
    };

    p.save();
    p.setClipRect(QRectF(plot.left(), lane.rect.top(), plot.width(), lane.rect.height()));
    p.setRenderHint(QPainter::Antialiasing, false);
    if (m_raster) {
        // Raster targets (widget, QImage): write the columns into a reused image and blit it
        // once. Filling thousands of 2-pixel-wide rectangles costs one span per pixel row each;
        // direct stores are an order of magnitude cheaper. Vector targets get rectangles below.
        const int w = std::max(1, int(std::ceil(plot.width() * m_dpr)));
        const int h = std::max(1, int(std::ceil(area.height() * m_dpr)));
        if (m_strip.width() < w || m_strip.height() < h)
            m_strip = QImage(std::max(w, m_strip.width()), std::max(h, m_strip.height()),
                             QImage::Format_ARGB32_Premultiplied);
        const QRgb coverageRgb = coverageColor.rgba();
        const QRgb countRgb = countColor.rgba();
        const qsizetype stride = m_strip.bytesPerLine() / 4;
        auto *bits = reinterpret_cast<QRgb *>(m_strip.bits());
        for (int y = 0; y < h; ++y)
            std::fill_n(bits + y * stride, w, QRgb(0));
        for (int c = 0; c < columns; ++c) {
            const int x0 = int(c * ColumnWidth * m_dpr);
            const int x1 = std::min(w, int((c + 1) * ColumnWidth * m_dpr));
            const int hc = std::min(
                h, int(std::lround(heightOf(m_coverage[std::size_t(c)], maxCoverage) * m_dpr)));
            const int hn =
                std::min(h, int(std::lround(heightOf(m_counts[std::size_t(c)], maxCount) * m_dpr)));
            for (int y = h - std::max(hc, hn); y < h; ++y) {
                const QRgb rgb = (h - y) <= hn ? countRgb : coverageRgb;
                std::fill(bits + y * stride + x0, bits + y * stride + x1, rgb);
            }
        }
        const QRectF source(0, 0, w, h);
        p.drawImage(QRectF(plot.left(), area.bottom() - h / m_dpr, w / m_dpr, h / m_dpr), m_strip,
                    source);
    } else {
        auto fillSeries = [&](const std::vector<int> &values, int maximum, const QColor &fill) {
            m_rects.clear();
            int c = 0;
            while (c < columns) {
                const int v = values[std::size_t(c)];
                int end = c + 1;
                while (end < columns && values[std::size_t(end)] == v)
                    ++end;
                const double hv = heightOf(v, maximum);
                if (hv > 0)
                    m_rects.push_back(QRectF(plot.left() + c * ColumnWidth, area.bottom() - hv,
                                             (end - c) * ColumnWidth, hv));
                c = end;
            }
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRects(m_rects.data(), int(m_rects.size()));
        };
        fillSeries(m_coverage, maxCoverage, coverageColor);
        fillSeries(m_counts, maxCount, countColor);
    }

    if (withBadges) {
        // Count badges per bin, in the strip under the rows.
        const int binColumns = std::max(1, int(120 / ColumnWidth));
        p.setRenderHint(QPainter::Antialiasing, true);
        const double y = lane.rows.bottom() + 1;
        for (int start = 0; start < columns; start += binColumns) {
            int sum = 0;
            const int end = std::min(columns, start + binColumns);
            for (int c = start; c < end; ++c)
                sum += m_counts[std::size_t(c)];
            if (sum == 0)
                continue;
            const QStaticText &text = badgeText(compactCount(sum));
            const double w = text.size().width() + 10;
            const double cx = plot.left() + (start + end) * ColumnWidth / 2;
            const QRectF badge(cx - w / 2, y, w, m_badgeStrip - 2);
            drawBadge(p, pal, badge, text);
            m_frame.badges.push_back(badge);
        }
        lane.hiddenEvents = 0;
    }
    p.restore();
}

const QStaticText &TimelineRenderer::badgeText(const QString &text)
{
    auto it = m_badgeTexts.find(text);
    if (it != m_badgeTexts.end())
        return *it;
    if (m_badgeTexts.size() > 4000)
        m_badgeTexts.clear();
    QStaticText staticText;
    staticText.setTextFormat(Qt::PlainText);
    staticText.setText(text);
    staticText.prepare(QTransform(), m_smallFont);
    return *m_badgeTexts.insert(text, staticText);
}

void TimelineRenderer::paintSingle(QPainter &p, const TimelinePalette &pal, const TimeScale &scale,
                                   const TimelineFrame::Lane &lane, int event,
                                   const TimelineViewState &state)
{
    Placement pl = geometry(event, scale);
    const double fullWidth = label(event).width;
    pl.labelWidth = std::min(fullWidth, m_maxLabelWidth);
    placeLabel(pl);
    pl.showLabel = true;
    const TimelineFrame::LabelStyle style = fullWidth <= m_maxLabelWidth
                                                ? TimelineFrame::LabelStyle::Full
                                                : TimelineFrame::LabelStyle::Cut;
    const double midY = lane.rows.top() + m_rowHeight / 2;
    p.save();
    p.setClipRect(
        QRectF(m_frame.plot.left(), lane.rect.top(), m_frame.plot.width(), lane.rect.height()));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setOpacity(spotlightOpacity(m_options, event));
    drawPlacement(p, pal, pl, midY, laneColor(lane.lane), state);
    const QRectF labelRect(pl.labelX - 3, midY - m_fontHeight / 2 - 1, pl.labelWidth + 6,
                           m_fontHeight + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(pal.background, 0.92));
    p.drawRoundedRect(labelRect, 3, 3);
    p.setPen(event == state.currentEvent ? pal.selection : pal.text);
    p.drawStaticText(QPointF(pl.labelX, midY - m_fontHeight / 2),
                     labelText(event, style, pl.labelWidth));
    p.restore();
    const QRectF shape(pl.left, midY - m_rowHeight / 2 + 2,
                       std::max(pl.right, labelRect.right()) - pl.left, m_rowHeight - 4);
    m_frame.hits.push_back({shape.intersected(m_frame.plot), event});
}

void TimelineRenderer::paintToday(QPainter &p, const TimelinePalette &pal, const TimeScale &scale)
{
    const double x = m_frame.plot.left() + scale.dayToX(double(m_today) + 0.5);
    if (x < m_frame.plot.left() || x > m_frame.plot.right())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    QPen pen(withAlpha(pal.today, 0.85), 1.5);
    p.setPen(pen);
    const double top = m_frame.axis.bottom();
    p.drawLine(QPointF(x, top), QPointF(x, m_frame.plot.bottom()));
    p.restore();
}

void TimelineRenderer::paintLegend(QPainter &p, const TimelinePalette &pal)
{
    const QRectF r = m_frame.legend;
    p.save();
    p.fillRect(r, pal.axisBackground);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(m_smallFont);
    const QFontMetricsF small(m_smallFont);
    const QColor c = pal.mutedText;
    const double midY = r.center().y();
    double x = r.left() + 12;
    auto caption = [&](const QString &text) {
        p.setPen(pal.text);
        p.drawText(QPointF(x, midY - small.height() / 2 + small.ascent()), text);
        x += small.horizontalAdvance(text) + 18;
    };
    p.setPen(QPen(c.darker(140), 1));
    p.setBrush(c);
    p.drawEllipse(QPointF(x + 4, midY), MarkerRadius, MarkerRadius);
    x += 14;
    caption(tr("exact day"));
    p.setPen(QPen(c, 1.5));
    p.drawLine(QPointF(x, midY), QPointF(x + 22, midY));
    p.drawLine(QPointF(x, midY - 4), QPointF(x, midY + 4));
    p.drawLine(QPointF(x + 22, midY - 4), QPointF(x + 22, midY + 4));
    p.setPen(QPen(c, 2));
    p.setBrush(pal.background);
    p.drawEllipse(QPointF(x + 11, midY), MarkerRadius, MarkerRadius);
    x += 28;
    caption(tr("month / year"));
    p.setPen(QPen(c, 1.5, Qt::DashLine));
    p.drawLine(QPointF(x, midY), QPointF(x + 22, midY));
    p.setPen(QPen(c, 2, Qt::DashLine));
    p.drawEllipse(QPointF(x + 11, midY), MarkerRadius, MarkerRadius);
    x += 28;
    caption(tr("approximate / uncertain"));
    p.setPen(QPen(c, 1.2));
    p.setBrush(withAlpha(c, 0.28));
    p.drawRoundedRect(QRectF(x, midY - 6, 26, 12), 3, 3);
    x += 32;
    caption(tr("range"));
    p.setPen(QPen(c, 1.5, Qt::DashLine));
    p.drawLine(QPointF(x, midY), QPointF(x + 16, midY));
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    const QPointF head[3] = {QPointF(x + 22, midY), QPointF(x + 15, midY - 4),
                             QPointF(x + 15, midY + 4)};
    p.drawPolygon(head, 3);
    x += 28;
    caption(tr("open end"));
    const QPointF diamond[4] = {QPointF(x + 4, midY - 4), QPointF(x + 8, midY),
                                QPointF(x + 4, midY + 4), QPointF(x, midY)};
    p.setBrush(pal.claim);
    p.drawPolygon(diamond, 4);
    x += 14;
    caption(tr("sources disagree on the date"));
    p.setPen(QPen(pal.today, 1.5));
    p.drawLine(QPointF(x + 4, midY - 7), QPointF(x + 4, midY + 7));
    x += 12;
    caption(tr("today"));
    p.restore();
}

TimeScale TimelineRenderer::overviewScale(double width, const TimelineViewState &state) const
{
    const auto [from, to] = overviewRange();
    TimeScale scale(from, to, width);
    scale.setLimits(-TimeScale::OutermostDay, TimeScale::OutermostDay, 1e-3,
                    2 * TimeScale::OutermostDay);
    scale.setWarp(state.warp);
    scale.setRange(from, to);
    return scale;
}

std::pair<double, double> TimelineRenderer::overviewRange() const
{
    if (!m_index || m_index->indexedCount() == 0)
        return {0, 365};
    const double first = m_index->firstDay();
    const double last = double(m_index->lastDay()) + 1;
    const double margin = std::max(30.0, (last - first) * 0.02);
    return {first - margin, last + margin};
}

void TimelineRenderer::renderOverview(QPainter &painter, const QRectF &rect,
                                      const TimelineViewState &state, const RenderOptions &options)
{
    const TimelinePalette pal = TimelinePalette::forTheme(options.theme);
    prepareFonts(options);
    m_theme = options.theme;
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, pal.axisBackground);
    if (!m_index || !m_dataset) {
        painter.restore();
        return;
    }
    const QRectF plot = overviewPlotRect(rect);
    const TimeScale scale = overviewScale(plot.width(), state);

    // Total density of the visible events over the whole range, on a log scale.
    const int columns = int(std::ceil(plot.width() / ColumnWidth));
    std::vector<int> total(std::size_t(columns), 0);
    for (int lane = 0; lane < m_index->laneCount(); ++lane) {
        columnData(*m_index, lane, scale, columns, m_counts, nullptr);
        for (int c = 0; c < columns; ++c)
            total[std::size_t(c)] += m_counts[std::size_t(c)];
    }
    const int maximum = total.empty() ? 0 : *std::max_element(total.begin(), total.end());
    if (maximum > 0) {
        const double norm = 1.0 / std::log1p(double(maximum));
        QPolygonF polygon;
        polygon << QPointF(plot.left(), plot.bottom());
        for (int c = 0; c < columns; ++c) {
            const int v = total[std::size_t(c)];
            const double h =
                v > 0 ? std::max(1.5, (plot.height() - 4) * std::log1p(double(v)) * norm) : 0.0;
            const double x = plot.left() + c * ColumnWidth;
            polygon << QPointF(x, plot.bottom() - h) << QPointF(x + ColumnWidth, plot.bottom() - h);
        }
        polygon << QPointF(plot.left() + columns * ColumnWidth, plot.bottom());
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(pal.mutedText, 0.45));
        painter.drawPolygon(polygon);
    }
    // Year ticks.
    const TickSet ticks = scale.ticks(options.locale, 70);
    painter.setFont(m_smallFont);
    const QFontMetricsF small(m_smallFont);
    double lastRight = -1e300;
    for (const auto &tick : ticks.major) {
        const double x = plot.left() + scale.dayToX(tick.day);
        painter.setPen(QPen(pal.gridMajor, 0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (x + 3 < lastRight + 4)
            continue; // too close to the label before it (next to a break of the focus scale)
        painter.setPen(pal.mutedText);
        painter.drawText(QPointF(x + 3, plot.top() + small.ascent() + 1), tick.label);
        lastRight = x + 3 + small.horizontalAdvance(tick.label);
    }
    // Breaks of the focus scale, as on the main axis: a double slash at the bottom edge.
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Model::ScaleBreak &b : scale.visibleBreaks()) {
        const double mid = plot.left() + scale.dayToX((b.startDay + b.endDay) / 2);
        painter.setPen(QPen(pal.mutedText, 1.2));
        for (double dx : {-2.5, 2.5})
            painter.drawLine(QPointF(mid + dx - 2.5, plot.bottom() - 1),
                             QPointF(mid + dx + 2.5, plot.bottom() - 9));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    // The visible window, with the outside dimmed.
    const double wl =
        std::clamp(plot.left() + scale.dayToX(state.startDay), plot.left(), plot.right());
    const double wr =
        std::clamp(plot.left() + scale.dayToX(state.endDay), plot.left(), plot.right());
    const QColor dim = withAlpha(pal.background, 0.55);
    painter.fillRect(QRectF(plot.left(), plot.top(), wl - plot.left(), plot.height()), dim);
    painter.fillRect(QRectF(wr, plot.top(), plot.right() - wr, plot.height()), dim);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(withAlpha(pal.overviewWindow, 0.12));
    painter.setPen(QPen(pal.overviewWindow, 1.5));
    painter.drawRoundedRect(QRectF(wl, plot.top() + 1, std::max(3.0, wr - wl), plot.height() - 2),
                            2, 2);
    // Caption in the gutter.
    painter.setPen(pal.mutedText);
    painter.drawText(QRectF(rect.left() + 10, rect.top(), m_gutter - 14, rect.height()),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Overview"));
    painter.setPen(QPen(pal.gridMajor, 0));
    painter.drawLine(QPointF(rect.left(), rect.top() + 0.5),
                     QPointF(rect.right(), rect.top() + 0.5));
    painter.restore();
}

} // namespace Anchorline::Views
