#include "core/translations.h"

#include <algorithm>

namespace Anchorline::Model {

const std::vector<const char *> &translatableFields(TranslatedKind kind)
{
    // The display text of each kind (docs/format.md): ids, dates, colours and evidence quotes
    // are never translated.
    static const std::vector<const char *> dataset{"title", "description"};
    static const std::vector<const char *> actor{"name", "shortName", "note"};
    static const std::vector<const char *> theme{"name", "definition"};
    static const std::vector<const char *> era{"name", "group", "note"};
    static const std::vector<const char *> event{"title", "shortTitle", "summary", "note"};
    static const std::vector<const char *> metric{"name", "unit", "note"};
    static const std::vector<const char *> tour{"title", "description"};
    static const std::vector<const char *> step{"note"};
    switch (kind) {
    case TranslatedKind::Dataset:
        return dataset;
    case TranslatedKind::Actor:
        return actor;
    case TranslatedKind::Theme:
        return theme;
    case TranslatedKind::Era:
        return era;
    case TranslatedKind::Event:
        return event;
    case TranslatedKind::Metric:
        return metric;
    case TranslatedKind::Tour:
        return tour;
    case TranslatedKind::TourStep:
        return step;
    }
    return step;
}

bool isTranslatableField(TranslatedKind kind, QStringView field)
{
    const auto &fields = translatableFields(kind);
    return std::any_of(fields.begin(), fields.end(),
                       [&](const char *name) { return field == QLatin1String(name); });
}

QString Translations::text(QStringView language, QStringView field) const
{
    if (language.isEmpty())
        return {};
    for (const Translation &translation : languages) {
        if (translation.language.compare(language, Qt::CaseInsensitive) != 0)
            continue;
        for (const auto &[name, value] : translation.fields)
            if (name == field)
                return value;
    }
    return {};
}

void Translations::setText(TranslatedKind kind, const QString &language, const QString &field,
                           const QString &value)
{
    auto it = std::find_if(languages.begin(), languages.end(), [&](const Translation &t) {
        return t.language.compare(language, Qt::CaseInsensitive) == 0;
    });
    if (it == languages.end()) {
        if (value.isEmpty())
            return;
        languages.push_back(Translation{language, {}});
        it = std::prev(languages.end());
    }
    auto &fields = it->fields;
    const auto existing = std::find_if(fields.begin(), fields.end(),
                                       [&](const auto &pair) { return pair.first == field; });
    if (value.isEmpty()) {
        if (existing != fields.end())
            fields.erase(existing);
        if (fields.empty())
            languages.erase(it);
        return;
    }
    if (existing != fields.end()) {
        existing->second = value;
        return;
    }
    fields.emplace_back(field, value);
    // Canonical order: the order of translatableFields(kind).
    const auto &order = translatableFields(kind);
    auto rank = [&](const QString &name) {
        const auto found = std::find_if(order.begin(), order.end(),
                                        [&](const char *n) { return name == QLatin1String(n); });
        return int(found - order.begin());
    };
    std::stable_sort(fields.begin(), fields.end(),
                     [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
}

QStringList Translations::languageTags() const
{
    QStringList tags;
    for (const Translation &translation : languages)
        tags << translation.language;
    return tags;
}

} // namespace Anchorline::Model
