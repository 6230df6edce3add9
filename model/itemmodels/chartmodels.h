#pragma once

#include "core/partialdate.h"

#include <QAbstractTableModel>
#include <vector>

namespace Anchorline::Model {

class Document;
class EventFilterProxy;

// Small table models that feed the charts (views/charts*). Each one is built from the Document
// and the EventFilterProxy, counts only the events the proxy accepts, and resets itself on
// EventFilterProxy::filterChanged and Document::datasetReset. Counts are ints, in DisplayRole.

// Events per year, stacked by actor: one row per year that has a visible event (ascending), one
// column per actor that is some visible event's lane (dataset actor order), plus a last column
// "No actor" only when needed. An event counts once: in the year of its earliest possible day
// and in the column of its first actor (its lane).
class EventsPerYearModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    EventsPerYearModel(const Document &document, const EventFilterProxy &filter,
                       QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventsPerYearModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Horizontal: actor name (DisplayRole), colour (Qt::DecorationRole), id (IdRole).
    // Vertical: the year as text.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The first year of the row's period: a single year, unless the events span more than
    // MaxPeriodRows years (deep time), when a row is a period of periodYears() years.
    Year year(int row) const;
    Year periodYears() const;
    // "2013", or the period a row covers when it is longer than a year.
    QString periodLabel(int row) const;
    int actorIndex(int column) const; // into Dataset::actors; -1 for "No actor"
    QString actorId(int column) const;
    int count(int row, int column) const;

private:
    // Like ThemeFrequencyModel: a filter change resets the model, the counts are made when first
    // asked for (the chart waits while it is off screen).
    void rebuild();
    void compute();
    void ensureComputed() const;

    const Document &m_document;
    const EventFilterProxy &m_filter;
    bool m_stale = true;
    std::vector<Year> m_years;
    Year m_period = 1;
    std::vector<int> m_actors;
    std::vector<std::vector<int>> m_counts; // [row][column]
};

// The points of one metric (e.g. Japan's defence-spending targets in % of GDP), ordered by x.
// Column 0: x, the middle of the point's date as milliseconds since the epoch (UTC noon), for a
// date-time axis; column 1: the value. A point is shown when its event passes the filter, or,
// when it names no event, when the filter's date window contains it.
class MetricPointsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ValueColumn, ColumnCount };
    MetricPointsModel(const Document &document, const EventFilterProxy &filter, int metricIndex,
                      QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MetricPointsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // ToolTipRole: label, date text and event title; IdRole: the point's event id;
    // DatasetIndexRole: the point's event index (or -1).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int metricIndex() const { return m_metric; }
    QString metricName() const;
    QString unit() const;
    int pointIndex(int row) const; // into Metric::points
    int eventOf(int row) const;    // into Dataset::events, or -1
    // Nearest row to (msecs, value) in the chart's coordinates, or -1 when there are no rows.
    int rowNearest(double msecs, double value) const;

    static double msecsForDay(DayNumber dayNumber);

private:
    void rebuild();
    void compute();

    const Document &m_document;
    const EventFilterProxy &m_filter;
    int m_metric = -1;
    std::vector<int> m_points;
};

// Theme frequency over time: column 0 is the year, columns 1..N the N most frequent themes
// among the visible events (ties broken by dataset order); one row per year from the first to
// the last year in which one of those themes occurs, so lines have no gaps. A cell counts the
// visible events of that year (earliest day) tagged with the theme.
class ThemeFrequencyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    ThemeFrequencyModel(const Document &document, const EventFilterProxy &filter, int topN = 6,
                        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ThemeFrequencyModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int themeCount() const;
    int themeIndex(int column) const; // into Dataset::themes for columns 1..N, else -1
    // The first year of the row's period (see EventsPerYearModel::year()).
    Year year(int row) const;
    Year periodYears() const;
    int count(int row, int column) const;
    int maximumCount() const;

private:
    // A filter change resets the model and the counts are made when first asked for: the chart
    // that shows them waits while it is off screen (1M events: 130 ms per filter change).
    void rebuild();
    void compute();
    void ensureComputed() const;

    const Document &m_document;
    const EventFilterProxy &m_filter;
    bool m_stale = true;
    int m_topN = 6;
    Year m_firstYear = 0;
    Year m_period = 1;
    std::vector<int> m_themes;
    std::vector<std::vector<int>> m_counts; // [row][theme]
};

// The calendar year of a day number.
Year yearOfDay(DayNumber dayNumber);

// Charts give a row to each year while the data spans at most this many; beyond (deep time: the
// Big Bang to today is 13.8 billion years), a row is a period of 10, 20, 50, ... years.
inline constexpr Year MaxPeriodRows = 400;
// The years per row for data from `first` to `last`: 1, or the smallest 1-2-5 step that keeps
// the rows at most MaxPeriodRows.
Year chartPeriodYears(Year first, Year last);
// The first year of the period of `period` years that holds `year` (periods start at multiples
// of `period`, so year 0 starts one).
Year periodStart(Year year, Year period);

} // namespace Anchorline::Model
