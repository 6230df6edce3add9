#pragma once

// Internal to the reader (datasetio.cpp): the streaming SAX pass. Not part of the public API.

#include "core/dataset.h"
#include "io/datasetreader.h"

#include <QString>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace Anchorline::Model::Detail {

inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One shared QString per distinct short value (ids of actors, themes, kinds, sources), for both
// readers: a million events then hold a handful of strings instead of millions of copies.
class StringInterner
{
public:
    QString operator()(const std::string &text)
    {
        if (text.size() > 64)
            return fromStd(text);
        const auto it = m_strings.find(text);
        if (it != m_strings.end())
            return it->second;
        QString value = fromStd(text);
        if (m_strings.size() < 4096)
            m_strings.emplace(text, value);
        return value;
    }

private:
    std::unordered_map<std::string, QString> m_strings;
};

// What the streaming pass built directly from SAX callbacks, without any DOM.
struct StreamedItems
{
    std::vector<Event> events;
    std::vector<Relation> relations;
    bool eventsRead = false;    // the root's "events" array was streamed into `events`
    bool relationsRead = false; // the same for "relations"
};

enum class StreamOutcome { Ok, Fallback, Cancelled };

// Parses [first, last) with nlohmann_json's SAX parser. The items of "events" and "relations"
// are built straight into `items` (no per-item DOM); everything else is built as a DOM in `root`
// ("events" and "relations" are left there as empty arrays when streamed). It only has to be
// right for valid files: any problem (syntax, type, missing key, bad date, duplicate key) gives
// Fallback and the caller reads the file again with the DOM reader, which reports every error.
// Needs no prescan: nlohmann's lexer refuses invalid UTF-8 (as the prescan does), and nesting
// deeper than options.maxDepth gives Fallback.
StreamOutcome streamDocument(const char *first, const char *last, const ReadOptions &options,
                             nlohmann::ordered_json &root, StreamedItems &items);

} // namespace Anchorline::Model::Detail
