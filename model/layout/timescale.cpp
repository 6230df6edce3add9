#include "layout/timescale.h"

#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Anchorline::Model {

namespace {

// Floor division that also works for negative years.
int floorDiv(int a, int b)
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

QString yearText(int year)
{
    return QString::number(year);
}

} // namespace

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
        {TickUnit::Day, 1},     {TickUnit::Day, 2},    {TickUnit::Day, 7},    {TickUnit::Day, 14},
        {TickUnit::Month, 1},   {TickUnit::Month, 3},  {TickUnit::Month, 6},  {TickUnit::Year, 1},
        {TickUnit::Year, 2},    {TickUnit::Year, 5},   {TickUnit::Year, 10},  {TickUnit::Year, 20},
        {TickUnit::Year, 50},   {TickUnit::Year, 100}, {TickUnit::Year, 200}, {TickUnit::Year, 500},
        {TickUnit::Year, 1000},
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
    int y0 = 0, m0 = 0, d0 = 0;
    civilFromDays(DayNumber(std::floor(fromDay)), y0, m0, d0);
    const auto last = DayNumber(std::floor(toDay));
    switch (step.unit) {
    case TickUnit::Year: {
        for (int y = floorDiv(y0, step.count) * step.count; out.size() < cap; y += step.count) {
            const DayNumber day = daysFromCivil(y, 1, 1);
            if (day > last)
                break;
            if (day >= fromDay)
                out.push_back(day);
        }
        break;
    }
    case TickUnit::Month: {
        int index = y0 * 12 + (m0 - 1);
        index = floorDiv(index, step.count) * step.count;
        for (; out.size() < cap; index += step.count) {
            const int y = floorDiv(index, 12);
            const int m = index - y * 12 + 1;
            const DayNumber day = daysFromCivil(y, m, 1);
            if (day > last)
                break;
            if (day >= fromDay)
                out.push_back(day);
        }
        break;
    }
    case TickUnit::Day: {
        int y = y0, m = m0;
        while (out.size() < cap) {
            const DayNumber monthStart = daysFromCivil(y, m, 1);
            if (monthStart > last)
                break;
            for (int d : dayOffsets(step.count, daysInMonth(y, m))) {
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
    auto label = [&](TickStep step, DayNumber day) {
        int y = 0, m = 0, d = 0;
        civilFromDays(day, y, m, d);
        switch (step.unit) {
        case TickUnit::Year:
            return yearText(y);
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
                int y = 0, m = 0, d = 0;
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
    int y = 0, m = 0, d = 0;
    civilFromDays(DayNumber(std::floor(std::max(from, -1e7))), y, m, d);
    if (set.majorStep.unit == TickUnit::Month)
        set.context = yearText(y);
    else if (set.majorStep.unit == TickUnit::Day) {
        const QDate date(y, m, 1);
        set.context = date.isValid() ? locale.toString(date, QStringLiteral("MMMM yyyy"))
                                     : monthName(m) + QLatin1Char(' ') + yearText(y);
    }
    return set;
}

} // namespace Anchorline::Model
