#include "core/displaytext.h"

namespace Anchorline::Model {

QString DisplayText::resolve(const Translations &translations, QStringView language,
                             QStringView field, const QString &original)
{
    if (language.isEmpty() || translations.isEmpty())
        return original;
    const QString translated = translations.text(language, field);
    return translated.isEmpty() ? original : translated;
}

QString DisplayText::title(const Event &event) const
{
    return pick(event.translations, u"title", event.title);
}

QString DisplayText::shortTitle(const Event &event) const
{
    if (m_language.isEmpty())
        return event.shortTitle;
    const QString translated = event.translations.text(m_language, u"shortTitle");
    if (!translated.isEmpty())
        return translated;
    return event.translations.has(m_language, u"title") ? QString() : event.shortTitle;
}

QString DisplayText::summary(const Event &event) const
{
    return pick(event.translations, u"summary", event.summary);
}

QString DisplayText::note(const Event &event) const
{
    return pick(event.translations, u"note", event.note);
}

QString DisplayText::name(const Actor &actor) const
{
    const QString name = pick(actor.translations, u"name", actor.name);
    return name.isEmpty() ? actor.id : name;
}

QString DisplayText::shortName(const Actor &actor) const
{
    return pick(actor.translations, u"shortName", actor.shortName);
}

QString DisplayText::name(const Theme &theme) const
{
    return pick(theme.translations, u"name", theme.name);
}

QString DisplayText::definition(const Theme &theme) const
{
    return pick(theme.translations, u"definition", theme.definition);
}

QString DisplayText::name(const Era &era) const
{
    return pick(era.translations, u"name", era.name);
}

QString DisplayText::group(const Era &era) const
{
    return pick(era.translations, u"group", era.group);
}

QString DisplayText::name(const Metric &metric) const
{
    return pick(metric.translations, u"name", metric.name);
}

QString DisplayText::unit(const Metric &metric) const
{
    return pick(metric.translations, u"unit", metric.unit);
}

QString DisplayText::title(const Tour &tour) const
{
    return pick(tour.translations, u"title", tour.title);
}

QString DisplayText::description(const Tour &tour) const
{
    return pick(tour.translations, u"description", tour.description);
}

QString DisplayText::note(const TourStep &step) const
{
    return pick(step.translations, u"note", step.note);
}

QString DisplayText::title(const Dataset &dataset) const
{
    return pick(dataset.translations, u"title", dataset.title);
}

QString DisplayText::description(const Dataset &dataset) const
{
    return pick(dataset.translations, u"description", dataset.description);
}

QStringList translationLanguages(const Dataset &dataset)
{
    QStringList tags;
    auto add = [&](const Translations &translations) {
        for (const Translation &translation : translations.languages)
            if (!tags.contains(translation.language, Qt::CaseInsensitive))
                tags << translation.language;
    };
    add(dataset.translations);
    for (const Actor &actor : dataset.actors)
        add(actor.translations);
    for (const Theme &theme : dataset.themes)
        add(theme.translations);
    for (const Era &era : dataset.eras)
        add(era.translations);
    for (const Event &event : dataset.events)
        add(event.translations);
    for (const Metric &metric : dataset.metrics)
        add(metric.translations);
    for (const Tour &tour : dataset.tours) {
        add(tour.translations);
        for (const TourStep &step : tour.steps)
            add(step.translations);
    }
    return tags;
}

QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

QString effectiveDataLanguage(const Dataset &dataset, const QString &choice,
                              const QString &interfaceLanguage)
{
    if (choice == QLatin1String("original"))
        return {};
    if (choice.isEmpty() || choice == QLatin1String("auto")) {
        const QString wanted = primaryLanguage(interfaceLanguage);
        if (wanted.isEmpty() || primaryLanguage(dataset.language) == wanted)
            return {};
        // Only now: the scan reads every event, a noticeable part of handing over a large file.
        for (const QString &tag : translationLanguages(dataset))
            if (primaryLanguage(tag) == wanted)
                return tag;
        return {};
    }
    return choice;
}

} // namespace Anchorline::Model
