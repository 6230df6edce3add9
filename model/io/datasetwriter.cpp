#include "io/datasetwriter.h"

#include "io/savebackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace Anchorline::Model {

using Json = nlohmann::ordered_json;

namespace {

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

void putString(Json &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object[key] = toStd(value);
}

void putList(Json &object, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    Json array = Json::array();
    for (const QString &value : values)
        array.push_back(toStd(value));
    object[key] = std::move(array);
}

void putColor(Json &object, const char *key, const QColor &color)
{
    if (color.isValid())
        object[key] = toStd(color.name(QColor::HexRgb));
}

void putNumber(Json &object, const char *key, double value)
{
    // Integral values are written without a fraction so "2" stays "2" across a round trip.
    if (std::trunc(value) == value && std::abs(value) < 1e15)
        object[key] = static_cast<qint64>(value);
    else
        object[key] = value;
}

void putExtra(Json &object, const ExtraFields &extra)
{
    if (!extra.is_object())
        return;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object[it.key()] = it.value();
}

// Languages in the order they were read, fields in the fixed order of the object's kind.
void putTranslations(Json &object, const Translations &translations, TranslatedKind kind)
{
    if (translations.isEmpty())
        return;
    Json languages = Json::object();
    for (const Translation &translation : translations.languages) {
        Json fields = Json::object();
        for (const char *name : translatableFields(kind)) {
            for (const auto &[field, text] : translation.fields)
                if (field == QLatin1String(name))
                    putString(fields, name, text);
        }
        if (!fields.empty())
            languages[toStd(translation.language)] = std::move(fields);
    }
    if (!languages.empty())
        object["translations"] = std::move(languages);
}

Json anchorJson(const Anchor &anchor)
{
    Json o = Json::object();
    putString(o, "source", anchor.source);
    putString(o, "exact", anchor.exact);
    putString(o, "prefix", anchor.prefix);
    putString(o, "suffix", anchor.suffix);
    if (anchor.start >= 0)
        o["start"] = anchor.start;
    if (anchor.end >= 0)
        o["end"] = anchor.end;
    putExtra(o, anchor.extra);
    return o;
}

void putEvidence(Json &object, const std::vector<Anchor> &evidence)
{
    if (evidence.empty())
        return;
    Json array = Json::array();
    for (const Anchor &anchor : evidence)
        array.push_back(anchorJson(anchor));
    object["evidence"] = std::move(array);
}

template<typename T, typename F>
void putObjects(Json &object, const char *key, const std::vector<T> &items, F &&toJson)
{
    if (items.empty())
        return;
    Json array = Json::array();
    for (const T &item : items)
        array.push_back(toJson(item));
    object[key] = std::move(array);
}

Json sourceJson(const Source &s)
{
    Json o = Json::object();
    putString(o, "id", s.id);
    putString(o, "type", s.type);
    putString(o, "title", s.title);
    putObjects(o, "author", s.author, [](const Person &p) {
        Json a = Json::object();
        putString(a, "family", p.family);
        putString(a, "given", p.given);
        putString(a, "literal", p.literal);
        putExtra(a, p.extra);
        return a;
    });
    putString(o, "issued", s.issued);
    putString(o, "container-title", s.containerTitle);
    putString(o, "publisher", s.publisher);
    putString(o, "URL", s.url);
    putString(o, "license", s.license);
    putString(o, "language", s.language);
    putString(o, "perspective", s.perspective);
    putString(o, "fingerprint", s.fingerprint);
    putString(o, "file", s.file);
    putString(o, "note", s.note);
    putExtra(o, s.extra);
    return o;
}

Json eventJson(const Event &e)
{
    Json o = Json::object();
    putString(o, "id", e.id);
    putString(o, "title", e.title);
    putString(o, "shortTitle", e.shortTitle);
    putString(o, "date", e.date);
    putString(o, "kind", e.kind);
    putString(o, "priority", e.priority);
    putList(o, "actors", e.actors);
    putList(o, "themes", e.themes);
    putString(o, "summary", e.summary);
    putObjects(o, "media", e.media, [](const Media &m) {
        Json j = Json::object();
        putString(j, "url", m.url);
        putString(j, "caption", m.caption);
        putString(j, "credit", m.credit);
        putString(j, "thumbnail", m.thumbnail);
        putExtra(j, m.extra);
        return j;
    });
    putEvidence(o, e.evidence);
    putObjects(o, "dateClaims", e.dateClaims, [](const DateClaim &c) {
        Json j = Json::object();
        putString(j, "date", c.date);
        putString(j, "source", c.source);
        putString(j, "note", c.note);
        putEvidence(j, c.evidence);
        putExtra(j, c.extra);
        return j;
    });
    putString(o, "note", e.note);
    putTranslations(o, e.translations, TranslatedKind::Event);
    putExtra(o, e.extra);
    return o;
}

} // namespace

QByteArray DatasetWriter::toBytes(const Dataset &d)
{
    Json root = Json::object();
    root["format"] = "anchorline";
    root["version"] = 1;
    putString(root, "title", d.title);
    putString(root, "description", d.description);
    putString(root, "language", d.language);
    putTranslations(root, d.translations, TranslatedKind::Dataset);
    if (d.defaultWindow) {
        Json window = Json::object();
        putString(window, "from", d.defaultWindow->from);
        putString(window, "to", d.defaultWindow->to);
        putExtra(window, d.defaultWindow->extra);
        root["defaultWindow"] = std::move(window);
    }
    putObjects(root, "sources", d.sources, sourceJson);
    putObjects(root, "actors", d.actors, [](const Actor &a) {
        Json o = Json::object();
        putString(o, "id", a.id);
        putString(o, "name", a.name);
        putString(o, "shortName", a.shortName);
        putColor(o, "color", a.color);
        putString(o, "note", a.note);
        putTranslations(o, a.translations, TranslatedKind::Actor);
        putExtra(o, a.extra);
        return o;
    });
    putObjects(root, "themes", d.themes, [](const Theme &t) {
        Json o = Json::object();
        putString(o, "id", t.id);
        putString(o, "name", t.name);
        putString(o, "definition", t.definition);
        putTranslations(o, t.translations, TranslatedKind::Theme);
        putExtra(o, t.extra);
        return o;
    });
    putObjects(root, "eras", d.eras, [](const Era &e) {
        Json o = Json::object();
        putString(o, "id", e.id);
        putString(o, "name", e.name);
        putString(o, "date", e.date);
        putString(o, "group", e.group);
        putString(o, "actor", e.actor);
        putColor(o, "color", e.color);
        putString(o, "note", e.note);
        putTranslations(o, e.translations, TranslatedKind::Era);
        putExtra(o, e.extra);
        return o;
    });
    putObjects(root, "events", d.events, eventJson);
    putObjects(root, "relations", d.relations, [](const Relation &r) {
        Json o = Json::object();
        putString(o, "id", r.id);
        putString(o, "from", r.from);
        putString(o, "to", r.to);
        o["type"] = toStd(relationTypeName(r.type));
        o["assertion"] = toStd(assertionName(r.assertion));
        putEvidence(o, r.evidence);
        putString(o, "note", r.note);
        putExtra(o, r.extra);
        return o;
    });
    putObjects(root, "metrics", d.metrics, [](const Metric &m) {
        Json o = Json::object();
        putString(o, "id", m.id);
        putString(o, "name", m.name);
        putString(o, "unit", m.unit);
        putString(o, "note", m.note);
        putObjects(o, "points", m.points, [](const MetricPoint &p) {
            Json j = Json::object();
            putString(j, "date", p.date);
            putNumber(j, "value", p.value);
            putString(j, "label", p.label);
            putString(j, "event", p.event);
            putString(j, "source", p.source);
            putString(j, "note", p.note);
            putEvidence(j, p.evidence);
            putExtra(j, p.extra);
            return j;
        });
        putTranslations(o, m.translations, TranslatedKind::Metric);
        putExtra(o, m.extra);
        return o;
    });
    putObjects(root, "tours", d.tours, [](const Tour &t) {
        Json o = Json::object();
        putString(o, "id", t.id);
        putString(o, "title", t.title);
        putString(o, "description", t.description);
        putObjects(o, "steps", t.steps, [](const TourStep &s) {
            Json j = Json::object();
            putString(j, "event", s.event);
            putString(j, "note", s.note);
            putString(j, "window", s.window);
            putTranslations(j, s.translations, TranslatedKind::TourStep);
            putExtra(j, s.extra);
            return j;
        });
        putTranslations(o, t.translations, TranslatedKind::Tour);
        putExtra(o, t.extra);
        return o;
    });
    putObjects(root, "conflicts", d.conflicts, [](const MergeConflict &c) {
        Json o = Json::object();
        putString(o, "collection", c.collection);
        putString(o, "id", c.id);
        putString(o, "field", c.field);
        for (const auto &[key, side] : {std::pair{"base", &c.base}, std::pair{"ours", &c.ours},
                                        std::pair{"theirs", &c.theirs}}) {
            if (side->has_value())
                o[key] = **side;
        }
        putString(o, "reason", c.reason);
        putExtra(o, c.extra);
        return o;
    });
    putExtra(root, d.extra);
    const std::string text =
        root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return QByteArray(text.data(), qsizetype(text.size()));
}

SaveResult DatasetWriter::writeFile(const Dataset &dataset, const QString &path)
{
    SaveResult result;
    auto fail = [&](const QString &why) {
        result.error = QStringLiteral("cannot save %1: %2. The file on disk was not changed.")
                           .arg(QDir::toNativeSeparators(path), why);
        return result;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name"));
    QFileInfo info(path);
    if (info.isDir())
        return fail(QStringLiteral("it is a folder, not a file"));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return fail(QStringLiteral("the folder %1 does not exist (was it removed or renamed?)")
                        .arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return fail(QStringLiteral("%1 is not a folder").arg(folder.filePath()));
    // QSaveFile writes through a symbolic link to its target; the backup sits beside the target.
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    // QSaveFile would rename its temporary file over a device or a FIFO (as root, even over
    // /dev/full): only regular files are replaced.
    if (QFileInfo::exists(target) && !SaveBackups::isRegularFile(target))
        return fail(QStringLiteral("it is not a regular file"));

    QByteArray bytes;
    try {
        bytes = toBytes(dataset);
    } catch (const std::exception &) {
        return fail(QStringLiteral("not enough memory to write the data"));
    }
    QSaveFile file(path);
    // Writing straight into the file would not be atomic: refuse instead.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        if (info.exists() && !info.isWritable())
            return fail(QStringLiteral("the file is read-only (%1)").arg(file.errorString()));
        if (!folder.isWritable())
            return fail(QStringLiteral("the folder is read-only (%1)").arg(file.errorString()));
        return fail(file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("%1 (is the disk full?)").arg(why));
    }
    SaveBackups::removeStalePending(target);
    SaveBackups::removeStaleTemporaries(target);
    const QString pendingBackup = SaveBackups::preserve(target);
    if (!file.commit()) {
        if (!pendingBackup.isEmpty())
            QFile::remove(pendingBackup);
        return fail(QStringLiteral("%1 (is the disk full?)").arg(file.errorString()));
    }
    result.ok = true;
    if (!pendingBackup.isEmpty()) {
        // rename(2) replaces the old backup atomically; QFile::rename would refuse to.
        const QString backup = SaveBackups::backupPath(target);
        if (std::rename(QFile::encodeName(pendingBackup).constData(),
                        QFile::encodeName(backup).constData()) != 0)
            QFile::remove(pendingBackup); // the save itself succeeded; only the backup is lost
    }
    return result;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Anchorline::Model
