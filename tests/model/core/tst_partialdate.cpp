#include "core/partialdate.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Anchorline::Model;

class TestPartialDate final : public QObject
{
    Q_OBJECT

private slots:
    void parse_validText_givesPrecisionAndBounds_data();
    void parse_validText_givesPrecisionAndBounds();
    void parse_invalidText_quotesInputAndSaysWhatWasExpected_data();
    void parse_invalidText_quotesInputAndSaysWhatWasExpected();
    void toString_roundTripsCanonicalText_data();
    void toString_roundTripsCanonicalText();
    void fiscalYear_boundariesAreFirstAprilToThirtyFirstMarch();
    void qualifiers_areReported();
    void openEnds_contributeOnlyTheKnownEnd();
    void ordering_isByEarliestThenLatestThenText();
    void daysFromCivil_roundTripsOverFourCenturies();
    void displayString_isReadable();
    void displayString_english_data();
    void displayString_english();
    void displayString_japanese_data();
    void displayString_japanese();
    void displayString_englishLocale_staysEnglishUnderTheJapaneseTranslator();
    void precisionDisplayName_isTranslatedButPrecisionNameIsNot();
    void dayDisplayString_followsTheLocale();
    void isoDayString_padsBceYearsAfterTheSign();
    void longYears_parseAndWriteEdtfsYForm_data();
    void longYears_parseAndWriteEdtfsYForm();
    void longYears_badTextSaysWhatWasExpected_data();
    void longYears_badTextSaysWhatWasExpected();
    void longYears_daysRoundTripExactly();
    void longYears_displayAsTimeAgo_data();
    void longYears_displayAsTimeAgo();
};

static DayNumber day(Year y, int m, int d)
{
    return daysFromCivil(y, m, d);
}

void TestPartialDate::parse_validText_givesPrecisionAndBounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<DayNumber>("earliest");
    QTest::addColumn<DayNumber>("latest");
    QTest::addColumn<bool>("interval");

    QTest::newRow("day") << "2022-12-16" << int(DatePrecision::Day) << day(2022, 12, 16)
                         << day(2022, 12, 16) << false;
    QTest::newRow("month") << "2025-11" << int(DatePrecision::Month) << day(2025, 11, 1)
                           << day(2025, 11, 30) << false;
    QTest::newRow("leap february")
        << "2024-02" << int(DatePrecision::Month) << day(2024, 2, 1) << day(2024, 2, 29) << false;
    QTest::newRow("year") << "2013" << int(DatePrecision::Year) << day(2013, 1, 1)
                          << day(2013, 12, 31) << false;
    QTest::newRow("fiscal year") << "FY2025" << int(DatePrecision::FiscalYear) << day(2025, 4, 1)
                                 << day(2026, 3, 31) << false;
    QTest::newRow("spring") << "2023-21" << int(DatePrecision::Season) << day(2023, 3, 1)
                            << day(2023, 5, 31) << false;
    QTest::newRow("winter spans new year")
        << "2023-24" << int(DatePrecision::Season) << day(2023, 12, 1) << day(2024, 2, 29) << false;
    QTest::newRow("approximate year")
        << "2013~" << int(DatePrecision::Year) << day(2013, 1, 1) << day(2013, 12, 31) << false;
    QTest::newRow("uncertain day") << "2025-10-24?" << int(DatePrecision::Day) << day(2025, 10, 24)
                                   << day(2025, 10, 24) << false;
    QTest::newRow("interval") << "2025-10-21/2026-12" << int(DatePrecision::Month)
                              << day(2025, 10, 21) << day(2026, 12, 31) << true;
    QTest::newRow("interval of years")
        << "2020/2029" << int(DatePrecision::Year) << day(2020, 1, 1) << day(2029, 12, 31) << true;
    QTest::newRow("open start") << "../2025-12-07" << int(DatePrecision::Day) << day(2025, 12, 7)
                                << day(2025, 12, 7) << true;
    QTest::newRow("open end") << "2025-10/.." << int(DatePrecision::Month) << day(2025, 10, 1)
                              << day(2025, 10, 31) << true;
    QTest::newRow("negative year")
        << "-0044-03-15" << int(DatePrecision::Day) << day(-44, 3, 15) << day(-44, 3, 15) << false;
    QTest::newRow("surrounding blanks")
        << "  2013 " << int(DatePrecision::Year) << day(2013, 1, 1) << day(2013, 12, 31) << false;
}

void TestPartialDate::parse_validText_givesPrecisionAndBounds()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(DayNumber, earliest);
    QFETCH(DayNumber, latest);
    QFETCH(bool, interval);

    const auto result = PartialDate::parse(text);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(int(result.date.precision()), precision);
    QCOMPARE(result.date.earliest(), earliest);
    QCOMPARE(result.date.latest(), latest);
    QCOMPARE(result.date.isInterval(), interval);
}

void TestPartialDate::parse_invalidText_quotesInputAndSaysWhatWasExpected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("month 13") << "2025-13-01"
                              << "invalid date \"2025-13-01\": month 13 is out of range (expected "
                                 "01-12, or 21-24 for a season)";
    QTest::newRow("30 February")
        << "2025-02-30"
        << "invalid date \"2025-02-30\": day 30 does not exist in 2025-02 (expected 01-28)";
    QTest::newRow("29 Feb non-leap")
        << "2023-02-29"
        << "invalid date \"2023-02-29\": day 29 does not exist in 2023-02 (expected 01-28)";
    QTest::newRow("FY alone")
        << "FY"
        << "invalid date \"FY\": expected a four-digit year after \"FY\", found nothing";
    QTest::newRow("FY short")
        << "FY25"
        << "invalid date \"FY25\": expected a four-digit year after \"FY\", found \"25\"";
    QTest::newRow("slash alone") << "/"
                                 << "invalid date \"/\": expected a date before and after \"/\" "
                                    "(write \"..\" for an open end)";
    QTest::newRow("five digits")
        << "20251"
        << "invalid date \"20251\": expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS (season 21-24), "
           "FYYYYY or a long year such as Y-13800000000, optionally followed by ~, ? or %";
    QTest::newRow("empty") << ""
                           << "invalid date \"\": expected a date such as 2022-12-16, 2025-11, "
                              "2013, FY2025 or an interval A/B";
    QTest::newRow("backwards")
        << "2026/2025"
        << "invalid date \"2026/2025\": the interval ends (2025) before it starts (2026)";
    QTest::newRow("both open")
        << "../.."
        << "invalid date \"../..\": an interval needs at least one known end";
    QTest::newRow("two slashes")
        << "2020/2021/2022"
        << "invalid date \"2020/2021/2022\": an interval has exactly one \"/\"";
    QTest::newRow("season with day") << "2023-21-05"
                                     << "invalid date \"2023-21-05\": a season (21-24) has no day";
    QTest::newRow("fiscal with month")
        << "FY2025-04"
        << "invalid date \"FY2025-04\": expected a four-digit year after \"FY\", found \"2025-04\"";
}

void TestPartialDate::parse_invalidText_quotesInputAndSaysWhatWasExpected()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedMessage);

    const auto result = PartialDate::parse(text);

    QVERIFY(!result.ok());
    QVERIFY(!result.date.isValid());
    QCOMPARE(result.error, expectedMessage);
}

void TestPartialDate::toString_roundTripsCanonicalText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"2022-12-16", "2025-11", "2013", "FY2025", "2023-21", "2013~",
                             "2025-10-24?", "2023-04%", "2025-10-21/2026-12", "../2025-12-07",
                             "2025-10-21/..", "2013/2014~", "FY2025/FY2027", "-0044"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestPartialDate::toString_roundTripsCanonicalText()
{
    QFETCH(QString, text);
    const PartialDate date = PartialDate::fromString(text);
    QVERIFY(date.isValid());
    QCOMPARE(date.toString(), text);
    QCOMPARE(PartialDate::fromString(date.toString()), date);
}

void TestPartialDate::fiscalYear_boundariesAreFirstAprilToThirtyFirstMarch()
{
    // Given the Japanese fiscal year 2025
    const PartialDate fy = PartialDate::fromString(u"FY2025");
    // Then 31 March 2025 is outside it, 1 April 2025 and 31 March 2026 inside, 1 April 2026 outside
    QCOMPARE(fy.earliest() - 1, day(2025, 3, 31));
    QCOMPARE(fy.earliest(), day(2025, 4, 1));
    QCOMPARE(fy.latest(), day(2026, 3, 31));
    QCOMPARE(fy.latest() + 1, day(2026, 4, 1));
    // And FY2024 ends the day before FY2025 begins
    QCOMPARE(PartialDate::fromString(u"FY2024").latest() + 1, fy.earliest());
}

void TestPartialDate::qualifiers_areReported()
{
    QVERIFY(PartialDate::fromString(u"2013~").isApproximate());
    QVERIFY(!PartialDate::fromString(u"2013~").isUncertain());
    QVERIFY(PartialDate::fromString(u"2013?").isUncertain());
    QVERIFY(PartialDate::fromString(u"2013%").isApproximate());
    QVERIFY(PartialDate::fromString(u"2013%").isUncertain());
    QVERIFY(PartialDate::fromString(u"2022-12-16").isExact());
    QVERIFY(!PartialDate::fromString(u"2022-12").isExact());
    QVERIFY(!PartialDate::fromString(u"2022-12-16?").isExact());
}

void TestPartialDate::openEnds_contributeOnlyTheKnownEnd()
{
    const PartialDate before = PartialDate::fromString(u"../2025-12-07");
    QVERIFY(before.hasOpenStart());
    QVERIFY(!before.hasOpenEnd());
    QCOMPARE(before.end().day, 7);
    const PartialDate after = PartialDate::fromString(u"2025-10/..");
    QVERIFY(after.hasOpenEnd());
    QCOMPARE(after.earliest(), day(2025, 10, 1));
}

void TestPartialDate::ordering_isByEarliestThenLatestThenText()
{
    QList<PartialDate> dates;
    for (const char *text :
         {"2026", "2013-12-17", "2013", "2025-12-04", "2025-11", "FY2025", "2013~"})
        dates << PartialDate::fromString(QString::fromLatin1(text));
    std::sort(dates.begin(), dates.end());
    QStringList sorted;
    for (const PartialDate &date : dates)
        sorted << date.toString();
    QCOMPARE(sorted, QStringList({"2013", "2013~", "2013-12-17", "FY2025", "2025-11", "2025-12-04",
                                  "2026"}));
}

void TestPartialDate::daysFromCivil_roundTripsOverFourCenturies()
{
    QCOMPARE(daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(daysFromCivil(2000, 3, 1), 11017);
    for (DayNumber d = daysFromCivil(1800, 1, 1); d < daysFromCivil(2200, 1, 1); d += 7) {
        Year y = 0;
        int m = 0, dd = 0;
        civilFromDays(d, y, m, dd);
        QCOMPARE(daysFromCivil(y, m, dd), d);
    }
}

void TestPartialDate::displayString_isReadable()
{
    const QLocale c(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(PartialDate::fromString(u"2022-12-16").toDisplayString(c),
             QStringLiteral("16 Dec 2022"));
    QCOMPARE(PartialDate::fromString(u"2025-11").toDisplayString(c), QStringLiteral("Nov 2025"));
    QCOMPARE(PartialDate::fromString(u"2013~").toDisplayString(c), QStringLiteral("c. 2013"));
    QCOMPARE(PartialDate::fromString(u"FY2025").toDisplayString(c), QStringLiteral("FY2025"));
    QCOMPARE(PartialDate::fromString(u"../2025-12-07").toDisplayString(c),
             QStringLiteral("by 7 Dec 2025"));
    QCOMPARE(PartialDate::fromString(u"2025-10-21/..").toDisplayString(c),
             QStringLiteral("from 21 Oct 2025"));
    QCOMPARE(PartialDate::fromString(u"2023-21").toDisplayString(c), QStringLiteral("Spring 2023"));
}

// Each form of toDisplayString(): EDTF text and the expected display.
static void addDisplayForms(const QStringList &expected)
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    static const char *const forms[][2] = {
        {"exact day", "2022-12-16"},
        {"month", "2023-04"},
        {"year", "2013"},
        {"spring", "2024-21"},
        {"summer", "2024-22"},
        {"autumn", "2024-23"},
        {"winter", "2024-24"},
        {"fiscal year", "FY2025"},
        {"approximate year", "2013~"},
        {"approximate month", "2023-04~"},
        {"uncertain day", "2025-10-24?"},
        {"approximate and uncertain", "2013%"},
        {"range of days", "2022-12-01/2022-12-31"},
        {"range of fiscal years", "FY2025/FY2027"},
        {"open start", "../2022-12-16"},
        {"open end", "2025-10-21/.."},
        {"open end, approximate", "2013~/.."},
    };
    QCOMPARE(qsizetype(std::size(forms)), expected.size());
    for (std::size_t i = 0; i < std::size(forms); ++i)
        QTest::newRow(forms[i][0]) << QString::fromLatin1(forms[i][1]) << expected[qsizetype(i)];
}

void TestPartialDate::displayString_english_data()
{
    addDisplayForms({"16 Dec 2022", "Apr 2023", "2013", "Spring 2024", "Summer 2024", "Autumn 2024",
                     "Winter 2024", "FY2025", "c. 2013", "c. Apr 2023", "24 Oct 2025?", "c. 2013?",
                     QStringLiteral("1 Dec 2022 – 31 Dec 2022"), QStringLiteral("FY2025 – FY2027"),
                     "by 16 Dec 2022", "from 21 Oct 2025", "from c. 2013"});
}

void TestPartialDate::displayString_english()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    const PartialDate date = PartialDate::fromString(text);
    QVERIFY(date.isValid());
    QCOMPARE(date.toDisplayString(QLocale(QLocale::English, QLocale::UnitedKingdom)), display);
    QCOMPARE(date.toDisplayString(QLocale::c()), display);
}

void TestPartialDate::displayString_japanese_data()
{
    addDisplayForms({
        QStringLiteral("2022年12月16日"),
        QStringLiteral("2023年4月"),
        QStringLiteral("2013年"),
        QStringLiteral("2024年春"),
        QStringLiteral("2024年夏"),
        QStringLiteral("2024年秋"),
        QStringLiteral("2024年冬"),
        QStringLiteral("2025年度"),
        QStringLiteral("2013年頃"),
        QStringLiteral("2023年4月頃"),
        QStringLiteral("2025年10月24日？"),
        QStringLiteral("2013年頃？"),
        QStringLiteral("2022年12月1日〜2022年12月31日"),
        QStringLiteral("2025年度〜2027年度"),
        QStringLiteral("2022年12月16日まで"),
        QStringLiteral("2025年10月21日から"),
        QStringLiteral("2013年頃から"),
    });
}

void TestPartialDate::displayString_japanese()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    // Given the Japanese translation installed, as main() does for --language ja
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(ANCHORLINE_JA_QM)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const PartialDate date = PartialDate::fromString(text);
    const QString shown = date.toDisplayString(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(shown, display);
}

void TestPartialDate::displayString_englishLocale_staysEnglishUnderTheJapaneseTranslator()
{
    // CSV and image exports ask for English dates even in the Japanese interface.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(ANCHORLINE_JA_QM)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale english(QLocale::English);
    const QString approximate = PartialDate::fromString(u"2013~/..").toDisplayString(english);
    const QString fiscal = PartialDate::fromString(u"FY2025").toDisplayString(english);
    const QString season = PartialDate::fromString(u"2024-21").toDisplayString(english);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(approximate, QStringLiteral("from c. 2013"));
    QCOMPARE(fiscal, QStringLiteral("FY2025"));
    QCOMPARE(season, QStringLiteral("Spring 2024"));
}

void TestPartialDate::precisionDisplayName_isTranslatedButPrecisionNameIsNot()
{
    QCOMPARE(precisionDisplayName(DatePrecision::Day), QStringLiteral("day"));
    QCOMPARE(precisionDisplayName(DatePrecision::FiscalYear), QStringLiteral("fiscal year"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(ANCHORLINE_JA_QM)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QStringList shown{
        precisionDisplayName(DatePrecision::Day), precisionDisplayName(DatePrecision::Month),
        precisionDisplayName(DatePrecision::Season), precisionDisplayName(DatePrecision::Year),
        precisionDisplayName(DatePrecision::FiscalYear)};
    const QString machine = precisionName(DatePrecision::Day);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(shown, (QStringList{QStringLiteral("日単位"), QStringLiteral("月単位"),
                                 QStringLiteral("季節単位"), QStringLiteral("年単位"),
                                 QStringLiteral("年度単位")}));
    QCOMPARE(machine, QStringLiteral("day"));
}

void TestPartialDate::dayDisplayString_followsTheLocale()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    QCOMPARE(dayDisplayString(day(1941, 9, 2), english), QStringLiteral("2 Sep 1941"));
    QCOMPARE(dayDisplayString(day(1941, 9, 2), english, MonthName::Long),
             QStringLiteral("2 September 1941"));
    QCOMPARE(dayDisplayString(day(1941, 9, 2), japanese), QStringLiteral("1941年9月2日"));
    QCOMPARE(dayDisplayString(day(1941, 9, 2), japanese, MonthName::Long),
             QStringLiteral("1941年9月2日"));
    QCOMPARE(dayRangeDisplayString(day(1941, 9, 2), day(1945, 12, 31), english),
             QStringLiteral("2 Sep 1941 – 31 Dec 1945"));
    // Every English locale abbreviates alike (CLDR's British English says "Sept"), so the
    // window and the command line's exports agree
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(dayDisplayString(day(1941, 9, 2), british), QStringLiteral("2 Sep 1941"));
    QCOMPARE(PartialDate::fromString(QStringLiteral("1941-09")).toDisplayString(british),
             QStringLiteral("Sep 1941"));
    QCOMPARE(monthDisplayName(9, british, MonthName::Short, true), QStringLiteral("Sep"));
}

void TestPartialDate::isoDayString_padsBceYearsAfterTheSign()
{
    QCOMPARE(isoDayString(day(-44, 3, 15)), QStringLiteral("-0044-03-15"));
    QCOMPARE(isoDayString(day(-1, 1, 1)), QStringLiteral("-0001-01-01"));
    QCOMPARE(isoDayString(day(476, 9, 4)), QStringLiteral("0476-09-04"));
    QCOMPARE(isoDayString(day(2013, 12, 17)), QStringLiteral("2013-12-17"));
    QCOMPARE(isoYearString(-44), QStringLiteral("-0044"));
    // Dates print as they are written.
    QCOMPARE(PartialDate::fromString(u"-0044-03-15").toString(), QStringLiteral("-0044-03-15"));
}

void TestPartialDate::longYears_parseAndWriteEdtfsYForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Year>("year");
    QTest::addColumn<bool>("approximate");

    QTest::newRow("big bang") << "Y-13800000000" << Year(-13'800'000'000) << false;
    QTest::newRow("future") << "Y170000002" << Year(170'000'002) << false;
    QTest::newRow("five digits") << "Y-10000" << Year(-10'000) << false;
    QTest::newRow("approximate") << "Y-66000000~" << Year(-66'000'000) << true;
    QTest::newRow("largest") << "Y-100000000000" << Year(-100'000'000'000) << false;
}

void TestPartialDate::longYears_parseAndWriteEdtfsYForm()
{
    QFETCH(QString, text);
    QFETCH(Year, year);
    QFETCH(bool, approximate);
    const auto result = PartialDate::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.date.start().year, year);
    QCOMPARE(result.date.precision(), DatePrecision::Year);
    QCOMPARE(result.date.isApproximate(), approximate);
    // The whole year, in 64-bit days
    QCOMPARE(result.date.earliest(), daysFromCivil(year, 1, 1));
    QCOMPARE(result.date.latest(), daysFromCivil(year, 12, 31));
    const DayNumber length = result.date.latest() - result.date.earliest() + 1;
    QVERIFY2(length == 365 || length == 366, qPrintable(QString::number(length)));
    // Written back the same way
    QCOMPARE(result.date.toString(), text);
}

void TestPartialDate::longYears_badTextSaysWhatWasExpected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("four digits after Y") << "Y2013"
                                         << "more than four digits";
    QTest::newRow("leading zero") << "Y-013800000"
                                  << "more than four digits";
    QTest::newRow("month on a long year") << "Y-13800000000-01"
                                          << "more than four digits";
    QTest::newRow("beyond the range") << "Y-200000000000"
                                      << "beyond 100 billion years";
    QTest::newRow("long year without Y") << "-13800000000"
                                         << "Y-13800000000";
    QTest::newRow("Y alone") << "Y"
                             << "found nothing";
}

void TestPartialDate::longYears_badTextSaysWhatWasExpected()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const auto result = PartialDate::parse(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1Char('"') + text + QLatin1Char('"')),
             qPrintable(result.error));
}

void TestPartialDate::longYears_daysRoundTripExactly()
{
    // Property: days <-> civil dates stay exact across the whole range, leap rules included.
    std::vector<Year> years;
    for (Year y = -MaxYearMagnitude; y <= MaxYearMagnitude; y += 7'919'999'999)
        years.push_back(y);
    for (Year y : {Year(-13'800'000'000), Year(-4'540'000'000), Year(-66'000'000), Year(-10'001),
                   Year(0), Year(170'000'002), MaxYearMagnitude})
        years.push_back(y);
    QVERIFY(years.size() > 20);
    for (Year year : years) {
        for (const auto &[m, d] : {std::pair{1, 1}, std::pair{2, 28}, std::pair{12, 31}}) {
            const DayNumber n = daysFromCivil(year, m, d);
            Year y2 = 0;
            int m2 = 0, d2 = 0;
            civilFromDays(n, y2, m2, d2);
            QCOMPARE(y2, year);
            QCOMPARE(m2, m);
            QCOMPARE(d2, d);
            // Consecutive days stay consecutive, and every day is exact as a double (the views
            // place days as doubles).
            QCOMPARE(daysFromCivil(year, m, d) + 1 - n, DayNumber(1));
            QCOMPARE(DayNumber(double(n)), n);
        }
        QCOMPARE(daysFromCivil(year + 1, 1, 1) - daysFromCivil(year, 1, 1),
                 DayNumber((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 366 : 365));
    }
}

void TestPartialDate::longYears_displayAsTimeAgo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("japanese");

    QTest::newRow("billions") << "Y-13800000000"
                              << "13.8 billion years ago"
                              << "138億年前";
    QTest::newRow("billions, three digits") << "Y-4540000000"
                                            << "4.54 billion years ago"
                                            << "45億4000万年前";
    QTest::newRow("millions") << "Y-66000000"
                              << "66 million years ago"
                              << "6600万年前";
    QTest::newRow("hundreds of thousands") << "Y-300000"
                                           << "300,000 years ago"
                                           << "30万年前";
    QTest::newRow("just past four digits") << "Y-12000"
                                           << "12,000 years ago"
                                           << "1万2000年前";
    QTest::newRow("approximate") << "Y-66000000~"
                                 << "c. 66 million years ago"
                                 << "6600万年前頃";
    QTest::newRow("future") << "Y170000002"
                            << "170,000,002"
                            << "170,000,002年";
    QTest::newRow("interval") << "Y-4540000000/Y-4500000000"
                              << "4.54 billion years ago – 4.5 billion years ago"
                              << "45億4000万年前〜45億年前";
    QTest::newRow("ordinary years are unchanged") << "-0044"
                                                  << "-44"
                                                  << "-44年";
}

void TestPartialDate::longYears_displayAsTimeAgo()
{
    QFETCH(QString, text);
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    const PartialDate date = PartialDate::fromString(text);
    QVERIFY(date.isValid());
    QCOMPARE(date.toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)), english);
    // A day of deep time (a heading's window) is named by its year
    if (isDeepYear(date.start().year))
        QCOMPARE(dayDisplayString(date.earliest(), QLocale(QLocale::English)),
                 yearDisplayString(date.start().year, QLocale(QLocale::English)));
    // Japanese, with the translation installed as main() does for --language ja
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(ANCHORLINE_JA_QM)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString shown = date.toDisplayString(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(shown, japanese);
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
