#include "interchange/csvio.h"

#include "io/loadresult.h"
#include "io/textencoding.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <nlohmann/json.hpp>

namespace Anchorline::Model {

using namespace Interchange;

namespace {

using Json = nlohmann::ordered_json;

enum Column : std::uint8_t {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    Type,
    Group,
    Background,
    Id,
    Date,
    Kind,
    Actors,
    Themes,
    Evidence,
    ShortTitle,
    Priority,
    ActorColors,
    ColumnCount
};

QString utf8(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string std8(const QString &s)
{
    return s.toStdString();
}

Json anchorJson(const Anchor &anchor)
{
    Json o = Json::object();
    o["source"] = std8(anchor.source);
    o["exact"] = std8(anchor.exact);
    if (!anchor.prefix.isEmpty())
        o["prefix"] = std8(anchor.prefix);
    if (!anchor.suffix.isEmpty())
        o["suffix"] = std8(anchor.suffix);
    if (anchor.start >= 0 && anchor.end >= 0) {
        o["start"] = anchor.start;
        o["end"] = anchor.end;
    }
    return o;
}

// Evidence JSON from a cell; an error says what is wrong.
std::optional<std::vector<Anchor>> parseEvidence(const QString &cell, QString *error)
{
    std::vector<Anchor> anchors;
    if (cell.trimmed().isEmpty())
        return anchors;
    try {
        const Json root = Json::parse(cell.toStdString());
        if (!root.is_array()) {
            *error = QStringLiteral("Evidence is not a JSON array of anchors");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < root.size(); ++i) {
            const Json &item = root[i];
            if (!item.is_object() || !item.contains("source") || !item["source"].is_string() ||
                !item.contains("exact") || !item["exact"].is_string()) {
                *error = QStringLiteral("Evidence item %1 needs \"source\" and \"exact\" strings")
                             .arg(i);
                return std::nullopt;
            }
            Anchor a;
            a.source = utf8(item["source"].get<std::string>());
            a.exact = utf8(item["exact"].get<std::string>());
            if (item.contains("prefix") && item["prefix"].is_string())
                a.prefix = utf8(item["prefix"].get<std::string>());
            if (item.contains("suffix") && item["suffix"].is_string())
                a.suffix = utf8(item["suffix"].get<std::string>());
            if (item.contains("start") && item["start"].is_number_integer() &&
                item.contains("end") && item["end"].is_number_integer()) {
                a.start = item["start"].get<qint64>();
                a.end = item["end"].get<qint64>();
            }
            anchors.push_back(std::move(a));
        }
    } catch (const Json::exception &e) {
        *error = QStringLiteral("Evidence is not valid JSON: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return anchors;
}

QStringList splitList(const QString &cell)
{
    QStringList out;
    for (const QString &part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// Year, Month, Day of one end (Season and FY become their first month).
void partsOf(const DatePoint &p, QString &year, QString &month, QString &day)
{
    year = QString::number(p.year);
    month.clear();
    day.clear();
    if (p.precision == DatePrecision::Month || p.precision == DatePrecision::Day)
        month = QString::number(p.month);
    else if (p.precision == DatePrecision::Season)
        month = QString::number(p.month == 24 ? 12 : (p.month - 21) * 3 + 3);
    else if (p.precision == DatePrecision::FiscalYear)
        month = QStringLiteral("4");
    if (p.precision == DatePrecision::Day)
        day = QString::number(p.day);
}

QString joinRow(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &f : fields)
        quotedFields << CsvIo::quoted(f);
    return quotedFields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList eventRow(const Dataset &dataset, const Event &e)
{
    QStringList row(ColumnCount);
    const PartialDate &date = e.parsed;
    if (date.isValid()) {
        const DatePoint &start = date.hasOpenStart() ? date.end() : date.start();
        partsOf(start, row[Column::Year], row[Month], row[Day]);
        if (date.isInterval() && !date.hasOpenStart() && !date.hasOpenEnd())
            partsOf(date.end(), row[EndYear], row[EndMonth], row[EndDay]);
        if (!date.isExact())
            row[DisplayDate] = date.toDisplayString(QLocale(QLocale::English));
    }
    if (e.extra.is_object()) {
        const auto it = e.extra.find("display_date");
        if (it != e.extra.end() && it->is_string())
            row[DisplayDate] = utf8(it->get<std::string>());
    }
    row[Headline] = e.title;
    row[ShortTitle] = e.shortTitle;
    row[Priority] = e.priority;
    row[Text] = e.summary;
    if (!e.actors.isEmpty()) {
        const int actor = dataset.indexOfActor(e.actors.front());
        row[Group] = actor >= 0 ? dataset.actors[std::size_t(actor)].name : e.actors.front();
    }
    row[Id] = e.id;
    row[Date] = e.date;
    row[Kind] = e.kind;
    row[Actors] = e.actors.join(QLatin1Char(';'));
    // The lanes' colours, one per actor, so that the actors come back as they were.
    QStringList colors;
    for (const QString &id : e.actors) {
        const int actor = dataset.indexOfActor(id);
        colors << (actor >= 0 ? dataset.actors[std::size_t(actor)].color.name(QColor::HexRgb)
                              : QString());
    }
    if (!e.actors.isEmpty())
        row[ActorColors] = colors.join(QLatin1Char(';'));
    row[Themes] = e.themes.join(QLatin1Char(';'));
    if (!e.evidence.empty()) {
        Json list = Json::array();
        for (const Anchor &a : e.evidence)
            list.push_back(anchorJson(a));
        row[Evidence] = utf8(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    return row;
}

} // namespace

const QStringList &CsvIo::columns()
{
    static const QStringList names = {QStringLiteral("Year"),
                                      QStringLiteral("Month"),
                                      QStringLiteral("Day"),
                                      QStringLiteral("Time"),
                                      QStringLiteral("End Year"),
                                      QStringLiteral("End Month"),
                                      QStringLiteral("End Day"),
                                      QStringLiteral("End Time"),
                                      QStringLiteral("Display Date"),
                                      QStringLiteral("Headline"),
                                      QStringLiteral("Text"),
                                      QStringLiteral("Media"),
                                      QStringLiteral("Media Credit"),
                                      QStringLiteral("Media Caption"),
                                      QStringLiteral("Media Thumbnail"),
                                      QStringLiteral("Type"),
                                      QStringLiteral("Group"),
                                      QStringLiteral("Background"),
                                      QStringLiteral("Id"),
                                      QStringLiteral("Date (EDTF)"),
                                      QStringLiteral("Kind"),
                                      QStringLiteral("Actors"),
                                      QStringLiteral("Themes"),
                                      QStringLiteral("Evidence"),
                                      QStringLiteral("Short Title"),
                                      QStringLiteral("Priority"),
                                      QStringLiteral("Actor Colors")};
    return names;
}

QString CsvIo::quoted(const QString &field)
{
    bool needs = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            needs = true;
            break;
        }
    }
    if (!needs && !field.startsWith(QLatin1Char(' ')) && !field.endsWith(QLatin1Char(' ')))
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

std::vector<CsvIo::Record> CsvIo::parse(const QString &text, QString *error)
{
    std::vector<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for the current record
    bool atFieldStart = true;  // nothing read yet for the current field
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        // RFC 4180 and spreadsheets: only a quote that opens a field starts quoting; one in the
        // middle of an unquoted field (`18" guns`) is literal text.
        if (c == QLatin1Char('"') && atFieldStart) {
            inQuotes = true;
            fieldStarted = true;
            atFieldStart = false;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            fieldStarted = true;
            atFieldStart = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (fieldStarted || !field.isEmpty()) {
                current.fields << field;
                records.push_back(current);
            }
            field.clear();
            current = Record();
            fieldStarted = false;
            atFieldStart = true;
            ++line;
            current.line = line;
        } else {
            field += c;
            fieldStarted = true;
            atFieldStart = false;
        }
    }
    if (inQuotes && error)
        *error = QStringLiteral("a quoted field opened on line %1 is never closed").arg(quoteLine);
    if (fieldStarted || !field.isEmpty()) {
        current.fields << field;
        records.push_back(current);
    }
    return records;
}

ImportResult CsvIo::import(const QByteArray &csv, const QString &fileName)
{
    ImportResult result;
    Dataset &d = result.dataset;
    DatasetBuilder builder(d);
    auto problem = [&](int line, const QString &message) {
        LoadError e;
        e.file = fileName;
        e.line = line;
        e.message = message;
        result.problems.push_back(e);
    };

    if (const QString wide = wideUnicodeEncoding(csv); !wide.isEmpty()) {
        problem(0, wideEncodingMessage(wide));
        return result;
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        problem(0, QStringLiteral("not valid UTF-8"));
        return result;
    }
    QString parseError;
    const std::vector<Record> records = parse(text, &parseError);
    if (!parseError.isEmpty())
        problem(0, parseError);
    if (records.empty()) {
        problem(1, QStringLiteral("no header row"));
        return result;
    }
    // Header: column positions by name.
    std::vector<int> position(ColumnCount, -1);
    const QStringList &names = columns();
    const Record &header = records.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = header.fields[i].trimmed();
        for (int c = 0; c < ColumnCount; ++c) {
            if (h.compare(names[c], Qt::CaseInsensitive) == 0 ||
                (c == Date && h.compare(QLatin1String("Date"), Qt::CaseInsensitive) == 0))
                position[std::size_t(c)] = i;
        }
    }
    if (position[Column::Year] < 0 && position[Date] < 0) {
        problem(header.line, QStringLiteral("the header has neither a \"Year\" nor a \"Date "
                                            "(EDTF)\" column: not a timeline spreadsheet"));
        return result;
    }
    if (position[Headline] < 0)
        problem(header.line, QStringLiteral("no \"Headline\" column: events are called "
                                            "\"Untitled\""));

    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        const int rowNumber = int(r) + 1;
        auto cell = [&](Column c) {
            const int p = position[std::size_t(c)];
            return p >= 0 && p < record.fields.size() ? record.fields[p].trimmed() : QString();
        };
        // Free text is kept exactly as written, spaces and markup included: export writes titles
        // as they are, so import must not strip what looks like HTML or the round trip loses it.
        auto text = [&](Column c) {
            const int p = position[std::size_t(c)];
            return p >= 0 && p < record.fields.size() ? record.fields[p] : QString();
        };
        auto rowProblem = [&](const QString &message) {
            problem(record.line, QStringLiteral("row %1: %2").arg(rowNumber).arg(message));
        };
        bool blank = true;
        for (const QString &f : record.fields)
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        const QString type = cell(Type).toLower();
        if (type == QLatin1String("title")) {
            d.title = text(Headline);
            d.description = text(Text);
            continue;
        }

        // The date: our EDTF column first, then the spreadsheet's parts.
        QString date;
        const QString edtf = cell(Date);
        if (!edtf.isEmpty()) {
            const auto parsed = PartialDate::parse(edtf);
            if (parsed.ok())
                date = edtf;
            else if (cell(Column::Year).isEmpty()) {
                rowProblem(QStringLiteral("column \"Date (EDTF)\": %1").arg(parsed.error));
                continue;
            }
        }
        if (date.isEmpty()) {
            QString error;
            const auto start = edtfFromParts(cell(Column::Year), cell(Month), cell(Day), &error);
            if (!start) {
                rowProblem(QStringLiteral("columns Year/Month/Day: %1").arg(error));
                continue;
            }
            date = *start;
            if (!cell(EndYear).isEmpty()) {
                const auto end = edtfFromParts(cell(EndYear), cell(EndMonth), cell(EndDay), &error);
                if (!end) {
                    rowProblem(QStringLiteral("columns End Year/End Month/End Day: %1; the end "
                                              "was left out")
                                   .arg(error));
                } else if (*end != *start) {
                    const QString interval = *start + QLatin1Char('/') + *end;
                    if (PartialDate::parse(interval).ok())
                        date = interval;
                    else
                        rowProblem(QStringLiteral("the end (%1) comes before the start (%2); the "
                                                  "end was left out")
                                       .arg(*end, *start));
                }
            }
        }
        const PartialDate parsed = PartialDate::fromString(date);

        if (type == QLatin1String("era")) {
            if (!parsed.isInterval()) {
                rowProblem(QStringLiteral("an era needs an end date"));
                continue;
            }
            Era era;
            era.name = text(Headline);
            if (era.name.trimmed().isEmpty())
                era.name = QStringLiteral("Era");
            const QString wantedId = cell(Id);
            const bool idFree = !wantedId.isEmpty() &&
                                std::none_of(d.eras.begin(), d.eras.end(), [&](const Era &other) {
                                    return other.id == wantedId;
                                });
            era.id = idFree ? wantedId : builder.uniqueEraId(era.name);
            era.date = date;
            era.parsed = parsed;
            era.group = cell(Group).isEmpty() ? QStringLiteral("Eras") : cell(Group);
            d.eras.push_back(std::move(era));
            continue;
        }

        QString evidenceError;
        auto evidence = parseEvidence(cell(Evidence), &evidenceError);
        if (!evidence) {
            rowProblem(QStringLiteral("column \"Evidence\": %1; the evidence was left out")
                           .arg(evidenceError));
            evidence.emplace();
        }

        Event event;
        event.date = date;
        event.parsed = parsed;
        event.title = text(Headline);
        if (event.title.trimmed().isEmpty())
            event.title = QStringLiteral("Untitled");
        event.shortTitle = text(ShortTitle);
        event.summary = text(Text);
        event.kind = cell(Kind).isEmpty() ? QStringLiteral("event") : cell(Kind);
        // An unknown priority would make the dataset invalid; it is dropped with a warning.
        if (const QString priority = cell(Priority).trimmed().toLower(); !priority.isEmpty()) {
            if (isEventPriority(priority))
                event.priority = priority;
            else
                rowProblem(QStringLiteral("unknown priority \"%1\" ignored (expected high, "
                                          "normal or low)")
                               .arg(priority));
        }
        const QString group = cell(Group);
        const QStringList actors = splitList(cell(Actors));
        if (!actors.isEmpty()) {
            const QStringList colors = cell(ActorColors).split(QLatin1Char(';'));
            for (int i = 0; i < actors.size(); ++i) {
                const bool known = d.indexOfActor(actors[i]) >= 0;
                event.actors << builder.actorFor(actors[i], i == 0 ? group : QString());
                // A lane's colour from the column, when the actor is new here.
                const QColor color(i < colors.size() ? colors[i].trimmed() : QString());
                const int index = d.indexOfActor(event.actors.back());
                if (!known && color.isValid() && index >= 0)
                    d.actors[std::size_t(index)].color = color;
                // An actor met first in another place than the first gets its name later.
                if (i == 0 && !group.isEmpty() && index >= 0 &&
                    d.actors[std::size_t(index)].name == d.actors[std::size_t(index)].id)
                    d.actors[std::size_t(index)].name = group;
            }
        } else if (!group.isEmpty()) {
            event.actors << builder.actorFor(group);
        }
        for (const QString &theme : splitList(cell(Themes)))
            event.themes << builder.themeFor(theme);
        for (Anchor &anchor : *evidence)
            anchor.source = builder.sourceFor(anchor.source);
        event.evidence = std::move(*evidence);
        const QString display = cell(DisplayDate);
        if (!display.isEmpty() && display != parsed.toDisplayString(QLocale(QLocale::English)))
            event.extra["display_date"] = display.toStdString();
        event.id = builder.uniqueEventId(cell(Id), event.title);
        d.events.push_back(std::move(event));
    }
    if (d.title.isEmpty())
        d.title = QFileInfo(fileName).completeBaseName();
    if (d.title.isEmpty())
        d.title = QStringLiteral("Imported timeline");
    return result;
}

ImportResult CsvIo::importFile(const QString &path)
{
    return importFromFile(path, &CsvIo::import);
}

QByteArray CsvIo::eventsToCsv(const Dataset &dataset, const std::vector<int> &events)
{
    QString out = joinRow(columns());
    for (int index : events) {
        if (index >= 0 && index < int(dataset.events.size()))
            out += joinRow(eventRow(dataset, dataset.events[std::size_t(index)]));
    }
    return out.toUtf8();
}

QByteArray CsvIo::toCsv(const Dataset &dataset, const std::optional<std::vector<int>> &events)
{
    QString out = joinRow(columns());
    QStringList title(ColumnCount);
    title[Type] = QStringLiteral("title");
    title[Headline] = dataset.title;
    title[Text] = dataset.description;
    out += joinRow(title);
    for (const Era &era : dataset.eras) {
        if (!era.parsed.isValid() || !era.parsed.isInterval() || era.parsed.hasOpenStart())
            continue;
        QStringList row(ColumnCount);
        row[Type] = QStringLiteral("era");
        partsOf(era.parsed.start(), row[Column::Year], row[Month], row[Day]);
        if (!era.parsed.hasOpenEnd())
            partsOf(era.parsed.end(), row[EndYear], row[EndMonth], row[EndDay]);
        row[Headline] = era.name;
        row[Group] = era.group;
        row[Id] = era.id;
        row[Date] = era.date;
        out += joinRow(row);
    }
    if (events) {
        for (int index : *events) {
            if (index >= 0 && index < int(dataset.events.size()))
                out += joinRow(eventRow(dataset, dataset.events[std::size_t(index)]));
        }
    } else {
        for (const Event &e : dataset.events)
            out += joinRow(eventRow(dataset, e));
    }
    return out.toUtf8();
}

} // namespace Anchorline::Model
