#pragma once

#include "core/partialdate.h"
#include "layout/focuswarp.h"

#include <QString>
#include <memory>
#include <vector>

class QLocale;

namespace Anchorline::Model {

// The granularity of a tick step, from centuries down to single days.
enum class TickUnit : std::uint8_t { Year, Month, Day };

struct TickStep
{
    TickUnit unit = TickUnit::Year;
    std::int64_t count = 1; // e.g. 10 years, 3 months, 7 days, 5 billion years
    friend bool operator==(const TickStep &, const TickStep &) = default;
};

struct Tick
{
    double day = 0; // DayNumber of the tick's first day (its left edge)
    QString label;  // empty for unlabelled minor ticks
};

struct TickSet
{
    TickStep majorStep;
    TickStep minorStep;
    std::vector<Tick> major; // always labelled
    std::vector<Tick> minor; // labelled only when there is room
    // The larger unit the major labels omit ("2022" above a row of months), placed at the left
    // edge of the view so the reader never loses track of the year at deep zoom; empty otherwise.
    QString context;
};

// The locale's way of writing a month of a year, as a QLocale::toString format: "MMMM yyyy" in
// English, "yyyy年M月" in Japanese and Chinese, "yyyy년 M월" in Korean, "yyyy. MMMM" in
// Hungarian. Qt 6.4 has no year-month skeleton, so it is the locale's long date format with the
// day of the month and the weekday (and what joins them) taken out. MMMM is the month name as
// the locale uses it in a date, so Polish reads "września 2020".
QString yearMonthFormat(const QLocale &locale);

// Maps visible days to pixels: the days [startDay, endDay] (as doubles, so zooming is continuous)
// span [0, width] pixels. Every operation keeps the span inside the limits, so no sequence of
// wheel events can zoom to nothing or scroll past the data's margin.
//
// With a FocusWarp (the focus scale) the mapping is linear in warped days rather than days:
// zoom, pan, fit and the limits work on warped days, so they stay continuous across breaks, and
// pixelsPerDay() is the scale of the uncompressed stretches. Without one (or with the identity
// warp) every result is exactly that of the linear scale.
class TimeScale final
{
public:
    // The outermost day any view may show: a little beyond MaxYearMagnitude years either side.
    static constexpr double OutermostDay = 4e13;

    TimeScale() = default;
    TimeScale(double startDay, double endDay, double width);

    double startDay() const { return m_start; }
    double endDay() const { return m_end; }
    double span() const { return m_end - m_start; }
    double centerDay() const { return toWarpedInverse((m_u0 + m_u1) / 2); }
    double width() const { return m_width; }
    // Of the uncompressed stretches (every stretch on the linear scale).
    double pixelsPerDay() const { return m_width / (m_u1 - m_u0); }
    double daysPerPixel() const { return (m_u1 - m_u0) / m_width; }

    double dayToX(double day) const { return (toWarped(day) - m_u0) * m_width / (m_u1 - m_u0); }
    double xToDay(double x) const { return toWarpedInverse(m_u0 + x * (m_u1 - m_u0) / m_width); }

    // The focus scale's warp; null (the default) is the linear scale. Keeps the visible days.
    void setWarp(std::shared_ptr<const FocusWarp> warp);
    const std::shared_ptr<const FocusWarp> &warp() const { return m_warp; }
    bool isWarped() const { return m_warp && !m_warp->isIdentity(); }
    // Breaks that overlap the visible days, in day order.
    std::vector<ScaleBreak> visibleBreaks() const;

    void setRange(double startDay, double endDay);
    void setWidth(double width);

    // The smallest and largest span and the outermost days the view may show.
    void setLimits(double minDay, double maxDay, double minSpan, double maxSpan);
    double minSpan() const { return m_minSpan; }
    double maxSpan() const { return m_maxSpan; }

    // factor > 1 zooms in; the day under pixel x stays under x.
    void zoomAround(double x, double factor);
    // Moves the view by a number of pixels (positive: later dates come into view).
    void panPixels(double dx);
    // Moves by days of the uncompressed stretches (warped days on the focus scale).
    void panDays(double days);
    void centerOn(double day);
    // Shows [firstDay, lastDay] with a margin on each side, as a fraction of the span.
    void fit(double firstDay, double lastDay, double marginFraction = 0.04);

    // Ticks for the visible range: major ticks at least `minMajorSpacing` pixels apart, labelled
    // in the locale's month names and date order.
    TickSet ticks(const QLocale &locale, double minMajorSpacing = 90) const;

    // The step sequence the axis chooses from, finest first (exposed for tests).
    static const std::vector<TickStep> &steps();
    // Rough length of a step in days, used to choose between steps.
    static double approximateDays(TickStep step);
    // Ticks of one step over [fromDay, toDay] (DayNumbers), aligned to calendar boundaries.
    static std::vector<DayNumber> tickDays(TickStep step, double fromDay, double toDay);

private:
    void clamp();
    double toWarped(double day) const { return m_warp ? m_warp->toWarped(day) : day; }
    double toWarpedInverse(double u) const { return m_warp ? m_warp->fromWarped(u) : u; }

    std::shared_ptr<const FocusWarp> m_warp;
    double m_start = 0;
    double m_end = 365;
    double m_u0 = 0; // m_start and m_end on the warped axis (equal to them on the linear scale)
    double m_u1 = 365;
    double m_width = 1000;
    double m_minDay = -OutermostDay; // views narrow this to their data (setLimits)
    double m_maxDay = OutermostDay;
    double m_minSpan = 1.0 / 24; // an hour: the deepest zoom still shows a day as 24 steps
    double m_maxSpan = 2 * OutermostDay;
};

} // namespace Anchorline::Model
