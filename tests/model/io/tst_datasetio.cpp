#include "io/datasetreader.h"
#include "io/datasetwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;

class TestDatasetIo final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_canonicalFile_isByteIdentical_data();
    void roundTrip_canonicalFile_isByteIdentical();
    void read_invalidFile_reportsEachErrorWithLocation_data();
    void read_invalidFile_reportsEachErrorWithLocation();
    void read_fullFixture_readsEveryField();
    void read_media_sameWithAndWithoutStreaming();
    void read_unknownKeys_surviveAtEveryLevel();
    void read_fileOverSizeLimit_isRefused();
    void read_directoryOrMissingFile_saysSo();
    void read_emptyFile_saysSo();
    void read_manyErrors_areCappedAndFlagged();
    void read_truncatedAtEveryByte_neverThrowsAndNeverSucceedsHalfway();
    void read_byteOrderMark_isAccepted();
    void write_isDeterministicAndEndsWithNewline();
    void writeFile_intoUnwritableFolder_failsAndKeepsOldFile();
    void writeFile_replacesAtomically();
    void writeFile_ontoADirectoryOrIntoAMissingFolder_failsAndSaysWhy();
    void read_minimalFileFromAnotherTool_opensWithDefaultsAndWarnings();
    void read_duplicateKeys_areErrorsNamingBothPlaces();
    void read_repeatedDates_areSharedAndReadAsByTheDomReader();
};

static QString fixture(const QString &relative)
{
    return QStringLiteral(ANCHORLINE_FIXTURES "/") + relative;
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestDatasetIo::roundTrip_canonicalFile_isByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(fixture(QStringLiteral("valid")));
    for (const QString &name : dir.entryList({QStringLiteral("*.anchorline.json")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    QTest::newRow("bundled dataset")
        << QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json");
}

void TestDatasetIo::roundTrip_canonicalFile_isByteIdentical()
{
    QFETCH(QString, path);
    // Given a file in canonical form
    const QByteArray original = readAll(path);
    QVERIFY(!original.isEmpty());
    // When it is loaded and written again
    const LoadResult result = DatasetReader::readBytes(original, path);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const QByteArray written = DatasetWriter::toBytes(*result.dataset);
    // Then the bytes are the same
    if (written != original) {
        const auto a = original.split('\n');
        const auto b = written.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a[i] != b[i])
                QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  file:    %2\n  written: %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]))));
        }
        QFAIL("line count differs");
    }
}

void TestDatasetIo::read_invalidFile_reportsEachErrorWithLocation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    const QDir dir(fixture(QStringLiteral("invalid")));
    for (const QString &name : dir.entryList({QStringLiteral("*.anchorline.json")}, QDir::Files)) {
        const QString expectedPath = dir.filePath(
            QString(name).replace(QStringLiteral(".anchorline.json"), QStringLiteral(".expected")));
        QStringList lines =
            QString::fromUtf8(readAll(expectedPath)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << lines;
    }
}

void TestDatasetIo::read_invalidFile_reportsEachErrorWithLocation()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    QVERIFY2(!expected.isEmpty(), "each invalid fixture needs a .expected file beside it");
    // When an invalid file is read (named by its file name only, so messages are stable)
    const LoadResult result = DatasetReader::readBytes(readAll(path), QFileInfo(path).fileName());
    // Then nothing is loaded and every problem is listed as file:line:col: /pointer: message
    QVERIFY(!result.ok());
    QVERIFY(!result.dataset.has_value());
    QCOMPARE(result.errorText().split(QLatin1Char('\n')), expected);
}

void TestDatasetIo::read_fullFixture_readsEveryField()
{
    const LoadResult result =
        DatasetReader::readFile(fixture(QStringLiteral("valid/full.anchorline.json")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Dataset &d = *result.dataset;
    QCOMPARE(d.title, QStringLiteral("Every field of the format"));
    QCOMPARE(d.sources.size(), 1u);
    QCOMPARE(d.sources[0].author.size(), 2u);
    QCOMPARE(d.sources[0].author[1].literal, QStringLiteral("Research Desk"));
    QCOMPARE(d.sources[0].issuedDate.isApproximate(), true);
    QCOMPARE(d.sources[0].shortReference(), QStringLiteral("Doe & Research Desk c. 2023"));
    QCOMPARE(d.actors[0].color, QColor(0x00, 0x72, 0xb2));
    QCOMPARE(d.eras[1].parsed.hasOpenEnd(), true);
    QCOMPARE(d.events[0].title, QStringLiteral("First strategy — 国家安全保障戦略"));
    QCOMPARE(d.events[0].evidence[0].start, 31);
    QCOMPARE(d.events[0].dateClaims[0].parsed.precision(), DatePrecision::Year);
    QCOMPARE(d.events[3].parsed.precision(), DatePrecision::FiscalYear);
    QCOMPARE(d.relations[0].type, RelationType::Shapes);
    QCOMPARE(d.relations[0].assertion, Assertion::Interpretation);
    QCOMPARE(d.metrics[0].points[1].value, 3.5);
    QCOMPARE(d.tours[0].steps[0].parsedWindow.isInterval(), true);
    QVERIFY(d.defaultWindow.has_value());
    QCOMPARE(d.defaultWindow->parsedFrom.earliest(), daysFromCivil(2013, 1, 1));
    QCOMPARE(d.defaultWindow->parsedTo.latest(), daysFromCivil(2026, 12, 31));
    QCOMPARE(d.anchorCount(), 4);
}

void TestDatasetIo::read_media_sameWithAndWithoutStreaming()
{
    // Given a file whose event has two media items, one with a key we do not know
    const QByteArray bytes = readAll(fixture(QStringLiteral("valid/media.anchorline.json")));
    QVERIFY(!bytes.isEmpty());
    for (const bool streaming : {true, false}) {
        ReadOptions options;
        options.streaming = streaming;
        // When it is read by either reader
        const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("m"), options);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        // Then the media are on the event, not among its unknown keys
        const Event &event = result.dataset->events.at(0);
        QCOMPARE(event.media.size(), std::size_t(2));
        QCOMPARE(event.media[0].url, QStringLiteral("https://example.org/launch.jpg"));
        QCOMPARE(event.media[0].caption, QStringLiteral("<i>On the pad</i>"));
        QCOMPARE(event.media[0].credit, QStringLiteral("Example Archive"));
        QCOMPARE(event.media[0].thumbnail, QStringLiteral("https://example.org/launch-small.jpg"));
        QVERIFY(event.media[1].extra.contains("futureKey"));
        QVERIFY(!event.extra.is_object() || !event.extra.contains("media"));
    }
}

void TestDatasetIo::read_unknownKeys_surviveAtEveryLevel()
{
    const LoadResult result =
        DatasetReader::readFile(fixture(QStringLiteral("valid/full.anchorline.json")));
    QVERIFY(result.ok());
    const Dataset &d = *result.dataset;
    QCOMPARE(d.extra["x-generator"]["version"].get<int>(), 3);
    QCOMPARE(d.sources[0].extra["x-archive"]["copies"][1].get<double>(), 2.5);
    QCOMPARE(d.sources[0].author[0].extra["orcid"].get<std::string>(),
             std::string("0000-0000-0000-0000"));
    QCOMPARE(d.events[0].extra["x-review"].get<std::string>(), std::string("done"));
    QCOMPARE(d.defaultWindow->extra["x-reason"].get<std::string>(),
             std::string("the years the strategies cover"));
    QVERIFY(!d.extra.contains("defaultWindow")); // read, not kept twice
    QCOMPARE(d.events[0].evidence[0].extra["x-checked"].get<std::string>(),
             std::string("2026-11-01"));
}

void TestDatasetIo::read_fileOverSizeLimit_isRefused()
{
    ReadOptions options;
    options.maxFileSize = 64;
    const LoadResult result =
        DatasetReader::readFile(fixture(QStringLiteral("valid/full.anchorline.json")), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1u);
    QVERIFY2(result.errors[0].message.contains(QStringLiteral("over the limit")),
             qPrintable(result.errorText()));
}

void TestDatasetIo::read_directoryOrMissingFile_saysSo()
{
    const LoadResult dir = DatasetReader::readFile(fixture(QStringLiteral("valid")));
    QVERIFY(!dir.ok());
    QVERIFY(dir.errors[0].message.contains(QStringLiteral("is a directory")));
    const LoadResult missing =
        DatasetReader::readFile(fixture(QStringLiteral("nope.anchorline.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors[0].message, QStringLiteral("no such file"));
}

void TestDatasetIo::read_emptyFile_saysSo()
{
    const LoadResult result =
        DatasetReader::readBytes(QByteArray("  \n"), QStringLiteral("empty.json"));
    QVERIFY(!result.ok());
    QCOMPARE(
        result.errorText(),
        QStringLiteral("empty.json:1:1: the file is empty, expected an Anchorline JSON object"));
}

void TestDatasetIo::read_manyErrors_areCappedAndFlagged()
{
    // Given a file with 500 events that each lack a title
    QByteArray json = R"({"format": "anchorline", "version": 1, "title": "t", "events": [)";
    for (int i = 0; i < 500; ++i)
        json += QStringLiteral(R"(%1{"id": "ev-%2", "date": "2013", "kind": "k"})")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(i)
                    .toUtf8();
    json += "]}";
    ReadOptions options;
    options.maxErrors = 50;
    const LoadResult result = DatasetReader::readBytes(json, QStringLiteral("many.json"), options);
    QCOMPARE(result.errors.size(), 50u);
    QVERIFY(result.truncated);
    QVERIFY(result.errorText().endsWith(QStringLiteral("(more errors not shown)")));
}

void TestDatasetIo::read_truncatedAtEveryByte_neverThrowsAndNeverSucceedsHalfway()
{
    const QByteArray full = readAll(fixture(QStringLiteral("valid/full.anchorline.json")));
    const QByteArray body = full.trimmed();
    for (qsizetype cut = 0; cut < body.size(); ++cut) {
        const LoadResult result =
            DatasetReader::readBytes(body.left(cut), QStringLiteral("cut.json"));
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("cut at %1 loaded").arg(cut)));
        QVERIFY(!result.errors.empty());
        QVERIFY(result.errors[0].line >= 1);
    }
}

void TestDatasetIo::read_byteOrderMark_isAccepted()
{
    const QByteArray json =
        "\xEF\xBB\xBF" + readAll(fixture(QStringLiteral("valid/minimal.anchorline.json")));
    QVERIFY(DatasetReader::readBytes(json, QStringLiteral("bom.json")).ok());
}

void TestDatasetIo::write_isDeterministicAndEndsWithNewline()
{
    const LoadResult result =
        DatasetReader::readFile(fixture(QStringLiteral("valid/full.anchorline.json")));
    QVERIFY(result.ok());
    const QByteArray a = DatasetWriter::toBytes(*result.dataset);
    const QByteArray b = DatasetWriter::toBytes(*result.dataset);
    QCOMPARE(a, b);
    QVERIFY(a.endsWith("}\n"));
    QVERIFY(!a.contains("\\u"));
    QVERIFY(a.contains("国家安全保障戦略"));
}

void TestDatasetIo::writeFile_intoUnwritableFolder_failsAndKeepsOldFile()
{
    if (geteuid() == 0)
        QSKIP("root can write into read-only folders");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.anchorline.json"));
    QFile::copy(fixture(QStringLiteral("valid/minimal.anchorline.json")), path);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    Dataset changed;
    changed.title = QStringLiteral("changed");
    const SaveResult result = DatasetWriter::writeFile(changed, path);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(readAll(path), readAll(fixture(QStringLiteral("valid/minimal.anchorline.json"))));
}

void TestDatasetIo::writeFile_replacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.anchorline.json"));
    QFile::copy(fixture(QStringLiteral("valid/minimal.anchorline.json")), path);
    Dataset changed;
    changed.title = QStringLiteral("changed");
    const SaveResult result = DatasetWriter::writeFile(changed, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const LoadResult reread = DatasetReader::readFile(path);
    QVERIFY(reread.ok());
    QCOMPARE(reread.dataset->title, QStringLiteral("changed"));
    // The previous version is kept as FILE~, and no temporary files are left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
             QStringList({"data.anchorline.json", "data.anchorline.json~"}));
    const LoadResult backup = DatasetReader::readFile(path + QLatin1Char('~'));
    QVERIFY(backup.ok());
    QCOMPARE(backup.dataset->title, QStringLiteral("Minimal"));
}

void TestDatasetIo::writeFile_ontoADirectoryOrIntoAMissingFolder_failsAndSaysWhy()
{
    // These fail for every user, root included, so CI exercises the failure path.
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("taken.anchorline.json"));
    Dataset dataset;
    dataset.title = QStringLiteral("t");
    const SaveResult ontoDirectory =
        DatasetWriter::writeFile(dataset, dir.filePath(QStringLiteral("taken.anchorline.json")));
    QVERIFY(!ontoDirectory.ok);
    QVERIFY2(ontoDirectory.error.contains(QStringLiteral("taken.anchorline.json")),
             qPrintable(ontoDirectory.error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken.anchorline.json"))).isDir());
    const SaveResult missingFolder = DatasetWriter::writeFile(
        dataset, dir.filePath(QStringLiteral("no/such/folder/x.anchorline.json")));
    QVERIFY(!missingFolder.ok);
    QVERIFY(!missingFolder.error.isEmpty());
}

void TestDatasetIo::read_minimalFileFromAnotherTool_opensWithDefaultsAndWarnings()
{
    // Given a file whose actors lack "color" and whose event lacks "kind"
    const QString path = fixture(QStringLiteral("lenient/other-tool.anchorline.json"));
    for (const bool streaming : {true, false}) {
        ReadOptions options;
        options.streaming = streaming;
        // When it is read
        const LoadResult result = DatasetReader::readFile(path, options);
        // Then it opens, with a palette colour and the kind "event", and says so
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const Dataset &d = *result.dataset;
        QCOMPARE(d.actors.size(), std::size_t(3));
        QVERIFY(d.actors[0].color.isValid());
        QCOMPARE(d.actors[1].color, QColor(QStringLiteral("#112233")));
        QVERIFY(d.actors[2].color.isValid());
        QVERIFY(d.actors[0].color != d.actors[2].color);
        QCOMPARE(d.events[0].kind, QStringLiteral("event"));
        QCOMPARE(d.events[1].kind, QStringLiteral("speech"));
        QCOMPARE(result.warnings.size(), std::size_t(3));
        const QString text = result.warningText();
        QVERIFY2(text.contains(QLatin1String("other-tool.anchorline.json:6:5: warning: /actors/0: "
                                             "missing \"color\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(": warning: /events/0: missing \"kind\"; using "
                                             "\"event\"")),
                 qPrintable(text));
        // And the canonical writer saves the defaults, so the file reads back without warnings
        const QByteArray written = DatasetWriter::toBytes(d);
        QVERIFY(written.contains("\"kind\": \"event\""));
        const LoadResult again = DatasetReader::readBytes(written, QStringLiteral("saved"));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY2(again.warnings.empty(), qPrintable(again.warningText()));
        QCOMPARE(again.dataset->actors[0].color, d.actors[0].color);
    }
}

void TestDatasetIo::read_duplicateKeys_areErrorsNamingBothPlaces()
{
    // Given a merge gone wrong: a second "events" key (which once gave "ok (0 events)"), and a
    // title twice in one event
    const QByteArray bytes = "{\n"
                             "  \"format\": \"anchorline\",\n"
                             "  \"version\": 1,\n"
                             "  \"title\": \"Merged\",\n"
                             "  \"events\": [\n"
                             "    {\"id\": \"ev-a\", \"title\": \"A\", \"title\": \"B\", "
                             "\"date\": \"2020\", \"kind\": \"speech\"}\n"
                             "  ],\n"
                             "  \"events\": []\n"
                             "}\n";
    for (const bool streaming : {true, false}) {
        ReadOptions options;
        options.streaming = streaming;
        const LoadResult result =
            DatasetReader::readBytes(bytes, QStringLiteral("m.json"), options);
        // Then both are errors, each with its pointer and both places
        QVERIFY(!result.ok());
        const QString text = result.errorText();
        QCOMPARE(result.errors.size(), std::size_t(2));
        QCOMPARE(result.errors[0].toString(),
                 QStringLiteral("m.json:6:34: /events/0/title: duplicate key \"title\": first at "
                                "line 6:20, again at line 6:34 (only the last would be kept)"));
        QCOMPARE(result.errors[1].toString(),
                 QStringLiteral("m.json:8:3: /events: duplicate key \"events\": first at line "
                                "5:3, again at line 8:3 (only the last would be kept)"));
    }
    // A key repeated in different objects is fine.
    const LoadResult fine =
        DatasetReader::readFile(fixture(QStringLiteral("valid/full.anchorline.json")));
    QVERIFY2(fine.ok(), qPrintable(fine.errorText()));
}

void TestDatasetIo::read_repeatedDates_areSharedAndReadAsByTheDomReader()
{
    // Given events on the same days, one with a date claim on one of them
    const QByteArray bytes =
        "{\"format\": \"anchorline\", \"version\": 1, \"title\": \"Days\", \"events\": [\n"
        "  {\"id\": \"a\", \"title\": \"A\", \"date\": \"2020-05-01\", \"kind\": \"speech\"},\n"
        "  {\"id\": \"b\", \"title\": \"B\", \"date\": \"2020-05-01\", \"kind\": \"speech\",\n"
        "   \"dateClaims\": [{\"date\": \"2020-05-01\"}, {\"date\": \"2020~\"}]},\n"
        "  {\"id\": \"c\", \"title\": \"C\", \"date\": \"2020~\", \"kind\": \"speech\"},\n"
        "  {\"id\": \"d\", \"title\": \"D\", \"date\": \"1999/2001\", \"kind\": \"speech\"}]}\n";
    ReadOptions dom;
    dom.streaming = false;
    const LoadResult expected = DatasetReader::readBytes(bytes, QStringLiteral("d"), dom);
    QVERIFY2(expected.ok(), qPrintable(expected.errorText()));
    // When it is read by the streaming reader
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("d"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    // Then every date reads as the DOM reader reads it
    const std::vector<Event> &events = result.dataset->events;
    QCOMPARE(events.size(), expected.dataset->events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].date, expected.dataset->events[i].date);
        QCOMPARE(events[i].parsed, expected.dataset->events[i].parsed);
    }
    QCOMPARE(events[1].dateClaims[1].parsed, PartialDate::fromString(u"2020~"));
    // And a text that repeats is one string, shared by the events and the claims
    QVERIFY(events[0].date.isSharedWith(events[1].date));
    QVERIFY(events[1].dateClaims[0].date.isSharedWith(events[0].date));
    QVERIFY(events[2].date.isSharedWith(events[1].dateClaims[1].date));
    QVERIFY(!events[3].date.isSharedWith(events[0].date));

    // And an invalid date is refused, also when it repeats
    QByteArray invalid = bytes;
    invalid.replace("1999/2001", "2020-13-01");
    QVERIFY(!DatasetReader::readBytes(invalid, QStringLiteral("d")).ok());
    invalid.replace("\"2020~\", \"kind", "\"2020-13-01\", \"kind");
    QVERIFY(invalid.count("2020-13-01") == 2);
    QVERIFY(!DatasetReader::readBytes(invalid, QStringLiteral("d")).ok());
}

QTEST_GUILESS_MAIN(TestDatasetIo)
#include "tst_datasetio.moc"
