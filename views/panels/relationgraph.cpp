#include "panels/relationgraph.h"

#include "core/displaynames.h"
#include "document/document.h"
#include "itemmodels/eventfilterproxy.h"
#include "style/palette.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtMath>
#include <algorithm>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

constexpr int EventIndexKey = 0; // QGraphicsItem::data key holding a node's event index
// Below this zoom the edges' labels would crowd the shrunken graph: they are left out.
constexpr double LabelledEdgeZoom = 0.75;

// A text item drawn at its font's size whatever the zoom, centred on (or left of) its anchor.
class ScreenText final : public QGraphicsItem
{
public:
    // `centred`: centred on the anchor, else starting at it; `above`: the text's bottom on the
    // anchor, else its top.
    ScreenText(QString text, QFont font, QColor color, bool centred, bool above)
        : m_text(std::move(text))
        , m_font(std::move(font))
        , m_color(std::move(color))
    {
        setFlag(ItemIgnoresTransformations);
        const QFontMetricsF metrics(m_font);
        const double w = metrics.horizontalAdvance(m_text);
        m_rect = QRectF(centred ? -w / 2 : 0, above ? -metrics.height() : 0, w, metrics.height());
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setFont(m_font);
        painter->setPen(m_color);
        painter->drawText(m_rect, Qt::AlignLeft | Qt::AlignVCenter, m_text);
    }

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
    QRectF m_rect;
};

// Breaks `text` into at most `maxLines` lines of `width`, eliding the last one.
QStringList wrapLines(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
    if (maxLines <= 1)
        return {metrics.elidedText(text.simplified(), Qt::ElideRight, width)};
    QStringList lines;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        lines << line;
        line = words[i];
        if (lines.size() == maxLines - 1)
            break;
    }
    for (++i; i < words.size() && lines.size() == maxLines - 1; ++i)
        line += QLatin1Char(' ') + words[i];
    if (!line.isEmpty())
        lines << metrics.elidedText(line, Qt::ElideRight, width);
    return lines;
}

// How much of a node's text fits in `inner` (its box on screen, less padding) at the panel's
// font: up to two title lines and the date line; none when not even a short line fits.
struct NodeText
{
    int titleLines = 0;
    bool date = false;
};

NodeText textFor(const QRectF &inner, const QFontMetricsF &metrics)
{
    NodeText text;
    if (inner.width() < 6 * metrics.averageCharWidth())
        return text;
    const int lines = int(std::floor((inner.height() + metrics.leading()) / metrics.lineSpacing()));
    text.titleLines = std::clamp(lines >= 3 ? 2 : lines, 0, 2);
    text.date = lines >= 3;
    return text;
}

Qt::PenStyle penStyleFor(Assertion assertion)
{
    switch (assertion) {
    case Assertion::Fact:
        return Qt::SolidLine;
    case Assertion::Interpretation:
        return Qt::DashLine;
    case Assertion::AttributedView:
    case Assertion::Recommendation:
    case Assertion::Reported:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

// Text in the graph is drawn at the panel's font size whatever the zoom (docs/architecture.md:
// views draw data text legibly or not at all): zooming out shrinks the boxes, and a box too
// small for a line of text shows fewer lines, then none (the tooltip still has the title).
class NodeItem final : public QGraphicsItem
{
public:
    NodeItem(const QRectF &rect, QString title, QString date, QColor color, bool centre, QFont font)
        : m_rect(rect)
        , m_title(std::move(title))
        , m_date(std::move(date))
        , m_color(std::move(color))
        , m_centre(centre)
        , m_font(std::move(font))
    {
        setZValue(2);
        setCursor(Qt::PointingHandCursor);
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = m_color;
        fill.setAlphaF(m_centre ? 0.30f : 0.12f);
        painter->setBrush(QColor(Qt::white));
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(m_rect, 5, 5);
        painter->setBrush(fill);
        painter->setPen(QPen(m_color, m_centre ? 3.0 : 1.4));
        painter->drawRoundedRect(m_rect, 5, 5);

        // The text in device pixels, inside the box as it is on screen.
        const QRectF onScreen = painter->worldTransform().mapRect(m_rect);
        QFont titleFont = m_font;
        titleFont.setBold(m_centre);
        const QFontMetricsF titleMetrics(titleFont);
        const QFontMetricsF dateMetrics(m_font);
        const QRectF inner = onScreen.adjusted(6, 3, -6, -2);
        const NodeText text = textFor(inner, titleMetrics);
        if (text.titleLines == 0)
            return;
        painter->save();
        painter->resetTransform();
        const QStringList lines = wrapLines(m_title, titleMetrics, inner.width(), text.titleLines);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->setFont(titleFont);
        double y = inner.top() + titleMetrics.ascent();
        for (const QString &line : lines) {
            painter->drawText(QPointF(inner.left(), y), line);
            y += titleMetrics.lineSpacing();
        }
        if (text.date) {
            painter->setFont(m_font);
            painter->setPen(QColor(0x55, 0x55, 0x55));
            painter->drawText(QPointF(inner.left(), inner.bottom() - dateMetrics.descent()),
                              dateMetrics.elidedText(m_date, Qt::ElideRight, inner.width()));
        }
        painter->restore();
    }

private:
    QRectF m_rect;
    QString m_title;
    QString m_date;
    QColor m_color;
    bool m_centre = false;
    QFont m_font;
};

class EdgeItem final : public QGraphicsItem
{
public:
    EdgeItem(QPainterPath path, QColor color, Qt::PenStyle style, double width, QString label,
             QFont font)
        : m_path(std::move(path))
        , m_color(std::move(color))
        , m_style(style)
        , m_width(width)
        , m_label(std::move(label))
        , m_font(std::move(font))
    {
        setZValue(1);
        const QPointF tip = m_path.pointAtPercent(1);
        const double angle = qDegreesToRadians(m_path.angleAtPercent(1));
        const QPointF back(-std::cos(angle), std::sin(angle)); // against the direction of travel
        const QPointF normal(-back.y(), back.x());
        m_arrow << tip << tip + back * 11 + normal * 4.5 << tip + back * 11 - normal * 4.5;
        const QFontMetricsF metrics(m_font);
        m_middle = m_path.pointAtPercent(0.5);
        const double w = metrics.horizontalAdvance(m_label) + 8;
        const double h = metrics.height() + 2;
        // The label's size at 1:1; zoomed out, labels are left out rather than shrunk.
        m_labelSize = QSizeF(w, h);
        const QRectF labelRect(m_middle.x() - w / 2, m_middle.y() - h / 2, w, h);
        m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).united(labelRect);
        m_bounds.adjust(-3, -3, 3, 3);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(m_color, m_width, m_style, Qt::FlatCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawPolygon(m_arrow);
        if (painter->worldTransform().m11() < LabelledEdgeZoom)
            return;
        painter->save();
        const QPointF middle = painter->worldTransform().map(m_middle);
        painter->resetTransform();
        const QRectF label(middle.x() - m_labelSize.width() / 2,
                           middle.y() - m_labelSize.height() / 2, m_labelSize.width(),
                           m_labelSize.height());
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->setPen(QPen(m_color, 0.8));
        painter->drawRoundedRect(label, 3, 3);
        painter->setFont(m_font);
        painter->setPen(m_color.darker(130));
        painter->drawText(label, Qt::AlignCenter, m_label);
        painter->restore();
    }

private:
    QPainterPath m_path;
    QColor m_color;
    Qt::PenStyle m_style;
    double m_width;
    QString m_label;
    QPolygonF m_arrow;
    QFont m_font;
    QPointF m_middle;
    QSizeF m_labelSize;
    QRectF m_bounds;
};

// Where the segment from the centre of `rect` towards `target` leaves the rectangle.
QPointF exitPoint(const QRectF &rect, const QPointF &target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    return c + d * std::min(sx, sy);
}

} // namespace

// ---- view

RelationGraphView::RelationGraphView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // A graph smaller than the view sits at the top, clear of the legend at the bottom.
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // The legend is painted in viewport coordinates; scrolling by blitting would smear it.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfb));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Relation graph"));
}

void RelationGraphView::zoomBy(double factor)
{
    m_keepFitting = false;
    const double next = std::clamp(zoom() * factor, 0.1, 6.0);
    scale(next / zoom(), next / zoom());
}

void RelationGraphView::fitAll()
{
    if (!scene())
        return;
    // The whole scene in the viewport above the legend, never enlarged beyond 1:1. Text keeps
    // the panel's size at any zoom (nodes show fewer lines instead); Fit shrinks no further
    // than titles stay readable (m_smallestFit), and then the centre event stays in view and
    // the rest is a scroll away.
    const QRectF rect = scene()->sceneRect();
    const QSizeF room(viewport()->width() - 8, viewport()->height() - 8 - legendHeight());
    if (rect.isEmpty() || room.width() <= 0 || room.height() <= 0)
        return;
    const double fit = std::min(room.width() / rect.width(), room.height() / rect.height());
    const double target = std::clamp(fit, std::min(m_smallestFit, 1.0), 1.0);
    setTransform(QTransform::fromScale(target, target));
    if (fit < target && m_focus)
        centerOn(*m_focus);
    else
        centerOn(rect.center());
}

double RelationGraphView::legendHeight() const
{
    return m_legendTypes.empty() ? 0 : legendLayout().height + 8;
}

void RelationGraphView::fitAllAndKeepFitting()
{
    fitAll();
    m_keepFitting = true;
}

void RelationGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitting)
        fitAll();
}

void RelationGraphView::setLegend(std::vector<int> relationTypes, bool hasNonFact)
{
    m_legendTypes = std::move(relationTypes);
    m_legendNonFact = hasNonFact;
    viewport()->update();
}

void RelationGraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void RelationGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void RelationGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void RelationGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_pressed || event->button() != Qt::LeftButton ||
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    m_pressed = false;
    for (QGraphicsItem *item : items(pos)) {
        const QVariant eventIndex = item->data(EventIndexKey);
        if (eventIndex.isValid()) {
            emit nodeClicked(eventIndex.toInt());
            return;
        }
    }
}

RelationGraphView::LegendLayout RelationGraphView::legendLayout() const
{
    LegendLayout legend;
    const QFontMetricsF metrics(font());
    for (int type : m_legendTypes) {
        const auto relationType = static_cast<RelationType>(type);
        legend.entries.push_back({relationTypeForward(relationType),
                                  Palette::relationColor(relationType), Qt::SolidLine});
    }
    if (m_legendNonFact) {
        legend.entries.push_back({tr("fact"), QColor(0x44, 0x44, 0x44), Qt::SolidLine});
        legend.entries.push_back({tr("interpretation"), QColor(0x44, 0x44, 0x44), Qt::DashLine});
        legend.entries.push_back(
            {tr("view / recommendation / report"), QColor(0x44, 0x44, 0x44), Qt::DotLine});
    }
    legend.lineHeight = metrics.height() + 4;
    const double maxWidth = viewport()->width() - 16;
    // Flow the entries into lines from the bottom-left corner.
    legend.lines.resize(1);
    double x = 0;
    for (std::size_t i = 0; i < legend.entries.size(); ++i) {
        const double w = 22 + metrics.horizontalAdvance(legend.entries[i].text) + 12;
        if (x + w > maxWidth && !legend.lines.back().empty()) {
            legend.lines.emplace_back();
            x = 0;
        }
        legend.lines.back().emplace_back(i, x);
        x += w;
    }
    for (const auto &line : legend.lines) {
        if (line.empty())
            continue;
        const auto &[entry, start] = line.back();
        legend.boxWidth =
            std::max(legend.boxWidth,
                     start + 22 + metrics.horizontalAdvance(legend.entries[entry].text) + 4);
    }
    legend.height = double(legend.lines.size()) * legend.lineHeight + 6;
    return legend;
}

void RelationGraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (m_legendTypes.empty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font());
    const QFontMetricsF metrics(font());
    const LegendLayout legend = legendLayout();
    const QRectF box(8, viewport()->height() - 8 - legend.height, legend.boxWidth + 12,
                     legend.height);
    painter->setPen(QColor(0xcc, 0xcc, 0xcc));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 4, 4);
    for (std::size_t l = 0; l < legend.lines.size(); ++l) {
        const double y = box.top() + 3 + double(l) * legend.lineHeight + legend.lineHeight / 2;
        for (const auto &[index, start] : legend.lines[l]) {
            const LegendLayout::Entry &entry = legend.entries[index];
            const double left = box.left() + 6 + start;
            painter->setPen(QPen(entry.color, 2, entry.style, Qt::FlatCap));
            painter->drawLine(QPointF(left, y), QPointF(left + 18, y));
            painter->setPen(QColor(0x22, 0x22, 0x22));
            painter->drawText(QPointF(left + 22, y + metrics.ascent() / 2 - 1), entry.text);
        }
    }
    painter->restore();
}

// ---- widget

RelationGraph::RelationGraph(Document &document, EventFilterProxy &filter, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
    , m_scene(new QGraphicsScene(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    m_hopButtons = new QButtonGroup(this);
    for (int hops : {1, 2}) {
        auto *button = new QToolButton(this);
        button->setText(hops == 1 ? tr("1 hop") : tr("2 hops"));
        button->setToolTip(hops == 1 ? tr("Show the events directly related to the current one")
                                     : tr("Also show the events related to those"));
        button->setCheckable(true);
        button->setChecked(hops == m_hops);
        m_hopButtons->addButton(button, hops);
        // Keys 1 and 2 while the graph has the focus: Alt+1 and Alt+2 are the main window's
        // tabs, and one key bound twice in a window does nothing.
        auto *key = new QAction(this);
        key->setShortcut(hops == 1 ? QKeySequence(Qt::Key_1) : QKeySequence(Qt::Key_2));
        key->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QAction::triggered, this, [this, hops] { setHops(hops); });
        addAction(key);
        bar->addWidget(button);
    }
    connect(m_hopButtons, &QButtonGroup::idClicked, this, &RelationGraph::setHops);
    bar->addSpacing(10);
    m_caption = new QLabel(this);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setMinimumWidth(50);
    bar->addWidget(m_caption, 1);
    m_view = new RelationGraphView(m_scene, this);
    const auto addZoomButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, m_view, slot);
        bar->addWidget(button);
    };
    addZoomButton(QStringLiteral("−"), tr("Zoom out (-)"), [this] { m_view->zoomBy(1 / 1.25); });
    addZoomButton(QStringLiteral("+"), tr("Zoom in (+)"), [this] { m_view->zoomBy(1.25); });
    addZoomButton(tr("Fit"), tr("Fit the graph into the view (0)"), [this] { m_view->fitAll(); });
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &RelationGraphView::nodeClicked, this, [this](int eventIndex) {
        if (eventIndex != m_document.currentEvent())
            m_document.setCurrentEvent(eventIndex);
    });
    connect(&document, &Document::currentEventChanged, this, &RelationGraph::rebuild);
    connect(&document, &Document::datasetReset, this, &RelationGraph::rebuild);
    connect(document.relationModel(), &QAbstractItemModel::modelReset, this,
            &RelationGraph::rebuild);
    connect(document.relationModel(), &QAbstractItemModel::dataChanged, this,
            &RelationGraph::rebuild);
    connect(&filter, &EventFilterProxy::filterChanged, this, &RelationGraph::updateFiltered);
    rebuild();
}

RelationGraph::~RelationGraph() = default;

void RelationGraph::setHops(int hops)
{
    hops = std::clamp(hops, 1, 2);
    if (QAbstractButton *button = m_hopButtons->button(hops))
        button->setChecked(true);
    if (hops == m_hops)
        return;
    m_hops = hops;
    rebuild();
    emit hopsChanged(m_hops);
}

int RelationGraph::labelledNodeCount() const
{
    const QFontMetricsF metrics(font());
    int labelled = 0;
    for (const GraphNode &node : m_layout.nodes) {
        const QRectF onScreen = m_view->viewportTransform().mapRect(node.rect);
        labelled += textFor(onScreen.adjusted(6, 3, -6, -2), metrics).titleLines > 0 ? 1 : 0;
    }
    return labelled;
}

QRect RelationGraph::nodeRectInViewport(int eventIndex) const
{
    const int node = m_layout.nodeOf(eventIndex);
    if (node < 0)
        return {};
    return m_view->mapFromScene(m_layout.nodes[std::size_t(node)].rect).boundingRect();
}

void RelationGraph::rebuild()
{
    m_scene->clear();
    const Dataset &dataset = m_document.dataset();
    const int centre = m_document.currentEvent();
    GraphLayoutOptions options;
    options.hops = m_hops;
    // Boxes sized for the panel's font at 1:1: two title lines and the date, about 24
    // characters wide; the time axis widens with them.
    const QFontMetricsF metrics(font());
    const double defaultWidth = options.nodeWidth;
    options.nodeWidth = std::max(defaultWidth, 24 * metrics.averageCharWidth() + 12);
    options.nodeHeight = std::max(options.nodeHeight, 3 * metrics.lineSpacing() + 8);
    options.rowGap = std::max(options.rowGap, metrics.height() + 8);
    options.pixelsPerDay *= options.nodeWidth / defaultWidth;
    options.maxGap *= options.nodeWidth / defaultWidth;
    m_layout = layoutRelationGraph(dataset, centre, options);
    if (m_layout.nodes.empty()) {
        m_caption->setText(tr("Select an event to see its neighbourhood."));
        m_view->setLegend({}, false);
        m_scene->setSceneRect(QRectF(0, 0, 10, 10));
        return;
    }
    const QRectF bounds = m_layout.bounds;
    const double left = bounds.left() - 20;
    const double right = bounds.right() + 20;

    // Lanes: alternating bands with the actor's name in its colour.
    QFont laneFont = font();
    laneFont.setBold(true);
    for (std::size_t l = 0; l < m_layout.lanes.size(); ++l) {
        const GraphLane &lane = m_layout.lanes[l];
        auto *band = m_scene->addRect(QRectF(left, lane.top, right - left, lane.height), Qt::NoPen,
                                      l % 2 ? QColor(0xf0, 0xf0, 0xf0) : QColor(0xfb, 0xfb, 0xfb));
        band->setZValue(-3);
        const QColor color = lane.actorIndex >= 0
                                 ? dataset.actors[std::size_t(lane.actorIndex)].color
                                 : QColor(Qt::darkGray);
        const QString laneName =
            lane.actorIndex >= 0
                ? m_document.text().name(dataset.actors[std::size_t(lane.actorIndex)])
                : lane.name;
        auto *name = new ScreenText(laneName, laneFont, color.darker(120), false, false);
        name->setPos(left + 4, lane.top + 1);
        name->setZValue(-2);
        m_scene->addItem(name);
    }
    // Year ticks.
    const QFont tickFont = font();
    const double bottom = m_layout.lanes.back().top + m_layout.lanes.back().height;
    for (const GraphTick &tick : m_layout.ticks) {
        auto *line = m_scene->addLine(QLineF(tick.x, -4, tick.x, bottom),
                                      QPen(QColor(0xd8, 0xd8, 0xd8), 0, Qt::DashLine));
        line->setZValue(-2);
        // Deep time in words ("66 million years ago"), other years as numbers.
        const QString year = Model::isDeepYear(tick.year)
                                 ? Model::yearDisplayString(tick.year, locale())
                                 : QString::number(tick.year);
        auto *label = new ScreenText(year, tickFont, QColor(0x55, 0x55, 0x55), true, true);
        label->setPos(tick.x, -6);
        m_scene->addItem(label);
    }

    // Edges; parallel relations between one pair bend apart.
    QMap<std::pair<int, int>, int> parallel;
    std::vector<int> typesPresent;
    bool nonFact = false;
    for (const GraphEdge &edge : m_layout.edges) {
        const Relation &relation = dataset.relations[std::size_t(edge.relationIndex)];
        const QRectF a = m_layout.nodes[std::size_t(edge.from)].rect;
        const QRectF b = m_layout.nodes[std::size_t(edge.to)].rect;
        const auto key = std::minmax(edge.from, edge.to);
        const int ordinal = parallel[{key.first, key.second}]++;
        // Bend relative to the pair's canonical direction, so A->B and B->A separate too.
        const double sign = (edge.from == key.first ? 1 : -1) * (ordinal % 2 ? -1 : 1);
        QPainterPath path;
        if (std::abs(a.center().x() - b.center().x()) < a.width() * 0.75) {
            // Stacked nodes (same date): leave and enter on the side, bulging outwards, so the
            // edge does not run behind the nodes in between.
            const bool right = sign > 0;
            const double side = right ? 1 : -1;
            const QPointF start(right ? a.right() : a.left(), a.center().y());
            const QPointF end(right ? b.right() : b.left(), b.center().y());
            const double bulge = 28 + 0.3 * std::abs(end.y() - start.y()) + 14.0 * (ordinal / 2);
            path.moveTo(start);
            path.cubicTo(start + QPointF(side * bulge, 0), end + QPointF(side * bulge, 0), end);
        } else {
            const QPointF start = exitPoint(a, b.center());
            const QPointF end = exitPoint(b, a.center());
            const QPointF d = end - start;
            const double length = std::hypot(d.x(), d.y());
            const double bend = sign * (std::min(40.0, 0.12 * length) + 18.0 * ordinal);
            const QPointF normal =
                length > 0 ? QPointF(-d.y() / length, d.x() / length) : QPointF();
            path.moveTo(start);
            path.quadTo((start + end) / 2 + normal * bend, end);
        }
        const bool touchesCentre = edge.from == 0 || edge.to == 0;
        QColor color = Palette::relationColor(relation.type);
        if (!touchesCentre)
            color.setAlphaF(0.6f);
        auto *item =
            new EdgeItem(path, color, penStyleFor(relation.assertion), touchesCentre ? 2.0 : 1.3,
                         relationTypeForward(relation.type), font());
        item->setToolTip(QStringLiteral("%1 %2 %3\n(%4)")
                             .arg(m_document.text().title(dataset.events[std::size_t(
                                      m_layout.nodes[std::size_t(edge.from)].eventIndex)]),
                                  relationTypeForward(relation.type),
                                  m_document.text().title(dataset.events[std::size_t(
                                      m_layout.nodes[std::size_t(edge.to)].eventIndex)]),
                                  assertionDisplayName(relation.assertion)));
        m_scene->addItem(item);
        const int type = int(relation.type);
        if (std::find(typesPresent.begin(), typesPresent.end(), type) == typesPresent.end())
            typesPresent.push_back(type);
        nonFact = nonFact || relation.assertion != Assertion::Fact;
    }
    std::sort(typesPresent.begin(), typesPresent.end());
    m_view->setLegend(typesPresent, nonFact);

    for (std::size_t n = 0; n < m_layout.nodes.size(); ++n) {
        const GraphNode &node = m_layout.nodes[n];
        const Event &event = dataset.events[std::size_t(node.eventIndex)];
        const GraphLane &lane = m_layout.lanes[std::size_t(node.lane)];
        const QColor color = lane.actorIndex >= 0
                                 ? dataset.actors[std::size_t(lane.actorIndex)].color
                                 : QColor(Qt::darkGray);
        const QString title = m_document.text().title(event);
        const QString summary = m_document.text().summary(event);
        auto *item = new NodeItem(node.rect, title, event.parsed.toDisplayString(QLocale()), color,
                                  node.hop == 0, font());
        item->setData(EventIndexKey, node.eventIndex);
        item->setToolTip(title + QStringLiteral("\n") + event.date +
                         (summary.isEmpty() ? QString() : QStringLiteral("\n\n") + summary));
        m_scene->addItem(item);
    }
    // Everything drawn, the bulging edges and their labels included, with a margin; the year
    // labels above the lanes take a line of the panel's font.
    const QRectF drawn = m_scene->itemsBoundingRect().united(
        QRectF(left, -10 - metrics.height(), right - left, bottom + 10 + metrics.height()));
    m_scene->setSceneRect(drawn.adjusted(-8, -8, 8, 8));
    updateFiltered();

    const int relations = int(m_layout.edges.size());
    // The counts stay whole in a narrow panel; how to move about is in the tooltip.
    m_caption->setText(tr("%n event(s)", nullptr, int(m_layout.nodes.size())) +
                       QStringLiteral(", ") + tr("%n relation(s)", nullptr, relations));
    m_caption->setToolTip(tr("drag to pan, wheel to zoom, click to go"));
    m_view->setFocusPoint(m_layout.nodes.front().rect.center());
    // Fit keeps two title lines of every node on screen.
    m_view->setSmallestFit(std::max((2 * metrics.lineSpacing() + 5) / options.nodeHeight,
                                    (6 * metrics.averageCharWidth() + 12) / options.nodeWidth));
    m_view->resetTransform();
    m_view->fitAllAndKeepFitting();
}

void RelationGraph::updateFiltered()
{
    for (QGraphicsItem *item : m_scene->items()) {
        const QVariant eventIndex = item->data(EventIndexKey);
        if (eventIndex.isValid())
            item->setOpacity(m_filter.acceptsEvent(eventIndex.toInt()) ? 1.0 : 0.35);
    }
}

} // namespace Anchorline::Views
