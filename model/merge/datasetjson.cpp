#include "merge/datasetjson.h"

#include "io/datasetreader.h"
#include "io/datasetwriter.h"

namespace Anchorline::Model {

using Json = DatasetJson::Json;

Json DatasetJson::toJson(const Dataset &dataset)
{
    const QByteArray bytes = DatasetWriter::toBytes(dataset);
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

LoadResult DatasetJson::load(const Json &json, const QString &fileName)
{
    const std::string text = json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return DatasetReader::readBytes(QByteArray(text.data(), qsizetype(text.size())), fileName);
}

const std::vector<std::string> &DatasetJson::collections()
{
    static const std::vector<std::string> names = {"sources", "actors",    "themes",  "eras",
                                                   "events",  "relations", "metrics", "tours"};
    return names;
}

bool DatasetJson::isCollection(const std::string &key)
{
    const auto &names = collections();
    return std::find(names.begin(), names.end(), key) != names.end();
}

std::string DatasetJson::idOf(const Json &item)
{
    const auto it = item.find("id");
    return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::pair<std::string, std::string>>
DatasetJson::referencesOf(const std::string &collection, const Json &item)
{
    std::vector<std::pair<std::string, std::string>> found;
    auto add = [&](const char *target, const Json &object, const char *key) {
        const auto it = object.find(key);
        if (it != object.end() && it->is_string())
            found.emplace_back(target, it->get<std::string>());
    };
    auto addList = [&](const char *target, const Json &object, const char *key) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_array())
            return;
        for (const Json &id : *it) {
            if (id.is_string())
                found.emplace_back(target, id.get<std::string>());
        }
    };
    auto forEach = [](const Json &object, const char *key, auto &&visit) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_array())
            return;
        for (const Json &child : *it) {
            if (child.is_object())
                visit(child);
        }
    };
    auto evidence = [&](const Json &object) {
        forEach(object, "evidence", [&](const Json &anchor) { add("sources", anchor, "source"); });
    };
    if (!item.is_object())
        return found;
    if (collection == "events") {
        addList("actors", item, "actors");
        addList("themes", item, "themes");
        evidence(item);
        forEach(item, "dateClaims", [&](const Json &claim) {
            add("sources", claim, "source");
            evidence(claim);
        });
    } else if (collection == "eras") {
        add("actors", item, "actor");
    } else if (collection == "relations") {
        add("events", item, "from");
        add("events", item, "to");
        evidence(item);
    } else if (collection == "metrics") {
        forEach(item, "points", [&](const Json &point) {
            add("events", point, "event");
            add("sources", point, "source");
            evidence(point);
        });
    } else if (collection == "tours") {
        forEach(item, "steps", [&](const Json &step) { add("events", step, "event"); });
    }
    return found;
}

QString DatasetJson::toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString DatasetJson::compact(const Json &value)
{
    return toQString(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace Anchorline::Model
