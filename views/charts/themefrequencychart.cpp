// Every Qt Charts call of Anchorline is in views/charts/ (see chartview.h for why).
#include "charts/themefrequencychart.h"

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
                points.append(QPointF(double(d->model->year(row)), d->model->count(row, column)));
            series->replace(points);
            d->chart->addSeries(series);
            series->attachAxis(d->axisX);
            series->attachAxis(d->axisY);
        }
        // In periods over deep time (ThemeFrequencyModel::periodYears()), in years otherwise.
        const auto period = double(d->model->periodYears());
        const auto first = double(d->model->year(0));
        const auto last = double(d->model->year(d->model->rowCount() - 1));
        const double span = std::max(1.0, (last - first) / period);
        d->axisX->setRange(first - 0.5 * period, std::max(first, last) + 0.5 * period);
        // "%d" takes an int; deep-time years are larger.
        d->axisX->setLabelFormat(period > 1 ? QStringLiteral("%.0f") : QStringLiteral("%d"));
        d->axisX->setTickType(QValueAxis::TicksDynamic);
        d->axisX->setTickAnchor(first);
        d->axisX->setTickInterval(period * (span > 24 ? 5 : (span > 12 ? 2 : 1)));
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
