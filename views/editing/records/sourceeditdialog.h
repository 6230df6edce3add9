#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

class DateEdit;

// A bibliographic record with CSL-JSON fields. Authors are one per line: "Family, Given", or a
// name without a comma for an organisation (CSL "literal").
class SourceEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    SourceEditDialog(Model::Document &document, int sourceIndex, QWidget *parent = nullptr);
    Model::Source source() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Source m_original;
    QLineEdit *m_id = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_authors = nullptr;
    DateEdit *m_issued = nullptr;
    QLineEdit *m_container = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_license = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_perspective = nullptr;
    QLineEdit *m_file = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
