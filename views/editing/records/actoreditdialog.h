#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

class ColorField;

class ActorEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    ActorEditDialog(Model::Document &document, int actorIndex, QWidget *parent = nullptr);
    Model::Actor actor() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Actor m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    ColorField *m_color = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
