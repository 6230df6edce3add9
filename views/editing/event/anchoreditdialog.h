#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

// One evidence passage of an event or a relation: the source, the quote and the text around it.
// The position hint (where the quote was when it was anchored) is shown but not typed: it is
// dropped when the source or the quote changes, and the passage is then found by searching. OK
// hands the anchor back to the dialog that opened it; nothing changes in the document until that
// dialog's OK.
class AnchorEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    // anchorIndex -1 for a new passage.
    AnchorEditDialog(Model::Document &document, Model::Anchor anchor, int anchorIndex,
                     QWidget *parent = nullptr);
    Model::Anchor anchor() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    void updatePosition();

    Model::Anchor m_original;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_exact = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_suffix = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_words = nullptr;
};

} // namespace Anchorline::Views
