#pragma once

#include <QIdentityProxyModel>

namespace Anchorline::Model {

// A table model's rows, or none while the gate is closed; its columns and their headers either
// way, so a view keeps its column widths, hidden columns and sort indicator across a close.
//
// Why: a QTableView lays out a header section per row whenever its model resets, some 10 ms of
// fresh pages at a million rows. The main window closes the gate of its events table just
// before a large file is handed to the document, and opens it a turn of the event loop after
// the hand-over: the sections are then made in a turn of their own instead of lengthening the
// one stall of the hand-over (docs/performance.md).
class RowGateProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit RowGateProxy(QAbstractItemModel *rows, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RowGateProxy)

    bool isOpen() const { return m_open; }
    // Closing resets this model to no rows, opening resets it to the source's rows. Nothing the
    // source does while the gate is closed reaches the views.
    void setOpen(bool open);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorting sorts the source, open or closed (a click on a header while closed still counts).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QAbstractItemModel *m_rows;
    bool m_open = true;
};

} // namespace Anchorline::Model
