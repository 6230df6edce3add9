#pragma once

#include <Qt>

namespace Anchorline::Model {

// Every custom item role of every model, in one place.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // QString: id of the event / relation / source of the row
    DatasetIndexRole,          // int: index of the row's object in the Dataset's array
    EarliestDayRole,           // int: DayNumber of the event's earliest possible day
    LatestDayRole,             // int: DayNumber of the latest possible day
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
};

} // namespace Anchorline::Model
