#include "core/roles.h"
#include "document/document.h"
#include "io/loadresult.h"
#include "itemmodels/relationpanelmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Anchorline::Model;

namespace {
QString bundledPath()
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json");
}

QStringList groupLabels(const RelationPanelModel &model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row, 0).data(RelationTypeRole).toString() + QLatin1Char(':') +
                      model.index(row, 0).data().toString();
    return labels;
}
} // namespace

class TestRelationPanelModel final : public QObject
{
    Q_OBJECT

private slots:
    void model_passesTheModelTester_acrossSelectionChangesAndResets();
    void incomingRelation_isWordedBackwards_withEventAndEvidenceRows();
    void outgoingRelation_isWordedForwards();
    void eventRow_showsDateAndHowTheRelationIsAsserted();
    void bundledDataset_listsEveryRelationOfTheStrategy();
    void noCurrentEvent_showsNothing();
};

void TestRelationPanelModel::model_passesTheModelTester_acrossSelectionChangesAndResets()
{
    // Given a document, the panel model and a tester watching every signal
    Document document;
    RelationPanelModel model(document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // When the dataset is loaded, events are selected one after another and the dataset is
    // replaced
    QVERIFY(document.load(bundledPath()).ok());
    for (const char *id : {"ev-jp-nss-2022", "ev-jp-nss-2013-adopted", "ev-us-nss-2025-released",
                           "ev-jp-three-security-documents-2022"}) {
        QVERIFY(document.setCurrentEventById(QString::fromLatin1(id)));
        QVERIFY(model.rowCount() > 0);
    }
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-nss-2013")));
    document.setCurrentEvent(-1);

    // Then the tester found nothing wrong and each change was announced
    QVERIFY(resets.count() >= 6);
}

void TestRelationPanelModel::incomingRelation_isWordedBackwards_withEventAndEvidenceRows()
{
    // Given the small dataset, where the 2022 strategy supersedes the 2013 one with one passage
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    RelationPanelModel model(document);

    // When the 2013 strategy is current
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-nss-2013")));

    // Then one group says "superseded by", its child is the 2022 strategy and its grandchild the
    // evidence passage with the source
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex group = model.index(0, 0);
    QCOMPARE(group.data().toString(), QStringLiteral("superseded by (1)"));
    QCOMPARE(model.rowKind(group), RelationPanelModel::RowKind::Group);
    QCOMPARE(model.rowCount(group), 1);
    const QModelIndex event = model.index(0, 0, group);
    QCOMPARE(event.data().toString(), QStringLiteral("Second strategy"));
    QCOMPARE(event.data(IdRole).toString(), QStringLiteral("ev-nss-2022"));
    QCOMPARE(model.targetEvent(event), document.eventIndexById(QStringLiteral("ev-nss-2022")));
    QCOMPARE(model.rowCount(event), 1);
    const QModelIndex passage = model.index(0, RelationPanelModel::TextColumn, event);
    QCOMPARE(model.rowKind(passage), RelationPanelModel::RowKind::Evidence);
    QCOMPARE(passage.data().toString(), QStringLiteral("“a remarkable passage”"));
    QCOMPARE(passage.siblingAtColumn(RelationPanelModel::DateOrSourceColumn).data().toString(),
             QStringLiteral("An article"));
    QCOMPARE(model.parent(passage), event);
    QCOMPARE(model.parent(event), group);
}

void TestRelationPanelModel::outgoingRelation_isWordedForwards()
{
    // Given the small dataset
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    RelationPanelModel model(document);

    // When the 2022 strategy is current
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-nss-2022")));

    // Then its relation reads "supersedes" and leads to the 2013 strategy
    QCOMPARE(groupLabels(model), QStringList{QStringLiteral("supersedes:supersedes (1)")});
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(IdRole).toString(),
             QStringLiteral("ev-nss-2013"));
}

void TestRelationPanelModel::eventRow_showsDateAndHowTheRelationIsAsserted()
{
    // Given a relation asserted as an interpretation
    Dataset dataset = Anchorline::Testing::smallDataset();
    dataset.relations.front().assertion = Assertion::AttributedView;
    Document document;
    document.setDataset(std::move(dataset), QString());
    RelationPanelModel model(document);

    // When the 2022 strategy is current
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-nss-2022")));

    // Then the related event's row shows its date and the assertion in words
    const QModelIndex event = model.index(0, 0, model.index(0, 0));
    QCOMPARE(event.siblingAtColumn(RelationPanelModel::DateOrSourceColumn).data().toString(),
             QStringLiteral("17 Dec 2013"));
    QCOMPARE(event.siblingAtColumn(RelationPanelModel::AssertionColumn).data().toString(),
             QStringLiteral("attributed view"));
    QCOMPARE(event.data(AssertionRole).toString(), QStringLiteral("attributed-view"));
}

void TestRelationPanelModel::bundledDataset_listsEveryRelationOfTheStrategy()
{
    // Given the bundled dataset
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    RelationPanelModel model(document);

    // When the 2022 National Security Strategy is current
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-jp-nss-2022")));

    // Then every relation touching it appears once, under a group worded for its direction
    int expected = 0;
    int expectedPassages = 0;
    for (const Relation &relation : document.dataset().relations) {
        const int touches = (relation.from == QLatin1String("ev-jp-nss-2022")) +
                            (relation.to == QLatin1String("ev-jp-nss-2022"));
        expected += touches;
        expectedPassages += touches * int(relation.evidence.size());
    }
    int listed = 0;
    int passages = 0;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int e = 0; e < model.rowCount(group); ++e) {
            ++listed;
            passages += model.rowCount(model.index(e, 0, group));
        }
    }
    QCOMPARE(listed, expected);
    QCOMPARE(passages, expectedPassages);
    const QStringList labels = groupLabels(model);
    QVERIFY2(labels.contains(QStringLiteral("supersedes:supersedes (1)")),
             qPrintable(labels.join('|')));
    QVERIFY2(labels.contains(QStringLiteral("part-of:part of (1)")), qPrintable(labels.join('|')));
    QVERIFY2(labels.contains(QStringLiteral("implements:implemented by (2)")),
             qPrintable(labels.join('|')));
}

void TestRelationPanelModel::noCurrentEvent_showsNothing()
{
    // Given a loaded dataset and no current event
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    RelationPanelModel model(document);

    // Then the model is empty and says so through focusEvent()
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.focusEvent(), -1);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestRelationPanelModel)
#include "tst_relationpanelmodel.moc"
