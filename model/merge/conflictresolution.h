#pragma once

#include "core/dataset.h"

#include <QString>
#include <optional>

namespace Anchorline::Model {

enum class MergeSide : std::uint8_t { Ours, Theirs };

// Settles one entry of a dataset's "conflicts" section on one side's value. Pure: the Document
// turns the difference into undoable edits (Document::resolveMergeConflict).
class ConflictResolution final
{
public:
    // The dataset with conflict `index` settled on `side` and its entry removed; nullopt, with
    // the reason in *error, when that value cannot be used (the result would not load).
    // Taking a side on which an event is absent also drops the relations and tour steps that
    // refer to it, as deleting the event in the app does.
    static std::optional<Dataset> resolve(const Dataset &dataset, int index, MergeSide side,
                                          QString *error = nullptr);
};

} // namespace Anchorline::Model
