// The optional event keys that steer timeline labels, shortTitle and priority, through every
// reader and writer that carries events (docs/format.md, Event).
#include "interchange/csvio.h"
#include "interchange/timelinejs.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"

#include <QTest>

using namespace Anchorline::Model;

namespace {

const QByteArray fixture = R"({
  "format": "anchorline",
  "version": 1,
  "title": "Label fields",
  "actors": [
    {
      "id": "a",
      "name": "A",
      "color": "#336699"
    }
  ],
  "events": [
    {
      "id": "e1",
      "title": "A long title that needs a shorter form",
      "shortTitle": "Short form",
      "date": "2022-12-16",
      "kind": "statement",
      "priority": "high",
      "actors": [
        "a"
      ]
    },
    {
      "id": "e2",
      "title": "A plain event",
      "date": "2023-01-05",
      "kind": "statement",
      "priority": "low",
      "actors": [
        "a"
      ]
    },
    {
      "id": "e3",
      "title": "Nothing extra",
      "date": "2023-02",
      "kind": "statement"
    }
  ]
}
)";

} // namespace

class TestLabelFields final : public QObject
{
    Q_OBJECT
private slots:
    void readers_agree_andWriterReproducesTheFile_data();
    void readers_agree_andWriterReproducesTheFile();
    void unknownPriority_isAnError();
    void csv_keepsShortTitleAndPriority();
    void timelineJs_keepsShortTitleAndPriority();
};

void TestLabelFields::readers_agree_andWriterReproducesTheFile_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("streaming reader") << true;
    QTest::newRow("DOM reader") << false;
}

void TestLabelFields::readers_agree_andWriterReproducesTheFile()
{
    QFETCH(bool, streaming);
    // Given a canonical file with shortTitle and priority
    ReadOptions options;
    options.streaming = streaming;
    // When it is read
    const LoadResult r = DatasetReader::readBytes(fixture, QStringLiteral("f.json"), options);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    // Then both fields are known fields, not extras
    const Event &e1 = r.dataset->events[0];
    QCOMPARE(e1.shortTitle, QStringLiteral("Short form"));
    QCOMPARE(e1.priority, QStringLiteral("high"));
    QVERIFY(e1.extra.is_null() || e1.extra.empty());
    QCOMPARE(r.dataset->events[1].priority, QStringLiteral("low"));
    QVERIFY(r.dataset->events[2].shortTitle.isEmpty());
    QVERIFY(r.dataset->events[2].priority.isEmpty());
    // And writing it back gives the same bytes (keys in the documented order)
    QCOMPARE(DatasetWriter::toBytes(*r.dataset), fixture);
}

void TestLabelFields::unknownPriority_isAnError()
{
    // Given a priority outside high, normal and low
    QByteArray bad = fixture;
    bad.replace("\"priority\": \"high\"", "\"priority\": \"urgent\"");
    for (bool streaming : {true, false}) {
        ReadOptions options;
        options.streaming = streaming;
        // When it is read, by either reader
        const LoadResult r = DatasetReader::readBytes(bad, QStringLiteral("f.json"), options);
        // Then the file is refused, naming the key
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("priority")), qPrintable(r.errorText()));
    }
}

void TestLabelFields::csv_keepsShortTitleAndPriority()
{
    // Given the dataset exported as CSV
    const LoadResult r = DatasetReader::readBytes(fixture, QStringLiteral("f.json"));
    QVERIFY(r.ok());
    const QByteArray csv = CsvIo::toCsv(*r.dataset);
    QVERIFY(csv.contains("Short Title"));
    // When it is imported again
    const ImportResult back = CsvIo::import(csv, QStringLiteral("f.csv"));
    QVERIFY(back.ok());
    // Then the short title and the priority come back with their events
    QCOMPARE(back.dataset.events.size(), std::size_t(3));
    QCOMPARE(back.dataset.events[0].shortTitle, QStringLiteral("Short form"));
    QCOMPARE(back.dataset.events[0].priority, QStringLiteral("high"));
    QCOMPARE(back.dataset.events[1].priority, QStringLiteral("low"));
    QVERIFY(back.dataset.events[2].shortTitle.isEmpty());
}

void TestLabelFields::timelineJs_keepsShortTitleAndPriority()
{
    // Given the dataset exported as TimelineJS JSON
    const LoadResult r = DatasetReader::readBytes(fixture, QStringLiteral("f.json"));
    QVERIFY(r.ok());
    const QByteArray json = TimelineJs::toJson(*r.dataset);
    // When it is imported again
    const ImportResult back = TimelineJs::import(json, QStringLiteral("f.timeline.json"));
    QVERIFY(back.ok());
    // Then the short title and the priority come back with their events
    QCOMPARE(back.dataset.events.size(), std::size_t(3));
    QCOMPARE(back.dataset.events[0].shortTitle, QStringLiteral("Short form"));
    QCOMPARE(back.dataset.events[0].priority, QStringLiteral("high"));
    QCOMPARE(back.dataset.events[1].priority, QStringLiteral("low"));
    QVERIFY(back.dataset.events[2].priority.isEmpty());
}

QTEST_GUILESS_MAIN(TestLabelFields)
#include "tst_labelfields.moc"
