#include "core/eventidindex.h"

#include <QHashFunctions>
#include <bit>

namespace Anchorline::Model {

EventIdIndex::EventIdIndex(const std::vector<Event> &events)
{
    if (events.empty())
        return;
    // At most half full: a lookup probes 1.5 slots on average.
    m_slots.assign(std::bit_ceil(events.size() * 2), -1);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const QString &id = events[i].id;
        for (std::size_t slot = slotOf(id);; slot = (slot + 1) & mask) {
            int &entry = m_slots[slot];
            if (entry < 0 || events[std::size_t(entry)].id == id) {
                entry = int(i); // a repeated id: the later event, as QHash::insert keeps
                break;
            }
        }
    }
}

std::size_t EventIdIndex::slotOf(QStringView id) const
{
    return qHash(id) & (m_slots.size() - 1);
}

int EventIdIndex::find(const std::vector<Event> &events, QStringView id) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = slotOf(id);; slot = (slot + 1) & mask) {
        const int entry = m_slots[slot];
        if (entry < 0)
            return -1;
        if (std::size_t(entry) < events.size() && events[std::size_t(entry)].id == id)
            return entry;
    }
}

} // namespace Anchorline::Model
