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

// Breaks `text` into at most `maxLines` lines of `width`, eliding the last one.
QStringList wrapLines(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
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

class NodeItem final : public QGraphicsItem
{
public:
    NodeItem(const QRectF &rect, QString title, QString date, QColor color, bool centre)
        : m_rect(rect)
        , m_title(std::move(title))
        , m_date(std::move(date))
        , m_color(std::move(color))
        , m_centre(centre)
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

        QFont titleFont = painter->font();
        titleFont.setPointSizeF(8);
        titleFont.setBold(m_centre);
        QFont dateFont = titleFont;
        dateFont.setBold(false);
        dateFont.setPointSizeF(7);
        const QRectF inner = m_rect.adjusted(6, 3, -6, -2);
        const QFontMetricsF titleMetrics(titleFont);
        const QStringList lines = wrapLines(m_title, titleMetrics, inner.width(), 2);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->setFont(titleFont);
        double y = inner.top() + titleMetrics.ascent();
        for (const QString &line : lines) {
            painter->drawText(QPointF(inner.left(), y), line);
            y += titleMetrics.lineSpacing();
        }
        painter->setFont(dateFont);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QPointF(inner.left(), inner.bottom() - QFontMetricsF(dateFont).descent()),
                          m_date);
    }

private:
    QRectF m_rect;
    QString m_title;
    QString m_date;
    QColor m_color;
    bool m_centre = false;
};

class EdgeItem final : public QGraphicsItem
{
public:
    EdgeItem(QPainterPath path, QColor color, Qt::PenStyle style, double width, QString label)
        : m_path(std::move(path))
        , m_color(std::move(color))
        , m_style(style)
        , m_width(width)
        , m_label(std::move(label))
    {
        setZValue(1);
        const QPointF tip = m_path.pointAtPercent(1);
        const double angle = qDegreesToRadians(m_path.angleAtPercent(1));
        const QPointF back(-std::cos(angle), std::sin(angle)); // against the direction of travel
        const QPointF normal(-back.y(), back.x());
        m_arrow << tip << tip + back * 11 + normal * 4.5 << tip + back * 11 - normal * 4.5;
        QFont font;
        font.setPointSizeF(7);
        m_font = font;
        const QFontMetricsF metrics(font);
        const QPointF middle = m_path.pointAtPercent(0.5);
        const double w = metrics.horizontalAdvance(m_label) + 8;
        const double h = metrics.height() + 2;
        m_labelRect = QRectF(middle.x() - w / 2, middle.y() - h / 2, w, h);
        m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).united(m_labelRect);
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
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->setPen(QPen(m_color, 0.8));
        painter->drawRoundedRect(m_labelRect, 3, 3);
        painter->setFont(m_font);
        painter->setPen(m_color.darker(130));
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }

private:
    QPainterPath m_path;
    QColor m_color;
    Qt::PenStyle m_style;
    double m_width;
    QString m_label;
    QPolygonF m_arrow;
    QFont m_font;
    QRectF m_labelRect;
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
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never enlarge beyond 1:1, and never shrink so far that titles cannot be read: then the
    // centre event (the first node) stays in view and the rest is a drag away.
    const double readable = 0.6;
    if (zoom() > 1.0 || zoom() < readable) {
        const double target = zoom() > 1.0 ? 1.0 : readable;
        scale(target / zoom(), target / zoom());
        if (m_focus)
            centerOn(*m_focus);
    }
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

void RelationGraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (m_legendTypes.empty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setPointSizeF(7.5);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    struct Entry
    {
        QString text;
        QColor color;
        Qt::PenStyle style;
    };
    std::vector<Entry> entries;
    for (int type : m_legendTypes) {
        const auto relationType = static_cast<RelationType>(type);
        entries.push_back({relationTypeForward(relationType), Palette::relationColor(relationType),
                           Qt::SolidLine});
    }
    if (m_legendNonFact) {
        entries.push_back({tr("fact"), QColor(0x44, 0x44, 0x44), Qt::SolidLine});
        entries.push_back({tr("interpretation"), QColor(0x44, 0x44, 0x44), Qt::DashLine});
        entries.push_back(
            {tr("view / recommendation / report"), QColor(0x44, 0x44, 0x44), Qt::DotLine});
    }
    const double lineHeight = metrics.height() + 4;
    const double maxWidth = viewport()->width() - 16;
    // Flow the entries into lines from the bottom-left corner.
    std::vector<std::vector<std::pair<const Entry *, double>>> lines(1);
    double x = 0;
    for (const Entry &entry : entries) {
        const double w = 22 + metrics.horizontalAdvance(entry.text) + 12;
        if (x + w > maxWidth && !lines.back().empty()) {
            lines.emplace_back();
            x = 0;
        }
        lines.back().emplace_back(&entry, x);
        x += w;
    }
    double boxWidth = 0;
    for (const auto &line : lines) {
        const auto &[entry, start] = line.back();
        boxWidth = std::max(boxWidth, start + 22 + metrics.horizontalAdvance(entry->text) + 4);
    }
    const QRectF box(8, viewport()->height() - 8 - lines.size() * lineHeight - 6, boxWidth + 12,
                     lines.size() * lineHeight + 6);
    painter->setPen(QColor(0xcc, 0xcc, 0xcc));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 4, 4);
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const double y = box.top() + 3 + l * lineHeight + lineHeight / 2;
        for (const auto &[entry, start] : lines[l]) {
            const double left = box.left() + 6 + start;
            painter->setPen(QPen(entry->color, 2, entry->style, Qt::FlatCap));
            painter->drawLine(QPointF(left, y), QPointF(left + 18, y));
            painter->setPen(QColor(0x22, 0x22, 0x22));
            painter->drawText(QPointF(left + 22, y + metrics.ascent() / 2 - 1), entry->text);
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
    laneFont.setPointSizeF(7.5);
    laneFont.setBold(true);
    for (std::size_t l = 0; l < m_layout.lanes.size(); ++l) {
        const GraphLane &lane = m_layout.lanes[l];
        auto *band = m_scene->addRect(QRectF(left, lane.top, right - left, lane.height), Qt::NoPen,
                                      l % 2 ? QColor(0xf0, 0xf0, 0xf0) : QColor(0xfb, 0xfb, 0xfb));
        band->setZValue(-3);
        auto *name = m_scene->addSimpleText(lane.name, laneFont);
        const QColor color = lane.actorIndex >= 0
                                 ? dataset.actors[std::size_t(lane.actorIndex)].color
                                 : QColor(Qt::darkGray);
        name->setBrush(color.darker(120));
        name->setPos(left + 4, lane.top + 1);
        name->setZValue(-2);
    }
    // Year ticks.
    QFont tickFont = font();
    tickFont.setPointSizeF(7.5);
    const double bottom = m_layout.lanes.back().top + m_layout.lanes.back().height;
    for (const GraphTick &tick : m_layout.ticks) {
        auto *line = m_scene->addLine(QLineF(tick.x, -4, tick.x, bottom),
                                      QPen(QColor(0xd8, 0xd8, 0xd8), 0, Qt::DashLine));
        line->setZValue(-2);
        auto *label = m_scene->addSimpleText(QString::number(tick.year), tickFont);
        label->setBrush(QColor(0x66, 0x66, 0x66));
        label->setPos(tick.x - label->boundingRect().width() / 2,
                      -6 - label->boundingRect().height());
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
        auto *item = new EdgeItem(path, color, penStyleFor(relation.assertion),
                                  touchesCentre ? 2.0 : 1.3, relationTypeForward(relation.type));
        item->setToolTip(
            QStringLiteral("%1 %2 %3\n(%4)")
                .arg(dataset.events[std::size_t(m_layout.nodes[std::size_t(edge.from)].eventIndex)]
                         .title,
                     relationTypeForward(relation.type),
                     dataset.events[std::size_t(m_layout.nodes[std::size_t(edge.to)].eventIndex)]
                         .title,
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
        auto *item = new NodeItem(node.rect, event.title, event.parsed.toDisplayString(QLocale()),
                                  color, node.hop == 0);
        item->setData(EventIndexKey, node.eventIndex);
        item->setToolTip(
            event.title + QStringLiteral("\n") + event.date +
            (event.summary.isEmpty() ? QString() : QStringLiteral("\n\n") + event.summary));
        m_scene->addItem(item);
    }
    m_scene->setSceneRect(QRectF(left, -30, right - left, bottom + 40));
    updateFiltered();

    const int relations = int(m_layout.edges.size());
    m_caption->setText(tr("%n event(s)", nullptr, int(m_layout.nodes.size())) +
                       QStringLiteral(", ") + tr("%n relation(s)", nullptr, relations) +
                       QStringLiteral(" · ") + tr("drag to pan, wheel to zoom, click to go"));
    m_view->setFocusPoint(m_layout.nodes.front().rect.center());
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
