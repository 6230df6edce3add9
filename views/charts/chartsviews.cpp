// Every Qt Charts call of Anchorline is in this file (see charts.h for why).
#include "charts/charts.h"
#include "document/document.h"
#include "itemmodels/chartmodels.h"
#include "itemmodels/eventfilterproxy.h"

#include <QDateTime>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QVXYModelMapper>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Small enough that the timeline above can take most of a laptop screen.
    view->setMinimumSize(280, 150);
    return view;
}

QVBoxLayout *chartLayout(QWidget *widget, QChartView *view, QLabel *hint)
{
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(view, 1);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    return layout;
}

// Okabe & Ito: distinguishable with every common colour-vision deficiency (yellow left out, it
// does not read on white).
const std::array<QColor, 7> lineColors{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                       QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                       QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                       QColor(0x00, 0x00, 0x00)};

} // namespace

// ---- events per year

struct EventsPerYearChart::Private
{
    Private(Document &doc, EventFilterProxy &proxy)
        : document(doc)
        , filter(proxy)
    {}

    Document &document;
    EventFilterProxy &filter;
    EventsPerYearModel *model = nullptr;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QStackedBarSeries *series = nullptr;
    QCategoryAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    bool barFilter = false;
    QString barFilterText;
};

EventsPerYearChart::EventsPerYearChart(Document &document, EventFilterProxy &filter,
                                       QWidget *parent)
    : ChartView(parent)
    , d(std::make_unique<Private>(document, filter))
{
    d->model = new EventsPerYearModel(document, filter, this);
    d->chart = new QChart;
    d->series = new QStackedBarSeries;
    d->series->setBarWidth(0.8);
    d->chart->addSeries(d->series);
    // Bars stand at 0, 1, 2, ... (one a year, empty years included); the labels name every
    // year, or every fifth or tenth when there are many, at the bar's centre.
    d->axisX = new QCategoryAxis;
    d->axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    d->axisY = new QValueAxis;
    d->axisY->setLabelFormat(QStringLiteral("%d"));
    d->axisY->setTitleText(tr("events"));
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisY, Qt::AlignLeft);
    d->series->attachAxis(d->axisX);
    d->series->attachAxis(d->axisY);
    d->view = makeChartView(d->chart, this);
    d->view->setAccessibleName(tr("Events per year"));
    chartLayout(this, d->view,
                new QLabel(tr("Each event counts once: in the year it starts, in its lane (first "
                              "actor). Click a segment to filter to that year and actor."),
                           this));

    // One bar set per lane, filled whole (a model mapper would also refill them while the chart
    // is off screen, and per value).
    const auto refresh = [this] {
        d->series->clear();
        QList<QBarSet *> sets;
        for (int c = 0; c < d->model->columnCount(); ++c) {
            auto *set = new QBarSet(d->model->headerData(c, Qt::Horizontal).toString());
            QList<qreal> values;
            values.reserve(d->model->rowCount());
            for (int r = 0; r < d->model->rowCount(); ++r)
                values.append(d->model->count(r, c));
            set->append(values);
            set->setColor(
                d->model->headerData(c, Qt::Horizontal, Qt::DecorationRole).value<QColor>());
            set->setBorderColor(QColor(Qt::white));
            sets.append(set);
        }
        d->series->append(sets);
        QStringList years;
        int maximum = 0;
        for (int r = 0; r < d->model->rowCount(); ++r) {
            years << QString::number(d->model->year(r));
            int total = 0;
            for (int c = 0; c < d->model->columnCount(); ++c)
                total += d->model->count(r, c);
            maximum = std::max(maximum, total);
        }
        for (const QString &label : d->axisX->categoriesLabels())
            d->axisX->remove(label);
        const int step = years.size() <= 15 ? 1 : (years.size() <= 60 ? 5 : 10);
        for (int r = 0; r < int(years.size()); ++r) {
            const int year = d->model->year(r);
            if (r == 0 || r + 1 == int(years.size()) || year % step == 0)
                d->axisX->append(years.at(r), r);
        }
        d->axisX->setRange(-0.5, std::max(0.5, double(years.size()) - 0.5));
        d->axisX->setLabelsAngle(years.size() <= 15 ? 0 : -90);
        d->axisY->setRange(0, std::max(1, maximum));
        d->axisY->setTickCount(std::min(maximum, 8) + 1 < 3 ? 3 : std::min(maximum, 8) + 1);
        d->axisY->applyNiceNumbers();
        d->chart->setTitle(d->barFilter ? tr("Events involving %1").arg(d->barFilterText)
                                        : tr("Events per year, by actor"));
    };
    setRefresh(refresh);
    connect(d->model, &QAbstractItemModel::modelReset, this, [this] { refreshWhenShown(); });
    // Clear Filters (Ctrl+Shift+L) or the search panel may take the chart's filter away: then
    // there is nothing left for "Clear chart filter" to undo.
    connect(&d->filter, &EventFilterProxy::filterChanged, this, [this] {
        if (d->barFilter && !d->filter.windowFrom() && d->filter.actors().isEmpty()) {
            d->barFilter = false;
            emit barFilterChanged(false);
        }
    });
    connect(d->series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const int column = int(d->series->barSets().indexOf(set));
        // Queued: the filter rebuilds the bar sets, and this one is still emitting.
        QTimer::singleShot(0, this, [this, index, column] { filterToBar(index, column); });
    });
    connect(d->series, &QStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                const int column = int(d->series->barSets().indexOf(set));
                d->view->setToolTip(
                    status ? d->model->index(index, column).data(Qt::ToolTipRole).toString()
                           : QString());
            });
}

EventsPerYearChart::~EventsPerYearChart() = default;

QString EventsPerYearChart::title() const
{
    return tr("Events per year");
}

QAbstractItemModel *EventsPerYearChart::model() const
{
    return d->model;
}

QWidget *EventsPerYearChart::chartWidget() const
{
    return d->view;
}

bool EventsPerYearChart::isBarFilterActive() const
{
    return d->barFilter;
}

void EventsPerYearChart::filterToBar(int row, int column)
{
    if (row < 0 || row >= d->model->rowCount() || column < 0 || column >= d->model->columnCount())
        return;
    const int year = d->model->year(row);
    const QString actor = d->model->actorId(column);
    d->barFilter = true;
    // The proxy passes events with the actor anywhere in their list whose dates overlap the
    // year, so the filtered chart may show neighbouring years and lanes: the title says so.
    d->barFilterText = tr("%1 that overlap %2")
                           .arg(d->model->headerData(column, Qt::Horizontal).toString())
                           .arg(year);
    d->filter.setActors(actor.isEmpty() ? QSet<QString>{} : QSet<QString>{actor});
    d->filter.setDateWindow(daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31));
    emit barFilterChanged(true);
}

void EventsPerYearChart::clearBarFilter()
{
    if (!d->barFilter)
        return;
    d->barFilter = false;
    d->filter.setActors({});
    d->filter.setDateWindow(std::nullopt, std::nullopt);
    emit barFilterChanged(false);
}

// ---- metrics

struct MetricChart::Private
{
    Private(Document &doc, EventFilterProxy &proxy)
        : document(doc)
        , filter(proxy)
    {}

    Document &document;
    EventFilterProxy &filter;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QCategoryAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    QScatterSeries *current = nullptr;
    std::vector<MetricPointsModel *> models;
    std::vector<QObject *> perMetric; // series and mappers of the metrics, rebuilt on reset
};

MetricChart::MetricChart(Document &document, EventFilterProxy &filter, QWidget *parent)
    : ChartView(parent)
    , d(std::make_unique<Private>(document, filter))
{
    d->chart = new QChart;
    // Year labels placed exactly on 1 January (a date-time axis spaces ticks evenly in
    // milliseconds, which drifts off the year boundaries).
    d->axisX = new QCategoryAxis;
    d->axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    d->axisX->setTitleText(tr("date"));
    d->axisY = new QValueAxis;
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisY, Qt::AlignLeft);
    d->current = new QScatterSeries;
    d->current->setName(tr("current event"));
    d->current->setMarkerSize(22);
    d->current->setColor(QColor(0, 0, 0, 0));
    d->current->setBorderColor(QColor(0x22, 0x22, 0x22));
    QPen ring(QColor(0x22, 0x22, 0x22), 2.5);
    d->current->setPen(ring);
    d->view = makeChartView(d->chart, this);
    d->view->setAccessibleName(tr("Metrics over time"));
    chartLayout(this, d->view,
                new QLabel(tr("Dates with a day or month are drawn at their middle. Click a marker "
                              "to select its event."),
                           this));

    const auto updateRanges = [this] {
        double minX = 0;
        double maxX = 0;
        double maxY = 0;
        bool any = false;
        for (MetricPointsModel *model : d->models) {
            for (int r = 0; r < model->rowCount(); ++r) {
                const double x = model->index(r, MetricPointsModel::TimeColumn).data().toDouble();
                const double y = model->index(r, MetricPointsModel::ValueColumn).data().toDouble();
                minX = any ? std::min(minX, x) : x;
                maxX = any ? std::max(maxX, x) : x;
                maxY = any ? std::max(maxY, y) : y;
                any = true;
            }
        }
        if (!any) {
            minX = double(QDateTime::currentMSecsSinceEpoch());
            maxX = minX;
            maxY = 1;
        }
        // Whole years, so that the "yyyy" tick labels sit on 1 January.
        const int firstYear = yearOfDay(int(std::floor(minX / 86400000.0)));
        const int lastYear = yearOfDay(int(std::floor(maxX / 86400000.0))) + 1;
        for (const QString &label : d->axisX->categoriesLabels())
            d->axisX->remove(label);
        const auto msecs = [](int year) { return double(daysFromCivil(year, 1, 1)) * 86400000.0; };
        const int step = lastYear - firstYear > 14 ? 5 : 1;
        for (int year = firstYear; year <= lastYear; year += step)
            d->axisX->append(QString::number(year), msecs(year));
        d->axisX->setStartValue(msecs(firstYear));
        d->axisX->setRange(msecs(firstYear), msecs(lastYear));
        d->axisY->setRange(0, std::ceil(maxY * 1.25 * 2) / 2);
        d->axisY->applyNiceNumbers();
    };
    const auto updateCurrent = [this] {
        d->current->clear();
        const int event = d->document.currentEvent();
        for (MetricPointsModel *model : d->models) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (event >= 0 && model->eventOf(r) == event)
                    d->current->append(
                        model->index(r, MetricPointsModel::TimeColumn).data().toDouble(),
                        model->index(r, MetricPointsModel::ValueColumn).data().toDouble());
            }
        }
    };
    const auto rebuild = [this, updateRanges, updateCurrent] {
        // Series and mappers per metric; the models themselves follow the filter.
        if (d->chart->series().contains(d->current))
            d->chart->removeSeries(d->current);
        for (QObject *object : d->perMetric)
            delete object;
        d->perMetric.clear();
        for (MetricPointsModel *model : d->models)
            delete model;
        d->models.clear();
        const Dataset &dataset = d->document.dataset();
        QString unit;
        for (int m = 0; m < int(dataset.metrics.size()); ++m) {
            auto *model = new MetricPointsModel(d->document, d->filter, m, this);
            d->models.push_back(model);
            const QColor color = lineColors[std::size_t(m) % lineColors.size()];
            auto *line = new QLineSeries;
            line->setName(model->unit().isEmpty()
                              ? model->metricName()
                              : QStringLiteral("%1 (%2)").arg(model->metricName(), model->unit()));
            // The line only guides the eye between targets; the markers carry the data.
            QColor lineColor = color;
            lineColor.setAlphaF(0.45f);
            line->setPen(QPen(lineColor, 1.5));
            auto *markers = new QScatterSeries;
            markers->setColor(color);
            markers->setBorderColor(QColor(Qt::white));
            markers->setMarkerSize(12);
            markers->setPointLabelsVisible(true);
            markers->setPointLabelsFormat(QStringLiteral("@yPoint"));
            markers->setPointLabelsClipping(false);
            markers->setPointLabelsColor(color.darker(130));
            for (QXYSeries *series :
                 {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(markers)}) {
                d->chart->addSeries(series);
                series->attachAxis(d->axisX);
                series->attachAxis(d->axisY);
                auto *mapper = new QVXYModelMapper(this);
                mapper->setXColumn(MetricPointsModel::TimeColumn);
                mapper->setYColumn(MetricPointsModel::ValueColumn);
                mapper->setSeries(series);
                mapper->setModel(model);
                d->perMetric.push_back(mapper);
                d->perMetric.push_back(series);
            }
            for (QLegendMarker *marker : d->chart->legend()->markers(markers))
                marker->setVisible(false);
            connect(markers, &QScatterSeries::clicked, this, [this, m](const QPointF &point) {
                const int row = d->models[std::size_t(m)]->rowNearest(point.x(), point.y());
                QTimer::singleShot(0, this, [this, m, row] { selectPoint(m, row); });
            });
            connect(model, &QAbstractItemModel::modelReset, this, updateRanges);
            connect(model, &QAbstractItemModel::modelReset, this, updateCurrent);
            if (unit.isEmpty())
                unit = model->unit();
        }
        d->chart->addSeries(d->current);
        d->current->attachAxis(d->axisX);
        d->current->attachAxis(d->axisY);
        for (QLegendMarker *marker : d->chart->legend()->markers(d->current))
            marker->setVisible(false);
        d->axisY->setTitleText(unit);
        d->chart->setTitle(dataset.metrics.empty()
                               ? tr("No metrics in this dataset")
                               : (dataset.metrics.size() == 1 ? dataset.metrics.front().name
                                                              : tr("Metrics over time")));
        updateRanges();
        updateCurrent();
    };
    connect(&document, &Document::datasetReset, this, rebuild);
    connect(&document, &Document::currentEventChanged, this, updateCurrent);
    rebuild();
}

MetricChart::~MetricChart() = default;

QString MetricChart::title() const
{
    return tr("Metrics");
}

QAbstractItemModel *MetricChart::model() const
{
    return d->models.empty() ? nullptr : d->models.front();
}

QAbstractItemModel *MetricChart::metricModel(int metricIndex) const
{
    return metricIndex >= 0 && metricIndex < int(d->models.size())
               ? d->models[std::size_t(metricIndex)]
               : nullptr;
}

void MetricChart::selectPoint(int metricIndex, int row)
{
    if (metricIndex < 0 || metricIndex >= int(d->models.size()))
        return;
    const int event = d->models[std::size_t(metricIndex)]->eventOf(row);
    if (event >= 0)
        d->document.setCurrentEvent(event);
}

QWidget *MetricChart::chartWidget() const
{
    return d->view;
}

// ---- theme frequency

struct ThemeFrequencyChart::Private
{
    Private(Document &doc, EventFilterProxy &proxy)
        : document(doc)
        , filter(proxy)
    {}

    Document &document;
    EventFilterProxy &filter;
    ThemeFrequencyModel *model = nullptr;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
};

ThemeFrequencyChart::ThemeFrequencyChart(Document &document, EventFilterProxy &filter,
                                         QWidget *parent)
    : ChartView(parent)
    , d(std::make_unique<Private>(document, filter))
{
    d->model = new ThemeFrequencyModel(document, filter, 6, this);
    d->chart = new QChart;
    d->axisX = new QValueAxis;
    d->axisX->setLabelFormat(QStringLiteral("%d"));
    d->axisX->setTitleText(tr("year the event starts"));
    d->axisY = new QValueAxis;
    d->axisY->setLabelFormat(QStringLiteral("%d"));
    d->axisY->setTitleText(tr("events with the theme"));
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisY, Qt::AlignLeft);
    d->view = makeChartView(d->chart, this);
    d->view->setAccessibleName(tr("Themes over time"));
    chartLayout(this, d->view,
                new QLabel(tr("The six most frequent themes among the visible events; each event "
                              "counts in the year it starts."),
                           this));

    // The model only ever resets: the series are filled whole, which costs one geometry update
    // per series (a model mapper adds points one by one, each a whole update: seconds at 100k).
    const auto rebuild = [this] {
        d->chart->removeAllSeries();
        const int rows = d->model->rowCount();
        for (int column = 1; column <= d->model->themeCount(); ++column) {
            auto *series = new QLineSeries;
            series->setName(d->model->headerData(column, Qt::Horizontal).toString());
            series->setPen(QPen(lineColors[std::size_t(column - 1) % lineColors.size()], 2.2));
            series->setPointsVisible(true);
            QList<QPointF> points;
            points.reserve(rows);
            for (int row = 0; row < rows; ++row)
                points.append(QPointF(d->model->year(row), d->model->count(row, column)));
            series->replace(points);
            d->chart->addSeries(series);
            series->attachAxis(d->axisX);
            series->attachAxis(d->axisY);
        }
        const int first = d->model->year(0);
        const int last = d->model->year(d->model->rowCount() - 1);
        const int span = std::max(1, last - first);
        d->axisX->setRange(first - 0.5, std::max(first, last) + 0.5);
        d->axisX->setTickType(QValueAxis::TicksDynamic);
        d->axisX->setTickAnchor(first);
        d->axisX->setTickInterval(span > 24 ? 5 : (span > 12 ? 2 : 1));
        const int maximum = std::max(1, d->model->maximumCount());
        d->axisY->setRange(0, maximum + 1);
        d->axisY->setTickType(QValueAxis::TicksDynamic);
        d->axisY->setTickAnchor(0);
        d->axisY->setTickInterval(maximum > 12 ? 5 : (maximum > 6 ? 2 : 1));
        d->chart->setTitle(d->model->themeCount() == 0 ? tr("No themes among the visible events")
                                                       : tr("Themes over time"));
    };
    setRefresh(rebuild);
    connect(d->model, &QAbstractItemModel::modelReset, this, [this] { refreshWhenShown(); });
}

ThemeFrequencyChart::~ThemeFrequencyChart() = default;

QString ThemeFrequencyChart::title() const
{
    return tr("Themes over time");
}

QAbstractItemModel *ThemeFrequencyChart::model() const
{
    return d->model;
}

QWidget *ThemeFrequencyChart::chartWidget() const
{
    return d->view;
}

} // namespace Anchorline::Views
