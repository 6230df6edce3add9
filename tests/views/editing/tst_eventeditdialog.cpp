#include "core/roles.h"
#include "document/document.h"
#include "document/tablemodels.h"
#include "editing/event/eventeditdialog.h"
#include "editing/records/actoreditdialog.h"
#include "editing/records/eraeditdialog.h"
#include "editing/records/metriceditdialog.h"
#include "editing/records/metricpointdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/records/sourceeditdialog.h"
#include "editing/records/themeeditdialog.h"
#include "source/anchorselection.h"
#include "testdata.h"
#include "widgets/colorfield.h"
#include "widgets/dateedit.h"
#include "widgets/eventpicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void typeInto(QWidget *widget, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
    }
    QTest::keyClicks(widget, text);
}

void check(QListWidget *list, const QString &id, bool on)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

// The editing UI: every dialog validates live, and OK is one undo step on the Document.
class TestEventEditDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingADate_showsHowItIsRead_data();
    void typingADate_showsHowItIsRead();
    void newEvent_isAddedAsOneUndoStep();
    void editingAnEvent_keepsEvidenceAndTheLaneActorFirst();
    void takenId_disablesOkAndSaysWhy();
    void refusedByTheDocument_staysOpenWithTheReason();
    void passageOfAnUnknownSource_disablesOkAndSaysWhich();
    void labelMnemonics_reachTheirCompositeFields();

    void relationDialog_createsAndRefusesSelfRelations();
    void sourceDialog_parsesAuthorsAndRefusesBadUrls();
    void actorDialog_needsAColour();
    void themeEraAndMetricDialogs_roundTripThroughUndo();
    void metricPointDialog_addsAValueToItsMetric();

    void anchorFromSelection_buildsQuoteContextAndHints();
    void anchorFromSelection_trimsWhiteSpaceAndRefusesEmpty();
    void anchorDialog_appendsEvidenceToTheChosenEvent();

    void eventModel_editsPushUndoCommandsAndMerge();
    void eventModel_refusesInvalidDatesWithAReason();
    void eventModel_onlyTitleDateAndKindAreEditable();

private:
    std::unique_ptr<Document> m_document;
};

void TestEventEditDialog::init()
{
    m_document = std::make_unique<Document>();
    Dataset d = Anchorline::Testing::smallDataset();
    d.eras.push_back(Anchorline::Testing::makeEra("era-abe", "Abe", "2012-12-26/2020-09-16", "",
                                                  "Prime Minister of Japan"));
    Metric metric;
    metric.id = QStringLiteral("met-gdp");
    metric.name = QStringLiteral("Defence spending");
    metric.unit = QStringLiteral("% of GDP");
    d.metrics.push_back(metric);
    m_document->setDataset(std::move(d), QString());
}

void TestEventEditDialog::cleanup()
{
    m_document.reset();
}

void TestEventEditDialog::typingADate_showsHowItIsRead_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("day") << "2022-12-16"
                         << "16 Dec 2022 (day)" << true;
    QTest::newRow("fiscal year") << "FY2025"
                                 << "FY2025 (fiscal year)" << true;
    QTest::newRow("approximate") << "2013~"
                                 << "approximate" << true;
    QTest::newRow("open end") << "2025-10-21/.."
                              << "from 21 Oct 2025" << true;
    QTest::newRow("bad month") << "2025-13-01"
                               << "2025-13-01" << false;
    QTest::newRow("empty") << ""
                           << "required" << false;
}

void TestEventEditDialog::typingADate_showsHowItIsRead()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(bool, acceptable);
    EventEditDialog dialog(*m_document, 1);
    DateEdit *date = dialog.dateEdit();
    typeInto(date->lineEdit(), typed);
    QVERIFY2(date->interpretationLabel()->text().contains(shown),
             qPrintable(date->interpretationLabel()->text()));
    QCOMPARE(date->interpretationLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(date->error().isEmpty(), acceptable);
    QCOMPARE(okButton(&dialog)->isEnabled(), acceptable);
    if (!acceptable)
        QVERIFY(dialog.validationError().startsWith(QStringLiteral("Date: ")));
}

void TestEventEditDialog::newEvent_isAddedAsOneUndoStep()
{
    // Given a new-event dialog
    EventEditDialog dialog(*m_document, -1);
    QVERIFY(!okButton(&dialog)->isEnabled());
    // When the user fills it in
    typeInto(child<QLineEdit>(&dialog, "title"), QStringLiteral("Security treaty revised"));
    QCOMPARE(child<QLineEdit>(&dialog, "id")->text(), QStringLiteral("ev-security-treaty-revised"));
    typeInto(dialog.dateEdit()->lineEdit(), QStringLiteral("1960-01-19"));
    child<QComboBox>(&dialog, "kind")->setCurrentText(QStringLiteral("agreement"));
    check(child<QListWidget>(&dialog, "actors"), QStringLiteral("united-states"), true);
    check(child<QListWidget>(&dialog, "actors"), QStringLiteral("japan"), true);
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "summary"), QStringLiteral("Signed."));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
    const int before = int(m_document->dataset().events.size());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    // Then the event is in the document, as one undo step
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(int(m_document->dataset().events.size()), before + 1);
    const Event &added = m_document->dataset().events.at(std::size_t(dialog.index()));
    QCOMPARE(added.title, QStringLiteral("Security treaty revised"));
    QCOMPARE(added.kind, QStringLiteral("agreement"));
    QCOMPARE(added.actors, QStringList({QStringLiteral("japan"), QStringLiteral("united-states")}));
    QCOMPARE(added.summary, QStringLiteral("Signed."));
    QCOMPARE(added.parsed, PartialDate::fromString(u"1960-01-19"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(int(m_document->dataset().events.size()), before);
}

void TestEventEditDialog::editingAnEvent_keepsEvidenceAndTheLaneActorFirst()
{
    // Event 3 has evidence and the actor japan; the user adds united-states and a theme
    EventEditDialog dialog(*m_document, 3);
    QCOMPARE(child<QLineEdit>(&dialog, "title")->text(), QStringLiteral("Second strategy"));
    check(child<QListWidget>(&dialog, "actors"), QStringLiteral("united-states"), true);
    check(child<QListWidget>(&dialog, "themes"), QStringLiteral("three-pillars"), false);
    typeInto(child<QLineEdit>(&dialog, "title"), QStringLiteral("Second strategy (2022)"));
    // The id of an existing event does not follow the title
    QCOMPARE(child<QLineEdit>(&dialog, "id")->text(), QStringLiteral("ev-nss-2022"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Event &edited = m_document->dataset().events[3];
    QCOMPARE(edited.title, QStringLiteral("Second strategy (2022)"));
    QCOMPARE(edited.actors.first(), QStringLiteral("japan"));
    QCOMPARE(edited.themes, QStringList({QStringLiteral("defence-spending")}));
    QCOMPARE(edited.evidence.size(), std::size_t(1));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().events[3].title, QStringLiteral("Second strategy"));
}

void TestEventEditDialog::takenId_disablesOkAndSaysWhy()
{
    EventEditDialog dialog(*m_document, -1);
    typeInto(child<QLineEdit>(&dialog, "title"), QStringLiteral("Another"));
    typeInto(child<QLineEdit>(&dialog, "id"), QStringLiteral("ev-nss-2013"));
    typeInto(dialog.dateEdit()->lineEdit(), QStringLiteral("2013"));
    child<QComboBox>(&dialog, "kind")->setCurrentText(QStringLiteral("speech"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.validationError().contains(QStringLiteral("already used")),
             qPrintable(dialog.validationError()));
    auto *label = child<QLabel>(&dialog, "validationError");
    QVERIFY(label->isVisibleTo(&dialog));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    // Typing on in the title leaves a typed id alone
    QTest::keyClicks(child<QLineEdit>(&dialog, "title"), QStringLiteral(" event"));
    QCOMPARE(child<QLineEdit>(&dialog, "id")->text(), QStringLiteral("ev-nss-2013"));
}

void TestEventEditDialog::refusedByTheDocument_staysOpenWithTheReason()
{
    // The dialog checks what it can; the document checks references (an actor removed meanwhile)
    EventEditDialog dialog(*m_document, -1);
    typeInto(child<QLineEdit>(&dialog, "title"), QStringLiteral("New"));
    typeInto(dialog.dateEdit()->lineEdit(), QStringLiteral("2020"));
    child<QComboBox>(&dialog, "kind")->setCurrentText(QStringLiteral("speech"));
    QVERIFY(okButton(&dialog)->isEnabled());
    Theme theme{QStringLiteral("temporary"), QStringLiteral("Temporary"), {}, {}};
    // A theme the dialog lists, then removed from the document behind its back
    QVERIFY(m_document->insertTheme(-1, theme));
    EventEditDialog second(*m_document, -1);
    typeInto(child<QLineEdit>(&second, "title"), QStringLiteral("New"));
    typeInto(second.dateEdit()->lineEdit(), QStringLiteral("2020"));
    child<QComboBox>(&second, "kind")->setCurrentText(QStringLiteral("speech"));
    check(child<QListWidget>(&second, "themes"), QStringLiteral("temporary"), true);
    m_document->undoStack()->undo();
    second.accept();
    QVERIFY(second.result() != QDialog::Accepted);
    QVERIFY2(second.validationError().contains(QStringLiteral("temporary")),
             qPrintable(second.validationError()));
}

void TestEventEditDialog::passageOfAnUnknownSource_disablesOkAndSaysWhich()
{
    // Given an event whose passage names a source the dataset lacks
    Dataset d = m_document->dataset();
    d.events[3].evidence[0].source = QStringLiteral("src-gone");
    m_document->setDataset(std::move(d), QString());
    EventEditDialog dialog(*m_document, 3);
    // Then OK is disabled before the document is asked, naming the source
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.validationError().contains(QStringLiteral("\"src-gone\"")),
             qPrintable(dialog.validationError()));
    // When the passage is removed, the event can be saved
    dialog.evidenceList()->setCurrentRow(0);
    QTest::keyClick(dialog.evidenceList(), Qt::Key_Delete);
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
}

void TestEventEditDialog::labelMnemonics_reachTheirCompositeFields()
{
    // Given the event dialog, active, the title focused
    EventEditDialog dialog(*m_document, 3);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QLineEdit>(&dialog, "title")->setFocus();
    // When the mnemonics of fields made of several widgets are pressed, then their part that
    // takes the keyboard has the focus: the date's line edit, the evidence and claim lists
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog.dateEdit()->lineEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog.evidenceList());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog.claimList());
    // And Tab still leads from a list to its buttons, not back into the field
    QTest::keyClick(dialog.claimList(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), child<QPushButton>(&dialog, "addClaim"));
}

void TestEventEditDialog::relationDialog_createsAndRefusesSelfRelations()
{
    RelationEditDialog dialog(*m_document, -1, nullptr, QStringLiteral("ev-target"),
                              QStringLiteral("ev-target"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.validationError().contains(QStringLiteral("itself")));
    // Searching the "to" picker by part of a title
    auto *to = child<EventPicker>(&dialog, "to");
    to->comboBox()->setEditText(QString());
    QTest::keyClicks(to->comboBox()->lineEdit(), QStringLiteral("nonexistent"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    to->setEventId(QStringLiteral("ev-nss-2022"));
    child<QComboBox>(&dialog, "type")->setCurrentIndex(int(RelationType::RespondsTo));
    child<QComboBox>(&dialog, "assertion")->setCurrentIndex(int(Assertion::Interpretation));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
    QVERIFY(child<QLineEdit>(&dialog, "id")->text().startsWith(QStringLiteral("rel-")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Relation &r = m_document->dataset().relations.back();
    QCOMPARE(r.from, QStringLiteral("ev-target"));
    QCOMPARE(r.to, QStringLiteral("ev-nss-2022"));
    QCOMPARE(r.type, RelationType::RespondsTo);
    QCOMPARE(r.assertion, Assertion::Interpretation);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().relations.size(), std::size_t(1));

    // Editing the existing relation keeps its evidence
    RelationEditDialog edit(*m_document, 0);
    child<QComboBox>(&edit, "type")->setCurrentIndex(int(RelationType::Revises));
    edit.accept();
    QCOMPARE(m_document->dataset().relations[0].type, RelationType::Revises);
    QCOMPARE(m_document->dataset().relations[0].evidence.size(), std::size_t(1));
}

void TestEventEditDialog::sourceDialog_parsesAuthorsAndRefusesBadUrls()
{
    SourceEditDialog dialog(*m_document, -1);
    typeInto(child<QLineEdit>(&dialog, "title"), QStringLiteral("Notes on strategy"));
    QCOMPARE(child<QLineEdit>(&dialog, "id")->text(), QStringLiteral("src-notes-on-strategy"));
    child<QPlainTextEdit>(&dialog, "authors")
        ->setPlainText(QStringLiteral("Doe, Jane\nSejong Institute\n"));
    auto *issued = child<DateEdit>(&dialog, "issued");
    typeInto(issued->lineEdit(), QStringLiteral("2023-04~"));
    typeInto(child<QLineEdit>(&dialog, "url"), QStringLiteral("javascript:alert(1)"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.validationError().contains(QStringLiteral("http")));
    typeInto(child<QLineEdit>(&dialog, "url"), QStringLiteral("https://example.org/notes"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
    dialog.accept();
    const Source &s = m_document->dataset().sources.back();
    QCOMPARE(s.author.size(), std::size_t(2));
    QCOMPARE(s.author[0].family, QStringLiteral("Doe"));
    QCOMPARE(s.author[0].given, QStringLiteral("Jane"));
    QCOMPARE(s.author[1].literal, QStringLiteral("Sejong Institute"));
    QCOMPARE(s.issued, QStringLiteral("2023-04~"));
    QVERIFY(s.issuedDate.isApproximate());
    QCOMPARE(s.url, QStringLiteral("https://example.org/notes"));
}

void TestEventEditDialog::actorDialog_needsAColour()
{
    ActorEditDialog dialog(*m_document, -1);
    typeInto(child<QLineEdit>(&dialog, "name"), QStringLiteral("Republic of Korea"));
    QCOMPARE(child<QLineEdit>(&dialog, "id")->text(), QStringLiteral("republic-of-korea"));
    auto *color = child<ColorField>(&dialog, "color");
    typeInto(color->lineEdit(), QStringLiteral("blue"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.validationError().contains(QStringLiteral("#rrggbb")));
    typeInto(color->lineEdit(), QStringLiteral("#009e73"));
    typeInto(child<QLineEdit>(&dialog, "shortName"), QStringLiteral("ROK"));
    QVERIFY(okButton(&dialog)->isEnabled());
    dialog.accept();
    const Actor &a = m_document->dataset().actors.back();
    QCOMPARE(a.color, QColor(QStringLiteral("#009e73")));
    QCOMPARE(a.shortName, QStringLiteral("ROK"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().actors.size(), std::size_t(2));
}

void TestEventEditDialog::themeEraAndMetricDialogs_roundTripThroughUndo()
{
    {
        ThemeEditDialog dialog(*m_document, 0);
        typeInto(child<QLineEdit>(&dialog, "definition"), QStringLiteral("Alliance and more"));
        dialog.accept();
        QCOMPARE(m_document->dataset().themes[0].definition, QStringLiteral("Alliance and more"));
    }
    {
        EraEditDialog dialog(*m_document, 0);
        auto *date = child<DateEdit>(&dialog, "date");
        typeInto(date->lineEdit(), QStringLiteral("2012-12-26/2020-02-30"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        typeInto(date->lineEdit(), QStringLiteral("2012-12-26/2020-09-16"));
        child<QComboBox>(&dialog, "actor")->setCurrentIndex(1); // Japan
        QVERIFY(okButton(&dialog)->isEnabled());
        dialog.accept();
        QCOMPARE(m_document->dataset().eras[0].actor, QStringLiteral("japan"));
        QCOMPARE(m_document->dataset().eras[0].group, QStringLiteral("Prime Minister of Japan"));
    }
    {
        MetricEditDialog dialog(*m_document, 0);
        typeInto(child<QLineEdit>(&dialog, "unit"), QStringLiteral("percent of GDP"));
        dialog.accept();
        QCOMPARE(m_document->dataset().metrics[0].unit, QStringLiteral("percent of GDP"));
    }
    QCOMPARE(m_document->undoStack()->count(), 3);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().themes[0].definition, QString());
    QCOMPARE(m_document->dataset().eras[0].actor, QString());
    QCOMPARE(m_document->dataset().metrics[0].unit, QStringLiteral("% of GDP"));
}

void TestEventEditDialog::metricPointDialog_addsAValueToItsMetric()
{
    MetricPointDialog dialog(*m_document, 0, -1);
    typeInto(child<DateEdit>(&dialog, "date")->lineEdit(), QStringLiteral("FY2027"));
    typeInto(child<QLineEdit>(&dialog, "value"), QStringLiteral("abc"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    typeInto(child<QLineEdit>(&dialog, "value"), QStringLiteral("2"));
    child<EventPicker>(&dialog, "event")->setEventId(QStringLiteral("ev-target"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.validationError()));
    dialog.accept();
    const Metric &m = m_document->dataset().metrics[0];
    QCOMPARE(m.points.size(), std::size_t(1));
    QCOMPARE(m.points[0].value, 2.0);
    QCOMPARE(m.points[0].event, QStringLiteral("ev-target"));
    QCOMPARE(dialog.pointIndex(), 0);
    // Editing it
    MetricPointDialog edit(*m_document, 0, 0);
    typeInto(child<QLineEdit>(&edit, "value"), QStringLiteral("1.5"));
    edit.accept();
    QCOMPARE(m_document->dataset().metrics[0].points[0].value, 1.5);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().metrics[0].points[0].value, 2.0);
}

void TestEventEditDialog::anchorFromSelection_buildsQuoteContextAndHints()
{
    // Given a text with a character outside the BMP before the selection
    const QString text = QStringLiteral("Intro \U0001F600 line.\nAs every reader will remember, "
                                        "the first strategy appeared in 2013 and set three "
                                        "pillars of policy for the decade ahead.");
    const QString quote = QStringLiteral("the first strategy appeared in 2013");
    const qsizetype start = text.indexOf(quote);
    const AnchorFromSelection result =
        anchorFromSelection(QStringLiteral("src-a"), text, start, start + quote.size());
    QVERIFY(result.ok());
    QCOMPARE(result.anchor.exact, quote);
    QCOMPARE(result.anchor.source, QStringLiteral("src-a"));
    QCOMPARE(result.anchor.prefix.size(), 32);
    QVERIFY(result.anchor.prefix.endsWith(QStringLiteral("remember, ")));
    QCOMPARE(result.anchor.suffix, QStringLiteral(" and set three pillars of policy"));
    // Hints count code points: the emoji is two UTF-16 units but one code point
    QCOMPARE(result.anchor.start, qint64(start - 1));
    QCOMPARE(result.anchor.end, result.anchor.start + quote.size());
    QCOMPARE(result.wordCount, 6);
    // A short context at the start of the text, never half a surrogate pair
    const AnchorFromSelection early = anchorFromSelection(QStringLiteral("src-a"), text, 9, 13);
    QVERIFY(early.ok());
    QCOMPARE(early.anchor.exact, QStringLiteral("line"));
    QCOMPARE(early.anchor.prefix, QStringLiteral("Intro \U0001F600 "));
    QCOMPARE(early.anchor.start, qint64(8));
}

void TestEventEditDialog::anchorFromSelection_trimsWhiteSpaceAndRefusesEmpty()
{
    const QString text = QStringLiteral("alpha  beta gamma");
    const AnchorFromSelection r = anchorFromSelection(QStringLiteral("s"), text, 12, 5);
    QCOMPARE(r.anchor.exact, QStringLiteral("beta"));
    QCOMPARE(r.anchor.start, qint64(7));
    QCOMPARE(r.anchor.end, qint64(11));
    QVERIFY(!anchorFromSelection(QStringLiteral("s"), text, 5, 7).ok());
    QVERIFY(!anchorFromSelection(QStringLiteral("s"), text, 3, 3).ok());
    QVERIFY(anchorFromSelection(QStringLiteral("s"), text, -5, 1000).ok());
}

void TestEventEditDialog::anchorDialog_appendsEvidenceToTheChosenEvent()
{
    const QString text = QStringLiteral("Japan adopted its first national security strategy.");
    const AnchorFromSelection built =
        anchorFromSelection(QStringLiteral("src-a"), text, 0, text.size() - 1);
    m_document->setCurrentEvent(2);
    AnchorSelectionDialog dialog(*m_document, built.anchor);
    QCOMPARE(dialog.chosenEvent(), 2); // the current event is preselected
    // The user searches and picks another event
    dialog.setFilterText(QStringLiteral("first str"));
    int visible = 0;
    for (int i = 0; i < dialog.eventList()->count(); ++i)
        visible += dialog.eventList()->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
    QCOMPARE(dialog.chosenEvent(), 1);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Event &event = m_document->dataset().events[1];
    QCOMPARE(event.evidence.size(), std::size_t(1));
    QCOMPARE(event.evidence[0].exact, text.chopped(1));
    QCOMPARE(event.evidence[0].start, qint64(0));
    // The same passage again is refused
    AnchorSelectionDialog again(*m_document, built.anchor);
    again.setChosenEvent(1);
    QVERIFY(!okButton(&again)->isEnabled());
    QVERIFY(again.validationError().contains(QStringLiteral("already")));
    m_document->undoStack()->undo();
    QVERIFY(m_document->dataset().events[1].evidence.empty());
}

void TestEventEditDialog::eventModel_editsPushUndoCommandsAndMerge()
{
    QAbstractItemModel *model = m_document->eventModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QModelIndex title = model->index(1, EventModel::TitleColumn);
    QCOMPARE(model->data(title, Qt::EditRole).toString(), QStringLiteral("First strategy"));
    QVERIFY(model->setData(title, QStringLiteral("First")));
    QVERIFY(model->setData(title, QStringLiteral("First NSS")));
    QCOMPARE(model->data(title).toString(), QStringLiteral("First NSS"));
    QVERIFY(!changed.isEmpty());
    // Typing into one field merges into one undo step
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(model->setData(model->index(1, EventModel::KindColumn), QStringLiteral("speech")));
    QVERIFY(model->setData(title, QStringLiteral("Changed summary"), SummaryRole));
    QCOMPARE(m_document->dataset().events[1].summary, QStringLiteral("Changed summary"));
    QCOMPARE(m_document->undoStack()->count(), 3);
    // Setting the same value pushes nothing
    QVERIFY(model->setData(title, QStringLiteral("First NSS")));
    QCOMPARE(m_document->undoStack()->count(), 3);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(model->data(title).toString(), QStringLiteral("First strategy"));
    // The kind as the file has it (the display role shows its display name).
    QCOMPARE(model->data(model->index(1, EventModel::KindColumn), Qt::EditRole).toString(),
             QStringLiteral("strategy-document"));
}

void TestEventEditDialog::eventModel_refusesInvalidDatesWithAReason()
{
    QAbstractItemModel *model = m_document->eventModel();
    auto *events = qobject_cast<EventModel *>(model);
    QVERIFY(events);
    const QModelIndex date = model->index(2, EventModel::DateColumn);
    QCOMPARE(model->data(date, Qt::EditRole).toString(), QStringLiteral("FY2025"));
    QVERIFY(!model->setData(date, QStringLiteral("2025-02-30")));
    QVERIFY2(events->lastEditError().contains(QStringLiteral("2025-02-30")),
             qPrintable(events->lastEditError()));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!model->setData(model->index(2, EventModel::TitleColumn), QStringLiteral("  ")));
    QVERIFY(!events->lastEditError().isEmpty());
    QVERIFY(model->setData(date, QStringLiteral("2025-04")));
    QVERIFY(events->lastEditError().isEmpty());
    QCOMPARE(model->data(date, Qt::EditRole).toString(), QStringLiteral("2025-04"));
}

void TestEventEditDialog::eventModel_onlyTitleDateAndKindAreEditable()
{
    QAbstractItemModel *model = m_document->eventModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        const bool editable = column == EventModel::TitleColumn ||
                              column == EventModel::DateColumn || column == EventModel::KindColumn;
        QCOMPARE(bool(model->flags(model->index(0, column)) & Qt::ItemIsEditable), editable);
    }
    QVERIFY(!model->setData(model->index(0, EventModel::IdColumn), QStringLiteral("ev-x")));
    QVERIFY(!model->setData(model->index(0, EventModel::TitleColumn), QStringLiteral("x"),
                            Qt::DisplayRole + 1000));
    QVERIFY(!model->setData(QModelIndex(), QStringLiteral("x")));
    QCOMPARE(m_document->dataset().events[0].id, QStringLiteral("ev-us-nss-2025"));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestEventEditDialog)
#include "tst_eventeditdialog.moc"
