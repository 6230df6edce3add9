#pragma once

#include "layout/relationgraphlayout.h"

#include <QGraphicsView>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QGraphicsScene;
class QLabel;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// The zoomable, pannable view inside RelationGraph: wheel or +/- zoom, 0 fits, drag pans,
// a click (press and release without dragging) on a node emits nodeClicked.
class RelationGraphView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit RelationGraphView(QGraphicsScene *scene, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RelationGraphView)

    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }
    // Types present in the graph, for the legend drawn over the view.
    void setLegend(std::vector<int> relationTypes, bool hasNonFact);
    // Fits the graph now and again whenever the view is resized, until the user zooms.
    void fitAllAndKeepFitting();
    // What fitAll() keeps in view when the whole graph is too large to show.
    void setFocusPoint(std::optional<QPointF> point) { m_focus = point; }
    // The smallest zoom fitAll() uses: below it, node titles would lose their lines.
    void setSmallestFit(double zoom) { m_smallestFit = zoom; }

signals:
    void nodeClicked(int eventIndex);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct LegendLayout
    {
        struct Entry
        {
            QString text;
            QColor color;
            Qt::PenStyle style;
        };
        std::vector<Entry> entries;
        std::vector<std::vector<std::pair<std::size_t, double>>> lines; // entry, x
        double lineHeight = 0;
        double boxWidth = 0;
        double height = 0;
    };
    LegendLayout legendLayout() const;
    // Room the legend takes at the bottom of the viewport.
    double legendHeight() const;

    bool m_keepFitting = false;
    std::optional<QPointF> m_focus;
    double m_smallestFit = 0.6;
    QPoint m_pressPos;
    bool m_pressed = false;
    std::vector<int> m_legendTypes;
    bool m_legendNonFact = false;
};

// The current event's neighbourhood, 1 or 2 hops (the user's choice), laid out like the
// timeline (date on x, lane on y; see Model::layoutRelationGraph). Edges are coloured by
// relation type with arrowheads and short labels; relations that are not asserted as fact are
// dashed (interpretation) or dotted (attributed view, recommendation, report). Events the
// filter hides are drawn faded. Clicking a node navigates (Document::setCurrentEvent).
class RelationGraph final : public QWidget
{
    Q_OBJECT

public:
    RelationGraph(Model::Document &document, Model::EventFilterProxy &filter,
                  QWidget *parent = nullptr);
    ~RelationGraph() override;
    Q_DISABLE_COPY_MOVE(RelationGraph)

    int hops() const { return m_hops; }
    void setHops(int hops);
    RelationGraphView *view() const { return m_view; }
    const Model::GraphLayout &graphLayout() const { return m_layout; }
    // Node titles are drawn at the panel's font size at every zoom; how many nodes are big
    // enough on screen to show one (the others show only their box and a tooltip).
    int labelledNodeCount() const;
    // Where an event's node is, in viewport coordinates (empty when it is not in the graph).
    QRect nodeRectInViewport(int eventIndex) const;

signals:
    void hopsChanged(int hops);

private:
    void rebuild();
    void updateFiltered();

    Model::Document &m_document;
    Model::EventFilterProxy &m_filter;
    int m_hops = 1;
    Model::GraphLayout m_layout;
    QGraphicsScene *m_scene = nullptr;
    RelationGraphView *m_view = nullptr;
    QButtonGroup *m_hopButtons = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace Anchorline::Views
