#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QPageLayout;
class QPainter;

namespace Anchorline::Views {

// A PDF painted in memory the way every Anchorline PDF is (timeline export, tour handout):
// PDF 1.6, creator "Anchorline", `title`, `dpi` dots per inch, pages of `pageLayout`.
// `paintPage(painter, page)` draws page 0 .. pages - 1 in layout units (96 per inch; the painter
// is scaled to the device). Returns stabilisePdf() of the bytes; empty when painting could not
// start.
QByteArray paintPdf(const QString &title, int dpi, const QPageLayout &pageLayout, int pages,
                    const std::function<void(QPainter &painter, int page)> &paintPage);

// QPdfWriter stamps the creation date and a random document id into every file. Both have a
// fixed length, so replacing them with fixed values of the same length keeps every byte offset
// (and the cross-reference table) valid: the same input gives the same PDF bytes.
QByteArray stabilisePdf(QByteArray pdf);

} // namespace Anchorline::Views
