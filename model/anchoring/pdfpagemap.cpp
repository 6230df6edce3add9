#include "anchoring/pdfpagemap.h"

#include <algorithm>

namespace Anchorline::Model {

int PdfPageMap::pageOf(qsizetype offset) const
{
    if (offset < 0 || offset >= textSize() || m_pageStarts.empty())
        return -1;
    // The last page that starts at or before the offset (an empty page starts where the next
    // one does, and holds nothing).
    const auto after = std::upper_bound(m_pageStarts.begin(), m_pageStarts.end(), offset);
    return int(after - m_pageStarts.begin()) - 1;
}

int PdfPageMap::pageCharAt(qsizetype offset) const
{
    if (offset < 0 || offset >= textSize())
        return -1;
    return m_chars[std::size_t(offset)];
}

std::vector<PdfPageMap::PageRange> PdfPageMap::pageRanges(qsizetype start, qsizetype end) const
{
    std::vector<PageRange> out;
    start = std::max<qsizetype>(start, 0);
    end = std::min(end, textSize());
    for (qsizetype i = start; i < end; ++i) {
        const int c = m_chars[std::size_t(i)];
        if (c < 0)
            continue;
        const int page = pageOf(i);
        if (out.empty() || out.back().page != page) {
            out.push_back(PageRange{page, c, 1});
        } else {
            // Characters of one page come in increasing order: extend to this one.
            PageRange &range = out.back();
            const int last = std::max(range.start + range.length, c + 1);
            range.start = std::min(range.start, c);
            range.length = last - range.start;
        }
    }
    return out;
}

PdfPageMap::TextRange PdfPageMap::textRange(int page, int start, int end) const
{
    if (page < 0 || page >= pageCount() || end <= start)
        return {};
    const qsizetype from = m_pageStarts[std::size_t(page)];
    const qsizetype to = page + 1 < pageCount() ? m_pageStarts[std::size_t(page) + 1] : textSize();
    TextRange range;
    for (qsizetype i = from; i < to; ++i) {
        const int c = m_chars[std::size_t(i)];
        if (c < start || c >= end)
            continue;
        if (range.start < 0)
            range.start = i;
        range.end = i + 1;
    }
    return range;
}

} // namespace Anchorline::Model
