#include "document/document.h"
#include "editing/mergeconflictdialog.h"
#include "io/datasetwriter.h"
#include "merge/threewaymerge.h"
#include "model/merge/mergefixture.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline;
using namespace Anchorline::Model;
using namespace Anchorline::Testing;

namespace {

// A merge with two conflicts: ev-plan's title changed both ways (ours with markup in it), and
// ev-start deleted by us but edited by them.
Dataset mergedWithConflicts()
{
    const Json base = mergeBase();
    Json ours = base;
    Json theirs = base;
    item(ours, "events", "ev-plan")["title"] = "<b>Ours</b>";
    item(theirs, "events", "ev-plan")["title"] = "Theirs";
    removeItem(ours, "events", "ev-start");
    item(theirs, "events", "ev-start")["title"] = "Dredging starts late";
    MergeOutcome outcome =
        ThreeWayMerge::merge(toDataset(base), toDataset(ours), toDataset(theirs));
    if (!outcome.dataset || outcome.conflicts.size() != 2)
        qFatal("the fixture merge should give two conflicts");
    return std::move(*outcome.dataset);
}

QString titleOf(const Document &document, const char *id)
{
    const int index = document.eventIndexById(QString::fromLatin1(id));
    return index < 0 ? QString() : document.dataset().events[std::size_t(index)].title;
}

} // namespace

// Edit ▸ Resolve Merge Conflicts (views/editing/mergeconflictdialog.h).
class TestMergeConflictDialog final : public QObject
{
    Q_OBJECT

private slots:
    void listsEachConflict_asPlainText();
    void takeTheirs_changesTheValue_undoRestoresIt();
    void takeTheirs_onDeletedItem_bringsItBack();
    void resolvingTheLast_removesTheSection();
};

void TestMergeConflictDialog::listsEachConflict_asPlainText()
{
    Document document;
    document.setDataset(mergedWithConflicts(), QString());
    Views::MergeConflictDialog dialog(document);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, Views::MergeConflictDialog::WhereColumn)->text(),
             QStringLiteral("events ev-plan"));
    QCOMPARE(table->item(0, Views::MergeConflictDialog::FieldColumn)->text(),
             QStringLiteral("title"));
    QCOMPARE(table->item(0, Views::MergeConflictDialog::OursColumn)->text(),
             QStringLiteral("<b>Ours</b>"));
    QCOMPARE(table->item(0, Views::MergeConflictDialog::TheirsColumn)->text(),
             QStringLiteral("Theirs"));
    QCOMPARE(table->item(1, Views::MergeConflictDialog::OursColumn)->text(),
             QStringLiteral("(absent)"));
    table->selectRow(0);
    const auto *details = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(details->toPlainText().contains(QStringLiteral("Ours: <b>Ours</b>")));
}

void TestMergeConflictDialog::takeTheirs_changesTheValue_undoRestoresIt()
{
    Document document;
    document.setDataset(mergedWithConflicts(), QString());
    Views::MergeConflictDialog dialog(document);
    QCOMPARE(titleOf(document, "ev-plan"), QStringLiteral("<b>Ours</b>"));
    dialog.table()->selectRow(0);
    QTest::mouseClick(dialog.theirsButton(), Qt::LeftButton);
    QCOMPARE(titleOf(document, "ev-plan"), QStringLiteral("Theirs"));
    QCOMPARE(document.dataset().conflicts.size(), std::size_t(1));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(document.isModified());

    document.undoStack()->undo();
    QCOMPARE(titleOf(document, "ev-plan"), QStringLiteral("<b>Ours</b>"));
    QCOMPARE(document.dataset().conflicts.size(), std::size_t(2));
    QCOMPARE(dialog.table()->rowCount(), 2);
    document.undoStack()->redo();
    QCOMPARE(titleOf(document, "ev-plan"), QStringLiteral("Theirs"));
}

void TestMergeConflictDialog::takeTheirs_onDeletedItem_bringsItBack()
{
    Document document;
    document.setDataset(mergedWithConflicts(), QString());
    Views::MergeConflictDialog dialog(document);
    QCOMPARE(document.eventIndexById(QStringLiteral("ev-start")), -1);
    QVERIFY(dialog.resolve(1, MergeSide::Theirs));
    QCOMPARE(titleOf(document, "ev-start"), QStringLiteral("Dredging starts late"));
    document.undoStack()->undo();
    QCOMPARE(document.eventIndexById(QStringLiteral("ev-start")), -1);
    QCOMPARE(document.dataset().conflicts.size(), std::size_t(2));
}

void TestMergeConflictDialog::resolvingTheLast_removesTheSection()
{
    Document document;
    document.setDataset(mergedWithConflicts(), QString());
    Views::MergeConflictDialog dialog(document);
    dialog.table()->selectRow(1);
    QTest::mouseClick(dialog.oursButton(), Qt::LeftButton);
    QCOMPARE(document.dataset().conflicts.size(), std::size_t(1));
    QCOMPARE(document.eventIndexById(QStringLiteral("ev-start")), -1); // ours: deleted
    QTest::mouseClick(dialog.theirsButton(), Qt::LeftButton);
    QVERIFY(document.dataset().conflicts.empty());
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(!dialog.theirsButton()->isEnabled());
    QVERIFY(!DatasetWriter::toBytes(document.dataset()).contains("conflicts"));
    QCOMPARE(titleOf(document, "ev-plan"), QStringLiteral("Theirs"));
    // The dialog says what is left to do rather than showing an empty list.
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("No merge conflicts are left"));
    QVERIFY(said);
}

QTEST_MAIN(TestMergeConflictDialog)
#include "tst_mergeconflictdialog.moc"
