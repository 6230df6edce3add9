#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

class QLocale;

namespace Anchorline::Model {

// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before). 64 bits, because
// deep time is dated too: the Big Bang (EDTF "Y-13800000000") is about -5e12 days.
using DayNumber = std::int64_t;
// An astronomical year (0 is 1 BCE). Four digits in most data; EDTF's long years ("Y-13800000000",
// "Y170000002") reach MaxYearMagnitude either way, which keeps every DayNumber exact as a double.
using Year = std::int64_t;
inline constexpr Year MaxYearMagnitude = 100'000'000'000; // 100 billion years

DayNumber daysFromCivil(Year year, int month, int day);
void civilFromDays(DayNumber days, Year &year, int &month, int &day);
int daysInMonth(Year year, int month);

// The one place a year or a day is written as ISO 8601 / EDTF text: at least four digits, the
// sign before the padding ("-0044", "0476"; Qt's arg() with a field width would pad "-44" to
// "-044"); a longer year is written whole ("-13800000000", ISO 8601's expanded form). Every date
// printed for a machine or the command line goes through these.
QString isoYearString(Year year);
// "-0044-03-15", "2013-12-17".
QString isoDayString(DayNumber day);

enum class DatePrecision : std::uint8_t { Day, Month, Season, Year, FiscalYear };

// Machine-readable name ("day", "month", "season", "year", "fiscal year"), as in PrecisionRole.
QString precisionName(DatePrecision precision);
// The name to show the user, translated (context "Anchorline::Model::PartialDate").
QString precisionDisplayName(DatePrecision precision);

enum class MonthName : std::uint8_t { Short, Long };
// A month's name as dates show it: "Sep" in every English locale (CLDR's British "Sept"
// would make the app and the command line disagree), the locale's own name otherwise;
// `standalone` for a name without a day (an axis label).
QString monthDisplayName(int month, const QLocale &locale, MonthName name = MonthName::Short,
                         bool standalone = false);
// One day in the form toDisplayString() gives a day, for every date shown to the user:
// "2 Sep 1941" (Long: "2 September 1941"), and year first in Japanese, "1941年9月2日".
QString dayDisplayString(DayNumber day, const QLocale &locale, MonthName month = MonthName::Short);
// A span of days, "2 Sep 1941 – 31 Dec 1945"; Japanese "1941年9月2日〜1945年12月31日".
QString dayRangeDisplayString(DayNumber first, DayNumber last, const QLocale &locale);

// True for a year that needs EDTF's long form: more than four digits.
inline bool isDeepYear(Year year)
{
    return year < -9999 || year > 9999;
}
// A year as people write deep time: before -9999 counted back from year 0, as TimelineJS and the
// sources it imports write them ("13.8 billion years ago", "66 million years ago", "300,000 years
// ago"; Japanese "138億年前", "45億4000万年前", "30万年前"), later years grouped ("170,000,002");
// other years as numbers ("1941", "-44").
QString yearDisplayString(Year year, const QLocale &locale);
// A count of years in Japanese units, exact: "45億4000万", "1万2000", "300".
QString japaneseYearCount(Year years);

// One end of a date: a day, month, season, year or Japanese fiscal year, possibly qualified.
struct DatePoint
{
    Year year = 0;
    // 16 bits each, so that a point takes 16 bytes: every event holds two (a million events).
    std::int16_t month = 0; // 1..12, or 21..24 for a season (EDTF), 0 when absent
    std::int16_t day = 0;   // 1..31, 0 when absent
    DatePrecision precision = DatePrecision::Year;
    bool approximate = false; // '~'
    bool uncertain = false;   // '?'

    DayNumber earliest() const;
    DayNumber latest() const;
    QString toString() const;
    friend bool operator==(const DatePoint &, const DatePoint &) = default;
};

// A date in the EDTF subset Anchorline uses (see docs/format.md): a single point, or an
// interval whose ends may be open ("..").
class PartialDate final
{
public:
    PartialDate() = default;
    explicit PartialDate(const DatePoint &point);

    struct ParseResult;
    static ParseResult parse(QStringView text);
    // Convenience for code and tests that know the text is valid; returns an invalid date if not.
    static PartialDate fromString(QStringView text);

    bool isValid() const { return m_valid; }
    bool isInterval() const { return m_interval; }
    bool hasOpenStart() const { return m_openStart; }
    bool hasOpenEnd() const { return m_openEnd; }
    const DatePoint &start() const { return m_start; }
    const DatePoint &end() const { return m_end; }

    // The days the date may fall on, [earliest, latest]. Open ends contribute nothing: an interval
    // "../2025-12-07" spans only the known end, and hasOpenStart() says it reaches further back.
    DayNumber earliest() const { return m_earliest; }
    DayNumber latest() const { return m_latest; }

    // Precision of the date as a whole: an interval reports the coarser of its ends.
    DatePrecision precision() const;
    bool isApproximate() const { return m_start.approximate || m_end.approximate; }
    bool isUncertain() const { return m_start.uncertain || m_end.uncertain; }
    // True when the date is a single day or a closed interval of exact days.
    bool isExact() const;

    // Canonical EDTF text; parse(toString()) gives back an equal date.
    QString toString() const;
    // A short human form for labels and tooltips, e.g. "16 Dec 2022", "Dec 2025", "FY2025",
    // "c. 2013", "from 21 Oct 2025". Qualifiers, seasons and fiscal years are translated (context
    // "Anchorline::Model::PartialDate") unless the locale is English or C, so a QLocale(English)
    // caller (CSV, export) gets English whatever translator is installed; Japanese gives
    // "2022年12月16日", "2013年頃", "2025年10月21日から", "2025年度".
    QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const PartialDate &a, const PartialDate &b);
    // Orders by earliest day, then latest day, then text, so sorting is total and stable.
    friend std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b);

private:
    void computeBounds();

    DatePoint m_start;
    DatePoint m_end;
    DayNumber m_earliest = 0;
    DayNumber m_latest = 0;
    bool m_valid = false;
    bool m_interval = false;
    bool m_openStart = false;
    bool m_openEnd = false;
};

struct PartialDate::ParseResult
{
    PartialDate date;
    QString error; // empty on success; otherwise quotes the input and says what was expected
    bool ok() const { return error.isEmpty(); }
};

} // namespace Anchorline::Model
