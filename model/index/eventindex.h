#pragma once

#include "core/partialdate.h"

#include <QHash>
#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace Anchorline::Model {

struct Dataset;

// A read-only index over the events of a dataset for drawing and navigating a timeline with a
// million events in a frame:
// - per lane (the event's first actor), the events sorted by start, split into classes of
//   similar length so that "events overlapping [a, b] in lane L" costs O(classes * log n + k);
// - per lane, prefix sums of event starts and range ends over fixed day buckets, so the number
//   of events in any pixel column at any zoom costs O(1) (this is the level-of-detail data: a
//   prefix sum answers every resolution that a count pyramid would, without picking a level);
// - the global time order for stepping from event to event.
// Filtering keeps the structure and only flips a per-event bit and recounts the prefix sums, so
// a filter keystroke at 1M events costs a few milliseconds. An edit of one event moves it in
// place (update()): a few memory moves instead of a rebuild.
class EventIndex final
{
public:
    enum Flag : std::uint8_t {
        Range = 1,       // an interval (two ends)
        Imprecise = 2,   // coarser than a day: drawn as a whisker over [earliest, latest]
        Approximate = 4, // approximate or uncertain: dashed and faded
        OpenStart = 8,
        OpenEnd = 16,
        HasClaims = 32, // sources disagree on the date: badge plus ghost markers
    };

    struct Item
    {
        DayNumber earliest = 0;
        DayNumber latest = 0;
        int event = -1; // index into Dataset::events
    };

    EventIndex() = default;
    EventIndex &operator=(const EventIndex &) = delete;
    // Moved, so that one built on the loader's worker can be adopted (Document::addPreparer).
    EventIndex(EventIndex &&) = default;
    EventIndex &operator=(EventIndex &&) = default;
    // A deep copy, made on purpose only: copy on write in SharedEventIndex.
    std::shared_ptr<EventIndex> clone() const
    {
        return std::shared_ptr<EventIndex>(new EventIndex(*this));
    }

    // Rebuilds everything; every event becomes visible. Events with invalid dates are left out.
    void build(const Dataset &dataset);
    void clear();
    // After an edit of one event (its date, actors or date claims), puts it where build() would,
    // with `visible` as its visibility (ignored when it is not indexed). O(n) memory moves and
    // O(buckets) prefix updates, no sorting. Returns false, changing nothing, when the edit
    // changes what only a full build derives: the number of events, the actors (lanes), whether
    // there is an "other" lane, or the first or last day. Then call build().
    bool update(const Dataset &dataset, int event, bool visible);

    // Visibility from a predicate (EventFilterProxy::acceptsEvent); recounts the prefix sums
    // unless no event changed (say, right after build() with no filter set).
    template<typename Accepts> void refilter(Accepts &&accepts)
    {
        bool changed = false;
        for (std::size_t i = 0; i < m_visible.size(); ++i) {
            const std::uint8_t visible = m_lane[i] >= 0 && accepts(int(i)) ? 1 : 0;
            changed = changed || visible != m_visible[i];
            m_visible[i] = visible;
        }
        if (changed)
            recount();
    }
    void setAllVisible();

    int eventCount() const { return int(m_lane.size()); }
    int indexedCount() const { return int(m_order.size()); }
    int visibleCount() const { return m_visibleCount; }
    bool isVisible(int event) const
    {
        return event >= 0 && event < int(m_visible.size()) && m_visible[std::size_t(event)];
    }
    bool isIndexed(int event) const { return laneOf(event) >= 0; }

    // Lanes: one per actor in dataset order, plus a last "other" lane when some events have no
    // known actor (hasOtherLane()).
    int laneCount() const { return int(m_lanes.size()); }
    bool hasOtherLane() const { return m_hasOtherLane; }
    int laneOf(int event) const
    {
        return event >= 0 && event < int(m_lane.size()) ? m_lane[std::size_t(event)] : -1;
    }
    std::uint8_t flagsOf(int event) const
    {
        return event >= 0 && event < int(m_flags.size()) ? m_flags[std::size_t(event)] : 0;
    }
    DayNumber earliestOf(int event) const { return m_earliest[std::size_t(event)]; }
    DayNumber latestOf(int event) const { return m_latestDay[std::size_t(event)]; }
    // Number of events in the lane, visible or not.
    int laneSize(int lane) const { return int(m_lanes[std::size_t(lane)].sorted.size()); }
    int laneVisibleCount(int lane) const { return m_lanes[std::size_t(lane)].visible; }
    // Every indexed event of the lane, visible or not, sorted by (earliest, latest, event): a
    // sequential pass over all events for whole-data summaries (the focus scale's gaps).
    const std::vector<Item> &laneItems(int lane) const { return m_lanes[std::size_t(lane)].sorted; }

    // Range of every indexed event and of the visible ones; {0, 0} when there are none.
    DayNumber firstDay() const { return m_firstDay; }
    DayNumber lastDay() const { return m_lastDay; }
    bool visibleRange(DayNumber &first, DayNumber &last) const;

    // Visible events of `lane` whose [earliest, latest] overlaps the days [a, b] (as doubles: the
    // day d covers [d, d + 1)), appended to `out` in start order. `out` is not cleared, so the
    // caller can reuse its capacity frame after frame.
    void query(int lane, double a, double b, std::vector<int> &out) const;
    // The same as a visitor, in no particular order (for counting and hit-testing).
    template<typename Visit>
    void forEachOverlapping(int lane, double a, double b, Visit &&visit) const;

    // Visible events of `lane` that start in [fromDay, toDay): O(1), bucket-exact.
    int countStarts(int lane, double fromDay, double toDay) const;
    // Visible ranges of `lane` in progress during bucket containing `day` (started and not ended).
    int countActive(int lane, double day) const;
    // Starts per column: column i covers [startDay + i * daysPerColumn, ... + daysPerColumn).
    // `out` is resized to `columns`. Exact when a bucket is one day (bucketDays() == 1).
    void columnCounts(int lane, double startDay, double daysPerColumn, int columns,
                      std::vector<int> &out) const;
    // Ranges in progress at the middle of each column.
    void columnCoverage(int lane, double startDay, double daysPerColumn, int columns,
                        std::vector<int> &out) const;
    DayNumber bucketDays() const { return m_bucketDays; }
    // The start day of every indexed event, visible or not, in time order: the days the
    // opening window is found in, already sorted (a sort of a million days is spared).
    const std::vector<DayNumber> &startsInTimeOrder() const { return m_orderStart; }
    // Per actor in dataset order, the events that name it (each once): the lane header's
    // "involve" count. Counted by build(), so on the loader's worker for an opened file; empty
    // after update(), which does not know the edited event's former actors: then countInvolved().
    const std::vector<int> &involvedCounts() const { return m_involved; }
    static std::vector<int> countInvolved(const Dataset &dataset);

    // Time order (earliest, latest, event index) over the visible events.
    int firstVisible() const;
    int lastVisible() const;
    int nextVisible(int event) const;     // -1 at the end
    int previousVisible(int event) const; // -1 at the start
    // First visible event starting at or after `day`, or the last one before it.
    int firstVisibleFrom(double day) const;
    int lastVisibleBefore(double day) const;

private:
    EventIndex(const EventIndex &) = default;

    struct LengthClass
    {
        int width = 0;            // std::bit_width(latest - earliest), the same for every item
        DayNumber maxLength = 0;  // latest - earliest of every item is at most this
        std::vector<Item> items;  // sorted by earliest
        std::vector<int> ordinal; // position of each item in the lane's sorted order
    };
    struct Lane
    {
        std::vector<Item> sorted; // by (earliest, latest, event)
        std::vector<LengthClass> classes;
        std::vector<int> startPrefix; // visible starts in buckets [0, b)
        std::vector<int> rangeStartPrefix;
        std::vector<int> rangeEndPrefix; // visible ranges whose latest day is in [0, b)
        int visible = 0;
    };

    struct Placement
    {
        int lane = -1; // -1: not indexed (invalid date)
        std::uint8_t flags = 0;
        DayNumber earliest = 0;
        DayNumber latest = 0;
    };
    Placement placementOf(const Dataset &dataset, int event) const;
    bool sameActors(const Dataset &dataset) const;
    bool timeLess(int a, int b) const; // (earliest, latest, event)
    void addToLane(int event);         // into sorted, its length class and the prefix sums
    void removeFromLane(int event);
    void addToPrefixes(Lane &lane, int event, int sign);
    void recount();
    int bucketOf(double day) const; // ceil((day - base) / bucketDays), clamped to [0, buckets]
    static int prefixAt(const std::vector<int> &prefix, int bucket);

    std::vector<Lane> m_lanes;
    QHash<QString, int> m_actorLane; // actor id -> lane, as of build()
    std::vector<int> m_lane;         // per event, -1 when not indexed
    std::vector<std::uint8_t> m_flags;
    std::vector<std::uint8_t> m_visible;
    std::vector<DayNumber> m_earliest;
    std::vector<DayNumber> m_latestDay;
    std::vector<int> m_order;            // indexed events in time order
    std::vector<DayNumber> m_orderStart; // m_earliest of m_order[r], for sequential reads
    std::vector<int> m_rank;             // position in m_order per event, -1 when not indexed
    std::vector<int> m_involved;
    DayNumber m_firstDay = 0;
    DayNumber m_lastDay = 0;
    DayNumber m_base = 0;
    DayNumber m_bucketDays = 1;
    int m_buckets = 0;
    int m_visibleCount = 0;
    bool m_hasOtherLane = false;
    mutable std::vector<int> m_scratch;
};

template<typename Visit>
void EventIndex::forEachOverlapping(int lane, double a, double b, Visit &&visit) const
{
    if (lane < 0 || lane >= int(m_lanes.size()) || !(b >= a))
        return;
    // Clamped well inside DayNumber, and past the deepest day a date can name (EDTF long years).
    constexpr double reach = 1e14;
    const double lo = std::max(-reach, std::min(reach, a));
    const double hi = std::max(-reach, std::min(reach, b));
    // Day d covers [d, d + 1): it overlaps [a, b] when d <= b and d + 1 > a.
    const auto first = DayNumber(std::floor(lo));
    const auto last = DayNumber(std::floor(hi));
    for (const LengthClass &cls : m_lanes[std::size_t(lane)].classes) {
        const auto &items = cls.items;
        const qint64 fromStart = qint64(first) - cls.maxLength;
        auto it =
            std::lower_bound(items.begin(), items.end(), fromStart,
                             [](const Item &item, qint64 day) { return item.earliest < day; });
        for (; it != items.end() && it->earliest <= last; ++it) {
            if (it->latest >= first && m_visible[std::size_t(it->event)])
                visit(*it, cls.ordinal[std::size_t(it - items.begin())]);
        }
    }
}

} // namespace Anchorline::Model
