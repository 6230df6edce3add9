#include "interchange/exportlosses.h"

#include <QSet>

namespace Anchorline::Model {

namespace {

QString counted(std::size_t n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

QStringList leftOutParts(FileFormat format, const Dataset &dataset,
                         const std::optional<std::vector<int>> &events)
{
    if (format != FileFormat::Csv && format != FileFormat::TimelineJs)
        return {};
    const bool csv = format == FileFormat::Csv;
    std::vector<const Event *> exported;
    if (events) {
        for (int index : *events)
            if (index >= 0 && index < int(dataset.events.size()))
                exported.push_back(&dataset.events[std::size_t(index)]);
    } else {
        for (const Event &e : dataset.events)
            exported.push_back(&e);
    }
    std::size_t notEvents = dataset.events.size() - exported.size();
    std::size_t anchors = 0, claims = 0, notes = 0;
    QSet<QString> firstActors, usedActors, usedThemes;
    for (const Event *e : exported) {
        if (!e->parsed.isValid()) {
            ++notEvents;
            continue;
        }
        anchors += e->evidence.size();
        claims += e->dateClaims.size();
        if (csv && !e->note.isEmpty()) // TimelineJS keeps the note in its "anchorline" member
            ++notes;
        for (const QString &a : e->actors)
            usedActors.insert(a);
        if (!e->actors.isEmpty())
            firstActors.insert(e->actors.front());
        for (const QString &t : e->themes)
            usedThemes.insert(t);
    }
    // Eras: CSV keeps id, name, group and date of closed eras; TimelineJS the name and dates.
    std::size_t eras = 0, eraDetails = 0;
    for (const Era &era : dataset.eras) {
        if (!era.parsed.isValid() || era.parsed.hasOpenStart() ||
            (csv && !era.parsed.isInterval())) {
            ++eras;
            continue;
        }
        if (!era.actor.isEmpty() || era.color.isValid() || !era.note.isEmpty() ||
            (!csv && !era.group.isEmpty()))
            ++eraDetails;
        if (csv && !era.note.isEmpty())
            ++notes;
    }
    // Actors: both keep the first actor's name (as the group); CSV keeps every colour.
    std::size_t actorsLost = 0, actorNames = 0, actorColours = 0, actorDetails = 0;
    for (const Actor &actor : dataset.actors) {
        if (!usedActors.contains(actor.id)) {
            ++actorsLost;
            continue;
        }
        if (!firstActors.contains(actor.id) && actor.name != actor.id)
            ++actorNames;
        if (!csv)
            ++actorColours;
        if (!actor.shortName.isEmpty() || !actor.note.isEmpty())
            ++actorDetails;
    }
    std::size_t themeNames = 0;
    for (const Theme &theme : dataset.themes)
        if (usedThemes.contains(theme.id) &&
            (theme.name != theme.id || !theme.definition.isEmpty()))
            ++themeNames;

    // Translations: neither format has a place for them, so every translation of an object the
    // export keeps is lost; those of objects left out whole (tours, metrics, lost events, eras and
    // actors) go with them, as the anchors of relations do. One object in one language counts
    // one translation.
    std::size_t translations = 0;
    QStringList translationLanguages;
    auto countTranslations = [&](const Translations &t) {
        translations += t.languages.size();
        for (const Translation &language : t.languages)
            if (!translationLanguages.contains(language.language, Qt::CaseInsensitive))
                translationLanguages << language.language;
    };
    countTranslations(dataset.translations);
    for (const Event *e : exported)
        if (e->parsed.isValid())
            countTranslations(e->translations);
    for (const Era &era : dataset.eras)
        if (era.parsed.isValid() && !era.parsed.hasOpenStart() && (!csv || era.parsed.isInterval()))
            countTranslations(era.translations);
    for (const Actor &actor : dataset.actors)
        if (usedActors.contains(actor.id))
            countTranslations(actor.translations);
    for (const Theme &theme : dataset.themes)
        if (usedThemes.contains(theme.id))
            countTranslations(theme.translations);

    QStringList parts;
    auto add = [&](std::size_t n, const char *one, const char *many) {
        if (n > 0)
            parts << counted(n, one, many);
    };
    if (!csv)
        add(anchors, "evidence anchor", "evidence anchors");
    add(dataset.relations.size(), "relation", "relations");
    add(dataset.sources.size(), "source's details", "sources' details");
    add(dataset.tours.size(), "tour", "tours");
    add(dataset.metrics.size(), "metric", "metrics");
    add(claims, "date claim", "date claims");
    add(notes, "note", "notes");
    add(notEvents, "event", "events");
    add(eras, "era", "eras");
    add(eraDetails, "era's lane, colour or note", "eras' lanes, colours or notes");
    add(actorsLost, "actor without events", "actors without events");
    add(actorNames, "actor name", "actor names");
    add(actorColours, "actor colour", "actor colours");
    add(actorDetails, "actor's short name or note", "actors' short names or notes");
    add(themeNames, "theme name or definition", "theme names or definitions");
    if (translations > 0) // "412 translations (ja)": which languages the reader loses
        parts << counted(translations, "translation", "translations") +
                     QStringLiteral(" (%1)").arg(translationLanguages.join(QLatin1Char('/')));
    if (dataset.defaultWindow)
        parts << QStringLiteral("the default window");
    if (!dataset.language.isEmpty())
        parts << QStringLiteral("the language");
    return parts;
}

QString leftOutSummary(FileFormat format, const Dataset &dataset,
                       const std::optional<std::vector<int>> &events)
{
    const QStringList parts = leftOutParts(format, dataset, events);
    return parts.isEmpty() ? QString()
                           : QStringLiteral("left out: ") + parts.join(QStringLiteral(", "));
}

} // namespace Anchorline::Model
