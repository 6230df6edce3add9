#include "io/datasetreader.h"
#include "layout/relationgraphlayout.h"
#include "testdata.h"

#include <QSet>
#include <QTest>

using namespace Anchorline::Model;

namespace {
const Dataset &bundled()
{
    static const Dataset dataset = [] {
        LoadResult result = DatasetReader::readFile(
            QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
        return result.ok() ? std::move(*result.dataset) : Dataset{};
    }();
    return dataset;
}

// The events within `hops` relations of `centre`, computed the plain way.
QSet<int> neighbourhood(const Dataset &dataset, int centre, int hops)
{
    QSet<int> found{centre};
    for (int step = 0; step < hops; ++step) {
        QSet<int> next = found;
        for (const Relation &relation : dataset.relations) {
            const int from = dataset.indexOfEvent(relation.from);
            const int to = dataset.indexOfEvent(relation.to);
            if (found.contains(from))
                next.insert(to);
            if (found.contains(to))
                next.insert(from);
        }
        found = next;
    }
    return found;
}
} // namespace

class TestRelationGraphLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anyCentre_anyHops_noTwoNodesOverlap();
    void everyEdge_joinsTheRightNodes_andNoRelationIsMissing();
    void oneHop_showsDirectNeighbours_twoHopsTheirNeighboursToo();
    void nodes_readLikeTheTimeline_dateOnXLaneOnY();
    void invalidCentre_givesAnEmptyLayout();
    void smallDataset_centreComesFirst();
};

void TestRelationGraphLayout::initTestCase()
{
    QVERIFY(!bundled().events.empty());
}

void TestRelationGraphLayout::anyCentre_anyHops_noTwoNodesOverlap()
{
    // Given the bundled dataset
    const Dataset &dataset = bundled();
    // An event without relations is laid out alone: only related events give pairs to check.
    QVERIFY(!dataset.relations.empty());
    std::size_t pairsChecked = 0;
    for (int hops : {1, 2}) {
        for (int centre = 0; centre < int(dataset.events.size()); ++centre) {
            // When the neighbourhood of any event is laid out
            const GraphLayout layout = layoutRelationGraph(dataset, centre, {hops});
            // Then no two node rectangles intersect
            for (std::size_t a = 0; a < layout.nodes.size(); ++a) {
                for (std::size_t b = a + 1; b < layout.nodes.size(); ++b) {
                    ++pairsChecked;
                    QVERIFY2(
                        !layout.nodes[a].rect.intersects(layout.nodes[b].rect),
                        qPrintable(
                            QStringLiteral("%1 overlaps %2 around %3")
                                .arg(dataset.events[std::size_t(layout.nodes[a].eventIndex)].id,
                                     dataset.events[std::size_t(layout.nodes[b].eventIndex)].id,
                                     dataset.events[std::size_t(centre)].id)));
                }
            }
        }
    }
    QVERIFY(pairsChecked > 0);
}

void TestRelationGraphLayout::everyEdge_joinsTheRightNodes_andNoRelationIsMissing()
{
    const Dataset &dataset = bundled();
    for (int hops : {1, 2}) {
        for (int centre = 0; centre < int(dataset.events.size()); ++centre) {
            // When a neighbourhood is laid out
            const GraphLayout layout = layoutRelationGraph(dataset, centre, {hops});
            QSet<int> events;
            for (const GraphNode &node : layout.nodes)
                events.insert(node.eventIndex);
            // Then each edge joins the nodes of its relation's from and to events
            QSet<int> relations;
            for (const GraphEdge &edge : layout.edges) {
                const Relation &relation = dataset.relations[std::size_t(edge.relationIndex)];
                QCOMPARE(
                    dataset.events[std::size_t(layout.nodes[std::size_t(edge.from)].eventIndex)].id,
                    relation.from);
                QCOMPARE(
                    dataset.events[std::size_t(layout.nodes[std::size_t(edge.to)].eventIndex)].id,
                    relation.to);
                relations.insert(edge.relationIndex);
            }
            // And every relation between two shown events is drawn, exactly once
            QCOMPARE(relations.size(), qsizetype(layout.edges.size()));
            for (int r = 0; r < int(dataset.relations.size()); ++r) {
                const Relation &relation = dataset.relations[std::size_t(r)];
                const bool inside = events.contains(dataset.indexOfEvent(relation.from)) &&
                                    events.contains(dataset.indexOfEvent(relation.to));
                QCOMPARE(relations.contains(r), inside);
            }
        }
    }
}

void TestRelationGraphLayout::oneHop_showsDirectNeighbours_twoHopsTheirNeighboursToo()
{
    // Given the 2022 strategy
    const Dataset &dataset = bundled();
    const int centre = dataset.indexOfEvent(u"ev-jp-nss-2022");
    QVERIFY(centre >= 0);

    // When it is laid out with one hop and with two
    const GraphLayout one = layoutRelationGraph(dataset, centre, {1});
    const GraphLayout two = layoutRelationGraph(dataset, centre, {2});

    // Then one hop holds exactly the direct neighbours, two hops their neighbours as well
    QSet<int> oneEvents;
    for (const GraphNode &node : one.nodes) {
        oneEvents.insert(node.eventIndex);
        QCOMPARE(node.hop, node.eventIndex == centre ? 0 : 1);
    }
    QSet<int> twoEvents;
    for (const GraphNode &node : two.nodes) {
        twoEvents.insert(node.eventIndex);
        QVERIFY(node.hop >= 0 && node.hop <= 2);
    }
    QCOMPARE(oneEvents, neighbourhood(dataset, centre, 1));
    QCOMPARE(twoEvents, neighbourhood(dataset, centre, 2));
    QVERIFY(twoEvents.size() > oneEvents.size());
    QCOMPARE(one.nodes.front().eventIndex, centre);
}

void TestRelationGraphLayout::nodes_readLikeTheTimeline_dateOnXLaneOnY()
{
    const Dataset &dataset = bundled();
    const int centre = dataset.indexOfEvent(u"ev-us-nss-2025-released");
    const GraphLayout layout = layoutRelationGraph(dataset, centre, {2});
    auto middle = [&](const GraphNode &node) {
        const Event &event = dataset.events[std::size_t(node.eventIndex)];
        return (qint64(event.parsed.earliest()) + event.parsed.latest()) / 2;
    };
    for (const GraphNode &a : layout.nodes) {
        // Each node lies inside its lane, and the lane is its event's first actor
        const GraphLane &lane = layout.lanes[std::size_t(a.lane)];
        QVERIFY(a.rect.top() >= lane.top && a.rect.bottom() <= lane.top + lane.height);
        const Event &event = dataset.events[std::size_t(a.eventIndex)];
        QCOMPARE(lane.actorIndex, dataset.indexOfActor(event.actors.value(0)));
        // And later dates are never further left
        for (const GraphNode &b : layout.nodes) {
            if (middle(a) < middle(b))
                QVERIFY(a.rect.center().x() <= b.rect.center().x());
        }
    }
    // Lanes follow the dataset's actor order from top to bottom
    for (std::size_t l = 1; l < layout.lanes.size(); ++l) {
        QVERIFY(layout.lanes[l - 1].top < layout.lanes[l].top);
        if (layout.lanes[l].actorIndex >= 0)
            QVERIFY(layout.lanes[l - 1].actorIndex < layout.lanes[l].actorIndex);
    }
    QVERIFY(!layout.ticks.empty());
}

void TestRelationGraphLayout::invalidCentre_givesAnEmptyLayout()
{
    QVERIFY(layoutRelationGraph(bundled(), -1).nodes.empty());
    QVERIFY(layoutRelationGraph(bundled(), 100000).edges.empty());
    QVERIFY(layoutRelationGraph(Dataset{}, 0).nodes.empty());
}

void TestRelationGraphLayout::smallDataset_centreComesFirst()
{
    // Given the small dataset, centred on the 2013 strategy
    const Dataset dataset = Anchorline::Testing::smallDataset();
    const GraphLayout layout = layoutRelationGraph(dataset, 1, {1});
    // Then the graph holds it and the 2022 strategy, joined by one edge from 2022 to 2013
    QCOMPARE(layout.nodes.size(), std::size_t(2));
    QCOMPARE(layout.nodes[0].eventIndex, 1);
    QCOMPARE(layout.nodes[1].eventIndex, 3);
    QCOMPARE(layout.edges.size(), std::size_t(1));
    QCOMPARE(layout.edges[0].from, 1);
    QCOMPARE(layout.edges[0].to, 0);
    QVERIFY(layout.nodes[0].rect.center().x() < layout.nodes[1].rect.center().x());
}

QTEST_GUILESS_MAIN(TestRelationGraphLayout)
#include "tst_relationgraphlayout.moc"
