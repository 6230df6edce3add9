#include "io/validation.h"

#include <QHash>
#include <QSet>

namespace Anchorline::Model {

std::vector<LoadError> validateDataset(const Dataset &dataset, const QString &fileName)
{
    std::vector<LoadError> errors;
    auto error = [&](const QString &pointer, const QString &message) {
        errors.push_back(LoadError{fileName, pointer, 0, 0, message});
    };

    // Ids are unique within each array; returns id -> index.
    auto uniqueIds = [&](const auto &items, const char *array) {
        QHash<QString, int> seen;
        seen.reserve(qsizetype(items.size()));
        for (int i = 0; i < int(items.size()); ++i) {
            const QString &id = items[std::size_t(i)].id;
            if (id.isEmpty())
                continue;
            const auto it = seen.constFind(id);
            if (it != seen.constEnd())
                error(QStringLiteral("/%1/%2/id").arg(QLatin1String(array)).arg(i),
                      QStringLiteral("duplicate id \"%1\" (first used at /%2/%3)")
                          .arg(id, QLatin1String(array))
                          .arg(it.value()));
            else
                seen.insert(id, i);
        }
        return seen;
    };
    const auto sources = uniqueIds(dataset.sources, "sources");
    const auto actors = uniqueIds(dataset.actors, "actors");
    const auto themes = uniqueIds(dataset.themes, "themes");
    uniqueIds(dataset.eras, "eras");
    const auto events = uniqueIds(dataset.events, "events");
    uniqueIds(dataset.relations, "relations");
    uniqueIds(dataset.metrics, "metrics");
    uniqueIds(dataset.tours, "tours");

    // Pointers are only spelled out for an error: a million valid events build none.
    auto reference = [&](const QHash<QString, int> &ids, const QString &id, auto &&pointer,
                         const char *what) {
        if (!id.isEmpty() && !ids.contains(id))
            error(pointer(), QStringLiteral("unknown %1 \"%2\" (no %1 has this id)")
                                 .arg(QLatin1String(what), id));
    };
    auto anchors = [&](const std::vector<Anchor> &evidence, auto &&pointer) {
        for (std::size_t i = 0; i < evidence.size(); ++i)
            reference(
                sources, evidence[i].source,
                [&] { return pointer() + QStringLiteral("/evidence/%1/source").arg(i); }, "source");
    };

    for (std::size_t i = 0; i < dataset.eras.size(); ++i)
        reference(
            actors, dataset.eras[i].actor, [&] { return QStringLiteral("/eras/%1/actor").arg(i); },
            "actor");
    for (std::size_t i = 0; i < dataset.events.size(); ++i) {
        const Event &event = dataset.events[i];
        const auto pointer = [&] { return QStringLiteral("/events/%1").arg(i); };
        for (qsizetype k = 0; k < event.actors.size(); ++k)
            reference(
                actors, event.actors[k],
                [&] { return pointer() + QStringLiteral("/actors/%1").arg(k); }, "actor");
        for (qsizetype k = 0; k < event.themes.size(); ++k)
            reference(
                themes, event.themes[k],
                [&] { return pointer() + QStringLiteral("/themes/%1").arg(k); }, "theme");
        anchors(event.evidence, pointer);
        for (std::size_t k = 0; k < event.dateClaims.size(); ++k) {
            const auto claimPointer = [&] {
                return pointer() + QStringLiteral("/dateClaims/%1").arg(k);
            };
            reference(
                sources, event.dateClaims[k].source,
                [&] { return claimPointer() + QStringLiteral("/source"); }, "source");
            anchors(event.dateClaims[k].evidence, claimPointer);
        }
    }
    for (std::size_t i = 0; i < dataset.relations.size(); ++i) {
        const Relation &relation = dataset.relations[i];
        const auto pointer = [&] { return QStringLiteral("/relations/%1").arg(i); };
        reference(
            events, relation.from, [&] { return pointer() + QStringLiteral("/from"); }, "event");
        reference(
            events, relation.to, [&] { return pointer() + QStringLiteral("/to"); }, "event");
        if (!relation.from.isEmpty() && relation.from == relation.to)
            error(pointer() + QStringLiteral("/to"),
                  QStringLiteral("a relation cannot join \"%1\" to itself").arg(relation.from));
        anchors(relation.evidence, pointer);
    }
    for (std::size_t i = 0; i < dataset.metrics.size(); ++i) {
        for (std::size_t k = 0; k < dataset.metrics[i].points.size(); ++k) {
            const MetricPoint &point = dataset.metrics[i].points[k];
            const auto pointer = [&] {
                return QStringLiteral("/metrics/%1/points/%2").arg(i).arg(k);
            };
            reference(
                events, point.event, [&] { return pointer() + QStringLiteral("/event"); }, "event");
            reference(
                sources, point.source, [&] { return pointer() + QStringLiteral("/source"); },
                "source");
            anchors(point.evidence, pointer);
        }
    }
    for (std::size_t i = 0; i < dataset.tours.size(); ++i) {
        for (std::size_t k = 0; k < dataset.tours[i].steps.size(); ++k)
            reference(
                events, dataset.tours[i].steps[k].event,
                [&] { return QStringLiteral("/tours/%1/steps/%2/event").arg(i).arg(k); }, "event");
    }
    if (const auto &window = dataset.defaultWindow) {
        // Only a closed span can frame the view: an open end ("..") says nothing of where to stop.
        const auto closed = [&](const PartialDate &date, const char *key) {
            if (date.isValid() && (date.hasOpenStart() || date.hasOpenEnd())) {
                error(QStringLiteral("/defaultWindow/%1").arg(QLatin1String(key)),
                      QStringLiteral("expected a date with no open end (\"..\"), found \"%1\"")
                          .arg(date.toString()));
                return false;
            }
            return date.isValid();
        };
        const bool fromOk = closed(window->parsedFrom, "from");
        const bool toOk = closed(window->parsedTo, "to");
        if (fromOk && toOk && window->parsedTo.latest() < window->parsedFrom.earliest())
            error(QStringLiteral("/defaultWindow/to"),
                  QStringLiteral("\"to\" (%1) ends before \"from\" (%2) begins")
                      .arg(window->to, window->from));
    }
    return errors;
}

} // namespace Anchorline::Model
