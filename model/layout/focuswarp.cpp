#include "layout/focuswarp.h"

#include "index/eventindex.h"

#include <algorithm>
#include <cmath>

namespace Anchorline::Model {

namespace {

// The sweep over intervals in start order: the covered stretches' outer ends and every gap
// between them. Streaming, so that a million events need no copy of their dates.
struct Sweep
{
    bool started = false;
    double first = 0;
    double coveredEnd = 0;
    std::vector<std::pair<double, double>> gaps;
    std::size_t steps = 0; // intervals after the first: each starts after a gap, maybe empty

    void add(DayNumber earliest, DayNumber latest)
    {
        const double start = double(earliest);
        const double end = double(latest) + 1;
        if (!started) {
            started = true;
            first = start;
            coveredEnd = end;
            return;
        }
        ++steps;
        if (start > coveredEnd)
            gaps.emplace_back(coveredEnd, start);
        coveredEnd = std::max(coveredEnd, end);
    }
};

} // namespace

FocusWarp FocusWarp::fromGaps(std::vector<std::pair<double, double>> gaps, std::size_t steps,
                              double first, double last, const Rule &rule)
{
    FocusWarp warp;
    const double span = last - first;
    if (gaps.empty() || !(span > 0))
        return warp;
    // The typical (median) gap from one event to the next, where an event starting inside the
    // covered time counts as a gap of 0: O(n) with nth_element over the positive ones.
    double typical = 0;
    const std::size_t zeros = steps - std::min(steps, gaps.size());
    const std::size_t rank = steps / 2;
    if (rank >= zeros) {
        std::vector<double> lengths;
        lengths.reserve(gaps.size());
        for (const auto &[from, to] : gaps)
            lengths.push_back(to - from);
        const auto middle = lengths.begin() + std::ptrdiff_t(rank - zeros);
        std::nth_element(lengths.begin(), middle, lengths.end());
        typical = *middle;
    }
    const double threshold =
        std::max({rule.minGapDays, rule.minGapFraction * span, rule.typicalGapFactor * typical});

    // Long gaps, in day order. At most 1 / minGapFraction of them can exceed the threshold.
    std::erase_if(gaps, [&](const auto &gap) { return !(gap.second - gap.first > threshold); });
    if (gaps.empty())
        return warp;
    double gapTotal = 0;
    for (const auto &[from, to] : gaps)
        gapTotal += to - from;

    const double dense = span - gapTotal;
    const double compressed = std::max(1.0, rule.compressedFraction * dense);
    const double padding = compressed / 2;
    double shift = 0; // warped minus real days, accumulated over earlier breaks
    for (const auto &[from, to] : gaps) {
        const double start = from + padding;
        const double end = to - padding;
        if (end - start <= 2 * compressed)
            continue;
        warp.m_breaks.push_back({start, end, start + shift, compressed});
        shift += compressed - (end - start);
    }
    return warp;
}

FocusWarp
FocusWarp::fromSortedIntervals(const std::vector<std::pair<DayNumber, DayNumber>> &intervals,
                               const Rule &rule)
{
    Sweep sweep;
    for (const auto &[earliest, latest] : intervals)
        sweep.add(earliest, latest);
    return fromGaps(std::move(sweep.gaps), sweep.steps, sweep.first, sweep.coveredEnd, rule);
}

FocusWarp FocusWarp::fromIndex(const EventIndex &index, const Rule &rule)
{
    // Each lane's items are sorted by start; a k-way merge of the visible ones gives the time
    // order with sequential reads (walking the global order instead jumps through memory at
    // every event, several times slower at a million events). Lanes are few (actors), so the
    // next one is found by a scan rather than a heap.
    struct Cursor
    {
        const std::vector<EventIndex::Item> *items;
        std::size_t position;
    };
    const auto skipHidden = [&index](Cursor &cursor) {
        while (cursor.position < cursor.items->size() &&
               !index.isVisible((*cursor.items)[cursor.position].event))
            ++cursor.position;
        return cursor.position < cursor.items->size();
    };
    std::vector<Cursor> cursors;
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        Cursor cursor{&index.laneItems(lane), 0};
        if (skipHidden(cursor))
            cursors.push_back(cursor);
    }
    Sweep sweep;
    while (!cursors.empty()) {
        std::size_t next = 0;
        for (std::size_t i = 1; i < cursors.size(); ++i) {
            if ((*cursors[i].items)[cursors[i].position].earliest <
                (*cursors[next].items)[cursors[next].position].earliest)
                next = i;
        }
        Cursor &cursor = cursors[next];
        const EventIndex::Item &item = (*cursor.items)[cursor.position];
        sweep.add(item.earliest, item.latest);
        ++cursor.position;
        if (!skipHidden(cursor))
            cursors.erase(cursors.begin() + std::ptrdiff_t(next));
    }
    return fromGaps(std::move(sweep.gaps), sweep.steps, sweep.first, sweep.coveredEnd, rule);
}

double FocusWarp::toWarped(double day) const
{
    if (m_breaks.empty())
        return day;
    // The last break starting at or before the day.
    const auto it = std::upper_bound(m_breaks.begin(), m_breaks.end(), day,
                                     [](double d, const ScaleBreak &b) { return d < b.startDay; });
    if (it == m_breaks.begin())
        return day;
    const ScaleBreak &b = *(it - 1);
    if (day < b.endDay)
        return b.warpedStart + (day - b.startDay) * b.length / (b.endDay - b.startDay);
    return b.warpedStart + b.length + (day - b.endDay);
}

double FocusWarp::fromWarped(double warped) const
{
    if (m_breaks.empty())
        return warped;
    const auto it =
        std::upper_bound(m_breaks.begin(), m_breaks.end(), warped,
                         [](double u, const ScaleBreak &b) { return u < b.warpedStart; });
    if (it == m_breaks.begin())
        return warped;
    const ScaleBreak &b = *(it - 1);
    if (warped < b.warpedStart + b.length)
        return b.startDay + (warped - b.warpedStart) * (b.endDay - b.startDay) / b.length;
    return b.endDay + (warped - b.warpedStart - b.length);
}

double FocusWarp::slopeAt(double day) const
{
    for (const ScaleBreak &b : m_breaks) {
        if (day >= b.startDay && day < b.endDay)
            return b.length / (b.endDay - b.startDay);
    }
    return 1;
}

} // namespace Anchorline::Model
