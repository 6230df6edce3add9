#include "merge/semanticdiff.h"

#include "merge/datasetjson.h"

#include <QStringList>
#include <map>
#include <set>

namespace Anchorline::Model {

using Json = SemanticDiff::Json;

namespace {

std::optional<Json> member(const Json &object, const std::string &key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    return it == object.end() ? std::nullopt : std::optional<Json>(*it);
}

// Keys of `a`, then those only `b` has: the order the two files show them in.
std::vector<std::string> unionOfKeys(const Json &a, const Json &b)
{
    std::vector<std::string> keys;
    std::set<std::string> seen;
    for (const Json *object : {&a, &b}) {
        if (!object->is_object())
            continue;
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (seen.insert(it.key()).second)
                keys.push_back(it.key());
        }
    }
    return keys;
}

std::vector<FieldChange> fieldChanges(const Json &before, const Json &after, bool skipCollections)
{
    std::vector<FieldChange> changes;
    for (const std::string &key : unionOfKeys(before, after)) {
        if (skipCollections && DatasetJson::isCollection(key))
            continue;
        std::optional<Json> old = member(before, key);
        std::optional<Json> now = member(after, key);
        if (old != now)
            changes.push_back(FieldChange{key, std::move(old), std::move(now)});
    }
    return changes;
}

QString shown(const std::optional<Json> &value)
{
    return value ? DatasetJson::compact(*value) : QStringLiteral("(none)");
}

// A one-line label for an added or removed item: its title or name when it has one.
QString label(const Json &item)
{
    for (const char *key : {"title", "name"}) {
        const auto it = item.find(key);
        if (it != item.end() && it->is_string())
            return QStringLiteral(" ") + DatasetJson::compact(*it);
    }
    return {};
}

const char *kindName(ItemChange::Kind kind)
{
    switch (kind) {
    case ItemChange::Kind::Added:
        return "added";
    case ItemChange::Kind::Removed:
        return "removed";
    case ItemChange::Kind::Changed:
        return "changed";
    case ItemChange::Kind::Reordered:
        return "reordered";
    }
    return "";
}

} // namespace

std::vector<ItemChange> SemanticDiff::compare(const Dataset &before, const Dataset &after)
{
    return compare(DatasetJson::toJson(before), DatasetJson::toJson(after));
}

std::vector<ItemChange> SemanticDiff::compare(const Json &before, const Json &after)
{
    std::vector<ItemChange> changes;
    for (const std::string &collection : DatasetJson::collections()) {
        const Json empty = Json::array();
        const std::optional<Json> a = member(before, collection);
        const std::optional<Json> b = member(after, collection);
        const Json &oldItems = a && a->is_array() ? *a : empty;
        const Json &newItems = b && b->is_array() ? *b : empty;
        std::map<std::string, const Json *> oldById;
        std::map<std::string, const Json *> newById;
        for (const Json &item : oldItems)
            oldById.emplace(DatasetJson::idOf(item), &item);
        for (const Json &item : newItems)
            newById.emplace(DatasetJson::idOf(item), &item);

        Json oldOrder = Json::array();
        for (const Json &item : oldItems) {
            const std::string id = DatasetJson::idOf(item);
            const auto now = newById.find(id);
            if (now == newById.end()) {
                changes.push_back({ItemChange::Kind::Removed, collection, id, item, {}, {}});
                continue;
            }
            oldOrder.push_back(id);
            if (*now->second != item)
                changes.push_back({ItemChange::Kind::Changed,
                                   collection,
                                   id,
                                   {},
                                   {},
                                   fieldChanges(item, *now->second, false)});
        }
        Json newOrder = Json::array();
        for (const Json &item : newItems) {
            const std::string id = DatasetJson::idOf(item);
            if (oldById.count(id) == 0)
                changes.push_back({ItemChange::Kind::Added, collection, id, {}, item, {}});
            else
                newOrder.push_back(id);
        }
        // Only the items both versions hold: an addition or removal alone is no reordering.
        if (oldOrder != newOrder)
            changes.push_back(
                {ItemChange::Kind::Reordered, collection, {}, oldOrder, newOrder, {}});
    }
    std::vector<FieldChange> top = fieldChanges(before, after, true);
    if (!top.empty())
        changes.push_back({ItemChange::Kind::Changed, "dataset", {}, {}, {}, std::move(top)});
    return changes;
}

QString SemanticDiff::toText(const std::vector<ItemChange> &changes)
{
    QStringList lines;
    std::string collection;
    for (const ItemChange &change : changes) {
        if (change.collection != collection) {
            collection = change.collection;
            lines << DatasetJson::toQString(collection) + QLatin1Char(':');
        }
        const QString id = DatasetJson::toQString(change.id);
        switch (change.kind) {
        case ItemChange::Kind::Added:
            lines << QStringLiteral("  + %1%2").arg(id, label(*change.after));
            break;
        case ItemChange::Kind::Removed:
            lines << QStringLiteral("  - %1%2").arg(id, label(*change.before));
            break;
        case ItemChange::Kind::Reordered:
            lines << QStringLiteral("  order: %1 → %2")
                         .arg(DatasetJson::compact(*change.before),
                              DatasetJson::compact(*change.after));
            break;
        case ItemChange::Kind::Changed: {
            QString indent = QStringLiteral("  ");
            if (!change.id.empty()) {
                lines << QStringLiteral("  ~ %1").arg(id);
                indent = QStringLiteral("      ");
            }
            for (const FieldChange &field : change.fields)
                lines << QStringLiteral("%1%2: %3 → %4")
                             .arg(indent, DatasetJson::toQString(field.field), shown(field.before),
                                  shown(field.after));
            break;
        }
        }
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Json SemanticDiff::toJson(const std::vector<ItemChange> &changes)
{
    Json list = Json::array();
    for (const ItemChange &change : changes) {
        Json entry = Json::object();
        entry["collection"] = change.collection;
        if (!change.id.empty())
            entry["id"] = change.id;
        entry["change"] = kindName(change.kind);
        if (change.kind == ItemChange::Kind::Added)
            entry["value"] = *change.after;
        else if (change.kind == ItemChange::Kind::Removed)
            entry["value"] = *change.before;
        else if (change.kind == ItemChange::Kind::Reordered) {
            entry["old"] = *change.before;
            entry["new"] = *change.after;
        } else {
            Json fields = Json::array();
            for (const FieldChange &field : change.fields) {
                Json f = Json::object();
                f["field"] = field.field;
                if (field.before)
                    f["old"] = *field.before;
                if (field.after)
                    f["new"] = *field.after;
                fields.push_back(std::move(f));
            }
            entry["fields"] = std::move(fields);
        }
        list.push_back(std::move(entry));
    }
    Json result = Json::object();
    result["equal"] = changes.empty();
    result["changes"] = std::move(list);
    return result;
}

} // namespace Anchorline::Model
