#pragma once

#include "core/dataset.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace Anchorline::Model {

// One key of an item (or of the dataset itself) whose value differs; nullopt: absent there.
struct FieldChange
{
    std::string field;
    std::optional<nlohmann::ordered_json> before;
    std::optional<nlohmann::ordered_json> after;
};

// What happened to one item between two versions of a dataset.
struct ItemChange
{
    enum class Kind : std::uint8_t { Added, Removed, Changed, Reordered };
    Kind kind = Kind::Changed;
    std::string collection; // "events", ...; "dataset" for top-level keys
    std::string id;         // empty for "dataset" and for Reordered
    // Added: `after` is the item; Removed: `before` is; Reordered: both are the id lists.
    std::optional<nlohmann::ordered_json> before;
    std::optional<nlohmann::ordered_json> after;
    std::vector<FieldChange> fields; // Changed only
};

// `anchorline diff`: compares two datasets by id and field rather than by line.
class SemanticDiff final
{
public:
    using Json = nlohmann::ordered_json;

    // Empty when the two are the same dataset. Collections in file order, then the dataset's
    // own keys; within a collection the removed and changed items in the old order, then the
    // added ones, then a reordering of the items both hold.
    static std::vector<ItemChange> compare(const Dataset &before, const Dataset &after);
    static std::vector<ItemChange> compare(const Json &before, const Json &after);

    // For people: one block per collection, "- id", "+ id", "~ id" with "field: old → new".
    static QString toText(const std::vector<ItemChange> &changes);
    // For tools: {"equal": bool, "changes": [{"collection", "id", "change", "fields": ...}]}.
    static Json toJson(const std::vector<ItemChange> &changes);
};

} // namespace Anchorline::Model
