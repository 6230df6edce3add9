#pragma once

#include "core/dataset.h"
#include "interchange/formats.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// What an interchange format cannot hold of a dataset, so that an export never loses data
// without a word: `anchorline convert` prints it as one line on stderr and the window shows it
// after Export Data. The counts follow what the writers keep (CsvIo::toCsv, TimelineJs::toJson);
// a test round-trips the bundled dataset through each format against them.

// The parts left out, "86 relations", "1 tour", "21 date claims", ..., "412 translations (ja)"
// (one object in one language is one translation; neither CSV nor TimelineJS holds any) in a
// fixed order; empty when the format holds everything (Anchorline) or is a bibliography
// (CSL-JSON and BibTeX hold the sources only, which is what they are asked for, and sources are
// never translated). `events`: the exported events (all when std::nullopt).
QStringList leftOutParts(FileFormat format, const Dataset &dataset,
                         const std::optional<std::vector<int>> &events = std::nullopt);

// "left out: 86 relations, 1 tour, 21 date claims" or empty.
QString leftOutSummary(FileFormat format, const Dataset &dataset,
                       const std::optional<std::vector<int>> &events = std::nullopt);

} // namespace Anchorline::Model
