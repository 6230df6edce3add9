#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

class ColorField;
class DateEdit;

class EraEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    EraEditDialog(Model::Document &document, int eraIndex, QWidget *parent = nullptr);
    Model::Era era() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Era m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    DateEdit *m_date = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_actor = nullptr;
    ColorField *m_color = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
