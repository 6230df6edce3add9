// TourEditor: every tour edit is one undo command, and undo gives back the same bytes.

#include "document/document.h"
#include "editing/toureditor.h"
#include "io/datasetwriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

class TestTourEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheFirstTourAndItsSteps();
    void addCurrentEvent_insertsAfterTheSelectedStep_undoRedo();
    void reorder_byDragMoveRow_undoRedo();
    void reorder_byAltArrowsAndButtons();
    void editNote_typingIsOneUndoStepPerPause();
    void editNote_focusOutCommitsAtOnce();
    void deleteStep_byKeyAndButton_undoRestoresBytes();
    void createRenameDeleteTour_eachUndoable();
    void undoElsewhere_refreshesListAndNote();
    void selectingAStep_selectsItsEventEverywhere();
    void present_emitsTourAndSelectedStep();
    void refusedEdits_sayWhyAndChangeNothing();
    void inDataLanguage_listNoteAndRenameUseTheTranslation();

private:
    QByteArray bytes() const { return DatasetWriter::toBytes(m_document->dataset()); }
    const Tour &tour() const { return m_document->dataset().tours[0]; }
    QStringList stepEvents() const;
    void undoRedoRoundTrip(const QByteArray &before, int commands);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<TourEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QListView *m_list = nullptr;
    QUndoStack *m_undo = nullptr;
};

void TestTourEditor::init()
{
    m_document = std::make_unique<Document>();
    m_document->load(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QCOMPARE(m_document->dataset().tours.size(), std::size_t(1));
    m_editor = std::make_unique<TourEditor>(*m_document);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_editor->stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->resize(420, 640);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_list = m_editor->findChild<QListView *>(QStringLiteral("steps"));
    QVERIFY(m_list);
    m_undo = m_document->undoStack();
}

void TestTourEditor::cleanup()
{
    m_tester.reset();
    m_editor.reset();
    m_document.reset();
}

QStringList TestTourEditor::stepEvents() const
{
    QStringList events;
    for (const TourStep &step : tour().steps)
        events << step.event;
    return events;
}

void TestTourEditor::undoRedoRoundTrip(const QByteArray &before, int commands)
{
    const QByteArray after = bytes();
    QVERIFY(after != before);
    QCOMPARE(m_undo->count(), commands);
    while (m_undo->canUndo())
        m_undo->undo();
    QCOMPARE(bytes(), before);
    while (m_undo->canRedo())
        m_undo->redo();
    QCOMPARE(bytes(), after);
}

void TestTourEditor::showsTheFirstTourAndItsSteps()
{
    QCOMPARE(m_editor->currentTour(), 0);
    QCOMPARE(m_editor->stepModel()->rowCount(), 14);
    QCOMPARE(m_editor->currentStep(), 0);
    const QString first = m_editor->stepModel()->index(0, 0).data().toString();
    QVERIFY2(first.startsWith(QStringLiteral("1. ")), qPrintable(first));
    QVERIFY(first.contains(QLatin1Char('\n'))); // title, then the start of the note
    auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    QCOMPARE(note->toPlainText(), tour().steps[0].note);
}

void TestTourEditor::addCurrentEvent_insertsAfterTheSelectedStep_undoRedo()
{
    // Given step 3 selected and another event current
    const QByteArray before = bytes();
    m_editor->setCurrentStep(2);
    QVERIFY(m_document->setCurrentEventById(QStringLiteral("ev-us-nss-2025-released")));

    // When it is added
    QVERIFY(m_editor->addCurrentEvent());

    // Then it is step 4, selected, in one undo step
    QCOMPARE(tour().steps.size(), std::size_t(15));
    QCOMPARE(tour().steps[3].event, QStringLiteral("ev-us-nss-2025-released"));
    QCOMPARE(m_editor->currentStep(), 3);
    QCOMPARE(m_list->currentIndex().row(), 3);
    QCOMPARE(m_editor->stepModel()->rowCount(), 15);
    undoRedoRoundTrip(before, 1);

    // And the button does the same at the end of the list
    m_editor->setCurrentStep(14);
    m_editor->findChild<QToolButton *>(QStringLiteral("addStep"))->click();
    QCOMPARE(tour().steps.size(), std::size_t(16));
    QCOMPARE(m_undo->count(), 2);
}

void TestTourEditor::reorder_byDragMoveRow_undoRedo()
{
    // A drop in the list view (InternalMove) is a moveRow on the model
    const QByteArray before = bytes();
    const QStringList original = stepEvents();
    QVERIFY(m_editor->stepModel()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QStringList expected = original;
    expected.move(0, 2);
    QCOMPARE(stepEvents(), expected);
    QCOMPARE(m_editor->currentStep(), 2);
    // and back up, dropped before the first row
    QVERIFY(m_editor->stepModel()->moveRow(QModelIndex(), 5, QModelIndex(), 0));
    expected.move(5, 0);
    QCOMPARE(stepEvents(), expected);
    undoRedoRoundTrip(before, 2);
}

void TestTourEditor::reorder_byAltArrowsAndButtons()
{
    const QStringList original = stepEvents();
    m_editor->setCurrentStep(0);
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(stepEvents()[1], original[0]);
    QCOMPARE(m_editor->currentStep(), 1);
    QTest::keyClick(m_list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(stepEvents()[2], original[0]);
    m_editor->findChild<QToolButton *>(QStringLiteral("moveUp"))->click();
    QCOMPARE(stepEvents()[1], original[0]);
    QTest::keyClick(m_list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stepEvents(), original);
    QCOMPARE(m_editor->currentStep(), 0);
    QVERIFY(!m_editor->findChild<QToolButton *>(QStringLiteral("moveUp"))->isEnabled());
    QCOMPARE(m_undo->count(), 4);
}

void TestTourEditor::editNote_typingIsOneUndoStepPerPause()
{
    // Given step 2 selected
    const QByteArray before = bytes();
    m_editor->setCurrentStep(1);
    auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    QCOMPARE(note->toPlainText(), tour().steps[1].note);
    note->moveCursor(QTextCursor::End);

    // When a sentence is typed key by key
    QTest::keyClicks(note, QStringLiteral(" Ask why."));

    // Then nothing is pushed while typing, and one command after the pause
    QCOMPARE(m_undo->count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_undo->count(), 1, 3000);
    QVERIFY(tour().steps[1].note.endsWith(QStringLiteral(" Ask why.")));
    QCOMPARE(note->toPlainText(), tour().steps[1].note);

    // And undo gives back the tour byte for byte, and the editor shows the old note
    m_undo->undo();
    QCOMPARE(bytes(), before);
    QCOMPARE(note->toPlainText(), tour().steps[1].note);
    m_undo->redo();
    QVERIFY(tour().steps[1].note.endsWith(QStringLiteral(" Ask why.")));
}

void TestTourEditor::editNote_focusOutCommitsAtOnce()
{
    m_editor->setCurrentStep(4);
    auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral("!"));
    QCOMPARE(m_undo->count(), 0);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(note, &out);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(tour().steps[4].note.endsWith(QLatin1Char('!')));
    // Selecting another step also commits first
    QTest::keyClicks(note, QStringLiteral("?"));
    m_editor->setCurrentStep(5);
    QCOMPARE(m_undo->count(), 2);
    QVERIFY(tour().steps[4].note.endsWith(QStringLiteral("!?")));
    QCOMPARE(note->toPlainText(), tour().steps[5].note);
}

void TestTourEditor::deleteStep_byKeyAndButton_undoRestoresBytes()
{
    const QByteArray before = bytes();
    const QStringList original = stepEvents();
    m_editor->setCurrentStep(3);
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Delete);
    QCOMPARE(tour().steps.size(), std::size_t(13));
    QVERIFY(!stepEvents().contains(original[3]));
    QCOMPARE(m_editor->currentStep(), 3);
    m_editor->findChild<QToolButton *>(QStringLiteral("deleteStep"))->click();
    QCOMPARE(tour().steps.size(), std::size_t(12));
    undoRedoRoundTrip(before, 2);
}

void TestTourEditor::createRenameDeleteTour_eachUndoable()
{
    const QByteArray before = bytes();
    QVERIFY(m_editor->createTour(QStringLiteral("My class: week 3")));
    QCOMPARE(m_document->dataset().tours.size(), std::size_t(2));
    QCOMPARE(m_editor->currentTour(), 1);
    QCOMPARE(m_document->dataset().tours[1].id, QStringLiteral("tour-my-class-week-3"));
    QCOMPARE(m_editor->stepModel()->rowCount(), 0);
    QVERIFY(m_document->setCurrentEventById(QStringLiteral("ev-jp-nds-2022")));
    QVERIFY(m_editor->addCurrentEvent());
    QCOMPARE(m_document->dataset().tours[1].steps.size(), std::size_t(1));
    QVERIFY(m_editor->renameTour(QStringLiteral("Week 3")));
    QCOMPARE(m_document->dataset().tours[1].title, QStringLiteral("Week 3"));
    // A second tour with the same title gets its own id
    QVERIFY(m_editor->createTour(QStringLiteral("My class: week 3")));
    QCOMPARE(m_document->dataset().tours[2].id, QStringLiteral("tour-my-class-week-3-2"));
    QVERIFY(m_editor->deleteTour());
    QCOMPARE(m_document->dataset().tours.size(), std::size_t(2));
    m_editor->setCurrentTour(0);
    QVERIFY(m_editor->deleteTour());
    QCOMPARE(m_document->dataset().tours.size(), std::size_t(1));
    QCOMPARE(m_editor->currentTour(), 0);
    QCOMPARE(m_document->dataset().tours[0].title, QStringLiteral("Week 3"));
    undoRedoRoundTrip(before, 6);
}

void TestTourEditor::undoElsewhere_refreshesListAndNote()
{
    auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    const QString old = tour().steps[0].note;
    QVERIFY(m_editor->setStepNote(0, QStringLiteral("Shorter.")));
    QCOMPARE(note->toPlainText(), QStringLiteral("Shorter."));
    QVERIFY(m_editor->stepModel()->index(0, 0).data().toString().endsWith(
        QStringLiteral("\nShorter.")));
    m_undo->undo();
    QCOMPARE(note->toPlainText(), old);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->index(), 0); // undoing did not push anything
}

void TestTourEditor::selectingAStep_selectsItsEventEverywhere()
{
    m_list->setCurrentIndex(m_editor->stepModel()->index(6, 0));
    QCOMPARE(m_editor->currentStep(), 6);
    QCOMPARE(m_document->currentEventId(), tour().steps[6].event);
}

void TestTourEditor::present_emitsTourAndSelectedStep()
{
    QSignalSpy spy(m_editor.get(), &TourEditor::presentRequested);
    m_editor->setCurrentStep(4);
    m_editor->findChild<QPushButton *>(QStringLiteral("present"))->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    QCOMPARE(spy.at(0).at(1).toInt(), 4);
}

void TestTourEditor::refusedEdits_sayWhyAndChangeNothing()
{
    const QByteArray before = bytes();
    QString error;
    QVERIFY(!m_editor->deleteStep(99, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_editor->moveStep(0, 14, &error));
    QVERIFY(!m_editor->renameTour(QStringLiteral("   "), &error));
    QVERIFY2(error.contains(QStringLiteral("title")), qPrintable(error));
    QVERIFY(!m_editor->createTour(QString(), &error));
    QCOMPARE(bytes(), before);
    QCOMPARE(m_undo->count(), 0);
}

void TestTourEditor::inDataLanguage_listNoteAndRenameUseTheTranslation()
{
    // Given the bundled tour, whose title and steps carry Japanese, shown in Japanese
    const QByteArray before = bytes();
    const QString ja = QStringLiteral("ja");
    const QString jaTitle = tour().translations.text(ja, u"title");
    const QString jaNote = tour().steps[0].translations.text(ja, u"note");
    QVERIFY(!jaTitle.isEmpty());
    QVERIFY(!jaNote.isEmpty());
    m_document->setDataLanguage(ja, QStringLiteral("en"));

    // Then the tour list, the step list and the note editor show the Japanese text
    auto *tours = m_editor->findChild<QComboBox *>(QStringLiteral("tours"));
    QVERIFY2(tours->currentText().startsWith(jaTitle), qPrintable(tours->currentText()));
    const QString first = m_editor->stepModel()->index(0, 0).data().toString();
    QVERIFY2(first.section(QLatin1Char('\n'), 1).startsWith(jaNote.simplified().left(20)),
             qPrintable(first));
    auto *note = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    QCOMPARE(note->toPlainText(), jaNote);
    bool labelled = false;
    for (QLabel *l : m_editor->findChildren<QLabel *>())
        labelled = labelled || (l->buddy() == note && l->text().contains(ja));
    QVERIFY2(labelled, "the note's label names the language it is written in");

    // When the note is typed into, the Japanese note changes and the original stays
    // (ASCII marks: QTest::keyClicks types only ASCII)
    const QString originalNote = tour().steps[0].note;
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral("?"));
    QTRY_COMPARE_WITH_TIMEOUT(m_undo->count(), 1, 3000);
    QCOMPARE(tour().steps[0].translations.text(ja, u"note"), jaNote + QStringLiteral("?"));
    QCOMPARE(tour().steps[0].note, originalNote);

    // And text typed just before the language changes stays in the language it was typed in
    QTest::keyClicks(note, QStringLiteral("!"));
    m_document->setDataLanguage(QStringLiteral("original"), QStringLiteral("en"));
    QCOMPARE(m_undo->count(), 2);
    QCOMPARE(tour().steps[0].translations.text(ja, u"note"), jaNote + QStringLiteral("?!"));
    QCOMPARE(tour().steps[0].note, originalNote);
    QCOMPARE(note->toPlainText(), originalNote);

    // And renaming in Japanese renames the Japanese title only; an empty name removes it
    const QString originalTitle = tour().title;
    m_document->setDataLanguage(ja, QStringLiteral("en"));
    QVERIFY(m_editor->renameTour(QStringLiteral("授業用の順路")));
    QCOMPARE(tour().translations.text(ja, u"title"), QStringLiteral("授業用の順路"));
    QCOMPARE(tour().title, originalTitle);
    QVERIFY(tours->currentText().startsWith(QStringLiteral("授業用の順路")));
    QVERIFY(m_editor->renameTour(QString()));
    QVERIFY(!tour().translations.has(ja, u"title"));
    QVERIFY(tours->currentText().startsWith(originalTitle));
    undoRedoRoundTrip(before, 4);
}

QTEST_MAIN(TestTourEditor)
#include "tst_toureditor.moc"
