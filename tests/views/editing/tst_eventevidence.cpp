#include "document/document.h"
#include "editing/event/anchoreditdialog.h"
#include "editing/event/dateclaimdialog.h"
#include "editing/event/eventeditdialog.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "testdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

template<typename T> T *visibleChild(QObject *parent)
{
    for (T *widget : parent->findChildren<T *>()) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QPushButton *buttonNamed(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1String(name));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QByteArray bytes(const Document &document)
{
    return DatasetWriter::toBytes(document.dataset());
}

} // namespace

// The evidence passages and date claims of an event, edited in the event dialog: each passage
// and claim in its own small dialog, the event's OK one undo step.
class TestEventEvidence final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lists_showPassagesAndClaimsAsPlainText();
    void editingThePrefix_keepsThePositionHint();
    void editingTheQuote_dropsThePositionHint();
    void quoteLength_isMeasuredAsUseAsEvidenceMeasuresIt();
    void addingAPassage_needsASourceAndAQuote();
    void removingAPassage_withTheDeleteKey();
    void dateClaims_areAddedEditedAndRemovedWithLiveValidation();
    void unchangedDialogs_giveBackTheSameBytes();
    void cancellingTheEventDialog_dropsEveryChange();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventEditDialog> m_dialog;
    EventEditDialog &openEvent(int index);
};

void TestEventEvidence::init()
{
    Dataset d = Anchorline::Testing::smallDataset();
    Source second;
    second.id = QStringLiteral("src-b");
    second.title = QStringLiteral("<b>Markup</b> in a title");
    d.sources.push_back(second);
    Anchor &anchor = d.events[3].evidence[0];
    anchor.prefix = QStringLiteral("before\u00a0the ");
    anchor.suffix = QStringLiteral(" after it");
    anchor.start = 120;
    anchor.end = 140;
    Anchor hostile;
    hostile.source = QStringLiteral("src-b");
    hostile.exact = QStringLiteral("<img src=x> a\u00a0quote");
    d.events[3].evidence.push_back(hostile);
    d.events[3].dateClaims.push_back(Anchorline::Testing::makeDateClaim(
        "2022-12-17", "src-b", QStringLiteral("a day\u00a0later in Washington")));
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(d), QString());
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("fixture")).empty());
}

void TestEventEvidence::cleanup()
{
    m_dialog.reset();
    m_document.reset();
}

EventEditDialog &TestEventEvidence::openEvent(int index)
{
    m_dialog = std::make_unique<EventEditDialog>(*m_document, index);
    m_dialog->show();
    return *m_dialog;
}

void TestEventEvidence::lists_showPassagesAndClaimsAsPlainText()
{
    EventEditDialog &dialog = openEvent(3);
    QListWidget *evidence = dialog.evidenceList();
    QCOMPARE(evidence->count(), 2);
    QVERIFY(evidence->item(0)->text().contains(QStringLiteral("“a remarkable passage”")));
    // Markup from the file is shown as the characters it is
    QVERIFY(evidence->item(1)->text().contains(QStringLiteral("<img src=x>")));
    QVERIFY(evidence->item(1)->toolTip().contains(QStringLiteral("&lt;img src=x&gt;")));
    QCOMPARE(dialog.claimList()->count(), 1);
    QVERIFY2(dialog.claimList()->item(0)->text().contains(QStringLiteral("17 Dec 2022")),
             qPrintable(dialog.claimList()->item(0)->text()));
    // An event without any shows it says so, and Edit does nothing
    EventEditDialog &empty = openEvent(1);
    QCOMPARE(empty.evidenceList()->count(), 1);
    QCOMPARE(empty.evidenceList()->item(0)->flags(), Qt::ItemFlags(Qt::NoItemFlags));
    empty.editEvidence();
    QVERIFY(!visibleChild<AnchorEditDialog>(&empty));
}

void TestEventEvidence::editingThePrefix_keepsThePositionHint()
{
    EventEditDialog &dialog = openEvent(3);
    const QByteArray before = bytes(*m_document);
    dialog.evidenceList()->setCurrentRow(0);
    QTest::keyClick(dialog.evidenceList(), Qt::Key_Return);
    auto *passage = visibleChild<AnchorEditDialog>(&dialog);
    QVERIFY(passage);
    auto *position = passage->findChild<QLabel *>(QStringLiteral("position"));
    QCOMPARE(position->textFormat(), Qt::PlainText);
    QVERIFY2(position->text().contains(QStringLiteral("120")), qPrintable(position->text()));
    typeInto(passage->findChild<QLineEdit *>(QStringLiteral("prefix")),
             QStringLiteral("just before the "));
    QVERIFY(okButton(passage)->isEnabled());
    QTest::mouseClick(okButton(passage), Qt::LeftButton);
    QVERIFY(!passage->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0); // nothing changes before the event's OK
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const Anchor &edited = m_document->dataset().events[3].evidence[0];
    QCOMPARE(edited.prefix, QStringLiteral("just before the "));
    QCOMPARE(edited.suffix, QStringLiteral(" after it"));
    QCOMPARE(edited.start, qint64(120));
    QCOMPARE(edited.end, qint64(140));
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestEventEvidence::editingTheQuote_dropsThePositionHint()
{
    EventEditDialog &dialog = openEvent(3);
    dialog.evidenceList()->setCurrentRow(0);
    QTest::mouseClick(buttonNamed(&dialog, "editEvidence"), Qt::LeftButton);
    auto *passage = visibleChild<AnchorEditDialog>(&dialog);
    QVERIFY(passage);
    auto *quote = passage->findChild<QPlainTextEdit *>(QStringLiteral("exact"));
    quote->selectAll();
    QTest::keyClicks(quote, QStringLiteral("a remarkable passage indeed "));
    QVERIFY(passage->findChild<QLabel *>(QStringLiteral("position"))
                ->text()
                .contains(QStringLiteral("found by searching")));
    passage->accept();
    dialog.accept();
    const Anchor &edited = m_document->dataset().events[3].evidence[0];
    QCOMPARE(edited.exact, QStringLiteral("a remarkable passage indeed"));
    QCOMPARE(edited.start, qint64(-1));
    QCOMPARE(edited.end, qint64(-1));
}

// Japanese quotes are counted in characters (at most 40), other quotes in words (at most 20),
// as the selection dialog counts them.
void TestEventEvidence::quoteLength_isMeasuredAsUseAsEvidenceMeasuresIt()
{
    EventEditDialog &dialog = openEvent(3);
    dialog.evidenceList()->setCurrentRow(0);
    QTest::mouseClick(buttonNamed(&dialog, "editEvidence"), Qt::LeftButton);
    auto *passage = visibleChild<AnchorEditDialog>(&dialog);
    QVERIFY(passage);
    auto *quote = passage->findChild<QPlainTextEdit *>(QStringLiteral("exact"));
    auto *length = passage->findChild<QLabel *>(QStringLiteral("words"));
    const auto type = [quote](const QString &text) {
        quote->selectAll();
        quote->insertPlainText(text);
    };
    type(QStringLiteral("政府は安全保障政策を転換した"));
    // No translator is loaded here, so the plural form reads "(s)"
    QVERIFY2(length->text().startsWith(QStringLiteral("14 character")), qPrintable(length->text()));
    type(QString(41, QChar(0x6CD5)));
    QCOMPARE(length->text(),
             QStringLiteral("41 characters: Japanese and Chinese anchors quote at most 40."));
    type(QStringLiteral("the cabinet changed its reading of the constitution"));
    QVERIFY2(length->text().startsWith(QStringLiteral("8 word")), qPrintable(length->text()));
    type(QStringLiteral("word ").repeated(21));
    QCOMPARE(length->text(), QStringLiteral("21 words: anchors quote at most 20."));
    passage->reject();
}

void TestEventEvidence::addingAPassage_needsASourceAndAQuote()
{
    // An event without evidence: no source is preselected
    EventEditDialog &dialog = openEvent(1);
    QTest::mouseClick(buttonNamed(&dialog, "addEvidence"), Qt::LeftButton);
    auto *passage = visibleChild<AnchorEditDialog>(&dialog);
    QVERIFY(passage);
    QVERIFY(!okButton(passage)->isEnabled());
    QCOMPARE(passage->validationError(),
             QStringLiteral("Choose the source the passage is quoted from."));
    auto *source = passage->findChild<QComboBox *>(QStringLiteral("source"));
    source->setCurrentIndex(source->findData(QStringLiteral("src-b")));
    QCOMPARE(passage->validationError(), QStringLiteral("Type or paste the quoted passage."));
    QTest::keyClicks(passage->findChild<QPlainTextEdit *>(QStringLiteral("exact")),
                     QStringLiteral("three pillars of national security"));
    QVERIFY(okButton(passage)->isEnabled());
    QTest::mouseClick(okButton(passage), Qt::LeftButton);
    QCOMPARE(dialog.evidenceList()->count(), 1);
    QVERIFY(dialog.evidenceList()->item(0)->flags() & Qt::ItemIsEnabled);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    const Event &event = m_document->dataset().events[1];
    QCOMPARE(event.evidence.size(), std::size_t(1));
    QCOMPARE(event.evidence[0].source, QStringLiteral("src-b"));
    QCOMPARE(event.evidence[0].exact, QStringLiteral("three pillars of national security"));
    QCOMPARE(event.evidence[0].start, qint64(-1));
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("edited")).empty());
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestEventEvidence::removingAPassage_withTheDeleteKey()
{
    EventEditDialog &dialog = openEvent(3);
    const QByteArray before = bytes(*m_document);
    dialog.evidenceList()->setCurrentRow(1);
    QTest::keyClick(dialog.evidenceList(), Qt::Key_Delete);
    QCOMPARE(dialog.evidenceList()->count(), 1);
    QCOMPARE(dialog.evidenceList()->currentRow(), 0);
    // The dialog stays open: Delete in the list is not the dialog's business
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(m_document->dataset().events[3].evidence.size(), std::size_t(1));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestEventEvidence::dateClaims_areAddedEditedAndRemovedWithLiveValidation()
{
    EventEditDialog &dialog = openEvent(3);
    const QByteArray before = bytes(*m_document);
    // Add
    QTest::mouseClick(buttonNamed(&dialog, "addClaim"), Qt::LeftButton);
    auto *claim = visibleChild<DateClaimDialog>(&dialog);
    QVERIFY(claim);
    QVERIFY(!okButton(claim)->isEnabled());
    typeInto(claim->dateEdit()->lineEdit(), QStringLiteral("2022-13"));
    QVERIFY(!okButton(claim)->isEnabled());
    QVERIFY(claim->validationError().startsWith(QStringLiteral("Date: ")));
    QCOMPARE(claim->dateEdit()->interpretationLabel()->textFormat(), Qt::PlainText);
    typeInto(claim->dateEdit()->lineEdit(), QStringLiteral("2022-12-20"));
    QVERIFY(claim->dateEdit()->interpretationLabel()->text().contains(QStringLiteral("20 Dec")));
    auto *source = claim->findChild<QComboBox *>(QStringLiteral("source"));
    source->setCurrentIndex(source->findData(QStringLiteral("src-a")));
    QTest::keyClicks(claim->findChild<QPlainTextEdit *>(QStringLiteral("note")),
                     QStringLiteral("as printed"));
    QTest::mouseClick(okButton(claim), Qt::LeftButton);
    QCOMPARE(dialog.claimList()->count(), 2);
    QCOMPARE(dialog.claimList()->currentRow(), 1);
    // Edit the first with Return
    dialog.claimList()->setCurrentRow(0);
    QTest::keyClick(dialog.claimList(), Qt::Key_Return);
    claim = visibleChild<DateClaimDialog>(&dialog);
    QVERIFY(claim);
    QCOMPARE(claim->dateEdit()->text(), QStringLiteral("2022-12-17"));
    typeInto(claim->dateEdit()->lineEdit(), QStringLiteral("2022-12~"));
    QTest::mouseClick(okButton(claim), Qt::LeftButton);
    // Remove the second
    dialog.claimList()->setCurrentRow(1);
    QTest::mouseClick(buttonNamed(&dialog, "removeClaim"), Qt::LeftButton);
    QCOMPARE(dialog.claimList()->count(), 1);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);

    const Event &event = m_document->dataset().events[3];
    QCOMPARE(event.dateClaims.size(), std::size_t(1));
    QCOMPARE(event.dateClaims[0].date, QStringLiteral("2022-12~"));
    QVERIFY(event.dateClaims[0].parsed.isApproximate());
    QCOMPARE(event.dateClaims[0].note, QStringLiteral("a day\u00a0later in Washington"));
    QCOMPARE(event.dateClaims[0].source, QStringLiteral("src-b"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestEventEvidence::unchangedDialogs_giveBackTheSameBytes()
{
    // No-break spaces in quotes, context and notes survive dialogs that were only looked at
    EventEditDialog &dialog = openEvent(3);
    const QByteArray before = bytes(*m_document);
    for (int row = 0; row < 2; ++row) {
        dialog.evidenceList()->setCurrentRow(row);
        dialog.editEvidence();
        auto *passage = visibleChild<AnchorEditDialog>(&dialog);
        QVERIFY(passage);
        passage->accept();
        QVERIFY(!passage->isVisible());
    }
    dialog.claimList()->setCurrentRow(0);
    dialog.editClaim();
    auto *claim = visibleChild<DateClaimDialog>(&dialog);
    QVERIFY(claim);
    claim->accept();
    QVERIFY(!claim->isVisible());
    QCOMPARE(dialog.event().evidence[1].exact, QStringLiteral("<img src=x> a\u00a0quote"));
    dialog.accept();
    QCOMPARE(bytes(*m_document), before);
}

void TestEventEvidence::cancellingTheEventDialog_dropsEveryChange()
{
    EventEditDialog &dialog = openEvent(3);
    const QByteArray before = bytes(*m_document);
    dialog.evidenceList()->setCurrentRow(0);
    dialog.removeEvidence();
    dialog.claimList()->setCurrentRow(0);
    dialog.removeClaim();
    dialog.reject();
    QCOMPARE(bytes(*m_document), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestEventEvidence)
#include "tst_eventevidence.moc"
