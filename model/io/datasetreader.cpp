#include "io/datasetreader.h"

#include "core/backgroundpool.h"
#include "interchange/timelinejs.h"
#include "io/datasetstream_p.h"
#include "io/jsonlocator.h"
#include "io/textencoding.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <unordered_map>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "io/prescan_p.h"
#include "io/validation.h"

namespace Anchorline::Model {

using Json = nlohmann::ordered_json;
using Detail::lineColumn;
using Detail::prescan;

namespace {

using Detail::fromStd;

QString jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::object:
        return QStringLiteral("an object");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::boolean:
        return QStringLiteral("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return QStringLiteral("an integer");
    case Json::value_t::number_float:
        return QStringLiteral("a number");
    default:
        return QStringLiteral("an unsupported value");
    }
}

// Messages quote what they found; a 100 MB value must not make a 100 MB message.
QString foundValue(const Json &value)
{
    if (!value.is_string())
        return jsonTypeName(value);
    constexpr qsizetype maxQuote = 80;
    const QString text = fromStd(value.get_ref<const std::string &>());
    return text.size() <= maxQuote ? QStringLiteral("\"%1\"").arg(text)
                                   : QStringLiteral("\"%1…\" (%2 characters)")
                                         .arg(text.left(maxQuote))
                                         .arg(text.size());
}

// Collects errors (up to the cap) while the document is walked.
class Context
{
public:
    Context(QString fileName, int maxErrors)
        : m_fileName(std::move(fileName))
        , m_maxErrors(maxErrors)
    {}

    void error(const QString &pointer, const QString &message)
    {
        if (int(m_errors.size()) >= m_maxErrors) {
            m_truncated = true;
            return;
        }
        m_errors.push_back(LoadError{m_fileName, pointer, 0, 0, message});
    }

    // A problem the reader works around with a default; the file is still read.
    void warning(const QString &pointer, const QString &message)
    {
        if (int(m_warnings.size()) < m_maxErrors)
            m_warnings.push_back(LoadError{m_fileName, pointer, 0, 0, message});
    }

    std::vector<LoadError> &errors() { return m_errors; }
    std::vector<LoadError> &warnings() { return m_warnings; }
    bool truncated() const { return m_truncated; }

    QString intern(const std::string &text) { return m_interned(text); }
    const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    int m_maxErrors;
    std::vector<LoadError> m_errors;
    std::vector<LoadError> m_warnings;
    bool m_truncated = false;
    Detail::StringInterner m_interned;
};

// Reads the fields of one JSON object, type-checking each and remembering which keys were known.
class ObjectReader
{
public:
    ObjectReader(Context &context, const Json &object, QString pointer,
                 std::initializer_list<const char *> known)
        : m_context(context)
        , m_object(object)
        , m_pointer(std::move(pointer))
        , m_known(known)
    {}

    const QString &pointer() const { return m_pointer; }
    QString child(const char *key) const
    {
        return m_pointer + QLatin1Char('/') + QLatin1String(key);
    }

    const Json *find(const char *key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    QString string(const char *key, bool required = false, bool intern = false)
    {
        const Json *value = find(key);
        if (!value) {
            if (required)
                missing(key);
            return {};
        }
        if (!value->is_string()) {
            m_context.error(
                child(key),
                QStringLiteral("expected a string, found %1").arg(jsonTypeName(*value)));
            return {};
        }
        const std::string &utf8 = value->get_ref<const std::string &>();
        const QString text = intern ? m_context.intern(utf8) : fromStd(utf8);
        if (required && text.trimmed().isEmpty())
            m_context.error(child(key), QStringLiteral("expected a non-empty string, found \"\""));
        return text;
    }

    QStringList stringList(const char *key)
    {
        QStringList list;
        const Json *value = find(key);
        if (!value)
            return list;
        if (!value->is_array()) {
            m_context.error(
                child(key),
                QStringLiteral("expected an array of strings, found %1").arg(jsonTypeName(*value)));
            return list;
        }
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &item = (*value)[i];
            if (!item.is_string()) {
                m_context.error(
                    child(key) + QStringLiteral("/%1").arg(i),
                    QStringLiteral("expected a string, found %1").arg(jsonTypeName(item)));
                continue;
            }
            list << m_context.intern(item.get_ref<const std::string &>());
        }
        return list;
    }

    std::optional<double> number(const char *key, bool required = false)
    {
        const Json *value = find(key);
        if (!value) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!value->is_number()) {
            m_context.error(
                child(key),
                QStringLiteral("expected a number, found %1").arg(jsonTypeName(*value)));
            return std::nullopt;
        }
        const double number = value->get<double>();
        if (!std::isfinite(number)) {
            m_context.error(child(key), QStringLiteral("expected a finite number"));
            return std::nullopt;
        }
        return number;
    }

    qint64 position(const char *key)
    {
        const Json *value = find(key);
        if (!value)
            return -1;
        if (!value->is_number_integer() || value->get<qint64>() < 0) {
            m_context.error(child(key), QStringLiteral("expected a non-negative integer, found %1")
                                            .arg(jsonTypeName(*value)));
            return -1;
        }
        return value->get<qint64>();
    }

    QColor color(const char *key, bool required = false)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!pattern.match(text).hasMatch()) {
            m_context.error(child(key),
                            QStringLiteral("expected a colour as #rrggbb, found \"%1\"").arg(text));
            return {};
        }
        return QColor(text);
    }

    // Parses the EDTF text of `key` into `parsed`; returns the text as written.
    QString date(const char *key, PartialDate &parsed, bool required)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return text;
        const PartialDate::ParseResult result = PartialDate::parse(text);
        if (!result.ok())
            m_context.error(child(key), result.error);
        parsed = result.date;
        return text;
    }

    // Calls `read(item, pointer)` for each object in the array at `key`.
    template<typename F> void objects(const char *key, F &&read)
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_array()) {
            m_context.error(
                child(key),
                QStringLiteral("expected an array, found %1").arg(jsonTypeName(*value)));
            return;
        }
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &item = (*value)[i];
            const QString itemPointer = child(key) + QStringLiteral("/%1").arg(i);
            if (!item.is_object()) {
                m_context.error(
                    itemPointer,
                    QStringLiteral("expected an object, found %1").arg(jsonTypeName(item)));
                continue;
            }
            read(item, itemPointer);
        }
    }

    // Null when every key is known (as for items made in the app): an empty object would cost
    // an allocation per item. The first unknown key turns it into an object.
    ExtraFields extra() const
    {
        ExtraFields fields;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const bool known = std::any_of(m_known.begin(), m_known.end(),
                                           [&](const char *k) { return it.key() == k; });
            if (!known)
                fields[it.key()] = it.value();
        }
        return fields;
    }

private:
    void missing(const char *key)
    {
        m_context.error(m_pointer,
                        QStringLiteral("missing required key \"%1\"").arg(QLatin1String(key)));
    }

    Context &m_context;
    const Json &m_object;
    QString m_pointer;
    std::vector<const char *> m_known; // a copy: an initializer_list would dangle
};

// "translations": {"ja": {"title": "…"}}: per BCP 47 tag, text for the display fields of the
// object's kind (docs/format.md). Any tag is kept; a field the kind cannot translate is an error,
// so that a misspelt key is not silently lost.
Translations readTranslations(Context &context, ObjectReader &r, TranslatedKind kind)
{
    Translations translations;
    const Json *value = r.find("translations");
    if (!value)
        return translations;
    const QString pointer = r.child("translations");
    if (!value->is_object()) {
        context.error(
            pointer,
            QStringLiteral("expected an object of languages, found %1").arg(jsonTypeName(*value)));
        return translations;
    }
    static const QRegularExpression tagPattern(
        QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    const auto &allowed = translatableFields(kind);
    for (auto language = value->begin(); language != value->end(); ++language) {
        const QString tag = fromStd(language.key());
        const QString languagePointer = pointer + QLatin1Char('/') + tag;
        if (!tagPattern.match(tag).hasMatch()) {
            context.error(languagePointer,
                          QStringLiteral("expected a BCP 47 language tag such as \"ja\", found "
                                         "\"%1\"")
                              .arg(tag.left(80)));
            continue;
        }
        if (!language.value().is_object()) {
            context.error(languagePointer, QStringLiteral("expected an object of texts, found %1")
                                               .arg(jsonTypeName(language.value())));
            continue;
        }
        for (auto field = language.value().begin(); field != language.value().end(); ++field) {
            const QString name = fromStd(field.key());
            const QString fieldPointer = languagePointer + QLatin1Char('/') + name;
            if (!isTranslatableField(kind, name)) {
                QStringList names;
                for (const char *known : allowed)
                    names << QLatin1String(known);
                context.error(fieldPointer,
                              QStringLiteral("unknown field \"%1\" in a translation (expected "
                                             "one of %2)")
                                  .arg(name.left(80), names.join(QStringLiteral(", "))));
                continue;
            }
            if (!field.value().is_string()) {
                context.error(
                    fieldPointer,
                    QStringLiteral("expected a string, found %1").arg(jsonTypeName(field.value())));
                continue;
            }
            const QString text = fromStd(field.value().get_ref<const std::string &>());
            if (text.isEmpty())
                continue; // as an empty optional field: left out
            translations.setText(kind, tag, name, text);
        }
    }
    return translations;
}

Anchor readAnchor(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer, {"source", "exact", "prefix", "suffix", "start", "end"});
    Anchor anchor;
    anchor.source = r.string("source", true, true);
    anchor.exact = r.string("exact", true);
    anchor.prefix = r.string("prefix");
    anchor.suffix = r.string("suffix");
    anchor.start = r.position("start");
    anchor.end = r.position("end");
    if (anchor.start >= 0 && anchor.end >= 0 && anchor.end < anchor.start)
        context.error(r.child("end"), QStringLiteral("expected end >= start (%1), found %2")
                                          .arg(anchor.start)
                                          .arg(anchor.end));
    anchor.extra = r.extra();
    return anchor;
}

std::vector<Anchor> readEvidence(Context &context, ObjectReader &r)
{
    std::vector<Anchor> evidence;
    r.objects("evidence", [&](const Json &item, const QString &pointer) {
        evidence.push_back(readAnchor(context, item, pointer));
    });
    return evidence;
}

Source readSource(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer,
                   {"id", "type", "title", "author", "issued", "container-title", "publisher",
                    "URL", "license", "language", "perspective", "fingerprint", "file", "note"});
    Source source;
    source.id = r.string("id", true);
    if (r.find("type"))
        source.type = r.string("type");
    source.title = r.string("title", true);
    r.objects("author", [&](const Json &item, const QString &authorPointer) {
        ObjectReader a(context, item, authorPointer, {"family", "given", "literal"});
        Person person;
        person.family = a.string("family");
        person.given = a.string("given");
        person.literal = a.string("literal");
        if (person.family.isEmpty() && person.literal.isEmpty())
            context.error(authorPointer, QStringLiteral("expected \"family\" or \"literal\""));
        person.extra = a.extra();
        source.author.push_back(std::move(person));
    });
    source.issued = r.date("issued", source.issuedDate, false);
    source.containerTitle = r.string("container-title");
    source.publisher = r.string("publisher");
    source.url = r.string("URL");
    source.license = r.string("license");
    source.language = r.string("language");
    source.perspective = r.string("perspective");
    source.fingerprint = r.string("fingerprint");
    if (!source.fingerprint.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
        if (!pattern.match(source.fingerprint).hasMatch())
            context.error(
                r.child("fingerprint"),
                QStringLiteral("expected \"sha256:\" and 64 lower-case hex digits, found \"%1\"")
                    .arg(source.fingerprint));
    }
    source.file = r.string("file");
    source.note = r.string("note");
    source.extra = r.extra();
    return source;
}

// `index`: the actor's place, which picks its default colour.
Actor readActor(Context &context, const Json &json, const QString &pointer, int index)
{
    ObjectReader r(context, json, pointer,
                   {"id", "name", "shortName", "color", "note", "translations"});
    Actor actor;
    actor.id = r.string("id", true);
    actor.name = r.string("name", true);
    actor.shortName = r.string("shortName");
    // Files written by other tools often leave the colour out: the palette gives one, which
    // the canonical writer then saves.
    if (r.find("color")) {
        actor.color = r.color("color", true);
    } else {
        actor.color = Interchange::actorColor(index);
        context.warning(
            pointer,
            QStringLiteral("missing \"color\"; using %1").arg(actor.color.name(QColor::HexRgb)));
    }
    actor.note = r.string("note");
    actor.translations = readTranslations(context, r, TranslatedKind::Actor);
    actor.extra = r.extra();
    return actor;
}

Theme readTheme(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer, {"id", "name", "definition", "translations"});
    Theme theme;
    theme.id = r.string("id", true);
    theme.name = r.string("name", true);
    theme.definition = r.string("definition");
    theme.translations = readTranslations(context, r, TranslatedKind::Theme);
    theme.extra = r.extra();
    return theme;
}

Era readEra(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer,
                   {"id", "name", "date", "group", "actor", "color", "note", "translations"});
    Era era;
    era.id = r.string("id", true);
    era.name = r.string("name", true);
    era.date = r.date("date", era.parsed, true);
    era.group = r.string("group");
    era.actor = r.string("actor");
    era.color = r.color("color");
    era.note = r.string("note");
    era.translations = readTranslations(context, r, TranslatedKind::Era);
    era.extra = r.extra();
    return era;
}

Media readMedia(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader m(context, json, pointer, {"url", "caption", "credit", "thumbnail"});
    Media media;
    media.url = m.string("url", true);
    media.caption = m.string("caption");
    media.credit = m.string("credit");
    media.thumbnail = m.string("thumbnail");
    media.extra = m.extra();
    return media;
}

Event readEvent(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer,
                   {"id", "title", "date", "kind", "actors", "themes", "summary", "media",
                    "evidence", "dateClaims", "note", "shortTitle", "priority", "translations"});
    Event event;
    event.id = r.string("id", true);
    event.title = r.string("title", true);
    event.shortTitle = r.string("shortTitle");
    event.date = r.date("date", event.parsed, true);
    // Files from other tools often have no kind: "event" (saved by the canonical writer).
    if (r.find("kind")) {
        event.kind = r.string("kind", true, true);
    } else {
        event.kind = QStringLiteral("event");
        context.warning(pointer, QStringLiteral("missing \"kind\"; using \"event\""));
    }
    event.priority = r.string("priority");
    if (!event.priority.isEmpty() && !isEventPriority(event.priority))
        context.error(r.child("priority"),
                      QStringLiteral("unknown priority \"%1\" (expected high, normal or low)")
                          .arg(event.priority));
    event.actors = r.stringList("actors");
    event.themes = r.stringList("themes");
    event.summary = r.string("summary");
    r.objects("media", [&](const Json &item, const QString &mediaPointer) {
        event.media.push_back(readMedia(context, item, mediaPointer));
    });
    event.evidence = readEvidence(context, r);
    r.objects("dateClaims", [&](const Json &item, const QString &claimPointer) {
        ObjectReader c(context, item, claimPointer, {"date", "source", "note", "evidence"});
        DateClaim claim;
        claim.date = c.date("date", claim.parsed, true);
        claim.source = c.string("source", false, true);
        claim.note = c.string("note");
        claim.evidence = readEvidence(context, c);
        claim.extra = c.extra();
        event.dateClaims.push_back(std::move(claim));
    });
    event.note = r.string("note");
    event.translations = readTranslations(context, r, TranslatedKind::Event);
    event.extra = r.extra();
    return event;
}

QString vocabulary(bool relationTypes)
{
    QStringList names;
    if (relationTypes) {
        for (int i = 0; i < RelationTypeCount; ++i)
            names << relationTypeName(RelationType(i));
    } else {
        for (int i = 0; i < AssertionCount; ++i)
            names << assertionName(Assertion(i));
    }
    return names.join(QStringLiteral(", "));
}

Relation readRelation(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer,
                   {"id", "from", "to", "type", "assertion", "evidence", "note"});
    Relation relation;
    relation.id = r.string("id", true);
    relation.from = r.string("from", true);
    relation.to = r.string("to", true);
    const QString type = r.string("type", true);
    if (!type.isEmpty()) {
        if (const auto parsed = relationTypeFromName(type))
            relation.type = *parsed;
        else
            context.error(r.child("type"),
                          QStringLiteral("unknown relation type \"%1\" (expected one of %2)")
                              .arg(type, vocabulary(true)));
    }
    const QString assertion = r.string("assertion");
    if (!assertion.isEmpty()) {
        if (const auto parsed = assertionFromName(assertion))
            relation.assertion = *parsed;
        else
            context.error(r.child("assertion"),
                          QStringLiteral("unknown assertion \"%1\" (expected one of %2)")
                              .arg(assertion, vocabulary(false)));
    }
    relation.evidence = readEvidence(context, r);
    relation.note = r.string("note");
    relation.extra = r.extra();
    return relation;
}

Metric readMetric(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer,
                   {"id", "name", "unit", "note", "points", "translations"});
    Metric metric;
    metric.id = r.string("id", true);
    metric.name = r.string("name", true);
    metric.unit = r.string("unit");
    metric.note = r.string("note");
    r.objects("points", [&](const Json &item, const QString &pointPointer) {
        ObjectReader p(context, item, pointPointer,
                       {"date", "value", "label", "event", "source", "note", "evidence"});
        MetricPoint point;
        point.date = p.date("date", point.parsed, true);
        point.value = p.number("value", true).value_or(0);
        point.label = p.string("label");
        point.event = p.string("event");
        point.source = p.string("source");
        point.note = p.string("note");
        point.evidence = readEvidence(context, p);
        point.extra = p.extra();
        metric.points.push_back(std::move(point));
    });
    metric.translations = readTranslations(context, r, TranslatedKind::Metric);
    metric.extra = r.extra();
    return metric;
}

Tour readTour(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer, {"id", "title", "description", "steps", "translations"});
    Tour tour;
    tour.id = r.string("id", true);
    tour.title = r.string("title", true);
    tour.description = r.string("description");
    r.objects("steps", [&](const Json &item, const QString &stepPointer) {
        ObjectReader s(context, item, stepPointer, {"event", "note", "window", "translations"});
        TourStep step;
        step.event = s.string("event", true);
        step.note = s.string("note");
        step.window = s.date("window", step.parsedWindow, false);
        step.translations = readTranslations(context, s, TranslatedKind::TourStep);
        step.extra = s.extra();
        tour.steps.push_back(std::move(step));
    });
    tour.translations = readTranslations(context, r, TranslatedKind::Tour);
    tour.extra = r.extra();
    return tour;
}

MergeConflict readConflict(Context &context, const Json &json, const QString &pointer)
{
    ObjectReader r(context, json, pointer,
                   {"collection", "id", "field", "base", "ours", "theirs", "reason"});
    MergeConflict conflict;
    conflict.collection = r.string("collection", true);
    static const QStringList collections = {
        QStringLiteral("dataset"),   QStringLiteral("sources"), QStringLiteral("actors"),
        QStringLiteral("themes"),    QStringLiteral("eras"),    QStringLiteral("events"),
        QStringLiteral("relations"), QStringLiteral("metrics"), QStringLiteral("tours")};
    if (!conflict.collection.isEmpty() && !collections.contains(conflict.collection))
        context.error(r.child("collection"),
                      QStringLiteral("expected one of %1, found \"%2\"")
                          .arg(collections.join(QStringLiteral(", ")), conflict.collection));
    conflict.id = r.string("id");
    conflict.field = r.string("field");
    for (const auto &[key, side] :
         {std::pair{"base", &conflict.base}, std::pair{"ours", &conflict.ours},
          std::pair{"theirs", &conflict.theirs}}) {
        if (const Json *value = r.find(key))
            *side = *value;
    }
    conflict.reason = r.string("reason");
    conflict.extra = r.extra();
    // Kept and written back, but never silently: the file holds only our side of this change.
    const QString what = conflict.collection == QLatin1String("dataset")
                             ? QStringLiteral("the dataset's \"%1\"").arg(conflict.field)
                         : conflict.id.isEmpty()
                             ? QStringLiteral("the %1's order").arg(conflict.collection)
                         : conflict.field.isEmpty()
                             ? QStringLiteral("%1 \"%2\"").arg(conflict.collection, conflict.id)
                             : QStringLiteral("%1 \"%2\" field \"%3\"")
                                   .arg(conflict.collection, conflict.id, conflict.field);
    context.warning(pointer, QStringLiteral("unresolved merge conflict on %1: the file holds one "
                                            "side's value; resolve it in Anchorline (Edit ▸ "
                                            "Resolve Merge Conflicts…) or edit the file and "
                                            "remove the entry from \"conflicts\"")
                                 .arg(what));
    return conflict;
}

// `preread`, `prereadRelations`: the events and relations, already built by the streaming reader
// (their arrays in `root` are then ignored).
void readDataset(Context &context, const Json &root, Dataset &dataset,
                 std::vector<Event> *preread = nullptr,
                 std::vector<Relation> *prereadRelations = nullptr)
{
    if (!root.is_object()) {
        context.error(QString(), QStringLiteral("expected an Anchorline dataset object, found %1")
                                     .arg(jsonTypeName(root)));
        return;
    }
    ObjectReader r(context, root, QString(),
                   {"format", "version", "title", "description", "language", "sources", "actors",
                    "themes", "eras", "events", "relations", "metrics", "tours", "defaultWindow",
                    "translations", "conflicts"});
    const Json *format = r.find("format");
    if (!format || !format->is_string() || format->get<std::string>() != "anchorline") {
        context.error(
            format ? QStringLiteral("/format") : QString(),
            format ? QStringLiteral("expected \"anchorline\", found %1").arg(foundValue(*format))
                   : QStringLiteral(
                         "missing \"format\": \"anchorline\"; this is not an Anchorline file"));
        return; // anything else would be noise
    }
    const Json *version = r.find("version");
    if (!version || !version->is_number_integer()) {
        context.error(QStringLiteral("/version"),
                      QStringLiteral("expected the format version 1, found %1")
                          .arg(version ? jsonTypeName(*version) : QStringLiteral("nothing")));
    } else if (version->get<qint64>() != 1) {
        context.error(
            QStringLiteral("/version"),
            QStringLiteral("unsupported format version %1 (this Anchorline reads version 1)")
                .arg(version->get<qint64>()));
        return;
    }
    dataset.title = r.string("title", true);
    dataset.description = r.string("description");
    dataset.language = r.string("language");
    dataset.translations = readTranslations(context, r, TranslatedKind::Dataset);
    r.objects("sources", [&](const Json &j, const QString &p) {
        dataset.sources.push_back(readSource(context, j, p));
    });
    r.objects("actors", [&](const Json &j, const QString &p) {
        dataset.actors.push_back(readActor(context, j, p, int(dataset.actors.size())));
    });
    r.objects("themes", [&](const Json &j, const QString &p) {
        dataset.themes.push_back(readTheme(context, j, p));
    });
    r.objects("eras", [&](const Json &j, const QString &p) {
        dataset.eras.push_back(readEra(context, j, p));
    });
    if (preread) {
        dataset.events = std::move(*preread);
        // The streaming pass keeps "media" and "translations" as unknown keys; they are read
        // here, the same way.
        for (std::size_t i = 0; i < dataset.events.size(); ++i) {
            Event &event = dataset.events[i];
            if (!event.extra.is_object() ||
                (!event.extra.contains("media") && !event.extra.contains("translations")))
                continue;
            Json holder = Json::object();
            for (const char *key : {"media", "translations"}) {
                if (!event.extra.contains(key))
                    continue;
                holder[key] = std::move(event.extra[key]);
                event.extra.erase(key);
            }
            if (event.extra.empty())
                event.extra = ExtraFields();
            ObjectReader m(context, holder, QStringLiteral("/events/%1").arg(i),
                           {"media", "translations"});
            m.objects("media", [&](const Json &item, const QString &mediaPointer) {
                event.media.push_back(readMedia(context, item, mediaPointer));
            });
            event.translations = readTranslations(context, m, TranslatedKind::Event);
        }
    } else {
        r.objects("events", [&](const Json &j, const QString &p) {
            dataset.events.push_back(readEvent(context, j, p));
        });
    }
    if (prereadRelations)
        dataset.relations = std::move(*prereadRelations);
    else
        r.objects("relations", [&](const Json &j, const QString &p) {
            dataset.relations.push_back(readRelation(context, j, p));
        });
    r.objects("metrics", [&](const Json &j, const QString &p) {
        dataset.metrics.push_back(readMetric(context, j, p));
    });
    r.objects("tours", [&](const Json &j, const QString &p) {
        dataset.tours.push_back(readTour(context, j, p));
    });
    if (const Json *window = r.find("defaultWindow")) {
        const QString pointer = QStringLiteral("/defaultWindow");
        if (window->is_object()) {
            ObjectReader w(context, *window, pointer, {"from", "to"});
            DateWindow read;
            read.from = w.date("from", read.parsedFrom, true);
            read.to = w.date("to", read.parsedTo, true);
            read.extra = w.extra();
            dataset.defaultWindow = std::move(read);
        } else {
            context.error(
                pointer,
                QStringLiteral("expected an object {\"from\": EDTF, \"to\": EDTF}, found %1")
                    .arg(jsonTypeName(*window)));
        }
    }
    r.objects("conflicts", [&](const Json &j, const QString &p) {
        dataset.conflicts.push_back(readConflict(context, j, p));
    });
    dataset.extra = r.extra();
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column
// 2: "; we give the location ourselves and keep the explanation.
// The last guard: no message longer than a screen, whatever it quotes.
QString shortMessage(QString message)
{
    constexpr qsizetype maxMessage = 1000;
    if (message.size() > maxMessage)
        message = message.left(maxMessage) + QStringLiteral("…");
    return message;
}

QString parseErrorMessage(const char *what)
{
    QString text = QString::fromUtf8(what);
    const qsizetype bracket = text.indexOf(QLatin1Char(']'));
    const qsizetype colon = text.indexOf(QStringLiteral(": "), bracket);
    if (colon >= 0)
        text = text.mid(colon + 2);
    else if (bracket >= 0) // "[json.exception.out_of_range.406] number overflow parsing '1e400'"
        text = text.mid(bracket + 1).trimmed();
    return QStringLiteral("JSON syntax error: ") + text;
}

// ---------------------------------------------------------------------------------------------
// The streaming reader (datasetstream.cpp): events and relations are built straight from SAX
// callbacks, with no DOM; everything else (small) is built as a DOM and read by readDataset as
// before. It only has to be right for valid files: on any problem the caller reads the file
// again with the DOM reader, which reports every error with the exact wording, pointer and
// line:column.

enum class FastOutcome { Ok, Fallback, Cancelled };

// Reads a valid file without a DOM of the events; anything unexpected gives Fallback.
FastOutcome readStreaming(const QByteArray &bytes, qsizetype begin, const QString &fileName,
                          const ReadOptions &options, Dataset &dataset)
{
    try {
        Json root;
        Detail::StreamedItems items;
        switch (Detail::streamDocument(bytes.constData() + begin, bytes.constData() + bytes.size(),
                                       options, root, items)) {
        case Detail::StreamOutcome::Ok:
            break;
        case Detail::StreamOutcome::Cancelled:
            return FastOutcome::Cancelled;
        case Detail::StreamOutcome::Fallback:
            return FastOutcome::Fallback;
        }
        Context context(fileName, options.maxErrors);
        readDataset(context, root, dataset, items.eventsRead ? &items.events : nullptr,
                    items.relationsRead ? &items.relations : nullptr);
        // Warnings are located and reported by the DOM reader.
        if (!context.errors().empty() || context.truncated() || !context.warnings().empty())
            return FastOutcome::Fallback;
        if (!validateDataset(dataset, fileName).empty())
            return FastOutcome::Fallback;
        return FastOutcome::Ok;
    } catch (const std::exception &) {
        return FastOutcome::Fallback; // including bad_alloc: the DOM reader says what it can
    }
}

// The whole file in a buffer of its size: QIODevice::readAll() grows its buffer by doubling,
// which holds 512 MiB for a 367 MiB file while it is parsed.
QByteArray readWhole(QFile &file)
{
    QByteArray bytes(file.size(), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 read = file.read(bytes.data() + done, bytes.size() - done);
        if (read <= 0)
            break; // the file shrank, or an error that the caller reports
        done += qsizetype(read);
    }
    bytes.truncate(done);
    // Whatever is beyond the size measured: a file that grew meanwhile, or one whose size the
    // system does not say (/proc); readAll() reads until the end, or fails and says why.
    if (file.error() == QFileDevice::NoError)
        bytes += file.readAll();
    return bytes;
}

bool isCancelled(const ReadOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

QString DatasetReader::cancelledMessage()
{
    return QStringLiteral("cancelled");
}

LoadResult DatasetReader::readFile(const QString &path, const ReadOptions &options)
{
    LoadResult result;
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        result.errors.push_back(LoadError{path, QString(), 0, 0, message});
        return result;
    };
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.isDir())
        return fail(QStringLiteral("is a directory, expected an .anchorline.json file"));
    // Reading a FIFO would block until someone writes to it, a device may never end.
    if (!info.isFile())
        return fail(QStringLiteral("is not a regular file, expected an .anchorline.json file"));
    if (info.size() > options.maxFileSize)
        return fail(QStringLiteral("file is %1 MiB, over the limit of %2 MiB")
                        .arg(info.size() / (1024 * 1024))
                        .arg(options.maxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open: %1").arg(file.errorString()));
    const QByteArray bytes = readWhole(file);
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (!options.contentHash)
        return readBytes(bytes, path, options);
    QFuture<QByteArray> hash = QtConcurrent::run(backgroundPool(), [bytes] {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    });
    result = readBytes(bytes, path, options);
    *options.contentHash = hash.result();
    return result;
}

LoadResult DatasetReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                    const ReadOptions &options)
{
    LoadResult result;
    auto failAt = [&](qsizetype offset, const QString &message) {
        LoadError error{fileName, QString(), 0, 0, message};
        lineColumn(bytes, offset, error.line, error.column);
        result.errors.push_back(error);
        return result;
    };
    if (bytes.size() > options.maxFileSize)
        return failAt(0, QStringLiteral("file is over the limit of %1 MiB")
                             .arg(options.maxFileSize / (1024 * 1024)));
    // UTF-16 and UTF-32, with or without a byte order mark (io/textencoding.h).
    if (const QString wide = wideUnicodeEncoding(bytes); !wide.isEmpty())
        return failAt(0, wideEncodingMessage(wide));
    const qsizetype begin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (QByteArrayView(bytes).sliced(begin).trimmed().isEmpty())
        return failAt(0, QStringLiteral("the file is empty, expected an Anchorline JSON object"));
    auto cancelled = [&] {
        result.errors.push_back(LoadError{fileName, QString(), 0, 0, cancelledMessage()});
        return result;
    };
    if (isCancelled(options))
        return cancelled();
    if (options.streaming) {
        Dataset dataset;
        switch (readStreaming(bytes, begin, fileName, options, dataset)) {
        case FastOutcome::Ok:
            if (options.progress)
                options.progress->store(bytes.size() - begin);
            result.dataset = std::move(dataset);
            return result;
        case FastOutcome::Cancelled:
            return cancelled();
        case FastOutcome::Fallback:
            break; // the prescan and the DOM reader below find and report the problem
        }
    }

    qsizetype badOffset = 0;
    QString message;
    if (!prescan(bytes, begin, options.maxDepth, badOffset, message))
        return failAt(badOffset, message + QStringLiteral(" (byte offset %1)").arg(badOffset));

    Json root;
    try {
        root = Json::parse(bytes.constBegin() + begin, bytes.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the byte after the last one read.
        const qsizetype offset = begin + qsizetype(e.byte > 0 ? e.byte - 1 : 0);
        return failAt(offset, parseErrorMessage(e.what()));
    } catch (const nlohmann::json::exception &e) {
        return failAt(0, parseErrorMessage(e.what()));
    } catch (const std::bad_alloc &) {
        return failAt(0, QStringLiteral("not enough memory to read the file"));
    }

    // A key twice in one object: the parser kept only the last value, which is data loss.
    std::vector<LoadError> duplicates;
    for (const DuplicateKey &duplicate : findDuplicateKeys(bytes, begin)) {
        LoadError error{fileName, duplicate.pointer, 0, 0, QString()};
        lineColumn(bytes, duplicate.second, error.line, error.column);
        int firstLine = 0, firstColumn = 0;
        lineColumn(bytes, duplicate.first, firstLine, firstColumn);
        const qsizetype slash = duplicate.pointer.lastIndexOf(QLatin1Char('/'));
        const QString key = duplicate.pointer.mid(slash + 1)
                                .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                .replace(QStringLiteral("~0"), QStringLiteral("~"));
        error.message = QStringLiteral("duplicate key \"%1\": first at line %2:%3, again at "
                                       "line %4:%5 (only the last would be kept)")
                            .arg(key)
                            .arg(firstLine)
                            .arg(firstColumn)
                            .arg(error.line)
                            .arg(error.column);
        duplicates.push_back(std::move(error));
    }

    Context context(fileName, options.maxErrors);
    Dataset dataset;
    for (LoadError &error : duplicates)
        context.errors().push_back(std::move(error));
    try {
        readDataset(context, root, dataset);
    } catch (const nlohmann::json::exception &e) {
        context.error(QString(), parseErrorMessage(e.what()));
    }
    // Semantic checks run on whatever could be read, so one pass reports every kind of problem.
    {
        for (LoadError &error : validateDataset(dataset, fileName)) {
            if (int(context.errors().size()) >= options.maxErrors) {
                result.truncated = true;
                break;
            }
            context.errors().push_back(std::move(error));
        }
    }
    result.truncated = result.truncated || context.truncated();
    result.errors = std::move(context.errors());
    result.warnings = std::move(context.warnings());
    for (LoadError &error : result.errors)
        error.message = shortMessage(std::move(error.message));
    if (result.errors.empty())
        result.dataset = std::move(dataset);
    if (result.errors.empty() && result.warnings.empty())
        return result;
    // Locate every error and warning in the text, in one pass.
    QSet<QString> pointers;
    for (const LoadError &error : result.errors)
        pointers.insert(error.pointer);
    for (const LoadError &warning : result.warnings)
        pointers.insert(warning.pointer);
    const auto offsets = locateJsonPointers(bytes, begin, pointers);
    auto locate = [&](std::vector<LoadError> &list) {
        for (LoadError &error : list) {
            if (error.line > 0)
                continue; // placed already (a repeated key: where it repeats)
            const auto it = offsets.find(error.pointer);
            if (it != offsets.end())
                lineColumn(bytes, it.value(), error.line, error.column);
        }
        std::stable_sort(list.begin(), list.end(), [](const LoadError &a, const LoadError &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    };
    locate(result.errors);
    locate(result.warnings);
    return result;
}

} // namespace Anchorline::Model
