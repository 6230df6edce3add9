#include "interchange/citations.h"

#include <QLocale>
#include <QSet>
#include <nlohmann/json.hpp>

namespace Anchorline::Model {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Date parts of one end of a date: [y], [y, m] or [y, m, d]. Seasons and fiscal years give the
// year only (the season goes into the CSL "season" field).
Json dateParts(const DatePoint &point)
{
    Json parts = Json::array();
    parts.push_back(point.year);
    if (point.precision == DatePrecision::Month || point.precision == DatePrecision::Day)
        parts.push_back(point.month);
    if (point.precision == DatePrecision::Day)
        parts.push_back(point.day);
    return parts;
}

Json cslDate(const Source &source)
{
    const PartialDate &date = source.issuedDate;
    Json issued = Json::object();
    Json parts = Json::array();
    if (!date.hasOpenStart())
        parts.push_back(dateParts(date.start()));
    if (date.isInterval() && !date.hasOpenEnd())
        parts.push_back(dateParts(date.end()));
    if (parts.empty()) {
        // "../2026": only the end is known.
        parts.push_back(dateParts(date.end()));
    }
    issued["date-parts"] = parts;
    const DatePoint &first = date.hasOpenStart() ? date.end() : date.start();
    if (first.precision == DatePrecision::Season)
        issued["season"] = first.month - 20; // EDTF 21..24 -> CSL 1..4 (spring..winter)
    if (date.isApproximate() || date.isUncertain())
        issued["circa"] = true;
    return issued;
}

Json cslPerson(const Person &person)
{
    Json p = Json::object();
    if (!person.literal.isEmpty() && person.family.isEmpty()) {
        p["literal"] = utf8(person.literal);
        return p;
    }
    if (!person.family.isEmpty())
        p["family"] = utf8(person.family);
    if (!person.given.isEmpty())
        p["given"] = utf8(person.given);
    return p;
}

// ASCII letters of the first word, lower case: "Ōta" -> "ota", "Sejong Focus" -> "sejong".
QString keyStem(const Source &source)
{
    QString base;
    if (!source.author.empty()) {
        const Person &first = source.author.front();
        base = first.family.isEmpty() ? first.literal : first.family;
    }
    if (base.isEmpty())
        base = source.containerTitle;
    if (base.isEmpty())
        base = source.title;
    const QString folded = base.normalized(QString::NormalizationForm_KD);
    QString stem;
    bool started = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            stem += c.toLower();
            started = true;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            if (started)
                break;
        }
    }
    return stem.isEmpty() ? QStringLiteral("source") : stem;
}

const char *const monthMacros[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

// What BibTeX and Biber accept as a key: printable ASCII without spaces and without the
// characters that end or break an entry's head.
bool isBibTeXKey(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7F || QStringView(u"\"#%'(),={}~").contains(c))
            return false;
    }
    return true;
}

// The url field is taken literally by BibTeX tools (url.sty, biblatex): only braces, which
// would unbalance the field, are percent-encoded (the same URL); line breaks are dropped.
QString bibUrl(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (const QChar c : url) {
        if (c == QLatin1Char('{'))
            out += QStringLiteral("%7B");
        else if (c == QLatin1Char('}'))
            out += QStringLiteral("%7D");
        else if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

// A date for a reader: "c. Jan 2026", "Jan 2026?" (English, whatever the interface language).
QString readableDate(const PartialDate &date)
{
    return date.toDisplayString(QLocale(QLocale::English));
}

bool isArticleType(const QString &type)
{
    return type == QLatin1String("article-journal") || type == QLatin1String("article-magazine") ||
           type == QLatin1String("article-newspaper");
}

QString bibPerson(const Person &person)
{
    if (person.family.isEmpty())
        return QLatin1Char('{') + escapeBibTeX(person.literal) + QLatin1Char('}');
    if (person.given.isEmpty())
        return escapeBibTeX(person.family);
    return escapeBibTeX(person.family) + QStringLiteral(", ") + escapeBibTeX(person.given);
}

void field(QString &out, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    out += QStringLiteral("  %1 = {%2},\n").arg(QLatin1String(name), value);
}

} // namespace

QString escapeBibTeX(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '{':
        case '}':
        case '$':
        case '&':
        case '%':
        case '#':
        case '_':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '\n':
        case '\r':
        case '\t':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray sourcesToCslJson(const std::vector<Source> &sources)
{
    Json items = Json::array();
    for (const Source &source : sources) {
        Json item = Json::object();
        item["id"] = utf8(source.id);
        item["type"] = utf8(source.type.isEmpty() ? QStringLiteral("article") : source.type);
        item["title"] = utf8(source.title);
        if (!source.author.empty()) {
            Json authors = Json::array();
            for (const Person &person : source.author)
                authors.push_back(cslPerson(person));
            item["author"] = authors;
        }
        if (source.issuedDate.isValid())
            item["issued"] = cslDate(source);
        if (!source.containerTitle.isEmpty())
            item["container-title"] = utf8(source.containerTitle);
        if (!source.publisher.isEmpty())
            item["publisher"] = utf8(source.publisher);
        if (!source.url.isEmpty())
            item["URL"] = utf8(source.url);
        if (!source.language.isEmpty())
            item["language"] = utf8(source.language);
        if (!source.license.isEmpty())
            item["license"] = utf8(source.license);
        items.push_back(std::move(item));
    }
    const std::string text =
        items.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return QByteArray::fromStdString(text);
}

std::vector<QString> bibTeXKeys(const std::vector<Source> &sources)
{
    std::vector<QString> keys(sources.size());
    QSet<QString> used;
    // Keys equal the CSL-JSON ids, so a document cites a source by the same name in both
    // bibliographies; they are reserved first, so a made-up key never takes one.
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const QString &id = sources[i].id;
        if (isBibTeXKey(id) && !used.contains(id)) {
            keys[i] = id;
            used.insert(id);
        }
    }
    // An id BibTeX cannot use gets the author and year: lee2026, lee2026a, ... lee2026z,
    // lee2026aa; each candidate is checked against every key given out, so "Lee", "Lee" and
    // "Leea" cannot end up with lee, leea, leea.
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!keys[i].isEmpty())
            continue;
        const Source &source = sources[i];
        QString stem = keyStem(source);
        if (source.issuedDate.isValid())
            stem += QString::number(source.issuedDate.start().year);
        QString key = stem;
        for (int n = 0; used.contains(key); ++n) {
            QString suffix;
            for (int k = n; k >= 0; k = k / 26 - 1)
                suffix.prepend(QChar(u'a' + k % 26));
            key = stem + suffix;
        }
        used.insert(key);
        keys[i] = key;
    }
    return keys;
}

QByteArray sourcesToBibTeX(const std::vector<Source> &sources)
{
    const std::vector<QString> keys = bibTeXKeys(sources);
    QString out;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source &source = sources[i];
        const bool article =
            isArticleType(source.type) ||
            (source.type == QLatin1String("article") && !source.containerTitle.isEmpty());
        const bool book = !article && source.type == QLatin1String("book");
        const bool report = !article && source.type == QLatin1String("report");
        const QLatin1String entryType = article  ? QLatin1String("article")
                                        : book   ? QLatin1String("book")
                                        : report ? QLatin1String("techreport")
                                                 : QLatin1String("misc");
        out += QStringLiteral("@%1{%2,\n").arg(entryType, keys[i]);
        QStringList people;
        for (const Person &person : source.author)
            people << bibPerson(person);
        field(out, "author", people.join(QStringLiteral(" and ")));
        // Double braces keep the title's capitalisation as written.
        if (!source.title.isEmpty())
            field(out, "title", QLatin1Char('{') + escapeBibTeX(source.title) + QLatin1Char('}'));
        if (article)
            field(out, "journal", escapeBibTeX(source.containerTitle));
        else if (!source.containerTitle.isEmpty())
            field(out, "howpublished", escapeBibTeX(source.containerTitle));
        // A report's publisher is the institution that issued it (BibTeX's required field).
        field(out, report ? "institution" : "publisher", escapeBibTeX(source.publisher));
        const PartialDate &date = source.issuedDate;
        QStringList notes;
        if (date.isValid()) {
            const DatePoint &point = date.start();
            field(out, "year", QString::number(point.year));
            if ((point.precision == DatePrecision::Month ||
                 point.precision == DatePrecision::Day) &&
                point.month >= 1 && point.month <= 12) {
                out += QStringLiteral("  month = %1,\n")
                           .arg(QLatin1String(monthMacros[point.month - 1]));
            }
            if (!date.isInterval() && point.precision != DatePrecision::Season &&
                point.precision != DatePrecision::FiscalYear) {
                DatePoint plain = point;
                plain.approximate = plain.uncertain = false;
                field(out, "date", plain.toString());
            }
            if (date.isApproximate() && date.isUncertain())
                notes
                    << QStringLiteral("Date approximate and uncertain: %1").arg(readableDate(date));
            else if (date.isApproximate())
                notes << QStringLiteral("Date approximate: %1").arg(readableDate(date));
            else if (date.isUncertain())
                notes << QStringLiteral("Date uncertain: %1").arg(readableDate(date));
        }
        field(out, "url", bibUrl(source.url));
        field(out, "language", escapeBibTeX(source.language));
        if (!notes.isEmpty())
            field(out, "note", escapeBibTeX(notes.join(QStringLiteral("; "))));
        // Remove the trailing comma of the last field.
        if (out.endsWith(QStringLiteral(",\n"))) {
            out.chop(2);
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("}\n");
        if (i + 1 < sources.size())
            out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Anchorline::Model
