// A PDF attached to a source is shown as its pages: passages marked on the page they are on,
// Previous/Next and clicks working there as in the text, a selection on the page anchored as the
// same selection in the text would be, and the text one click away. The PDF is written by the
// test with QPdfWriter from its own text.
#include "document/document.h"
#include "source/anchorselection.h"
#include "source/pdfpageview.h"
#include "source/sourcetextview.h"
#include "testdata.h"
#include "testpdf.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Anchorline::Model;
using Anchorline::Views::AnchorFromSelection;
using Anchorline::Views::anchorFromSelection;
using Anchorline::Views::PdfPageView;
using Anchorline::Views::SourceTextView;

namespace {

// Four A4 pages with a running head and a page number each; one quote on page 1, one on page
// 2, one on page 3.
const QList<QStringList> pageLines = {
    {"The harbour board met in the old customs hall", "on a wet Tuesday and agreed to rebuild",
     "the pier before the winter storms came."},
    {"After a long debate it was settled", "that the towns would share the cost",
     "of the work in equal parts."},
    {"Fishermen asked for a wider landing stage", "and the board said it would consider it."},
    {"Nothing else was decided that day."},
};

void writePdf(const QString &path)
{
    QList<QList<Anchorline::Testing::PdfLine>> pages(pageLines.size());
    for (int page = 0; page < int(pageLines.size()); ++page) {
        for (int i = 0; i < pageLines[page].size(); ++i)
            pages[page].append({QPoint(60, 120 + 20 * i), pageLines[page][i]});
    }
    Anchorline::Testing::writeTestPdf(path, pages,
                                      {Anchorline::Testing::dejaVuSans(14), QPoint(60, 40), 800});
}

Anchor makeAnchor(const QString &exact)
{
    Anchor anchor;
    anchor.source = QStringLiteral("src-a");
    anchor.exact = exact;
    return anchor;
}

const QString customs = QStringLiteral("the old customs hall");
const QString towns = QStringLiteral("the towns would share the cost");
const QString landing = QStringLiteral("a wider landing stage");

} // namespace

class TestPdfPageView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void attachedPdf_isShownAsPages();
    void passages_areMarkedOnTheirPageInTheirEventColour();
    void next_scrollsToThePassagesPageAndFlashesIt();
    void clickOnAMarkedPassage_selectsItsEvent();
    void selectingTextOnThePage_anchorsAsTheSameSelectionInTheText();
    void zoom_fitWidthAndCtrlWheel();
    void textMode_showsTheText();

private:
    qsizetype offsetOf(const QString &quote) const;
    QRectF firstRect(const QString &quote) const;
    void sendMouse(QEvent::Type type, QPointF pos, Qt::MouseButtons buttons);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<SourceTextView> m_view;
    PdfPageView *m_pages = nullptr;
};

void TestPdfPageView::init()
{
    // Given a dataset whose events quote three passages of src-a and a PDF of src-a attached
    QVERIFY(m_dir.isValid());
    const QString pdf = m_dir.filePath(QStringLiteral("harbour.pdf"));
    writePdf(pdf);
    Dataset dataset = Anchorline::Testing::smallDataset();
    for (Event &event : dataset.events)
        event.evidence.clear();
    dataset.relations.clear();
    dataset.events[1].evidence.push_back(makeAnchor(customs));
    dataset.events[1].evidence.push_back(makeAnchor(landing));
    dataset.events[0].evidence.push_back(makeAnchor(towns));
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(dataset), QString());
    m_view = std::make_unique<SourceTextView>(*m_document);
    m_view->resize(700, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->attachText(QStringLiteral("src-a"), pdf);
    QTRY_VERIFY(!m_view->isResolving());
    QVERIFY(m_view->hasText(QStringLiteral("src-a")));
    m_pages = m_view->pageView();
    QVERIFY(m_pages);
}

void TestPdfPageView::cleanup()
{
    m_view.reset();
    m_document.reset();
    m_pages = nullptr;
}

qsizetype TestPdfPageView::offsetOf(const QString &quote) const
{
    return m_view->textEdit()->toPlainText().indexOf(quote);
}

QRectF TestPdfPageView::firstRect(const QString &quote) const
{
    const qsizetype start = offsetOf(quote);
    const QList<QRectF> rects = m_pages->textRects(start, start + quote.size());
    return rects.isEmpty() ? QRectF() : rects.front();
}

void TestPdfPageView::sendMouse(QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QWidget *viewport = m_pages->viewport();
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

void TestPdfPageView::attachedPdf_isShownAsPages()
{
    // Then the source view shows the four pages, not the text
    QVERIFY(m_view->isPageMode());
    QVERIFY(m_pages->isVisible());
    QVERIFY(!m_view->textEdit()->isVisible());
    QCOMPARE(m_pages->pageCount(), 4);
    auto *pageMode = m_view->findChild<QToolButton *>(QStringLiteral("pageMode"));
    QVERIFY(pageMode && pageMode->isVisible() && pageMode->isChecked());
    // And the first page is rendered (a placeholder until then)
    QTRY_VERIFY(m_pages->isRendered(0));
    const QImage shot = m_pages->viewport()->grab().toImage();
    const QRect page = m_pages->pageRect(0).intersected(m_pages->viewport()->rect());
    QVERIFY(!page.isEmpty());
    int dark = 0;
    for (int y = page.top(); y < page.bottom(); y += 2) {
        for (int x = page.left(); x < page.right(); x += 2)
            dark += qGray(shot.pixel(x, y)) < 100;
    }
    QVERIFY2(dark > 50, "no print on the rendered page");
}

void TestPdfPageView::passages_areMarkedOnTheirPageInTheirEventColour()
{
    // Then each placed passage is marked, on the page its words are printed on
    QCOMPARE(m_pages->highlights().size(), std::size_t(3));
    const QList<QPair<QString, int>> expected = {{customs, 0}, {towns, 1}, {landing, 2}};
    for (const auto &[quote, page] : expected) {
        const qsizetype start = offsetOf(quote);
        QVERIFY(start >= 0);
        const QList<QRectF> rects = m_pages->textRects(start, start + quote.size());
        QVERIFY2(!rects.isEmpty(), qPrintable(quote));
        for (const QRectF &rect : rects)
            QVERIFY2(QRectF(m_pages->pageRect(page)).contains(rect), qPrintable(quote));
    }
    // And drawn over the words in the colour of the event's actor (Japan's blue for
    // "the old customs hall"): the marked words are bluer than the paper around them
    QTRY_VERIFY(m_pages->isRendered(0));
    const QRect marked = firstRect(customs).toAlignedRect();
    QVERIFY(m_pages->viewport()->rect().contains(marked));
    const QImage shot = m_pages->viewport()->grab().toImage();
    const auto blueness = [&shot](const QRect &rect) {
        double sum = 0;
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                sum += c.blue() - c.red();
                ++n;
            }
        }
        return n ? sum / n : 0.0;
    };
    QVERIFY2(blueness(marked) > 10, qPrintable(QString::number(blueness(marked))));
    QVERIFY(std::abs(blueness(marked.translated(0, marked.height() * 4))) < 3);
}

void TestPdfPageView::next_scrollsToThePassagesPageAndFlashesIt()
{
    // Given the event quoting "the old customs hall" (page 1) and "a wider landing stage"
    // (page 3) selected: its first passage is shown
    m_document->setCurrentEvent(1);
    QCOMPARE(m_pages->currentPage(), 0);
    auto *next = m_view->findChild<QPushButton *>(QStringLiteral("nextPassage"));
    QVERIFY(next && next->isEnabled());
    // When the user presses Next
    QTest::mouseClick(next, Qt::LeftButton);
    // Then the page view shows page 3 with the passage in sight
    QCOMPARE(m_pages->currentPage(), 2);
    const QRectF rect = firstRect(landing);
    QVERIFY(QRectF(m_pages->viewport()->rect()).contains(rect));
    QVERIFY(QRectF(m_pages->pageRect(2)).contains(rect));
    // And the passage is flashed there, from the same text range the text mode flashes
    const QList<QTextEdit::ExtraSelection> selections = m_view->textEdit()->extraSelections();
    const auto flash = std::find_if(selections.cbegin(), selections.cend(), [](const auto &s) {
        return s.format.hasProperty(QTextFormat::UserProperty);
    });
    QVERIFY(flash != selections.cend());
    QCOMPARE(flash->cursor.selectionStart(), int(offsetOf(landing)));
    QTRY_VERIFY(m_pages->isRendered(2));
}

void TestPdfPageView::clickOnAMarkedPassage_selectsItsEvent()
{
    // Given page 2 in view with "the towns would share the cost" (event 0) marked
    QCOMPARE(m_document->currentEvent(), -1);
    m_pages->reveal(offsetOf(towns), offsetOf(towns) + towns.size());
    const QRectF rect = firstRect(towns);
    QVERIFY(QRectF(m_pages->viewport()->rect()).contains(rect));
    // When the user clicks on it
    QTest::mouseClick(m_pages->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
    // Then its event is selected
    QCOMPARE(m_document->currentEvent(), 0);
    // And a click on the paper beside it selects nothing else
    QTest::mouseClick(m_pages->viewport(), Qt::LeftButton, {},
                      rect.center().toPoint() + QPoint(0, int(rect.height() * 3)));
    QCOMPARE(m_document->currentEvent(), 0);
}

void TestPdfPageView::selectingTextOnThePage_anchorsAsTheSameSelectionInTheText()
{
    // Given "customs hall on a wet" on page 1: a line end lies inside it
    const QString words = QStringLiteral("customs hall\non a wet");
    const QString text = m_view->textEdit()->toPlainText();
    const qsizetype start = text.indexOf(words);
    QVERIFY2(start >= 0, qPrintable(text));
    const QList<QRectF> rects = m_pages->textRects(start, start + words.size());
    QCOMPARE(rects.size(), 2); // one band per line
    QVERIFY(QRectF(m_pages->viewport()->rect()).contains(rects.back()));
    // When the user drags from the first letter to the last on the page
    const QPointF from(rects.front().left() + 2, rects.front().center().y());
    const QPointF to(rects.back().right() - 2, rects.back().center().y());
    sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, to, Qt::NoButton);
    // Then that range of the text is selected
    QCOMPARE(m_pages->selectionStart(), start);
    QCOMPARE(m_pages->selectionEnd(), start + words.size());
    const QTextCursor cursor = m_view->textEdit()->textCursor();
    QCOMPARE(cursor.selectionStart(), int(start));
    QCOMPARE(cursor.selectionEnd(), int(start + words.size()));
    // And the anchor made from it is the one the same selection in the text makes
    const AnchorFromSelection fromPage = anchorFromSelection(
        QStringLiteral("src-a"), text, cursor.selectionStart(), cursor.selectionEnd());
    QVERIFY2(fromPage.ok(), qPrintable(fromPage.error));
    m_view->setPageMode(false);
    QTextCursor inText(m_view->textEdit()->document());
    inText.setPosition(int(start));
    inText.setPosition(int(start + words.size()), QTextCursor::KeepAnchor);
    m_view->textEdit()->setTextCursor(inText);
    const AnchorFromSelection fromText = anchorFromSelection(
        QStringLiteral("src-a"), text, inText.selectionStart(), inText.selectionEnd());
    QCOMPARE(fromPage.anchor.exact, fromText.anchor.exact);
    QCOMPARE(fromPage.anchor.prefix, fromText.anchor.prefix);
    QCOMPARE(fromPage.anchor.suffix, fromText.anchor.suffix);
    QCOMPARE(fromPage.anchor.start, fromText.anchor.start);
    QCOMPARE(fromPage.anchor.end, fromText.anchor.end);
    QCOMPARE(fromPage.anchor.exact, words);
    QVERIFY(fromPage.anchor.prefix.endsWith(QStringLiteral("met in the old ")));
}

void TestPdfPageView::zoom_fitWidthAndCtrlWheel()
{
    // Pages fit the width at first
    QVERIFY(m_pages->fitsWidth());
    const int width = m_pages->pageRect(0).width();
    QVERIFY(width > m_pages->viewport()->width() - 40);
    QVERIFY(width <= m_pages->viewport()->width());
    // Ctrl+wheel zooms in around the pointer
    const double before = m_pages->zoom();
    const QPoint at = m_pages->viewport()->rect().center();
    QWheelEvent wheel(at, m_pages->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_pages->viewport(), &wheel);
    QVERIFY(m_pages->zoom() > before * 1.1);
    QVERIFY(!m_pages->fitsWidth());
    QVERIFY(m_pages->horizontalScrollBar()->maximum() > 0);
    auto *zoomLabel = m_view->findChild<QLabel *>(QStringLiteral("zoom"));
    QVERIFY(zoomLabel);
    QCOMPARE(zoomLabel->text(), QStringLiteral("%1 %").arg(std::lround(m_pages->zoom() * 100)));
    // And Fit width goes back
    auto *fit = m_view->findChild<QToolButton *>(QStringLiteral("fitWidth"));
    QVERIFY(fit);
    QTest::mouseClick(fit, Qt::LeftButton);
    QCOMPARE(m_pages->pageRect(0).width(), width);
    // Passages stay on their words at any zoom
    m_pages->setZoom(2.0);
    m_pages->reveal(offsetOf(customs), offsetOf(customs) + customs.size());
    QVERIFY(QRectF(m_pages->pageRect(0)).contains(firstRect(customs)));
    QTRY_VERIFY(m_pages->isRendered(0));
}

void TestPdfPageView::textMode_showsTheText()
{
    auto *textMode = m_view->findChild<QToolButton *>(QStringLiteral("textMode"));
    QVERIFY(textMode && textMode->isVisible());
    // When the user switches to Text
    QTest::mouseClick(textMode, Qt::LeftButton);
    // Then the extracted text is shown, without the running head or the page numbers
    QVERIFY(!m_view->isPageMode());
    QVERIFY(m_view->textEdit()->isVisible());
    QVERIFY(!m_pages->isVisible());
    const QString text = m_view->textEdit()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("the pier before the winter storms came.")));
    QVERIFY(!text.contains(QStringLiteral("Harbour Review")));
    // And back to Page
    auto *pageMode = m_view->findChild<QToolButton *>(QStringLiteral("pageMode"));
    QTest::mouseClick(pageMode, Qt::LeftButton);
    QVERIFY(m_view->isPageMode());
}

QTEST_MAIN(TestPdfPageView)
#include "tst_pdfpageview.moc"
