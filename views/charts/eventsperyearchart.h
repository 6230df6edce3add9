#pragma once

#include "charts/chartview.h"

class QAbstractItemModel;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Events per year, stacked by actor (the event's lane). Clicking a bar segment filters the proxy
// to that year and that actor; clearBarFilter() (and the panel's "Clear chart filter") undoes it.
class EventsPerYearChart final : public ChartView
{
    Q_OBJECT

public:
    EventsPerYearChart(Model::Document &document, Model::EventFilterProxy &filter,
                       QWidget *parent = nullptr);
    ~EventsPerYearChart() override;
    Q_DISABLE_COPY_MOVE(EventsPerYearChart)

    QString title() const override;
    QAbstractItemModel *model() const override;
    // What a click on a segment does: row = year row, column = actor column of model().
    void filterToBar(int row, int column);
    void clearBarFilter();
    bool isBarFilterActive() const;

signals:
    void barFilterChanged(bool active);

protected:
    QWidget *chartWidget() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Anchorline::Views
