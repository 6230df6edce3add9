#include "document/document.h"
#include "source/passagelist.h"
#include "source/sourcetextview.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QUndoStack>

using namespace Anchorline::Model;
using Anchorline::Views::PassageDelegate;
using Anchorline::Views::PassageListModel;
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

QString label(const QWidget *view, const char *name)
{
    for (const QLabel *l : view->findChildren<QLabel *>(QString::fromUtf8(name))) {
        if (l->isVisibleTo(view))
            return l->text();
    }
    return {};
}
const QString markup = QStringLiteral("<img src=x> <b>bold</b> &amp;");

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
    void toolTipOnHighlight_showsEventTitlesLiterally();
    void selectingEvent_switchesSourceScrollsToAndFlashesItsFirstPassage();
    void nextAndPrevious_walkThroughTheEventsPassages();
    void currentEventsPassages_areEmphasised();
    void unresolvedAnchors_areListedWithTheirReason();
    void noText_showsMetadataAndQuotesWithContext();
    void noText_quotesThatLookLikeHtml_arePaintedLiterally();
    void noText_clickOnAPassage_selectsItsEventAndStays();
    void noText_enterOrSpaceOnAPassage_selectsItsEvent();
    void noText_passageWithoutEvent_isNotActivatable();
    void noText_selectingAnEvent_scrollsToItsPassage();
    void noText_passagesWrapToTheWidthOfTheView();
    void attachText_byHand_showsTheTextAsPlainText();
    void showPosition_scrollsToTheOffset();
    void switchingToAShorterText_whileFlashing_warnsNothing();
    void sourceTextsChanged_carriesTheTexts();
    void edits_addAndRemovePassagesAndSources();
    void dataLanguage_labelsPassagesButKeepsTheQuote();
    void noText_listsDateClaimsRelationsAndMetricsByTheirOwners();
    void noText_nextAndPrevious_walkEvidenceThenDateClaims();
    void edits_relabelTheListedPassages_andLeaveTheListOtherwise();
    void toolTipOnHighlight_namesTheRelationQuotingThePassage();
    void unresolvedAnchor_activated_selectsItsEvent();

private:
    QListView *showPassagesOfSourceB();
    void addClaimAndRelationQuotingSourceB();
    QString toolTipAt(const QString &quote) const;
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
    dataset.events[2].evidence.push_back(makeAnchor("src-b", QStringLiteral("two percent of GDP"),
                                                    "aiming for ",
                                                    " by 2027, as the cabinet decided"));
    // A metric point without an event, quoting markup-like text in src-b.
    Metric metric;
    metric.id = QStringLiteral("spending");
    metric.name = QStringLiteral("Spending <b>share</b>");
    MetricPoint point;
    point.date = QStringLiteral("2024");
    point.parsed = PartialDate::fromString(point.date);
    point.value = 1.6;
    point.evidence.push_back(makeAnchor("src-b", markup, "<i>before</i> ", " after"));
    metric.points.push_back(point);
    dataset.metrics.push_back(metric);
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(dataset), QString());
    m_view = std::make_unique<SourceTextView>(*m_document);
    m_view->resize(600, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    // When the library folder is set
    m_view->setLibraryFolder(m_dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isResolving(), 60000);
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
        return passage.pointer() == QStringLiteral("/events/1/evidence/1");
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

void TestSourceTextView::toolTipOnHighlight_showsEventTitlesLiterally()
{
    // Given an event whose title looks like HTML, anchored in src-a
    Dataset dataset = m_document->dataset();
    dataset.events[1].title = QStringLiteral("<b>First</b> strategy");
    m_document->setDataset(std::move(dataset), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isResolving(), 60000);
    QPlainTextEdit *edit = m_view->textEdit();
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(m_text.indexOf(QStringLiteral("first strategy appeared"))) + 3);
    edit->setTextCursor(cursor);
    edit->centerCursor();
    const QPoint point = edit->cursorRect(cursor).center();
    // When the pointer rests on its passage
    QHelpEvent help(QEvent::ToolTip, point, edit->viewport()->mapToGlobal(point));
    QCoreApplication::sendEvent(edit->viewport(), &help);
    // Then the tooltip shows the title as written
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QTextDocument shown;
    shown.setHtml(tip); // what QToolTip renders when Qt::mightBeRichText(tip)
    QVERIFY2(shown.toPlainText().contains(QStringLiteral("<b>First</b> strategy")),
             qPrintable(tip));
    QToolTip::hideText();
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

QListView *TestSourceTextView::showPassagesOfSourceB()
{
    m_view->showSource(QStringLiteral("src-b"));
    auto *list = m_view->findChild<QListView *>(QStringLiteral("passages"));
    if (list && list->isVisibleTo(m_view.get()))
        return list;
    return nullptr;
}

void TestSourceTextView::noText_showsMetadataAndQuotesWithContext()
{
    // When the source without text is shown
    QListView *list = showPassagesOfSourceB();
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
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("attachTextMetadata")));
    // And the passages are listed, in file order, each with its event, quote and context
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(label("passagesCaption")->text(), QStringLiteral("Anchored passages (2)"));
    QCOMPARE(list->model()->rowCount(), 2);
    const QModelIndex first = list->model()->index(0, 0);
    QCOMPARE(first.data(PassageListModel::QuoteRole).toString(),
             QStringLiteral("“two percent of GDP”"));
    const QString context = first.data(PassageListModel::ContextRole).toString();
    QVERIFY2(context.contains(QStringLiteral("aiming for")), qPrintable(context));
    QVERIFY2(context.contains(QStringLiteral("by 2027")), qPrintable(context));
    QVERIFY(first.data(PassageListModel::EventLabelRole)
                .toString()
                .startsWith(QStringLiteral("Two percent target")));
    QCOMPARE(first.data(PassageListModel::EventIndexRole).toInt(), 2);
    QCOMPARE(PassageDelegate::paintedLines(first),
             QStringList({first.data(PassageListModel::EventLabelRole).toString(),
                          QStringLiteral("“two percent of GDP”"), context}));
    // And the view and its items tell assistive technology what they are
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!list->accessibleDescription().isEmpty());
    QVERIFY(first.data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("two percent of GDP")));
    QVERIFY(!first.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
}

void TestSourceTextView::noText_quotesThatLookLikeHtml_arePaintedLiterally()
{
    // Given a passage whose quote, context and metric name look like HTML
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    const QModelIndex hostile = list->model()->index(1, 0);
    // Then the model holds them literally
    QCOMPARE(hostile.data(PassageListModel::QuoteRole).toString(),
             QStringLiteral("“") + markup + QStringLiteral("”"));
    QVERIFY(hostile.data(PassageListModel::ContextRole)
                .toString()
                .contains(QStringLiteral("<i>before</i>")));
    QVERIFY(hostile.data(PassageListModel::EventLabelRole)
                .toString()
                .contains(QStringLiteral("Spending <b>share</b>")));
    QVERIFY(hostile.data(Qt::DisplayRole).toString().contains(markup));
    // And the delegate lays out exactly these strings as plain text (QTextLayout, no document)
    const QStringList lines = PassageDelegate::paintedLines(hostile);
    QCOMPARE(lines.value(1), QStringLiteral("“") + markup + QStringLiteral("”"));
    QVERIFY(qobject_cast<PassageDelegate *>(list->itemDelegate()));
    // And no tooltip carries data that Qt could render as rich text
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString tip = list->model()->index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(!Qt::mightBeRichText(tip), qPrintable(tip));
    }
    // And painting the item does not fail on it
    list->resize(300, 300);
    QImage image(list->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    list->viewport()->render(&image);
    QVERIFY(!image.isNull());
}

void TestSourceTextView::noText_clickOnAPassage_selectsItsEventAndStays()
{
    // Given src-b shown without text and no event selected
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    QCOMPARE(m_document->currentEvent(), -1);
    // When the user clicks the passage of the two-percent target
    const QRect rect = list->visualRect(list->model()->index(0, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    // Then its event becomes current, and the view stays on src-b
    QCOMPARE(m_document->currentEvent(), 2);
    QCOMPARE(m_view->currentSource(), QStringLiteral("src-b"));
    QVERIFY(list->model()->index(0, 0).data(PassageListModel::IsCurrentEventRole).toBool());
}

void TestSourceTextView::noText_enterOrSpaceOnAPassage_selectsItsEvent()
{
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    // When the list gets the keyboard focus, its first passage is current and framed
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0);
    // And Enter selects its event
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_document->currentEvent(), 2);
    // And so does Space
    m_document->setCurrentEvent(-1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(m_document->currentEvent(), 2);
    // And the arrow keys move between passages
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
}

void TestSourceTextView::noText_passageWithoutEvent_isNotActivatable()
{
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    const QModelIndex metric = list->model()->index(1, 0);
    QCOMPARE(metric.data(PassageListModel::EventIndexRole).toInt(), -1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(metric).center());
    QCOMPARE(m_document->currentEvent(), -1);
    list->setFocus();
    list->setCurrentIndex(metric);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_document->currentEvent(), -1);
}

void TestSourceTextView::noText_selectingAnEvent_scrollsToItsPassage()
{
    // Given src-b shown in a short view
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    // When the two-percent target, anchored only in src-b, is selected elsewhere
    m_document->setCurrentEvent(2);
    // Then the view stays on src-b with the passage current and visible
    QCOMPARE(m_view->currentSource(), QStringLiteral("src-b"));
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
}

void TestSourceTextView::noText_passagesWrapToTheWidthOfTheView()
{
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    const QModelIndex first = list->model()->index(0, 0);
    QTRY_VERIFY(list->visualRect(first).isValid());
    // Items are as wide as the view
    QTRY_COMPARE(list->visualRect(first).width(), list->viewport()->width() - 2 * list->spacing());
    const int wideHeight = list->visualRect(first).height();
    // When the view gets narrow, the items wrap to its new width and grow taller
    m_view->resize(m_view->minimumSizeHint().width(), 400);
    QVERIFY2(list->viewport()->width() < 400,
             qPrintable(QString::number(list->viewport()->width())));
    QTRY_COMPARE(list->visualRect(first).width(), list->viewport()->width() - 2 * list->spacing());
    QTRY_VERIFY(list->visualRect(first).height() > wideHeight);
    // And back
    m_view->resize(600, 400);
    QTRY_COMPARE(list->visualRect(first).height(), wideHeight);
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
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isResolving(), 60000);
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

void TestSourceTextView::switchingToAShorterText_whileFlashing_warnsNothing()
{
    // Given a short text for src-b and the far passage of src-a flashing
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    writeFile(QStringLiteral("b.txt"), QStringLiteral("We are aiming for two percent of GDP."));
    m_view->attachText(QStringLiteral("src-b"), m_dir.filePath(QStringLiteral("b.txt")));
    QTRY_VERIFY(m_view->hasText(QStringLiteral("src-b")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isResolving(), 60000);
    m_document->setCurrentEvent(3);
    m_view->nextPassage();
    QVERIFY(m_view->textEdit()->textCursor().position() > 1000);
    // When, before the flash has faded, an event anchored in src-b is selected
    m_document->setCurrentEvent(2);
    QCOMPARE(m_view->currentSource(), QStringLiteral("src-b"));
    // Then its passage flashes in the short text, and no offset of the long one is used there
    const auto selections = m_view->textEdit()->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections)
        QVERIFY(selection.cursor.selectionEnd() <=
                m_view->textEdit()->document()->characterCount());
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

void TestSourceTextView::edits_addAndRemovePassagesAndSources()
{
    // Given the text of src-a with its passages placed
    const QString a = QStringLiteral("src-a");
    const std::size_t before = m_view->passages(a).size();
    QVERIFY(before > 0);

    // When an event gains a passage of src-a through an edit (an undoable command)
    Event event = m_document->dataset().events[2];
    event.evidence.push_back(makeAnchor("src-a", QStringLiteral("set three pillars")));
    QVERIFY(m_document->replaceEvent(2, event));

    // Then the view places it, and undo takes it away again
    QTRY_COMPARE(m_view->passages(a).size(), before + 1);
    const auto added = m_view->passages(a);
    QVERIFY(std::any_of(added.begin(), added.end(), [](const SourceTextView::Passage &p) {
        return p.pointer() == QLatin1String("/events/2/evidence/1");
    }));
    m_document->undoStack()->undo();
    QTRY_COMPARE(m_view->passages(a).size(), before);

    // And a source added by an edit can be chosen at once
    auto *sources = m_view->findChild<QComboBox *>();
    QVERIFY(sources);
    const int count = sources->count();
    Source c;
    c.id = QStringLiteral("src-c");
    c.title = QStringLiteral("A third source");
    QVERIFY(m_document->insertSource(-1, c));
    QTRY_COMPARE(sources->count(), count + 1);
    // The shown source and its text stay
    QCOMPARE(m_view->currentSource(), a);
    QVERIFY(m_view->hasText(a));
}

void TestSourceTextView::dataLanguage_labelsPassagesButKeepsTheQuote()
{
    // Given the passages of source B and a Japanese title for their event
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    Event event = m_document->dataset().events[2];
    event.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("title"),
                               QStringLiteral("2％目標"));
    QVERIFY(m_document->replaceEvent(2, event));
    // When the data language becomes Japanese
    m_document->setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    // Then the passage is labelled with the Japanese title, and its quote stays the source's
    QTRY_VERIFY(list->model()->rowCount() > 0 && list->model()
                                                     ->index(0, 0)
                                                     .data(PassageListModel::EventLabelRole)
                                                     .toString()
                                                     .startsWith(QStringLiteral("2％目標")));
    QCOMPARE(list->model()->index(0, 0).data(PassageListModel::QuoteRole).toString(),
             QStringLiteral("“two percent of GDP”"));
}

void TestSourceTextView::addClaimAndRelationQuotingSourceB()
{
    // The two-percent target (event 2) also gets a date claim and a relation to the first
    // strategy (event 1), each quoting src-b.
    Dataset dataset = m_document->dataset();
    DateClaim claim = Anchorline::Testing::makeDateClaim("2025", "src-b", QString());
    claim.evidence.push_back(makeAnchor("src-b", QStringLiteral("a claimed date")));
    dataset.events[2].dateClaims.push_back(claim);
    Relation relation;
    relation.id = QStringLiteral("rel-2");
    relation.from = QStringLiteral("ev-target");
    relation.to = QStringLiteral("ev-nss-2013");
    relation.type = RelationType::RespondsTo;
    relation.evidence.push_back(makeAnchor("src-b", QStringLiteral("in answer to it")));
    dataset.relations.push_back(relation);
    m_document->setDataset(std::move(dataset), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isResolving(), 60000);
}

void TestSourceTextView::noText_listsDateClaimsRelationsAndMetricsByTheirOwners()
{
    // Given src-b quoted by an event, its date claim, a relation and a metric value
    addClaimAndRelationQuotingSourceB();
    // When it is shown
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    QAbstractItemModel *model = list->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Then its passages are listed in file order, each named by what it supports
    QCOMPARE(model->rowCount(), 4);
    const auto at = [model](int row, int role) { return model->index(row, 0).data(role); };
    QCOMPARE(at(0, PassageListModel::PointerRole).toString(),
             QStringLiteral("/events/2/evidence/0"));
    QCOMPARE(at(1, PassageListModel::PointerRole).toString(),
             QStringLiteral("/events/2/dateClaims/0/evidence/0"));
    QCOMPARE(at(2, PassageListModel::PointerRole).toString(),
             QStringLiteral("/relations/1/evidence/0"));
    QCOMPARE(at(3, PassageListModel::PointerRole).toString(),
             QStringLiteral("/metrics/0/points/0/evidence/0"));
    const QString event = at(0, PassageListModel::EventLabelRole).toString();
    QVERIFY2(event.startsWith(QStringLiteral("Two percent target (")), qPrintable(event));
    QCOMPARE(at(1, PassageListModel::EventLabelRole).toString(),
             event + SourceTextView::tr(" — date claim"));
    QCOMPARE(at(2, PassageListModel::EventLabelRole).toString(),
             QStringLiteral("Relation: Two percent target %1 First strategy")
                 .arg(relationTypeForward(RelationType::RespondsTo)));
    QCOMPARE(at(3, PassageListModel::EventLabelRole).toString(),
             QStringLiteral("Metric: Spending <b>share</b>"));
    QCOMPARE(at(1, PassageListModel::QuoteRole).toString(), QStringLiteral("“a claimed date”"));
    QCOMPARE(at(2, PassageListModel::QuoteRole).toString(), QStringLiteral("“in answer to it”"));
    // And the relation's passage selects its `from` event, the metric's none
    QCOMPARE(at(0, PassageListModel::EventIndexRole).toInt(), 2);
    QCOMPARE(at(1, PassageListModel::EventIndexRole).toInt(), 2);
    QCOMPARE(at(2, PassageListModel::EventIndexRole).toInt(), 2);
    QCOMPARE(at(3, PassageListModel::EventIndexRole).toInt(), -1);
    QCOMPARE(at(2, PassageListModel::StripColorRole).value<QColor>(), QColor("#0072b2"));
    QCOMPARE(label(m_view.get(), "passagesCaption"), QStringLiteral("Anchored passages (4)"));
}

void TestSourceTextView::noText_nextAndPrevious_walkEvidenceThenDateClaims()
{
    // Given src-b shown, and the two-percent target quoting it in its evidence and its date
    // claim (and through a relation, which is the relation's passage, not the event's)
    addClaimAndRelationQuotingSourceB();
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    auto *next = m_view->findChild<QPushButton *>(QStringLiteral("nextPassage"));
    auto *previous = m_view->findChild<QPushButton *>(QStringLiteral("previousPassage"));
    auto *position = m_view->findChild<QLabel *>(QStringLiteral("passagePosition"));
    QVERIFY(next && previous && position);
    // When the event is selected
    m_document->setCurrentEvent(2);
    // Then its evidence comes first, then its date claim's
    QCOMPARE(position->text(), QStringLiteral("passage 1 of 2"));
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(position->text(), QStringLiteral("passage 2 of 2"));
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(position->text(), QStringLiteral("passage 1 of 2"));
    QCOMPARE(list->currentIndex().row(), 0);
    // And clicking the date claim's passage in the list counts from there
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(1, 0)).center());
    QCOMPARE(m_document->currentEvent(), 2);
    QCOMPARE(position->text(), QStringLiteral("passage 2 of 2"));
    // And without a selected event, the walk covers the text's passages (src-a: its text)
    m_document->setCurrentEvent(-1);
    m_view->showSource(QStringLiteral("src-a"));
    QCOMPARE(position->text(),
             QStringLiteral("%1 passages").arg(m_view->passages(QStringLiteral("src-a")).size()));
}

void TestSourceTextView::edits_relabelTheListedPassages_andLeaveTheListOtherwise()
{
    // Given src-b's passages listed, the third one current
    addClaimAndRelationQuotingSourceB();
    QListView *list = showPassagesOfSourceB();
    QVERIFY(list);
    QAbstractItemModel *model = list->model();
    list->setCurrentIndex(model->index(2, 0));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    const auto labelOf = [model](int row) {
        return model->index(row, 0).data(PassageListModel::EventLabelRole).toString();
    };
    const auto retitle = [this](int index, const QString &title) {
        Event event = m_document->dataset().events[std::size_t(index)];
        event.title = title;
        QVERIFY(m_document->replaceEvent(index, event));
    };

    // When an event that no passage of src-b names is edited
    retitle(3, QStringLiteral("Second strategy, revised"));
    QTest::qWait(50); // the view refreshes on the next turn of the event loop
    // Then the list stays as it was
    QCOMPARE(resets.count(), 0);
    QCOMPARE(list->currentIndex().row(), 2);

    // When the event the relation points to is renamed
    retitle(1, QStringLiteral("Strategy one"));
    // Then the relation's passage says so
    QTRY_COMPARE(labelOf(2), QStringLiteral("Relation: Two percent target %1 Strategy one")
                                 .arg(relationTypeForward(RelationType::RespondsTo)));

    // When the event the passages support is renamed
    retitle(2, QStringLiteral("Two and a half percent"));
    // Then its passages, its date claim's and its relation's say so, and the quotes stay
    QTRY_VERIFY(labelOf(0).startsWith(QStringLiteral("Two and a half percent (")));
    QVERIFY(labelOf(1).startsWith(QStringLiteral("Two and a half percent (")));
    QVERIFY(labelOf(2).startsWith(QStringLiteral("Relation: Two and a half percent ")));
    QCOMPARE(model->index(0, 0).data(PassageListModel::QuoteRole).toString(),
             QStringLiteral("“two percent of GDP”"));

    // And an undo brings the old name back
    m_document->undoStack()->undo();
    QTRY_VERIFY(labelOf(0).startsWith(QStringLiteral("Two percent target (")));
}

QString TestSourceTextView::toolTipAt(const QString &quote) const
{
    QPlainTextEdit *edit = m_view->textEdit();
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(m_text.indexOf(quote)) + 3);
    edit->setTextCursor(cursor);
    edit->centerCursor();
    const QPoint point = edit->cursorRect(cursor).center();
    QHelpEvent help(QEvent::ToolTip, point, edit->viewport()->mapToGlobal(point));
    QCoreApplication::sendEvent(edit->viewport(), &help);
    const QString tip = QToolTip::isVisible() ? QToolTip::text() : QString();
    QToolTip::hideText();
    return tip;
}

void TestSourceTextView::toolTipOnHighlight_namesTheRelationQuotingThePassage()
{
    // Given "a remarkable passage" in src-a, quoted by the second strategy and by the relation
    // from it to the first
    // When the pointer rests on it
    QString tip;
    QTRY_VERIFY(!(tip = toolTipAt(QStringLiteral("a remarkable passage"))).isEmpty());
    // Then the tooltip names both
    QVERIFY2(tip.contains(QStringLiteral("Second strategy (")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Relation: Second strategy %1 First strategy")
                              .arg(relationTypeForward(RelationType::Supersedes))),
             qPrintable(tip));
}

void TestSourceTextView::unresolvedAnchor_activated_selectsItsEvent()
{
    // Given the passage of the US strategy that src-a's text does not hold, listed below it
    auto *list = m_view->findChild<QListWidget *>(QStringLiteral("unresolved"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->toolTip(), QStringLiteral("/events/0/evidence/0"));
    // When it is activated
    emit list->itemActivated(list->item(0));
    // Then its event becomes current
    QCOMPARE(m_document->currentEvent(), 0);
}

QTEST_MAIN(TestSourceTextView)
#include "tst_sourcetextview.moc"
