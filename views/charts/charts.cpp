#include "charts/charts.h"

#include "export/xmltext.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Anchorline::Views {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{}

ChartView::~ChartView() = default;

void ChartView::setRefresh(std::function<void()> refresh)
{
    m_refresh = std::move(refresh);
    m_refreshPending = false;
    m_refresh();
}

void ChartView::refreshWhenShown()
{
    m_refreshPending = true;
    if (isVisible())
        refreshIfPending();
}

void ChartView::showEvent(QShowEvent *event)
{
    refreshIfPending();
    QWidget::showEvent(event);
}

void ChartView::refreshIfPending() const
{
    if (!m_refreshPending || !m_refresh)
        return;
    m_refreshPending = false;
    m_refresh();
}

bool ChartView::exportImage(const QString &path, QString *error) const
{
    refreshIfPending();
    QWidget *target = chartWidget();
    const QSize size = target->size().isEmpty() ? QSize(900, 560) : target->size();
    if (target->size().isEmpty())
        target->resize(size);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        // Into memory first: labels hold data text, and characters XML forbids are removed
        // before the file is written (export/xmltext.h).
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(xmlSafeText(title()).toHtmlEscaped());
        generator.setDescription(tr("Exported from Anchorline"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Cannot write %1").arg(path);
            return false;
        }
        target->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(xmlSafeUtf8(bytes)) < 0 ||
            !file.commit()) {
            if (error)
                *error = tr("Cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    if (suffix != QLatin1String("png")) {
        if (error)
            *error = tr("Unknown image type “%1”: use .png or .svg").arg(suffix);
        return false;
    }
    constexpr int scale = 2;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        target->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

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
