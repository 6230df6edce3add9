#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QLineEdit;

namespace Anchorline::Views {

class ThemeEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    ThemeEditDialog(Model::Document &document, int themeIndex, QWidget *parent = nullptr);
    Model::Theme theme() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Theme m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_definition = nullptr;
};

} // namespace Anchorline::Views
