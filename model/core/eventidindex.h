#pragma once

#include "core/dataset.h"

#include <QStringView>
#include <vector>

namespace Anchorline::Model {

// Event id -> index into a dataset's events: an open-addressing table of indexes that compares
// against the ids in the events themselves. 4 bytes a slot and two slots an event, where a
// QHash<QString, int> took about 44 bytes an event (43 MB at a million events).
//
// The table belongs to one events vector: after an insertion, a removal or a change of id it
// is built again (Document does that). When two events share an id, the later one is found, as
// with QHash::insert.
class EventIdIndex final
{
public:
    EventIdIndex() = default;
    explicit EventIdIndex(const std::vector<Event> &events);

    // The index of the event with this id in `events` (the vector the table was built from), or
    // -1.
    int find(const std::vector<Event> &events, QStringView id) const;

private:
    std::size_t slotOf(QStringView id) const;

    std::vector<int> m_slots; // event index, or -1 for an empty slot; a power of two in size
};

} // namespace Anchorline::Model
