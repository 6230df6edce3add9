#pragma once

#include "io/datasetreader.h"

#include <QString>
#include <functional>

class QWidget;

namespace Anchorline::Model {
class Document;
}

namespace Anchorline::Views {

// Opens `path` into `document` the way the main window should: files under
// DatasetLoader::synchronousLimit are read at once; larger ones on a worker thread behind a
// modal QProgressDialog with Cancel, while the event loop keeps running (the GUI thread only
// moves the bar). On success calls Document::setDataset(dataset, path) and returns true. On an
// error or Cancel the document is left exactly as it was and false is returned; `result` (if
// given) then holds the errors (one with DatasetReader::cancelledMessage() for Cancel). On
// success `result` holds no errors and no dataset (the dataset went to the document).
// `beforeLargeHandOver`, when given, is called just before a file read on the worker is handed to
// the document (the main window closes its events table's row gate there, RowGateProxy).
bool loadWithProgress(Model::Document &document, const QString &path, QWidget *parent,
                      Model::LoadResult *result = nullptr,
                      const std::function<void()> &beforeLargeHandOver = {});

} // namespace Anchorline::Views
