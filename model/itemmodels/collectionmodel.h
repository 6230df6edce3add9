#pragma once

#include "document/document.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QStringList>

namespace Anchorline::Model {

// One of the dataset's smaller collections (actors, themes, eras or metrics) as a table, for the
// data manager. Row i is item i of the collection. The Document reports each change after it is
// made, so the model keeps a copy of what its rows show and updates it inside exact
// begin/end pairs on itemInserted/itemRemoved/itemChanged; contentChanged refreshes the columns
// that depend on other collections (how many events use an actor, the name of an era's lane).
class CollectionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Sources have their own model (Document::sourceModel()); events and relations too.
    CollectionModel(const Document &document, Collection collection, QObject *parent = nullptr);
    ~CollectionModel() override;
    Q_DISABLE_COPY_MOVE(CollectionModel)

    Collection collection() const { return m_collection; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class Column : std::uint8_t {
        Name,
        ShortName,
        Color,
        Definition,
        Date,
        Group,
        Lane,
        Unit,
        Values,
        Id,
        Events,
        Translation // whether the data language has a translation (docs/format.md)
    };
    struct Row
    {
        QString id;
        QStringList texts; // one per column
        QColor color;      // swatch of an actor or era
    };
    static std::vector<Column> columnsFor(Collection collection);
    int collectionSize() const;
    Row makeRow(int index, const QHash<QString, int> &usage) const;
    QHash<QString, int> usage() const;
    void refreshAll();

    const Document &m_document;
    Collection m_collection;
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

// The values of one metric, in the order of the file: date, value, label, event, source.
class MetricPointModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ValueColumn, LabelColumn, EventColumn, SourceColumn, ColumnCount };
    explicit MetricPointModel(const Document &document, QObject *parent = nullptr);

    // Index into dataset().metrics, or -1 for none (no rows).
    int metric() const { return m_metric; }
    void setMetric(int metricIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    int pointCount() const;

    const Document &m_document;
    int m_metric = -1;
    int m_rows = 0;
};

} // namespace Anchorline::Model
