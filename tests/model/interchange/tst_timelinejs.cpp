#include "core/htmltext.h"
#include "interchange/timelinejs.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "testdata.h"

#include <QFile>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace Anchorline::Model;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ANCHORLINE_FIXTURES "/interchange/") + QLatin1String(name);
}

const Event *eventById(const Dataset &d, const char *id)
{
    const int i = d.indexOfEvent(QString::fromLatin1(id));
    return i >= 0 ? &d.events[std::size_t(i)] : nullptr;
}

bool hasProblem(const ImportResult &r, const char *pointer, const char *fragment)
{
    for (const LoadError &e : r.problems) {
        if (e.pointer == QLatin1String(pointer) && e.message.contains(QLatin1String(fragment)))
            return true;
    }
    return false;
}

QString problemList(const ImportResult &r)
{
    QStringList lines;
    for (const LoadError &e : r.problems)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTimelineJs final : public QObject
{
    Q_OBJECT

private slots:
    void import_v3_readsEventsGroupsErasAndTitle();
    void import_v3_reportsEachUnusableEntryByPointer_andImportsTheRest();
    void import_v2_readsOldStyleDates();
    void import_notJson_reportsLineAndColumn();
    void detection_tellsTimelineJsFromAnchorline();
    void roundTrip_keepsIdsTitlesDatesActors();
    void roundTrip_ofTimelineJsFile_isStable();
    void export_escapesHtml_andImportReducesHtmlToPlainText();
    void import_resultIsAValidDataset();
    void import_wrappedSlides_readsTitleSlideErasAndEvents();
    void import_timesOfDay_areNamedAsNotKept();
    void import_v2_negativeYearsAndTimes();
    void export_openEra_endsAtTheDatasetsLastDate_neverZeroLength();
    void media_isKeptOnTheEvent_andExportedBack();
    void import_deepTime_keepsEveryEvent_asLongYears_andRoundTrips();
};

void TestTimelineJs::import_v3_readsEventsGroupsErasAndTitle()
{
    // Given a TimelineJS3 file with strings and numbers for date parts, media, unknown keys
    const ImportResult r = TimelineJs::importFile(fixture("timelinejs3.json"));
    const Dataset &d = r.dataset;

    // Then the title slide is the dataset's title, with the HTML reduced to text
    QCOMPARE(d.title, QStringLiteral("Harbour Policy & Practice"));
    QCOMPARE(d.description, QStringLiteral("A test timeline."));
    // and precision follows the parts that exist
    const Event *strategy = eventById(d, "ev-strategy");
    QVERIFY(strategy);
    QCOMPARE(strategy->date, QStringLiteral("2013-12-17"));
    QCOMPARE(strategy->summary, QStringLiteral("The first strategy.\nSecond paragraph."));
    QCOMPARE(strategy->actors, QStringList{QStringLiteral("japan")});
    const Event *budget = eventById(d, "ev-budget-cycle"); // no unique_id: from the headline
    QVERIFY(budget);
    QCOMPARE(budget->date, QStringLiteral("2022-12/2023-03"));
    QCOMPARE(QString::fromStdString(budget->extra["display_date"].get<std::string>()),
             QStringLiteral("Winter 2022–23"));
    const Event *alliance = eventById(d, "ev-alliance");
    QVERIFY(alliance);
    QCOMPARE(alliance->date, QStringLiteral("2025"));
    QCOMPARE(alliance->parsed.precision(), DatePrecision::Year);
    // groups became actors, in order of appearance
    QCOMPARE(d.actors.size(), std::size_t(2));
    QCOMPARE(d.actors[0].name, QStringLiteral("Japan"));
    QCOMPARE(d.actors[1].id, QStringLiteral("united-states"));
    // and the era with both ends is there
    QCOMPARE(d.eras.size(), std::size_t(1));
    QCOMPARE(d.eras[0].name, QStringLiteral("Abe"));
    QCOMPARE(d.eras[0].date, QStringLiteral("2012-12-26/2020-09-16"));
}

void TestTimelineJs::import_v3_reportsEachUnusableEntryByPointer_andImportsTheRest()
{
    const ImportResult r = TimelineJs::importFile(fixture("timelinejs3.json"));
    // Then each bad entry is reported with its JSON pointer and why
    QVERIFY2(hasProblem(r, "/events/3", "no start_date"), qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/4/start_date", "month \"13\""), qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/5/end_date", "end was left out"), qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/6", "expected an event object"), qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/7/start_date", "year \"twenty\""), qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/eras/1", "needs start_date and end_date"), qPrintable(problemList(r)));
    // and what the import does not keep is named, never dropped silently
    QVERIFY2(hasProblem(r, "/title", "not kept: media (https://example.org/cover.jpg)"),
             qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/0", "autolink; background (#123456)"),
             qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/2", "not kept: someFutureKey"), qPrintable(problemList(r)));
    QCOMPARE(r.problems.size(), std::size_t(9));
    // and the usable rest is imported (the backwards event with its start only)
    QCOMPARE(r.dataset.events.size(), std::size_t(4));
    QCOMPARE(eventById(r.dataset, "ev-backwards")->date, QStringLiteral("2024-05-02"));
    QVERIFY(!eventById(r.dataset, "ev-nodate"));
    QVERIFY(r.problems.front().file.endsWith(QLatin1String("timelinejs3.json")));
}

void TestTimelineJs::import_v2_readsOldStyleDates()
{
    const ImportResult r = TimelineJs::importFile(fixture("timelinejs2.json"));
    const Dataset &d = r.dataset;
    QCOMPARE(d.title, QStringLiteral("Old style timeline"));
    QCOMPARE(d.events.size(), std::size_t(3));
    QCOMPARE(d.events[0].date, QStringLiteral("2013-12-17")); // endDate == startDate: a day
    QCOMPARE(d.events[0].actors, QStringList{QStringLiteral("japan")});
    QCOMPARE(d.events[1].date, QStringLiteral("2015-09/2016-03"));
    QCOMPARE(d.events[2].date, QStringLiteral("2017"));
    QCOMPARE(d.events[2].actors, QStringList());
    QCOMPARE(r.problems.size(), std::size_t(2));
    QVERIFY2(hasProblem(r, "/timeline", "not kept: startDate (2013,12,17)"),
             qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/timeline/date/3/startDate", "\"soon\""), qPrintable(problemList(r)));
    QCOMPARE(d.eras.size(), std::size_t(1));
}

void TestTimelineJs::import_notJson_reportsLineAndColumn()
{
    const ImportResult r = TimelineJs::import("{\n  \"events\": [\n    {,]\n}", "x.json");
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems[0].line, 3);
    QVERIFY(r.problems[0].message.startsWith(QLatin1String("not valid JSON")));
    QVERIFY(r.dataset.events.empty());
}

void TestTimelineJs::detection_tellsTimelineJsFromAnchorline()
{
    QFile v3(fixture("timelinejs3.json"));
    QVERIFY(v3.open(QIODevice::ReadOnly));
    QVERIFY(TimelineJs::looksLikeTimelineJs(v3.readAll()));
    QFile v2(fixture("timelinejs2.json"));
    QVERIFY(v2.open(QIODevice::ReadOnly));
    QVERIFY(TimelineJs::looksLikeTimelineJs(v2.readAll()));
    const QByteArray ours = DatasetWriter::toBytes(Anchorline::Testing::smallDataset());
    QVERIFY(!TimelineJs::looksLikeTimelineJs(ours));
    QVERIFY(!TimelineJs::looksLikeTimelineJs("[1, 2]"));
    QVERIFY(!TimelineJs::looksLikeTimelineJs("nonsense"));
}

void TestTimelineJs::roundTrip_keepsIdsTitlesDatesActors()
{
    // Given our dataset with day, month, fiscal-year and approximate dates
    Dataset d = Anchorline::Testing::smallDataset();
    d.events.push_back(Anchorline::Testing::makeEvent("ev-approx", "2013~", "Approximate",
                                                      {"japan", "united-states"}));
    d.events.push_back(
        Anchorline::Testing::makeEvent("ev-open", "2025-10-21/..", "Still going", {"japan"}));
    // When it goes out to TimelineJS and back
    const ImportResult r = TimelineJs::import(TimelineJs::toJson(d), QStringLiteral("rt.json"));
    QVERIFY2(r.problems.empty(), qPrintable(problemList(r)));
    // Then ids, titles, dates, kinds, actors and themes are the same
    QCOMPARE(r.dataset.title, d.title);
    QCOMPARE(r.dataset.events.size(), d.events.size());
    for (std::size_t i = 0; i < d.events.size(); ++i) {
        const Event &a = d.events[i];
        const Event &b = r.dataset.events[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.actors, a.actors);
        QCOMPARE(b.themes, a.themes);
        QCOMPARE(b.summary, a.summary);
    }
}

void TestTimelineJs::roundTrip_ofTimelineJsFile_isStable()
{
    // A TimelineJS file imported, exported and imported again gives the same events.
    const ImportResult first = TimelineJs::importFile(fixture("timelinejs3.json"));
    const QByteArray json = TimelineJs::toJson(first.dataset);
    const ImportResult second = TimelineJs::import(json, QStringLiteral("again.json"));
    QVERIFY2(second.problems.empty(), qPrintable(problemList(second)));
    QCOMPARE(second.dataset.events.size(), first.dataset.events.size());
    for (std::size_t i = 0; i < first.dataset.events.size(); ++i) {
        QCOMPARE(second.dataset.events[i].id, first.dataset.events[i].id);
        QCOMPARE(second.dataset.events[i].date, first.dataset.events[i].date);
        QCOMPARE(second.dataset.events[i].actors, first.dataset.events[i].actors);
    }
    QCOMPARE(TimelineJs::toJson(second.dataset), json);
}

void TestTimelineJs::export_escapesHtml_andImportReducesHtmlToPlainText()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[0].title = QStringLiteral("<script>alert(1)</script> & more");
    const QByteArray json = TimelineJs::toJson(d);
    QVERIFY(!json.contains("<script>"));
    QVERIFY(json.contains("&lt;script&gt;"));
    const ImportResult r = TimelineJs::import(json, QStringLiteral("x.json"));
    QCOMPARE(r.dataset.events[0].title, d.events[0].title);
    QCOMPARE(Anchorline::Model::htmlToPlainText(
                 QStringLiteral("a<br/>b &#x263A; &#9731; &bogus; <unclosed"),
                 Anchorline::Model::HtmlWhiteSpace::Collapse),
             QStringLiteral("a\nb ☺ ☃ &bogus; <unclosed"));
}

void TestTimelineJs::import_resultIsAValidDataset()
{
    for (const char *name : {"timelinejs3.json", "timelinejs2.json"}) {
        const ImportResult r = TimelineJs::importFile(fixture(name));
        const auto problems = validateDataset(r.dataset, QString::fromLatin1(name));
        QStringList lines;
        for (const LoadError &e : problems)
            lines << e.toString();
        QVERIFY2(problems.empty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }
}

void TestTimelineJs::import_wrappedSlides_readsTitleSlideErasAndEvents()
{
    // Given {"timeline": {"slides": [...]}} with a title slide and an era among the slides
    QFile file(fixture("timelinejs-slides.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(TimelineJs::looksLikeTimelineJs(json));
    const ImportResult r = TimelineJs::import(json, QStringLiteral("slides.json"));
    const Dataset &d = r.dataset;

    // Then it is read: title slide, both events, the era
    QCOMPARE(d.title, QStringLiteral("Wrapped & slid"));
    QCOMPARE(d.description, QStringLiteral("Title slide in the list."));
    QCOMPARE(d.events.size(), std::size_t(2));
    QCOMPARE(d.eras.size(), std::size_t(1));
    QCOMPARE(d.eras[0].date, QStringLiteral("1961/1972"));
    QCOMPARE(d.eras[0].name, QStringLiteral("Apollo programme"));
    // and HTML is reduced to what a browser shows, without eating plain text
    const Event *landing = eventById(d, "landing");
    QVERIFY(landing);
    QCOMPARE(landing->title, QStringLiteral("x < y && y > z"));
    QCOMPARE(landing->summary, QStringLiteral("link Caf\u00e9"));
    // an empty end ({"year": ""}) is no end
    QCOMPARE(d.events[1].date, QStringLiteral("1970-04-11"));
    // and the title slide's background is named as not kept
    QVERIFY2(
        hasProblem(r, "/timeline/slides/0", "not kept: background (https://example.org/bg.jpg)"),
        qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/timeline/slides/2", "background (#000000)"),
             qPrintable(problemList(r)));
}

void TestTimelineJs::import_timesOfDay_areNamedAsNotKept()
{
    const ImportResult r = TimelineJs::importFile(fixture("timelinejs-slides.json"));
    // Dates hold days: the hour, minute and second are named in the report, with the date's
    // own display_date
    QVERIFY2(hasProblem(r, "/timeline/slides/1", "not kept: start time 20:17:40"),
             qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/timeline/slides/2", "start time 19:13; start display_date \"launch\""),
             qPrintable(problemList(r)));
    QCOMPARE(eventById(r.dataset, "landing")->date, QStringLiteral("1969-07-20"));
}

void TestTimelineJs::import_v2_negativeYearsAndTimes()
{
    const QByteArray json = R"({"timeline": {"headline": "Old", "date": [
        {"startDate": "-500", "headline": "BCE"},
        {"startDate": "2011,3,11,14,46", "headline": "With a time"}]}})";
    const ImportResult r = TimelineJs::import(json, QStringLiteral("old.json"));
    QCOMPARE(r.dataset.events.size(), std::size_t(2));
    QCOMPARE(r.dataset.events[0].date, QStringLiteral("-0500"));
    QCOMPARE(r.dataset.events[1].date, QStringLiteral("2011-03-11"));
    QVERIFY2(hasProblem(r, "/timeline/date/1", "not kept: start time 14:46"),
             qPrintable(problemList(r)));
    QCOMPARE(r.problems.size(), std::size_t(1));
}

void TestTimelineJs::export_openEra_endsAtTheDatasetsLastDate_neverZeroLength()
{
    // Given eras still going, one starting at the dataset's last date, one open at the start,
    // and a one-year era
    Dataset d = Anchorline::Testing::smallDataset();
    d.events.resize(1);
    d.events[0].date = QStringLiteral("2026-03-01");
    d.events[0].parsed = PartialDate::fromString(d.events[0].date);
    d.eras.clear();
    auto era = [&](const char *id, const char *date) {
        Era e;
        e.id = QString::fromLatin1(id);
        e.name = e.id;
        e.date = QString::fromLatin1(date);
        e.parsed = PartialDate::fromString(e.date);
        QVERIFY(e.parsed.isValid());
        d.eras.push_back(e);
    };
    era("going", "2025-10-21/..");
    era("late", "2026-03-01/..");
    era("early", "../2020");
    era("year", "2019");

    // When exported to TimelineJS
    const auto root = nlohmann::json::parse(TimelineJs::toJson(d).toStdString());
    const auto &eras = root.at("eras");
    QCOMPARE(eras.size(), std::size_t(4));
    auto ymd = [](const nlohmann::json &o) {
        return QStringLiteral("%1-%2-%3")
            .arg(o.at("year").get<int>())
            .arg(o.value("month", 0))
            .arg(o.value("day", 0));
    };
    // Then an open end runs to the dataset's last date, never zero length
    QCOMPARE(ymd(eras[0].at("start_date")), QStringLiteral("2025-10-21"));
    QCOMPARE(ymd(eras[0].at("end_date")), QStringLiteral("2026-3-1"));
    QCOMPARE(ymd(eras[1].at("end_date")), QStringLiteral("2026-3-2"));
    // an open start from the dataset's first date, and a year lasts the year
    QCOMPARE(ymd(eras[2].at("start_date")), QStringLiteral("2019-1-1"));
    QCOMPARE(ymd(eras[3].at("end_date")), QStringLiteral("2019-12-31"));
    for (const auto &e : eras)
        QVERIFY(ymd(e.at("start_date")) != ymd(e.at("end_date")));

    // And the way back keeps the open ends
    const ImportResult back = TimelineJs::import(TimelineJs::toJson(d), QStringLiteral("x.json"));
    QCOMPARE(back.dataset.eras.size(), std::size_t(4));
    QCOMPARE(back.dataset.eras[0].date, QStringLiteral("2025-10-21/.."));
    QCOMPARE(back.dataset.eras[2].date, QStringLiteral("../2020"));
}

void TestTimelineJs::media_isKeptOnTheEvent_andExportedBack()
{
    // Given slides with media (HTML caption, credit, thumbnail, a key we do not keep), a
    // background, and a TimelineJS 2 asset
    const QByteArray v3 = R"({"events": [
        {"start_date": {"year": 1969}, "text": {"headline": "A"}, "unique_id": "a",
         "media": {"url": " https://example.org/a.jpg ", "caption": "<i>Pad</i> &amp; tower",
                   "credit": "NASA", "thumbnail": "https://example.org/t.jpg", "alt": "rocket"},
         "background": {"url": "https://example.org/bg.jpg"}},
        {"start_date": {"year": 1970}, "text": {"headline": "B"}, "media": {"url": "", "caption": ""}}]})";
    const ImportResult r = TimelineJs::import(v3, QStringLiteral("m.json"));
    QCOMPARE(r.dataset.events.size(), std::size_t(2));
    const Event *a = eventById(r.dataset, "a");
    QVERIFY(a);
    // Then the media is kept on the event, as plain text
    QCOMPARE(a->media.size(), std::size_t(1));
    QCOMPARE(a->media[0].url, QStringLiteral("https://example.org/a.jpg"));
    QCOMPARE(a->media[0].caption, QStringLiteral("Pad & tower"));
    QCOMPARE(a->media[0].credit, QStringLiteral("NASA"));
    QCOMPARE(a->media[0].thumbnail, QStringLiteral("https://example.org/t.jpg"));
    QVERIFY(r.dataset.events[1].media.empty()); // an empty media object is nothing
    // and what is not kept is named: the background and the media's alt
    QVERIFY2(hasProblem(r, "/events/0", "background (https://example.org/bg.jpg)"),
             qPrintable(problemList(r)));
    QVERIFY2(hasProblem(r, "/events/0", "media alt (rocket)"), qPrintable(problemList(r)));
    QCOMPARE(r.problems.size(), std::size_t(1));

    // When a dataset with two media is exported and read back
    Dataset d = r.dataset;
    Media second;
    second.url = QStringLiteral("https://example.org/film");
    second.caption = QStringLiteral("<b>not markup</b>");
    d.events[0].media.push_back(second);
    const QByteArray json = TimelineJs::toJson(d);
    const auto root = nlohmann::json::parse(json.toStdString());
    // Then TimelineJS gets the first, HTML-escaped
    QCOMPARE(root["events"][0]["media"]["url"].get<std::string>(),
             std::string("https://example.org/a.jpg"));
    QCOMPARE(root["events"][0]["media"]["caption"].get<std::string>(),
             std::string("Pad &amp; tower"));
    // and the way back keeps both, exactly
    const ImportResult back = TimelineJs::import(json, QStringLiteral("x.json"));
    const Event *again = eventById(back.dataset, "a");
    QVERIFY(again);
    QCOMPARE(again->media.size(), std::size_t(2));
    QCOMPARE(again->media[0].caption, QStringLiteral("Pad & tower"));
    QCOMPARE(again->media[1].caption, second.caption);
    QCOMPARE(again->media[1].url, second.url);

    // And TimelineJS 2's asset is media too
    const QByteArray v2 = R"({"timeline": {"headline": "Old", "date": [{"startDate": "2011",
        "headline": "C", "asset": {"media": "https://example.org/c.mp4", "credit": "X",
        "caption": "Y"}}]}})";
    const ImportResult old = TimelineJs::import(v2, QStringLiteral("old.json"));
    QCOMPARE(old.dataset.events.size(), std::size_t(1));
    QCOMPARE(old.dataset.events[0].media.size(), std::size_t(1));
    QCOMPARE(old.dataset.events[0].media[0].url, QStringLiteral("https://example.org/c.mp4"));
    QCOMPARE(old.dataset.events[0].media[0].credit, QStringLiteral("X"));
    QVERIFY(old.ok());
}

QTEST_GUILESS_MAIN(TestTimelineJs)
void TestTimelineJs::import_deepTime_keepsEveryEvent_asLongYears_andRoundTrips()
{
    // Given a TimelineJS file from the Big Bang to the Moon landing, years as strings and numbers
    const ImportResult r = TimelineJs::importFile(fixture("timelinejs-deeptime.json"));
    // Then every event and the era are kept, deep years in EDTF's long form
    QCOMPARE(r.dataset.events.size(), std::size_t(7));
    QCOMPARE(r.dataset.eras.size(), std::size_t(1));
    QCOMPARE(eventById(r.dataset, "big-bang")->date, QStringLiteral("Y-13800000000"));
    QCOMPARE(eventById(r.dataset, "first-stars")->date, QStringLiteral("Y-13600000000"));
    QCOMPARE(eventById(r.dataset, "earth")->date, QStringLiteral("Y-4540000000/Y-4500000000"));
    QCOMPARE(eventById(r.dataset, "chicxulub")->date, QStringLiteral("Y-66000000"));
    QCOMPARE(eventById(r.dataset, "sapiens")->date, QStringLiteral("Y-300000"));
    QCOMPARE(eventById(r.dataset, "moon")->date, QStringLiteral("1969-07-20"));
    QCOMPARE(r.dataset.eras[0].date, QStringLiteral("Y-4600000000/Y-4000000000"));
    QCOMPARE(eventById(r.dataset, "big-bang")->parsed.earliest(),
             daysFromCivil(-13'800'000'000, 1, 1));
    // and the month and day of a deep year, which EDTF cannot hold, are named, not dropped
    QVERIFY2(hasProblem(r, "/events/2", "not kept: start month \"6\" and day \"1\""),
             qPrintable(problemList(r)));
    QCOMPARE(r.problems.size(), std::size_t(1));
    // The result is a valid dataset, and the canonical writer and reader keep the long years
    const auto problems = validateDataset(r.dataset, QStringLiteral("deep.json"));
    QVERIFY(problems.empty());
    const QByteArray saved = DatasetWriter::toBytes(r.dataset);
    QVERIFY(saved.contains("\"Y-13800000000\""));
    const LoadResult loaded = DatasetReader::readBytes(saved, QStringLiteral("deep.json"));
    QVERIFY(loaded.ok() && loaded.dataset);
    QCOMPARE(loaded.dataset->events.size(), r.dataset.events.size());
    for (std::size_t i = 0; i < r.dataset.events.size(); ++i)
        QVERIFY(loaded.dataset->events[i].parsed == r.dataset.events[i].parsed);
    // and so does a trip out to TimelineJS and back
    const ImportResult back =
        TimelineJs::import(TimelineJs::toJson(r.dataset), QStringLiteral("again.json"));
    QVERIFY2(back.problems.empty(), qPrintable(problemList(back)));
    for (std::size_t i = 0; i < r.dataset.events.size(); ++i)
        QCOMPARE(back.dataset.events[i].date, r.dataset.events[i].date);
}

#include "tst_timelinejs.moc"
