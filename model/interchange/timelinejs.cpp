#include "interchange/timelinejs.h"

#include "core/htmltext.h"
#include "io/loadresult.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <limits>
#include <nlohmann/json.hpp>

namespace Anchorline::Model {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

namespace Interchange {

QString htmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\n':
            out += QStringLiteral("<br>");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString slug(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            out += c;
        } else if (c.isLetterOrNumber() && c.unicode() >= 128 &&
                   c.category() != QChar::Mark_NonSpacing) {
            out += c; // letters of other scripts stay (ids are plain strings)
        } else if (!c.isMark() && !out.isEmpty() && !out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
        if (out.size() >= 60)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

namespace {

std::optional<int> number(const QString &text, int lowest, int highest)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<QString> edtfFromParts(const QString &yearText, const QString &monthText,
                                     const QString &dayText, QString *error, QString *dropped)
{
    auto fail = [&](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString yearTrimmed = yearText.trimmed();
    if (yearTrimmed.isEmpty())
        return fail(QStringLiteral("no year"));
    bool ok = false;
    const Year year = yearTrimmed.toLongLong(&ok);
    if (!ok || year < -MaxYearMagnitude || year > MaxYearMagnitude)
        return fail(QStringLiteral("year \"%1\" is not a whole number from -%2 to %2")
                        .arg(yearTrimmed)
                        .arg(MaxYearMagnitude));
    const QString monthTrimmed = monthText.trimmed();
    const QString dayTrimmed = dayText.trimmed();
    if (isDeepYear(year)) {
        // Deep time is dated to the year (EDTF's long years have no month or day): a month or
        // day given with one is named as not kept.
        DatePoint point;
        point.year = year;
        if (dropped && !(monthTrimmed.isEmpty() && dayTrimmed.isEmpty()))
            *dropped = QStringLiteral("month \"%1\" and day \"%2\" (a year of more than four "
                                      "digits is dated to the year)")
                           .arg(monthTrimmed, dayTrimmed);
        return point.toString();
    }
    QString date = isoYearString(year);
    if (monthTrimmed.isEmpty()) {
        if (!dayTrimmed.isEmpty())
            return fail(QStringLiteral("a day (\"%1\") without a month").arg(dayTrimmed));
        return date;
    }
    const auto month = number(monthTrimmed, 1, 12);
    if (!month)
        return fail(QStringLiteral("month \"%1\" is not from 1 to 12").arg(monthTrimmed));
    date += QStringLiteral("-%1").arg(*month, 2, 10, QLatin1Char('0'));
    if (dayTrimmed.isEmpty())
        return date;
    const auto day = number(dayTrimmed, 1, daysInMonth(year, *month));
    if (!day)
        return fail(QStringLiteral("day \"%1\" does not exist in %2").arg(dayTrimmed, date));
    date += QStringLiteral("-%1").arg(*day, 2, 10, QLatin1Char('0'));
    return date;
}

QColor actorColor(int n)
{
    // Okabe–Ito, then darker variants: distinguishable with colour-blindness.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                    QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0x44, 0x44, 0x44), QColor(0xb8, 0xa2, 0x00)};
    constexpr int count = int(std::size(colors));
    const QColor base = colors[n % count];
    return (n / count) % 2 == 0 ? base : base.darker(140);
}

DatasetBuilder::DatasetBuilder(Dataset &dataset)
    : m_dataset(dataset)
{}

QString DatasetBuilder::uniqueEventId(const QString &wanted, const QString &fallbackTitle)
{
    QString base = wanted.trimmed();
    if (base.isEmpty()) {
        const QString s = slug(fallbackTitle);
        base = QStringLiteral("ev-") + (s.isEmpty() ? QStringLiteral("event") : s);
    }
    QString id = base;
    for (int n = 2; m_dataset.indexOfEvent(id) >= 0; ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString DatasetBuilder::uniqueEraId(const QString &wanted)
{
    const QString s = slug(wanted);
    const QString base = QStringLiteral("era-") + (s.isEmpty() ? QStringLiteral("era") : s);
    QString id = base;
    auto used = [&](const QString &candidate) {
        return std::any_of(m_dataset.eras.begin(), m_dataset.eras.end(),
                           [&](const Era &era) { return era.id == candidate; });
    };
    for (int n = 2; used(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString DatasetBuilder::actorFor(const QString &idOrName, const QString &name)
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return {};
    for (const Actor &actor : m_dataset.actors) {
        if (actor.id.compare(key, Qt::CaseInsensitive) == 0 ||
            actor.name.compare(key, Qt::CaseInsensitive) == 0)
            return actor.id;
    }
    Actor actor;
    const QString s = slug(key);
    actor.id = s.isEmpty() ? QStringLiteral("actor-%1").arg(m_dataset.actors.size() + 1) : s;
    while (m_dataset.indexOfActor(actor.id) >= 0)
        actor.id += QStringLiteral("-2");
    actor.name = name.trimmed().isEmpty() ? key : name.trimmed();
    actor.color = actorColor(int(m_dataset.actors.size()));
    m_dataset.actors.push_back(actor);
    return actor.id;
}

QString DatasetBuilder::themeFor(const QString &id)
{
    const QString key = id.trimmed();
    if (key.isEmpty())
        return {};
    if (m_dataset.indexOfTheme(key) >= 0)
        return key;
    Theme theme;
    theme.id = key;
    theme.name = key;
    m_dataset.themes.push_back(theme);
    return key;
}

QString DatasetBuilder::sourceFor(const QString &id)
{
    const QString key = id.trimmed();
    if (key.isEmpty())
        return {};
    if (m_dataset.indexOfSource(key) >= 0)
        return key;
    Source source;
    source.id = key;
    source.title = key;
    source.note = QStringLiteral("Created on import: the imported file cites this source "
                                 "without describing it.");
    m_dataset.sources.push_back(source);
    return key;
}

} // namespace Interchange

namespace {

using namespace Interchange;

QString str(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (d == std::floor(d) && std::abs(d) < 1e15) // deep-time years as floats too
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

QString member(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it == object.end() ? QString() : str(*it);
}

QString headlineOf(const Json &object)
{
    if (!object.is_object())
        return {};
    const auto text = object.find("text");
    if (text == object.end() || !text->is_object())
        return {};
    return htmlToPlainText(member(*text, "headline"), HtmlWhiteSpace::Collapse);
}

QString bodyOf(const Json &object)
{
    if (!object.is_object())
        return {};
    const auto text = object.find("text");
    if (text == object.end() || !text->is_object())
        return {};
    return htmlToPlainText(member(*text, "text"), HtmlWhiteSpace::Collapse);
}

class Importer
{
public:
    Importer(ImportResult &result, const QString &fileName)
        : m_result(result)
        , m_builder(result.dataset)
        , m_file(fileName)
    {}

    void problem(const QString &pointer, const QString &message)
    {
        LoadError e;
        e.file = m_file;
        e.pointer = pointer;
        e.message = message;
        m_result.problems.push_back(e);
    }

    // A TimelineJS3 date object, or std::nullopt (with a problem) when it cannot be used. What
    // the date model cannot hold (a time of day: dates are days, docs/format.md) goes to
    // *notKept, named with `which` ("start", "end").
    std::optional<QString> date(const Json &value, const QString &pointer,
                                QStringList *notKept = nullptr, const char *which = "")
    {
        if (!value.is_object()) {
            problem(pointer, QStringLiteral("expected an object with year, month and day"));
            return std::nullopt;
        }
        QString error;
        QString dropped;
        const auto text = edtfFromParts(member(value, "year"), member(value, "month"),
                                        member(value, "day"), &error, &dropped);
        if (!text)
            problem(pointer, error);
        if (text && notKept && !dropped.isEmpty())
            *notKept << QStringLiteral("%1 %2").arg(QLatin1String(which), dropped);
        if (text && notKept) {
            const QString time = timeOfDay(member(value, "hour"), member(value, "minute"),
                                           member(value, "second"), member(value, "millisecond"));
            if (!time.isEmpty())
                *notKept << QStringLiteral("%1 time %2").arg(QLatin1String(which), time);
            for (const auto &[key, item] : value.items()) {
                static const QStringList used = {
                    QStringLiteral("year"),       QStringLiteral("month"),
                    QStringLiteral("day"),        QStringLiteral("hour"),
                    QStringLiteral("minute"),     QStringLiteral("second"),
                    QStringLiteral("millisecond")};
                if (!used.contains(QString::fromStdString(key)) && !isEmptyValue(item))
                    *notKept << QStringLiteral("%1 %2 \"%3\"")
                                    .arg(QLatin1String(which), QString::fromStdString(key),
                                         str(item).left(80));
            }
        }
        return text;
    }

    // "2013,12,17", "2013,12", "2013", "2013/12/17" or "-500" of TimelineJS 2, possibly with a
    // time of day ("2013,12,17,10,30"), which goes to *notKept.
    std::optional<QString> oldDate(const Json &value, const QString &pointer,
                                   QStringList *notKept = nullptr, const char *which = "")
    {
        QString text = str(value).trimmed();
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (negative)
            text.remove(0, 1);
        QStringList parts =
            text.split(QRegularExpression(QStringLiteral("[,/\\-]")), Qt::KeepEmptyParts);
        if (negative && !parts.isEmpty())
            parts[0].prepend(QLatin1Char('-'));
        QString error;
        QString dropped;
        std::optional<QString> date;
        if (!text.isEmpty() && parts.size() <= 7)
            date = edtfFromParts(parts.value(0), parts.value(1), parts.value(2), &error, &dropped);
        if (date && notKept && !dropped.isEmpty())
            *notKept << QStringLiteral("%1 %2").arg(QLatin1String(which), dropped);
        else if (text.isEmpty())
            error = QStringLiteral("no date");
        if (!date && error.isEmpty())
            error = QStringLiteral("\"%1\" is not a date of the form YYYY,MM,DD").arg(text);
        if (!date)
            problem(pointer, error);
        if (date && notKept) {
            const QString time =
                timeOfDay(parts.value(3), parts.value(4), parts.value(5), parts.value(6));
            if (!time.isEmpty())
                *notKept << QStringLiteral("%1 time %2").arg(QLatin1String(which), time);
        }
        return date;
    }

    // "10:30", "10:30:05", "10:30:05.250"; empty when no part is given (or all are empty).
    static QString timeOfDay(const QString &hour, const QString &minute, const QString &second,
                             const QString &millisecond)
    {
        if (hour.trimmed().isEmpty() && minute.trimmed().isEmpty() && second.trimmed().isEmpty() &&
            millisecond.trimmed().isEmpty())
            return {};
        auto two = [](const QString &part) {
            const QString t = part.trimmed();
            return t.size() == 1 ? QLatin1Char('0') + t : t.isEmpty() ? QStringLiteral("00") : t;
        };
        QString time = two(hour) + QLatin1Char(':') + two(minute);
        if (!second.trimmed().isEmpty() || !millisecond.trimmed().isEmpty())
            time += QLatin1Char(':') + two(second);
        if (!millisecond.trimmed().isEmpty())
            time += QLatin1Char('.') + millisecond.trimmed();
        return time;
    }

    // TimelineJS media {url, caption, credit, thumbnail} (TimelineJS 2 "asset": {media, ...});
    // caption and credit are HTML there and become plain text. What else it has goes to notKept.
    static std::optional<Media> mediaOf(const Json &value, const char *urlKey, QStringList &notKept)
    {
        if (!value.is_object() || isEmptyValue(value))
            return std::nullopt;
        Media media;
        media.url = member(value, urlKey).trimmed();
        media.caption = htmlToPlainText(member(value, "caption"), HtmlWhiteSpace::Collapse);
        media.credit = htmlToPlainText(member(value, "credit"), HtmlWhiteSpace::Collapse);
        media.thumbnail = member(value, "thumbnail").trimmed();
        for (const QString &other : otherKeys(value, {urlKey, "caption", "credit", "thumbnail"}))
            notKept << QStringLiteral("media ") + other;
        if (media.url.isEmpty()) {
            notKept << QStringLiteral("media without a url");
            return std::nullopt;
        }
        return media;
    }

    // One problem naming what an entry had that the import did not keep.
    void reportNotKept(const QString &pointer, const QStringList &notKept)
    {
        if (!notKept.isEmpty())
            problem(pointer, QStringLiteral("not kept: ") + notKept.join(QStringLiteral("; ")));
    }

    // The keys of `object` outside `used`, for reportNotKept ("background", "autolink").
    static QStringList otherKeys(const Json &object, std::initializer_list<const char *> used)
    {
        QStringList out;
        for (const auto &[key, value] : object.items()) {
            if (isEmptyValue(value) ||
                std::any_of(used.begin(), used.end(), [&](const char *u) { return key == u; }))
                continue;
            out << describeValue(QString::fromStdString(key), value);
        }
        return out;
    }

    // Null, blank text, or an object or array of nothing but such: nothing is lost.
    static bool isEmptyValue(const Json &value)
    {
        if (value.is_null())
            return true;
        if (value.is_string())
            return str(value).trimmed().isEmpty();
        if (value.is_object() || value.is_array())
            return std::all_of(value.begin(), value.end(),
                               [](const Json &item) { return isEmptyValue(item); });
        return false;
    }

    // "background (#123456)", "autolink", "media (https://…)".
    static QString describeValue(const QString &key, const Json &value)
    {
        QString detail;
        if (value.is_object()) {
            for (const char *inner : {"url", "color", "headline"}) {
                const QString v = member(value, inner).trimmed();
                if (!v.isEmpty()) {
                    detail = v.left(120);
                    break;
                }
            }
        } else if (value.is_string()) {
            detail = str(value).trimmed().left(120);
        }
        return detail.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(key, detail);
    }

    void addEvent(Event event, const QString &pointer)
    {
        const auto parsed = PartialDate::parse(event.date);
        if (!parsed.ok()) {
            problem(pointer, parsed.error);
            return;
        }
        event.parsed = parsed.date;
        if (event.kind.isEmpty())
            event.kind = QStringLiteral("event");
        if (event.title.isEmpty()) {
            problem(pointer + QStringLiteral("/text/headline"),
                    QStringLiteral("no headline; the event is called \"Untitled\""));
            event.title = QStringLiteral("Untitled");
        }
        m_result.dataset.events.push_back(std::move(event));
    }

    void addEra(const QString &name, const QString &start, const QString &end,
                const QString &pointer)
    {
        Era era;
        era.name = name.isEmpty() ? QStringLiteral("Era") : name;
        era.id = m_builder.uniqueEraId(era.name);
        era.date = start + QLatin1Char('/') + end;
        const auto parsed = PartialDate::parse(era.date);
        if (!parsed.ok()) {
            problem(pointer, parsed.error);
            return;
        }
        era.parsed = parsed.date;
        era.group = QStringLiteral("Eras");
        m_result.dataset.eras.push_back(std::move(era));
    }

    // TimelineJS3: {"title", "events", "eras", "scale"}; the same inside {"timeline": {...}}
    // (prefix "/timeline"), and "slides" for "events", where a slide's "type" may make it the
    // title slide or an era, as in TimelineJS's spreadsheet form.
    void importV3(const Json &root, const QString &prefix)
    {
        bool haveTitle = false;
        if (const auto title = root.find("title"); title != root.end() && title->is_object()) {
            importTitle(*title, prefix + QStringLiteral("/title"));
            haveTitle = true;
        }
        const char *listKey = root.contains("events") ? "events" : "slides";
        const auto events = root.find(listKey);
        const QString listPointer = prefix + QLatin1Char('/') + QLatin1String(listKey);
        if (events != root.end() && !events->is_array())
            problem(listPointer, QStringLiteral("expected an array of events"));
        if (events != root.end() && events->is_array()) {
            for (std::size_t i = 0; i < events->size(); ++i) {
                const Json &slide = (*events)[i];
                const QString pointer = listPointer + QStringLiteral("/%1").arg(i);
                const QString type = member(slide, "type").trimmed().toLower();
                if (type == u"title" && !haveTitle) {
                    importTitle(slide, pointer);
                    haveTitle = true;
                } else if (type == u"era") {
                    importV3Era(slide, pointer);
                } else {
                    importV3Event(slide, pointer);
                }
            }
        }
        const auto eras = root.find("eras");
        if (eras != root.end() && eras->is_array()) {
            for (std::size_t i = 0; i < eras->size(); ++i)
                importV3Era((*eras)[i], prefix + QStringLiteral("/eras/%1").arg(i));
        }
    }

    void importTitle(const Json &title, const QString &pointer)
    {
        Dataset &d = m_result.dataset;
        d.title = headlineOf(title);
        d.description = bodyOf(title);
        reportNotKept(pointer, otherKeys(title, {"text", "type", "unique_id", "anchorline"}));
    }

    void importV3Era(const Json &era, const QString &pointer)
    {
        if (!era.is_object()) {
            problem(pointer, QStringLiteral("expected an object"));
            return;
        }
        if (!era.contains("start_date") || !era.contains("end_date")) {
            problem(pointer, QStringLiteral("an era needs start_date and end_date"));
            return;
        }
        QStringList notKept;
        const auto start =
            date(era["start_date"], pointer + QStringLiteral("/start_date"), &notKept, "start");
        const auto end =
            date(era["end_date"], pointer + QStringLiteral("/end_date"), &notKept, "end");
        if (start && end) {
            const std::size_t before = m_result.dataset.eras.size();
            addEra(headlineOf(era), *start, *end, pointer);
            // Our own extension, written by TimelineJs::toJson: the era's EDTF, open ends too.
            const auto ours = era.find("anchorline");
            const QString edtf = ours != era.end() ? member(*ours, "date") : QString();
            if (!edtf.isEmpty() && m_result.dataset.eras.size() > before) {
                const auto parsed = PartialDate::parse(edtf);
                if (parsed.ok()) {
                    m_result.dataset.eras.back().date = edtf;
                    m_result.dataset.eras.back().parsed = parsed.date;
                } else {
                    problem(pointer + QStringLiteral("/anchorline/date"), parsed.error);
                }
            }
            const QString body = bodyOf(era);
            if (!body.isEmpty())
                notKept << QStringLiteral("text \"%1\"").arg(body.left(80));
            notKept << otherKeys(era, {"start_date", "end_date", "text", "type", "anchorline"});
            reportNotKept(pointer, notKept);
        }
    }

    void importV3Event(const Json &value, const QString &pointer)
    {
        if (!value.is_object()) {
            problem(pointer, QStringLiteral("expected an event object"));
            return;
        }
        const auto startIt = value.find("start_date");
        if (startIt == value.end()) {
            problem(pointer, QStringLiteral("no start_date"));
            return;
        }
        QStringList notKept;
        const auto start =
            date(*startIt, pointer + QStringLiteral("/start_date"), &notKept, "start");
        if (!start)
            return;
        Event event;
        event.date = *start;
        // A spreadsheet's empty end ({"year": ""}) is no end, as TimelineJS reads it.
        const auto endIt = value.find("end_date");
        const bool hasEnd = endIt != value.end() && !endIt->is_null() &&
                            !(endIt->is_object() && member(*endIt, "year").trimmed().isEmpty() &&
                              member(*endIt, "month").trimmed().isEmpty() &&
                              member(*endIt, "day").trimmed().isEmpty());
        if (hasEnd) {
            if (const auto end =
                    date(*endIt, pointer + QStringLiteral("/end_date"), &notKept, "end")) {
                const QString interval = *start + QLatin1Char('/') + *end;
                const auto parsed = PartialDate::parse(interval);
                if (parsed.ok())
                    event.date = interval;
                else
                    problem(pointer + QStringLiteral("/end_date"),
                            parsed.error + QStringLiteral("; the end was left out"));
            } else {
                m_result.problems.back().message += QStringLiteral("; the end was left out");
            }
        }
        event.title = headlineOf(value);
        event.summary = bodyOf(value);
        if (const auto media = value.find("media"); media != value.end()) {
            if (auto kept = mediaOf(*media, "url", notKept))
                event.media.push_back(std::move(*kept));
        }
        const QString displayDate =
            htmlToPlainText(member(value, "display_date"), HtmlWhiteSpace::Collapse);
        if (!displayDate.isEmpty())
            event.extra["display_date"] = displayDate.toStdString();
        const QString group = htmlToPlainText(member(value, "group"), HtmlWhiteSpace::Collapse);
        if (!group.isEmpty())
            event.actors << m_builder.actorFor(group);
        // Our own extension, written by TimelineJs::toJson.
        if (const auto ours = value.find("anchorline"); ours != value.end() && ours->is_object()) {
            const QString edtf = member(*ours, "date");
            if (!edtf.isEmpty()) {
                if (PartialDate::parse(edtf).ok())
                    event.date = edtf;
                else
                    problem(pointer + QStringLiteral("/anchorline/date"),
                            PartialDate::parse(edtf).error);
            }
            event.kind = member(*ours, "kind");
            event.shortTitle = member(*ours, "shortTitle");
            if (const QString priority = member(*ours, "priority"); !priority.isEmpty()) {
                if (isEventPriority(priority))
                    event.priority = priority;
                else
                    problem(pointer + QStringLiteral("/anchorline/priority"),
                            QStringLiteral("unknown priority \"%1\" ignored").arg(priority));
            }
            auto list = [&](const char *key) {
                QStringList out;
                const auto it = ours->find(key);
                if (it != ours->end() && it->is_array()) {
                    for (const Json &item : *it) {
                        if (const QString s = str(item).trimmed(); !s.isEmpty())
                            out << s;
                    }
                }
                return out;
            };
            const QStringList actors = list("actors");
            if (!actors.isEmpty()) {
                event.actors.clear();
                for (int i = 0; i < actors.size(); ++i)
                    event.actors << m_builder.actorFor(actors[i], i == 0 ? group : QString());
            }
            for (const QString &theme : list("themes"))
                event.themes << m_builder.themeFor(theme);
            event.note = member(*ours, "note");
            // Every media item when there was more than the one TimelineJS shows.
            if (const auto all = ours->find("media"); all != ours->end() && all->is_array()) {
                event.media.clear();
                for (const Json &item : *all) {
                    if (auto kept = mediaOf(item, "url", notKept))
                        event.media.push_back(std::move(*kept));
                }
            }
        }
        event.id = m_builder.uniqueEventId(member(value, "unique_id"), event.title);
        notKept << otherKeys(value, {"start_date", "end_date", "text", "group", "display_date",
                                     "unique_id", "anchorline", "type", "media"});
        const std::size_t before = m_result.dataset.events.size();
        addEvent(std::move(event), pointer);
        if (m_result.dataset.events.size() > before)
            reportNotKept(pointer, notKept);
    }

    void importV2(const Json &timeline)
    {
        Dataset &d = m_result.dataset;
        d.title = htmlToPlainText(member(timeline, "headline"), HtmlWhiteSpace::Collapse);
        d.description = htmlToPlainText(member(timeline, "text"), HtmlWhiteSpace::Collapse);
        reportNotKept(QStringLiteral("/timeline"),
                      otherKeys(timeline, {"headline", "text", "date", "era", "type"}));
        const auto dates = timeline.find("date");
        if (dates == timeline.end() || !dates->is_array()) {
            problem(QStringLiteral("/timeline/date"), QStringLiteral("expected an array"));
        } else {
            for (std::size_t i = 0; i < dates->size(); ++i) {
                const Json &item = (*dates)[i];
                const QString pointer = QStringLiteral("/timeline/date/%1").arg(i);
                if (!item.is_object()) {
                    problem(pointer, QStringLiteral("expected an event object"));
                    continue;
                }
                QStringList notKept;
                const auto start =
                    oldDate(item.value("startDate", Json()), pointer + QStringLiteral("/startDate"),
                            &notKept, "start");
                if (!start)
                    continue;
                Event event;
                event.date = *start;
                const QString endText = member(item, "endDate").trimmed();
                if (!endText.isEmpty() && endText != str(item["startDate"]).trimmed()) {
                    if (const auto end =
                            oldDate(item["endDate"], pointer + QStringLiteral("/endDate"), &notKept,
                                    "end")) {
                        const QString interval = *start + QLatin1Char('/') + *end;
                        if (PartialDate::parse(interval).ok())
                            event.date = interval;
                        else
                            problem(pointer + QStringLiteral("/endDate"),
                                    QStringLiteral("ends before it starts; the end was left out"));
                    }
                }
                event.title = htmlToPlainText(member(item, "headline"), HtmlWhiteSpace::Collapse);
                event.summary = htmlToPlainText(member(item, "text"), HtmlWhiteSpace::Collapse);
                if (const auto asset = item.find("asset"); asset != item.end()) {
                    if (auto kept = mediaOf(*asset, "media", notKept))
                        event.media.push_back(std::move(*kept));
                }
                const QString tag = htmlToPlainText(member(item, "tag"), HtmlWhiteSpace::Collapse);
                if (!tag.isEmpty())
                    event.actors << m_builder.actorFor(tag);
                event.id = m_builder.uniqueEventId(member(item, "unique_id"), event.title);
                notKept << otherKeys(item, {"startDate", "endDate", "headline", "text", "tag",
                                            "unique_id", "asset"});
                const std::size_t before = m_result.dataset.events.size();
                addEvent(std::move(event), pointer);
                if (m_result.dataset.events.size() > before)
                    reportNotKept(pointer, notKept);
            }
        }
        const auto eras = timeline.find("era");
        if (eras != timeline.end() && eras->is_array()) {
            for (std::size_t i = 0; i < eras->size(); ++i) {
                const Json &era = (*eras)[i];
                const QString pointer = QStringLiteral("/timeline/era/%1").arg(i);
                if (!era.is_object()) {
                    problem(pointer, QStringLiteral("expected an object"));
                    continue;
                }
                QStringList notKept;
                const auto start =
                    oldDate(era.value("startDate", Json()), pointer + QStringLiteral("/startDate"),
                            &notKept, "start");
                const auto end = oldDate(era.value("endDate", Json()),
                                         pointer + QStringLiteral("/endDate"), &notKept, "end");
                if (start && end) {
                    addEra(htmlToPlainText(member(era, "headline"), HtmlWhiteSpace::Collapse),
                           *start, *end, pointer);
                    notKept << otherKeys(era, {"startDate", "endDate", "headline"});
                    reportNotKept(pointer, notKept);
                }
            }
        }
    }

private:
    ImportResult &m_result;
    DatasetBuilder m_builder;
    QString m_file;
};

std::optional<Json> parseJson(const QByteArray &bytes, const QString &fileName,
                              std::vector<LoadError> &problems)
{
    // The same depth limit as the dataset reader (docs/architecture.md §7).
    int depth = 0;
    bool tooDeep = false;
    auto callback = [&](int d, Json::parse_event_t event, Json &) {
        if (event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)
            depth = std::max(depth, d + 1);
        if (d >= 64)
            tooDeep = true;
        return !tooDeep;
    };
    LoadError e;
    e.file = fileName;
    try {
        QByteArray data = bytes;
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3);
        Json root = Json::parse(data.constBegin(), data.constEnd(), callback);
        if (tooDeep) {
            e.message = QStringLiteral("nesting deeper than 64 levels");
            problems.push_back(e);
            return std::nullopt;
        }
        return root;
    } catch (const Json::parse_error &error) {
        // Line and column from the byte offset, for the message.
        const auto offset = qsizetype(std::min<std::size_t>(error.byte, std::size_t(bytes.size())));
        const QByteArray before = bytes.left(offset > 0 ? offset - 1 : 0);
        e.line = int(before.count('\n')) + 1;
        e.column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        e.message = QStringLiteral("not valid JSON: %1").arg(QString::fromUtf8(error.what()));
    } catch (const Json::exception &error) {
        e.message = QStringLiteral("not valid JSON: %1").arg(QString::fromUtf8(error.what()));
    }
    problems.push_back(e);
    return std::nullopt;
}

OrderedJson dateObject(const DatePoint &point)
{
    OrderedJson o = OrderedJson::object();
    o["year"] = point.year;
    if (point.precision == DatePrecision::Month || point.precision == DatePrecision::Day)
        o["month"] = point.month;
    else if (point.precision == DatePrecision::Season)
        o["month"] = point.month == 24 ? 12 : (point.month - 21) * 3 + 3; // first month
    else if (point.precision == DatePrecision::FiscalYear)
        o["month"] = 4;
    if (point.precision == DatePrecision::Day)
        o["day"] = point.day;
    return o;
}

// A day as TimelineJS's {year, month, day}.
OrderedJson dayObject(DayNumber day)
{
    Year y = 0;
    int m = 0, d = 0;
    civilFromDays(day, y, m, d);
    return OrderedJson{{"year", y}, {"month", m}, {"day", d}};
}

// The last day a single date (not an interval) covers, as an end: "2025" ends on 2025-12-31.
DatePoint endOfPoint(const PartialDate &date)
{
    DatePoint point;
    int month = 0, day = 0;
    civilFromDays(date.latest(), point.year, month, day);
    point.month = std::int16_t(month);
    point.day = std::int16_t(day);
    point.precision = DatePrecision::Day;
    return point;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

bool TimelineJs::looksLikeTimelineJs(const QByteArray &json)
{
    std::vector<LoadError> ignored;
    const auto root = parseJson(json, QString(), ignored);
    if (!root || !root->is_object())
        return false;
    auto looksLikeV3 = [](const Json &object) {
        for (const char *key : {"events", "slides"}) {
            const auto list = object.find(key);
            if (list == object.end() || !list->is_array())
                continue;
            if (list->empty())
                return !object.contains("format");
            const Json &first = list->front();
            return first.is_object() && (first.contains("start_date") || first.contains("text"));
        }
        return false;
    };
    if (looksLikeV3(*root))
        return true;
    if (const auto timeline = root->find("timeline");
        timeline != root->end() && timeline->is_object())
        return timeline->contains("date") || looksLikeV3(*timeline);
    return false;
}

ImportResult TimelineJs::import(const QByteArray &json, const QString &fileName)
{
    ImportResult result;
    const auto root = parseJson(json, fileName, result.problems);
    if (!root)
        return result;
    Importer importer(result, fileName);
    if (!root->is_object()) {
        importer.problem(QString(), QStringLiteral("expected a JSON object with \"events\""));
        return result;
    }
    // The published forms: TimelineJS3 ({"events"} or {"slides"}), the same wrapped in
    // {"timeline": {...}}, and TimelineJS 2 ({"timeline": {"date": [...]}}).
    const auto timeline = root->find("timeline");
    const bool wrapped = timeline != root->end() && timeline->is_object();
    if (root->contains("events") || root->contains("slides"))
        importer.importV3(*root, QString());
    else if (wrapped && (timeline->contains("events") || timeline->contains("slides")))
        importer.importV3(*timeline, QStringLiteral("/timeline"));
    else if (wrapped)
        importer.importV2(*timeline);
    else
        importer.problem(QString(),
                         QStringLiteral("no \"events\" array (TimelineJS3) and no \"timeline\" "
                                        "object (older TimelineJS): not a TimelineJS file"));
    Dataset &d = result.dataset;
    if (d.title.isEmpty())
        d.title = QFileInfo(fileName).completeBaseName();
    if (d.title.isEmpty())
        d.title = QStringLiteral("Imported timeline");
    return result;
}

ImportResult importFromFile(const QString &path,
                            ImportResult (*import)(const QByteArray &, const QString &))
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        LoadError e;
        e.file = path;
        e.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        result.problems.push_back(e);
        return result;
    }
    return import(file.readAll(), path);
}

ImportResult TimelineJs::importFile(const QString &path)
{
    return importFromFile(path, &TimelineJs::import);
}

QByteArray TimelineJs::toJson(const Dataset &dataset, const std::optional<std::vector<int>> &events)
{
    OrderedJson root = OrderedJson::object();
    OrderedJson title = OrderedJson::object();
    title["text"] = {{"headline", utf8(htmlEscaped(dataset.title))},
                     {"text", utf8(htmlEscaped(dataset.description))}};
    root["title"] = title;

    std::vector<int> order;
    if (events) {
        order = *events;
    } else {
        order.resize(dataset.events.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
    }
    OrderedJson list = OrderedJson::array();
    for (int index : order) {
        if (index < 0 || index >= int(dataset.events.size()))
            continue;
        const Event &e = dataset.events[std::size_t(index)];
        if (!e.parsed.isValid())
            continue;
        OrderedJson item = OrderedJson::object();
        const PartialDate &date = e.parsed;
        item["start_date"] = dateObject(date.hasOpenStart() ? date.end() : date.start());
        if (date.isInterval() && !date.hasOpenEnd() && !date.hasOpenStart())
            item["end_date"] = dateObject(date.end());
        item["text"] = {{"headline", utf8(htmlEscaped(e.title))},
                        {"text", utf8(htmlEscaped(e.summary))}};
        if (!e.actors.isEmpty()) {
            const int actor = dataset.indexOfActor(e.actors.front());
            item["group"] =
                utf8(actor >= 0 ? dataset.actors[std::size_t(actor)].name : e.actors.front());
        }
        QString display;
        if (e.extra.is_object()) {
            const auto it = e.extra.find("display_date");
            if (it != e.extra.end() && it->is_string())
                display = QString::fromStdString(it->get<std::string>());
        }
        if (display.isEmpty() && !date.isExact())
            display = date.toDisplayString(QLocale(QLocale::English));
        if (!display.isEmpty())
            item["display_date"] = utf8(display);
        item["unique_id"] = utf8(e.id);
        OrderedJson ours = OrderedJson::object();
        ours["date"] = utf8(e.date);
        ours["kind"] = utf8(e.kind);
        if (!e.shortTitle.isEmpty())
            ours["shortTitle"] = utf8(e.shortTitle);
        if (!e.priority.isEmpty())
            ours["priority"] = utf8(e.priority);
        OrderedJson actors = OrderedJson::array();
        for (const QString &a : e.actors)
            actors.push_back(utf8(a));
        ours["actors"] = actors;
        OrderedJson themes = OrderedJson::array();
        for (const QString &t : e.themes)
            themes.push_back(utf8(t));
        ours["themes"] = themes;
        if (!e.note.isEmpty())
            ours["note"] = utf8(e.note);
        auto mediaJson = [](const Media &m) {
            OrderedJson o = OrderedJson::object();
            o["url"] = utf8(m.url);
            if (!m.caption.isEmpty())
                o["caption"] = utf8(htmlEscaped(m.caption));
            if (!m.credit.isEmpty())
                o["credit"] = utf8(htmlEscaped(m.credit));
            if (!m.thumbnail.isEmpty())
                o["thumbnail"] = utf8(m.thumbnail);
            return o;
        };
        // TimelineJS shows one media item per slide: the first; all of them travel in ours.
        if (!e.media.empty())
            item["media"] = mediaJson(e.media.front());
        if (e.media.size() > 1) {
            OrderedJson all = OrderedJson::array();
            for (const Media &m : e.media)
                all.push_back(mediaJson(m));
            ours["media"] = all;
        }
        item["anchorline"] = ours;
        list.push_back(std::move(item));
    }
    root["events"] = list;

    // TimelineJS draws an era between two dates. An open end runs to the dataset's last known
    // date (an open start from its first), never to today, so that a conversion gives the same
    // bytes on another day (README); an era that starts at or after that date still gets one
    // day, never zero length. The EDTF goes into "anchorline" for the way back.
    DayNumber first = std::numeric_limits<DayNumber>::max();
    DayNumber last = std::numeric_limits<DayNumber>::min();
    auto widen = [&](const PartialDate &date) {
        if (!date.isValid())
            return;
        first = std::min(first, date.earliest());
        last = std::max(last, date.latest());
    };
    for (const Event &e : dataset.events)
        widen(e.parsed);
    for (const Era &era : dataset.eras)
        widen(era.parsed);
    OrderedJson eras = OrderedJson::array();
    for (const Era &era : dataset.eras) {
        const PartialDate &date = era.parsed;
        if (!date.isValid())
            continue;
        OrderedJson item = OrderedJson::object();
        const DayNumber known = date.earliest();
        if (date.hasOpenStart())
            item["start_date"] = dayObject(std::min(first, date.earliest() - 1));
        else
            item["start_date"] = dateObject(date.start());
        if (date.hasOpenEnd())
            item["end_date"] = dayObject(std::max(last, date.latest() + 1));
        else if (!date.isInterval() && date.latest() == known)
            item["end_date"] = dayObject(known + 1); // a single day: one day long
        else
            item["end_date"] = dateObject(date.isInterval() ? date.end() : endOfPoint(date));
        item["text"] = {{"headline", utf8(htmlEscaped(era.name))}};
        item["anchorline"] = {{"date", utf8(era.date)}};
        eras.push_back(std::move(item));
    }
    if (!eras.empty())
        root["eras"] = eras;
    const std::string text =
        root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return QByteArray::fromStdString(text);
}

} // namespace Anchorline::Model
