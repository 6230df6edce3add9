#pragma once

#include "charts/chartview.h"

class QAbstractItemModel;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Metric series over time (e.g. Japan's defence-spending targets in % of GDP): a line with a
// marker per point; the current event's point is ringed. Clicking a marker selects its event.
class MetricChart final : public ChartView
{
    Q_OBJECT

public:
    MetricChart(Model::Document &document, Model::EventFilterProxy &filter,
                QWidget *parent = nullptr);
    ~MetricChart() override;
    Q_DISABLE_COPY_MOVE(MetricChart)

    QString title() const override;
    QAbstractItemModel *model() const override; // the first metric's points
    QAbstractItemModel *metricModel(int metricIndex) const;
    // What a click on a marker does: makes the point's event current.
    void selectPoint(int metricIndex, int row);

protected:
    QWidget *chartWidget() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Anchorline::Views
