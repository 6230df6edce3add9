#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "merge/datasetjson.h"
#include "merge/semanticdiff.h"
#include "merge/threewaymerge.h"
#include "model/merge/mergefixture.h"

#include <QTest>
#include <functional>

using namespace Anchorline::Model;
using namespace Anchorline::Testing;

namespace {

using Edit = std::function<void(Json &)>;

// What a merge case expects of the result.
struct Case
{
    const char *name;
    Edit ours;
    Edit theirs;
    // Applied to the base: the dataset a correct merge gives (conflicts aside).
    Edit expected;
    // "collection id field" of each conflict, in the order the merge lists them.
    QStringList conflicts;
};

QString conflictKey(const MergeConflict &c)
{
    return QStringLiteral("%1 %2 %3").arg(c.collection, c.id, c.field).trimmed();
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"independent events",
         [](Json &d) { item(d, "events", "ev-plan")["title"] = "Plan (ours)"; },
         [](Json &d) { item(d, "events", "ev-start")["date"] = "2022-09"; },
         [](Json &d) {
             item(d, "events", "ev-plan")["title"] = "Plan (ours)";
             item(d, "events", "ev-start")["date"] = "2022-09";
         },
         {}},
        {"different fields of one event",
         [](Json &d) { item(d, "events", "ev-vote")["title"] = "Council adopts the plan"; },
         [](Json &d) { item(d, "events", "ev-vote")["note"] = "Vote count unknown."; },
         [](Json &d) {
             item(d, "events", "ev-vote")["title"] = "Council adopts the plan";
             item(d, "events", "ev-vote")["note"] = "Vote count unknown.";
         },
         {}},
        {"additions on both sides",
         [](Json &d) { d["events"].push_back(newEvent("ev-ours", "Added by us")); },
         [](Json &d) {
             d["events"].push_back(newEvent("ev-theirs", "Added by them"));
             Json source = Json::object();
             source["id"] = "src-news";
             source["type"] = "article";
             source["title"] = "Harbour news";
             d["sources"].push_back(source);
         },
         [](Json &d) {
             d["events"].push_back(newEvent("ev-ours", "Added by us"));
             d["events"].push_back(newEvent("ev-theirs", "Added by them"));
             Json source = Json::object();
             source["id"] = "src-news";
             source["type"] = "article";
             source["title"] = "Harbour news";
             d["sources"].push_back(source);
         },
         {}},
        {"reordered array",
         [](Json &d) { std::reverse(d["actors"].begin(), d["actors"].end()); },
         [](Json &d) { item(d, "actors", "board")["name"] = "Port authority"; },
         [](Json &d) {
             std::reverse(d["actors"].begin(), d["actors"].end());
             item(d, "actors", "board")["name"] = "Port authority";
         },
         {}},
        {"reordered by them",
         [](Json &d) { item(d, "events", "ev-vote")["summary"] = "Seven to two."; },
         [](Json &d) { std::reverse(d["events"].begin(), d["events"].end()); },
         [](Json &d) {
             item(d, "events", "ev-vote")["summary"] = "Seven to two.";
             std::reverse(d["events"].begin(), d["events"].end());
         },
         {}},
        {"identical change on both sides",
         [](Json &d) { item(d, "events", "ev-plan")["summary"] = "Same words."; },
         [](Json &d) { item(d, "events", "ev-plan")["summary"] = "Same words."; },
         [](Json &d) { item(d, "events", "ev-plan")["summary"] = "Same words."; },
         {}},
        {"same field changed differently",
         [](Json &d) { item(d, "events", "ev-plan")["title"] = "Ours"; },
         [](Json &d) {
             item(d, "events", "ev-plan")["title"] = "Theirs";
             item(d, "events", "ev-start")["kind"] = "military";
         },
         [](Json &d) {
             item(d, "events", "ev-plan")["title"] = "Ours";
             item(d, "events", "ev-start")["kind"] = "military";
         },
         {"events ev-plan title"}},
        {"dataset title changed differently",
         [](Json &d) { d["title"] = "Our title"; },
         [](Json &d) { d["title"] = "Their title"; },
         [](Json &d) { d["title"] = "Our title"; },
         {"dataset  title"}},
        {"deleted in ours, edited in theirs",
         [](Json &d) { removeItem(d, "events", "ev-start"); },
         [](Json &d) { item(d, "events", "ev-start")["title"] = "Dredging starts late"; },
         [](Json &d) { removeItem(d, "events", "ev-start"); },
         {"events ev-start"}},
        {"edited in ours, deleted in theirs",
         [](Json &d) { item(d, "events", "ev-start")["title"] = "Dredging starts late"; },
         [](Json &d) { removeItem(d, "events", "ev-start"); },
         [](Json &d) { item(d, "events", "ev-start")["title"] = "Dredging starts late"; },
         {"events ev-start"}},
        {"reference to an event the other side deleted",
         // We delete the event (and, as the app does, its relation and tour step); they add a
         // relation to it. The event must stay, or the relation would point at nothing.
         [](Json &d) {
             removeItem(d, "events", "ev-plan");
             removeItem(d, "relations", "rel-vote-plan");
             d.erase("relations");
             item(d, "tours", "tour-intro").erase("steps");
         },
         [](Json &d) {
             Json relation = Json::object();
             relation["id"] = "rel-start-plan";
             relation["from"] = "ev-start";
             relation["to"] = "ev-plan";
             relation["type"] = "implements";
             relation["assertion"] = "fact";
             d["relations"].push_back(relation);
         },
         [](Json &d) {
             d.erase("relations");
             Json relation = Json::object();
             relation["id"] = "rel-start-plan";
             relation["from"] = "ev-start";
             relation["to"] = "ev-plan";
             relation["type"] = "implements";
             relation["assertion"] = "fact";
             d["relations"] = Json::array({relation});
             item(d, "tours", "tour-intro").erase("steps");
         },
         {"events ev-plan"}},
    };
    return all;
}

} // namespace

// `anchorline merge` by id and field (model/merge/threewaymerge.h).
class TestThreeWayMerge final : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void merge_isSymmetricInWhatItKeeps_data() { merge_data(); }
    void merge_isSymmetricInWhatItKeeps();
    void referenceToDeletedEvent_isReportedAndKept();
    void conflictsSection_roundTripsAndValidateWarns();
    void normalFile_hasNoConflictsSection();
    void diff_listsAddedRemovedChangedAndReordered();
};

void TestThreeWayMerge::merge_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(cases().size()); ++i)
        QTest::newRow(cases()[std::size_t(i)].name) << i;
}

void TestThreeWayMerge::merge()
{
    QFETCH(int, index);
    const Case &c = cases()[std::size_t(index)];
    const Json base = mergeBase();
    Json ours = base;
    Json theirs = base;
    Json expected = base;
    c.ours(ours);
    c.theirs(theirs);
    c.expected(expected);
    QVERIFY2(ours != base && theirs != base, "each side must change something");

    const MergeOutcome outcome =
        ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
    QVERIFY2(outcome.dataset,
             qPrintable(outcome.errors.empty() ? QString() : outcome.errors.front().toString()));
    QStringList found;
    for (const MergeConflict &conflict : outcome.conflicts)
        found << conflictKey(conflict);
    QCOMPARE(found, c.conflicts);
    // Every conflict is also in the file, which still loads.
    QCOMPARE(outcome.dataset->conflicts.size(), outcome.conflicts.size());
    const LoadResult reread =
        DatasetReader::readBytes(DatasetWriter::toBytes(*outcome.dataset), QStringLiteral("m"));
    QVERIFY2(reread.ok(), qPrintable(reread.errorText()));

    Dataset withoutConflicts = *outcome.dataset;
    withoutConflicts.conflicts.clear();
    const auto difference = SemanticDiff::compare(DatasetJson::toJson(toDataset(expected)),
                                                  DatasetJson::toJson(withoutConflicts));
    QVERIFY2(difference.empty(), qPrintable(SemanticDiff::toText(difference)));
}

void TestThreeWayMerge::merge_isSymmetricInWhatItKeeps()
{
    // Swapping the sides finds the same conflicts; without any, the same data (order aside).
    QFETCH(int, index);
    const Case &c = cases()[std::size_t(index)];
    const Json base = mergeBase();
    Json ours = base;
    Json theirs = base;
    c.ours(ours);
    c.theirs(theirs);
    const MergeOutcome forward =
        ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
    const MergeOutcome backward =
        ThreeWayMerge::merge(toDataset(base), toDataset(theirs), toDataset(ours));
    QVERIFY(forward.dataset && backward.dataset);
    QCOMPARE(backward.conflicts.size(), forward.conflicts.size());
    for (std::size_t i = 0; i < forward.conflicts.size(); ++i) {
        QCOMPARE(conflictKey(backward.conflicts[i]), conflictKey(forward.conflicts[i]));
        QVERIFY(backward.conflicts[i].ours == forward.conflicts[i].theirs);
        QVERIFY(backward.conflicts[i].theirs == forward.conflicts[i].ours);
    }
}

void TestThreeWayMerge::referenceToDeletedEvent_isReportedAndKept()
{
    // They delete an actor; we give a new event that actor and a relation to an event they
    // deleted too. Both must stay (or the file would not load), each listed with the reason.
    const Json base = mergeBase();
    Json ours = base;
    Json event = newEvent("ev-survey", "Channel survey");
    event["actors"] = Json::array({"city"});
    ours["events"].push_back(event);
    ours["relations"].push_back({{"id", "rel-survey-start"},
                                 {"from", "ev-survey"},
                                 {"to", "ev-start"},
                                 {"type", "prompts"},
                                 {"assertion", "fact"}});
    Json theirs = base;
    removeItem(theirs, "events", "ev-start");
    removeItem(theirs, "events", "ev-vote");
    theirs.erase("relations");
    removeItem(theirs, "actors", "city");
    const MergeOutcome outcome =
        ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
    QVERIFY(outcome.dataset);
    QStringList found;
    for (const MergeConflict &conflict : outcome.conflicts)
        found << conflictKey(conflict) + QStringLiteral(": ") + conflict.reason;
    found.sort();
    QCOMPARE(found, QStringList({
                        QStringLiteral("actors city: deleted in theirs, but events \"ev-survey\" "
                                       "still refers to it; kept"),
                        QStringLiteral("events ev-start: deleted in theirs, but relations "
                                       "\"rel-survey-start\" still refers to it; kept"),
                    }));
    QVERIFY(outcome.dataset->indexOfEvent(u"ev-start") >= 0);
    QVERIFY(outcome.dataset->indexOfActor(u"city") >= 0);
    // ev-vote, which nothing kept refers to, is gone, and so is its relation.
    QCOMPARE(outcome.dataset->indexOfEvent(u"ev-vote"), -1);
    QCOMPARE(outcome.dataset->relations.size(), std::size_t(1));
}

void TestThreeWayMerge::conflictsSection_roundTripsAndValidateWarns()
{
    const Json base = mergeBase();
    Json ours = base;
    Json theirs = base;
    item(ours, "events", "ev-plan")["title"] = "Ours <b>bold</b>";
    item(theirs, "events", "ev-plan")["title"] = "Theirs";
    const MergeOutcome outcome =
        ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
    QVERIFY(outcome.dataset);
    const QByteArray bytes = DatasetWriter::toBytes(*outcome.dataset);
    QVERIFY(bytes.contains("\"conflicts\": ["));
    const LoadResult read = DatasetReader::readBytes(bytes, QStringLiteral("merged.json"));
    QVERIFY(read.ok());
    QCOMPARE(read.dataset->conflicts.size(), std::size_t(1));
    const MergeConflict &c = read.dataset->conflicts.front();
    QCOMPARE(c.collection, QStringLiteral("events"));
    QCOMPARE(c.id, QStringLiteral("ev-plan"));
    QCOMPARE(c.field, QStringLiteral("title"));
    QVERIFY(c.base && *c.base == "Board drafts a dredging plan");
    QVERIFY(c.ours && *c.ours == "Ours <b>bold</b>");
    QVERIFY(c.theirs && *c.theirs == "Theirs");
    QCOMPARE(DatasetWriter::toBytes(*read.dataset), bytes); // canonical: byte for byte
    // validate reports it as it reports other problems: file:line:col: warning: /pointer: ...
    QCOMPARE(read.warnings.size(), std::size_t(1));
    const QString warning = read.warnings.front().toWarningString();
    QVERIFY2(warning.startsWith(QStringLiteral("merged.json:")) &&
                 warning.contains(QStringLiteral("warning: /conflicts/0: unresolved merge "
                                                 "conflict on events \"ev-plan\" field "
                                                 "\"title\"")),
             qPrintable(warning));
    // A conflict naming no collection the format has is an error at its pointer.
    QByteArray broken = bytes;
    broken.replace("\"collection\": \"events\"", "\"collection\": \"event\"");
    const LoadResult bad = DatasetReader::readBytes(broken, QStringLiteral("bad.json"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorText().contains(QStringLiteral("/conflicts/0/collection: expected one of")),
             qPrintable(bad.errorText()));
}

void TestThreeWayMerge::normalFile_hasNoConflictsSection()
{
    const LoadResult read =
        DatasetReader::readFile(QStringLiteral(ANCHORLINE_FIXTURES "/merge/base.anchorline.json"));
    QVERIFY(read.ok());
    QVERIFY(read.dataset->conflicts.empty());
    QVERIFY(read.warnings.empty());
    QVERIFY(!DatasetWriter::toBytes(*read.dataset).contains("conflicts"));
}

void TestThreeWayMerge::diff_listsAddedRemovedChangedAndReordered()
{
    const Json before = mergeBase();
    Json after = before;
    removeItem(after, "events", "ev-start");
    after["events"].push_back(newEvent("ev-new", "Channel reopens"));
    item(after, "events", "ev-plan")["title"] = "Board adopts a dredging plan";
    item(after, "events", "ev-vote").erase("actors");
    std::reverse(after["actors"].begin(), after["actors"].end());
    after["description"] = "Who decided what.";
    const auto changes = SemanticDiff::compare(toDataset(before), toDataset(after));
    QCOMPARE(SemanticDiff::toText(changes),
             QStringLiteral("actors:\n"
                            "  order: [\"board\",\"city\"] → [\"city\",\"board\"]\n"
                            "events:\n"
                            "  ~ ev-plan\n"
                            "      title: \"Board drafts a dredging plan\" → \"Board adopts a "
                            "dredging plan\"\n"
                            "  ~ ev-vote\n"
                            "      actors: [\"city\"] → (none)\n"
                            "  - ev-start \"Dredging starts\"\n"
                            "  + ev-new \"Channel reopens\"\n"
                            "dataset:\n"
                            "  description: (none) → \"Who decided what.\"\n"));
    const Json json = SemanticDiff::toJson(changes);
    QVERIFY(json["equal"] == false);
    QCOMPARE(json["changes"].size(), std::size_t(6));
    QVERIFY(json["changes"][1]["fields"][0]["old"] == "Board drafts a dredging plan");
    QVERIFY(!json["changes"][2]["fields"][0].contains("new"));
    QVERIFY(SemanticDiff::compare(toDataset(before), toDataset(before)).empty());
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
