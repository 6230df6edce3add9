#include "document.h"
#include "eventfilterproxy.h"
#include "itemmodels.h"
#include "roles.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Anchorline::Model;

class TestItemModels final : public QObject
{
    Q_OBJECT

private slots:
    void models_passTheModelTester_acrossDatasetChanges();
    void eventModel_exposesColumnsAndRoles();
    void relationModel_wordsTheRelationForReading();
    void sourceModel_countsAnchorsPerSource();
    void models_rejectOutOfRangeIndexes();
};

void TestItemModels::models_passTheModelTester_acrossDatasetChanges()
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

void TestItemModels::eventModel_exposesColumnsAndRoles()
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
    QCOMPARE(title.data(EarliestDayRole).toInt(), daysFromCivil(2013, 12, 17));
    QCOMPARE(title.data(ColorRole).value<QColor>(), QColor("#0072b2"));
    QCOMPARE(model->headerData(EventModel::DateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Date"));
}

void TestItemModels::relationModel_wordsTheRelationForReading()
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

void TestItemModels::sourceModel_countsAnchorsPerSource()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(document.sourceModel()->index(0, SourceModel::AnchorsColumn).data().toInt(), 2);
}

void TestItemModels::models_rejectOutOfRangeIndexes()
{
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QAbstractItemModel *model = document.eventModel();
    QVERIFY(!model->index(99, 0).isValid());
    QVERIFY(!model->data(model->index(99, 0)).isValid());
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
