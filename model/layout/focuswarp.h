#pragma once

#include "core/partialdate.h"

#include <utility>
#include <vector>

namespace Anchorline::Model {

class EventIndex;

// One long stretch without events that the focus scale draws compressed: the days
// [startDay, endDay) take `length` warped days instead of endDay - startDay.
struct ScaleBreak
{
    double startDay = 0;
    double endDay = 0;
    double warpedStart = 0; // where startDay lands on the warped axis
    double length = 0;      // warped days the break takes
};

// The focus ("collapsed") time scale: a monotonic, piecewise-linear map from days to warped
// days. It is the identity except inside breaks, so TimeScale keeps working in warped days and
// the dense years get the width that long empty stretches had.
//
// The rule (deterministic; O(n) over intervals sorted by start, done once per data change):
// - covered time is the union of the events' [earliest, latest + 1);
// - a gap between covered stretches is long when it exceeds `minGapFraction` of the whole span
//   (first start to last end), `minGapDays`, and `typicalGapFactor` times the median gap from
//   one event to the next (0 when it starts in covered time), so evenly spread events, however
//   sparse, keep the linear scale;
// - the dense time is the span minus the long gaps; each long gap's middle is compressed to
//   `compressedFraction` of the dense time, and half that much stays linear on either side (so
//   events next to it keep room for their marker);
// - a gap too short for its padding and compressed part stays linear.
// Without long gaps the map is the identity, so the focus scale then equals the linear one.
class FocusWarp final
{
public:
    struct Rule
    {
        double minGapFraction = 0.05;
        double minGapDays = 30;
        double typicalGapFactor = 5;
        double compressedFraction = 0.03;
    };

    FocusWarp() = default; // the identity

    // `intervals`: [earliest, latest] day pairs, sorted by earliest.
    static FocusWarp
    fromSortedIntervals(const std::vector<std::pair<DayNumber, DayNumber>> &intervals,
                        const Rule &rule);
    static FocusWarp
    fromSortedIntervals(const std::vector<std::pair<DayNumber, DayNumber>> &intervals)
    {
        return fromSortedIntervals(intervals, Rule());
    }
    // From the visible events of an index, walked in time order.
    static FocusWarp fromIndex(const EventIndex &index, const Rule &rule);
    static FocusWarp fromIndex(const EventIndex &index) { return fromIndex(index, Rule()); }

    bool isIdentity() const { return m_breaks.empty(); }
    const std::vector<ScaleBreak> &breaks() const { return m_breaks; }

    double toWarped(double day) const;
    double fromWarped(double warped) const;
    // Warped days per day at `day`: 1 outside breaks, less inside.
    double slopeAt(double day) const;

private:
    // `gaps`: every gap between covered stretches, in day order; `steps`: intervals after the
    // first (gaps plus those starting inside covered time); [first, last): the span.
    static FocusWarp fromGaps(std::vector<std::pair<double, double>> gaps, std::size_t steps,
                              double first, double last, const Rule &rule);

    std::vector<ScaleBreak> m_breaks; // in day order, disjoint
};

} // namespace Anchorline::Model
