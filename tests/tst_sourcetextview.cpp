#include "document.h"
#include "sourcetextview.h"
#include "testdata.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;
using Anchorline::Views::SourceTextView;

namespace {

Anchor makeAnchor(const char *source, const QString &exact, const char *prefix = "",
                  const char *suffix = "")
{
    Anchor anchor;
    anchor.source = QString::fromUtf8(source);
    anchor.exact = exact;
    anchor.prefix = QString::fromUtf8(prefix);
    anchor.suffix = QString::fromUtf8(suffix);
    return anchor;
}

const QString cjkQuote = QStringLiteral("日本の安全保障");

} // namespace

class TestSourceTextView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void libraryText_highlightsEveryPassageAtItsOffset();
    void cjkText_isShownAndHighlightedAtUtf16Offsets();
    void clickOnHighlight_selectsItsEvent();
    void selectingEvent_switchesSourceScrollsToAndFlashesItsFirstPassage();
    void nextAndPrevious_walkThroughTheEventsPassages();
    void currentEventsPassages_areEmphasised();
    void unresolvedAnchors_areListedWithTheirReason();
    void noText_showsMetadataAndQuotesWithContext();
    void attachText_byHand_showsTheTextAsPlainText();
    void showPosition_scrollsToTheOffset();
    void sourceTextsChanged_carriesTheTexts();

private:
    void writeFile(const QString &name, const QString &text) const;
    bool passageVisible(qsizetype start) const;
    QList<QPair<int, int>> highlightRanges() const;

    QTemporaryDir m_dir;
    QString m_text;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<SourceTextView> m_view;
};

void TestSourceTextView::writeFile(const QString &name, const QString &text) const
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

void TestSourceTextView::init()
{
    // Given a library folder with the text of src-a (found by its file name) and a dataset whose
    // events anchor passages in it; src-b has no text.
    QVERIFY(m_dir.isValid());
    m_text = QStringLiteral("Intro line.\nAs every reader will remember, the first strategy "
                            "appeared in 2013 and set three pillars.\nThis is a remarkable passage "
                            "about ") +
             cjkQuote + QStringLiteral(" policy.\n");
    for (int i = 0; i < 300; ++i)
        m_text += QStringLiteral("Filler line number %1 with nothing to see.\n").arg(i);
    m_text += QStringLiteral("At the very end comes the far down passage of the text.\n");
    writeFile(QStringLiteral("a.txt"), m_text);

    Dataset dataset = Anchorline::Testing::smallDataset();
    dataset.sources[0].file = QStringLiteral("a.txt");
    Source b;
    b.id = QStringLiteral("src-b");
    b.title = QStringLiteral("A report without text");
    b.author.push_back(Person{QStringLiteral("Roe"), QStringLiteral("Rick"), {}, {}});
    b.issued = QStringLiteral("2024-05");
    b.issuedDate = PartialDate::fromString(b.issued);
    b.url = QStringLiteral("https://example.org/<b>report</b>");
    b.perspective = QStringLiteral("A Korean think tank");
    b.fingerprint = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
    dataset.sources.push_back(b);
    dataset.events[1].evidence.push_back(
        makeAnchor("src-a", QStringLiteral("the first strategy appeared in 2013")));
    dataset.events[1].evidence.push_back(makeAnchor("src-a", cjkQuote));
    dataset.events[3].evidence.push_back(
        makeAnchor("src-a", QStringLiteral("the far down passage")));
    dataset.events[0].evidence.push_back(
        makeAnchor("src-a", QStringLiteral("words that are nowhere in the text")));
    dataset.events[2].evidence.push_back(
        makeAnchor("src-b", QStringLiteral("two percent of GDP"), "aiming for ", " by 2027"));
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(dataset), QString());
    m_view = std::make_unique<SourceTextView>(*m_document);
    m_view->resize(600, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    // When the library folder is set
    m_view->setLibraryFolder(m_dir.path());
    QTRY_VERIFY(!m_view->isResolving());
    QVERIFY(m_view->hasText(QStringLiteral("src-a")));
}

void TestSourceTextView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

QList<QPair<int, int>> TestSourceTextView::highlightRanges() const
{
    QList<QPair<int, int>> ranges;
    const auto selections = m_view->textEdit()->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (!selection.format.hasProperty(QTextFormat::UserProperty)) // not the flash
            ranges.append({selection.cursor.selectionStart(), selection.cursor.selectionEnd()});
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

bool TestSourceTextView::passageVisible(qsizetype start) const
{
    QPlainTextEdit *edit = m_view->textEdit();
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(start));
    return edit->viewport()->rect().contains(edit->cursorRect(cursor).center());
}

void TestSourceTextView::libraryText_highlightsEveryPassageAtItsOffset()
{
    // Then the text is shown read-only with each placed passage highlighted where it occurs
    QCOMPARE(m_view->currentSource(), QStringLiteral("src-a"));
    QPlainTextEdit *edit = m_view->textEdit();
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->toPlainText(), m_text.chopped(0).left(edit->toPlainText().size()));
    auto range = [this](const QString &quote) {
        const int start = int(m_text.indexOf(quote));
        return QPair<int, int>(start, start + int(quote.size()));
    };
    QList<QPair<int, int>> expected = {
        range(QStringLiteral("the first strategy appeared in 2013")),
        range(QStringLiteral("a remarkable passage")), // event evidence
        range(QStringLiteral("a remarkable passage")), // the relation's evidence
        range(cjkQuote), range(QStringLiteral("the far down passage"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(highlightRanges(), expected);
    // And the passage's colour is its event's first actor's, light
    const auto selections = edit->extraSelections();
    const QColor japan("#0072b2");
    for (const auto &selection : selections) {
        const QColor color = selection.format.background().color();
        QCOMPARE(color.rgb(), japan.rgb());
        QVERIFY(color.alpha() < 100);
    }
}

void TestSourceTextView::cjkText_isShownAndHighlightedAtUtf16Offsets()
{
    const auto passages = m_view->passages(QStringLiteral("src-a"));
    const auto it = std::find_if(passages.begin(), passages.end(), [](const auto &passage) {
        return passage.pointer == QStringLiteral("/events/1/evidence/1");
    });
    QVERIFY(it != passages.end());
    QCOMPARE(m_view->textEdit()->toPlainText().mid(it->start, it->end - it->start), cjkQuote);
}

void TestSourceTextView::clickOnHighlight_selectsItsEvent()
{
    // Given the text of src-a with "the first strategy appeared in 2013" highlighted
    QPlainTextEdit *edit = m_view->textEdit();
    const int start = int(m_text.indexOf(QStringLiteral("first strategy appeared")));
    QTextCursor cursor(edit->document());
    cursor.setPosition(start + 3);
    const QPoint point = edit->cursorRect(cursor).center();
    // When the user clicks on it
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, point);
    // Then its event becomes the current event
    QCOMPARE(m_document->currentEvent(), 1);
    // And the view stays where it is
    QVERIFY(passageVisible(start));
}

void TestSourceTextView::selectingEvent_switchesSourceScrollsToAndFlashesItsFirstPassage()
{
    // Given src-b shown (no text) and an event whose second passage is far down in src-a
    m_view->showSource(QStringLiteral("src-b"));
    QCOMPARE(m_view->currentSource(), QStringLiteral("src-b"));
    // When the 2022 strategy, anchored in src-a, is selected
    const qsizetype far = m_text.indexOf(QStringLiteral("the far down passage"));
    m_document->setCurrentEvent(3);
    // Then the view switches to src-a and shows the first passage ("a remarkable passage")
    QCOMPARE(m_view->currentSource(), QStringLiteral("src-a"));
    QTRY_VERIFY(passageVisible(m_text.indexOf(QStringLiteral("a remarkable passage"))));
    // And flashes it
    const auto selections = m_view->textEdit()->extraSelections();
    QVERIFY(std::any_of(selections.begin(), selections.end(), [](const auto &selection) {
        return selection.format.hasProperty(QTextFormat::UserProperty);
    }));
    QVERIFY(!passageVisible(far));
}

void TestSourceTextView::nextAndPrevious_walkThroughTheEventsPassages()
{
    // Given the 2022 strategy selected: passages "a remarkable passage" and "the far down passage"
    m_document->setCurrentEvent(3);
    auto *next = m_view->findChild<QPushButton *>(QStringLiteral("nextPassage"));
    auto *previous = m_view->findChild<QPushButton *>(QStringLiteral("previousPassage"));
    auto *position = m_view->findChild<QLabel *>(QStringLiteral("passagePosition"));
    QVERIFY(next && previous && position);
    QCOMPARE(position->text(), QStringLiteral("passage 1 of 2"));
    QVERIFY(!previous->isEnabled());
    // When the user presses Next
    QTest::mouseClick(next, Qt::LeftButton);
    // Then the far passage is shown
    const qsizetype far = m_text.indexOf(QStringLiteral("the far down passage"));
    QTRY_VERIFY(passageVisible(far));
    QCOMPARE(m_view->textEdit()->textCursor().position(), int(far));
    QCOMPARE(position->text(), QStringLiteral("passage 2 of 2"));
    QVERIFY(!next->isEnabled());
    // And Previous goes back
    QTest::mouseClick(previous, Qt::LeftButton);
    const qsizetype first = m_text.indexOf(QStringLiteral("a remarkable passage"));
    QTRY_VERIFY(passageVisible(first));
    QCOMPARE(m_view->textEdit()->textCursor().position(), int(first));
}

void TestSourceTextView::currentEventsPassages_areEmphasised()
{
    m_document->setCurrentEvent(1);
    const int start = int(m_text.indexOf(QStringLiteral("the first strategy appeared")));
    const auto selections = m_view->textEdit()->extraSelections();
    bool emphasised = false;
    for (const auto &selection : selections) {
        if (selection.cursor.selectionStart() == start &&
            !selection.format.hasProperty(QTextFormat::UserProperty)) {
            emphasised = selection.format.fontUnderline() ||
                         selection.format.underlineStyle() != QTextCharFormat::NoUnderline;
            QVERIFY(selection.format.background().color().alpha() >= 100);
        }
    }
    QVERIFY(emphasised);
}

void TestSourceTextView::unresolvedAnchors_areListedWithTheirReason()
{
    auto *list = m_view->findChild<QListWidget *>(QStringLiteral("unresolved"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    const QString text = list->item(0)->text();
    QVERIFY2(text.contains(QStringLiteral("words that are nowhere in the text")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("US strategy")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not found")), qPrintable(text));
    QVERIFY(!list->isHidden());
}

void TestSourceTextView::noText_showsMetadataAndQuotesWithContext()
{
    // When the source without text is shown
    m_view->showSource(QStringLiteral("src-b"));
    // Then its metadata, its quotes with context and an Attach button are shown, as plain text
    auto *pages = m_view->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentIndex(), 1);
    auto label = [this](const char *name) {
        const auto labels = m_view->findChildren<QLabel *>(QString::fromUtf8(name));
        for (QLabel *l : labels) {
            if (l->isVisibleTo(m_view.get()))
                return l;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QVERIFY(label("sourceTitle"));
    QCOMPARE(label("sourceTitle")->text(), QStringLiteral("A report without text"));
    QCOMPARE(label("authors")->text(), QStringLiteral("Rick Roe"));
    QCOMPARE(label("url")->text(), QStringLiteral("https://example.org/<b>report</b>"));
    QCOMPARE(label("url")->textFormat(), Qt::PlainText);
    QCOMPARE(label("perspective")->text(), QStringLiteral("A Korean think tank"));
    QVERIFY(label("fingerprint")->text().startsWith(QStringLiteral("sha256:")));
    QCOMPARE(label("quote")->text(), QStringLiteral("“two percent of GDP”"));
    QVERIFY(label("quoteContext")->text().contains(QStringLiteral("aiming for")));
    QVERIFY(label("quoteContext")->text().contains(QStringLiteral("by 2027")));
    QVERIFY(label("quoteEvent")->text().startsWith(QStringLiteral("Two percent target")));
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("attachTextMetadata")));
}

void TestSourceTextView::attachText_byHand_showsTheTextAsPlainText()
{
    // Given a copy of src-b's text with markup in it
    writeFile(QStringLiteral("b.txt"),
              QStringLiteral("<b>Not bold</b> we are aiming for two percent of GDP by 2027."));
    m_view->showSource(QStringLiteral("src-b"));
    // When it is attached by hand
    m_view->attachText(QStringLiteral("src-b"), m_dir.filePath(QStringLiteral("b.txt")));
    QTRY_VERIFY(m_view->hasText(QStringLiteral("src-b")));
    QTRY_VERIFY(!m_view->isResolving());
    // Then the text is shown literally, with its passage highlighted
    auto *pages = m_view->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentIndex(), 0);
    QVERIFY(m_view->textEdit()->toPlainText().startsWith(QStringLiteral("<b>Not bold</b>")));
    const auto ranges = highlightRanges();
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.front().first, 34);
}

void TestSourceTextView::showPosition_scrollsToTheOffset()
{
    const qsizetype offset = m_text.indexOf(QStringLiteral("Filler line number 250 "));
    m_view->showPosition(QStringLiteral("src-a"), int(offset), 10);
    QTRY_VERIFY(passageVisible(offset));
    QCOMPARE(m_view->textEdit()->textCursor().position(), int(offset));
}

void TestSourceTextView::sourceTextsChanged_carriesTheTexts()
{
    QSignalSpy spy(m_view.get(), &SourceTextView::sourceTextsChanged);
    writeFile(QStringLiteral("b.txt"), QStringLiteral("Another text."));
    m_view->attachText(QStringLiteral("src-b"), m_dir.filePath(QStringLiteral("b.txt")));
    QTRY_VERIFY(!spy.isEmpty());
    const auto texts = spy.last().at(0).value<QHash<QString, QString>>();
    QCOMPARE(texts.value(QStringLiteral("src-b")), QStringLiteral("Another text."));
    QCOMPARE(texts.value(QStringLiteral("src-a")), m_text);
}

QTEST_MAIN(TestSourceTextView)
#include "tst_sourcetextview.moc"
