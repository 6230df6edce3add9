#include "itemmodels/chartmodels.h"

#include "core/roles.h"
#include "document/document.h"
#include "itemmodels/eventfilterproxy.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Anchorline::Model {

Year yearOfDay(DayNumber dayNumber)
{
    Year year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(dayNumber, year, month, day);
    return year;
}

Year chartPeriodYears(Year first, Year last)
{
    for (Year decade = 1; decade <= MaxYearMagnitude; decade *= 10) {
        for (const Year multiple : {1, 2, 5}) {
            if ((last - first) / (decade * multiple) < MaxPeriodRows)
                return decade * multiple;
        }
    }
    return 10 * MaxYearMagnitude;
}

Year periodStart(Year year, Year period)
{
    return year >= 0 ? year / period * period : -((-year + period - 1) / period * period);
}

// ---- events per year

EventsPerYearModel::EventsPerYearModel(const Document &document, const EventFilterProxy &filter,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_filter(filter)
{
    // A new dataset resets the filter, which then says filterChanged: one rebuild, not two.
    connect(&filter, &EventFilterProxy::filterChanged, this, &EventsPerYearModel::rebuild);
}

void EventsPerYearModel::rebuild()
{
    beginResetModel();
    m_stale = true;
    endResetModel();
}

void EventsPerYearModel::ensureComputed() const
{
    // The model is never const itself: only its readers are.
    if (m_stale)
        const_cast<EventsPerYearModel *>(this)->compute();
}

void EventsPerYearModel::compute()
{
    m_stale = false;
    m_years.clear();
    m_actors.clear();
    m_counts.clear();
    const Dataset &dataset = m_document.dataset();
    const int noActor = std::numeric_limits<int>::max();
    std::map<Year, std::map<int, int>> counts; // year -> actor -> count
    std::map<int, bool> actorsSeen;
    for (int i = 0; i < int(dataset.events.size()); ++i) {
        const Event &event = dataset.events[std::size_t(i)];
        if (!event.parsed.isValid() || !m_filter.acceptsEvent(i))
            continue;
        int actor = event.actors.isEmpty() ? -1 : dataset.indexOfActor(event.actors.front());
        if (actor < 0)
            actor = noActor;
        ++counts[yearOfDay(event.parsed.earliest())][actor];
        actorsSeen[actor] = true;
    }
    for (const auto &entry : actorsSeen)
        m_actors.push_back(entry.first == noActor ? -1 : entry.first);
    if (counts.empty())
        return;
    // Every year (or period) from the first to the last, empty ones included: a year without
    // events is a gap the reader must see, not a bar left out.
    m_period = chartPeriodYears(counts.begin()->first, counts.rbegin()->first);
    const Year first = periodStart(counts.begin()->first, m_period);
    const Year last = periodStart(counts.rbegin()->first, m_period);
    for (Year start = first; start <= last; start += m_period) {
        m_years.push_back(start);
        std::vector<int> row(m_actors.size(), 0);
        for (auto perYear = counts.lower_bound(start);
             perYear != counts.end() && perYear->first < start + m_period; ++perYear) {
            for (std::size_t c = 0; c < m_actors.size(); ++c) {
                const auto it = perYear->second.find(m_actors[c] < 0 ? noActor : m_actors[c]);
                row[c] += it == perYear->second.end() ? 0 : it->second;
            }
        }
        m_counts.push_back(std::move(row));
    }
}

int EventsPerYearModel::rowCount(const QModelIndex &parent) const
{
    ensureComputed();
    return parent.isValid() ? 0 : int(m_years.size());
}

int EventsPerYearModel::columnCount(const QModelIndex &parent) const
{
    ensureComputed();
    return parent.isValid() ? 0 : int(m_actors.size());
}

Year EventsPerYearModel::year(int row) const
{
    ensureComputed();
    return row >= 0 && row < int(m_years.size()) ? m_years[std::size_t(row)] : 0;
}

Year EventsPerYearModel::periodYears() const
{
    ensureComputed();
    return m_period;
}

QString EventsPerYearModel::periodLabel(int row) const
{
    const Year start = year(row);
    if (periodYears() == 1)
        return QString::number(start);
    const QLocale locale;
    //: A period of years in a chart, e.g. "1900–1949"; %1 is its first year, %2 its last.
    return tr("%1–%2").arg(yearDisplayString(start, locale),
                           yearDisplayString(start + periodYears() - 1, locale));
}

int EventsPerYearModel::actorIndex(int column) const
{
    ensureComputed();
    return column >= 0 && column < int(m_actors.size()) ? m_actors[std::size_t(column)] : -1;
}

QString EventsPerYearModel::actorId(int column) const
{
    const int actor = actorIndex(column);
    return actor >= 0 ? m_document.dataset().actors[std::size_t(actor)].id : QString();
}

int EventsPerYearModel::count(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return 0;
    return m_counts[std::size_t(row)][std::size_t(column)];
}

QVariant EventsPerYearModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return count(index.row(), index.column());
    if (role == Qt::ToolTipRole)
        return tr("%1, %2: %n event(s)", nullptr, count(index.row(), index.column()))
            .arg(headerData(index.column(), Qt::Horizontal).toString())
            .arg(periodLabel(index.row()));
    return {};
}

QVariant EventsPerYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return periodLabel(section);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int actor = actorIndex(section);
    const Dataset &dataset = m_document.dataset();
    switch (role) {
    case Qt::DisplayRole:
        return actor >= 0 ? m_document.text().name(dataset.actors[std::size_t(actor)])
                          : tr("No actor");
    case Qt::DecorationRole:
    case ColorRole:
        return actor >= 0 ? dataset.actors[std::size_t(actor)].color : QColor(Qt::gray);
    case IdRole:
        return actorId(section);
    default:
        return {};
    }
}

// ---- metric points

MetricPointsModel::MetricPointsModel(const Document &document, const EventFilterProxy &filter,
                                     int metricIndex, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_filter(filter)
    , m_metric(metricIndex)
{
    connect(&document, &Document::datasetReset, this, &MetricPointsModel::rebuild);
    connect(&document, &Document::dataLanguageChanged, this, &MetricPointsModel::rebuild);
    connect(&filter, &EventFilterProxy::filterChanged, this, &MetricPointsModel::rebuild);
    compute();
}

double MetricPointsModel::msecsForDay(DayNumber dayNumber)
{
    return (double(dayNumber) * 86400.0 + 43200.0) * 1000.0;
}

void MetricPointsModel::rebuild()
{
    beginResetModel();
    compute();
    endResetModel();
}

void MetricPointsModel::compute()
{
    m_points.clear();
    const Dataset &dataset = m_document.dataset();
    if (m_metric < 0 || m_metric >= int(dataset.metrics.size()))
        return;
    const Metric &metric = dataset.metrics[std::size_t(m_metric)];
    for (int p = 0; p < int(metric.points.size()); ++p) {
        const MetricPoint &point = metric.points[std::size_t(p)];
        if (!point.parsed.isValid() || !std::isfinite(point.value))
            continue;
        const int event = point.event.isEmpty() ? -1 : m_document.eventIndexById(point.event);
        bool visible = false;
        if (event >= 0) {
            visible = m_filter.acceptsEvent(event);
        } else {
            const auto from = m_filter.windowFrom();
            const auto to = m_filter.windowTo();
            visible = (!from || point.parsed.latest() >= *from) &&
                      (!to || point.parsed.earliest() <= *to);
        }
        if (visible)
            m_points.push_back(p);
    }
    // In the order of x (the middle of each date), so a line through the points never turns back.
    const auto middle = [&](int p) {
        const PartialDate &date = metric.points[std::size_t(p)].parsed;
        return qint64(date.earliest()) + date.latest();
    };
    std::stable_sort(m_points.begin(), m_points.end(),
                     [&](int a, int b) { return middle(a) < middle(b); });
}

int MetricPointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int MetricPointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MetricPointsModel::metricName() const
{
    const Dataset &dataset = m_document.dataset();
    return m_metric >= 0 && m_metric < int(dataset.metrics.size())
               ? m_document.text().name(dataset.metrics[std::size_t(m_metric)])
               : QString();
}

QString MetricPointsModel::unit() const
{
    const Dataset &dataset = m_document.dataset();
    return m_metric >= 0 && m_metric < int(dataset.metrics.size())
               ? m_document.text().unit(dataset.metrics[std::size_t(m_metric)])
               : QString();
}

int MetricPointsModel::pointIndex(int row) const
{
    return row >= 0 && row < int(m_points.size()) ? m_points[std::size_t(row)] : -1;
}

int MetricPointsModel::eventOf(int row) const
{
    const int point = pointIndex(row);
    if (point < 0)
        return -1;
    const auto &points = m_document.dataset().metrics[std::size_t(m_metric)].points;
    const QString &event = points[std::size_t(point)].event;
    return event.isEmpty() ? -1 : m_document.eventIndexById(event);
}

int MetricPointsModel::rowNearest(double msecs, double value) const
{
    // Distance in "days" against "value units scaled so 1 unit ~ 1 year": adequate for picking.
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int row = 0; row < rowCount(); ++row) {
        const double dx = (data(index(row, TimeColumn)).toDouble() - msecs) / 86400000.0 / 365.0;
        const double dy = data(index(row, ValueColumn)).toDouble() - value;
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = row;
        }
    }
    return best;
}

QVariant MetricPointsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= ColumnCount)
        return {};
    const Dataset &dataset = m_document.dataset();
    const MetricPoint &point =
        dataset.metrics[std::size_t(m_metric)].points[std::size_t(pointIndex(index.row()))];
    const int event = eventOf(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == TimeColumn)
            return msecsForDay((point.parsed.earliest() + point.parsed.latest()) / 2);
        return point.value;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 %2 — %3")
                          .arg(QLocale().toString(point.value), unit(),
                               point.parsed.toDisplayString(QLocale()));
        if (!point.label.isEmpty())
            tip += QStringLiteral("\n") + point.label;
        if (event >= 0)
            tip +=
                QStringLiteral("\n") + m_document.text().title(dataset.events[std::size_t(event)]);
        return tip;
    }
    case IdRole:
        return point.event;
    case DatasetIndexRole:
        return event;
    case DateTextRole:
        return point.date;
    default:
        return {};
    }
}

QVariant MetricPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == TimeColumn)
        return tr("Date");
    if (section == ValueColumn)
        return unit().isEmpty() ? metricName() : metricName() + QStringLiteral(" (") + unit() + ')';
    return {};
}

// ---- theme frequency

ThemeFrequencyModel::ThemeFrequencyModel(const Document &document, const EventFilterProxy &filter,
                                         int topN, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_filter(filter)
    , m_topN(std::max(1, topN))
{
    // A new dataset resets the filter, which then says filterChanged: one rebuild, not two.
    connect(&filter, &EventFilterProxy::filterChanged, this, &ThemeFrequencyModel::rebuild);
}

void ThemeFrequencyModel::rebuild()
{
    beginResetModel();
    m_stale = true;
    endResetModel();
}

void ThemeFrequencyModel::ensureComputed() const
{
    // The model is never const itself: only its readers are.
    if (m_stale)
        const_cast<ThemeFrequencyModel *>(this)->compute();
}

void ThemeFrequencyModel::compute()
{
    m_stale = false;
    m_themes.clear();
    m_counts.clear();
    m_firstYear = 0;
    m_period = 1;
    const Dataset &dataset = m_document.dataset();
    const int themeCount = int(dataset.themes.size());
    std::vector<int> totals(std::size_t(themeCount), 0);
    std::vector<std::vector<int>> themesOfEvent(dataset.events.size());
    for (int i = 0; i < int(dataset.events.size()); ++i) {
        const Event &event = dataset.events[std::size_t(i)];
        if (!event.parsed.isValid() || !m_filter.acceptsEvent(i))
            continue;
        for (const QString &id : event.themes) {
            const int theme = dataset.indexOfTheme(id);
            if (theme < 0)
                continue;
            auto &mine = themesOfEvent[std::size_t(i)];
            if (std::find(mine.begin(), mine.end(), theme) != mine.end())
                continue; // a theme listed twice counts once
            mine.push_back(theme);
            ++totals[std::size_t(theme)];
        }
    }
    std::vector<int> order;
    for (int t = 0; t < themeCount; ++t) {
        if (totals[std::size_t(t)] > 0)
            order.push_back(t);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return totals[std::size_t(a)] > totals[std::size_t(b)]; });
    if (int(order.size()) > m_topN)
        order.resize(std::size_t(m_topN));
    m_themes = order;
    if (m_themes.empty())
        return;

    std::map<Year, std::vector<int>> perYear;
    for (int i = 0; i < int(dataset.events.size()); ++i) {
        for (int theme : themesOfEvent[std::size_t(i)]) {
            const auto column = std::find(m_themes.begin(), m_themes.end(), theme);
            if (column == m_themes.end())
                continue;
            const Year year = yearOfDay(dataset.events[std::size_t(i)].parsed.earliest());
            auto &row = perYear[year];
            row.resize(m_themes.size(), 0);
            ++row[std::size_t(column - m_themes.begin())];
        }
    }
    // A row per year, or per period of years over deep time (see chartPeriodYears()).
    m_period = chartPeriodYears(perYear.begin()->first, perYear.rbegin()->first);
    m_firstYear = periodStart(perYear.begin()->first, m_period);
    const Year lastYear = periodStart(perYear.rbegin()->first, m_period);
    for (Year start = m_firstYear; start <= lastYear; start += m_period) {
        std::vector<int> row(m_themes.size(), 0);
        for (auto it = perYear.lower_bound(start);
             it != perYear.end() && it->first < start + m_period; ++it) {
            for (std::size_t c = 0; c < row.size(); ++c)
                row[c] += c < it->second.size() ? it->second[c] : 0;
        }
        m_counts.push_back(std::move(row));
    }
}

int ThemeFrequencyModel::rowCount(const QModelIndex &parent) const
{
    ensureComputed();
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ThemeFrequencyModel::themeCount() const
{
    ensureComputed();
    return int(m_themes.size());
}

int ThemeFrequencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : themeCount() + 1;
}

int ThemeFrequencyModel::themeIndex(int column) const
{
    return column >= 1 && column <= themeCount() ? m_themes[std::size_t(column - 1)] : -1;
}

Year ThemeFrequencyModel::year(int row) const
{
    return row >= 0 && row < rowCount() ? m_firstYear + row * m_period : 0;
}

Year ThemeFrequencyModel::periodYears() const
{
    ensureComputed();
    return m_period;
}

int ThemeFrequencyModel::count(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 1 || column > themeCount())
        return 0;
    return m_counts[std::size_t(row)][std::size_t(column - 1)];
}

int ThemeFrequencyModel::maximumCount() const
{
    ensureComputed();
    int maximum = 0;
    for (const auto &row : m_counts) {
        for (int value : row)
            maximum = std::max(maximum, value);
    }
    return maximum;
}

QVariant ThemeFrequencyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == 0 ? QVariant::fromValue(qint64(year(index.row())))
                                   : QVariant(count(index.row(), index.column()));
    return {};
}

QVariant ThemeFrequencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return QString::number(year(section));
        return {};
    }
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Year") : QVariant();
    const int theme = themeIndex(section);
    if (theme < 0)
        return {};
    const Theme &t = m_document.dataset().themes[std::size_t(theme)];
    switch (role) {
    case Qt::DisplayRole:
        return m_document.text().name(t);
    case Qt::ToolTipRole:
        return m_document.text().definition(t);
    case IdRole:
        return t.id;
    default:
        return {};
    }
}

} // namespace Anchorline::Model
