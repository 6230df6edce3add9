#pragma once

// The merge tests' base dataset (tests/fixtures/merge/base.anchorline.json) and edits of it,
// made on the canonical JSON as a person editing the file or the app would make them.

#include "io/datasetreader.h"
#include "merge/datasetjson.h"

#include <QFile>
#include <QTest>

namespace Anchorline::Testing {

using Json = Model::DatasetJson::Json;

inline Json mergeBase()
{
    const Model::LoadResult result = Model::DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_FIXTURES "/merge/base.anchorline.json"));
    if (!result.ok())
        qFatal("merge/base.anchorline.json: %s", qPrintable(result.errorText()));
    return Model::DatasetJson::toJson(*result.dataset);
}

inline Json &item(Json &root, const char *collection, const std::string &id)
{
    for (Json &candidate : root[collection]) {
        if (Model::DatasetJson::idOf(candidate) == id)
            return candidate;
    }
    qFatal("no %s %s", collection, id.c_str());
}

inline void removeItem(Json &root, const char *collection, const std::string &id)
{
    Json &items = root[collection];
    for (auto it = items.begin(); it != items.end(); ++it) {
        if (Model::DatasetJson::idOf(*it) == id) {
            items.erase(it);
            return;
        }
    }
    qFatal("no %s %s to remove", collection, id.c_str());
}

inline Model::Dataset toDataset(const Json &json)
{
    Model::LoadResult result = Model::DatasetJson::load(json, QStringLiteral("edited"));
    if (!result.ok())
        qFatal("an edit made an invalid dataset: %s", qPrintable(result.errorText()));
    return std::move(*result.dataset);
}

inline Json newEvent(const std::string &id, const std::string &title)
{
    Json event = Json::object();
    event["id"] = id;
    event["title"] = title;
    event["date"] = "2023-05";
    event["kind"] = "event";
    return event;
}

} // namespace Anchorline::Testing
