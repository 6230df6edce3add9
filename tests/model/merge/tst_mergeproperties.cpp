#include "merge/datasetjson.h"
#include "merge/semanticdiff.h"
#include "merge/threewaymerge.h"
#include "model/merge/mergefixture.h"

#include <QRandomGenerator>
#include <QTest>
#include <functional>
#include <set>

using namespace Anchorline::Model;
using namespace Anchorline::Testing;

namespace {

using Edit = std::function<void(Json &)>;

std::string pick(QRandomGenerator &random, const std::vector<std::string> &from)
{
    return from[std::size_t(random.bounded(int(from.size())))];
}

// A random valid dataset: actors, sources, events with relations and a tour between them.
Json randomBase(QRandomGenerator &random)
{
    Json d = Json::object();
    d["format"] = "anchorline";
    d["version"] = 1;
    d["title"] = "Random dataset";
    for (int i = 0; i < 3; ++i)
        d["actors"].push_back({{"id", "actor-" + std::to_string(i)},
                               {"name", "Actor " + std::to_string(i)},
                               {"color", "#00" + std::to_string(10 + i) + "ff"}});
    for (int i = 0; i < 2; ++i)
        d["sources"].push_back({{"id", "src-" + std::to_string(i)},
                                {"type", "article"},
                                {"title", "Source " + std::to_string(i)}});
    const int events = 6 + random.bounded(8);
    for (int i = 0; i < events; ++i) {
        Json event = newEvent("ev-" + std::to_string(i), "Event " + std::to_string(i));
        event["date"] = std::to_string(1990 + random.bounded(30));
        event["actors"] = Json::array({"actor-" + std::to_string(random.bounded(3))});
        d["events"].push_back(event);
    }
    const int relations = 2 + random.bounded(4);
    for (int i = 0; i < relations; ++i) {
        const int from = random.bounded(events);
        const int to = (from + 1 + random.bounded(events - 1)) % events;
        d["relations"].push_back({{"id", "rel-" + std::to_string(i)},
                                  {"from", "ev-" + std::to_string(from)},
                                  {"to", "ev-" + std::to_string(to)},
                                  {"type", "cites"},
                                  {"assertion", "fact"}});
    }
    d["tours"].push_back(
        {{"id", "tour-0"},
         {"title", "Tour"},
         {"steps", Json::array({{{"event", "ev-" + std::to_string(random.bounded(events))}}})}});
    return DatasetJson::toJson(toDataset(d)); // canonical, and checked by the reader
}

// Edits of the items `mine` holds (ids the other side never touches), each applied to
// `state` as it is made so that later edits see earlier ones. Additions go to the end.
std::vector<Edit> randomScript(QRandomGenerator &random, Json &state,
                               const std::set<std::string> &mine, const std::string &side)
{
    static const std::vector<std::string> dates = {"2001",   "2004-05", "2010-03-01",
                                                   "FY2015", "2018-22", "2020~"};
    static const std::vector<std::string> fields = {"title", "summary", "note", "date", "kind"};
    std::vector<Edit> script;
    const int length = 1 + random.bounded(6);
    for (int step = 0; step < length; ++step) {
        std::vector<std::string> events;
        std::vector<std::string> relations;
        std::vector<std::string> actors;
        for (const Json &e : state["events"]) {
            if (mine.count(DatasetJson::idOf(e)))
                events.push_back(DatasetJson::idOf(e));
        }
        for (const Json &r : state.value("relations", Json::array())) {
            if (mine.count(DatasetJson::idOf(r)))
                relations.push_back(DatasetJson::idOf(r));
        }
        for (const Json &a : state["actors"]) {
            if (mine.count(DatasetJson::idOf(a)))
                actors.push_back(DatasetJson::idOf(a));
        }
        // Referenced events are never deleted: deleting one in the app deletes what refers
        // to it, which may belong to the other side.
        std::set<std::string> referenced;
        for (const Json &r : state.value("relations", Json::array())) {
            referenced.insert(r["from"].get<std::string>());
            referenced.insert(r["to"].get<std::string>());
        }
        for (const Json &t : state["tours"]) {
            for (const Json &s : t.value("steps", Json::array()))
                referenced.insert(s["event"].get<std::string>());
        }
        std::vector<std::string> deletable;
        for (const std::string &id : events) {
            if (!referenced.count(id))
                deletable.push_back(id);
        }
        const std::string tag = side + std::to_string(step);
        Edit edit;
        switch (random.bounded(6)) {
        case 0:
        case 1:
            if (events.empty())
                continue;
            {
                const std::string id = pick(random, events);
                const std::string field = pick(random, fields);
                const std::string value =
                    field == "date" ? pick(random, dates) : field + " by " + tag;
                edit = [id, field, value](Json &d) { item(d, "events", id)[field] = value; };
            }
            break;
        case 2: {
            const std::string id = "ev-new-" + tag;
            const std::string actor = "actor-" + std::to_string(random.bounded(3));
            edit = [id, actor](Json &d) {
                Json event = newEvent(id, "New " + id);
                event["actors"] = Json::array({actor});
                d["events"].push_back(event);
            };
            break;
        }
        case 3:
            if (deletable.empty())
                continue;
            edit = [id = pick(random, deletable)](Json &d) { removeItem(d, "events", id); };
            break;
        case 4:
            if (relations.empty())
                continue;
            edit = [id = pick(random, relations), tag](Json &d) {
                item(d, "relations", id)["note"] = "note by " + tag;
            };
            break;
        default:
            if (actors.empty())
                continue;
            edit = [id = pick(random, actors), tag](Json &d) {
                item(d, "actors", id)["name"] = "Actor " + tag;
            };
            break;
        }
        edit(state);
        script.push_back(edit);
    }
    return script;
}

Json applied(Json d, const std::vector<Edit> &first, const std::vector<Edit> &second)
{
    for (const Edit &edit : first)
        edit(d);
    for (const Edit &edit : second)
        edit(d);
    return d;
}

} // namespace

// Properties of ThreeWayMerge over many random datasets and edit scripts (fixed seeds).
class TestMergeProperties final : public QObject
{
    Q_OBJECT

private slots:
    void disjointEdits_mergeCleanly_toBothScriptsApplied();
    void anyEdits_alwaysMergeToALoadableFile();
};

void TestMergeProperties::disjointEdits_mergeCleanly_toBothScriptsApplied()
{
    int edits = 0;
    for (quint32 seed = 1; seed <= 150; ++seed) {
        QRandomGenerator random(seed);
        const Json base = randomBase(random);
        // Every item belongs to one side only.
        std::set<std::string> mineA;
        std::set<std::string> mineB;
        for (const char *collection : {"events", "relations", "actors"}) {
            for (const Json &i : base[collection])
                (random.bounded(2) ? mineA : mineB).insert(DatasetJson::idOf(i));
        }
        Json a = base;
        Json b = base;
        const std::vector<Edit> scriptA = randomScript(random, a, mineA, "a");
        const std::vector<Edit> scriptB = randomScript(random, b, mineB, "b");
        edits += int(scriptA.size() + scriptB.size());
        const QByteArray where = "seed " + QByteArray::number(seed);
        // A property over no edits proves nothing.
        QVERIFY2(!scriptA.empty() || !scriptB.empty(), where.constData());

        for (const bool swapped : {false, true}) {
            const Json &ours = swapped ? b : a;
            const Json &theirs = swapped ? a : b;
            const MergeOutcome outcome =
                ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
            QVERIFY2(outcome.dataset, where.constData());
            if (!outcome.conflicts.empty())
                QFAIL((where + ": " + ThreeWayMerge::describe(outcome.conflicts.front()).toUtf8())
                          .constData());
            // Ours first, then theirs: additions land in that order at the end.
            const Json expected =
                swapped ? applied(base, scriptB, scriptA) : applied(base, scriptA, scriptB);
            const auto difference = SemanticDiff::compare(DatasetJson::toJson(toDataset(expected)),
                                                          DatasetJson::toJson(*outcome.dataset));
            QVERIFY2(difference.empty(), (where + (swapped ? " swapped:\n" : ":\n") +
                                          SemanticDiff::toText(difference).toUtf8())
                                             .constData());
        }
    }
    QVERIFY2(edits > 300, QByteArray::number(edits).constData());
}

void TestMergeProperties::anyEdits_alwaysMergeToALoadableFile()
{
    // Both sides edit anything (the same fields, the same events, deletions against edits):
    // the result always loads, lists a conflict for each field changed two ways, and never
    // loses a change silently.
    int conflicts = 0;
    for (quint32 seed = 1000; seed < 1150; ++seed) {
        QRandomGenerator random(seed);
        const Json base = randomBase(random);
        std::set<std::string> everything;
        for (const char *collection : {"events", "relations", "actors"}) {
            for (const Json &i : base[collection])
                everything.insert(DatasetJson::idOf(i));
        }
        Json a = base;
        Json b = base;
        randomScript(random, a, everything, "a");
        randomScript(random, b, everything, "b");
        const QByteArray where = "seed " + QByteArray::number(seed);
        for (const bool swapped : {false, true}) {
            const Json &ours = swapped ? b : a;
            const Json &theirs = swapped ? a : b;
            const MergeOutcome outcome =
                ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
            QVERIFY2(outcome.dataset, where.constData());
            conflicts += int(outcome.conflicts.size());
            // Where the result differs from theirs, ours changed it alone or a conflict lists
            // it: their changes are never lost silently.
            const Json merged = DatasetJson::toJson(*outcome.dataset);
            auto listed = [&](const std::string &id, const std::string &field) {
                return std::any_of(outcome.conflicts.begin(), outcome.conflicts.end(),
                                   [&](const MergeConflict &c) {
                                       return c.id == DatasetJson::toQString(id) &&
                                              (c.field.isEmpty() ||
                                               c.field == DatasetJson::toQString(field));
                                   });
            };
            auto baseItem = [&](const std::string &collection, const std::string &id) {
                for (const Json &i : base.value(collection, Json::array())) {
                    if (DatasetJson::idOf(i) == id)
                        return i;
                }
                return Json();
            };
            for (const ItemChange &change : SemanticDiff::compare(theirs, merged)) {
                const Json before = baseItem(change.collection, change.id);
                const QString what =
                    QStringLiteral("%1: their %2 %3")
                        .arg(QString::fromLatin1(where), DatasetJson::toQString(change.collection),
                             DatasetJson::toQString(change.id));
                if (change.kind == ItemChange::Kind::Removed) {
                    QVERIFY2(before == *change.before || listed(change.id, {}),
                             qPrintable(what + QStringLiteral(" is lost")));
                    continue;
                }
                if (change.kind != ItemChange::Kind::Changed)
                    continue;
                for (const FieldChange &field : change.fields) {
                    const std::optional<Json> inBase =
                        before.is_object() && before.contains(field.field)
                            ? std::optional<Json>(before[field.field])
                            : std::nullopt;
                    QVERIFY2(inBase == field.before || listed(change.id, field.field),
                             qPrintable(what + QStringLiteral(" ") +
                                        DatasetJson::toQString(field.field) +
                                        QStringLiteral(" is lost without a conflict")));
                }
            }
        }
    }
    QVERIFY2(conflicts > 0, "the overlapping scripts must produce conflicts to check");
}

QTEST_GUILESS_MAIN(TestMergeProperties)
#include "tst_mergeproperties.moc"
