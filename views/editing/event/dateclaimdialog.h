#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"
#include "widgets/dateedit.h"

class QComboBox;
class QPlainTextEdit;

namespace Anchorline::Views {

// One alternative date of an event as a source gives it, with a note. Its evidence is kept.
class DateClaimDialog final : public EditDialog
{
    Q_OBJECT

public:
    DateClaimDialog(Model::Document &document, Model::DateClaim claim, int claimIndex,
                    QWidget *parent = nullptr);
    Model::DateClaim claim() const;
    DateEdit *dateEdit() const { return m_date; }

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::DateClaim m_original;
    DateEdit *m_date = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
