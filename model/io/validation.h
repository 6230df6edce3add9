#pragma once

#include "core/dataset.h"
#include "io/loadresult.h"

#include <vector>

namespace Anchorline::Model {

// Semantic checks over a dataset (duplicate ids, dangling references, dates, vocabularies).
// The reader runs them; editing code can run them again.
std::vector<LoadError> validateDataset(const Dataset &dataset, const QString &fileName);

} // namespace Anchorline::Model
