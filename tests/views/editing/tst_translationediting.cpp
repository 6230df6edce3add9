// Editing in the data language: the event dialog edits the translation the views show, and
// the data manager's lists say which objects lack one (docs/format.md, Translations).
#include "document/document.h"
#include "editing/event/eventeditdialog.h"
#include "itemmodels/collectionmodel.h"
#include "testdata.h"

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
};

namespace {

Dataset bilingual()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[0].translations.setText(TranslatedKind::Event, QStringLiteral("ja"),
                                     QStringLiteral("title"), QStringLiteral("最初の戦略"));
    d.actors[0].translations.setText(TranslatedKind::Actor, QStringLiteral("ja"),
                                     QStringLiteral("name"), QStringLiteral("日本"));
    return d;
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

QTEST_MAIN(TestTranslationEditing)
#include "tst_translationediting.moc"
