#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <atomic>
#include <functional>
#include <memory>
#include <typeindex>
#include <typeinfo>
#include <vector>

namespace Anchorline::Model {

// What models and views derive from a whole dataset when the document takes it (search corpora,
// sort orders, lookup tables) costs hundreds of milliseconds at 100k events. For a file read on a
// worker thread that work is done on the worker too, before the dataset is handed over, so that
// opening a large file never stalls the window (issue 10):
//
//     // GUI thread, once: the factory runs on the GUI thread when a load starts and captures
//     // what the job needs by value; the job itself runs on a worker and touches only `d`.
//     document.addPreparer<Table>(this, [column = m_sortColumn] {
//         return [column](const Dataset &d) { return std::make_shared<Table>(buildTable(d,
//         column)); };
//     });
//     // In the slot that rebuilds after a reset: the worker's result, or null (then build here).
//     if (const std::shared_ptr<Table> table = document.prepared<Table>(this)) ...
//
// The cache is typed: a job is registered with the type it makes, and a result is handed out
// only as that type, so asking for the wrong type gives null instead of a bad cast (issue 25).
// Results are kept only while Document::setDataset() emits its signals.
class Preparations final
{
public:
    // A job that makes a T from the dataset, on a worker thread.
    template<typename T> using JobFor = std::function<std::shared_ptr<T>(const Dataset &dataset)>;

    // One job per owner; a second one replaces the first. `owner` is a key, never dereferenced.
    template<typename T> void add(const void *owner, JobFor<T> job)
    {
        addErased(owner, std::type_index(typeid(T)),
                  [job = std::move(job)](const Dataset &dataset) -> std::shared_ptr<void> {
                      return job(dataset);
                  });
    }
    int jobCount() const { return int(m_entries.size()); }
    // Jobs finished by run(), for progress; safe to read from another thread.
    int jobsDone() const { return m_done.load(); }

    // Runs every job on `dataset`, spread over the cores, and waits for them. Any thread; the
    // dataset must not change meanwhile. Jobs not yet started are skipped once `cancel` is true.
    void run(const Dataset &dataset, const std::atomic<bool> *cancel = nullptr);

    // The T that `owner`'s job made, or null: no job, not run, cancelled, or a job that makes
    // something else than a T.
    template<typename T> std::shared_ptr<T> result(const void *owner) const
    {
        // The cast is safe: the entry's type was checked to be T.
        return std::static_pointer_cast<T>(erasedResult(owner, std::type_index(typeid(T))));
    }

    // The SHA-256 of the bytes the dataset was read from, when the reader computed it.
    QByteArray contentHash;

    Preparations() = default;
    Preparations(Preparations &&other) noexcept;
    Preparations &operator=(Preparations &&other) noexcept;

private:
    using ErasedJob = std::function<std::shared_ptr<void>(const Dataset &dataset)>;
    void addErased(const void *owner, std::type_index type, ErasedJob job);
    std::shared_ptr<void> erasedResult(const void *owner, std::type_index type) const;

    struct Entry
    {
        const void *owner = nullptr;
        std::type_index type = std::type_index(typeid(void)); // what the job makes
        ErasedJob job;
        std::shared_ptr<void> result;
    };
    std::vector<Entry> m_entries;
    std::atomic<int> m_done{0};
};

} // namespace Anchorline::Model
