#pragma once

// The charts, behind an interface that does not mention Qt Charts: Qt Charts is deprecated from
// Qt 6.10 in favour of Qt Graphs, and every Qt Charts include and call lives in views/charts/
// so that the implementation can be swapped without touching callers. The charts read the
// item models of model/itemmodels/chartmodels.h and follow the EventFilterProxy.

#include <QWidget>
#include <functional>
#include <memory>

class QAbstractItemModel;

namespace Anchorline::Views {

class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;
    Q_DISABLE_COPY_MOVE(ChartView)

    virtual QString title() const = 0;
    // The model the chart is drawn from.
    virtual QAbstractItemModel *model() const = 0;
    // PNG (at twice the on-screen resolution) or SVG, chosen by the file suffix.
    bool exportImage(const QString &path, QString *error = nullptr) const;

protected:
    // The part of the widget that is the chart (what an export shows).
    virtual QWidget *chartWidget() const = 0;

    // The chart's update after its model changed (series, axes, title). Qt Charts lays the whole
    // chart out again on every axis change, 30 ms at 100k events: a chart that is not on screen
    // (another tab, a closed dock) is updated when it is next shown or exported instead.
    void setRefresh(std::function<void()> refresh);
    void refreshWhenShown();
    void showEvent(QShowEvent *event) override;

private:
    void refreshIfPending() const;

    std::function<void()> m_refresh;
    mutable bool m_refreshPending = false;
};

} // namespace Anchorline::Views
