// PDF sources: text extracted in reading order without running heads, feet and page numbers,
// and anchors resolved across hyphenated line ends, ligatures and a page break. The PDFs are
// written by the test with QPdfWriter from its own text.
#include "anchoring/anchorresolver.h"
#include "anchoring/pdftext.h"
#include "anchoring/sourcelibrary.h"
#include "anchoring/textnormalize.h"
#include "testpdf.h"

#include <QFontMetricsF>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;

namespace {

// Three A4 pages of two columns. Left column then right column; the right column of page 1
// ends in mid-sentence and page 2 continues it. Every page has a running head and a page
// number, some lines end in a hyphen, one word has a ﬁ ligature and one a soft hyphen.
// The font every harbour page is written in.
QFont harbourFont()
{
    return Anchorline::Testing::dejaVuSans(11);
}

void writeHarbourPdf(const QString &path, const QString &title)
{
    using Anchorline::Testing::PdfLine;
    const QList<QStringList> left = {
        {"The harbour board met in the old", "customs hall on a wet Tuesday.",
         "It agreed that the pier would be re-", "built before the winter storms."},
        {"that the towns would share the cost.", "The mayor called it a \uFB01ne day",
         "for the whole of the coast."},
        {"A second meeting will follow in", "spring to settle the timetable."},
    };
    const QList<QStringList> right = {
        {"Fishermen asked for a wider", "landing stage and the board",
         "said it would consider it, adding"},
        {"The of\u00ADficial minutes were published", "a week later on the notice-",
         "board by the gate."},
        {"Nothing else was decided."},
    };
    QList<QList<PdfLine>> pages(3);
    for (int page = 0; page < 3; ++page) {
        for (int i = 0; i < left[page].size(); ++i)
            pages[page].append({QPoint(40, 80 + 15 * i), left[page][i]});
        for (int i = 0; i < right[page].size(); ++i)
            pages[page].append({QPoint(310, 80 + 15 * i), right[page][i]});
    }
    Anchorline::Testing::writeTestPdf(path, pages, {harbourFont(), QPoint(40, 30), 810}, title);
}

Anchor quote(const QString &exact)
{
    Anchor anchor;
    anchor.source = QStringLiteral("src-pdf");
    anchor.exact = exact;
    return anchor;
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extract_readingOrderWithoutHeadsFeetAndNumbers();
    void resolve_acrossHyphensLigaturesAndPageBreaks_data();
    void resolve_acrossHyphensLigaturesAndPageBreaks();
    void fingerprint_sameTextReExported_matches();
    void joinPages_recognisesPageNumbersAndRunningLines();
    void library_findsPdfByFingerprint();
    void extract_notAPdf_reportsWhere();
    void pageMap_textToPageCharactersAndBack();
    void pageMap_pageCharactersToTextAndBack();
    void pageMap_passageOverAPageBreak_liesOnBothPages();
    void pageMap_highlightOfAQuote_liesWhereItWasDrawn();

private:
    QTemporaryDir m_dir;
    QString m_path;
    PdfText m_pdf;
};

void TestPdfText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("harbour.pdf"));
    writeHarbourPdf(m_path, QStringLiteral("first export"));
    QString error;
    int lastProgress = 0;
    QVERIFY2(extractPdfText(m_path, &m_pdf, &error,
                            [&](int done, int total) {
                                QCOMPARE(total, 3);
                                lastProgress = done;
                            }),
             qPrintable(error));
    QCOMPARE(lastProgress, 3);
}

void TestPdfText::extract_readingOrderWithoutHeadsFeetAndNumbers()
{
    QCOMPARE(m_pdf.pageCount, 3);
    QCOMPARE(m_pdf.pageStarts.size(), std::size_t(3));
    const QString &t = m_pdf.text;
    QVERIFY2(!t.contains(QStringLiteral("Harbour Review")), qPrintable(t));
    QVERIFY2(!t.contains(
                 QRegularExpression(QStringLiteral("^\\d+$"), QRegularExpression::MultilineOption)),
             qPrintable(t));
    // Left column before right column, page by page.
    const qsizetype customs = t.indexOf(QStringLiteral("customs hall"));
    const qsizetype fishermen = t.indexOf(QStringLiteral("Fishermen"));
    const qsizetype towns = t.indexOf(QStringLiteral("towns would share"));
    QVERIFY(customs >= 0 && fishermen > customs && towns > fishermen);
    QVERIFY(towns >= m_pdf.pageStarts[1]);
}

void TestPdfText::resolve_acrossHyphensLigaturesAndPageBreaks_data()
{
    QTest::addColumn<QString>("exact");
    QTest::addColumn<bool>("fuzzyAllowed");
    QTest::newRow("hyphenated line end")
        << QStringLiteral("the pier would be rebuilt before the winter storms") << false;
    QTest::newRow("ligature") << QStringLiteral("The mayor called it a fine day") << false;
    QTest::newRow("soft hyphen") << QStringLiteral("The official minutes were published") << false;
    // A real hyphen at a line end cannot be told from a hyphenation: it matches approximately.
    QTest::newRow("real hyphen at a line end")
        << QStringLiteral("on the notice-board by the gate") << true;
    QTest::newRow("sentence over a page break, past head and number")
        << QStringLiteral("said it would consider it, adding that the towns would share the cost")
        << false;
}

void TestPdfText::resolve_acrossHyphensLigaturesAndPageBreaks()
{
    QFETCH(QString, exact);
    QFETCH(bool, fuzzyAllowed);
    const AnchorResolver resolver(m_pdf.text);
    const AnchorResolution r = resolver.resolve(quote(exact));
    QVERIFY2(r.ok(), qPrintable(r.reason() + QStringLiteral("\n") + m_pdf.text));
    if (!fuzzyAllowed)
        QVERIFY(r.method != AnchorMethod::Fuzzy);
}

void TestPdfText::fingerprint_sameTextReExported_matches()
{
    const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
    writeHarbourPdf(again, QStringLiteral("second export, other metadata"));
    PdfText other;
    QVERIFY(extractPdfText(again, &other));
    QCOMPARE(fingerprintOfText(other.text), fingerprintOfText(m_pdf.text));
    QCOMPARE(fingerprintOfText(readSourceText(again)), fingerprintOfText(m_pdf.text));
}

void TestPdfText::joinPages_recognisesPageNumbersAndRunningLines()
{
    const PdfText joined = joinPdfPages({QStringLiteral("Report 2024\nfirst page text\n- 1 -"),
                                         QStringLiteral("Report 2024\nsecond page\nPage 2 of 3"),
                                         QStringLiteral("Report 2024\nthird and\nlast\nxiii")});
    QCOMPARE(joined.text, QStringLiteral("first page text\nsecond page\nthird and\nlast"));
    // A line on one page only is text, even at the top.
    const PdfText single = joinPdfPages(
        {QStringLiteral("Title\nbody one\nend one"), QStringLiteral("more\nbody two\nend two")});
    QCOMPARE(single.text, QStringLiteral("Title\nbody one\nend one\nmore\nbody two\nend two"));
    // Words that happen to be made of roman-numeral letters are not page numbers.
    const PdfText words =
        joinPdfPages({QStringLiteral("text\ncivil"), QStringLiteral("did\nmore")});
    QCOMPARE(words.text, QStringLiteral("text\ncivil\ndid\nmore"));
}

void TestPdfText::library_findsPdfByFingerprint()
{
    // What `anchorline anchors FILE --library DIR` does for a source whose text is a PDF.
    QTemporaryDir libraryDir;
    QVERIFY(libraryDir.isValid());
    QVERIFY(QFile::copy(m_path, libraryDir.filePath(QStringLiteral("board-notes.pdf"))));
    SourceLibrary library;
    QVERIFY(library.scan(libraryDir.path()));
    QCOMPARE(library.files().size(), std::size_t(1));
    Source source;
    source.id = QStringLiteral("src-pdf");
    source.title = QStringLiteral("Something else entirely");
    source.fingerprint = fingerprintOfText(m_pdf.text);
    const SourceText found = library.match(source);
    QCOMPARE(found.match, SourceMatch::Fingerprint);
    QVERIFY(found.path.endsWith(QStringLiteral("board-notes.pdf")));
    QCOMPARE(found.text, m_pdf.text);
}

void TestPdfText::extract_notAPdf_reportsWhere()
{
    const QString path = m_dir.filePath(QStringLiteral("fake.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a pdf at all");
    file.close();
    PdfText pdf;
    QString error;
    QVERIFY(!extractPdfText(path, &pdf, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("not a PDF")),
             qPrintable(error));
    QString readError;
    QVERIFY(readSourceText(path, &readError).isNull());
    QCOMPARE(readError, error);
}

void TestPdfText::pageMap_textToPageCharactersAndBack()
{
    // Given the harbour PDF's extracted text and what QtPdf gives for each of its pages
    QPdfDocument document;
    QCOMPARE(document.load(m_path), QPdfDocument::Error::None);
    std::vector<QString> pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages.push_back(document.getAllText(page).text());
    const PdfPageMap &map = m_pdf.pageMap;
    QCOMPARE(map.pageCount(), 3);
    QCOMPARE(map.textSize(), m_pdf.text.size());
    // Then every unit of the text that came from a page leads to the character it came from,
    // and that character leads back to it
    int checked = 0;
    int inserted = 0;
    for (qsizetype t = 0; t < m_pdf.text.size(); ++t) {
        const int c = map.pageCharAt(t);
        if (c < 0) {
            ++inserted;
            continue;
        }
        const int page = map.pageOf(t);
        QVERIFY(page >= 0 && page < 3);
        QVERIFY(t >= m_pdf.pageStarts[std::size_t(page)]);
        const QString &raw = pages[std::size_t(page)];
        QVERIFY(c < raw.size());
        const QChar shown = m_pdf.text[t];
        const QChar source = raw[c];
        QVERIFY2(shown == source || (shown == u'\n' && (source == u'\r' || source == u'\n')) ||
                     (shown == u'-' && source == QChar(0xFFFE)),
                 qPrintable(QStringLiteral("text %1 '%2' vs page %3 char %4 U+%5")
                                .arg(t)
                                .arg(shown)
                                .arg(page)
                                .arg(c)
                                .arg(source.unicode(), 4, 16, QLatin1Char('0'))));
        QCOMPARE(map.textRange(page, c, c + 1), (PdfPageMap::TextRange{t, t + 1}));
        ++checked;
    }
    QVERIFY(checked > 300);
    QVERIFY(inserted >= 2); // the page joins and the line ends after hyphens
    // And the hyphen PDFium marked at "re-" is the "-" of "re-\nbuilt"
    const qsizetype hyphen = m_pdf.text.indexOf(QStringLiteral("re-\nbuilt")) + 2;
    QVERIFY(hyphen > 2);
    QCOMPARE(pages[0][map.pageCharAt(hyphen)], QChar(0xFFFE));
    QCOMPARE(map.pageCharAt(hyphen + 1), -1);
    QCOMPARE(pages[0].mid(map.pageCharAt(hyphen + 2), 5), QStringLiteral("built"));
}

void TestPdfText::pageMap_pageCharactersToTextAndBack()
{
    QPdfDocument document;
    QCOMPARE(document.load(m_path), QPdfDocument::Error::None);
    const PdfPageMap &map = m_pdf.pageMap;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString raw = document.getAllText(page).text();
        // The running head and the page number are on the page but not in the text
        const int head = int(raw.indexOf(QStringLiteral("Harbour Review")));
        QVERIFY2(head >= 0, qPrintable(raw));
        QVERIFY(!map.textRange(page, head, head + 14).isValid());
        const int number = int(raw.lastIndexOf(QString::number(page + 1)));
        QVERIFY(number > head);
        QVERIFY(raw.mid(number).trimmed() == QString::number(page + 1));
        QVERIFY(!map.textRange(page, number, number + 1).isValid());
        // And every other character there leads to its place in the text and back
        int kept = 0;
        for (int c = 0; c < raw.size(); ++c) {
            const PdfPageMap::TextRange range = map.textRange(page, c, c + 1);
            if (!range.isValid())
                continue;
            QCOMPARE(range.end, range.start + 1);
            QCOMPARE(map.pageCharAt(range.start), c);
            QCOMPARE(map.pageOf(range.start), page);
            ++kept;
        }
        QVERIFY(kept > 20);
        // A whole line selected on the page is that line of the text
        const QString line = page == 0   ? QStringLiteral("customs hall on a wet Tuesday.")
                             : page == 1 ? QStringLiteral("that the towns would share")
                                         : QStringLiteral("Nothing else was decided.");
        const int at = int(raw.indexOf(line));
        QVERIFY(at >= 0);
        const PdfPageMap::TextRange range = map.textRange(page, at, at + int(line.size()));
        QVERIFY(range.isValid());
        QCOMPARE(m_pdf.text.mid(range.start, range.end - range.start), line);
        const std::vector<PdfPageMap::PageRange> back = map.pageRanges(range.start, range.end);
        QCOMPARE(back.size(), std::size_t(1));
        QCOMPARE(back.front(), (PdfPageMap::PageRange{page, at, int(line.size())}));
    }
}

void TestPdfText::pageMap_passageOverAPageBreak_liesOnBothPages()
{
    // Given a sentence that runs from page 1 over the page number and the next running head
    const QString quote = QStringLiteral("adding\nthat the towns");
    const qsizetype start = m_pdf.text.indexOf(quote);
    QVERIFY2(start >= 0, qPrintable(m_pdf.text));
    // Then its characters are on page 1 and on page 2, without the head or the number
    const std::vector<PdfPageMap::PageRange> ranges =
        m_pdf.pageMap.pageRanges(start, start + quote.size());
    QCOMPARE(ranges.size(), std::size_t(2));
    QPdfDocument document;
    QCOMPARE(document.load(m_path), QPdfDocument::Error::None);
    QCOMPARE(ranges[0].page, 0);
    QCOMPARE(document.getAllText(0).text().mid(ranges[0].start, ranges[0].length),
             QStringLiteral("adding"));
    QCOMPARE(ranges[1].page, 1);
    QCOMPARE(document.getAllText(1).text().mid(ranges[1].start, ranges[1].length),
             QStringLiteral("that the towns"));
}

void TestPdfText::pageMap_highlightOfAQuote_liesWhereItWasDrawn()
{
    // Given "the towns would share the cost", drawn on page 2 at (40, 80) in the left column
    const QString quote = QStringLiteral("the towns would share the cost");
    const qsizetype start = m_pdf.text.indexOf(quote);
    QVERIFY(start >= 0);
    const std::vector<PdfPageMap::PageRange> ranges =
        m_pdf.pageMap.pageRanges(start, start + quote.size());
    QCOMPARE(ranges.size(), std::size_t(1));
    QCOMPARE(ranges.front().page, 1);
    // When QtPdf is asked for the rectangles of those characters
    QPdfDocument document;
    QCOMPARE(document.load(m_path), QPdfDocument::Error::None);
    const QPdfSelection selection =
        document.getSelectionAtIndex(1, ranges.front().start, ranges.front().length);
    QCOMPARE(selection.text(), quote);
    const QList<QPolygonF> bounds = selection.bounds();
    QVERIFY(!bounds.isEmpty());
    // Then they lie inside the region the line was drawn in (points, 72 dpi, origin top left)
    const QFontMetricsF metrics(harbourFont());
    const QString line = QStringLiteral("that the towns would share the cost.");
    const QRectF drawn(40 - 1, 80 - metrics.ascent() - 1, metrics.horizontalAdvance(line) + 2,
                       metrics.ascent() + metrics.descent() + 2);
    QRectF all;
    for (const QPolygonF &polygon : bounds) {
        QVERIFY2(drawn.contains(polygon.boundingRect()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(polygon.boundingRect().x())
                                .arg(polygon.boundingRect().y())
                                .arg(polygon.boundingRect().width())
                                .arg(polygon.boundingRect().height())));
        all = all.united(polygon.boundingRect());
    }
    // And they cover the quote, not the whole line: "that " before it is left out
    QVERIFY(all.left() > 40 + metrics.horizontalAdvance(QStringLiteral("that")));
    QVERIFY(all.width() > metrics.horizontalAdvance(quote) * 0.9);
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
