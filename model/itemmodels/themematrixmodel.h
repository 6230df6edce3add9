#pragma once

#include "core/dataset.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace Anchorline::Model {

class Document;

// One anchored passage that ties a policy document to a theme (see ThemeMatrixModel).
struct MatrixPassage
{
    QString exact;           // the quote
    QString sourceId;        // Anchor::source
    QString sourceReference; // "Lee 2026", or the id when the source is unknown
    int eventIndex = -1;     // the event to go to: the document, or the relation's other end
    int relationIndex = -1;  // -1 when the passage is the document's own evidence
    QString via;             // "own evidence" or e.g. "superseded by: Second NSS (2022)"
};

// Document–theme matrix.
//
// Columns 1..N are the policy documents in date order. A policy document is an event whose kind
// is "strategy-document", or an event that is *part of* such a document according to a
// relation asserted as fact (in the bundled dataset this adds the 2022 Defense Buildup Program,
// whose kind is "budget"). Column 0 is the theme's name and the last column the row total, so
// a QSortFilterProxyModel sorts by name, by any document, or by total.
//
// Rows are the dataset's themes. A cell counts the anchored passages that tie the document D to
// the theme T:
//   (a) every evidence anchor of D itself, when D is tagged with T, plus
//   (b) every evidence anchor of a relation that has D at one end, when the event at the other
//       end is tagged with T.
// An anchor of a relation between two documents counts once in each of their columns.
class ThemeMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ThemeMatrixModel(const Document &document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ThemeMatrixModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: theme name, or the count as an int (so sorting is numeric). IdRole: theme id;
    // DatasetIndexRole: the column's document event index. ToolTipRole explains the count.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int documentCount() const { return int(m_matrix->documents.size()); }
    int totalColumn() const { return documentCount() + 1; }
    // Event index of the document in column `column` (1-based like the model), or -1.
    int documentEvent(int column) const;
    int themeIndex(int row) const { return row; } // rows follow Dataset::themes
    int count(int row, int column) const;
    int maximumCount() const { return m_matrix->maximum; }
    std::vector<MatrixPassage> passages(int row, int column) const;

    // Comma-separated, RFC 4180 quoting, header row of document titles with dates; UTF-8 text.
    QString toCsv() const;

    // True for events that become columns (the rule above).
    static bool isPolicyDocument(const Dataset &dataset, int eventIndex);
    static QString ruleDescription();

private:
    struct Matrix
    {
        std::vector<int> documents; // event indexes, in date order
        int themes = 0;
        // The passages of every cell, cell after cell: those of theme t and the document in
        // column d + 1 are [cellStart[c], cellStart[c + 1]) with c = t * documents.size() + d.
        // (A vector per cell took 24 bytes for each of the 800,000 mostly empty cells of a
        // large file.)
        std::vector<int> cellStart;
        // Where a passage's anchor is: the document's own evidence (relationIndex -1) or the
        // relation's, with the event to go to (the document, or the relation's other end).
        struct Passage
        {
            int eventIndex = -1;
            int relationIndex = -1;
            int anchor = -1; // into that evidence list
        };
        std::vector<Passage> passages;
        std::vector<int> totals;
        int maximum = 0;
    };
    // Pure: on the loader's worker for a large file (Document::addPreparer), else in rebuild().
    static Matrix computeMatrix(const Dataset &dataset);
    static std::size_t cellOf(const Matrix &matrix, int row, int column)
    {
        return std::size_t(row) * matrix.documents.size() + std::size_t(column - 1);
    }
    void rebuild();
    void compute();

    const Document &m_document;
    // Shared with the loader's result: a load resets three models in a row and each rebuilds.
    std::shared_ptr<const Matrix> m_matrix = std::make_shared<const Matrix>();
};

} // namespace Anchorline::Model
