#include "document/document.h"
#include "editing/event/anchoreditdialog.h"
#include "editing/event/eventeditdialog.h"
#include "editing/event/evidenceeditor.h"
#include "editing/records/relationeditdialog.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "testdata.h"
#include "widgets/eventpicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

// The dialog on top: the passage dialog that a button, a key or a double click has just opened.
AnchorEditDialog *passageDialog()
{
    return qobject_cast<AnchorEditDialog *>(QApplication::activeModalWidget());
}

QPushButton *okButton(QDialog *dialog)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
    return box->button(QDialogButtonBox::Ok);
}

void clickButton(QWidget *dialog, const char *name)
{
    auto *button = dialog->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Selects what the line edit `name` holds and types `text` over it.
void retype(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

// What a tooltip shows: Qt renders it as rich text when it looks like markup.
QString asShown(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

// The evidence of a relation, edited in the relation dialog the way an event's evidence is edited
// in the event dialog: each passage in its own small dialog, the relation's OK one undo step.
class TestRelationEditDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void evidenceList_showsThePassagesAsPlainText();
    void addingAPassage_isOneUndoStepWithTheRelation();
    void newRelation_isCreatedWithItsEvidence();
    void editingAPassage_withReturn_keepsWhatWasNotTyped();
    void removingAPassage_withTheDeleteKey();
    void invalidPassage_keepsOkDisabledAndSaysWhy();
    void passageOfAnUnknownSource_keepsTheRelationsOkDisabled();
    void cancellingTheRelationDialog_changesNothing();
    void editingOtherFields_keepsTheEvidenceByteForByte();
    void keyboard_reachesTheListAndItsButtons();

private:
    RelationEditDialog &openRelation(int index);
    QByteArray saved() const { return DatasetWriter::toBytes(m_document->dataset()); }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<RelationEditDialog> m_dialog;
};

void TestRelationEditDialog::init()
{
    // Relation 0 (ev-nss-2022 supersedes ev-nss-2013) is supported by two passages: one with
    // context, a position hint and a no-break space, one whose quote looks like markup, from a
    // source whose title does too.
    Dataset d = Anchorline::Testing::smallDataset();
    d.sources.push_back(Source{});
    d.sources.back().id = QStringLiteral("src-b");
    d.sources.back().title = QStringLiteral("<i>Review</i> of the strategies");
    std::vector<Anchor> &evidence = d.relations[0].evidence;
    evidence[0].prefix = QStringLiteral("before\u00a0the ");
    evidence[0].suffix = QStringLiteral(" after it");
    evidence[0].start = 120;
    evidence[0].end = 140;
    evidence.push_back(Anchor{});
    evidence[1].source = QStringLiteral("src-b");
    evidence[1].exact = QStringLiteral("<img src=x> replaces\u00a0the first");
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(d), QString());
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("fixture")).empty());
}

void TestRelationEditDialog::cleanup()
{
    m_dialog.reset();
    m_document.reset();
}

RelationEditDialog &TestRelationEditDialog::openRelation(int index)
{
    m_dialog = std::make_unique<RelationEditDialog>(*m_document, index);
    m_dialog->show();
    return *m_dialog;
}

void TestRelationEditDialog::evidenceList_showsThePassagesAsPlainText()
{
    // Given a relation with two passages
    RelationEditDialog &dialog = openRelation(0);
    // Then the dialog lists both, markup shown as the characters it is
    QListWidget *list = dialog.evidenceEditor()->list();
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("“a remarkable passage”")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("<img src=x>")));
    QVERIFY(asShown(list->item(1)->toolTip()).contains(QStringLiteral("<img src=x>")));
    QCOMPARE(list->currentRow(), 0);
    // And a relation without evidence says so, and Edit and Remove do nothing
    RelationEditDialog fresh(*m_document, -1, nullptr, QStringLiteral("ev-target"),
                             QStringLiteral("ev-nss-2022"));
    fresh.show();
    QListWidget *empty = fresh.evidenceEditor()->list();
    QCOMPARE(empty->count(), 1);
    QCOMPARE(empty->item(0)->flags(), Qt::ItemFlags(Qt::NoItemFlags));
    fresh.evidenceEditor()->edit();
    fresh.evidenceEditor()->remove();
    QVERIFY(!passageDialog());
    QVERIFY(fresh.evidenceEditor()->anchors().empty());
}

void TestRelationEditDialog::addingAPassage_isOneUndoStepWithTheRelation()
{
    // Given the relation dialog
    RelationEditDialog &dialog = openRelation(0);
    const QByteArray before = saved();
    // When the user adds a passage: the source of the last passage is preselected
    clickButton(&dialog, "addEvidence");
    auto *passage = passageDialog();
    QVERIFY(passage);
    QVERIFY(passage->isModal());
    auto *source = passage->findChild<QComboBox *>(QStringLiteral("source"));
    QCOMPARE(source->currentData().toString(), QStringLiteral("src-b"));
    source->setCurrentIndex(source->findData(QStringLiteral("src-a")));
    QTest::keyClicks(passage->findChild<QPlainTextEdit *>(QStringLiteral("exact")),
                     QStringLiteral("the new strategy replaces the old one"));
    retype(passage, "prefix", QStringLiteral("so "));
    QVERIFY2(okButton(passage)->isEnabled(), qPrintable(passage->validationError()));
    QTest::mouseClick(okButton(passage), Qt::LeftButton);
    QVERIFY(!passage->isVisible());
    // Then the list shows it, current, but the document is unchanged until the relation's OK
    QListWidget *list = dialog.evidenceEditor()->list();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(saved(), before);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Relation &relation = m_document->dataset().relations[0];
    QCOMPARE(relation.evidence.size(), std::size_t(3));
    QCOMPARE(relation.evidence[2].source, QStringLiteral("src-a"));
    QCOMPARE(relation.evidence[2].exact, QStringLiteral("the new strategy replaces the old one"));
    QCOMPARE(relation.evidence[2].prefix, QStringLiteral("so "));
    QCOMPARE(relation.evidence[2].start, qint64(-1));
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("edited")).empty());
    // And one undo takes it back
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().relations[0].evidence.size(), std::size_t(2));
    QCOMPARE(saved(), before);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->dataset().relations[0].evidence.size(), std::size_t(3));
}

void TestRelationEditDialog::newRelation_isCreatedWithItsEvidence()
{
    // Given a new relation from an event, the user choosing where it leads
    m_dialog = std::make_unique<RelationEditDialog>(*m_document, -1, nullptr,
                                                    QStringLiteral("ev-nss-2022"));
    RelationEditDialog &dialog = *m_dialog;
    dialog.show();
    dialog.findChild<EventPicker *>(QStringLiteral("to"))->setEventId(QStringLiteral("ev-target"));
    const std::size_t relations = m_document->dataset().relations.size();
    // When the user adds a passage: with no passage yet, no source is preselected
    dialog.evidenceEditor()->add();
    auto *passage = passageDialog();
    QVERIFY(passage);
    QVERIFY(!okButton(passage)->isEnabled());
    auto *source = passage->findChild<QComboBox *>(QStringLiteral("source"));
    source->setCurrentIndex(source->findData(QStringLiteral("src-a")));
    QTest::keyClicks(passage->findChild<QPlainTextEdit *>(QStringLiteral("exact")),
                     QStringLiteral("two percent by fiscal 2027"));
    passage->accept();
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
    dialog.accept();
    // Then the relation is inserted with its evidence, as one undo step
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_document->dataset().relations.size(), relations + 1);
    const Relation &added = m_document->dataset().relations.at(std::size_t(dialog.index()));
    QCOMPARE(added.from, QStringLiteral("ev-nss-2022"));
    QCOMPARE(added.evidence.size(), std::size_t(1));
    QCOMPARE(added.evidence[0].exact, QStringLiteral("two percent by fiscal 2027"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().relations.size(), relations);
}

void TestRelationEditDialog::editingAPassage_withReturn_keepsWhatWasNotTyped()
{
    // Given the relation dialog, the first passage current
    RelationEditDialog &dialog = openRelation(0);
    const QByteArray before = saved();
    QListWidget *list = dialog.evidenceEditor()->list();
    list->setCurrentRow(0);
    // When Return opens it and the user changes only the text after the quote
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Return in the list is not the dialog's OK
    auto *passage = passageDialog();
    QVERIFY(passage);
    QVERIFY2(passage->findChild<QLabel *>(QStringLiteral("position"))
                 ->text()
                 .contains(QStringLiteral("120")),
             "the position hint is shown");
    retype(passage, "suffix", QStringLiteral(" later"));
    QTest::mouseClick(okButton(passage), Qt::LeftButton);
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral(" later")));
    // And a double click opens the second, whose quote the user rewrites
    list->setCurrentRow(1);
    QTRY_VERIFY(list->visualItemRect(list->item(1)).top() > 0); // laid out again after the edit
    const QRect rect = list->visualItemRect(list->item(1));
    // (QTest's double click is the second click only: the first is sent on its own)
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    passage = passageDialog();
    QVERIFY(passage);
    auto *quote = passage->findChild<QPlainTextEdit *>(QStringLiteral("exact"));
    quote->selectAll();
    QTest::keyClicks(quote, QStringLiteral("the second replaces the first"));
    passage->accept();
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    // Then the unchanged parts are kept exactly, the position hint only where the quote stayed
    const Relation &relation = m_document->dataset().relations[0];
    QCOMPARE(relation.evidence.size(), std::size_t(2));
    QCOMPARE(relation.evidence[0].suffix, QStringLiteral(" later"));
    QCOMPARE(relation.evidence[0].prefix, QStringLiteral("before\u00a0the "));
    QCOMPARE(relation.evidence[0].start, qint64(120));
    QCOMPARE(relation.evidence[0].end, qint64(140));
    QCOMPARE(relation.evidence[1].exact, QStringLiteral("the second replaces the first"));
    QCOMPARE(relation.evidence[1].source, QStringLiteral("src-b"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(saved(), before);
}

void TestRelationEditDialog::removingAPassage_withTheDeleteKey()
{
    // Given the relation dialog, the second passage current
    RelationEditDialog &dialog = openRelation(0);
    const QByteArray before = saved();
    QListWidget *list = dialog.evidenceEditor()->list();
    list->setCurrentRow(1);
    // When Delete is pressed in the list, then the Remove button on what is left
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(dialog.isVisible());
    clickButton(&dialog, "removeEvidence");
    QCOMPARE(list->count(), 1); // the "(no evidence yet)" line
    QCOMPARE(list->item(0)->flags(), Qt::ItemFlags(Qt::NoItemFlags));
    QVERIFY(okButton(&dialog)->isEnabled()); // evidence is optional
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    // Then the relation has none, and one undo brings both back
    QVERIFY(m_document->dataset().relations[0].evidence.empty());
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(saved(), before);
}

void TestRelationEditDialog::invalidPassage_keepsOkDisabledAndSaysWhy()
{
    // Given a new passage in the relation dialog
    RelationEditDialog &dialog = openRelation(0);
    dialog.evidenceEditor()->list()->setCurrentRow(0);
    dialog.evidenceEditor()->add();
    auto *passage = passageDialog();
    QVERIFY(passage);
    auto *source = passage->findChild<QComboBox *>(QStringLiteral("source"));
    auto *quote = passage->findChild<QPlainTextEdit *>(QStringLiteral("exact"));
    auto *message = passage->findChild<QLabel *>(QStringLiteral("validationError"));
    // When the quote is empty or only white space, OK stays disabled and the dialog says why
    QCOMPARE(passage->validationError(), QStringLiteral("Type or paste the quoted passage."));
    QVERIFY(!okButton(passage)->isEnabled());
    QTest::keyClicks(quote, QStringLiteral("   "));
    QVERIFY(!okButton(passage)->isEnabled());
    QVERIFY(message->isVisibleTo(passage));
    QCOMPARE(message->textFormat(), Qt::PlainText);
    // And without a source
    source->setCurrentIndex(-1);
    QTest::keyClicks(quote, QStringLiteral("a quote"));
    QCOMPARE(passage->validationError(),
             QStringLiteral("Choose the source the passage is quoted from."));
    QVERIFY(!okButton(passage)->isEnabled());
    // Pressing OK anyway (e.g. Return) adds nothing
    passage->accept();
    QVERIFY(passage->isVisible());
    source->setCurrentIndex(source->findData(QStringLiteral("src-a")));
    QVERIFY(okButton(passage)->isEnabled());
    QVERIFY(!message->isVisibleTo(passage));
    passage->reject();
    // Then nothing was added
    QCOMPARE(dialog.evidenceEditor()->anchors().size(), std::size_t(2));
}

void TestRelationEditDialog::passageOfAnUnknownSource_keepsTheRelationsOkDisabled()
{
    // Given a relation one of whose passages names a source the dataset lacks
    Dataset d = m_document->dataset();
    d.relations[0].evidence[1].source = QStringLiteral("src-gone");
    m_document->setDataset(std::move(d), QString());
    RelationEditDialog &dialog = openRelation(0);
    // Then the relation's OK is disabled, saying which passage and which source
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.validationError().contains(QStringLiteral("src-gone")),
             qPrintable(dialog.validationError()));
    QVERIFY(dialog.validationError().contains(QStringLiteral("2")));
    // When the passage is opened, the id is shown as it is and refused until a source is chosen
    dialog.evidenceEditor()->list()->setCurrentRow(1);
    dialog.evidenceEditor()->edit();
    auto *passage = passageDialog();
    QVERIFY(passage);
    auto *source = passage->findChild<QComboBox *>(QStringLiteral("source"));
    QVERIFY(source->currentText().contains(QStringLiteral("src-gone")));
    QVERIFY(!okButton(passage)->isEnabled());
    QCOMPARE(passage->validationError(),
             QStringLiteral("Choose the source the passage is quoted from."));
    source->setCurrentIndex(source->findData(QStringLiteral("src-b")));
    QTest::mouseClick(okButton(passage), Qt::LeftButton);
    // Then the relation can be saved
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
    dialog.accept();
    QCOMPARE(m_document->dataset().relations[0].evidence[1].source, QStringLiteral("src-b"));
}

void TestRelationEditDialog::cancellingTheRelationDialog_changesNothing()
{
    // Given the relation dialog where a passage was added, one edited and one removed
    RelationEditDialog &dialog = openRelation(0);
    const QByteArray before = saved();
    dialog.evidenceEditor()->add();
    auto *passage = passageDialog();
    QVERIFY(passage);
    QTest::keyClicks(passage->findChild<QPlainTextEdit *>(QStringLiteral("exact")),
                     QStringLiteral("added"));
    passage->accept();
    dialog.evidenceEditor()->list()->setCurrentRow(0);
    dialog.evidenceEditor()->edit();
    passage = passageDialog();
    QVERIFY(passage);
    retype(passage, "prefix", QStringLiteral("x"));
    passage->accept();
    dialog.evidenceEditor()->list()->setCurrentRow(1);
    dialog.evidenceEditor()->remove();
    QCOMPARE(dialog.evidenceEditor()->anchors().size(), std::size_t(2));
    // When the user cancels
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    // Then the document is as it was, with nothing to undo
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(saved(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestRelationEditDialog::editingOtherFields_keepsTheEvidenceByteForByte()
{
    // Given the relation dialog; a passage is opened and closed with OK without a change
    RelationEditDialog &dialog = openRelation(0);
    const std::vector<Anchor> evidence = m_document->dataset().relations[0].evidence;
    dialog.evidenceEditor()->list()->setCurrentRow(1);
    dialog.evidenceEditor()->edit();
    auto *passage = passageDialog();
    QVERIFY(passage);
    passage->accept();
    // When the type, the assertion and the note change
    dialog.findChild<QComboBox *>(QStringLiteral("type"))
        ->setCurrentIndex(int(RelationType::Revises));
    dialog.findChild<QComboBox *>(QStringLiteral("assertion"))
        ->setCurrentIndex(int(Assertion::Interpretation));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("note")),
                     QStringLiteral("as the 2022 text says"));
    dialog.accept();
    // Then the evidence is kept exactly, no-break spaces and position hints included
    const Relation &relation = m_document->dataset().relations[0];
    QCOMPARE(relation.type, RelationType::Revises);
    QCOMPARE(relation.note, QStringLiteral("as the 2022 text says"));
    QCOMPARE(relation.evidence.size(), evidence.size());
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        QCOMPARE(relation.evidence[i].source, evidence[i].source);
        QCOMPARE(relation.evidence[i].exact, evidence[i].exact);
        QCOMPARE(relation.evidence[i].prefix, evidence[i].prefix);
        QCOMPARE(relation.evidence[i].suffix, evidence[i].suffix);
        QCOMPARE(relation.evidence[i].start, evidence[i].start);
        QCOMPARE(relation.evidence[i].end, evidence[i].end);
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestRelationEditDialog::keyboard_reachesTheListAndItsButtons()
{
    // Given the relation dialog, active
    RelationEditDialog &dialog = openRelation(0);
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QListWidget *list = dialog.evidenceEditor()->list();
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"));
    const auto button = [&dialog](const char *name) {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    };
    // Then Tab leads from the note to the list, then to Add, Edit and Remove
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClick(note, Qt::Key_Tab);
    QTRY_VERIFY(list->hasFocus());
    for (const char *name : {"addEvidence", "editEvidence", "removeEvidence"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), button(name));
    }
    // And the labels' mnemonics reach composite fields: Alt+T the "to" picker, Alt+V the list
    note->setFocus();
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 dialog.findChild<EventPicker *>(QStringLiteral("to"))->comboBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->accessibleName(), QStringLiteral("Evidence"));
    // And Space on the focused Add button opens a passage
    QTest::keyClick(list, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), button("addEvidence"));
    QTest::keyClick(button("addEvidence"), Qt::Key_Space);
    QTRY_VERIFY(passageDialog());
    passageDialog()->reject();
}

QTEST_MAIN(TestRelationEditDialog)
#include "tst_relationeditdialog.moc"
