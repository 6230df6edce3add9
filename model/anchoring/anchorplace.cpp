#include "anchoring/anchorplace.h"

#include <QHash>
#include <QList>
#include <algorithm>

namespace Anchorline::Model {

QString AnchorPlace::pointer() const
{
    switch (owner) {
    case Owner::Event:
        return QStringLiteral("/events/%1/evidence/%2").arg(index).arg(evidence);
    case Owner::DateClaim:
        return QStringLiteral("/events/%1/dateClaims/%2/evidence/%3")
            .arg(index)
            .arg(item)
            .arg(evidence);
    case Owner::Relation:
        return QStringLiteral("/relations/%1/evidence/%2").arg(index).arg(evidence);
    case Owner::MetricPoint:
        return QStringLiteral("/metrics/%1/points/%2/evidence/%3")
            .arg(index)
            .arg(item)
            .arg(evidence);
    }
    return {};
}

std::optional<AnchorPlace> AnchorPlace::fromPointer(QStringView pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    const QList<QStringView> parts = pointer.sliced(1).split(QLatin1Char('/'));
    // Indexes as pointer() writes them: decimal digits only ("+1", " 1" and "" are no index).
    const auto number = [&parts](qsizetype at, int &out) {
        const QStringView part = parts.value(at);
        if (part.isEmpty() || part.size() > 9 ||
            !std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return false;
        out = part.toInt();
        return true;
    };
    AnchorPlace place;
    const QStringView collection = parts.value(0);
    if (!number(1, place.index))
        return std::nullopt;
    if (collection == u"events" && parts.size() == 4 && parts[2] == u"evidence") {
        place.owner = Owner::Event;
        if (!number(3, place.evidence))
            return std::nullopt;
    } else if (collection == u"events" && parts.size() == 6 && parts[2] == u"dateClaims" &&
               parts[4] == u"evidence") {
        place.owner = Owner::DateClaim;
        if (!number(3, place.item) || !number(5, place.evidence))
            return std::nullopt;
    } else if (collection == u"relations" && parts.size() == 4 && parts[2] == u"evidence") {
        place.owner = Owner::Relation;
        if (!number(3, place.evidence))
            return std::nullopt;
    } else if (collection == u"metrics" && parts.size() == 6 && parts[2] == u"points" &&
               parts[4] == u"evidence") {
        place.owner = Owner::MetricPoint;
        if (!number(3, place.item) || !number(5, place.evidence))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return place;
}

namespace {

template<typename T> const T *at(const std::vector<T> &items, int index)
{
    return index >= 0 && std::size_t(index) < items.size() ? &items[std::size_t(index)] : nullptr;
}

} // namespace

const Anchor *AnchorPlace::anchorIn(const Dataset &dataset) const
{
    switch (owner) {
    case Owner::Event:
        if (const Event *event = at(dataset.events, index))
            return at(event->evidence, evidence);
        break;
    case Owner::DateClaim:
        if (const Event *event = at(dataset.events, index)) {
            if (const DateClaim *claim = at(event->dateClaims, item))
                return at(claim->evidence, evidence);
        }
        break;
    case Owner::Relation:
        if (const Relation *relation = at(dataset.relations, index))
            return at(relation->evidence, evidence);
        break;
    case Owner::MetricPoint:
        if (const Metric *metric = at(dataset.metrics, index)) {
            if (const MetricPoint *point = at(metric->points, item))
                return at(point->evidence, evidence);
        }
        break;
    }
    return nullptr;
}

QString AnchorPlace::eventIdIn(const Dataset &dataset) const
{
    if (!anchorIn(dataset))
        return {};
    switch (owner) {
    case Owner::Event:
    case Owner::DateClaim:
        return dataset.events[std::size_t(index)].id;
    case Owner::Relation:
        return dataset.relations[std::size_t(index)].from;
    case Owner::MetricPoint:
        return dataset.metrics[std::size_t(index)].points[std::size_t(item)].event;
    }
    return {};
}

size_t qHash(const AnchorPlace &place, size_t seed) noexcept
{
    return qHashMulti(seed, int(place.owner), place.index, place.item, place.evidence);
}

} // namespace Anchorline::Model
