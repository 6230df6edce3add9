#pragma once

#include <QtGlobal>
#include <vector>

namespace Anchorline::Model {

// Where each UTF-16 unit of a PDF's extracted text (PdfText::text) came from on its page: the
// index of the character in QPdfDocument::getAllText(page), which is also the index that
// QPdfDocument::getSelectionAtIndex() takes and QPdfSelection::startIndex() gives. The extracted
// text is not the page text: running heads, feet and page numbers were left out, "\r\n" became
// "\n", PDFium's hyphen mark U+FFFE became "-\n" and pages were joined by "\n". The map lets the
// source view draw a passage on the page it was printed on and turn a selection on the page
// back into a range of the text the anchors are resolved against.
class PdfPageMap
{
public:
    // A run of characters on one page: [start, start + length) in getAllText(page).
    struct PageRange
    {
        int page = -1;
        int start = 0;
        int length = 0;
        friend bool operator==(const PageRange &, const PageRange &) = default;
    };
    // [start, end) in the extracted text; invalid when no page character of a range was kept.
    struct TextRange
    {
        qsizetype start = -1;
        qsizetype end = -1;
        bool isValid() const { return start >= 0 && end > start; }
        friend bool operator==(const TextRange &, const TextRange &) = default;
    };

    // Building, in text order (joinPdfPages): a page starts at the current text size, then one
    // entry per UTF-16 unit of text, -1 for a unit that has no character on the page.
    void beginPage() { m_pageStarts.push_back(qsizetype(m_chars.size())); }
    void append(int pageChar) { m_chars.push_back(pageChar); }

    int pageCount() const { return int(m_pageStarts.size()); }
    qsizetype textSize() const { return qsizetype(m_chars.size()); }
    bool isEmpty() const { return m_chars.empty(); }
    // The page whose text holds `offset`, -1 outside the text.
    int pageOf(qsizetype offset) const;
    // The page character a text unit came from, -1 when it was inserted by the extraction.
    int pageCharAt(qsizetype offset) const;
    // The page characters of text[start, end): one range per page the text lies on, from its
    // first to its last kept character there (what lies between, like a "\r\n", comes along).
    std::vector<PageRange> pageRanges(qsizetype start, qsizetype end) const;
    // The text that page characters [start, end) of `page` became: from the first to the last of
    // them that were kept. A selection over a removed running head alone gives an invalid range.
    TextRange textRange(int page, int start, int end) const;

private:
    std::vector<qsizetype> m_pageStarts;
    std::vector<int> m_chars;
};

} // namespace Anchorline::Model
