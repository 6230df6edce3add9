#pragma once

#include <QWidget>

class QTabWidget;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

class ChartView;
class EventsPerYearChart;
class MetricChart;
class ThemeFrequencyChart;

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
