#include "core/preparation.h"

#include "core/backgroundpool.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace Anchorline::Model {

Preparations::Preparations(Preparations &&other) noexcept
    : contentHash(std::move(other.contentHash))
    , m_entries(std::move(other.m_entries))
    , m_done(other.m_done.load())
{}

Preparations &Preparations::operator=(Preparations &&other) noexcept
{
    contentHash = std::move(other.contentHash);
    m_entries = std::move(other.m_entries);
    m_done.store(other.m_done.load());
    return *this;
}

void Preparations::addErased(const void *owner, std::type_index type, ErasedJob job)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [owner](const Entry &entry) { return entry.owner == owner; });
    if (it != m_entries.end())
        *it = Entry{owner, type, std::move(job), {}};
    else
        m_entries.push_back(Entry{owner, type, std::move(job), {}});
}

void Preparations::run(const Dataset &dataset, const std::atomic<bool> *cancel)
{
    m_done.store(0);
    // The calling thread takes part, so this is safe from a thread of the global pool too.
    QtConcurrent::blockingMap(backgroundPool(), m_entries, [&](Entry &entry) {
        if (!(cancel && cancel->load()) && entry.job)
            entry.result = entry.job(dataset);
        m_done.fetch_add(1);
    });
}

std::shared_ptr<void> Preparations::erasedResult(const void *owner, std::type_index type) const
{
    for (const Entry &entry : m_entries) {
        if (entry.owner == owner) // another type than the job makes: nothing
            return entry.type == type ? entry.result : nullptr;
    }
    return {};
}

} // namespace Anchorline::Model
