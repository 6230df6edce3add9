// PDF sources: text extracted in reading order without running heads, feet and page numbers,
// and anchors resolved across hyphenated line ends, ligatures and a page break. The PDFs are
// written by the test with QPdfWriter from its own text.
#include "anchoring/anchorresolver.h"
#include "anchoring/pdftext.h"
#include "anchoring/sourcelibrary.h"
#include "anchoring/textnormalize.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;

namespace {

// Three A4 pages of two columns. Left column then right column; the right column of page 1
// ends in mid-sentence and page 2 continues it. Every page has a running head and a page
// number, some lines end in a hyphen, one word has a ﬁ ligature and one a soft hyphen.
void writeHarbourPdf(const QString &path, const QString &title)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    p.setFont(font);
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
    for (int page = 0; page < 3; ++page) {
        if (page > 0)
            writer.newPage();
        p.drawText(40, 30, QStringLiteral("Harbour Review \u2014 Board Notes"));
        for (int i = 0; i < left[page].size(); ++i)
            p.drawText(40, 80 + 15 * i, left[page][i]);
        for (int i = 0; i < right[page].size(); ++i)
            p.drawText(310, 80 + 15 * i, right[page][i]);
        p.drawText(290, 810, QString::number(page + 1));
    }
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

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
