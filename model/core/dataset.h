#pragma once

#include "core/partialdate.h"
#include "core/translations.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// Keys a file has that Anchorline does not know; kept in their order and written back unchanged.
using ExtraFields = nlohmann::ordered_json;

// W3C Web Annotation TextQuoteSelector + TextPositionSelector, pointing into one source's text.
struct Anchor
{
    QString source; // id of a Source
    QString exact;  // the quoted passage, at most 20 words
    QString prefix; // about 32 characters before it
    QString suffix; // about 32 characters after it
    // Position hint in Unicode code points into the source text (after CRLF -> LF); -1 when absent.
    qint64 start = -1;
    qint64 end = -1;
    ExtraFields extra;
};

// A date as one source gives it, when sources disagree on when something happened.
struct DateClaim
{
    QString date; // EDTF text as written in the file
    PartialDate parsed;
    QString source; // id of a Source, may be empty
    QString note;
    std::vector<Anchor> evidence;
    ExtraFields extra;
};

struct Person
{
    QString family;
    QString given;
    QString literal; // used instead of family/given for organisations or anonymous authors
    ExtraFields extra;

    QString displayName() const;
};

// A bibliographic record; field names follow CSL-JSON.
struct Source
{
    QString id;
    QString type = QStringLiteral("article");
    QString title;
    std::vector<Person> author;
    QString issued; // EDTF text
    PartialDate issuedDate;
    QString containerTitle;
    QString publisher;
    QString url;
    QString license;
    QString language;
    QString perspective; // where the author writes from
    QString fingerprint; // "sha256:<hex>" of the normalised text (docs/format.md)
    QString file;        // optional file name of the text, relative to the dataset or library
    QString note;
    ExtraFields extra;

    // "Lee 2026", "Tokuchi 2023~": for captions and lists.
    QString shortReference() const;
};

struct Actor
{
    QString id;
    QString name;
    QString shortName;
    QColor color;
    QString note;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

struct Theme
{
    QString id;
    QString name;
    QString definition;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

struct Era
{
    QString id;
    QString name;
    QString date; // EDTF interval
    PartialDate parsed;
    QString group; // e.g. "Prime Minister of Japan": eras of one group share a band
    QString actor; // optional id of the Actor whose lane the era belongs to
    QColor color;
    QString note;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

// The values an event's "priority" may take (docs/format.md): "high", "normal", "low".
bool isEventPriority(QStringView value);

// A picture, video or page that illustrates an event, as TimelineJS's "media" (docs/format.md).
// Shown as a link, never loaded or rendered: the url is untrusted text.
struct Media
{
    QString url; // required, non-empty
    QString caption;
    QString credit;
    QString thumbnail; // url of a small picture; empty: none
    ExtraFields extra;
};

struct Event
{
    QString id;
    QString title;
    // A shorter label for tight spaces on the timeline; empty: none (docs/format.md).
    QString shortTitle;
    QString date; // EDTF text as written in the file
    PartialDate parsed;
    QString kind;
    // "high" labels the event first on the timeline, "low" last; empty: as its kind says.
    QString priority;
    QStringList actors; // Actor ids; the first one is the event's lane
    QStringList themes; // Theme ids
    QString summary;
    std::vector<Media> media; // optional illustrations, in order
    std::vector<Anchor> evidence;
    std::vector<DateClaim> dateClaims;
    QString note; // e.g. where a fact comes from general knowledge rather than a source
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

enum class RelationType : std::uint8_t {
    Supersedes,
    Revises,
    Implements,
    RespondsTo,
    Prompts,
    Shapes,
    Cites,
    Contradicts,
    Continues,
    PartOf,
};
inline constexpr int RelationTypeCount = 10;
QString relationTypeName(RelationType type); // "responds-to"
std::optional<RelationType> relationTypeFromName(QStringView name);
QString relationTypeForward(RelationType type);  // "responds to"
QString relationTypeBackward(RelationType type); // "answered by"

enum class Assertion : std::uint8_t {
    Fact,
    Interpretation,
    AttributedView,
    Recommendation,
    Reported
};
inline constexpr int AssertionCount = 5;
QString assertionName(Assertion assertion); // "attributed-view"
std::optional<Assertion> assertionFromName(QStringView name);

struct Relation
{
    QString id;
    QString from; // Event id
    QString to;   // Event id
    RelationType type = RelationType::Cites;
    Assertion assertion = Assertion::Fact;
    std::vector<Anchor> evidence;
    QString note;
    ExtraFields extra;
};

struct MetricPoint
{
    QString date;
    PartialDate parsed;
    double value = 0;
    QString label;
    QString event;  // optional Event id
    QString source; // optional Source id
    QString note;
    std::vector<Anchor> evidence;
    ExtraFields extra;
};

struct Metric
{
    QString id;
    QString name;
    QString unit;
    QString note;
    std::vector<MetricPoint> points;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

struct TourStep
{
    QString event;  // Event id
    QString note;   // what the teacher says
    QString window; // optional EDTF interval the view zooms to
    PartialDate parsedWindow;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

struct Tour
{
    QString id;
    QString title;
    QString description;
    std::vector<TourStep> steps;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
};

// The span a dataset's author wants the timeline to open on ("defaultWindow" in the file, see
// docs/format.md): from the first day of `from` to the last day of `to`.
struct DateWindow
{
    QString from; // EDTF as written
    QString to;
    PartialDate parsedFrom;
    PartialDate parsedTo;
    ExtraFields extra;
};

// One change that `anchorline merge` could not combine ("conflicts" in the file, see
// docs/format.md): the merged file holds our value until someone picks one.
struct MergeConflict
{
    QString collection; // "events", "sources", ... or "dataset" for a top-level key
    QString id;         // the item's id; empty for "dataset" and for an order conflict
    // The item's key that both sides changed; empty: the whole item (deleted on one side,
    // changed or still referred to on the other); "order" with no id: the collection's order.
    QString field;
    // The value on each side; nullopt where the key or item is absent on that side.
    std::optional<nlohmann::ordered_json> base;
    std::optional<nlohmann::ordered_json> ours;
    std::optional<nlohmann::ordered_json> theirs;
    QString reason; // why this is a conflict, for people
    ExtraFields extra;
};

struct Dataset
{
    int version = 1;
    QString title;
    QString description;
    QString language;
    std::vector<Source> sources;
    std::vector<Actor> actors;
    std::vector<Theme> themes;
    std::vector<Era> eras;
    std::vector<Event> events;
    std::vector<Relation> relations;
    std::vector<Metric> metrics;
    std::vector<Tour> tours;
    std::optional<DateWindow> defaultWindow;
    ExtraFields extra;
    // Display text in other languages (docs/format.md); last and defaulted, so that aggregate
    // initialisers that end at `extra` stay complete.
    Translations translations = {};
    // Left by `anchorline merge`; empty in a file nobody merged (docs/format.md).
    std::vector<MergeConflict> conflicts = {};

    int anchorCount() const;
    int indexOfEvent(QStringView id) const; // -1 when absent; linear, use DatasetIndex for bulk
    int indexOfSource(QStringView id) const;
    int indexOfActor(QStringView id) const;
    int indexOfTheme(QStringView id) const;
    // [earliest, latest] over every event; {0,0} when there are none.
    std::pair<DayNumber, DayNumber> dateRange() const;
};

} // namespace Anchorline::Model
