#include "core/dataset.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace Anchorline::Model {

QString Person::displayName() const
{
    if (!literal.isEmpty())
        return literal;
    if (given.isEmpty())
        return family;
    return given + QLatin1Char(' ') + family;
}

QString Source::shortReference() const
{
    QString who;
    if (!author.empty()) {
        const Person &first = author.front();
        who = first.family.isEmpty() ? first.literal : first.family;
        if (author.size() == 2)
            who += QStringLiteral(" & ") +
                   (author[1].family.isEmpty() ? author[1].literal : author[1].family);
        else if (author.size() > 2)
            who += QStringLiteral(" et al.");
    } else if (!containerTitle.isEmpty()) {
        who = containerTitle;
    } else {
        who = title;
    }
    if (!issuedDate.isValid())
        return who;
    QString year = QString::number(issuedDate.start().year);
    if (issuedDate.isApproximate() || issuedDate.isUncertain() || issuedDate.isInterval())
        year = QStringLiteral("c. ") + year;
    return who + QLatin1Char(' ') + year;
}

namespace {
struct RelationWords
{
    const char *name;
    const char *forward;
    const char *backward;
};
// The file's names stay English; the forward and backward words are what the user reads and
// are translated (context "Anchorline::Model::Relation").
constexpr std::array<RelationWords, RelationTypeCount> relationWords{{
    {"supersedes", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "supersedes"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "superseded by")},
    {"revises", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "revises"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "revised by")},
    {"implements", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "implements"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "implemented by")},
    {"responds-to", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "responds to"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "answered by")},
    {"prompts", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "prompts"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "prompted by")},
    {"shapes", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "shapes"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "shaped by")},
    {"cites", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "cites"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "cited by")},
    {"contradicts", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "contradicts"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "contradicted by")},
    {"continues", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "continues"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "continued by")},
    {"part-of", QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "part of"),
     QT_TRANSLATE_NOOP("Anchorline::Model::Relation", "includes")},
}};
constexpr std::array<const char *, AssertionCount> assertionNames{
    {"fact", "interpretation", "attributed-view", "recommendation", "reported"}};
} // namespace

bool isEventPriority(QStringView value)
{
    return value == QLatin1String("high") || value == QLatin1String("normal") ||
           value == QLatin1String("low");
}

QString relationTypeName(RelationType type)
{
    return QLatin1String(relationWords[static_cast<int>(type)].name);
}

std::optional<RelationType> relationTypeFromName(QStringView name)
{
    for (int i = 0; i < RelationTypeCount; ++i) {
        if (name == QLatin1String(relationWords[i].name))
            return static_cast<RelationType>(i);
    }
    return std::nullopt;
}

QString relationTypeForward(RelationType type)
{
    return QCoreApplication::translate("Anchorline::Model::Relation",
                                       relationWords[static_cast<int>(type)].forward);
}

QString relationTypeBackward(RelationType type)
{
    return QCoreApplication::translate("Anchorline::Model::Relation",
                                       relationWords[static_cast<int>(type)].backward);
}

QString assertionName(Assertion assertion)
{
    return QLatin1String(assertionNames[static_cast<int>(assertion)]);
}

std::optional<Assertion> assertionFromName(QStringView name)
{
    for (int i = 0; i < AssertionCount; ++i) {
        if (name == QLatin1String(assertionNames[i]))
            return static_cast<Assertion>(i);
    }
    return std::nullopt;
}

int Dataset::anchorCount() const
{
    std::size_t count = 0;
    for (const Event &event : events) {
        count += event.evidence.size();
        for (const DateClaim &claim : event.dateClaims)
            count += claim.evidence.size();
    }
    for (const Relation &relation : relations)
        count += relation.evidence.size();
    for (const Metric &metric : metrics) {
        for (const MetricPoint &point : metric.points)
            count += point.evidence.size();
    }
    return int(count);
}

template<typename T> static int indexById(const std::vector<T> &items, QStringView id)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? -1 : int(it - items.begin());
}

int Dataset::indexOfEvent(QStringView id) const
{
    return indexById(events, id);
}

int Dataset::indexOfSource(QStringView id) const
{
    return indexById(sources, id);
}

int Dataset::indexOfActor(QStringView id) const
{
    return indexById(actors, id);
}

int Dataset::indexOfTheme(QStringView id) const
{
    return indexById(themes, id);
}

std::pair<DayNumber, DayNumber> Dataset::dateRange() const
{
    if (events.empty())
        return {0, 0};
    DayNumber lo = events.front().parsed.earliest();
    DayNumber hi = events.front().parsed.latest();
    for (const Event &event : events) {
        lo = std::min(lo, event.parsed.earliest());
        hi = std::max(hi, event.parsed.latest());
    }
    return {lo, hi};
}

} // namespace Anchorline::Model
