#pragma once

#include "core/partialdate.h"

#include <functional>
#include <optional>
#include <vector>

namespace Anchorline::Model {

struct Dataset;
class EventIndex;

// A span of days, [start, end).
struct DaySpan
{
    double start = 0;
    double end = 0;
    double length() const { return end - start; }
};

// Where the story is: the shortest span of days that holds `share` of the given event days
// (rounded up), widened by a margin of 4% of its length (at least 15 days) each side. One event
// far from the rest (a 1945 treaty before 2013–2026) then does not squeeze the years that hold
// nearly everything. Deterministic: of equally short spans, the earliest. Empty input: nothing.
std::optional<DaySpan> densestSpan(std::vector<DayNumber> days, double share = 0.9);

// The span the timeline opens on: the dataset's own defaultWindow when it has a valid one,
// otherwise densestSpan() over the first days of the events `accepts` (null: every event) with
// a valid date. Nothing when there is no event to go by.
std::optional<DaySpan> openingWindow(const Dataset &dataset,
                                     const std::function<bool(int)> &accepts = {});
// The same over the events `index` shows, taken in its time order: no sort, so the window a
// million events open on costs one pass (the loaded file's hand-over to the views is timed).
std::optional<DaySpan> openingWindow(const Dataset &dataset, const EventIndex &index);

} // namespace Anchorline::Model
