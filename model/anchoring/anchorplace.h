#pragma once

#include "core/dataset.h"

#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// Where one anchor of a dataset sits, as numbers: what its RFC 6901 JSON pointer says
// ("/events/3/dateClaims/1/evidence/0"), in 16 bytes. A view that lists a million anchors keeps
// these and spells out a pointer only for the few it shows (the strings took more memory than
// the anchors' quotes).
struct AnchorPlace
{
    enum class Owner : std::uint8_t { Event, DateClaim, Relation, MetricPoint };
    Owner owner = Owner::Event;
    int index = -1;    // the event, relation or metric
    int item = -1;     // the date claim or the metric's point; -1 for Event and Relation
    int evidence = -1; // in the owner's evidence

    // "/events/3/evidence/0", "/events/3/dateClaims/1/evidence/0", "/relations/2/evidence/0",
    // "/metrics/0/points/4/evidence/1".
    QString pointer() const;
    // The place a pointer of those four forms names; nullopt for any other text.
    static std::optional<AnchorPlace> fromPointer(QStringView pointer);
    // The anchor at this place, or null when the dataset has none there (e.g. after an edit).
    const Anchor *anchorIn(const Dataset &dataset) const;
    // The id of the event the anchor supports: the event itself, a relation's `from` event, a
    // metric point's event (may be empty); empty when the place is not in the dataset.
    QString eventIdIn(const Dataset &dataset) const;

    friend bool operator==(const AnchorPlace &, const AnchorPlace &) = default;
};
size_t qHash(const AnchorPlace &place, size_t seed = 0) noexcept;

// Calls visit(place, anchor) for every anchor of the dataset in file order: events' evidence and
// their date claims' evidence, relations' evidence, metric points' evidence.
template<typename Visit> void forEachAnchor(const Dataset &dataset, Visit &&visit)
{
    using Owner = AnchorPlace::Owner;
    const auto each = [&visit](const std::vector<Anchor> &anchors, Owner owner, std::size_t index,
                               int item) {
        for (std::size_t i = 0; i < anchors.size(); ++i)
            visit(AnchorPlace{owner, int(index), item, int(i)}, anchors[i]);
    };
    for (std::size_t e = 0; e < dataset.events.size(); ++e) {
        const Event &event = dataset.events[e];
        each(event.evidence, Owner::Event, e, -1);
        for (std::size_t c = 0; c < event.dateClaims.size(); ++c)
            each(event.dateClaims[c].evidence, Owner::DateClaim, e, int(c));
    }
    for (std::size_t r = 0; r < dataset.relations.size(); ++r)
        each(dataset.relations[r].evidence, Owner::Relation, r, -1);
    for (std::size_t m = 0; m < dataset.metrics.size(); ++m) {
        const Metric &metric = dataset.metrics[m];
        for (std::size_t p = 0; p < metric.points.size(); ++p)
            each(metric.points[p].evidence, Owner::MetricPoint, m, int(p));
    }
}

} // namespace Anchorline::Model
