// Every Qt Charts call of Anchorline is in views/charts/ (see chartview.h for why).
#include "charts/eventsperyearchart.h"

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
            years << d->model->periodLabel(r);
            int total = 0;
            for (int c = 0; c < d->model->columnCount(); ++c)
                total += d->model->count(r, c);
            maximum = std::max(maximum, total);
        }
        for (const QString &label : d->axisX->categoriesLabels())
            d->axisX->remove(label);
        const int step = years.size() <= 15 ? 1 : (years.size() <= 60 ? 5 : 10);
        const Model::Year period = d->model->periodYears();
        for (int r = 0; r < int(years.size()); ++r) {
            const Model::Year year = d->model->year(r) / period; // periods count like years
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
    const Model::Year year = d->model->year(row);
    const Model::Year lastYear = year + d->model->periodYears() - 1;
    const QString actor = d->model->actorId(column);
    d->barFilter = true;
    // The proxy passes events with the actor anywhere in their list whose dates overlap the
    // year, so the filtered chart may show neighbouring years and lanes: the title says so.
    d->barFilterText = tr("%1 that overlap %2")
                           .arg(d->model->headerData(column, Qt::Horizontal).toString())
                           .arg(d->model->periodLabel(row));
    d->filter.setActors(actor.isEmpty() ? QSet<QString>{} : QSet<QString>{actor});
    d->filter.setDateWindow(daysFromCivil(year, 1, 1), daysFromCivil(lastYear, 12, 31));
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

} // namespace Anchorline::Views
