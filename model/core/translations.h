#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <utility>
#include <vector>

namespace Anchorline::Model {

// The objects that may carry "translations" (docs/format.md, Translations). Each kind has a fixed
// list of fields that a translation may give, in the order the canonical writer writes them.
enum class TranslatedKind : std::uint8_t {
    Dataset,
    Actor,
    Theme,
    Era,
    Event,
    Metric,
    Tour,
    TourStep
};

// "title", "shortTitle", "summary", "note" for an event: the keys a translation of this kind of
// object may have, in canonical order.
const std::vector<const char *> &translatableFields(TranslatedKind kind);
bool isTranslatableField(TranslatedKind kind, QStringView field);

// One language's text for some display fields of one object. The fields are kept in the
// canonical order of the object's kind.
struct Translation
{
    QString language; // BCP 47 tag as written, e.g. "ja"; unknown tags are kept as they are
    std::vector<std::pair<QString, QString>> fields; // field name, text (never empty)

    friend bool operator==(const Translation &, const Translation &) = default;
};

// The "translations" of one object: per language, in the order the file gives them. Empty for
// most objects, so it costs one empty vector.
struct Translations
{
    std::vector<Translation> languages;

    bool isEmpty() const { return languages.empty(); }
    // The text of `field` in `language`; empty when there is none. Tags compare case-insensitively
    // ("ja" and "JA" are the same language in BCP 47).
    QString text(QStringView language, QStringView field) const;
    bool has(QStringView language, QStringView field) const
    {
        return !text(language, field).isEmpty();
    }
    // Sets (or with an empty text removes) one field; `kind` keeps the fields in canonical order.
    void setText(TranslatedKind kind, const QString &language, const QString &field,
                 const QString &value);
    QStringList languageTags() const;

    friend bool operator==(const Translations &, const Translations &) = default;
};

} // namespace Anchorline::Model
