#pragma once

// The charts, behind an interface that does not mention Qt Charts: Qt Charts is deprecated from
// Qt 6.10 in favour of Qt Graphs, and every Qt Charts include and call lives in views/charts*.cpp
// so that the implementation can be swapped without touching callers. The charts read the
// item models of model/chartmodels.h and follow the EventFilterProxy.

#include <QWidget>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QTabWidget;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

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

// Theme frequency over time: visible events per theme per year, for the most frequent themes.
class ThemeFrequencyChart final : public ChartView
{
    Q_OBJECT

public:
    ThemeFrequencyChart(Model::Document &document, Model::EventFilterProxy &filter,
                        QWidget *parent = nullptr);
    ~ThemeFrequencyChart() override;
    Q_DISABLE_COPY_MOVE(ThemeFrequencyChart)

    QString title() const override;
    QAbstractItemModel *model() const override;

protected:
    QWidget *chartWidget() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The three charts in tabs, with "Export PNG…", "Export SVG…" and "Clear chart filter".
class ChartsPanel final : public QWidget
{
    Q_OBJECT

public:
    ChartsPanel(Model::Document &document, Model::EventFilterProxy &filter,
                QWidget *parent = nullptr);
    ~ChartsPanel() override;
    Q_DISABLE_COPY_MOVE(ChartsPanel)

    EventsPerYearChart *eventsPerYear() const { return m_eventsPerYear; }
    MetricChart *metrics() const { return m_metrics; }
    ThemeFrequencyChart *themeFrequency() const { return m_themes; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartView *currentChart() const;

private:
    void exportCurrent(const QString &suffix);

    QTabWidget *m_tabs = nullptr;
    EventsPerYearChart *m_eventsPerYear = nullptr;
    MetricChart *m_metrics = nullptr;
    ThemeFrequencyChart *m_themes = nullptr;
};

} // namespace Anchorline::Views
