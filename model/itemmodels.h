#pragma once

#include <QAbstractTableModel>

namespace Anchorline::Model {

class Document;

// Read-only table models over the Document's dataset. The Document brackets every change of the
// dataset with beginChange()/endChange(), so views always see consistent rows.
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DatasetTableModel(const Document &document, QObject *parent = nullptr);
    void beginChange() { beginResetModel(); }
    void endChange() { endResetModel(); }
    void beginInsert(int row) { beginInsertRows({}, row, row); }
    void endInsert() { endInsertRows(); }
    void beginRemove(int row) { beginRemoveRows({}, row, row); }
    void endRemove() { endRemoveRows(); }
    void rowChanged(int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); }
    void allRowsChanged();

protected:
    bool isValidIndex(const QModelIndex &index) const;
    const Document &m_document;
};

class EventModel final : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        DateColumn,
        TitleColumn,
        ActorsColumn,
        KindColumn,
        ThemesColumn,
        ColumnCount
    };
    using DatasetTableModel::DatasetTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

class RelationModel final : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, TypeColumn, ToColumn, AssertionColumn, EvidenceColumn, ColumnCount };
    using DatasetTableModel::DatasetTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

class SourceModel final : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        TitleColumn,
        IssuedColumn,
        PerspectiveColumn,
        AnchorsColumn,
        ColumnCount
    };
    using DatasetTableModel::DatasetTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Anchorline::Model
