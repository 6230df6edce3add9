#pragma once

#include "anchoring/pdfpagemap.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSet>
#include <memory>
#include <vector>

class QPdfDocument;

namespace Anchorline::Views {

class PdfPageRenderer;

// The pages of a PDF source as printed, one under the other, with the anchored passages painted
// over the words they quote. The anchors are placed in the text extracted from the PDF; the
// page map (Model::PdfPageMap) leads from that text to the characters on the page, and QtPdf
// gives their rectangles in points. Pages are rendered on a thread of their own, only while
// they are (nearly) visible, and kept in a bounded cache; a page not rendered yet is drawn as a
// blank sheet with its number. A drag selects text on one page; the selection is reported as a
// range of the extracted text, so anchoring it works as anchoring a selection in the text does.
class PdfPageView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    // One passage to paint: a range of the extracted text in a colour.
    struct Highlight
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QColor color;
        bool emphasised = false; // the passage belongs to the current event
        QString toolTip;         // names the events it supports
        friend bool operator==(const Highlight &, const Highlight &) = default;
    };

    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;
    Q_DISABLE_COPY_MOVE(PdfPageView)

    // Shows the PDF at `path`, whose extracted text `map` describes. Returns false (and shows
    // nothing) when QtPdf cannot open it.
    bool open(const QString &path, std::shared_ptr<const Model::PdfPageMap> map);
    void close();
    QString path() const { return m_path; }
    int pageCount() const { return int(m_pageSizes.size()); }

    void setHighlights(std::vector<Highlight> highlights);
    const std::vector<Highlight> &highlights() const { return m_highlights; }
    // The passage flash of the source view (strength 0 to 1; 0 hides it).
    void setFlash(qsizetype start, qsizetype end, double strength);
    // Scrolls so that text[start, end) is in the middle of the view.
    void reveal(qsizetype start, qsizetype end);

    // Pixels per point (1.0 is 72 dpi).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    bool fitsWidth() const { return m_fitWidth; }

    // The page at the middle of the view, -1 without a document.
    int currentPage() const;
    // Where a page lies, in viewport coordinates.
    QRect pageRect(int page) const;
    // The rectangles of text[start, end) on their pages, in viewport coordinates.
    QList<QRectF> textRects(qsizetype start, qsizetype end) const;
    // The highlight drawn at a viewport position (the shortest when several overlap), or -1.
    int highlightAt(QPoint viewportPos) const;
    // The current selection as a range of the extracted text, -1 when there is none.
    qsizetype selectionStart() const { return m_selectionText.start; }
    qsizetype selectionEnd() const { return m_selectionText.end; }
    // Pages whose rendering is shown (not a placeholder), for tests.
    bool isRendered(int page) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitWidth();

signals:
    void zoomChanged(double zoom);
    // A drag selected text[start, end) on a page.
    void textSelected(qsizetype start, qsizetype end);
    // A click on a highlight: the start of its passage in the text.
    void highlightClicked(qsizetype position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Rendered
    {
        QImage image;
        QSize size; // the pixel size it was rendered at
    };
    // A highlight's rectangles on one page, in points.
    struct PagePassage
    {
        int highlight = -1;
        QList<QRectF> rects;
    };

    void layoutPages();
    void updateScrollBars();
    void requestVisible();
    void onRendered(int page, QSize pixelSize, const QImage &image);
    QSize pixelSize(int page) const;
    QPoint contentOffset() const;
    // Page and point on it under a viewport position; page -1 outside every page.
    std::pair<int, QPointF> pageAt(QPoint viewportPos) const;
    QList<QRectF> rectsOnPage(int page, int start, int length) const;
    const std::vector<PagePassage> &passagesOn(int page) const;
    void zoomAround(double zoom, QPoint viewportPos);
    void clearSelection();

    QPdfDocument *m_document = nullptr;
    PdfPageRenderer *m_renderer = nullptr;
    std::shared_ptr<const Model::PdfPageMap> m_map;
    QString m_path;
    std::vector<QSizeF> m_pageSizes; // points
    std::vector<int> m_pageTops;     // pixels, at the current zoom
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    QCache<int, Rendered> m_cache; // by page; cost in KiB
    QSet<int> m_requested;         // pages asked for at their current pixel size

    std::vector<Highlight> m_highlights;
    std::vector<std::vector<Model::PdfPageMap::PageRange>> m_highlightRanges;
    mutable QHash<int, std::vector<PagePassage>> m_passagesByPage; // filled as pages show
    qsizetype m_flashStart = -1;
    qsizetype m_flashEnd = -1;
    double m_flashStrength = 0;

    QPoint m_pressPos;
    int m_pressPage = -1;
    QPointF m_pressPoint;
    bool m_selecting = false;
    int m_selectionPage = -1;
    QList<QRectF> m_selectionRects; // points
    Model::PdfPageMap::TextRange m_selectionText;
};

} // namespace Anchorline::Views
