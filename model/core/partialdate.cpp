#include "core/partialdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>

namespace Anchorline::Model {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, year 0 included,
// in 64 bits so that deep time (EDTF long years) is exact too.
DayNumber daysFromCivil(Year year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const Year era = (year >= 0 ? year : year - 399) / 400;
    const Year yoe = year - era * 400;
    const Year doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const Year doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(DayNumber days, Year &year, int &month, int &day)
{
    const DayNumber z = days + 719468;
    const DayNumber era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = int(z - era * 146097); // [0, 146096]
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp + (mp < 10 ? 3 : -9);
    year = yoe + era * 400 + (month <= 2 ? 1 : 0);
}

static bool isLeap(Year year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(Year year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeap(year) ? 29 : lengths[month - 1];
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::FiscalYear:
        return QStringLiteral("fiscal year");
    }
    return {};
}

// Seasons follow EDTF level 1 with northern-hemisphere meteorological months.
static void seasonMonths(int season, int &firstMonth, int &lastMonth, int &yearOffsetOfLast)
{
    firstMonth = 3 + (season - 21) * 3;
    lastMonth = firstMonth + 2;
    yearOffsetOfLast = 0;
    if (lastMonth > 12) {
        lastMonth -= 12;
        yearOffsetOfLast = 1;
    }
}

DayNumber DatePoint::earliest() const
{
    switch (precision) {
    case DatePrecision::Day:
        return daysFromCivil(year, month, day);
    case DatePrecision::Month:
        return daysFromCivil(year, month, 1);
    case DatePrecision::Season: {
        int first = 0, last = 0, offset = 0;
        seasonMonths(month, first, last, offset);
        return daysFromCivil(year, first, 1);
    }
    case DatePrecision::Year:
        return daysFromCivil(year, 1, 1);
    case DatePrecision::FiscalYear:
        return daysFromCivil(year, 4, 1);
    }
    return 0;
}

DayNumber DatePoint::latest() const
{
    switch (precision) {
    case DatePrecision::Day:
        return daysFromCivil(year, month, day);
    case DatePrecision::Month:
        return daysFromCivil(year, month, daysInMonth(year, month));
    case DatePrecision::Season: {
        int first = 0, last = 0, offset = 0;
        seasonMonths(month, first, last, offset);
        return daysFromCivil(year + offset, last, daysInMonth(year + offset, last));
    }
    case DatePrecision::Year:
        return daysFromCivil(year, 12, 31);
    case DatePrecision::FiscalYear:
        return daysFromCivil(year + 1, 3, 31);
    }
    return 0;
}

QString isoYearString(Year year)
{
    const QString digits =
        QStringLiteral("%1").arg(year < 0 ? -year : year, 4, 10, QLatin1Char('0'));
    return year < 0 ? QLatin1Char('-') + digits : digits;
}

QString isoDayString(DayNumber day)
{
    Year y = 0;
    int m = 0, d = 0;
    civilFromDays(day, y, m, d);
    return isoYearString(y) +
           QStringLiteral("-%1-%2").arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
}

QString DatePoint::toString() const
{
    QString text;
    if (precision == DatePrecision::FiscalYear)
        text = QStringLiteral("FY") + isoYearString(year);
    else if (isDeepYear(year))
        text = QLatin1Char('Y') + QString::number(year); // EDTF's long year: "Y-13800000000"
    else
        text = isoYearString(year);
    if (precision == DatePrecision::Month || precision == DatePrecision::Season ||
        precision == DatePrecision::Day)
        text += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (precision == DatePrecision::Day)
        text += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    if (approximate && uncertain)
        text += QLatin1Char('%');
    else if (approximate)
        text += QLatin1Char('~');
    else if (uncertain)
        text += QLatin1Char('?');
    return text;
}

namespace {

QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// The value of at most twelve decimal digits (allDigits() holds).
Year digitsValue(QStringView text)
{
    Year value = 0;
    for (const QChar c : text)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Parses one end of a date; `whole` is the full input, quoted in messages.
bool parsePoint(QStringView text, QStringView whole, DatePoint &point, QString &error)
{
    const QString expected = QStringLiteral(
        "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS (season 21-24), FYYYYY or a long year "
        "such as Y-13800000000, optionally followed by ~, ? or %");
    if (text.isEmpty()) {
        error =
            QStringLiteral("invalid date %1: a date is missing (%2)").arg(quoted(whole), expected);
        return false;
    }
    QStringView body = text;
    const QChar last = body.back();
    if (last == QLatin1Char('~') || last == QLatin1Char('?') || last == QLatin1Char('%')) {
        point.approximate = last != QLatin1Char('?');
        point.uncertain = last != QLatin1Char('~');
        body.chop(1);
    }
    if (body.startsWith(QLatin1Char('Y'))) {
        // EDTF's long year: "Y" and a year of more than four digits, with no month or day.
        QStringView digits = body.mid(1);
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative)
            digits = digits.mid(1);
        if (digits.size() < 5 || !allDigits(digits) || digits.startsWith(QLatin1Char('0'))) {
            error = QStringLiteral("invalid date %1: expected a year of more than four digits "
                                   "after \"Y\" (such as Y-13800000000 or Y170000002), found %2")
                        .arg(quoted(whole),
                             digits.isEmpty() ? QStringLiteral("nothing") : quoted(body.mid(1)));
            return false;
        }
        if (digits.size() > 12 || digitsValue(digits) > MaxYearMagnitude) {
            error = QStringLiteral("invalid date %1: the year is beyond %2 billion years (the "
                                   "largest year Anchorline dates)")
                        .arg(quoted(whole))
                        .arg(MaxYearMagnitude / 1'000'000'000);
            return false;
        }
        point.year = digitsValue(digits) * (negative ? -1 : 1);
        point.precision = DatePrecision::Year;
        return true;
    }
    bool fiscal = false;
    if (body.startsWith(QLatin1String("FY"))) {
        fiscal = true;
        body = body.mid(2);
        if (body.size() != 4 || !allDigits(body)) {
            error =
                QStringLiteral("invalid date %1: expected a four-digit year after \"FY\", found %2")
                    .arg(quoted(whole), body.isEmpty() ? QStringLiteral("nothing") : quoted(body));
            return false;
        }
    }
    bool negative = false;
    if (!fiscal && body.startsWith(QLatin1Char('-'))) {
        negative = true;
        body = body.mid(1);
    }
    // body.split('-') without allocating: at most three parts are valid.
    std::array<QStringView, 3> parts;
    qsizetype partCount = 0;
    bool tooManyParts = false;
    for (qsizetype from = 0;;) {
        const qsizetype dash = body.indexOf(QLatin1Char('-'), from);
        if (partCount == qsizetype(parts.size())) {
            tooManyParts = true;
            break;
        }
        parts[std::size_t(partCount++)] =
            dash < 0 ? body.sliced(from) : body.sliced(from, dash - from);
        if (dash < 0)
            break;
        from = dash + 1;
    }
    if (tooManyParts || parts[0].size() != 4 || !allDigits(parts[0])) {
        error = QStringLiteral("invalid date %1: %2").arg(quoted(whole), expected);
        return false;
    }
    for (qsizetype i = 1; i < partCount; ++i) {
        if (parts[std::size_t(i)].size() != 2 || !allDigits(parts[std::size_t(i)])) {
            error = QStringLiteral("invalid date %1: %2").arg(quoted(whole), expected);
            return false;
        }
    }
    if (fiscal && partCount > 1) {
        error =
            QStringLiteral("invalid date %1: a fiscal year has no month or day").arg(quoted(whole));
        return false;
    }
    point.year = digitsValue(parts[0]) * (negative ? -1 : 1);
    if (fiscal) {
        point.precision = DatePrecision::FiscalYear;
        return true;
    }
    if (partCount == 1) {
        point.precision = DatePrecision::Year;
        return true;
    }
    point.month = int(digitsValue(parts[1])); // two digits
    const bool season = point.month >= 21 && point.month <= 24;
    if (!season && (point.month < 1 || point.month > 12)) {
        error = QStringLiteral("invalid date %1: month %2 is out of range (expected 01-12, or "
                               "21-24 for a season)")
                    .arg(quoted(whole), parts[1].toString());
        return false;
    }
    if (partCount == 2) {
        point.precision = season ? DatePrecision::Season : DatePrecision::Month;
        return true;
    }
    if (season) {
        error = QStringLiteral("invalid date %1: a season (21-24) has no day").arg(quoted(whole));
        return false;
    }
    point.day = int(digitsValue(parts[2]));
    const int length = daysInMonth(point.year, point.month);
    if (point.day < 1 || point.day > length) {
        error = QStringLiteral("invalid date %1: day %2 does not exist in %3-%4 (expected 01-%5)")
                    .arg(quoted(whole), parts[2].toString(), isoYearString(point.year))
                    .arg(point.month, 2, 10, QLatin1Char('0'))
                    .arg(length);
        return false;
    }
    point.precision = DatePrecision::Day;
    return true;
}

} // namespace

PartialDate::PartialDate(const DatePoint &point)
    : m_start(point)
    , m_end(point)
    , m_valid(true)
{
    computeBounds();
}

void PartialDate::computeBounds()
{
    if (m_openStart) {
        m_earliest = m_end.earliest();
        m_latest = m_end.latest();
    } else if (m_openEnd) {
        m_earliest = m_start.earliest();
        m_latest = m_start.latest();
    } else {
        m_earliest = m_start.earliest();
        m_latest = m_end.latest();
    }
}

PartialDate::ParseResult PartialDate::parse(QStringView input)
{
    ParseResult result;
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        result.error = QStringLiteral("invalid date \"\": expected a date such as 2022-12-16, "
                                      "2025-11, 2013, FY2025 or an interval A/B");
        return result;
    }
    PartialDate date;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        if (!parsePoint(text, input, date.m_start, result.error))
            return result;
        date.m_end = date.m_start;
    } else {
        const QStringView left = text.left(slash);
        const QStringView right = text.mid(slash + 1);
        if (right.contains(QLatin1Char('/'))) {
            result.error = QStringLiteral("invalid date %1: an interval has exactly one \"/\"")
                               .arg(quoted(input));
            return result;
        }
        if (left.isEmpty() || right.isEmpty()) {
            result.error = QStringLiteral("invalid date %1: expected a date before and after \"/\" "
                                          "(write \"..\" for an open end)")
                               .arg(quoted(input));
            return result;
        }
        date.m_interval = true;
        date.m_openStart = left == QLatin1String("..");
        date.m_openEnd = right == QLatin1String("..");
        if (date.m_openStart && date.m_openEnd) {
            result.error =
                QStringLiteral("invalid date %1: an interval needs at least one known end")
                    .arg(quoted(input));
            return result;
        }
        if (!date.m_openStart && !parsePoint(left, input, date.m_start, result.error))
            return result;
        if (!date.m_openEnd && !parsePoint(right, input, date.m_end, result.error))
            return result;
        if (date.m_openStart)
            date.m_start = date.m_end;
        if (date.m_openEnd)
            date.m_end = date.m_start;
        if (!date.m_openStart && !date.m_openEnd && date.m_end.latest() < date.m_start.earliest()) {
            result.error =
                QStringLiteral("invalid date %1: the interval ends (%2) before it starts (%3)")
                    .arg(quoted(input), date.m_end.toString(), date.m_start.toString());
            return result;
        }
    }
    date.m_valid = true;
    date.computeBounds();
    result.date = date;
    return result;
}

PartialDate PartialDate::fromString(QStringView text)
{
    return parse(text).date;
}

DatePrecision PartialDate::precision() const
{
    if (!m_interval)
        return m_start.precision;
    // Larger enum values are coarser, except that a fiscal year and a year are equally coarse.
    return std::max(m_start.precision, m_end.precision);
}

bool PartialDate::isExact() const
{
    return m_valid && !m_openStart && !m_openEnd && !isApproximate() && !isUncertain() &&
           m_start.precision == DatePrecision::Day && m_end.precision == DatePrecision::Day;
}

QString PartialDate::toString() const
{
    if (!m_valid)
        return {};
    if (!m_interval)
        return m_start.toString();
    const QString left = m_openStart ? QStringLiteral("..") : m_start.toString();
    const QString right = m_openEnd ? QStringLiteral("..") : m_end.toString();
    return left + QLatin1Char('/') + right;
}

namespace {

// The words of displayed dates are whole patterns, since the order differs between languages
// ("c. %1" is "%1頃" in Japanese). English and C keep the source text whatever translator is
// installed: CSV and image exports ask for QLocale(English) and must stay English.
QString pattern(const QLocale &locale, const char *source)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QString::fromUtf8(source);
    return QCoreApplication::translate("Anchorline::Model::PartialDate", source);
}

// Japanese writes the year first: 2005年2月19日, 2005年2月, 2005年.
bool yearFirst(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese;
}

QString dayText(Year year, int month, int day, const QLocale &locale, MonthName name)
{
    if (yearFirst(locale))
        return QStringLiteral("%1年%2月%3日").arg(year).arg(month).arg(day);
    return QStringLiteral("%1 %2 %3").arg(day).arg(monthDisplayName(month, locale, name)).arg(year);
}

QString displayPoint(const DatePoint &point, const QLocale &locale)
{
    QString text;
    switch (point.precision) {
    case DatePrecision::Day:
        text = dayText(point.year, point.month, point.day, locale, MonthName::Short);
        break;
    case DatePrecision::Month:
        text = yearFirst(locale) ? QStringLiteral("%1年%2月").arg(point.year).arg(point.month)
                                 : QStringLiteral("%1 %2")
                                       .arg(monthDisplayName(point.month, locale, MonthName::Short))
                                       .arg(point.year);
        break;
    case DatePrecision::Season: {
        static const char *const seasons[] = {
            //: A season of a year, e.g. "Spring 2024"; %1 is the year.
            QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "Spring %1"),
            //: A season of a year, e.g. "Summer 2024"; %1 is the year.
            QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "Summer %1"),
            //: A season of a year, e.g. "Autumn 2024"; %1 is the year.
            QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "Autumn %1"),
            //: A season of a year, e.g. "Winter 2024" (December to February); %1 is the year.
            QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "Winter %1"),
        };
        text = pattern(locale, seasons[point.month - 21]).arg(point.year);
        break;
    }
    case DatePrecision::Year:
        text = yearDisplayString(point.year, locale);
        break;
    case DatePrecision::FiscalYear:
        //: A Japanese fiscal year (April to March), e.g. "FY2025"; %1 is the year.
        text = pattern(locale, QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "FY%1"))
                   .arg(point.year);
        break;
    }
    if (point.approximate)
        //: An approximate date, e.g. "c. 2013"; %1 is the date.
        text =
            pattern(locale, QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "c. %1")).arg(text);
    if (point.uncertain)
        //: An uncertain date, e.g. "24 Oct 2025?"; %1 is the date.
        text =
            pattern(locale, QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "%1?")).arg(text);
    return text;
}

QString rangeText(const QString &first, const QString &last, const QLocale &locale)
{
    //: An interval, e.g. "2013 – 2014"; %1 is its start, %2 its end.
    return pattern(locale, QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "%1 – %2"))
        .arg(first, last);
}

} // namespace

QString precisionDisplayName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        //: Precision of a date known to the day.
        return QCoreApplication::translate("Anchorline::Model::PartialDate", "day");
    case DatePrecision::Month:
        //: Precision of a date known to the month.
        return QCoreApplication::translate("Anchorline::Model::PartialDate", "month");
    case DatePrecision::Season:
        //: Precision of a date known to the season.
        return QCoreApplication::translate("Anchorline::Model::PartialDate", "season");
    case DatePrecision::Year:
        //: Precision of a date known to the year.
        return QCoreApplication::translate("Anchorline::Model::PartialDate", "year");
    case DatePrecision::FiscalYear:
        //: Precision of a date known to the (Japanese, April to March) fiscal year.
        return QCoreApplication::translate("Anchorline::Model::PartialDate", "fiscal year");
    }
    return {};
}

QString monthDisplayName(int month, const QLocale &locale, MonthName name, bool standalone)
{
    // One abbreviation for every English locale: CLDR gives "Sept" in British English and "Sep"
    // in American, and the window, its exports and the command line must not disagree.
    static const char *const english[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (name == MonthName::Short && locale.language() == QLocale::English && month >= 1 &&
        month <= 12)
        return QLatin1String(english[month - 1]);
    const auto format = name == MonthName::Long ? QLocale::LongFormat : QLocale::ShortFormat;
    return standalone ? locale.standaloneMonthName(month, format) : locale.monthName(month, format);
}

namespace {

// A count of units to at most three significant digits ("13.8", "4.54", "66", "300"), in the
// locale's digits; counts of 100 or more are rounded to whole units.
QString fewDigits(double value, const QLocale &locale)
{
    if (value >= 100)
        return QString::number(std::llround(value));
    return locale.toString(value, 'g', 3);
}

} // namespace

QString japaneseYearCount(Year years)
{
    // Japanese counts in 万 (10^4) and 億 (10^8), each group written without separators.
    const Year oku = years / 100'000'000;
    const Year man = years / 10'000 % 10'000;
    const Year rest = years % 10'000;
    QString text;
    if (oku > 0)
        text += QString::number(oku) + QStringLiteral("億");
    if (man > 0)
        text += QString::number(man) + QStringLiteral("万");
    if (rest > 0 || text.isEmpty())
        text += QString::number(rest);
    return text;
}

QString yearDisplayString(Year year, const QLocale &locale)
{
    const bool japanese = yearFirst(locale);
    if (year > 9999)
        return japanese ? locale.toString(year) + QStringLiteral("年") : locale.toString(year);
    if (year >= -9999)
        return japanese ? QStringLiteral("%1年").arg(year) : QString::number(year);
    // Deep past, counted back from year 0 the way the sources write it. The two languages count
    // in different units (billions and millions; 億 and 万), so each has its own rule rather than
    // one translated pattern.
    const Year ago = -year;
    if (japanese)
        return japaneseYearCount(ago) + QStringLiteral("年前");
    const double billions = double(ago) / 1e9;
    const double millions = double(ago) / 1e6;
    if (ago >= 1'000'000'000 || (millions >= 999.5))
        return fewDigits(billions, locale) + QStringLiteral(" billion years ago");
    if (ago >= 1'000'000)
        return fewDigits(millions, locale) + QStringLiteral(" million years ago");
    return locale.toString(ago) + QStringLiteral(" years ago");
}

QString dayDisplayString(DayNumber day, const QLocale &locale, MonthName month)
{
    Year y = 0;
    int m = 0, d = 0;
    civilFromDays(day, y, m, d);
    if (isDeepYear(y)) // a day of deep time is named by its year: "66 million years ago"
        return yearDisplayString(y, locale);
    return dayText(y, m, d, locale, month);
}

QString dayRangeDisplayString(DayNumber first, DayNumber last, const QLocale &locale)
{
    return rangeText(dayDisplayString(first, locale), dayDisplayString(last, locale), locale);
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (!m_valid)
        return {};
    if (!m_interval)
        return displayPoint(m_start, locale);
    if (m_openStart)
        //: An interval with an unknown start, e.g. "by 7 Dec 2025"; %1 is its end.
        return pattern(locale, QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "by %1"))
            .arg(displayPoint(m_end, locale));
    if (m_openEnd)
        //: An interval that is still going, e.g. "from 21 Oct 2025"; %1 is its start.
        return pattern(locale, QT_TRANSLATE_NOOP("Anchorline::Model::PartialDate", "from %1"))
            .arg(displayPoint(m_start, locale));
    return rangeText(displayPoint(m_start, locale), displayPoint(m_end, locale), locale);
}

bool operator==(const PartialDate &a, const PartialDate &b)
{
    return a.m_valid == b.m_valid && a.m_interval == b.m_interval &&
           a.m_openStart == b.m_openStart && a.m_openEnd == b.m_openEnd && a.m_start == b.m_start &&
           a.m_end == b.m_end;
}

std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b)
{
    if (auto c = a.m_earliest <=> b.m_earliest; c != 0)
        return c;
    if (auto c = a.m_latest <=> b.m_latest; c != 0)
        return c;
    const int text = a.toString().compare(b.toString());
    return text < 0 ? std::strong_ordering::less
                    : (text > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

} // namespace Anchorline::Model
