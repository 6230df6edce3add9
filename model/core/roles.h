#pragma once

#include <Qt>

namespace Anchorline::Model {

// Every custom item role of every model, in one place.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // QString: id of the event / relation / source of the row
    DatasetIndexRole,          // int: index of the row's object in the Dataset's array
    EarliestDayRole,           // qlonglong: DayNumber of the event's earliest possible day
    LatestDayRole,             // qlonglong: DayNumber of the latest possible day
    DateTextRole,              // QString: EDTF text as written
    PrecisionRole,             // QString: "day", "month", ...
    ActorIdsRole,              // QStringList
    ThemeIdsRole,              // QStringList
    KindRole,                  // QString
    SummaryRole,               // QString
    ColorRole,                 // QColor: the lane colour of the event's first actor
    EvidenceCountRole,         // int
    RelationTypeRole,          // QString: "responds-to"
    FromIdRole,                // QString: relation's from event id
    ToIdRole,                  // QString: relation's to event id
    AssertionRole,             // QString: "fact", ...

    // SearchModel
    SearchHeadingRole,         // QString: event title and date, or the source
    SearchHeadingEmphasisRole, // QVariantList of QPoint(start, length)
    SearchSnippetRole,         // QString: one line of text around the match
    SearchSnippetEmphasisRole, // QVariantList of QPoint(start, length)
    SearchIsSourceTextRole,    // bool: a hit in an attached source text
    SearchEventIndexRole,      // int: index into Dataset::events, -1 for texts
    SearchSourceIdRole,        // QString
    SearchOffsetRole,          // int: UTF-16 offset of the match in the source text
    SearchLengthRole,          // int
};

} // namespace Anchorline::Model
