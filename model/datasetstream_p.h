#pragma once

// Internal to the reader (datasetio.cpp): the streaming SAX pass. Not part of the public API.

#include "dataset.h"
#include "datasetio.h"

#include <cstddef>
#include <vector>

namespace Anchorline::Model::Detail {

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
