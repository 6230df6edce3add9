#pragma once

#include "core/dataset.h"
#include "io/loadresult.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace Anchorline::Model {

struct MergeOutcome
{
    // The merged dataset, already read back by the project's reader; nullopt when the merge
    // could not make one that loads (then `errors` says why and nothing should be written).
    std::optional<Dataset> dataset;
    // The conflicts this merge found (also appended to dataset->conflicts).
    std::vector<MergeConflict> conflicts;
    std::vector<LoadError> errors;
};

// `anchorline merge`: a three-way merge by collection, id and field. Changes to different
// items, to different fields of one item, additions on both sides and a reordering on one side
// combine; the same field changed two ways, or an item deleted on one side and changed on the
// other, is a conflict that keeps our value and is listed. An item one side deleted but the
// merged data still refers to is kept (and listed), so the result always loads.
class ThreeWayMerge final
{
public:
    using Json = nlohmann::ordered_json;

    static MergeOutcome merge(const Dataset &base, const Dataset &ours, const Dataset &theirs);
    // The merge on canonical DOMs; appends what could not be combined to `conflicts`.
    static Json mergeJson(const Json &base, const Json &ours, const Json &theirs,
                          std::vector<MergeConflict> &conflicts);

    // One line for stderr: "conflict: events "ev-a" title: base "A", ours "B", theirs "C"".
    static QString describe(const MergeConflict &conflict);
};

} // namespace Anchorline::Model
