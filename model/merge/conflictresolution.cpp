#include "merge/conflictresolution.h"

#include "merge/datasetjson.h"

namespace Anchorline::Model {

using Json = DatasetJson::Json;

namespace {

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

std::optional<Dataset> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// Drops an event's relations and tour steps, as Document::removeItem does.
void dropReferencesToEvent(Json &root, const std::string &id)
{
    if (auto it = root.find("relations"); it != root.end() && it->is_array()) {
        Json kept = Json::array();
        for (Json &relation : *it) {
            if (relation.value("from", std::string()) != id &&
                relation.value("to", std::string()) != id)
                kept.push_back(std::move(relation));
        }
        *it = std::move(kept);
    }
    if (auto it = root.find("tours"); it != root.end() && it->is_array()) {
        for (Json &tour : *it) {
            const auto steps = tour.find("steps");
            if (steps == tour.end() || !steps->is_array())
                continue;
            Json kept = Json::array();
            for (Json &step : *steps) {
                if (step.value("event", std::string()) != id)
                    kept.push_back(std::move(step));
            }
            if (kept.empty())
                tour.erase("steps");
            else
                *steps = std::move(kept);
        }
    }
}

} // namespace

std::optional<Dataset> ConflictResolution::resolve(const Dataset &dataset, int index,
                                                   MergeSide side, QString *error)
{
    if (index < 0 || index >= int(dataset.conflicts.size()))
        return fail(error, QStringLiteral("no merge conflict %1").arg(index));
    const MergeConflict &c = dataset.conflicts[std::size_t(index)];
    const std::optional<Json> &value = side == MergeSide::Ours ? c.ours : c.theirs;
    Json root = DatasetJson::toJson(dataset);
    const std::string collection = toStd(c.collection);
    const std::string id = toStd(c.id);
    const std::string field = toStd(c.field);

    if (collection == "dataset") {
        if (value)
            root[field] = *value;
        else
            root.erase(field);
    } else if (id.empty()) {
        // The collection's order: the chosen side's ids first, any other item after them.
        Json &items = root[collection];
        if (!items.is_array() || !value || !value->is_array())
            return fail(error, QStringLiteral("%1: no order to take").arg(c.collection));
        Json ordered = Json::array();
        std::vector<bool> used(items.size(), false);
        for (const Json &wanted : *value) {
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (!used[i] && wanted.is_string() &&
                    DatasetJson::idOf(items[i]) == wanted.get<std::string>()) {
                    ordered.push_back(items[i]);
                    used[i] = true;
                    break;
                }
            }
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!used[i])
                ordered.push_back(items[i]);
        }
        items = std::move(ordered);
    } else {
        Json &items = root[collection];
        if (!items.is_array())
            items = Json::array();
        auto it = std::find_if(items.begin(), items.end(),
                               [&](const Json &item) { return DatasetJson::idOf(item) == id; });
        if (field.empty()) {
            if (value && it != items.end())
                *it = *value;
            else if (value)
                items.push_back(*value);
            else if (it != items.end()) {
                items.erase(it);
                if (collection == "events")
                    dropReferencesToEvent(root, id);
            }
        } else {
            if (it == items.end())
                return fail(error, QStringLiteral("%1 \"%2\" is no longer in the dataset")
                                       .arg(c.collection, c.id));
            if (value)
                (*it)[field] = *value;
            else
                it->erase(field);
        }
        if (items.empty())
            root.erase(collection);
    }
    root["conflicts"].erase(std::size_t(index));
    if (root["conflicts"].empty())
        root.erase("conflicts");

    LoadResult result = DatasetJson::load(root, QStringLiteral("resolved dataset"));
    if (!result.ok())
        return fail(error, result.errorText());
    return std::move(*result.dataset);
}

} // namespace Anchorline::Model
