#include "interchange/csvio.h"
#include "io/validation.h"
#include "testdata.h"

#include <QTest>

using namespace Anchorline::Model;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ANCHORLINE_FIXTURES "/interchange/") + QLatin1String(name);
}

QString problemList(const ImportResult &r)
{
    QStringList lines;
    for (const LoadError &e : r.problems)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCsvIo final : public QObject
{
    Q_OBJECT

private slots:
    void parse_followsRfc4180();
    void import_timelineJsSpreadsheet_readsTitleEventsEras();
    void import_reportsEachBadRowWithRowAndLine_andImportsTheRest();
    void import_ourColumns_winOverSpreadsheetDates();
    void roundTrip_keepsIdsTitlesDatesActorsThemesEvidence();
    void export_quotesOnlyWhereNeeded_andHasEveryColumn();
    void eventsToCsv_writesOnlyTheGivenEvents();
    void import_withoutDateColumns_isRefusedWithAReason();
    void parse_quoteInsideUnquotedField_isLiteral();
    void roundTrip_keepsMarkupAndSpacesInTitlesExactly();
    void import_utf16_saysSaveAsUtf8();
};

void TestCsvIo::parse_followsRfc4180()
{
    QString error;
    const auto records = CsvIo::parse(
        QStringLiteral("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",,x\n\nlast"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(records.size(), std::size_t(3));
    QCOMPARE(records[0].fields,
             (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")}));
    QCOMPARE(records[1].fields,
             (QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")}));
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[2].line, 5);
    CsvIo::parse(QStringLiteral("a,\"open"), &error);
    QVERIFY(error.contains(QLatin1String("never closed")));
}

void TestCsvIo::import_timelineJsSpreadsheet_readsTitleEventsEras()
{
    // Given a spreadsheet saved by TimelineJS's template (with a BOM)
    const ImportResult r = CsvIo::importFile(fixture("events.csv"));
    const Dataset &d = r.dataset;
    QCOMPARE(d.title, QStringLiteral("Harbour timeline"));
    QCOMPARE(d.description, QStringLiteral("A spreadsheet, with commas"));
    QCOMPARE(d.events.size(), std::size_t(3));
    QCOMPARE(d.events[0].title, QStringLiteral("Strategy adopted"));
    QCOMPARE(d.events[0].date, QStringLiteral("2013-12-17"));
    QCOMPARE(d.events[0].summary, QStringLiteral("Text with \"quotes\", commas\nand a line break"));
    QCOMPARE(d.events[1].date, QStringLiteral("2022-12/2023-03"));
    QCOMPARE(d.events[2].date, QStringLiteral("2025"));
    QCOMPARE(d.events[2].actors, QStringList{QStringLiteral("united-states")});
    QCOMPARE(d.eras.size(), std::size_t(1));
    QCOMPARE(d.eras[0].date, QStringLiteral("2012-12-26/2020-09-16"));
    QVERIFY(validateDataset(d, QStringLiteral("events.csv")).empty());
}

void TestCsvIo::import_reportsEachBadRowWithRowAndLine_andImportsTheRest()
{
    const ImportResult r = CsvIo::importFile(fixture("events.csv"));
    QCOMPARE(r.problems.size(), std::size_t(3));
    // Row numbers count records (the header is row 1); lines count physical lines, so the
    // quoted line break in row 3 moves later rows one line down.
    QVERIFY2(r.problems[0].message.startsWith(QLatin1String("row 6: columns Year/Month/Day: no "
                                                            "year")),
             qPrintable(problemList(r)));
    QCOMPARE(r.problems[0].line, 7);
    QVERIFY2(r.problems[1].message.contains(QLatin1String("row 7: columns Year/Month/Day: month "
                                                          "\"13\"")),
             qPrintable(problemList(r)));
    QVERIFY2(r.problems[2].message.contains(QLatin1String("row 9")) &&
                 r.problems[2].message.contains(QLatin1String("day \"30\" does not exist")),
             qPrintable(problemList(r)));
    QVERIFY(r.problems[2].toString().contains(QLatin1String("events.csv:10:")));
}

void TestCsvIo::import_ourColumns_winOverSpreadsheetDates()
{
    const QByteArray csv = "Year,Headline,Date (EDTF),Kind,Actors,Themes,Evidence,Id\n"
                           "2025,Target,FY2025,budget,japan;united-states,spending,"
                           "\"[{\"\"source\"\":\"\"src-x\"\",\"\"exact\"\":\"\"two percent\"\"}]\","
                           "ev-target\n"
                           "2024,Bad evidence,2024-05~,speech,,,[not json,ev-bad\n";
    const ImportResult r = CsvIo::import(csv, QStringLiteral("ours.csv"));
    QCOMPARE(r.dataset.events.size(), std::size_t(2));
    const Event &e = r.dataset.events[0];
    QCOMPARE(e.id, QStringLiteral("ev-target"));
    QCOMPARE(e.date, QStringLiteral("FY2025"));
    QCOMPARE(e.kind, QStringLiteral("budget"));
    QCOMPARE(e.actors, (QStringList{QStringLiteral("japan"), QStringLiteral("united-states")}));
    QCOMPARE(e.themes, QStringList{QStringLiteral("spending")});
    QCOMPARE(e.evidence.size(), std::size_t(1));
    QCOMPARE(e.evidence[0].exact, QStringLiteral("two percent"));
    // A cited source that the CSV cannot describe gets a placeholder, so the dataset is valid.
    QCOMPARE(r.dataset.indexOfSource(QStringLiteral("src-x")), 0);
    QCOMPARE(r.dataset.events[1].date, QStringLiteral("2024-05~"));
    QCOMPARE(r.problems.size(), std::size_t(1));
    QVERIFY(r.problems[0].message.contains(QLatin1String("row 3: column \"Evidence\"")));
    QVERIFY(validateDataset(r.dataset, QStringLiteral("ours.csv")).empty());
}

void TestCsvIo::roundTrip_keepsIdsTitlesDatesActorsThemesEvidence()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.description = QStringLiteral("Line one\nline, two");
    d.events.push_back(Anchorline::Testing::makeEvent("ev-open", "2025-10-21/..", "Still, going",
                                                      {"japan", "united-states"}));
    const Era era = Anchorline::Testing::makeEra("era-x", "Kishida", "2021-10-04/2024-10-01", "",
                                                 "Prime Minister");
    d.eras.push_back(era);

    const QByteArray csv = CsvIo::toCsv(d);
    const ImportResult r = CsvIo::import(csv, QStringLiteral("rt.csv"));
    QVERIFY2(r.problems.empty(), qPrintable(problemList(r)));
    QCOMPARE(r.dataset.title, d.title);
    QCOMPARE(r.dataset.description, d.description);
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
        QCOMPARE(b.evidence.size(), a.evidence.size());
        for (std::size_t k = 0; k < a.evidence.size(); ++k)
            QCOMPARE(b.evidence[k].exact, a.evidence[k].exact);
    }
    QCOMPARE(r.dataset.eras.size(), std::size_t(1));
    QCOMPARE(r.dataset.eras[0].id, era.id);
    QCOMPARE(r.dataset.eras[0].group, era.group);
    // Exporting the import again gives the same bytes.
    QCOMPARE(CsvIo::toCsv(r.dataset), csv);
}

void TestCsvIo::export_quotesOnlyWhereNeeded_andHasEveryColumn()
{
    const QByteArray csv = CsvIo::toCsv(Anchorline::Testing::smallDataset());
    const QString text = QString::fromUtf8(csv);
    const QString header = text.left(text.indexOf(QLatin1String("\r\n")));
    QCOMPARE(header.split(QLatin1Char(',')), CsvIo::columns());
    QCOMPARE(CsvIo::columns().size(),
             27); // TimelineJS3 columns, then ours up to Short Title, Priority, Actor Colors
    QVERIFY(text.contains(QLatin1String("\"The first one, with three pillars.\"")));
    QVERIFY(text.contains(QLatin1String(",First strategy,")));
    QCOMPARE(CsvIo::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
}

void TestCsvIo::eventsToCsv_writesOnlyTheGivenEvents()
{
    const Dataset d = Anchorline::Testing::smallDataset();
    const QByteArray csv = CsvIo::eventsToCsv(d, {3, 1});
    const auto records = CsvIo::parse(QString::fromUtf8(csv));
    QCOMPARE(records.size(), std::size_t(3));
    QCOMPARE(records[1].fields.at(CsvIo::columns().indexOf(QStringLiteral("Id"))),
             QStringLiteral("ev-nss-2022"));
    QCOMPARE(records[2].fields.at(CsvIo::columns().indexOf(QStringLiteral("Id"))),
             QStringLiteral("ev-nss-2013"));
}

void TestCsvIo::import_withoutDateColumns_isRefusedWithAReason()
{
    const ImportResult r = CsvIo::import("Name,Value\na,1\n", QStringLiteral("other.csv"));
    QVERIFY(r.dataset.events.empty());
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems[0].line, 1);
    QVERIFY(r.problems[0].message.contains(QLatin1String("not a timeline spreadsheet")));
}

void TestCsvIo::parse_quoteInsideUnquotedField_isLiteral()
{
    // A quote in the middle of an unquoted field does not start quoting (RFC 4180, spreadsheets):
    // the next line stays a row of its own.
    const auto records = CsvIo::parse(QStringLiteral("1941,18\" guns\n1942,Midway\n"));
    QCOMPARE(records.size(), std::size_t(2));
    QCOMPARE(records[0].fields, (QStringList{QStringLiteral("1941"), QStringLiteral("18\" guns")}));
    QCOMPARE(records[1].fields, (QStringList{QStringLiteral("1942"), QStringLiteral("Midway")}));
    QCOMPARE(records[1].line, 2);

    const ImportResult r =
        CsvIo::import("Year,Headline\n1941,18\" guns\n1942,Midway\n", QStringLiteral("q.csv"));
    QVERIFY2(r.problems.empty(), qPrintable(problemList(r)));
    QCOMPARE(r.dataset.events.size(), std::size_t(2));
    QCOMPARE(r.dataset.events[0].title, QStringLiteral("18\" guns"));
    QCOMPARE(r.dataset.events[1].title, QStringLiteral("Midway"));
}

void TestCsvIo::roundTrip_keepsMarkupAndSpacesInTitlesExactly()
{
    Dataset d = Anchorline::Testing::smallDataset();
    const QString markup = QStringLiteral("<img src=x onerror=alert(1)>&amp;");
    QVERIFY(!d.events.empty());
    d.title = QStringLiteral("<b>Bold</b> &lt;title&gt;");
    d.events[0].title = markup;
    d.events[0].summary = QStringLiteral("x < y && y > z <i>not italic</i>");
    d.events[1].title = QStringLiteral("  padded, with \"quotes\"  ");

    const ImportResult r = CsvIo::import(CsvIo::toCsv(d), QStringLiteral("rt.csv"));
    QVERIFY2(r.problems.empty(), qPrintable(problemList(r)));
    QCOMPARE(r.dataset.title, d.title);
    QCOMPARE(r.dataset.events[0].title, markup);
    QCOMPARE(r.dataset.events[0].summary, d.events[0].summary);
    QCOMPARE(r.dataset.events[1].title, d.events[1].title);
}

void TestCsvIo::import_utf16_saysSaveAsUtf8()
{
    const QString text = QStringLiteral("Year,Headline\n2020,A\n");
    const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    for (const QByteArray &bytes : {le, QByteArray("\xFF\xFE") + le}) {
        const ImportResult r = CsvIo::import(bytes, QStringLiteral("wide.csv"));
        QVERIFY(r.dataset.events.empty());
        QCOMPARE(r.problems.size(), std::size_t(1));
        QVERIFY2(r.problems[0].message.contains(QLatin1String("is UTF-16 (little-endian)")) &&
                     r.problems[0].message.contains(QLatin1String("save it as UTF-8")),
                 qPrintable(problemList(r)));
    }
}

QTEST_GUILESS_MAIN(TestCsvIo)
#include "tst_csvio.moc"
