#include "anchoring/pdftext.h"

#include <QFileInfo>
#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace Anchorline::Model {

namespace {

// How many lines at the top and at the bottom of a page may be a running header or footer.
constexpr int EdgeLines = 2;

// A line with its digits blanked out: "Annual Notes 3" and "Annual Notes 4" are one header.
QString edgeKey(QStringView line)
{
    QString key = line.trimmed().toString();
    for (QChar &c : key) {
        if (c.isDigit())
            c = u'#';
    }
    return key;
}

// "12", "- 12 -", "Page 12", "12 / 40", "xii": a line that is only a page number.
bool isPageNumber(QStringView line)
{
    static const QRegularExpression number(
        QStringLiteral(
            R"(^\s*(?:(?:page|p\.|seite|ページ)\s*)?[-–—(\[]?\s*(?:\d{1,5}|(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—)\]]?(?:\s*(?:/|of|von)\s*\d{1,5})?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return !line.trimmed().isEmpty() && number.match(line.toString()).hasMatch();
}

// One line of a page's text and, for each of its UTF-16 units, the page character it came from.
struct PageLine
{
    QString text;
    std::vector<int> chars;
    int breakChar = -1; // the line end's character on the page, -1 when there is none
};

std::vector<PageLine> pageLines(const QString &page)
{
    std::vector<PageLine> lines(1);
    const qsizetype n = page.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = page[i];
        if (c == u'\r' || c == u'\n') {
            lines.back().breakChar = int(i);
            if (c == u'\r' && i + 1 < n && page[i + 1] == u'\n')
                ++i;
            lines.emplace_back();
        } else if (c == QChar(0xFFFE)) {
            // PDFium's mark for a hyphen at a line end it joined: the hyphen and the line end
            // are this one character.
            lines.back().text += u'-';
            lines.back().chars.push_back(int(i));
            lines.emplace_back();
        } else {
            lines.back().text += c;
            lines.back().chars.push_back(int(i));
        }
    }
    return lines;
}

} // namespace

PdfText joinPdfPages(const std::vector<QString> &pages)
{
    std::vector<std::vector<PageLine>> lines;
    lines.reserve(pages.size());
    for (const QString &page : pages)
        lines.push_back(pageLines(page));

    // Lines at the edges of pages that recur on most pages are running heads and feet.
    QHash<QString, int> edgeCounts;
    for (const std::vector<PageLine> &page : lines) {
        QStringList seen;
        const int n = int(page.size());
        for (int i = 0; i < n; ++i) {
            if (i >= EdgeLines && i < n - EdgeLines)
                continue;
            const QString key = edgeKey(page[std::size_t(i)].text);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen << key;
                ++edgeCounts[key];
            }
        }
    }
    const int pageCount = int(pages.size());
    const auto isRunning = [&](const QString &line) {
        const int count = edgeCounts.value(edgeKey(line));
        return pageCount >= 2 && count >= 2 && 2 * count > pageCount;
    };

    PdfText out;
    out.pageCount = pageCount;
    for (const std::vector<PageLine> &page : lines) {
        if (!out.text.isEmpty() && !out.text.endsWith(QLatin1Char('\n'))) {
            out.text += QLatin1Char('\n');
            out.pageMap.append(-1); // joins two pages: on neither
        }
        out.pageStarts.push_back(out.text.size());
        out.pageMap.beginPage();
        const int n = int(page.size());
        const PageLine *previous = nullptr;
        for (int i = 0; i < n; ++i) {
            const PageLine &line = page[std::size_t(i)];
            const bool edge = i < EdgeLines || i >= n - EdgeLines;
            if (edge && (isRunning(line.text) || isPageNumber(line.text)))
                continue;
            if (previous) {
                out.text += QLatin1Char('\n');
                out.pageMap.append(previous->breakChar);
            }
            out.text += line.text;
            for (const int c : line.chars)
                out.pageMap.append(c);
            previous = &line;
        }
    }
    return out;
}

bool extractPdfText(const QString &path, PdfText *out, QString *error,
                    const std::function<void(int, int)> &progress)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo(path).isReadable())
        return fail(QStringLiteral("%1: cannot open").arg(path));
    QPdfDocument document;
    const QPdfDocument::Error status = document.load(path);
    switch (status) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return fail(QStringLiteral("%1: the PDF is password-protected").arg(path));
    case QPdfDocument::Error::FileNotFound:
        return fail(QStringLiteral("%1: cannot open").arg(path));
    default:
        return fail(QStringLiteral("%1: not a PDF, or damaged").arg(path));
    }
    const int total = document.pageCount();
    std::vector<QString> pages;
    pages.reserve(std::size_t(std::max(total, 0)));
    for (int i = 0; i < total; ++i) {
        pages.push_back(document.getAllText(i).text());
        if (progress)
            progress(i + 1, total);
    }
    *out = joinPdfPages(pages);
    return true;
}

} // namespace Anchorline::Model
