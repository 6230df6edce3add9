#include "merge/threewaymerge.h"

#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "merge/datasetjson.h"

#include <map>
#include <set>

namespace Anchorline::Model {

using Json = ThreeWayMerge::Json;
using Value = std::optional<Json>;

namespace {

QString q(const std::string &text)
{
    return DatasetJson::toQString(text);
}

Value member(const Value &object, const std::string &key)
{
    if (!object || !object->is_object())
        return std::nullopt;
    const auto it = object->find(key);
    return it == object->end() ? std::nullopt : Value(*it);
}

MergeConflict conflict(const std::string &collection, const std::string &id,
                       const std::string &field, Value base, Value ours, Value theirs,
                       const QString &reason)
{
    MergeConflict c;
    c.collection = q(collection);
    c.id = q(id);
    c.field = q(field);
    c.base = std::move(base);
    c.ours = std::move(ours);
    c.theirs = std::move(theirs);
    c.reason = reason;
    return c;
}

// The classic rule per value: a side that kept the base gives way to the one that changed it.
// Returns false (keeping ours in `out`) when both changed it differently.
bool mergeValue(const Value &base, const Value &ours, const Value &theirs, Value &out)
{
    if (ours == theirs || theirs == base) {
        out = ours;
        return true;
    }
    if (ours == base) {
        out = theirs;
        return true;
    }
    out = ours;
    return false;
}

// Field by field; keys in our order, then those only theirs has.
Json mergeFields(const std::string &collection, const std::string &id, const Value &base,
                 const Json &ours, const Json &theirs, bool skipCollections,
                 std::vector<MergeConflict> &conflicts)
{
    std::vector<std::string> keys;
    std::set<std::string> seen;
    for (const Json *object : {&ours, &theirs}) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (seen.insert(it.key()).second)
                keys.push_back(it.key());
        }
    }
    Json result = Json::object();
    for (const std::string &key : keys) {
        if (skipCollections && DatasetJson::isCollection(key))
            continue;
        const Value b = member(base, key);
        const Value o = member(ours, key);
        const Value t = member(theirs, key);
        Value merged;
        if (!mergeValue(b, o, t, merged))
            conflicts.push_back(conflict(collection, id, key, b, o, t,
                                         b ? QStringLiteral("changed differently on both sides")
                                           : QStringLiteral("added differently on both sides")));
        if (merged)
            result[key] = std::move(*merged);
    }
    return result;
}

std::vector<std::string> idsOf(const Json &items)
{
    std::vector<std::string> ids;
    for (const Json &item : items)
        ids.push_back(DatasetJson::idOf(item));
    return ids;
}

std::vector<std::string> restrictedTo(const std::vector<std::string> &ids,
                                      const std::set<std::string> &keep)
{
    std::vector<std::string> out;
    for (const std::string &id : ids) {
        if (keep.count(id))
            out.push_back(id);
    }
    return out;
}

Json idArray(const std::vector<std::string> &ids)
{
    Json array = Json::array();
    for (const std::string &id : ids)
        array.push_back(id);
    return array;
}

struct CollectionMerge
{
    std::vector<std::string> base, ours, theirs; // ids in each side's order
    std::map<std::string, Value> baseItems, ourItems, theirItems;
    std::map<std::string, Json> result; // what the merge keeps, by id
};

// The order of the kept items: the order of the side that reordered (ours when both did);
// each item only the other side has goes after its predecessor there, and after the items the
// first side added at that place, so that merging (base, A, B) orders as A's edits then B's.
std::vector<std::string> mergeOrder(const std::string &collection, const CollectionMerge &m,
                                    std::vector<MergeConflict> &conflicts)
{
    std::set<std::string> inAll;
    {
        const std::set<std::string> o(m.ours.begin(), m.ours.end());
        const std::set<std::string> t(m.theirs.begin(), m.theirs.end());
        for (const std::string &id : m.base) {
            if (o.count(id) && t.count(id))
                inAll.insert(id);
        }
    }
    const auto baseOrder = restrictedTo(m.base, inAll);
    const auto ourOrder = restrictedTo(m.ours, inAll);
    const auto theirOrder = restrictedTo(m.theirs, inAll);
    const bool oursMoved = ourOrder != baseOrder;
    const bool theirsMoved = theirOrder != baseOrder;
    if (oursMoved && theirsMoved && ourOrder != theirOrder)
        conflicts.push_back(conflict(collection, {}, "order", idArray(m.base), idArray(m.ours),
                                     idArray(m.theirs),
                                     QStringLiteral("reordered differently on both sides")));
    const bool theirsFirst = theirsMoved && !oursMoved;
    const std::vector<std::string> &primary = theirsFirst ? m.theirs : m.ours;
    const std::vector<std::string> &other = theirsFirst ? m.ours : m.theirs;
    const std::set<std::string> baseIds(m.base.begin(), m.base.end());
    const std::set<std::string> otherIds(other.begin(), other.end());

    std::vector<std::string> order;
    std::set<std::string> placed;
    for (const std::string &id : primary) {
        if (m.result.count(id) && placed.insert(id).second)
            order.push_back(id);
    }
    auto placeFrom = [&](const std::vector<std::string> &sequence) {
        for (std::size_t i = 0; i < sequence.size(); ++i) {
            const std::string &id = sequence[i];
            if (!m.result.count(id) || placed.count(id))
                continue;
            std::size_t at = 0;
            for (std::size_t k = i; k-- > 0;) {
                const auto it = std::find(order.begin(), order.end(), sequence[k]);
                if (it != order.end()) {
                    at = std::size_t(it - order.begin()) + 1;
                    break;
                }
            }
            while (at < order.size() && !baseIds.count(order[at]) && !otherIds.count(order[at]))
                ++at;
            order.insert(order.begin() + std::ptrdiff_t(at), id);
            placed.insert(id);
        }
    };
    placeFrom(other);
    placeFrom(m.base); // kept although both sides deleted it: at its old place
    return order;
}

} // namespace

Json ThreeWayMerge::mergeJson(const Json &base, const Json &ours, const Json &theirs,
                              std::vector<MergeConflict> &conflicts)
{
    std::map<std::string, CollectionMerge> merges;
    for (const std::string &collection : DatasetJson::collections()) {
        CollectionMerge &m = merges[collection];
        auto collect = [&](const Json &root, std::vector<std::string> &ids,
                           std::map<std::string, Value> &items) {
            const auto it = root.find(collection);
            if (it == root.end() || !it->is_array())
                return;
            ids = idsOf(*it);
            for (const Json &item : *it)
                items.emplace(DatasetJson::idOf(item), item);
        };
        collect(base, m.base, m.baseItems);
        collect(ours, m.ours, m.ourItems);
        collect(theirs, m.theirs, m.theirItems);

        std::vector<std::string> all = m.ours;
        all.insert(all.end(), m.theirs.begin(), m.theirs.end());
        all.insert(all.end(), m.base.begin(), m.base.end());
        std::set<std::string> done;
        for (const std::string &id : all) {
            if (!done.insert(id).second)
                continue;
            const Value b = m.baseItems.count(id) ? m.baseItems[id] : Value();
            const Value o = m.ourItems.count(id) ? m.ourItems[id] : Value();
            const Value t = m.theirItems.count(id) ? m.theirItems[id] : Value();
            if (o && t) {
                m.result[id] =
                    o == t ? *o : mergeFields(collection, id, b, *o, *t, false, conflicts);
                continue;
            }
            if (!o && !t)
                continue; // deleted on both sides
            if (!b) {
                m.result[id] = o ? *o : *t; // added on one side
                continue;
            }
            if (o) {
                if (*o != *b) {
                    m.result[id] = *o;
                    conflicts.push_back(
                        conflict(collection, id, {}, b, o, t,
                                 QStringLiteral("changed in ours, deleted in theirs")));
                }
                continue;
            }
            if (*t != *b)
                conflicts.push_back(conflict(collection, id, {}, b, o, t,
                                             QStringLiteral("deleted in ours, changed in theirs")));
        }
    }

    // An item must stay while anything kept refers to it; keeping one may bring back more.
    for (bool again = true; again;) {
        again = false;
        for (const std::string &collection : DatasetJson::collections()) {
            for (const auto &[id, item] : merges[collection].result) {
                for (const auto &[target, targetId] : DatasetJson::referencesOf(collection, item)) {
                    CollectionMerge &t = merges[target];
                    if (t.result.count(targetId))
                        continue;
                    const Value b = t.baseItems.count(targetId) ? t.baseItems[targetId] : Value();
                    const Value o = t.ourItems.count(targetId) ? t.ourItems[targetId] : Value();
                    const Value th =
                        t.theirItems.count(targetId) ? t.theirItems[targetId] : Value();
                    const Value kept = o ? o : th ? th : b;
                    if (!kept)
                        continue; // a dangling reference in an input; the reader reports it
                    t.result[targetId] = *kept;
                    const QString reason =
                        QStringLiteral("deleted in %1, but %2 \"%3\" still refers to it; kept")
                            .arg(!o && !th ? QStringLiteral("both")
                                 : !o      ? QStringLiteral("ours")
                                           : QStringLiteral("theirs"),
                                 q(collection), q(id));
                    const auto existing =
                        std::find_if(conflicts.begin(), conflicts.end(), [&](const auto &c) {
                            return c.collection == q(target) && c.id == q(targetId) &&
                                   c.field.isEmpty();
                        });
                    if (existing != conflicts.end())
                        existing->reason = reason;
                    else
                        conflicts.push_back(conflict(target, targetId, {}, b, o, th, reason));
                    again = true;
                }
            }
            if (again)
                break; // `result` of another collection grew: iterate afresh
        }
    }

    Json merged = mergeFields("dataset", {}, base, ours, theirs, true, conflicts);
    // Collections go where the writer puts them; the reader does not care, the diff shows less.
    for (const std::string &collection : DatasetJson::collections()) {
        const CollectionMerge &m = merges[collection];
        if (m.result.empty())
            continue;
        Json items = Json::array();
        for (const std::string &id : mergeOrder(collection, m, conflicts))
            items.push_back(m.result.at(id));
        merged[collection] = std::move(items);
    }
    return merged;
}

MergeOutcome ThreeWayMerge::merge(const Dataset &base, const Dataset &ours, const Dataset &theirs)
{
    MergeOutcome outcome;
    const Json merged = mergeJson(DatasetJson::toJson(base), DatasetJson::toJson(ours),
                                  DatasetJson::toJson(theirs), outcome.conflicts);
    LoadResult read = DatasetJson::load(merged, QStringLiteral("merge result"));
    if (!read.ok()) {
        outcome.errors = std::move(read.errors);
        return outcome;
    }
    Dataset &dataset = *read.dataset;
    dataset.conflicts.insert(dataset.conflicts.end(), outcome.conflicts.begin(),
                             outcome.conflicts.end());
    // What will be written must read back: the conflicts section goes through the reader too.
    LoadResult check =
        DatasetReader::readBytes(DatasetWriter::toBytes(dataset), QStringLiteral("merge result"));
    if (!check.ok()) {
        outcome.errors = std::move(check.errors);
        return outcome;
    }
    outcome.dataset = std::move(*check.dataset);
    return outcome;
}

QString ThreeWayMerge::describe(const MergeConflict &c)
{
    auto shown = [](const std::optional<Json> &value) {
        return value ? DatasetJson::compact(*value) : QStringLiteral("(absent)");
    };
    QString what = c.collection;
    if (!c.id.isEmpty())
        what += QStringLiteral(" \"%1\"").arg(c.id);
    what += c.field.isEmpty() ? QStringLiteral(" (whole item)") : QLatin1Char(' ') + c.field;
    return QStringLiteral("conflict: %1: %2; base %3, ours %4, theirs %5")
        .arg(what, c.reason, shown(c.base), shown(c.ours), shown(c.theirs));
}

} // namespace Anchorline::Model
