#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Anchorline::Model {

// What models and views derive from a whole dataset when the document takes it (search corpora,
// sort orders, lookup tables) costs hundreds of milliseconds at 100k events. For a file read on a
// worker thread that work is done on the worker too, before the dataset is handed over, so that
// opening a large file never stalls the window (issue 10):
//
//     // GUI thread, once: the factory runs on the GUI thread when a load starts and captures
//     // what the job needs by value; the job itself runs on a worker and touches only `d`.
//     document.addPreparer(this, [column = m_sortColumn] {
//         return Preparations::Job([column](const Dataset &d) -> std::shared_ptr<void> {
//             return std::make_shared<Table>(buildTable(d, column));
//         });
//     });
//     // In the slot that rebuilds after a reset: the worker's result, or null (then build here).
//     if (const std::shared_ptr<Table> table = document.prepared<Table>(this)) ...
//
// Results are kept only while Document::setDataset() emits its signals.
class Preparations final
{
public:
    using Job = std::function<std::shared_ptr<void>(const Dataset &dataset)>;

    // One job per owner; a second one replaces the first. `owner` is a key, never dereferenced.
    void add(const void *owner, Job job);
    int jobCount() const { return int(m_entries.size()); }
    // Jobs finished by run(), for progress; safe to read from another thread.
    int jobsDone() const { return m_done.load(); }

    // Runs every job on `dataset`, spread over the cores, and waits for them. Any thread; the
    // dataset must not change meanwhile. Jobs not yet started are skipped once `cancel` is true.
    void run(const Dataset &dataset, const std::atomic<bool> *cancel = nullptr);

    // The result of `owner`'s job, or null (no job, not run, or cancelled).
    std::shared_ptr<void> result(const void *owner) const;

    // The SHA-256 of the bytes the dataset was read from, when the reader computed it.
    QByteArray contentHash;

    Preparations() = default;
    Preparations(Preparations &&other) noexcept;
    Preparations &operator=(Preparations &&other) noexcept;

private:
    struct Entry
    {
        const void *owner = nullptr;
        Job job;
        std::shared_ptr<void> result;
    };
    std::vector<Entry> m_entries;
    std::atomic<int> m_done{0};
};

} // namespace Anchorline::Model
