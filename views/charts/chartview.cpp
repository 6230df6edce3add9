#include "charts/chartview.h"

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
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title());
        generator.setDescription(tr("Exported from Anchorline"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Cannot write %1").arg(path);
            return false;
        }
        target->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
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

} // namespace Anchorline::Views
