#pragma once

#include "interchange/timelinejs.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// CSV in the columns of the TimelineJS spreadsheet template, plus Anchorline's own:
//   Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
//   Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background,
//   Id, Date (EDTF), Kind, Actors, Themes, Evidence, Short Title, Priority, Actor Colors
// RFC 4180: comma separated, fields with commas, quotes or line breaks in double quotes, quotes
// doubled; CRLF line ends on export; UTF-8 (a BOM is skipped on import). Columns are found by
// their header (case-insensitive, any order, unknown columns ignored).
//
// Import: a row with Type "title" gives the dataset's title (Headline) and description (Text);
// Type "era" gives an era; every other row an event. "Date (EDTF)", when present and valid, wins
// over Year/Month/Day; otherwise the date's precision is the parts that exist. "Actors" and
// "Themes" are separated by ';' (ids); "Group" names the first actor and "Actor Colors" gives
// each actor's #rrggbb in the order of "Actors"; without "Actors", "Group" becomes the actor.
// "Evidence" is a JSON array of anchors ({"source", "exact", "prefix", "suffix", "start", "end"}).
// Headline and Text are plain text taken exactly as written (markup is not interpreted or
// stripped), so what export writes comes back unchanged; a quote inside an unquoted field is
// literal. A row that cannot be used is reported with its row number (the header is row 1) and the
// physical line it starts on, and skipped.
class CsvIo final
{
public:
    static const QStringList &columns();

    static ImportResult import(const QByteArray &csv, const QString &fileName);
    static ImportResult importFile(const QString &path);

    // The title row, the eras and the given events (all when std::nullopt), in that order.
    static QByteArray toCsv(const Dataset &dataset,
                            const std::optional<std::vector<int>> &events = std::nullopt);
    // Only the given events, no title and era rows: "export the filtered event list".
    static QByteArray eventsToCsv(const Dataset &dataset, const std::vector<int> &events);

    // RFC 4180 parsing: records of fields, each with the 1-based line it starts on.
    struct Record
    {
        QStringList fields;
        int line = 0;
    };
    static std::vector<Record> parse(const QString &text, QString *error = nullptr);
    static QString quoted(const QString &field);
};

} // namespace Anchorline::Model
