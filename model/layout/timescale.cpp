#include "layout/timescale.h"

#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Anchorline::Model {

namespace {

// Floor division that also works for negative years.
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Days of a month at which ticks of an n-day step fall. Steps are aligned to month starts so that
// every month begins with a tick; the last tick of a month is dropped when it would crowd the
// next month's first one.
std::vector<int> dayOffsets(int count, int monthLength)
{
    std::vector<int> days;
    for (int d = 1; d <= monthLength; d += count) {
        if (d == 1 || (monthLength + 1 - d) * 2 > count)
            days.push_back(d);
    }
    return days;
}

TickStep minorFor(TickStep major)
{
    switch (major.unit) {
    case TickUnit::Year:
        if (major.count > 1000) {
            // The 1-2-5 steps of deep time: 1e(n) -> 2e(n-1), 2e(n) -> 5e(n-1), 5e(n) -> 1e(n).
            const std::int64_t leading = major.count;
            std::int64_t power = 1;
            while (power * 10 <= leading)
                power *= 10;
            const std::int64_t digit = leading / power;
            return {TickUnit::Year, digit == 1 ? power / 5 : digit == 2 ? power / 2 : power};
        }
        switch (major.count) {
        case 1000:
        case 500:
            return {TickUnit::Year, 100};
        case 200:
            return {TickUnit::Year, 50};
        case 100:
        case 50:
            return {TickUnit::Year, 10};
        case 20:
            return {TickUnit::Year, 5};
        case 10:
        case 5:
            return {TickUnit::Year, 1};
        case 2:
            return {TickUnit::Month, 3};
        default:
            return {TickUnit::Month, 1};
        }
    case TickUnit::Month:
        return major.count == 1 ? TickStep{TickUnit::Day, 7} : TickStep{TickUnit::Month, 1};
    case TickUnit::Day:
        return {TickUnit::Day, 1};
    }
    return major;
}

QString yearText(Year year)
{
    return QString::number(year);
}

// An axis label of deep time: years before -9999 as the time ago in the unit the step calls for,
// so the labels of one axis share it ("13 Ga  12 Ga", "300 ka  200 ka"); Japanese writes the
// count in 億 and 万 as it always does. Years after that are plain numbers ("0", "2000").
QString deepYearText(Year year, std::int64_t step, const QLocale &locale)
{
    if (year > 9999) {
        // The far future, in the same unit from now on: "+2 Gyr" (Japanese "20億年後").
        if (locale.language() == QLocale::Japanese)
            return japaneseYearCount(year) + QStringLiteral("年後");
        const double ahead = double(year);
        const auto value = [&](double v) { return locale.toString(v, 'g', 6); };
        if (step >= 100'000'000)
            return QLatin1Char('+') + value(ahead / 1e9) + QStringLiteral(" Gyr");
        if (step >= 100'000)
            return QLatin1Char('+') + value(ahead / 1e6) + QStringLiteral(" Myr");
        return QLatin1Char('+') + value(ahead / 1e3) + QStringLiteral(" kyr");
    }
    if (year >= -9999)
        return yearText(year);
    const double ago = -double(year);
    const auto number = [&](double value) { return locale.toString(value, 'g', 6); };
    if (locale.language() == QLocale::Japanese) // "120億年前", "1億2000万年前", "6000万年前"
        return japaneseYearCount(-year) + QStringLiteral("年前");
    if (step >= 100'000'000)
        return number(ago / 1e9) + QStringLiteral(" Ga");
    if (step >= 100'000)
        return number(ago / 1e6) + QStringLiteral(" Ma");
    return number(ago / 1e3) + QStringLiteral(" ka");
}

// A run of one format letter ("dddd", "M") or a literal (quoted text kept as written).
struct FormatToken
{
    QString text;
    bool field = false;
    QChar letter;
};

std::vector<FormatToken> tokenizeDateFormat(const QString &format)
{
    static const QString letters = QStringLiteral("dMyhHmsaAtzP");
    std::vector<FormatToken> tokens;
    auto literal = [&tokens](const QString &text) {
        if (tokens.empty() || tokens.back().field)
            tokens.push_back({text, false, QChar()});
        else
            tokens.back().text += text;
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        if (c == u'\'') {
            qsizetype j = i + 1;
            while (j < format.size()) {
                if (format[j] == u'\'' && j + 1 < format.size() && format[j + 1] == u'\'')
                    j += 2;
                else if (format[j] == u'\'')
                    break;
                else
                    ++j;
            }
            literal(format.mid(i, j + 1 - i));
            i = j + 1;
        } else if (letters.contains(c)) {
            qsizetype j = i;
            while (j < format.size() && format[j] == c)
                ++j;
            tokens.push_back({format.mid(i, j - i), true, c});
            i = j;
        } else {
            literal(QString(c));
            ++i;
        }
    }
    return tokens;
}

bool isSeparatorOnly(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isSpace() || c == u',' || c == u'.' || c == u'-' || c == u'/' || c == u'\'';
    });
}

} // namespace

QString yearMonthFormat(const QLocale &locale)
{
    std::vector<FormatToken> tokens = tokenizeDateFormat(locale.dateFormat(QLocale::LongFormat));
    // Take out day and weekday fields, each with the literal that follows it ("d日", "d, ");
    // a field at the end takes the separator before it instead.
    for (std::size_t i = 0; i < tokens.size();) {
        if (!tokens[i].field || tokens[i].letter != u'd') {
            ++i;
            continue;
        }
        if (i + 1 < tokens.size() && !tokens[i + 1].field) {
            tokens.erase(tokens.begin() + std::ptrdiff_t(i),
                         tokens.begin() + std::ptrdiff_t(i) + 2);
        } else {
            tokens.erase(tokens.begin() + std::ptrdiff_t(i));
            if (i > 0 && !tokens[i - 1].field && isSeparatorOnly(tokens[i - 1].text)) {
                tokens.erase(tokens.begin() + std::ptrdiff_t(i) - 1);
                --i;
            }
        }
    }
    QString format;
    bool month = false;
    bool year = false;
    for (const FormatToken &token : tokens) {
        format += token.text;
        month = month || (token.field && token.letter == u'M');
        year = year || (token.field && token.letter == u'y');
    }
    format = format.trimmed();
    while (format.endsWith(u',') || format.startsWith(u','))
        format = (format.endsWith(u',') ? format.chopped(1) : format.mid(1)).trimmed();
    return month && year ? format : QStringLiteral("MMMM yyyy");
}

TimeScale::TimeScale(double startDay, double endDay, double width)
{
    m_width = std::max(1.0, width);
    setRange(startDay, endDay);
}

void TimeScale::setRange(double startDay, double endDay)
{
    if (!(endDay > startDay)) // also catches NaN
        endDay = startDay + m_minSpan;
    m_start = startDay;
    m_end = endDay;
    m_u0 = toWarped(startDay);
    m_u1 = toWarped(endDay);
    clamp();
}

void TimeScale::setWidth(double width)
{
    m_width = std::max(1.0, width);
}

void TimeScale::setWarp(std::shared_ptr<const FocusWarp> warp)
{
    m_warp = std::move(warp);
    setRange(m_start, m_end);
}

std::vector<ScaleBreak> TimeScale::visibleBreaks() const
{
    std::vector<ScaleBreak> out;
    if (!m_warp)
        return out;
    for (const ScaleBreak &b : m_warp->breaks()) {
        if (b.endDay > m_start && b.startDay < m_end)
            out.push_back(b);
    }
    return out;
}

void TimeScale::setLimits(double minDay, double maxDay, double minSpan, double maxSpan)
{
    m_minDay = minDay;
    m_maxDay = std::max(maxDay, minDay + minSpan);
    m_minSpan = std::max(1e-6, minSpan);
    m_maxSpan = std::max(m_minSpan, std::min(maxSpan, m_maxDay - m_minDay));
    clamp();
}

void TimeScale::zoomAround(double x, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchor = m_u0 + x * (m_u1 - m_u0) / m_width;
    double newSpan = std::clamp((m_u1 - m_u0) / factor, m_minSpan, m_maxSpan);
    // Keep the anchor day at the same fraction of the width.
    const double fraction = x / m_width;
    m_u0 = anchor - fraction * newSpan;
    m_u1 = m_u0 + newSpan;
    clamp();
}

void TimeScale::panPixels(double dx)
{
    panDays(dx * daysPerPixel());
}

void TimeScale::panDays(double days)
{
    if (!std::isfinite(days))
        return;
    m_u0 += days;
    m_u1 += days;
    clamp();
}

void TimeScale::centerOn(double day)
{
    panDays(toWarped(day) - (m_u0 + m_u1) / 2);
}

void TimeScale::fit(double firstDay, double lastDay, double marginFraction)
{
    if (lastDay < firstDay)
        std::swap(firstDay, lastDay);
    const double first = toWarped(firstDay);
    const double last = toWarped(lastDay + 1);
    // A single day or a handful of days still shows some context around it.
    double core = std::max(last - first, 30.0);
    const double middle = (first + last) / 2;
    const double total = core * (1 + 2 * std::max(0.0, marginFraction));
    m_u0 = middle - total / 2;
    m_u1 = middle + total / 2;
    clamp();
}

void TimeScale::clamp()
{
    // On warped days: the limits are days, so they are warped too.
    const double minU = toWarped(m_minDay);
    const double maxU = toWarped(m_maxDay);
    const double maxSpan = std::max(m_minSpan, std::min(m_maxSpan, maxU - minU));
    const double span = m_u1 - m_u0;
    const double s = std::clamp(span, m_minSpan, maxSpan);
    if (s != span) {
        const double middle = (m_u0 + m_u1) / 2;
        m_u0 = middle - s / 2;
        m_u1 = middle + s / 2;
    }
    if (m_u0 < minU) {
        m_u0 = minU;
        m_u1 = m_u0 + s;
    }
    if (m_u1 > maxU) {
        m_u1 = maxU;
        m_u0 = m_u1 - s;
    }
    m_start = toWarpedInverse(m_u0);
    m_end = toWarpedInverse(m_u1);
}

const std::vector<TickStep> &TimeScale::steps()
{
    static const std::vector<TickStep> all = {
        {TickUnit::Day, 1},
        {TickUnit::Day, 2},
        {TickUnit::Day, 7},
        {TickUnit::Day, 14},
        {TickUnit::Month, 1},
        {TickUnit::Month, 3},
        {TickUnit::Month, 6},
        {TickUnit::Year, 1},
        {TickUnit::Year, 2},
        {TickUnit::Year, 5},
        {TickUnit::Year, 10},
        {TickUnit::Year, 20},
        {TickUnit::Year, 50},
        {TickUnit::Year, 100},
        {TickUnit::Year, 200},
        {TickUnit::Year, 500},
        {TickUnit::Year, 1000},
        // Deep time, on to steps of ten billion years (the axis of the universe's history).
        {TickUnit::Year, 2000},
        {TickUnit::Year, 5000},
        {TickUnit::Year, 10'000},
        {TickUnit::Year, 20'000},
        {TickUnit::Year, 50'000},
        {TickUnit::Year, 100'000},
        {TickUnit::Year, 200'000},
        {TickUnit::Year, 500'000},
        {TickUnit::Year, 1'000'000},
        {TickUnit::Year, 2'000'000},
        {TickUnit::Year, 5'000'000},
        {TickUnit::Year, 10'000'000},
        {TickUnit::Year, 20'000'000},
        {TickUnit::Year, 50'000'000},
        {TickUnit::Year, 100'000'000},
        {TickUnit::Year, 200'000'000},
        {TickUnit::Year, 500'000'000},
        {TickUnit::Year, 1'000'000'000},
        {TickUnit::Year, 2'000'000'000},
        {TickUnit::Year, 5'000'000'000},
        {TickUnit::Year, 10'000'000'000},
    };
    return all;
}

double TimeScale::approximateDays(TickStep step)
{
    switch (step.unit) {
    case TickUnit::Day:
        return step.count;
    case TickUnit::Month:
        return step.count * 30.44;
    case TickUnit::Year:
        return step.count * 365.2425;
    }
    return 1;
}

std::vector<DayNumber> TimeScale::tickDays(TickStep step, double fromDay, double toDay)
{
    std::vector<DayNumber> out;
    if (!(toDay >= fromDay))
        return out;
    // Generous cap: a caller asking for millions of ticks has a bug, not a timeline.
    constexpr std::size_t cap = 20000;
    Year y0 = 0;
    int m0 = 0, d0 = 0;
    civilFromDays(DayNumber(std::floor(fromDay)), y0, m0, d0);
    const auto last = DayNumber(std::floor(toDay));
    switch (step.unit) {
    case TickUnit::Year: {
        for (Year y = floorDiv(y0, step.count) * step.count; out.size() < cap; y += step.count) {
            const DayNumber day = daysFromCivil(y, 1, 1);
            if (day > last)
                break;
            if (day >= fromDay)
                out.push_back(day);
        }
        break;
    }
    case TickUnit::Month: {
        std::int64_t index = y0 * 12 + (m0 - 1);
        index = floorDiv(index, step.count) * step.count;
        for (; out.size() < cap; index += step.count) {
            const Year y = floorDiv(index, 12);
            const auto m = int(index - y * 12 + 1);
            const DayNumber day = daysFromCivil(y, m, 1);
            if (day > last)
                break;
            if (day >= fromDay)
                out.push_back(day);
        }
        break;
    }
    case TickUnit::Day: {
        Year y = y0;
        int m = m0;
        while (out.size() < cap) {
            const DayNumber monthStart = daysFromCivil(y, m, 1);
            if (monthStart > last)
                break;
            for (int d : dayOffsets(int(step.count), daysInMonth(y, m))) {
                const DayNumber day = monthStart + d - 1;
                if (day > last)
                    break;
                if (day >= fromDay)
                    out.push_back(day);
            }
            if (++m > 12) {
                m = 1;
                ++y;
            }
        }
        break;
    }
    }
    return out;
}

TickSet TimeScale::ticks(const QLocale &locale, double minMajorSpacing) const
{
    TickSet set;
    const double ppd = pixelsPerDay();
    const auto &all = steps();
    set.majorStep = all.back();
    for (const TickStep &step : all) {
        if (approximateDays(step) * ppd >= minMajorSpacing) {
            set.majorStep = step;
            break;
        }
    }
    set.minorStep = minorFor(set.majorStep);
    const bool labelMinor =
        approximateDays(set.minorStep) * ppd >= 44 && !(set.minorStep == set.majorStep);

    auto monthName = [&](int month) {
        return monthDisplayName(month, locale, MonthName::Short, true);
    };
    // Deep time: every label of the axis counts back in the major step's unit ("13 Ga").
    const bool deep = set.majorStep.unit == TickUnit::Year && set.majorStep.count >= 1000 &&
                      m_start < double(daysFromCivil(-9999, 1, 1));
    auto label = [&](TickStep step, DayNumber day) {
        Year y = 0;
        int m = 0, d = 0;
        civilFromDays(day, y, m, d);
        switch (step.unit) {
        case TickUnit::Year:
            return deep ? deepYearText(y, set.majorStep.count, locale) : yearText(y);
        case TickUnit::Month:
            // January carries the year, so a row of months reads "2022 Feb Mar ...".
            return m == 1 ? yearText(y) : monthName(m);
        case TickUnit::Day:
            if (d == 1)
                return m == 1 ? yearText(y) : monthName(m);
            return locale.toString(d);
        }
        return QString();
    };

    const double from = m_start;
    const double to = m_end;
    // Ticks of the steps chosen above over the days [a, b) (b included when it is the end).
    // After a break the first label names its year too: the year before the break is not it.
    auto addTicks = [&](double a, double b, bool includeEnd, bool afterBreak) {
        const auto inside = [&](DayNumber day) { return includeEnd || double(day) < b; };
        const auto majorDays = tickDays(set.majorStep, a, b);
        for (DayNumber day : majorDays) {
            if (!inside(day))
                continue;
            QString text = label(set.majorStep, day);
            if (afterBreak && set.majorStep.unit != TickUnit::Year) {
                Year y = 0;
                int m = 0, d = 0;
                civilFromDays(day, y, m, d);
                if (text != yearText(y))
                    text += QLatin1Char(' ') + yearText(y);
            }
            afterBreak = false;
            set.major.push_back({double(day), text});
        }
        if (set.minorStep == set.majorStep)
            return;
        for (DayNumber day : tickDays(set.minorStep, a, b)) {
            if (!inside(day) || std::binary_search(majorDays.begin(), majorDays.end(), day))
                continue;
            set.minor.push_back({double(day), labelMinor ? label(set.minorStep, day) : QString()});
        }
    };
    const std::vector<ScaleBreak> breaks = visibleBreaks();
    if (breaks.empty()) {
        addTicks(from, to, true, false);
    } else {
        // The focus scale: the uncompressed stretches share the steps chosen above. Inside a
        // break, days are closer together: only major ticks of a step coarse enough for its own
        // scale, and none at all while the break is narrow (the axis then names the skipped span
        // instead).
        double a = from;
        bool afterBreak = false;
        for (const ScaleBreak &b : breaks) {
            if (b.startDay > a)
                addTicks(a, b.startDay, false, afterBreak);
            afterBreak = true;
            const double inFrom = std::max(a, b.startDay);
            const double inTo = std::min(to, b.endDay);
            const double breakPpd = ppd * b.length / (b.endDay - b.startDay);
            // A narrow break shows no ticks: one lone label in it would read as a neighbour of
            // the ticks beside it. Zoomed into it, it gets ticks of its own.
            const bool wide = (inTo - inFrom) * breakPpd >= 2 * minMajorSpacing;
            for (const TickStep &step : all) {
                if (!wide)
                    break;
                if (approximateDays(step) * breakPpd < minMajorSpacing)
                    continue;
                for (DayNumber day : tickDays(step, inFrom, inTo)) {
                    if (double(day) < inTo)
                        set.major.push_back({double(day), label(step, day)});
                }
                break;
            }
            a = std::max(a, b.endDay);
        }
        if (a < to)
            addTicks(a, to, true, afterBreak);
    }

    // Context for the coarser unit the labels leave out.
    Year y = 0;
    int m = 0, d = 0;
    civilFromDays(DayNumber(std::floor(std::max(from, -OutermostDay))), y, m, d);
    if (set.majorStep.unit == TickUnit::Month)
        set.context = yearText(y);
    else if (set.majorStep.unit == TickUnit::Day) {
        const QDate date(int(std::clamp<Year>(y, -9999, 9999)), m, 1);
        // The locale's year-month form: 2020年9月, września 2020, September 2020.
        set.context = date.isValid() ? locale.toString(date, yearMonthFormat(locale))
                                     : monthName(m) + QLatin1Char(' ') + yearText(y);
    }
    return set;
}

} // namespace Anchorline::Model
