#pragma once

#include "core/dataset.h"
#include "io/loadresult.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace Anchorline::Model {

// A dataset as the DOM of its canonical file, the level at which diff and merge compare: every
// field the writer keeps (unknown keys included) takes part, and nothing the writer normalises
// away can show up as a change.
class DatasetJson final
{
public:
    using Json = nlohmann::ordered_json;

    static Json toJson(const Dataset &dataset);
    // Through the project's reader, so that whatever comes back is a dataset the app can open.
    // `fileName` is only used in messages.
    static LoadResult load(const Json &json, const QString &fileName);

    // The top-level arrays whose items have an "id", in the order the writer puts them.
    static const std::vector<std::string> &collections();
    static bool isCollection(const std::string &key);
    // An item's id, or "" when it has none.
    static std::string idOf(const Json &item);
    // The ids `item` of `collection` refers to, as (collection, id) pairs: an event's actors,
    // themes and evidence sources, a relation's events, a tour step's event, ...
    static std::vector<std::pair<std::string, std::string>>
    referencesOf(const std::string &collection, const Json &item);

    static QString toQString(const std::string &text);
    // Compact JSON for a message: "2013", "\"Title\"", "[\"japan\"]".
    static QString compact(const Json &value);
};

} // namespace Anchorline::Model
