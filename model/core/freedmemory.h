#pragma once

#include <QFuture>

namespace Anchorline::Model {

// Hands the memory a large load freed back to the system, on a background thread.
//
// Reading a large file allocates far more than the dataset keeps: the file's bytes, the event
// list grown by doubling, the loader's and the preparers' working arrays. Many of those blocks
// are small enough for glibc's allocator to keep in its heaps once freed, where they stay in the
// window's resident memory (about 45 MB at a million events, docs/performance.md) until the
// next allocation happens to reuse them. malloc_trim(0) gives every free page of every heap
// back. It walks all the heaps, so it runs on our background pool, after the hand-over, never on
// the GUI thread. Without glibc it does nothing (the returned future is already finished).
QFuture<void> returnFreedMemory();

// The process's resident and peak resident memory in KiB (VmRSS and VmHWM in /proc/self/status);
// 0 where the system does not tell.
struct ResidentMemory
{
    qint64 residentKiB = 0;
    qint64 peakKiB = 0;
};
ResidentMemory residentMemory();

} // namespace Anchorline::Model
