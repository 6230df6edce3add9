#pragma once

#include "merge/conflictresolution.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Anchorline::Model {
class Document;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Edit ▸ Resolve Merge Conflicts: lists the "conflicts" section that `anchorline merge` left
// in the file, one row per conflict with our, their and the common value, and settles the
// selected one on a side. Each choice is one undo step on the Document; settling the last
// removes the section. Values come from the file: shown as plain text only.
class MergeConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { WhereColumn, FieldColumn, OursColumn, TheirsColumn, BaseColumn, ColumnCount };

    explicit MergeConflictDialog(Model::Document &document, QWidget *parent = nullptr);

    // Settles conflict `row` (an index into Dataset::conflicts) on `side`; false, with the
    // reason shown in the dialog and in *error, when the document refuses that value.
    bool resolve(int row, Model::MergeSide side, QString *error = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *oursButton() const { return m_ours; }
    QPushButton *theirsButton() const { return m_theirs; }

private:
    void rebuild();
    void showDetails();
    void resolveSelected(Model::MergeSide side);

    Model::Document &m_document;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ours = nullptr;
    QPushButton *m_theirs = nullptr;
};

} // namespace Anchorline::Views
