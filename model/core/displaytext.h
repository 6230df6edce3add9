#pragma once

#include "core/dataset.h"

#include <QString>
#include <QStringList>

namespace Anchorline::Model {

// The text an object shows in one data language (docs/format.md, Translations): its
// translation for that language where it has one, else the original, field by field. The one
// resolver that every view, export and the presentation use, so that they all agree.
// Evidence quotes and sources have no method here: they are never translated.
class DisplayText final
{
public:
    DisplayText() = default; // the original text everywhere
    explicit DisplayText(QString language)
        : m_language(std::move(language))
    {}

    // BCP 47 tag; empty: the dataset's own text.
    const QString &language() const { return m_language; }

    QString title(const Event &event) const;
    // The translated short title; an event whose title is translated but whose short title is
    // not has none (an English short label beside Japanese titles would read as a mistake).
    QString shortTitle(const Event &event) const;
    QString summary(const Event &event) const;
    QString note(const Event &event) const;

    QString name(const Actor &actor) const; // the id when the actor has no name
    QString shortName(const Actor &actor) const;
    QString name(const Theme &theme) const;
    QString definition(const Theme &theme) const;
    QString name(const Era &era) const;
    QString group(const Era &era) const;
    QString name(const Metric &metric) const;
    QString unit(const Metric &metric) const;
    QString title(const Tour &tour) const;
    QString description(const Tour &tour) const;
    QString note(const TourStep &step) const;
    QString title(const Dataset &dataset) const;
    QString description(const Dataset &dataset) const;

    // The translation of `field` in `language`, else `original`.
    static QString resolve(const Translations &translations, QStringView language,
                           QStringView field, const QString &original);

private:
    QString pick(const Translations &translations, QStringView field, const QString &original) const
    {
        return resolve(translations, m_language, field, original);
    }

    QString m_language;
};

// Every language that some translation in the dataset uses, in the order first met (the
// choices of View ▸ Data Language besides Automatic and the dataset's own).
QStringList translationLanguages(const Dataset &dataset);

// The data language to show: `choice` is "auto" (follow the interface language), "original"
// (the dataset's own text) or a tag. Automatic picks the interface language only when the
// dataset has translations into it; an interface in the dataset's own language shows the
// original. Returns the tag for DisplayText (empty: the original).
QString effectiveDataLanguage(const Dataset &dataset, const QString &choice,
                              const QString &interfaceLanguage);

// "ja" from "ja_JP", "ja-JP" or "ja": the primary language subtag, lower case.
QString primaryLanguage(const QString &tag);

} // namespace Anchorline::Model
