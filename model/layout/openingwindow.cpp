#include "layout/openingwindow.h"

#include "core/dataset.h"
#include "index/eventindex.h"

#include <algorithm>
#include <cmath>

namespace Anchorline::Model {

namespace {

// densestSpan() over days already in ascending order.
std::optional<DaySpan> densestSortedSpan(const std::vector<DayNumber> &days, double share)
{
    if (days.empty())
        return std::nullopt;
    const std::size_t n = days.size();
    const auto wanted = std::size_t(std::ceil(std::clamp(share, 0.0, 1.0) * double(n)));
    const std::size_t k = std::clamp<std::size_t>(wanted, 1, n);
    // Sliding window over the sorted days: k consecutive days, the shortest reach wins.
    std::size_t best = 0;
    for (std::size_t i = 1; i + k <= n; ++i) {
        if (days[i + k - 1] - days[i] < days[best + k - 1] - days[best])
            best = i;
    }
    const double from = days[best];
    const double to = double(days[best + k - 1]) + 1;
    const double margin = std::max(15.0, (to - from) * 0.04);
    return DaySpan{from - margin, to + margin};
}

std::optional<DaySpan> authorsWindow(const Dataset &dataset)
{
    if (const auto &window = dataset.defaultWindow) {
        const PartialDate &from = window->parsedFrom;
        const PartialDate &to = window->parsedTo;
        if (from.isValid() && to.isValid() && to.latest() >= from.earliest())
            return DaySpan{double(from.earliest()), double(to.latest()) + 1};
    }
    return std::nullopt;
}

} // namespace

std::optional<DaySpan> densestSpan(std::vector<DayNumber> days, double share)
{
    std::sort(days.begin(), days.end());
    return densestSortedSpan(days, share);
}

std::optional<DaySpan> openingWindow(const Dataset &dataset,
                                     const std::function<bool(int)> &accepts)
{
    if (const auto window = authorsWindow(dataset))
        return window;
    std::vector<DayNumber> days;
    days.reserve(dataset.events.size());
    for (std::size_t i = 0; i < dataset.events.size(); ++i) {
        const PartialDate &date = dataset.events[i].parsed;
        if (date.isValid() && (!accepts || accepts(int(i))))
            days.push_back(date.earliest());
    }
    return densestSpan(std::move(days));
}

std::optional<DaySpan> openingWindow(const Dataset &dataset, const EventIndex &index)
{
    if (const auto window = authorsWindow(dataset))
        return window;
    if (index.visibleCount() == index.indexedCount())
        return densestSortedSpan(index.startsInTimeOrder(), 0.9); // nothing hidden: as kept
    // Each lane is sorted by start and holds the days inline: the lanes are read in sequence
    // and merged, where the global time order would read the visible flags scattered.
    std::vector<DayNumber> days;
    days.reserve(std::size_t(index.visibleCount()));
    std::vector<std::size_t> runs{0};
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        for (const EventIndex::Item &item : index.laneItems(lane)) {
            if (index.isVisible(item.event))
                days.push_back(item.earliest);
        }
        runs.push_back(days.size());
    }
    // Merge neighbouring runs until one is left: log2(lanes) passes.
    while (runs.size() > 2) {
        std::vector<std::size_t> merged{0};
        for (std::size_t r = 0; r + 1 < runs.size(); r += 2) {
            const std::size_t end = r + 2 < runs.size() ? runs[r + 2] : runs[r + 1];
            if (r + 2 < runs.size())
                std::inplace_merge(days.begin() + std::ptrdiff_t(runs[r]),
                                   days.begin() + std::ptrdiff_t(runs[r + 1]),
                                   days.begin() + std::ptrdiff_t(end));
            merged.push_back(end);
        }
        runs = std::move(merged);
    }
    return densestSortedSpan(days, 0.9);
}

} // namespace Anchorline::Model
