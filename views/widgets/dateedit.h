#pragma once

#include "core/dataset.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Anchorline::Views {

// A line edit for an EDTF date that parses as it is typed and shows what it understood
// ("16 Dec 2022 (day)") or the parser's error in red, always as plain text.
class DateEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(bool required, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Empty when the text is acceptable (a valid date, or nothing when not required).
    QString error() const { return m_error; }
    Model::PartialDate date() const { return m_date; }
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *interpretationLabel() const { return m_interpretation; }

    // "16 Dec 2022 (day)", "FY2025 (fiscal-year)": how a date is read, for the label.
    static QString interpretation(const Model::PartialDate &date);

signals:
    void changed();

private:
    void reparse();

    QLineEdit *m_edit = nullptr;
    QLabel *m_interpretation = nullptr;
    Model::PartialDate m_date;
    QString m_error;
    bool m_required = true;
};

} // namespace Anchorline::Views
