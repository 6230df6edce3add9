#pragma once

#include "anchoring/pdfpagemap.h"

#include <QString>
#include <functional>
#include <vector>

namespace Anchorline::Model {

// The text of a PDF source, extracted with Qt PDF (QPdfDocument, PDFium underneath: the same
// engine as Chrome, bundled with Qt 6.4 on Debian 12 as qt6-pdf-dev; poppler-qt6 would add a
// second PDF stack and GPL licensing to a Qt product that already ships QtPdf's renderer).
//
// Pages are taken in order and each page's text in PDFium's reading order (content order, which
// is column by column for typeset two-column pages). Lines that repeat at the top or bottom of
// most pages (running headers and footers, with their digits ignored) and lines that are only
// a page number are left out, so a sentence broken by a page boundary reads on. PDFium marks
// a hyphen it saw at a line end (U+FFFE); it is written back as "-\n", which the anchor matcher
// joins ("secu-\nrity"). Ligatures are left to the matcher's NFKC.
struct PdfText
{
    QString text;                      // pages joined by "\n", line endings LF
    std::vector<qsizetype> pageStarts; // UTF-16 index in `text` where each page begins
    int pageCount = 0;
    PdfPageMap pageMap; // each unit of `text` back to its character on its page
};

// Returns false and sets *error ("FILE: not a PDF or damaged", "FILE: password-protected")
// when the file cannot be read. `progress(done, total)` is called after each page; it may be
// empty. Safe to call from a worker thread.
bool extractPdfText(const QString &path, PdfText *out, QString *error = nullptr,
                    const std::function<void(int done, int total)> &progress = {});

// The header/footer and page-number removal on already extracted pages (one string per page:
// what QPdfDocument::getAllText(page) gave, lines separated by "\r\n" or '\n'), exposed for
// tests. The page map indexes into these strings.
PdfText joinPdfPages(const std::vector<QString> &pages);

} // namespace Anchorline::Model
