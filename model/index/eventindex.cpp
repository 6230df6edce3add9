#include "index/eventindex.h"

#include "core/dataset.h"

#include <QHash>
#include <array>
#include <bit>
#include <tuple>

namespace Anchorline::Model {

namespace {

// About 65k buckets per lane: one day each for any dataset shorter than 179 years, so column
// counts are exact at every zoom where aggregation is drawn, at 256 KiB per lane and counter.
constexpr int TargetBuckets = 65536;

// The order of a lane's items (and of each length class): the global time order.
bool itemLess(const EventIndex::Item &a, const EventIndex::Item &b)
{
    return std::tie(a.earliest, a.latest, a.event) < std::tie(b.earliest, b.latest, b.event);
}

} // namespace

void EventIndex::clear()
{
    m_lanes.clear();
    m_lane.clear();
    m_flags.clear();
    m_visible.clear();
    m_earliest.clear();
    m_latestDay.clear();
    m_order.clear();
    m_orderStart.clear();
    m_rank.clear();
    m_involved.clear();
    m_firstDay = m_lastDay = m_base = 0;
    m_bucketDays = 1;
    m_buckets = 0;
    m_visibleCount = 0;
    m_hasOtherLane = false;
    m_actorLane.clear();
}

EventIndex::Placement EventIndex::placementOf(const Dataset &dataset, int event) const
{
    Placement placement;
    const Event &e = dataset.events[std::size_t(event)];
    const PartialDate &date = e.parsed;
    if (!date.isValid())
        return placement;
    const int lane = e.actors.isEmpty() ? -1 : m_actorLane.value(e.actors.first(), -1);
    placement.lane = lane < 0 ? int(dataset.actors.size()) : lane; // the "other" lane
    if (date.isInterval())
        placement.flags |= Range;
    if (date.start().precision != DatePrecision::Day ||
        (date.isInterval() && !date.hasOpenEnd() && !date.hasOpenStart() &&
         date.end().precision != DatePrecision::Day))
        placement.flags |= Imprecise;
    if (date.isApproximate() || date.isUncertain())
        placement.flags |= Approximate;
    if (date.hasOpenStart())
        placement.flags |= OpenStart;
    if (date.hasOpenEnd())
        placement.flags |= OpenEnd;
    if (!e.dateClaims.empty())
        placement.flags |= HasClaims;
    placement.earliest = date.earliest();
    placement.latest = std::max(date.earliest(), date.latest());
    return placement;
}

bool EventIndex::timeLess(int a, int b) const
{
    const auto ia = std::size_t(a), ib = std::size_t(b);
    if (m_earliest[ia] != m_earliest[ib])
        return m_earliest[ia] < m_earliest[ib];
    if (m_latestDay[ia] != m_latestDay[ib])
        return m_latestDay[ia] < m_latestDay[ib];
    return a < b;
}

void EventIndex::build(const Dataset &dataset)
{
    clear();
    const std::size_t n = dataset.events.size();
    m_lane.assign(n, -1);
    m_flags.assign(n, 0);
    m_visible.assign(n, 0);
    m_earliest.assign(n, 0);
    m_latestDay.assign(n, 0);
    m_rank.assign(n, -1);

    m_actorLane.reserve(qsizetype(dataset.actors.size()));
    for (std::size_t i = 0; i < dataset.actors.size(); ++i)
        m_actorLane.insert(dataset.actors[i].id, int(i));
    const int otherLane = int(dataset.actors.size());

    // Every vector below is allocated once at its size: grown by doubling, they held up to
    // twice their items (about a fifth of the index at a million events).
    m_order.reserve(n);
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        const Placement placement = placementOf(dataset, int(i));
        if (placement.lane < 0)
            continue;
        m_hasOtherLane = m_hasOtherLane || placement.lane == otherLane;
        m_lane[i] = placement.lane;
        m_flags[i] = placement.flags;
        m_earliest[i] = placement.earliest;
        m_latestDay[i] = placement.latest;
        m_visible[i] = 1;
        if (!any) {
            m_firstDay = m_earliest[i];
            m_lastDay = m_latestDay[i];
            any = true;
        }
        m_firstDay = std::min(m_firstDay, m_earliest[i]);
        m_lastDay = std::max(m_lastDay, m_latestDay[i]);
        m_order.push_back(int(i));
    }

    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return timeLess(a, b); });
    m_orderStart.resize(m_order.size());
    for (std::size_t r = 0; r < m_order.size(); ++r) {
        m_rank[std::size_t(m_order[r])] = int(r);
        m_orderStart[r] = m_earliest[std::size_t(m_order[r])];
    }

    m_lanes.resize(std::size_t(otherLane + (m_hasOtherLane ? 1 : 0)));
    std::vector<std::size_t> laneSizes(m_lanes.size(), 0);
    for (int event : m_order)
        ++laneSizes[std::size_t(m_lane[std::size_t(event)])];
    for (std::size_t l = 0; l < m_lanes.size(); ++l)
        m_lanes[l].sorted.reserve(laneSizes[l]);
    // m_order is already in (earliest, latest, event) order, so each lane comes out sorted.
    for (int event : m_order) {
        const auto e = std::size_t(event);
        m_lanes[std::size_t(m_lane[e])].sorted.push_back({m_earliest[e], m_latestDay[e], event});
    }
    for (Lane &lane : m_lanes) {
        // Length classes by powers of two: within a class every item is at most twice as long
        // as the shortest, so the scan window [a - maxLength, b] wastes little.
        // The classes in the order their first item comes, each sized by a first pass.
        const auto widthOf = [](const Item &item) {
            return int(std::bit_width(std::uint64_t(item.latest - item.earliest)));
        };
        std::array<int, 65> classOf; // bit width -> class, -1 while none
        classOf.fill(-1);
        std::vector<std::size_t> classSizes;
        for (const Item &item : lane.sorted) {
            const int cls = widthOf(item);
            if (classOf[std::size_t(cls)] < 0) {
                classOf[std::size_t(cls)] = int(lane.classes.size());
                lane.classes.emplace_back();
                lane.classes.back().width = cls;
                classSizes.push_back(0);
            }
            ++classSizes[std::size_t(classOf[std::size_t(cls)])];
        }
        for (std::size_t c = 0; c < lane.classes.size(); ++c) {
            lane.classes[c].items.reserve(classSizes[c]);
            lane.classes[c].ordinal.reserve(classSizes[c]);
        }
        for (std::size_t pos = 0; pos < lane.sorted.size(); ++pos) {
            const Item &item = lane.sorted[pos];
            const auto length = std::uint64_t(item.latest - item.earliest);
            LengthClass &target = lane.classes[std::size_t(classOf[std::size_t(widthOf(item))])];
            target.maxLength = std::max(target.maxLength, DayNumber(length));
            target.items.push_back(item);
            target.ordinal.push_back(int(pos));
        }
    }

    m_involved = countInvolved(dataset);

    const qint64 range = qint64(m_lastDay) - m_firstDay + 1;
    m_base = m_firstDay;
    m_bucketDays = std::max<DayNumber>(1, (range + TargetBuckets - 1) / TargetBuckets);
    m_buckets = int((range + m_bucketDays - 1) / m_bucketDays) + 1;
    recount();
}

std::vector<int> EventIndex::countInvolved(const Dataset &dataset)
{
    QHash<QString, int> actorIndex;
    actorIndex.reserve(qsizetype(dataset.actors.size()));
    for (std::size_t i = 0; i < dataset.actors.size(); ++i)
        actorIndex.insert(dataset.actors[i].id, int(i));
    std::vector<int> involved(dataset.actors.size(), 0);
    for (const Event &event : dataset.events) {
        for (qsizetype a = 0; a < event.actors.size(); ++a) {
            // Each actor once per event, as the search panel counts.
            if (event.actors.indexOf(event.actors[a]) != a)
                continue;
            const int i = actorIndex.value(event.actors[a], -1);
            if (i >= 0)
                ++involved[std::size_t(i)];
        }
    }
    return involved;
}

bool EventIndex::sameActors(const Dataset &dataset) const
{
    if (m_actorLane.size() != qsizetype(dataset.actors.size()))
        return false;
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        if (m_actorLane.value(dataset.actors[i].id, -1) != int(i))
            return false;
    }
    return true;
}

bool EventIndex::update(const Dataset &dataset, int event, bool visible)
{
    const std::size_t n = dataset.events.size();
    if (event < 0 || std::size_t(event) >= n || n != m_lane.size() || m_order.empty() ||
        !sameActors(dataset))
        return false;
    const auto e = std::size_t(event);
    const Placement now = placementOf(dataset, event);
    const int before = m_lane[e];
    const int otherLane = int(dataset.actors.size());
    // The lanes: a first event without a known actor adds the "other" lane, its last one
    // removes it.
    if (now.lane == otherLane && !m_hasOtherLane)
        return false;
    if (before == otherLane && now.lane != otherLane && laneSize(otherLane) == 1)
        return false;
    // The first and last day set the buckets of the prefix sums.
    if (now.lane >= 0 && (now.earliest < m_firstDay || now.latest > m_lastDay))
        return false;
    if (before >= 0) {
        const bool leavesFirst =
            m_earliest[e] == m_firstDay && (now.lane < 0 || now.earliest != m_firstDay);
        const bool leavesLast =
            m_latestDay[e] == m_lastDay && (now.lane < 0 || now.latest != m_lastDay);
        if (leavesFirst) {
            // m_order starts with the earliest events: another one on the first day is there.
            const bool another = std::any_of(
                m_order.begin(), m_order.begin() + std::min<std::ptrdiff_t>(2, m_order.size()),
                [&](int other) {
                    return other != event && m_earliest[std::size_t(other)] == m_firstDay;
                });
            if (!another)
                return false;
        }
        if (leavesLast) {
            bool another = false;
            for (std::size_t i = 0; i < m_lane.size() && !another; ++i)
                another = i != e && m_lane[i] >= 0 && m_latestDay[i] == m_lastDay;
            if (!another)
                return false;
        }
    }

    m_involved.clear(); // the event's actors may have changed: count again when asked
    // Out of the old place, into the new one.
    if (before >= 0) {
        removeFromLane(event);
        const int rank = m_rank[e];
        m_order.erase(m_order.begin() + rank);
        m_orderStart.erase(m_orderStart.begin() + rank);
        for (auto r = std::size_t(rank); r < m_order.size(); ++r)
            m_rank[std::size_t(m_order[r])] = int(r);
        m_rank[e] = -1;
    }
    m_lane[e] = now.lane;
    m_flags[e] = now.lane >= 0 ? now.flags : 0;
    m_earliest[e] = now.lane >= 0 ? now.earliest : 0;
    m_latestDay[e] = now.lane >= 0 ? now.latest : 0;
    m_visible[e] = now.lane >= 0 && visible ? 1 : 0;
    if (now.lane >= 0) {
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), event,
                                         [this](int a, int b) { return timeLess(a, b); });
        const auto rank = std::size_t(at - m_order.begin());
        m_orderStart.insert(m_orderStart.begin() + std::ptrdiff_t(rank), m_earliest[e]);
        m_order.insert(at, event);
        for (std::size_t r = rank; r < m_order.size(); ++r)
            m_rank[std::size_t(m_order[r])] = int(r);
        addToLane(event);
    }
    return true;
}

void EventIndex::addToPrefixes(Lane &lane, int event, int sign)
{
    // A prefix sum counts buckets [0, b): one event adds to every entry after its bucket.
    const auto e = std::size_t(event);
    auto add = [sign](std::vector<int> &prefix, std::size_t from) {
        for (std::size_t b = from; b < prefix.size(); ++b)
            prefix[b] += sign;
    };
    const auto startBucket = std::size_t((m_earliest[e] - m_base) / m_bucketDays);
    add(lane.startPrefix, startBucket + 1);
    if (m_flags[e] & Range) {
        add(lane.rangeStartPrefix, startBucket + 1);
        add(lane.rangeEndPrefix, std::size_t((m_latestDay[e] - m_base) / m_bucketDays) + 1);
    }
    lane.visible += sign;
    m_visibleCount += sign;
}

void EventIndex::removeFromLane(int event)
{
    const auto e = std::size_t(event);
    Lane &lane = m_lanes[std::size_t(m_lane[e])];
    if (m_visible[e])
        addToPrefixes(lane, event, -1);
    const Item item{m_earliest[e], m_latestDay[e], event};
    const auto at = std::lower_bound(lane.sorted.begin(), lane.sorted.end(), item, itemLess);
    Q_ASSERT(at != lane.sorted.end() && at->event == event);
    const int position = int(at - lane.sorted.begin());
    lane.sorted.erase(at);
    const auto width = int(std::bit_width(std::uint64_t(item.latest - item.earliest)));
    for (LengthClass &cls : lane.classes) {
        if (cls.width == width) {
            const auto in = std::lower_bound(cls.items.begin(), cls.items.end(), item, itemLess);
            Q_ASSERT(in != cls.items.end() && in->event == event);
            cls.ordinal.erase(cls.ordinal.begin() + (in - cls.items.begin()));
            cls.items.erase(in);
        }
        // Ordinals are positions in `sorted`: those after the removed item move up one.
        for (int &ordinal : cls.ordinal)
            ordinal -= ordinal > position ? 1 : 0;
    }
}

void EventIndex::addToLane(int event)
{
    const auto e = std::size_t(event);
    Lane &lane = m_lanes[std::size_t(m_lane[e])];
    const Item item{m_earliest[e], m_latestDay[e], event};
    const auto at = std::lower_bound(lane.sorted.begin(), lane.sorted.end(), item, itemLess);
    const int position = int(at - lane.sorted.begin());
    lane.sorted.insert(at, item);
    const auto length = std::uint64_t(item.latest - item.earliest);
    const auto width = int(std::bit_width(length));
    bool placed = false;
    for (LengthClass &cls : lane.classes) {
        for (int &ordinal : cls.ordinal)
            ordinal += ordinal >= position ? 1 : 0;
        if (cls.width == width) {
            const auto in = std::lower_bound(cls.items.begin(), cls.items.end(), item, itemLess);
            cls.ordinal.insert(cls.ordinal.begin() + (in - cls.items.begin()), position);
            cls.items.insert(in, item);
            cls.maxLength = std::max(cls.maxLength, DayNumber(length));
            placed = true;
        }
    }
    if (!placed) {
        LengthClass cls;
        cls.width = width;
        cls.maxLength = DayNumber(length);
        cls.items.push_back(item);
        cls.ordinal.push_back(position);
        lane.classes.push_back(std::move(cls));
    }
    if (m_visible[e])
        addToPrefixes(lane, event, +1);
}

void EventIndex::setAllVisible()
{
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_visible[i] = m_lane[i] >= 0 ? 1 : 0;
    recount();
}

void EventIndex::recount()
{
    m_visibleCount = 0;
    const auto size = std::size_t(m_buckets) + 1;
    for (Lane &lane : m_lanes) {
        lane.startPrefix.assign(size, 0);
        lane.rangeStartPrefix.assign(size, 0);
        lane.rangeEndPrefix.assign(size, 0);
        lane.visible = 0;
        for (const Item &item : lane.sorted) {
            const auto e = std::size_t(item.event);
            if (!m_visible[e])
                continue;
            ++lane.visible;
            const auto startBucket = std::size_t((item.earliest - m_base) / m_bucketDays);
            ++lane.startPrefix[startBucket + 1];
            if (m_flags[e] & Range) {
                ++lane.rangeStartPrefix[startBucket + 1];
                ++lane.rangeEndPrefix[std::size_t((item.latest - m_base) / m_bucketDays) + 1];
            }
        }
        for (std::size_t b = 1; b < size; ++b) {
            lane.startPrefix[b] += lane.startPrefix[b - 1];
            lane.rangeStartPrefix[b] += lane.rangeStartPrefix[b - 1];
            lane.rangeEndPrefix[b] += lane.rangeEndPrefix[b - 1];
        }
        m_visibleCount += lane.visible;
    }
}

bool EventIndex::visibleRange(DayNumber &first, DayNumber &last) const
{
    const int a = firstVisible();
    if (a < 0)
        return false;
    first = m_earliest[std::size_t(a)];
    last = m_latestDay[std::size_t(a)];
    // The latest end is not necessarily the last start: scan the lanes' visible maxima.
    for (int event : m_order) {
        if (m_visible[std::size_t(event)])
            last = std::max(last, m_latestDay[std::size_t(event)]);
    }
    return true;
}

int EventIndex::bucketOf(double day) const
{
    const double b = std::ceil((day - m_base) / m_bucketDays);
    if (!(b > 0))
        return 0;
    return b >= m_buckets ? m_buckets : int(b);
}

int EventIndex::prefixAt(const std::vector<int> &prefix, int bucket)
{
    return prefix.empty() ? 0 : prefix[std::size_t(bucket)];
}

void EventIndex::query(int lane, double a, double b, std::vector<int> &out) const
{
    m_scratch.clear();
    forEachOverlapping(lane, a, b,
                       [this](const Item &, int ordinal) { m_scratch.push_back(ordinal); });
    std::sort(m_scratch.begin(), m_scratch.end());
    const auto &sorted = m_lanes[std::size_t(lane)].sorted;
    for (int ordinal : m_scratch)
        out.push_back(sorted[std::size_t(ordinal)].event);
}

int EventIndex::countStarts(int lane, double fromDay, double toDay) const
{
    if (lane < 0 || lane >= int(m_lanes.size()) || !(toDay > fromDay))
        return 0;
    const auto &prefix = m_lanes[std::size_t(lane)].startPrefix;
    return prefixAt(prefix, bucketOf(toDay)) - prefixAt(prefix, bucketOf(fromDay));
}

int EventIndex::countActive(int lane, double day) const
{
    if (lane < 0 || lane >= int(m_lanes.size()) || m_buckets == 0)
        return 0;
    const Lane &l = m_lanes[std::size_t(lane)];
    const double b = std::floor((day - m_base) / m_bucketDays);
    if (b < 0 || b >= m_buckets)
        return 0;
    const int bucket = int(b);
    // Started in buckets [0, bucket] and not ended before it.
    return l.rangeStartPrefix[std::size_t(bucket) + 1] - l.rangeEndPrefix[std::size_t(bucket)];
}

void EventIndex::columnCounts(int lane, double startDay, double daysPerColumn, int columns,
                              std::vector<int> &out) const
{
    out.assign(std::size_t(std::max(0, columns)), 0);
    if (lane < 0 || lane >= int(m_lanes.size()) || columns <= 0 || m_buckets == 0)
        return;
    const auto &prefix = m_lanes[std::size_t(lane)].startPrefix;
    int previous = prefixAt(prefix, bucketOf(startDay));
    for (int c = 0; c < columns; ++c) {
        const int next = prefixAt(prefix, bucketOf(startDay + (c + 1) * daysPerColumn));
        out[std::size_t(c)] = next - previous;
        previous = next;
    }
}

void EventIndex::columnCoverage(int lane, double startDay, double daysPerColumn, int columns,
                                std::vector<int> &out) const
{
    out.assign(std::size_t(std::max(0, columns)), 0);
    for (int c = 0; c < columns; ++c)
        out[std::size_t(c)] = countActive(lane, startDay + (c + 0.5) * daysPerColumn);
}

int EventIndex::firstVisible() const
{
    for (int event : m_order) {
        if (m_visible[std::size_t(event)])
            return event;
    }
    return -1;
}

int EventIndex::lastVisible() const
{
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        if (m_visible[std::size_t(*it)])
            return *it;
    }
    return -1;
}

int EventIndex::nextVisible(int event) const
{
    if (event < 0 || event >= int(m_rank.size()) || m_rank[std::size_t(event)] < 0)
        return firstVisible();
    for (auto r = std::size_t(m_rank[std::size_t(event)]) + 1; r < m_order.size(); ++r) {
        if (m_visible[std::size_t(m_order[r])])
            return m_order[r];
    }
    return -1;
}

int EventIndex::previousVisible(int event) const
{
    if (event < 0 || event >= int(m_rank.size()) || m_rank[std::size_t(event)] < 0)
        return lastVisible();
    for (int r = m_rank[std::size_t(event)] - 1; r >= 0; --r) {
        if (m_visible[std::size_t(m_order[std::size_t(r)])])
            return m_order[std::size_t(r)];
    }
    return -1;
}

int EventIndex::firstVisibleFrom(double day) const
{
    auto it = std::lower_bound(m_order.begin(), m_order.end(), day, [this](int event, double d) {
        return m_earliest[std::size_t(event)] < d;
    });
    for (; it != m_order.end(); ++it) {
        if (m_visible[std::size_t(*it)])
            return *it;
    }
    return -1;
}

int EventIndex::lastVisibleBefore(double day) const
{
    auto it = std::lower_bound(m_order.begin(), m_order.end(), day, [this](int event, double d) {
        return m_earliest[std::size_t(event)] < d;
    });
    while (it != m_order.begin()) {
        --it;
        if (m_visible[std::size_t(*it)])
            return *it;
    }
    return -1;
}

} // namespace Anchorline::Model
