#include "layout/focuswarp.h"

#include "index/eventindex.h"

#include <algorithm>
#include <cmath>

namespace Anchorline::Model {

FocusWarp
FocusWarp::fromSortedIntervals(const std::vector<std::pair<DayNumber, DayNumber>> &intervals,
                               const Rule &rule)
{
    FocusWarp warp;
    if (intervals.empty())
        return warp;
    const double first = double(intervals.front().first);
    double coveredEnd = double(intervals.front().second) + 1;
    double last = coveredEnd;
    for (const auto &[earliest, latest] : intervals)
        last = std::max(last, double(latest) + 1);
    const double span = last - first;
    if (!(span > 0))
        return warp;
    const double threshold = std::max(rule.minGapDays, rule.minGapFraction * span);

    // Long gaps, in day order. At most 1 / minGapFraction of them can exceed the threshold.
    std::vector<std::pair<double, double>> gaps;
    double gapTotal = 0;
    for (const auto &[earliest, latest] : intervals) {
        const double start = double(earliest);
        if (start - coveredEnd > threshold) {
            gaps.emplace_back(coveredEnd, start);
            gapTotal += start - coveredEnd;
        }
        coveredEnd = std::max(coveredEnd, double(latest) + 1);
    }
    if (gaps.empty())
        return warp;

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

FocusWarp FocusWarp::fromIndex(const EventIndex &index, const Rule &rule)
{
    std::vector<std::pair<DayNumber, DayNumber>> intervals;
    intervals.reserve(std::size_t(index.visibleCount()));
    // Time order is (earliest, latest, event): already sorted by earliest.
    for (int event = index.firstVisible(); event >= 0; event = index.nextVisible(event))
        intervals.emplace_back(index.earliestOf(event), index.latestOf(event));
    return fromSortedIntervals(intervals, rule);
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
