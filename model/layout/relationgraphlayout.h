#pragma once

#include "core/dataset.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace Anchorline::Model {

// Layout of an event's neighbourhood in the relation graph, read like the timeline: x follows
// the date (long empty stretches are shortened to `maxGap` so 1945 and 2025 fit on one screen),
// y follows the lane (the event's first actor, in the dataset's actor order). Nodes that would
// overlap inside a lane are nudged down into a further row of that lane, never sideways, so x
// stays faithful to the date. Pure function of its inputs, no widgets.
struct GraphLayoutOptions
{
    int hops = 1;           // 1 or 2: how far from the centre event to go
    double nodeWidth = 170; // every node has the same size
    double nodeHeight = 44;
    double rowGap = 22;         // vertical space between rows within a lane (room for labels)
    double laneGap = 18;        // extra vertical space between lanes
    double minGap = 14;         // horizontal gap required between nodes in one row
    double pixelsPerDay = 0.45; // about 165 px per year
    double maxGap = 360;        // longest horizontal distance between two consecutive dates
};

struct GraphNode
{
    int eventIndex = -1; // into Dataset::events
    int hop = 0;         // 0 for the centre event
    int lane = 0;        // index into GraphLayout::lanes
    QRectF rect;
};

struct GraphEdge
{
    int relationIndex = -1; // into Dataset::relations
    int from = -1;          // index into GraphLayout::nodes: the relation's `from` event
    int to = -1;            // ... and its `to` event
};

struct GraphLane
{
    int actorIndex = -1; // into Dataset::actors; -1 for events without a (known) actor
    QString name;
    double top = 0;
    double height = 0;
};

struct GraphTick
{
    double x = 0;
    Year year = 0;
};

struct GraphLayout
{
    std::vector<GraphNode> nodes; // nodes[0] is the centre event when there is one
    std::vector<GraphEdge> edges; // every relation whose two ends are both nodes
    std::vector<GraphLane> lanes; // top to bottom
    std::vector<GraphTick> ticks; // 1 January of years, thinned so labels do not collide
    QRectF bounds;                // union of all node rects and lanes

    int nodeOf(int eventIndex) const; // index into nodes, or -1
};

GraphLayout layoutRelationGraph(const Dataset &dataset, int centreEvent,
                                const GraphLayoutOptions &options = {});

} // namespace Anchorline::Model
