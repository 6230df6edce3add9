#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <cstdint>

namespace Anchorline::Model {

class Document;
enum class EventField : std::uint8_t; // document/document.h

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
    explicit EventModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Title, Date and Kind are editable in place (Qt::EditRole); the summary through
    // SummaryRole on any column. setData() pushes an undo command through
    // Document::setEventField and never changes the data itself; it returns false for values
    // the document refuses (an invalid date, an empty title), with the reason in
    // lastEditError(). While a translation of the title or summary is on show (Document::text()),
    // the editor starts from it and the edit changes that translation (Document::replaceEvent),
    // not the original; an empty value removes the translation.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QString lastEditError() const { return m_lastEditError; }

private:
    // "title" or "summary" when row's `field` shows a translation in the data language, else
    // empty (the edit goes to the original).
    QString translatedField(int row, EventField field) const;

    Document &m_editable;
    QString m_lastEditError;
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
    explicit SourceModel(const Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int anchorCount(const QString &sourceId) const;
    void invalidateCounts(); // events or relations changed: count again when next asked
    void announceCounts();   // after an edit: dataChanged for the rows whose count changed

    // Anchors per source id over every event (evidence and date claims) and relation. Counted
    // once per change of the dataset, not once per cell: a cell used to scan every event.
    mutable QHash<QString, int> m_anchorCounts;
    mutable bool m_countsValid = false;
    QHash<QString, int> m_announcedCounts; // what views last saw, while an edit is pending
    bool m_announcePending = false;
};

} // namespace Anchorline::Model
