#pragma once

// Test PDFs written with QPdfWriter from the test's own text (never from a real article): A4 at
// 72 dpi, so that a drawing position is a PDF point, with a running head and a page number on
// every page, as extraction has to remove them.

#include <QFont>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPoint>
#include <QString>

namespace Anchorline::Testing {

// One line of text drawn at a baseline position.
struct PdfLine
{
    QPoint at;
    QString text;
};

struct PdfLayout
{
    QFont font;
    QPoint runningHead;    // where "Harbour Review — Board Notes" is drawn on every page
    int pageNumberY = 800; // the page number's baseline, centred at x = 290
};

inline QFont dejaVuSans(int pixelSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    return font;
}

inline void writeTestPdf(const QString &path, const QList<QList<PdfLine>> &pages,
                         const PdfLayout &layout, const QString &title = {})
{
    QPdfWriter writer(path);
    if (!title.isEmpty())
        writer.setTitle(title);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    p.setFont(layout.font);
    for (int page = 0; page < int(pages.size()); ++page) {
        if (page > 0)
            writer.newPage();
        p.drawText(layout.runningHead, QStringLiteral("Harbour Review \u2014 Board Notes"));
        for (const PdfLine &line : pages[page])
            p.drawText(line.at, line.text);
        p.drawText(290, layout.pageNumberY, QString::number(page + 1));
    }
}

} // namespace Anchorline::Testing
