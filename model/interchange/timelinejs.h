#pragma once

#include "core/dataset.h"
#include "io/loadresult.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// What an import gives: everything that could be used, and one problem per entry (or field)
// that could not, with its place (JSON pointer, or CSV line) and the reason.
struct ImportResult
{
    Dataset dataset;
    std::vector<LoadError> problems;
    bool ok() const { return problems.empty(); }
};

// Reads the file at path and gives its bytes to import(bytes, path); a file that cannot be read
// is one problem naming it. Shared by the TimelineJS3 and CSV importers.
ImportResult importFromFile(const QString &path,
                            ImportResult (*import)(const QByteArray &, const QString &));

// TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html) in both directions.
//
// Import: every published form: {"title", "events", "eras", "scale"}; the same wrapped in
// {"timeline": {...}} and with "slides" for "events", where a slide's "type" ("title", "era")
// makes it the title slide or an era; and the older {"timeline": {"headline", "date":
// [{"startDate": "2013,12,17", ...}], "era": [...]}}. Read: start_date / end_date (numbers may be
// strings; the precision is the parts that exist: year, year-month or a day), "display_date",
// "text" {headline, text} (HTML reduced to plain text), "group" (becomes an actor, one lane per
// group), "unique_id" (becomes the id), "media" (TimelineJS 2: "asset"; url, caption, credit and
// thumbnail become the event's Media), eras and the title slide (the dataset's title and
// description). An entry that cannot be used is reported and skipped; whatever a used entry has
// that is not kept (a time of day, since dates hold days; background; unknown keys) is named in
// one "not kept: ..." problem for that entry, so nothing is dropped silently.
//
// Export: one event per Anchorline event, group = the first actor's name, unique_id = id,
// text.text = the summary (HTML-escaped, since TimelineJS shows it as HTML), media = the first
// Media (all of them in "anchorline" when there are more), eras, title slide.
// What TimelineJS cannot say (EDTF qualifiers, open ends, kind, every actor, themes) goes into an
// "anchorline" object per event and era, which TimelineJS ignores and the import reads back. An
// era with an open end ends at the dataset's last date (never today: the output is the same on
// another day), and no era has zero length.
class TimelineJs final
{
public:
    // True when the JSON looks like TimelineJS ("events" array of objects with "start_date",
    // or an old-style "timeline" object with "date").
    static bool looksLikeTimelineJs(const QByteArray &json);

    static ImportResult import(const QByteArray &json, const QString &fileName);
    static ImportResult importFile(const QString &path);

    // The events to write (indices into dataset.events); std::nullopt writes them all.
    static QByteArray toJson(const Dataset &dataset,
                             const std::optional<std::vector<int>> &events = std::nullopt);
};

// Helpers shared by the interchange formats (TimelineJS, CSV).
namespace Interchange {

// Escapes & < > " for text that will be shown as HTML.
QString htmlEscaped(const QString &text);
// "Japan Coast Guard" -> "japan-coast-guard"; empty when nothing usable remains.
QString slug(const QString &text);
// EDTF for the parts that exist (year required; month and day optional), or an error. A year of
// more than four digits becomes EDTF's long year ("Y-13800000000"), dated to the year: a month
// or day given with it is described in *dropped, for the caller's "not kept" report.
std::optional<QString> edtfFromParts(const QString &year, const QString &month, const QString &day,
                                     QString *error, QString *dropped = nullptr);
// The colour given to the n-th actor an import creates (a colour-blind-safe cycle).
QColor actorColor(int n);

// Builds a dataset entry by entry: unique ids, actors created from group names, parsed dates.
class DatasetBuilder final
{
public:
    explicit DatasetBuilder(Dataset &dataset);
    // An id that is unused among events: `wanted` if free, else wanted-2, wanted-3, ...
    QString uniqueEventId(const QString &wanted, const QString &fallbackTitle);
    QString uniqueEraId(const QString &wanted);
    // The id of the actor with this id or name (case-insensitive), created when absent.
    QString actorFor(const QString &idOrName, const QString &name = {});
    QString themeFor(const QString &id);
    QString sourceFor(const QString &id); // a placeholder source when the id is unknown

private:
    Dataset &m_dataset;
};

} // namespace Interchange

} // namespace Anchorline::Model
