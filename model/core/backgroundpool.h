#pragma once

class QThreadPool;

namespace Anchorline::Model {

// The threads for our own long-running work: loading, hashing, indexing, resolving anchors,
// exporting. Never QThreadPool::globalInstance(): Qt's raster engine (6.4) splits large fills
// and image conversions over the global pool and waits for them on the GUI thread, so a global
// pool busy with our jobs stalls painting (seen: 230-400 ms while a 100k-event file loaded).
//
//     QtConcurrent::run(Model::backgroundPool(), [] { ... });
QThreadPool *backgroundPool();

} // namespace Anchorline::Model
