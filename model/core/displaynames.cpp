#include "core/displaynames.h"

#include <QCoreApplication>
#include <array>

namespace Anchorline::Model {

namespace {
// What the user reads for each assertion (context "Anchorline::Model::Assertion").
constexpr std::array<const char *, AssertionCount> assertionWords{
    {QT_TRANSLATE_NOOP("Anchorline::Model::Assertion", "fact"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Assertion", "interpretation"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Assertion", "attributed view"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Assertion", "recommendation"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Assertion", "reported")}};
// The kinds docs/format.md lists, and the names the user reads for them (context
// "Anchorline::Model::EventKind"). Other kinds are free text and shown as written.
struct KindWords
{
    const char *kind;
    const char *words;
};
constexpr std::array<KindWords, 17> kindWords{{
    {"strategy-document", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "strategy document")},
    {"agreement", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "agreement")},
    {"speech", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "speech")},
    {"summit", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "summit")},
    {"legislation", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "legislation")},
    {"military", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "military")},
    {"policy-shift", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "policy shift")},
    {"government", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "government")},
    {"debate", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "debate")},
    {"budget", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "budget")},
    {"publication", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "publication")},
    {"statement", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "statement")},
    {"institution", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "institution")},
    {"trade", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "trade")},
    {"reference", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "reference")},
    {"decision", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "decision")},
    {"process", QT_TRANSLATE_NOOP("Anchorline::Model::EventKind", "process")},
}};
} // namespace

QString assertionDisplayName(Assertion assertion)
{
    return QCoreApplication::translate("Anchorline::Model::Assertion",
                                       assertionWords[static_cast<int>(assertion)]);
}

QString eventKindDisplayName(const QString &kind)
{
    for (const KindWords &known : kindWords) {
        if (kind == QLatin1String(known.kind))
            return QCoreApplication::translate("Anchorline::Model::EventKind", known.words);
    }
    QString words = kind;
    return words.replace(QLatin1Char('-'), QLatin1Char(' '));
}

} // namespace Anchorline::Model
