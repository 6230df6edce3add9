#include "eventindex.h"

#include "dataset.h"

#include <QHash>
#include <bit>
#include <map>

namespace Anchorline::Model {

namespace {

// About 65k buckets per lane: one day each for any dataset shorter than 179 years, so column
// counts are exact at every zoom where aggregation is drawn, at 256 KiB per lane and counter.
constexpr int TargetBuckets = 65536;

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
    m_rank.clear();
    m_firstDay = m_lastDay = m_base = 0;
    m_bucketDays = 1;
    m_buckets = 0;
    m_visibleCount = 0;
    m_hasOtherLane = false;
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

    QHash<QString, int> actorLane;
    actorLane.reserve(qsizetype(dataset.actors.size()));
    for (std::size_t i = 0; i < dataset.actors.size(); ++i)
        actorLane.insert(dataset.actors[i].id, int(i));
    const int otherLane = int(dataset.actors.size());

    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        const Event &event = dataset.events[i];
        const PartialDate &date = event.parsed;
        if (!date.isValid())
            continue;
        int lane = event.actors.isEmpty() ? -1 : actorLane.value(event.actors.first(), -1);
        if (lane < 0) {
            lane = otherLane;
            m_hasOtherLane = true;
        }
        m_lane[i] = lane;
        std::uint8_t flags = 0;
        if (date.isInterval())
            flags |= Range;
        if (date.start().precision != DatePrecision::Day ||
            (date.isInterval() && !date.hasOpenEnd() && !date.hasOpenStart() &&
             date.end().precision != DatePrecision::Day))
            flags |= Imprecise;
        if (date.isApproximate() || date.isUncertain())
            flags |= Approximate;
        if (date.hasOpenStart())
            flags |= OpenStart;
        if (date.hasOpenEnd())
            flags |= OpenEnd;
        if (!event.dateClaims.empty())
            flags |= HasClaims;
        m_flags[i] = flags;
        m_earliest[i] = date.earliest();
        m_latestDay[i] = std::max(date.earliest(), date.latest());
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

    auto timeLess = [this](int a, int b) {
        const auto ia = std::size_t(a), ib = std::size_t(b);
        if (m_earliest[ia] != m_earliest[ib])
            return m_earliest[ia] < m_earliest[ib];
        if (m_latestDay[ia] != m_latestDay[ib])
            return m_latestDay[ia] < m_latestDay[ib];
        return a < b;
    };
    std::sort(m_order.begin(), m_order.end(), timeLess);
    for (std::size_t r = 0; r < m_order.size(); ++r)
        m_rank[std::size_t(m_order[r])] = int(r);

    m_lanes.resize(std::size_t(otherLane + (m_hasOtherLane ? 1 : 0)));
    // m_order is already in (earliest, latest, event) order, so each lane comes out sorted.
    for (int event : m_order) {
        const auto e = std::size_t(event);
        m_lanes[std::size_t(m_lane[e])].sorted.push_back({m_earliest[e], m_latestDay[e], event});
    }
    for (Lane &lane : m_lanes) {
        // Length classes by powers of two: within a class every item is at most twice as long
        // as the shortest, so the scan window [a - maxLength, b] wastes little.
        std::map<int, std::size_t> classOf;
        for (std::size_t pos = 0; pos < lane.sorted.size(); ++pos) {
            const Item &item = lane.sorted[pos];
            const auto length = std::uint32_t(item.latest - item.earliest);
            const int cls = std::bit_width(length);
            auto [it, inserted] = classOf.try_emplace(cls, lane.classes.size());
            if (inserted)
                lane.classes.emplace_back();
            LengthClass &target = lane.classes[it->second];
            target.maxLength = std::max(target.maxLength, int(length));
            target.items.push_back(item);
            target.ordinal.push_back(int(pos));
        }
    }

    const qint64 range = qint64(m_lastDay) - m_firstDay + 1;
    m_base = m_firstDay;
    m_bucketDays = int(std::max<qint64>(1, (range + TargetBuckets - 1) / TargetBuckets));
    m_buckets = int((range + m_bucketDays - 1) / m_bucketDays) + 1;
    recount();
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
