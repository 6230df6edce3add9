#include "itemmodels/rowgateproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Anchorline::Model;

class TestRowGateProxy final : public QObject
{
    Q_OBJECT

private slots:
    void open_showsTheSourcesRowsAndFollowsThem();
    void closed_showsNoRowsButTheColumnsAndTheirHeaders();
    void closed_hearsNothingTheSourceDoes_andOpensOnItsRowsOfNow();
    void sort_sortsTheSourceOpenOrClosed();
};

namespace {

// Rows "a 0", "b 1", ... in two columns, with headers.
std::unique_ptr<QStandardItemModel> table(int rows)
{
    auto model = std::make_unique<QStandardItemModel>(rows, 2);
    model->setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Number")});
    for (int row = 0; row < rows; ++row) {
        model->setItem(row, 0, new QStandardItem(QString(QChar(u'a' + row % 26))));
        auto *number = new QStandardItem;
        number->setData(rows - row, Qt::DisplayRole);
        model->setItem(row, 1, number);
    }
    return model;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

} // namespace

void TestRowGateProxy::open_showsTheSourcesRowsAndFollowsThem()
{
    const auto source = table(4);
    RowGateProxy gate(source.get());
    QAbstractItemModelTester tester(&gate, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(gate.isOpen());
    QCOMPARE(titles(gate), QStringList({"a", "b", "c", "d"}));
    source->appendRow({new QStandardItem(QStringLiteral("e")), new QStandardItem});
    source->removeRow(0);
    source->item(0, 0)->setText(QStringLiteral("B"));
    QCOMPARE(titles(gate), QStringList({"B", "c", "d", "e"}));
}

void TestRowGateProxy::closed_showsNoRowsButTheColumnsAndTheirHeaders()
{
    const auto source = table(4);
    RowGateProxy gate(source.get());
    QAbstractItemModelTester tester(&gate, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&gate, &QAbstractItemModel::modelReset);
    gate.setOpen(false);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(gate.rowCount(), 0);
    QCOMPARE(gate.columnCount(), 2);
    QCOMPARE(gate.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Number"));
    gate.setOpen(false); // already closed: nothing happens
    QCOMPARE(resets.size(), 1);
    gate.setOpen(true);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(gate.rowCount(), 4);
}

void TestRowGateProxy::closed_hearsNothingTheSourceDoes_andOpensOnItsRowsOfNow()
{
    const auto source = table(3);
    RowGateProxy gate(source.get());
    QAbstractItemModelTester tester(&gate, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gate.setOpen(false);
    QSignalSpy inserted(&gate, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&gate, &QAbstractItemModel::dataChanged);
    source->appendRow({new QStandardItem(QStringLiteral("z")), new QStandardItem});
    source->item(0, 0)->setText(QStringLiteral("A"));
    source->removeRow(1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(gate.rowCount(), 0);
    gate.setOpen(true);
    QCOMPARE(titles(gate), QStringList({"A", "c", "z"}));
}

void TestRowGateProxy::sort_sortsTheSourceOpenOrClosed()
{
    const auto source = table(3);
    RowGateProxy gate(source.get());
    gate.sort(1, Qt::AscendingOrder); // numbers 3, 2, 1
    QCOMPARE(titles(*source), QStringList({"c", "b", "a"}));
    QCOMPARE(titles(gate), QStringList({"c", "b", "a"}));
    gate.setOpen(false);
    gate.sort(0, Qt::AscendingOrder);
    QCOMPARE(titles(*source), QStringList({"a", "b", "c"}));
    gate.setOpen(true);
    QCOMPARE(titles(gate), QStringList({"a", "b", "c"}));
}

QTEST_GUILESS_MAIN(TestRowGateProxy)
#include "tst_rowgateproxy.moc"
