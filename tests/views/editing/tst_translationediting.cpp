// Editing in the data language: the event dialog edits the translation the views show, and
// the actor, theme and era dialogs edit theirs, the data manager's lists say which objects lack
// one, and the event pickers, the anchor selection and the tour editor name events in the data
// language (docs/format.md, Translations).
#include "document/document.h"
#include "editing/event/eventeditdialog.h"
#include "editing/records/actoreditdialog.h"
#include "editing/records/eraeditdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/records/themeeditdialog.h"
#include "editing/toureditor.h"
#include "itemmodels/collectionmodel.h"
#include "source/anchorselection.h"
#include "testdata.h"
#include "widgets/eventpicker.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

class TestTranslationEditing final : public QObject
{
    Q_OBJECT
private slots:
    void eventDialog_editsTheDataLanguagesTranslation();
    void eventDialog_withTheOriginalShown_hasNoTranslationFields();
    void dataManager_showsWhichObjectsLackATranslation();
    void actorDialog_editsTheDataLanguagesTranslation();
    void themeDialog_editsTheDataLanguagesTranslation();
    void eraDialog_editsTheDataLanguagesTranslation();
    void recordDialogs_withTheOriginalShown_haveNoTranslationFields();
    void eventPicker_namesEventsInTheDataLanguage();
    void anchorSelection_listsEventsInTheDataLanguage();
    void tourEditor_namesStepsInTheDataLanguage();
};

namespace {

Dataset bilingual()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[0].translations.setText(TranslatedKind::Event, QStringLiteral("ja"),
                                     QStringLiteral("title"), QStringLiteral("最初の戦略"));
    d.actors[0].translations.setText(TranslatedKind::Actor, QStringLiteral("ja"),
                                     QStringLiteral("name"), QStringLiteral("日本"));
    d.themes[0].translations.setText(TranslatedKind::Theme, QStringLiteral("ja"),
                                     QStringLiteral("name"), QStringLiteral("三本柱"));
    d.eras.push_back(Anchorline::Testing::makeEra("era-abe", "Abe", "2012-12-26/2020-09-16",
                                                  "japan", "Prime Minister"));
    d.eras[0].translations.setText(TranslatedKind::Era, QStringLiteral("ja"),
                                   QStringLiteral("name"), QStringLiteral("安倍"));
    return d;
}

// A document with Japanese on show.
void showJapanese(Document &document)
{
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    document.setDataset(bilingual(), QString());
}

void clickOk(QDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

void TestTranslationEditing::eventDialog_editsTheDataLanguagesTranslation()
{
    // Given Japanese on show
    Document document;
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    document.setDataset(bilingual(), QString());
    const QString original = document.dataset().events[0].title;
    EventEditDialog dialog(document, 0);
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("translatedTitle"));
    auto *summary = dialog.findChild<QPlainTextEdit *>(QStringLiteral("translatedSummary"));
    QVERIFY(title && summary);
    // Then the dialog shows the Japanese title beside the original, and lanes by their
    // Japanese names
    QCOMPARE(title->text(), QStringLiteral("最初の戦略"));
    auto *actors = dialog.findChild<QListWidget *>(QStringLiteral("actors"));
    QVERIFY(actors && actors->count() > 0);
    QCOMPARE(actors->item(0)->text(), QStringLiteral("日本"));
    // When the teacher corrects it and adds a summary
    title->setText(QStringLiteral("初の国家安全保障戦略"));
    summary->setPlainText(QStringLiteral("日本が初めて戦略を定める。"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    // Then the translation changes in one undoable step and the original stays
    const Event &e = document.dataset().events[0];
    QCOMPARE(e.translations.text(u"ja", u"title"), QStringLiteral("初の国家安全保障戦略"));
    QCOMPARE(e.translations.text(u"ja", u"summary"), QStringLiteral("日本が初めて戦略を定める。"));
    QCOMPARE(e.title, original);
    QCOMPARE(document.text().title(e), QStringLiteral("初の国家安全保障戦略"));
    document.undoStack()->undo();
    QCOMPARE(document.dataset().events[0].translations.text(u"ja", u"title"),
             QStringLiteral("最初の戦略"));
}

void TestTranslationEditing::eventDialog_withTheOriginalShown_hasNoTranslationFields()
{
    Document document;
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja"));
    document.setDataset(bilingual(), QString());
    EventEditDialog dialog(document, 0);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("translatedTitle")));
    // And saving keeps the translation it did not show
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(document.dataset().events[0].translations.text(u"ja", u"title"),
             QStringLiteral("最初の戦略"));
}

void TestTranslationEditing::dataManager_showsWhichObjectsLackATranslation()
{
    Document document;
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    document.setDataset(bilingual(), QString());
    CollectionModel actors(document, Collection::Actors);
    int column = -1;
    for (int c = 0; c < actors.columnCount(); ++c)
        if (actors.headerData(c, Qt::Horizontal).toString() == QStringLiteral("Translation (ja)"))
            column = c;
    QVERIFY(column >= 0);
    // Japan is translated, the United States is not
    QCOMPARE(actors.index(0, column).data().toString(), QStringLiteral("yes"));
    QCOMPARE(actors.index(1, column).data().toString(), QStringLiteral("missing"));
    // With the original on show the column is empty
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja"));
    QVERIFY(actors.index(1, column).data().toString().isEmpty());
}

void TestTranslationEditing::actorDialog_editsTheDataLanguagesTranslation()
{
    // Given Japanese on show and an actor with a Japanese name
    Document document;
    showJapanese(document);
    const Actor before = document.dataset().actors[0];
    ActorEditDialog dialog(document, 0);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("translatedName"));
    auto *shortName = dialog.findChild<QLineEdit *>(QStringLiteral("translatedShortName"));
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("translatedNote"));
    QVERIFY(name && shortName && note);
    // Then the dialog shows it beside the original
    QCOMPARE(name->text(), QStringLiteral("日本"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), before.name);
    // When the teacher changes it and adds a short name
    name->setText(QStringLiteral("日本国"));
    shortName->setText(QStringLiteral("日"));
    clickOk(dialog);
    // Then the translation changes in one undoable step and the original stays
    const Actor &a = document.dataset().actors[0];
    QCOMPARE(a.translations.text(u"ja", u"name"), QStringLiteral("日本国"));
    QCOMPARE(a.translations.text(u"ja", u"shortName"), QStringLiteral("日"));
    QVERIFY(!a.translations.has(u"ja", u"note")); // left empty: none
    QCOMPARE(a.name, before.name);
    QCOMPARE(a.shortName, before.shortName);
    document.undoStack()->undo();
    QCOMPARE(document.dataset().actors[0].translations, before.translations);
}

void TestTranslationEditing::themeDialog_editsTheDataLanguagesTranslation()
{
    Document document;
    showJapanese(document);
    const Theme before = document.dataset().themes[0];
    ThemeEditDialog dialog(document, 0);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("translatedName"));
    auto *definition = dialog.findChild<QLineEdit *>(QStringLiteral("translatedDefinition"));
    QVERIFY(name && definition);
    QCOMPARE(name->text(), QStringLiteral("三本柱"));
    definition->setText(QStringLiteral("外交・防衛・経済の三つの柱"));
    name->clear(); // emptied: the views show the original name again
    clickOk(dialog);
    const Theme &t = document.dataset().themes[0];
    QCOMPARE(t.translations.text(u"ja", u"definition"),
             QStringLiteral("外交・防衛・経済の三つの柱"));
    QVERIFY(!t.translations.has(u"ja", u"name"));
    QCOMPARE(t.name, before.name);
    QCOMPARE(document.text().name(t), before.name);
    document.undoStack()->undo();
    QCOMPARE(document.dataset().themes[0].translations, before.translations);
}

void TestTranslationEditing::eraDialog_editsTheDataLanguagesTranslation()
{
    Document document;
    showJapanese(document);
    const Era before = document.dataset().eras[0];
    EraEditDialog dialog(document, 0);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("translatedName"));
    auto *group = dialog.findChild<QLineEdit *>(QStringLiteral("translatedGroup"));
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("translatedNote"));
    QVERIFY(name && group && note);
    QCOMPARE(name->text(), QStringLiteral("安倍"));
    // The era's lane is named in the data language as well
    auto *actor = dialog.findChild<QComboBox *>(QStringLiteral("actor"));
    QVERIFY(actor);
    QCOMPARE(actor->currentText(), QStringLiteral("日本"));
    name->setText(QStringLiteral("第2次安倍内閣"));
    group->setText(QStringLiteral("内閣総理大臣"));
    note->setPlainText(QStringLiteral("2012年12月26日から"));
    clickOk(dialog);
    const Era &e = document.dataset().eras[0];
    QCOMPARE(e.translations.text(u"ja", u"name"), QStringLiteral("第2次安倍内閣"));
    QCOMPARE(e.translations.text(u"ja", u"group"), QStringLiteral("内閣総理大臣"));
    QCOMPARE(e.translations.text(u"ja", u"note"), QStringLiteral("2012年12月26日から"));
    QCOMPARE(e.name, before.name);
    QCOMPARE(e.group, before.group);
    QCOMPARE(e.actor, before.actor);
    document.undoStack()->undo();
    QCOMPARE(document.dataset().eras[0].translations, before.translations);
}

void TestTranslationEditing::recordDialogs_withTheOriginalShown_haveNoTranslationFields()
{
    Document document;
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja"));
    document.setDataset(bilingual(), QString());
    ActorEditDialog actor(document, 0);
    ThemeEditDialog theme(document, 0);
    EraEditDialog era(document, 0);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&actor, &theme, &era})
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("translatedName")));
    // And saving keeps the translations they did not show
    clickOk(actor);
    clickOk(theme);
    clickOk(era);
    QCOMPARE(document.dataset().actors[0].translations.text(u"ja", u"name"),
             QStringLiteral("日本"));
    QCOMPARE(document.dataset().themes[0].translations.text(u"ja", u"name"),
             QStringLiteral("三本柱"));
    QCOMPARE(document.dataset().eras[0].translations.text(u"ja", u"name"), QStringLiteral("安倍"));
}

void TestTranslationEditing::eventPicker_namesEventsInTheDataLanguage()
{
    Document document;
    showJapanese(document);
    // The relation dialog's pickers: ev-us-nss-2025 by its Japanese title
    RelationEditDialog dialog(document, 0);
    const QList<EventPicker *> pickers = dialog.findChildren<EventPicker *>();
    QCOMPARE(pickers.size(), 2);
    for (EventPicker *picker : pickers) {
        QComboBox *combo = picker->comboBox();
        const int at = combo->findData(QStringLiteral("ev-us-nss-2025"));
        QVERIFY(at >= 0);
        // The Japanese title, then the original one, so that either can be typed to find it
        QVERIFY2(combo->itemText(at).startsWith(QStringLiteral("最初の戦略 / US strategy · ")),
                 qPrintable(combo->itemText(at)));
        for (const QString &typed : {QStringLiteral("最初の"), QStringLiteral("us strat")}) {
            combo->completer()->setCompletionPrefix(typed);
            QVERIFY2(combo->completer()->completionCount() >= 1, qPrintable(typed));
            bool found = false;
            for (int row = 0; combo->completer()->setCurrentRow(row); ++row)
                found = found || combo->completer()->currentCompletion() == combo->itemText(at);
            QVERIFY2(found, qPrintable(typed));
        }
    }
    QCOMPARE(pickers[1]->eventId(), QStringLiteral("ev-nss-2013")); // the relation's "to"
    // In the original language the picker shows the original
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja"));
    EventPicker original(document.dataset(), document.text(), false);
    const int at = original.comboBox()->findData(QStringLiteral("ev-us-nss-2025"));
    QVERIFY(original.comboBox()->itemText(at).startsWith(QStringLiteral("US strategy · ")));
}

void TestTranslationEditing::anchorSelection_listsEventsInTheDataLanguage()
{
    Document document;
    showJapanese(document);
    Anchor anchor;
    anchor.source = QStringLiteral("src-a");
    anchor.exact = QStringLiteral("a remarkable passage");
    AnchorSelectionDialog dialog(document, anchor);
    QListWidget *list = dialog.eventList();
    QListWidgetItem *found = nullptr;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toInt() == 0) // ev-us-nss-2025
            found = list->item(row);
    QVERIFY(found);
    QVERIFY2(found->text().endsWith(QStringLiteral(" · 最初の戦略")), qPrintable(found->text()));
    // Finding works in both languages
    for (const QString &needle : {QStringLiteral("最初"), QStringLiteral("us strat")}) {
        dialog.setFilterText(needle);
        QVERIFY2(!found->isHidden(), qPrintable(needle));
    }
    dialog.setFilterText(QStringLiteral("no such event"));
    QVERIFY(found->isHidden());
}

void TestTranslationEditing::tourEditor_namesStepsInTheDataLanguage()
{
    Dataset d = bilingual();
    Tour tour;
    tour.id = QStringLiteral("tour");
    tour.title = QStringLiteral("Tour");
    TourStep step;
    step.event = QStringLiteral("ev-us-nss-2025");
    step.note = QStringLiteral("Look here.");
    tour.steps = {step};
    d.tours.push_back(tour);
    Document document;
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    document.setDataset(d, QString());
    TourEditor editor(document);
    QAbstractItemModel *steps = editor.stepModel();
    QCOMPARE(steps->rowCount(), 1);
    QVERIFY2(steps->index(0, 0).data().toString().startsWith(QStringLiteral("1. 最初の戦略")),
             qPrintable(steps->index(0, 0).data().toString()));
    // Switching the data language renames the step
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja"));
    QVERIFY2(steps->index(0, 0).data().toString().startsWith(QStringLiteral("1. US strategy")),
             qPrintable(steps->index(0, 0).data().toString()));
}

QTEST_MAIN(TestTranslationEditing)
#include "tst_translationediting.moc"
