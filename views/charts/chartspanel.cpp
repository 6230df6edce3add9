#include "charts/chartspanel.h"

#include "charts/eventsperyearchart.h"
#include "charts/metricchart.h"
#include "charts/themefrequencychart.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Anchorline::Views {

ChartsPanel::ChartsPanel(Model::Document &document, Model::EventFilterProxy &filter,
                         QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Charts"));
    m_eventsPerYear = new EventsPerYearChart(document, filter, m_tabs);
    m_metrics = new MetricChart(document, filter, m_tabs);
    m_themes = new ThemeFrequencyChart(document, filter, m_tabs);
    m_tabs->addTab(m_eventsPerYear, tr("Events per year"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(m_themes, tr("Themes over time"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    auto *clear = new QPushButton(tr("Clear chart filter"), this);
    clear->setToolTip(tr("Undo the year and actor filter set by clicking a bar"));
    clear->setEnabled(m_eventsPerYear->isBarFilterActive());
    connect(clear, &QPushButton::clicked, m_eventsPerYear, &EventsPerYearChart::clearBarFilter);
    connect(m_eventsPerYear, &EventsPerYearChart::barFilterChanged, clear,
            &QPushButton::setEnabled);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *svg = new QPushButton(tr("Export SVG…"), this);
    connect(png, &QPushButton::clicked, this, [this] { exportCurrent(QStringLiteral("png")); });
    connect(svg, &QPushButton::clicked, this, [this] { exportCurrent(QStringLiteral("svg")); });
    buttons->addWidget(png);
    buttons->addWidget(svg);
    layout->addLayout(buttons);
}

ChartsPanel::~ChartsPanel() = default;

ChartView *ChartsPanel::currentChart() const
{
    return qobject_cast<ChartView *>(m_tabs->currentWidget());
}

void ChartsPanel::exportCurrent(const QString &suffix)
{
    ChartView *chart = currentChart();
    if (!chart)
        return;
    QString name = chart->title().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString filter =
        suffix == QLatin1String("png") ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                name + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!chart->exportImage(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Anchorline::Views
