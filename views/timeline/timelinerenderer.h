#pragma once

#include "core/displaytext.h"
#include "core/partialdate.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QSet>
#include <QStaticText>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace Anchorline::Model {
struct Dataset;
class EventIndex;
class FocusWarp;
class TimeScale;
} // namespace Anchorline::Model

namespace Anchorline::Views {

enum class TimelineTheme : std::uint8_t { Light, Dark, HighContrast };

struct TimelinePalette
{
    QColor background;
    QColor laneAlternate; // every other lane, so long lanes stay easy to follow
    QColor gutter;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor gridMajor;
    QColor axisBackground;
    QColor today;
    QColor selection;
    QColor hover;
    QColor badge;
    QColor badgeText;
    QColor claim; // sources disagree on the date
    QColor overviewWindow;

    static TimelinePalette forTheme(TimelineTheme theme);
};

// What the user is looking at; owned by whoever shows the timeline (widget, export, tests).
struct TimelineViewState
{
    double startDay = 0; // visible days [startDay, endDay], as doubles so zoom is continuous
    double endDay = 365;
    int currentEvent = -1; // index into Dataset::events
    int hoveredEvent = -1;
    std::vector<bool> collapsedLanes; // by lane index; missing entries are expanded
    // Events (Dataset::events indices) to label first and in full, before every other event,
    // e.g. a presentation's current step and its related events. The current event and the
    // events related to it are always treated so; these come before them.
    std::vector<int> emphasized;
    // The focus (collapsed) scale: long empty stretches drawn compressed. Null: linear scale.
    std::shared_ptr<const Model::FocusWarp> warp;
    bool isCollapsed(int lane) const
    {
        return lane >= 0 && lane < int(collapsedLanes.size()) && collapsedLanes[std::size_t(lane)];
    }
};

// How to paint it; the same state with other options gives a PNG, an SVG or a print-out.
struct RenderOptions
{
    TimelineTheme theme = TimelineTheme::Light;
    // 0: take it from the paint device. Used to put hairlines on device pixels.
    qreal devicePixelRatio = 0;
    bool showTitle = false;
    bool showLegend = false;
    bool showEmptyLanes = false; // lanes without any event (and without eras)
    std::vector<int> lanes;      // lanes to show, in this order; empty: every lane
    // Base font; labels use it at this size (callers scale it for the text size), small print
    // is 85% of it. Label layout follows from it and from the target's size in these units.
    QFont font;
    QLocale locale;
    std::optional<Model::DayNumber> today; // default: the current date
    // Above this many events in view, a lane draws density instead of single events.
    int maxEventsPerLane = 0; // 0: a third of the plot width in pixels
    // Spotlight: per event (Dataset::events order) 1 = lit, 0 = drawn faint; null: all lit.
    // Not owned; must live until render() returns.
    const std::vector<std::uint8_t> *spotlight = nullptr;
    // Relations among the events drawn as single markers, as arcs over the timeline.
    bool showRelationArcs = false;
};

// One painted frame: where everything went, for hit-testing and tests.
struct TimelineFrame
{
    struct Lane
    {
        int lane = -1;
        QRectF rect;   // the whole lane, gutter included
        QRectF header; // name and colour at the left; a click toggles collapse
        QRectF rows;   // where events go, inside the plot
        int rowCount = 0;
        bool collapsed = false;
        bool aggregated = false; // density instead of single events
        bool alternate = false;  // drawn on the alternate lane background
        int shownEvents = 0;
        int labelledEvents = 0;
        int hiddenEvents = 0; // summarised in '+N' badges
    };
    struct Hit
    {
        QRectF rect;
        int event = -1;
    };

    QRectF target;
    QRectF plot; // the time axis maps [startDay, endDay] onto plot.left()..plot.right()
    QRectF axis;
    QRectF legend;
    std::vector<Lane> lanes;
    std::vector<Hit> hits; // drawn events, in paint order
    // The label text of a drawn event: its title, its shortTitle, or its title cut ("…").
    enum class LabelStyle : std::uint8_t { Full, Short, Cut };
    std::vector<QRectF> labels;          // every event label drawn
    std::vector<int> labelEvents;        // the event of each of `labels`
    std::vector<LabelStyle> labelStyles; // and how it is written
    int leaders = 0; // labels set beside a crowded cluster, joined to their marker by a line
    std::vector<QRectF> badges;  // '+N' and count badges
    std::vector<QRectF> markers; // marker or bar of every drawn event
    // Where each event drawn as a single marker sits (event index, centre of its marker).
    std::vector<std::pair<int, QPointF>> markerPoints;
    int arcs = 0; // relation arcs drawn (RenderOptions::showRelationArcs)

    // Top-most event under a point, or -1.
    int eventAt(const QPointF &point) const;
    // Lane index (Dataset actor order) under a point, or -1.
    int laneAt(const QPointF &point) const;
    int laneHeaderAt(const QPointF &point) const;
    const Lane *findLane(int lane) const;
};

// Paints the timeline onto any QPainter: the widget, PNG/SVG/PDF export and printing all call it,
// so what is exported is exactly what is seen (docs/architecture.md §4). Keep it free of widget
// state.
class TimelineRenderer final
{
public:
    TimelineRenderer() = default;
    Q_DISABLE_COPY_MOVE(TimelineRenderer)

    // Both must outlive the renderer or be replaced before the next render.
    void setData(const Model::Dataset *dataset, const Model::EventIndex *index);
    // Titles changed: drop cached label layouts.
    void invalidateLabels();
    // The data language of every label (docs/format.md, Translations); drops cached layouts
    // when it changes.
    void setDisplayText(const Model::DisplayText &text);

    const TimelineFrame &render(QPainter &painter, const QRectF &target,
                                const TimelineViewState &state, const RenderOptions &options);
    const TimelineFrame &lastFrame() const { return m_frame; }

    // The rectangle the time axis spans for a target, without painting.
    QRectF plotRect(const QRectF &target, const RenderOptions &options);
    // Lanes that render() shows for these options, in order.
    std::vector<int> shownLanes(const RenderOptions &options) const;

    // The minimap: density of every visible event over the whole data range, and the window.
    void renderOverview(QPainter &painter, const QRectF &rect, const TimelineViewState &state,
                        const RenderOptions &options);
    // The day range the overview spans (the data with a margin), and where it goes in `rect`.
    std::pair<double, double> overviewRange() const;
    QRectF overviewPlotRect(const QRectF &rect) const;
    // The overview's day <-> x mapping over `width` pixels (of overviewPlotRect), on the state's
    // time scale.
    Model::TimeScale overviewScale(double width, const TimelineViewState &state) const;

    QString laneName(int lane) const;
    // How an event ranks for a label before any selection, from its fields and the tours: -1 low
    // ("priority": "low"), 0 normal, 1 key (strategy documents, tour steps, "priority": "high";
    // never folded into '+N'). For exports that lay labels out themselves (WebPageExporter).
    int baseLabelRank(int event) const;
    // What a lane header says under the name: how many events the lane holds (of how many,
    // when a filter hides some) and, for an actor's lane, how many events involve the actor,
    // e.g. {"50 in this lane", "71 involve Japan"}. The second is empty for the "other" lane.
    QStringList laneCountLines(int lane);
    QColor laneColor(int lane) const;
    // `color` as drawn on the theme's background (lane and era colours are darkened or lightened
    // until they read), for exports that draw elsewhere (WebPageExporter).
    static QColor legibleColor(const QColor &color, TimelineTheme theme);
    // The legend's captions, in the order paintLegend() draws them.
    static QStringList legendCaptions();

private:
    // Placement needs only a label's width; the glyph layout for painting is made when the
    // label is first drawn. Most measured labels are never drawn (their rows are full).
    struct LabelCacheEntry
    {
        float width = -1;                         // the whole title; < 0: not measured yet
        float shortWidth = -1;                    // the shortTitle; < 0: none
        std::optional<QStaticText> prepared;      // the title
        std::optional<QStaticText> preparedShort; // the shortTitle
        // The title cut to fit a space, for the last space asked for.
        float cutFor = -1;
        float cutWidth = 0;
        std::optional<QStaticText> preparedCut;
    };
    // One row of a lane: the extents taken in it, sorted and disjoint.
    using RowSpans = std::vector<std::pair<double, double>>;
    struct Placement
    {
        int event = -1;
        int row = -1;
        double left = 0;  // extent used for stacking
        double right = 0; // including the label when shown
        double markerX = 0;
        double barLeft = 0;
        double barRight = 0; // barRight <= barLeft: no bar
        double whiskerLeft = 0;
        double whiskerRight = 0;
        double claimsLeft = 1e300; // rings of the dates other sources give
        double claimsRight = -1e300;
        double labelX = 0;
        double labelWidth = 0;
        bool showLabel = false;
        bool marker = true;    // a dot at markerX (points, and ranges too short for a bar)
        bool knockout = false; // the label crosses its own whisker: paint a background
        bool leader = false;   // the label sits in labelRow, joined to the marker by a line
        std::uint8_t flags = 0;
        std::uint8_t priority = 0;
        TimelineFrame::LabelStyle style = TimelineFrame::LabelStyle::Full;
        int labelRow = -1;
    };
    struct Fonts;

    void layout(const QRectF &target, const TimelineViewState &state, const RenderOptions &options);
    double gutterWidth(const RenderOptions &options);
    LabelCacheEntry &label(int event);
    const QStaticText &labelText(int event, TimelineFrame::LabelStyle style, double width);
    // The priorities this frame raises above what the data gives (higher: labelled first).
    void computePriorities(const TimelineViewState &state);
    // Rows a lane needs to label every event in view in full (estimated widths, no shaping).
    int rowsWanted(int lane, const Model::TimeScale &scale);
    // Places the lane's events in m_events on `rowCount` rows: m_placed, m_hidden.
    void arrange(int rowCount, const Model::TimeScale &scale);
    double plusBadgeWidth(int hidden);
    void prepareFonts(const RenderOptions &options);

    void paintBackground(QPainter &p, const TimelinePalette &pal);
    void paintTitle(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale);
    void paintEras(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale);
    void paintGrid(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale);
    void paintAxis(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale);
    void paintLaneHeaders(QPainter &p, const TimelinePalette &pal);
    void paintLane(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale,
                   TimelineFrame::Lane &lane, const TimelineViewState &state);
    void paintIndividual(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale,
                         TimelineFrame::Lane &lane, const TimelineViewState &state);
    void paintAggregated(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale,
                         TimelineFrame::Lane &lane, const QRectF &area, bool withBadges);
    void paintSingle(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale,
                     const TimelineFrame::Lane &lane, int event, const TimelineViewState &state);
    Placement geometry(int event, const Model::TimeScale &scale) const;
    void placeLabel(Placement &placement) const;
    void drawPlacement(QPainter &p, const TimelinePalette &pal, const Placement &placement,
                       double midY, const QColor &color, const TimelineViewState &state);
    void drawMarkerShape(QPainter &p, const QPointF &center, const QColor &color,
                         const TimelinePalette &pal, int style) const;
    void drawMarkerSprite(QPainter &p, const QPointF &center, const QColor &color,
                          const TimelinePalette &pal, int style);
    void drawClaims(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale,
                    const Placement &placement, double midY, const QColor &color);
    void drawBadge(QPainter &p, const TimelinePalette &pal, const QRectF &rect,
                   const QStaticText &text);
    const QStaticText &badgeText(const QString &text);
    void paintToday(QPainter &p, const TimelinePalette &pal, const Model::TimeScale &scale);
    void paintLegend(QPainter &p, const TimelinePalette &pal);
    void paintRelationArcs(QPainter &p, const TimelinePalette &pal);
    double snap(double x) const;

    const Model::Dataset *m_dataset = nullptr;
    Model::DisplayText m_text;
    const Model::EventIndex *m_index = nullptr;
    TimelineFrame m_frame;

    // Per-render settings.
    RenderOptions m_options;
    TimelineTheme m_theme = TimelineTheme::Light;
    qreal m_dpr = 1;
    Model::DayNumber m_today = 0;
    QRectF m_titleRect;
    QRectF m_eraHeader;
    double m_gutter = 120;
    double m_rowHeight = 20;
    double m_eraStrip = 15;
    double m_badgeStrip = 15;
    int m_maxPerLane = 500;
    std::vector<int> m_laneOrder;
    std::vector<QString> m_eraGroups; // groups of eras without an actor: header rows
    std::vector<QColor> m_laneColors;
    // Per actor, the events that list it anywhere (the search panel's actor count); a lane
    // holds only the events whose first actor it is. Filled on first use after setData().
    std::vector<int> m_involved;

    QFont m_font;
    QFont m_smallFont;
    QFont m_boldFont;
    double m_ascent = 10;
    double m_smallAscent = 9;
    double m_fontHeight = 14;
    QString m_fontKey; // the label cache belongs to this font
    QHash<int, LabelCacheEntry> m_labels;
    double m_maxLabelWidth = 220; // a longer title is cut
    double m_averageChar = 7;
    // Label priority: from the event's fields and the tours, unless this frame raises it (the
    // selected event, its relations, a tour step's emphasis).
    std::uint8_t basePriority(int event) const;
    std::uint8_t priorityOf(int event) const;
    mutable std::optional<QSet<QString>> m_tourEvents; // ids of tour steps' events, when asked
    QHash<int, std::uint8_t> m_raised;                 // event -> priority raised this frame
    std::vector<RowSpans> m_rows;

    // Scratch buffers reused from frame to frame, so the paint path does not allocate.
    std::vector<int> m_events;
    std::vector<std::uint8_t> m_levels; // priority of each of m_events (arrange)
    std::vector<int> m_byLevel;
    std::vector<Placement> m_placed;
    std::vector<double> m_rowEnds;
    std::vector<int> m_counts;
    std::vector<int> m_coverage;
    std::vector<std::pair<double, int>> m_hidden;
    QHash<QString, QStaticText> m_badgeTexts;
    std::vector<double> m_plusBadgeWidths; // '+N' badge widths by N, in m_smallFont
    QImage m_strip;                        // density columns for raster targets
    QHash<quint64, QImage> m_sprites;
    bool m_raster = false; // painting onto pixels (widget, QImage) rather than SVG/PDF/print
    std::vector<QRectF> m_rects;
};

} // namespace Anchorline::Views
