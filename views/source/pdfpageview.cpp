#include "source/pdfpageview.h"

#include "source/pdfpagerenderer.h"
#include "style/plainlabel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

namespace {

constexpr int PageGap = 12;      // pixels around and between pages
constexpr double MinZoom = 0.25; // pixels per point
constexpr double MaxZoom = 6.0;
constexpr double ZoomStep = 1.25;
constexpr int CacheKiB = 192 * 1024; // rendered pages kept: about 25 A4 pages at 150 %

// QtPdf gives a rectangle per character (or per run of characters PDFium saw as one); a
// highlight reads better as one band per line.
QList<QRectF> linesOf(const QList<QPolygonF> &bounds)
{
    QList<QRectF> lines;
    for (const QPolygonF &polygon : bounds) {
        const QRectF r = polygon.boundingRect();
        if (r.width() <= 0 || r.height() <= 0)
            continue;
        if (!lines.isEmpty()) {
            QRectF &last = lines.back();
            const double overlap =
                std::min(last.bottom(), r.bottom()) - std::max(last.top(), r.top());
            const bool sameLine = overlap > 0.5 * std::min(last.height(), r.height()) &&
                                  r.left() >= last.left() - 0.5 &&
                                  r.left() - last.right() < 2 * r.height();
            if (sameLine) {
                last = last.united(r);
                continue;
            }
        }
        lines.append(r);
    }
    return lines;
}

} // namespace

PdfPageView::PdfPageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(new QPdfDocument(this))
    , m_renderer(new PdfPageRenderer(this))
{
    setObjectName(QStringLiteral("pdfPages"));
    setAccessibleName(tr("Source pages"));
    setAccessibleDescription(
        tr("The pages of the PDF with the anchored passages marked. Switch to Text to read the "
           "text."));
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width does not make it appear and change the width.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::IBeamCursor);
    m_cache.setMaxCost(CacheKiB);
    connect(m_renderer, &PdfPageRenderer::rendered, this, &PdfPageView::onRendered);
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::open(const QString &path, std::shared_ptr<const Model::PdfPageMap> map)
{
    close();
    // Loading reads the cross-reference table only; pages are parsed when asked for.
    if (m_document->load(path) != QPdfDocument::Error::None)
        return false;
    m_path = path;
    m_map = std::move(map);
    const int count = m_document->pageCount();
    m_pageSizes.reserve(std::size_t(count));
    for (int page = 0; page < count; ++page)
        m_pageSizes.push_back(m_document->pagePointSize(page));
    m_renderer->open(path);
    layoutPages();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit zoomChanged(m_zoom);
    return true;
}

void PdfPageView::close()
{
    m_document->close();
    m_renderer->open(QString());
    m_path.clear();
    m_map.reset();
    m_pageSizes.clear();
    m_pageTops.clear();
    m_cache.clear();
    m_requested.clear();
    m_highlights.clear();
    m_highlightRanges.clear();
    m_passagesByPage.clear();
    m_flashStart = m_flashEnd = -1;
    m_flashStrength = 0;
    m_selecting = false;
    m_selectionPage = -1;
    m_selectionRects.clear();
    m_selectionText = {};
    layoutPages();
    viewport()->update();
}

void PdfPageView::setHighlights(std::vector<Highlight> highlights)
{
    if (highlights == m_highlights)
        return; // the flash animation asks many times a second
    m_highlights = std::move(highlights);
    m_highlightRanges.clear();
    m_highlightRanges.reserve(m_highlights.size());
    for (const Highlight &highlight : m_highlights)
        m_highlightRanges.push_back(m_map ? m_map->pageRanges(highlight.start, highlight.end)
                                          : std::vector<Model::PdfPageMap::PageRange>());
    m_passagesByPage.clear();
    viewport()->update();
}

void PdfPageView::setFlash(qsizetype start, qsizetype end, double strength)
{
    m_flashStart = start;
    m_flashEnd = end;
    m_flashStrength = strength;
    viewport()->update();
}

void PdfPageView::reveal(qsizetype start, qsizetype end)
{
    if (!m_map || m_pageSizes.empty())
        return;
    const std::vector<Model::PdfPageMap::PageRange> ranges = m_map->pageRanges(start, end);
    int page = ranges.empty() ? m_map->pageOf(start) : ranges.front().page;
    if (page < 0 || page >= pageCount())
        return;
    QPointF centre(m_pageSizes[std::size_t(page)].width() / 2, 0);
    if (!ranges.empty()) {
        const QList<QRectF> rects = rectsOnPage(page, ranges.front().start, ranges.front().length);
        if (!rects.isEmpty())
            centre = rects.front().center();
    }
    const int y = m_pageTops[std::size_t(page)] + int(centre.y() * m_zoom);
    verticalScrollBar()->setValue(y - viewport()->height() / 2);
    if (m_contentWidth > viewport()->width())
        horizontalScrollBar()->setValue(PageGap + int(centre.x() * m_zoom) -
                                        viewport()->width() / 2);
    viewport()->update();
}

void PdfPageView::setZoom(double zoom)
{
    m_fitWidth = false;
    zoomAround(zoom, viewport()->rect().center());
}

void PdfPageView::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void PdfPageView::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void PdfPageView::fitWidth()
{
    m_fitWidth = true;
    const double before = m_zoom;
    const double fraction =
        m_contentHeight > 0 ? double(verticalScrollBar()->value()) / double(m_contentHeight) : 0.0;
    layoutPages();
    verticalScrollBar()->setValue(int(fraction * m_contentHeight));
    if (!qFuzzyCompare(before, m_zoom))
        emit zoomChanged(m_zoom);
    viewport()->update();
}

void PdfPageView::zoomAround(double zoom, QPoint viewportPos)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // The point of the page under `viewportPos` stays under it.
    const double scale = zoom / m_zoom;
    const double x = horizontalScrollBar()->value() + viewportPos.x();
    const double y = verticalScrollBar()->value() + viewportPos.y();
    m_zoom = zoom;
    layoutPages();
    horizontalScrollBar()->setValue(int(x * scale) - viewportPos.x());
    verticalScrollBar()->setValue(int(y * scale) - viewportPos.y());
    emit zoomChanged(m_zoom);
    viewport()->update();
}

void PdfPageView::layoutPages()
{
    double widest = 0;
    for (const QSizeF &size : m_pageSizes)
        widest = std::max(widest, size.width());
    if (m_fitWidth && widest > 0)
        m_zoom = std::clamp((viewport()->width() - 2.0 * PageGap) / widest, MinZoom, MaxZoom);
    m_pageTops.clear();
    m_pageTops.reserve(m_pageSizes.size());
    int y = PageGap;
    for (const QSizeF &size : m_pageSizes) {
        m_pageTops.push_back(y);
        y += int(std::lround(size.height() * m_zoom)) + PageGap;
    }
    m_contentHeight = m_pageSizes.empty() ? 0 : y;
    m_contentWidth = m_pageSizes.empty() ? 0 : int(std::lround(widest * m_zoom)) + 2 * PageGap;
    m_requested.clear(); // asked for at another size
    m_passagesByPage.clear();
    updateScrollBars();
}

void PdfPageView::updateScrollBars()
{
    const QSize area = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(std::max(20, area.height() / 20));
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(20);
}

QSize PdfPageView::pixelSize(int page) const
{
    const QSizeF points = m_pageSizes[std::size_t(page)];
    const double scale = m_zoom * devicePixelRatioF();
    return {int(std::lround(points.width() * scale)), int(std::lround(points.height() * scale))};
}

QRect PdfPageView::pageRect(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const QSizeF points = m_pageSizes[std::size_t(page)];
    const int width = int(std::lround(points.width() * m_zoom));
    const int height = int(std::lround(points.height() * m_zoom));
    // Centred when the view is wider than the pages.
    const int room = std::max(viewport()->width(), m_contentWidth);
    const int x = std::max(PageGap, (room - width) / 2) - horizontalScrollBar()->value();
    const int y = m_pageTops[std::size_t(page)] - verticalScrollBar()->value();
    return {x, y, width, height};
}

int PdfPageView::currentPage() const
{
    if (m_pageTops.empty())
        return -1;
    const int middle = verticalScrollBar()->value() + viewport()->height() / 2;
    const auto after = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), middle);
    return std::max(0, int(after - m_pageTops.begin()) - 1);
}

std::pair<int, QPointF> PdfPageView::pageAt(QPoint viewportPos) const
{
    if (m_pageTops.empty())
        return {-1, {}};
    const int y = verticalScrollBar()->value() + viewportPos.y();
    const auto after = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), y);
    const int page = int(after - m_pageTops.begin()) - 1;
    const QRect rect = pageRect(page);
    if (page < 0 || !rect.contains(viewportPos))
        return {-1, {}};
    return {page, QPointF(viewportPos - rect.topLeft()) / m_zoom};
}

QList<QRectF> PdfPageView::rectsOnPage(int page, int start, int length) const
{
    if (length <= 0)
        return {};
    return linesOf(m_document->getSelectionAtIndex(page, start, length).bounds());
}

const std::vector<PdfPageView::PagePassage> &PdfPageView::passagesOn(int page) const
{
    const auto found = m_passagesByPage.constFind(page);
    if (found != m_passagesByPage.constEnd())
        return *found;
    // Asked for once per page and zoom: QtPdf parses the page's text for each passage.
    std::vector<PagePassage> passages;
    for (std::size_t i = 0; i < m_highlightRanges.size(); ++i) {
        for (const Model::PdfPageMap::PageRange &range : m_highlightRanges[i]) {
            if (range.page == page)
                passages.push_back(
                    PagePassage{int(i), rectsOnPage(page, range.start, range.length)});
        }
    }
    return *m_passagesByPage.insert(page, std::move(passages));
}

QList<QRectF> PdfPageView::textRects(qsizetype start, qsizetype end) const
{
    QList<QRectF> out;
    if (!m_map)
        return out;
    for (const Model::PdfPageMap::PageRange &range : m_map->pageRanges(start, end)) {
        const QRect page = pageRect(range.page);
        for (const QRectF &rect : rectsOnPage(range.page, range.start, range.length))
            out.append(QRectF(page.topLeft() + rect.topLeft() * m_zoom, rect.size() * m_zoom));
    }
    return out;
}

int PdfPageView::highlightAt(QPoint viewportPos) const
{
    const auto [page, point] = pageAt(viewportPos);
    if (page < 0)
        return -1;
    int best = -1;
    for (const PagePassage &passage : passagesOn(page)) {
        for (const QRectF &rect : passage.rects) {
            if (!rect.adjusted(-1, -1, 1, 1).contains(point))
                continue;
            const Highlight &h = m_highlights[std::size_t(passage.highlight)];
            if (best < 0 || h.end - h.start < m_highlights[std::size_t(best)].end -
                                                  m_highlights[std::size_t(best)].start)
                best = passage.highlight;
        }
    }
    return best;
}

bool PdfPageView::isRendered(int page) const
{
    const Rendered *rendered = m_cache.object(page);
    return rendered && rendered->size == pixelSize(page);
}

void PdfPageView::requestVisible()
{
    if (m_pageTops.empty())
        return;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const auto firstAfter = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), top);
    const int first = std::max(0, int(firstAfter - m_pageTops.begin()) - 1);
    const auto lastAfter = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), bottom);
    const int last = std::max(first, int(lastAfter - m_pageTops.begin()) - 1);
    // The page before and after too, so that scrolling on finds them ready.
    const int from = std::max(0, first - 1);
    const int to = std::min(pageCount() - 1, last + 1);
    m_renderer->setWantedPages(from, to);
    // Visible pages are asked for last, so that they are rendered first.
    for (int page : {to, from}) {
        if (page >= first && page <= last)
            continue;
        const Rendered *cached = m_cache.object(page);
        if ((!cached || cached->size != pixelSize(page)) && !m_requested.contains(page)) {
            m_requested.insert(page);
            m_renderer->request(page, pixelSize(page));
        }
    }
    for (int page = last; page >= first; --page) {
        const Rendered *cached = m_cache.object(page);
        if ((!cached || cached->size != pixelSize(page)) && !m_requested.contains(page)) {
            m_requested.insert(page);
            m_renderer->request(page, pixelSize(page));
        }
    }
}

void PdfPageView::onRendered(int page, QSize size, const QImage &image)
{
    if (page < 0 || page >= pageCount())
        return;
    const bool current = size == pixelSize(page);
    if (current)
        m_requested.remove(page); // dropped unrendered (scrolled past) or done
    if (image.isNull())
        return;
    // An image at an earlier zoom is still better than a blank sheet until the new one comes.
    const Rendered *cached = m_cache.object(page);
    if (!current && cached)
        return;
    auto *rendered = new Rendered{image, size};
    rendered->image.setDevicePixelRatio(devicePixelRatioF());
    m_cache.insert(page, rendered, std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    viewport()->update(pageRect(page));
}

void PdfPageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (m_pageTops.empty())
        return;
    requestVisible();
    const int top = verticalScrollBar()->value() + event->rect().top();
    const auto after = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), top);
    const QColor flash(255, 190, 0, int(220 * std::clamp(m_flashStrength, 0.0, 1.0)));
    const std::vector<Model::PdfPageMap::PageRange> flashRanges =
        m_map && m_flashStart >= 0 && m_flashStrength > 0
            ? m_map->pageRanges(m_flashStart, m_flashEnd)
            : std::vector<Model::PdfPageMap::PageRange>();
    for (int page = std::max(0, int(after - m_pageTops.begin()) - 1); page < pageCount(); ++page) {
        const QRect rect = pageRect(page);
        if (rect.top() > event->rect().bottom())
            break;
        if (!rect.intersects(event->rect()))
            continue;
        painter.fillRect(rect, Qt::white);
        if (const Rendered *rendered = m_cache.object(page)) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform,
                                  rendered->size != pixelSize(page));
            painter.drawImage(QRectF(rect), rendered->image);
        } else {
            // Not rendered yet: a blank sheet that says which page it is.
            painter.setPen(QColor(120, 120, 120));
            painter.drawText(rect, Qt::AlignCenter,
                             tr("Page %1 of %2\nRendering…").arg(page + 1).arg(pageCount()));
        }
        painter.setPen(palette().color(QPalette::Shadow));
        painter.drawRect(rect.adjusted(0, 0, -1, -1));

        // Passages, in the event colours of the text mode; multiplied, so the print shows
        // through as it does under a highlighter pen.
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(m_zoom, m_zoom);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        const std::vector<PagePassage> &passages = passagesOn(page);
        for (const bool emphasised : {false, true}) { // the current event's on top
            for (const PagePassage &passage : passages) {
                const Highlight &h = m_highlights[std::size_t(passage.highlight)];
                if (h.emphasised != emphasised)
                    continue;
                QColor color = h.color;
                color.setAlpha(emphasised ? 120 : 50);
                for (const QRectF &r : passage.rects) {
                    painter.fillRect(r, color);
                    if (emphasised) {
                        painter.setPen(QPen(h.color.darker(130), 1.2 / m_zoom));
                        painter.drawLine(r.bottomLeft(), r.bottomRight());
                    }
                }
            }
        }
        for (const Model::PdfPageMap::PageRange &range : flashRanges) {
            if (range.page != page)
                continue;
            for (const QRectF &r : rectsOnPage(page, range.start, range.length))
                painter.fillRect(r, flash);
        }
        if (m_selectionPage == page) {
            QColor selection = palette().color(QPalette::Highlight);
            selection.setAlpha(110);
            for (const QRectF &r : m_selectionRects)
                painter.fillRect(r, selection);
        }
        painter.restore();
    }
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth && !m_pageSizes.empty()) {
        const double fraction = m_contentHeight > 0
                                    ? double(verticalScrollBar()->value()) / double(m_contentHeight)
                                    : 0.0;
        const double before = m_zoom;
        layoutPages();
        verticalScrollBar()->setValue(int(fraction * m_contentHeight));
        if (!qFuzzyCompare(before, m_zoom))
            emit zoomChanged(m_zoom);
    } else {
        updateScrollBars();
    }
}

void PdfPageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PdfPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0) {
            m_fitWidth = false;
            zoomAround(steps > 0 ? m_zoom * ZoomStep : m_zoom / ZoomStep,
                       event->position().toPoint());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            fitWidth();
            return;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfPageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    std::tie(m_pressPage, m_pressPoint) = pageAt(m_pressPos);
    m_selecting = false;
}

void PdfPageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        viewport()->setCursor(highlightAt(pos) >= 0 ? Qt::PointingHandCursor : Qt::IBeamCursor);
        return;
    }
    if (m_pressPage < 0 ||
        (!m_selecting && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()))
        return;
    // A selection stays on the page it started on; past its edge it runs to the edge.
    m_selecting = true;
    const QRect page = pageRect(m_pressPage);
    const QSizeF points = m_pageSizes[std::size_t(m_pressPage)];
    const QPointF point(std::clamp((pos.x() - page.left()) / m_zoom, 0.0, points.width()),
                        std::clamp((pos.y() - page.top()) / m_zoom, 0.0, points.height()));
    const QPdfSelection selection = m_document->getSelection(m_pressPage, m_pressPoint, point);
    m_selectionPage = m_pressPage;
    m_selectionRects = selection.isValid() ? linesOf(selection.bounds()) : QList<QRectF>();
    m_selectionText =
        m_map && selection.isValid()
            ? m_map->textRange(m_pressPage, selection.startIndex(), selection.endIndex())
            : Model::PdfPageMap::TextRange();
    viewport()->update();
}

void PdfPageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_selecting) {
        m_selecting = false;
        if (m_selectionText.isValid())
            emit textSelected(m_selectionText.start, m_selectionText.end);
        return;
    }
    clearSelection();
    const int hit = highlightAt(event->position().toPoint());
    if (hit >= 0)
        emit highlightClicked(m_highlights[std::size_t(hit)].start);
}

void PdfPageView::clearSelection()
{
    if (m_selectionPage < 0)
        return;
    m_selectionPage = -1;
    m_selectionRects.clear();
    m_selectionText = {};
    viewport()->update();
}

bool PdfPageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = highlightAt(help->pos());
        if (hit < 0 || m_highlights[std::size_t(hit)].toolTip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(),
                               plainToolTip(m_highlights[std::size_t(hit)].toolTip), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Anchorline::Views
