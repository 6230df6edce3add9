#include "interchange/formats.h"

#include <QTest>

using namespace Anchorline::Model;

// The one table of file formats that `anchorline convert` and the window's File menu share.
class TestFormats final : public QObject
{
    Q_OBJECT

private slots:
    void formatOf_choosesTheMostSpecificSuffix_data();
    void formatOf_choosesTheMostSpecificSuffix();
    void everyRow_isFoundByItsOwnSuffix();
    void dialogFilter_namesTheFormatAndItsPatterns();
    void withSuffix_appendsOnlyToANameWithoutOne();
};

void TestFormats::formatOf_choosesTheMostSpecificSuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FileFormat>("format");
    QTest::newRow("dataset") << "a/b.anchorline.json" << FileFormat::Anchorline;
    QTest::newRow("dataset, upper case") << "B.ANCHORLINE.JSON" << FileFormat::Anchorline;
    QTest::newRow("csl-json") << "refs.csl.json" << FileFormat::CslJson;
    QTest::newRow("other json") << "timeline.json" << FileFormat::TimelineJs;
    QTest::newRow("csv") << "events.CSV" << FileFormat::Csv;
    QTest::newRow("bibtex") << "refs.bib" << FileFormat::BibTeX;
    QTest::newRow("unknown") << "notes.txt" << FileFormat::Unknown;
    QTest::newRow("no suffix") << "events" << FileFormat::Unknown;
}

void TestFormats::formatOf_choosesTheMostSpecificSuffix()
{
    // Given a file name / When its format is asked / Then the longest fitting suffix decides
    QFETCH(QString, path);
    QFETCH(FileFormat, format);
    QCOMPARE(fileFormatOf(path), format);
}

void TestFormats::everyRow_isFoundByItsOwnSuffix()
{
    // Given the table / Then it is not empty and each row's suffix names that row's format
    QVERIFY(!fileFormats().empty());
    for (const FileFormatInfo &info : fileFormats()) {
        const QString name = QStringLiteral("file") + QLatin1String(info.suffix);
        QCOMPARE(fileFormatOf(name), info.format);
        QCOMPARE(&fileFormatInfo(info.format), &info);
    }
}

void TestFormats::dialogFilter_namesTheFormatAndItsPatterns()
{
    QCOMPARE(fileDialogFilter(FileFormat::Csv), QStringLiteral("CSV (*.csv)"));
    QCOMPARE(fileDialogFilter(FileFormat::CslJson), QStringLiteral("CSL-JSON (*.csl.json *.json)"));
}

void TestFormats::withSuffix_appendsOnlyToANameWithoutOne()
{
    // Given names typed in a save dialog / Then only a bare name gets the format's suffix
    QCOMPARE(withSuffix(QStringLiteral("/t/events"), FileFormat::Csv),
             QStringLiteral("/t/events.csv"));
    QCOMPARE(withSuffix(QStringLiteral("/t/refs"), FileFormat::CslJson),
             QStringLiteral("/t/refs.csl.json"));
    QCOMPARE(withSuffix(QStringLiteral("/t/events.txt"), FileFormat::Csv),
             QStringLiteral("/t/events.txt"));
    QCOMPARE(withSuffix(QStringLiteral("/t/E.CSV"), FileFormat::Csv), QStringLiteral("/t/E.CSV"));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
