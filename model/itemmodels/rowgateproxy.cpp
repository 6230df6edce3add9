#include "itemmodels/rowgateproxy.h"

namespace Anchorline::Model {

RowGateProxy::RowGateProxy(QAbstractItemModel *rows, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_rows(rows)
{
    setSourceModel(rows);
}

void RowGateProxy::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    setSourceModel(open ? m_rows : nullptr);
}

int RowGateProxy::columnCount(const QModelIndex &parent) const
{
    if (m_open)
        return QIdentityProxyModel::columnCount(parent);
    return parent.isValid() ? 0 : m_rows->columnCount();
}

QVariant RowGateProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (m_open)
        return QIdentityProxyModel::headerData(section, orientation, role);
    return orientation == Qt::Horizontal ? m_rows->headerData(section, orientation, role)
                                         : QVariant();
}

void RowGateProxy::sort(int column, Qt::SortOrder order)
{
    m_rows->sort(column, order);
}

} // namespace Anchorline::Model
