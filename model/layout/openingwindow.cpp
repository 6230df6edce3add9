#include "layout/openingwindow.h"

#include "core/dataset.h"

#include <algorithm>
#include <cmath>

namespace Anchorline::Model {

std::optional<DaySpan> densestSpan(std::vector<DayNumber> days, double share)
{
    if (days.empty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
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

std::optional<DaySpan> openingWindow(const Dataset &dataset,
                                     const std::function<bool(int)> &accepts)
{
    if (const auto &window = dataset.defaultWindow) {
        const PartialDate &from = window->parsedFrom;
        const PartialDate &to = window->parsedTo;
        if (from.isValid() && to.isValid() && to.latest() >= from.earliest())
            return DaySpan{double(from.earliest()), double(to.latest()) + 1};
    }
    std::vector<DayNumber> days;
    days.reserve(dataset.events.size());
    for (std::size_t i = 0; i < dataset.events.size(); ++i) {
        const PartialDate &date = dataset.events[i].parsed;
        if (date.isValid() && (!accepts || accepts(int(i))))
            days.push_back(date.earliest());
    }
    return densestSpan(std::move(days));
}

} // namespace Anchorline::Model
