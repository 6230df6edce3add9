#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

class EventPicker;
class EvidenceEditor;

// Creates or edits one relation: its ends, type, how the source asserts it, id, note and its
// evidence passages (Add…, Edit… or Return, Remove or Delete, each passage in its own small
// dialog). OK is one undo step (Document::insertRelation or replaceRelation).
class RelationEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    // relationIndex -1 creates a relation; fromEventId/toEventId preselect the ends of a new one.
    RelationEditDialog(Model::Document &document, int relationIndex, QWidget *parent = nullptr,
                       const QString &fromEventId = {}, const QString &toEventId = {});
    Model::Relation relation() const;
    EvidenceEditor *evidenceEditor() const { return m_evidence; }

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Relation m_original;
    QLineEdit *m_id = nullptr;
    EventPicker *m_from = nullptr;
    EventPicker *m_to = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_assertion = nullptr;
    QPlainTextEdit *m_note = nullptr;
    EvidenceEditor *m_evidence = nullptr;
};

} // namespace Anchorline::Views
