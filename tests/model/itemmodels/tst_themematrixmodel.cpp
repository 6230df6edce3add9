#include "core/roles.h"
#include "document/document.h"
#include "itemmodels/themematrixmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Anchorline::Model;

namespace {
QString bundledPath()
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json");
}

int columnOf(const ThemeMatrixModel &model, const Document &document, const char *eventId)
{
    for (int column = 1; column <= model.documentCount(); ++column) {
        if (model.documentEvent(column) == document.eventIndexById(QString::fromLatin1(eventId)))
            return column;
    }
    return -1;
}
} // namespace

class TestThemeMatrixModel final : public QObject
{
    Q_OBJECT

private slots:
    void model_passesTheModelTester_acrossResetsAndSorting();
    void smallDataset_cellsCountOwnAndRelationEvidence();
    void bundledDataset_columnsAreThePolicyDocumentsInDateOrder();
    void bundledDataset_everyCellFollowsTheRule();
    void cell_listsItsPassagesWithSourceAndEvent();
    void cell_namesTheOtherEndInTheDataLanguage();
    void toCsv_writesHeaderRowsAndTotals_quotingWhereNeeded();
};

void TestThemeMatrixModel::model_passesTheModelTester_acrossResetsAndSorting()
{
    // Given a document, the matrix, a sorting proxy and testers on both
    Document document;
    ThemeMatrixModel model(document);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&sorted,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // When datasets come and go, the current event changes and rows are sorted
    QVERIFY(document.load(bundledPath()).ok());
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-jp-nss-2022")));
    sorted.sort(model.totalColumn(), Qt::DescendingOrder);
    sorted.sort(0, Qt::AscendingOrder);
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    document.setDataset(Dataset{}, QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    document.setDataset(Anchorline::Testing::smallDataset(), QString());

    // Then every change was a reset the tester accepted
    QVERIFY(resets.count() >= 4);
    QCOMPARE(model.rowCount(), 2);
}

void TestThemeMatrixModel::smallDataset_cellsCountOwnAndRelationEvidence()
{
    // Given the small dataset: the 2022 strategy (both themes) has one passage of its own and
    // supersedes the 2013 strategy (three pillars) with one more passage
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    ThemeMatrixModel model(document);

    // Then the columns are the three strategy documents in date order
    QCOMPARE(model.documentCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal, IdRole).toString(), QStringLiteral("ev-nss-2013"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, IdRole).toString(), QStringLiteral("ev-nss-2022"));
    QCOMPARE(model.headerData(3, Qt::Horizontal, IdRole).toString(),
             QStringLiteral("ev-us-nss-2025"));
    // And 2013 gets the relation's passage for both themes of its other end (2022)
    QCOMPARE(model.index(0, 1).data().toInt(), 1);
    QCOMPARE(model.index(1, 1).data().toInt(), 1);
    // And 2022 gets its own passage for both its themes, plus the relation's for three pillars
    QCOMPARE(model.index(0, 2).data().toInt(), 2);
    QCOMPARE(model.index(1, 2).data().toInt(), 1);
    // And the US strategy has nothing; totals add up; the scale's top is the largest cell
    QCOMPARE(model.index(0, 3).data().toInt(), 0);
    QCOMPARE(model.index(0, model.totalColumn()).data().toInt(), 3);
    QCOMPARE(model.index(1, model.totalColumn()).data().toInt(), 2);
    QCOMPARE(model.maximumCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Three pillars"));
    QVERIFY(
        model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("relation")));
}

void TestThemeMatrixModel::bundledDataset_columnsAreThePolicyDocumentsInDateOrder()
{
    // Given the bundled dataset
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    ThemeMatrixModel model(document);
    const Dataset &dataset = document.dataset();

    // Then every strategy document is a column, and so are the two parts of documents: the
    // 2022 Defense Buildup Program (kind "budget", part of the three security documents) and
    // the 2025 US strategy's recasting of Russia
    int strategyDocuments = 0;
    for (const Event &event : dataset.events)
        strategyDocuments += event.kind == QLatin1String("strategy-document");
    QCOMPARE(model.documentCount(), strategyDocuments + 2);
    for (const char *id : {"ev-jp-nss-2013-adopted", "ev-jp-nss-2022", "ev-jp-nds-2022",
                           "ev-jp-dbp-2022", "ev-us-nss-2022-released", "ev-us-nss-2025-released",
                           "ev-us-nss-2025-russia-strategic-stability",
                           "ev-jp-security-documents-revision-target-2026"})
        QVERIFY2(columnOf(model, document, id) > 0, id);
    // And the FY2027 target, only an interpretation of being part of the package, is not
    QCOMPARE(columnOf(model, document, "ev-jp-2pct-gdp-original-target-fy2027"), -1);
    for (int column = 2; column <= model.documentCount(); ++column) {
        QVERIFY(dataset.events[std::size_t(model.documentEvent(column - 1))].parsed <=
                dataset.events[std::size_t(model.documentEvent(column))].parsed);
    }
    QCOMPARE(model.rowCount(), int(dataset.themes.size()));
}

void TestThemeMatrixModel::bundledDataset_everyCellFollowsTheRule()
{
    // Given the bundled dataset and the matrix
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    ThemeMatrixModel model(document);
    const Dataset &dataset = document.dataset();

    // Then each cell equals the rule computed here independently
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString &theme = dataset.themes[std::size_t(row)].id;
        int total = 0;
        for (int column = 1; column <= model.documentCount(); ++column) {
            const Event &doc = dataset.events[std::size_t(model.documentEvent(column))];
            int expected = doc.themes.contains(theme) ? int(doc.evidence.size()) : 0;
            for (const Relation &relation : dataset.relations) {
                QString other;
                if (relation.from == doc.id)
                    other = relation.to;
                else if (relation.to == doc.id)
                    other = relation.from;
                else
                    continue;
                if (dataset.events[std::size_t(dataset.indexOfEvent(other))].themes.contains(theme))
                    expected += int(relation.evidence.size());
            }
            QCOMPARE(model.index(row, column).data().toInt(), expected);
            total += expected;
        }
        QCOMPARE(model.index(row, model.totalColumn()).data().toInt(), total);
    }
    // And the 2022 strategy's strongest theme is the three pillars
    const int nss2022 = columnOf(model, document, "ev-jp-nss-2022");
    const int pillars = dataset.indexOfTheme(u"three-pillars");
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.count(row, nss2022) <= model.count(pillars, nss2022));
    QCOMPARE(model.count(pillars, nss2022), 11);
}

void TestThemeMatrixModel::cell_listsItsPassagesWithSourceAndEvent()
{
    // Given the small dataset
    Document document;
    document.setDataset(Anchorline::Testing::smallDataset(), QString());
    ThemeMatrixModel model(document);

    // When the passages of (three pillars, 2022 strategy) are listed
    const auto passages = model.passages(0, 2);

    // Then there is its own passage, which leads to itself, and the relation's, which leads to
    // the 2013 strategy
    QCOMPARE(passages.size(), std::size_t(2));
    QCOMPARE(passages[0].exact, QStringLiteral("a remarkable passage"));
    QCOMPARE(passages[0].sourceReference, QStringLiteral("An article"));
    QCOMPARE(passages[0].eventIndex, 3);
    QCOMPARE(passages[0].relationIndex, -1);
    QCOMPARE(passages[1].eventIndex, 1);
    QCOMPARE(passages[1].relationIndex, 0);
    QCOMPARE(passages[1].via, QStringLiteral("supersedes: First strategy"));
    QVERIFY(model.passages(0, 0).empty());
    QVERIFY(model.passages(-1, 2).empty());
}

void TestThemeMatrixModel::cell_namesTheOtherEndInTheDataLanguage()
{
    // Given the small dataset whose first strategy has a Japanese title, shown in Japanese
    Dataset dataset = Anchorline::Testing::smallDataset();
    dataset.events[1].translations.setText(TranslatedKind::Event, QStringLiteral("ja"),
                                           QStringLiteral("title"), QStringLiteral("最初の戦略"));
    Document document;
    document.setDataset(std::move(dataset), QString());
    ThemeMatrixModel model(document);
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("en"));

    // Then the relation's passage names the other end by its Japanese title, and the quote
    // itself stays the source's own words
    auto passages = model.passages(0, 2);
    QCOMPARE(passages.size(), std::size_t(2));
    QCOMPARE(passages[1].via, QStringLiteral("supersedes: 最初の戦略"));
    QCOMPARE(passages[1].exact, document.dataset().relations[0].evidence[0].exact);

    // And back in the original, the original title
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("en"));
    passages = model.passages(0, 2);
    QCOMPARE(passages[1].via, QStringLiteral("supersedes: First strategy"));
}

void TestThemeMatrixModel::toCsv_writesHeaderRowsAndTotals_quotingWhereNeeded()
{
    // Given the small dataset with a theme name that has a comma and one that looks like a formula
    Dataset dataset = Anchorline::Testing::smallDataset();
    dataset.themes[0].name = QStringLiteral("Pillars, three");
    dataset.themes[1].name = QStringLiteral("=SUM(A1)");
    Document document;
    document.setDataset(std::move(dataset), QString());
    ThemeMatrixModel model(document);

    // When it is exported as CSV
    const QString csv = model.toCsv();

    // Then the header names each document with its date, rows hold counts and the total, and
    // text is quoted or neutralised as a spreadsheet needs
    const QStringList lines = csv.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header, two themes, empty after the final newline
    QCOMPARE(lines[0], QStringLiteral("theme,First strategy (2013-12-17),Second strategy "
                                      "(2022-12-16),US strategy (2025-12-04),total"));
    QCOMPARE(lines[1], QStringLiteral("\"Pillars, three\",1,2,0,3"));
    QCOMPARE(lines[2], QStringLiteral("'=SUM(A1),1,1,0,2"));
    QVERIFY(lines[3].isEmpty());
}

QTEST_GUILESS_MAIN(TestThemeMatrixModel)
#include "tst_themematrixmodel.moc"
