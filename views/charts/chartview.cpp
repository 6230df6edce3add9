#include "charts/chartview.h"

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

} // namespace Anchorline::Views
