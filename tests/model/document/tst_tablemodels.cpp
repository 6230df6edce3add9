#include "core/roles.h"
#include "document/document.h"
#include "document/tablemodels.h"
#include "itemmodels/eventfilterproxy.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

using namespace Anchorline::Model;

class TestTableModels final : public QObject
{
    Q_OBJECT

private slots:
    void models_passTheModelTester_acrossDatasetChanges();
    void eventModel_exposesColumnsAndRoles();
    void relationModel_wordsTheRelationForReading();
    void sourceModel_countsAnchorsPerSource();
    void sourceModel_anchorCounts_followEditsAndUndo();
    void sourceModel_anchorCounts_areRightWhenFirstAskedAfterAnEdit();
    void models_rejectOutOfRangeIndexes();
    void eventModel_inlineEdit_changesTheTranslationOnShow();
};

void TestTableModels::models_passTheModelTester_acrossDatasetChanges()
{
    Document document;
    EventFilterProxy proxy(document);
    QAbstractItemModelTester eventTester(document.eventModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester relationTester(document.relationModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(document.sourceModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    proxy.setText(QStringLiteral("strategy"));
    proxy.setActors({QStringLiteral("japan")});
    proxy.clearFilters();
    document.setDataset(Dataset{}, QString());
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(document.eventModel()->rowCount(), 4);
}

void TestTableModels::eventModel_exposesColumnsAndRoles()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QAbstractItemModel *model = document.eventModel();
    QCOMPARE(model->columnCount(), int(EventModel::ColumnCount));
    const QModelIndex title = model->index(1, EventModel::TitleColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("First strategy"));
    QCOMPARE(model->index(1, EventModel::ActorsColumn).data().toString(), QStringLiteral("Japan"));
    QCOMPARE(model->index(3, EventModel::ThemesColumn).data().toString(),
             QStringLiteral("Three pillars, Defence spending"));
    QCOMPARE(title.data(IdRole).toString(), QStringLiteral("ev-nss-2013"));
    QCOMPARE(title.data(DateTextRole).toString(), QStringLiteral("2013-12-17"));
    QCOMPARE(title.data(PrecisionRole).toString(), QStringLiteral("day"));
    QCOMPARE(title.data(EarliestDayRole).toLongLong(), daysFromCivil(2013, 12, 17));
    QCOMPARE(title.data(ColorRole).value<QColor>(), QColor("#0072b2"));
    QCOMPARE(model->headerData(EventModel::DateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Date"));
}

void TestTableModels::relationModel_wordsTheRelationForReading()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QAbstractItemModel *model = document.relationModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, RelationModel::FromColumn).data().toString(),
             QStringLiteral("Second strategy"));
    QCOMPARE(model->index(0, RelationModel::TypeColumn).data().toString(),
             QStringLiteral("supersedes"));
    QCOMPARE(model->index(0, RelationModel::ToColumn).data().toString(),
             QStringLiteral("First strategy"));
    QCOMPARE(model->index(0, 0).data(RelationTypeRole).toString(), QStringLiteral("supersedes"));
    QCOMPARE(relationTypeBackward(RelationType::RespondsTo), QStringLiteral("answered by"));
}

void TestTableModels::sourceModel_countsAnchorsPerSource()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(document.sourceModel()->index(0, SourceModel::AnchorsColumn).data().toInt(), 2);
}

// Whether `spy` (on dataChanged) saw a change that covers `cell`.
static bool announced(const QSignalSpy &spy, const QModelIndex &cell)
{
    return std::any_of(spy.begin(), spy.end(), [&](const QList<QVariant> &arguments) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        return topLeft.row() <= cell.row() && cell.row() <= bottomRight.row() &&
               topLeft.column() <= cell.column() && cell.column() <= bottomRight.column();
    });
}

void TestTableModels::sourceModel_anchorCounts_followEditsAndUndo()
{
    // Given the small dataset, whose source is quoted by one event and one relation
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QAbstractItemModel *model = document.sourceModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex count = model->index(0, SourceModel::AnchorsColumn);
    QCOMPARE(count.data().toInt(), 2);
    QCOMPARE(count.data(EvidenceCountRole).toInt(), 2);
    QSignalSpy spy(model, &QAbstractItemModel::dataChanged);

    // When another event quotes it
    Event event = document.dataset().events[1];
    Anchor anchor;
    anchor.source = QStringLiteral("src-a");
    anchor.exact = QStringLiteral("another passage");
    event.evidence.push_back(anchor);
    QVERIFY(document.replaceEvent(1, event));
    // Then the count goes up and views are told
    QCOMPARE(count.data().toInt(), 3);
    QVERIFY(announced(spy, count));

    // When the edit is undone, the count goes back down, and views are told again
    spy.clear();
    document.undoStack()->undo();
    QCOMPARE(count.data().toInt(), 2);
    QVERIFY(announced(spy, count));

    // When the quoting event goes (with the relation that names it), nothing quotes the source
    spy.clear();
    QVERIFY(document.removeItem(Collection::Events, 3));
    QCOMPARE(document.dataset().relations.size(), std::size_t(0));
    QCOMPARE(count.data().toInt(), 0);
    QVERIFY(announced(spy, count));
    document.undoStack()->undo();
    QCOMPARE(count.data().toInt(), 2);

    // Relation evidence counts too
    Relation relation = document.dataset().relations[0];
    relation.evidence.clear();
    QVERIFY(document.replaceRelation(0, relation));
    QCOMPARE(count.data().toInt(), 1);
    document.undoStack()->undo();
    QCOMPARE(count.data().toInt(), 2);

    // And a new dataset is counted afresh
    document.setDataset(Dataset{}, QString());
    QCOMPARE(model->rowCount(), 0);
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(model->index(0, SourceModel::AnchorsColumn).data().toInt(), 2);
}

void TestTableModels::sourceModel_anchorCounts_areRightWhenFirstAskedAfterAnEdit()
{
    // Given a model nobody has read yet
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QAbstractItemModel *model = document.sourceModel();
    // When an edit removes an anchor before the first read
    Event event = document.dataset().events[3];
    event.evidence.clear();
    QVERIFY(document.replaceEvent(3, event));
    // Then the first read counts what is there now
    QCOMPARE(model->index(0, SourceModel::AnchorsColumn).data().toInt(), 1);
    document.undoStack()->undo();
    QCOMPARE(model->index(0, SourceModel::AnchorsColumn).data().toInt(), 2);
}

void TestTableModels::models_rejectOutOfRangeIndexes()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QAbstractItemModel *model = document.eventModel();
    QVERIFY(!model->index(99, 0).isValid());
    QVERIFY(!model->data(model->index(99, 0)).isValid());
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
}

void TestTableModels::eventModel_inlineEdit_changesTheTranslationOnShow()
{
    // Given event 1 with a Japanese title and summary, event 2 without, shown in Japanese
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[1].translations.setText(TranslatedKind::Event, QStringLiteral("ja"),
                                     QStringLiteral("title"), QStringLiteral("最初の戦略"));
    d.events[1].translations.setText(TranslatedKind::Event, QStringLiteral("ja"),
                                     QStringLiteral("summary"), QStringLiteral("要約"));
    const QString original = d.events[1].title;
    const QString originalSummary = d.events[1].summary;
    const QString untranslated = d.events[2].title;
    Document document;
    document.setDataset(d, QString());
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    QAbstractItemModel *model = document.eventModel();
    const QModelIndex title = model->index(1, EventModel::TitleColumn);
    // The editor opens with the text on show
    QCOMPARE(title.data().toString(), QStringLiteral("最初の戦略"));
    QCOMPARE(title.data(Qt::EditRole).toString(), QStringLiteral("最初の戦略"));
    QCOMPARE(title.data(SummaryRole).toString(), QStringLiteral("要約"));

    // When the title and the summary are edited in place
    QVERIFY(model->setData(title, QStringLiteral("初の国家安全保障戦略")));
    QVERIFY(model->setData(title, QStringLiteral("新しい要約"), SummaryRole));

    // Then the translations changed and the originals did not
    const Event &edited = document.dataset().events[1];
    QCOMPARE(edited.translations.text(u"ja", u"title"), QStringLiteral("初の国家安全保障戦略"));
    QCOMPARE(edited.translations.text(u"ja", u"summary"), QStringLiteral("新しい要約"));
    QCOMPARE(edited.title, original);
    QCOMPARE(edited.summary, originalSummary);
    QCOMPARE(model->index(1, EventModel::TitleColumn).data().toString(),
             QStringLiteral("初の国家安全保障戦略"));
    // and each is one undo step back to the text before
    QVERIFY(document.undoStack()->canUndo());
    document.undoStack()->undo();
    QCOMPARE(document.dataset().events[1].translations.text(u"ja", u"summary"),
             QStringLiteral("要約"));
    document.undoStack()->undo();
    QCOMPARE(document.dataset().events[1].translations.text(u"ja", u"title"),
             QStringLiteral("最初の戦略"));
    QCOMPARE(document.dataset().events[1].title, original);

    // An event without a translation shows and edits its original
    const QModelIndex other = model->index(2, EventModel::TitleColumn);
    QCOMPARE(other.data(Qt::EditRole).toString(), untranslated);
    QVERIFY(model->setData(other, QStringLiteral("Renamed")));
    QCOMPARE(document.dataset().events[2].title, QStringLiteral("Renamed"));
    QVERIFY(document.dataset().events[2].translations.isEmpty());

    // Emptying a translation removes it: the original shows again
    QVERIFY(model->setData(title, QString()));
    QVERIFY(!document.dataset().events[1].translations.has(u"ja", u"title"));
    QCOMPARE(model->index(1, EventModel::TitleColumn).data().toString(), original);

    // In the original language the edit goes to the original
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja"));
    QCOMPARE(model->index(1, EventModel::TitleColumn).data(SummaryRole).toString(),
             originalSummary);
    QVERIFY(model->setData(model->index(1, EventModel::TitleColumn), QStringLiteral("Edited")));
    QCOMPARE(document.dataset().events[1].title, QStringLiteral("Edited"));
    QCOMPARE(document.dataset().events[1].translations.text(u"ja", u"summary"),
             QStringLiteral("要約")); // as the undo left it
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
