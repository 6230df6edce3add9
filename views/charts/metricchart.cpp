// Every Qt Charts call of Anchorline is in views/charts/ (see chartview.h for why).
#include "charts/metricchart.h"

#include "charts/chartstyle_p.h"
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
        const Year firstYear = yearOfDay(DayNumber(std::floor(minX / 86400000.0)));
        const Year lastYear = yearOfDay(DayNumber(std::floor(maxX / 86400000.0))) + 1;
        for (const QString &label : d->axisX->categoriesLabels())
            d->axisX->remove(label);
        const auto msecs = [](Year year) { return double(daysFromCivil(year, 1, 1)) * 86400000.0; };
        // At most about 15 labels: steps of 1, 5, 10, 20, 50, ... years (deep time included).
        Year step = lastYear - firstYear > 14 ? 5 : 1;
        for (int k = 0; (lastYear - firstYear) / step > 14; ++k)
            step = k % 3 == 2 ? step * 5 / 2 : step * 2; // 5, 10, 20, 50, 100, ...
        for (Year year = firstYear; year <= lastYear; year += step)
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
                               : (dataset.metrics.size() == 1
                                      ? d->document.text().name(dataset.metrics.front())
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

} // namespace Anchorline::Views
