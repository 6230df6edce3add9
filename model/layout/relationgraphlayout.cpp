#include "layout/relationgraphlayout.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace Anchorline::Model {

int GraphLayout::nodeOf(int eventIndex) const
{
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (nodes[std::size_t(i)].eventIndex == eventIndex)
            return i;
    }
    return -1;
}

namespace {

DayNumber middleDay(const Event &event)
{
    return DayNumber((qint64(event.parsed.earliest()) + event.parsed.latest()) / 2);
}

// Maps days to x: proportional for short distances, capped for long empty stretches.
class TimeAxis final
{
public:
    TimeAxis(std::vector<DayNumber> days, const GraphLayoutOptions &options)
        : m_days(std::move(days))
    {
        std::sort(m_days.begin(), m_days.end());
        m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
        m_x.reserve(m_days.size());
        double x = 0;
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            if (i > 0)
                x += std::min(options.maxGap,
                              double(m_days[i] - m_days[i - 1]) * options.pixelsPerDay);
            m_x.push_back(x);
        }
        m_pixelsPerDay = options.pixelsPerDay;
    }

    double x(DayNumber day) const
    {
        if (m_days.empty())
            return 0;
        const auto it = std::lower_bound(m_days.begin(), m_days.end(), day);
        if (it == m_days.begin())
            return m_x.front() - double(m_days.front() - day) * m_pixelsPerDay;
        if (it == m_days.end())
            return m_x.back() + double(day - m_days.back()) * m_pixelsPerDay;
        const std::size_t i = std::size_t(it - m_days.begin());
        if (*it == day)
            return m_x[i];
        const double t = double(day - m_days[i - 1]) / double(m_days[i] - m_days[i - 1]);
        return m_x[i - 1] + t * (m_x[i] - m_x[i - 1]);
    }

    DayNumber first() const { return m_days.empty() ? 0 : m_days.front(); }
    DayNumber last() const { return m_days.empty() ? 0 : m_days.back(); }
    const std::vector<DayNumber> &days() const { return m_days; }

private:
    std::vector<DayNumber> m_days;
    std::vector<double> m_x;
    double m_pixelsPerDay = 1;
};

} // namespace

GraphLayout layoutRelationGraph(const Dataset &dataset, int centreEvent,
                                const GraphLayoutOptions &options)
{
    GraphLayout layout;
    const int eventCount = int(dataset.events.size());
    if (centreEvent < 0 || centreEvent >= eventCount)
        return layout;

    QHash<QString, int> eventById;
    eventById.reserve(eventCount);
    for (int i = 0; i < eventCount; ++i)
        eventById.insert(dataset.events[std::size_t(i)].id, i);

    // Breadth-first over relations in both directions.
    std::vector<int> hopOf(std::size_t(eventCount), -1);
    std::vector<int> order{centreEvent};
    hopOf[std::size_t(centreEvent)] = 0;
    const int hops = std::clamp(options.hops, 1, 2);
    std::vector<std::pair<int, int>> ends; // per relation, -1 when dangling
    ends.reserve(dataset.relations.size());
    for (const Relation &relation : dataset.relations)
        ends.emplace_back(eventById.value(relation.from, -1), eventById.value(relation.to, -1));
    for (std::size_t head = 0; head < order.size(); ++head) {
        const int current = order[head];
        if (hopOf[std::size_t(current)] >= hops)
            continue;
        for (const auto &[from, to] : ends) {
            if (from < 0 || to < 0)
                continue;
            const int other = from == current ? to : (to == current ? from : -1);
            if (other >= 0 && hopOf[std::size_t(other)] < 0) {
                hopOf[std::size_t(other)] = hopOf[std::size_t(current)] + 1;
                order.push_back(other);
            }
        }
    }

    // Lanes: the first actor of each event, in the dataset's actor order; unknown last.
    std::map<int, int> laneOfActor; // actor index (-1 = none, sorted last below) -> lane
    std::vector<int> actorOfNode;
    for (int eventIndex : order) {
        const Event &event = dataset.events[std::size_t(eventIndex)];
        const int actor = event.actors.isEmpty() ? -1 : dataset.indexOfActor(event.actors.front());
        actorOfNode.push_back(actor);
        laneOfActor.emplace(actor < 0 ? eventCount + int(dataset.actors.size()) : actor, 0);
    }
    for (auto &[actor, lane] : laneOfActor) {
        lane = int(layout.lanes.size());
        GraphLane graphLane;
        graphLane.actorIndex = actor < int(dataset.actors.size()) ? actor : -1;
        graphLane.name = graphLane.actorIndex >= 0
                             ? dataset.actors[std::size_t(graphLane.actorIndex)].name
                             : QStringLiteral("Other");
        layout.lanes.push_back(graphLane);
    }

    std::vector<DayNumber> days;
    for (int eventIndex : order)
        days.push_back(middleDay(dataset.events[std::size_t(eventIndex)]));
    const TimeAxis axis(days, options);

    layout.nodes.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        GraphNode node;
        node.eventIndex = order[i];
        node.hop = hopOf[std::size_t(order[i])];
        const int actor = actorOfNode[i];
        node.lane = laneOfActor.at(actor < 0 ? eventCount + int(dataset.actors.size()) : actor);
        const double centreX = axis.x(days[i]);
        node.rect =
            QRectF(centreX - options.nodeWidth / 2, 0, options.nodeWidth, options.nodeHeight);
        layout.nodes.push_back(node);
    }

    // Within each lane, place nodes left to right into the first row where they fit.
    std::vector<int> rowOf(layout.nodes.size(), 0);
    std::vector<int> rowsInLane(layout.lanes.size(), 1);
    {
        std::vector<int> byX(layout.nodes.size());
        for (std::size_t i = 0; i < byX.size(); ++i)
            byX[i] = int(i);
        std::stable_sort(byX.begin(), byX.end(), [&](int a, int b) {
            return layout.nodes[std::size_t(a)].rect.left() <
                   layout.nodes[std::size_t(b)].rect.left();
        });
        std::vector<std::vector<double>> rowEnds(layout.lanes.size()); // right edge per row
        for (int n : byX) {
            const GraphNode &node = layout.nodes[std::size_t(n)];
            auto &ends = rowEnds[std::size_t(node.lane)];
            std::size_t row = 0;
            while (row < ends.size() && ends[row] + options.minGap > node.rect.left())
                ++row;
            if (row == ends.size())
                ends.push_back(0);
            ends[row] = node.rect.right();
            rowOf[std::size_t(n)] = int(row);
            rowsInLane[std::size_t(node.lane)] =
                std::max(rowsInLane[std::size_t(node.lane)], int(row) + 1);
        }
    }
    double top = 0;
    const double rowHeight = options.nodeHeight + options.rowGap;
    for (std::size_t lane = 0; lane < layout.lanes.size(); ++lane) {
        layout.lanes[lane].top = top;
        layout.lanes[lane].height = rowsInLane[lane] * rowHeight + options.laneGap;
        top += layout.lanes[lane].height;
    }
    for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
        GraphNode &node = layout.nodes[n];
        node.rect.moveTop(layout.lanes[std::size_t(node.lane)].top + options.laneGap / 2 +
                          options.rowGap / 2 + rowOf[n] * rowHeight);
    }

    // Edges: every relation among the nodes, including those between neighbours.
    std::vector<int> nodeOfEvent(std::size_t(eventCount), -1);
    for (std::size_t n = 0; n < layout.nodes.size(); ++n)
        nodeOfEvent[std::size_t(layout.nodes[n].eventIndex)] = int(n);
    for (int r = 0; r < int(ends.size()); ++r) {
        const auto [from, to] = ends[std::size_t(r)];
        if (from < 0 || to < 0)
            continue;
        const int a = nodeOfEvent[std::size_t(from)];
        const int b = nodeOfEvent[std::size_t(to)];
        if (a >= 0 && b >= 0)
            layout.edges.push_back({r, a, b});
    }

    QRectF bounds;
    for (const GraphNode &node : layout.nodes)
        bounds = bounds.united(node.rect);
    bounds.setTop(0);
    bounds.setBottom(std::max(bounds.bottom(), top));
    layout.bounds = bounds;

    // Year ticks, at least one node width apart. The axis caps long empty stretches, so each
    // stretch between two dated nodes gets its own step of years (1, 2, 5, 10, ...): one step
    // for all would be far too fine for a capped stretch, and a year at a time would never end
    // on a deep-time graph.
    constexpr double spacing = 60;
    const auto yearOf = [](DayNumber day) {
        Year year = 0;
        int month = 0, dayOfMonth = 0;
        civilFromDays(day, year, month, dayOfMonth);
        return year;
    };
    std::vector<DayNumber> stops = axis.days();
    if (!stops.empty())
        stops.push_back(daysFromCivil(yearOf(stops.back()) + 1, 12, 31));
    double lastTick = -1e9;
    for (std::size_t i = 0; i + 1 < stops.size(); ++i) {
        const Year from = yearOf(stops[i]);
        const Year to = yearOf(stops[i + 1]) + 1;
        const double pixels = axis.x(daysFromCivil(to, 1, 1)) - axis.x(daysFromCivil(from, 1, 1));
        const double pixelsPerYear = pixels / double(std::max<Year>(1, to - from));
        Year step = 1;
        for (Year decade = 1; decade <= MaxYearMagnitude; decade *= 10) {
            const Year *fits = nullptr;
            static constexpr Year multiples[] = {1, 2, 5};
            for (const Year &m : multiples) {
                if (double(decade * m) * pixelsPerYear >= spacing) {
                    fits = &m;
                    break;
                }
            }
            step = decade * (fits ? *fits : 10);
            if (fits)
                break;
        }
        Year y = from >= 0 ? (from + step - 1) / step * step : -((-from) / step * step);
        for (; y <= to; y += step) {
            const double x = axis.x(daysFromCivil(y, 1, 1));
            if (x - lastTick < spacing || x < bounds.left() || x > bounds.right())
                continue;
            layout.ticks.push_back({x, y});
            lastTick = x;
        }
    }
    return layout;
}

} // namespace Anchorline::Model
