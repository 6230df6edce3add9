#include "widgets/dateedit.h"

#include "widgets/formlabels.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

DateEdit::DateEdit(bool required, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_interpretation(FormLabels::plain(this))
    , m_required(required)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_interpretation);
    m_edit->setPlaceholderText(tr("e.g. 2022-12-16, 2025-11, FY2025, 2013~, 2025-10-21/.."));
    m_edit->setToolTip(tr("An EDTF date: a day, month, season (YYYY-21..24), year or fiscal year "
                          "(FY2025), an interval A/B with open ends '..', and '~' (approximate), "
                          "'?' (uncertain) or '%' (both)."));
    setFocusProxy(m_edit); // the form's label is the buddy of the whole field
    connect(m_edit, &QLineEdit::textChanged, this, &DateEdit::reparse);
    reparse();
}

QString DateEdit::text() const
{
    return m_edit->text().trimmed();
}

void DateEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

QString DateEdit::interpretation(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    QString text = QStringLiteral("%1 (%2)").arg(date.toDisplayString(QLocale()),
                                                 precisionDisplayName(date.precision()));
    if (date.isApproximate() && date.isUncertain())
        text += tr(", approximate and uncertain");
    else if (date.isApproximate())
        text += tr(", approximate");
    else if (date.isUncertain())
        text += tr(", uncertain");
    return text;
}

void DateEdit::reparse()
{
    const QString value = text();
    m_date = {};
    m_error.clear();
    if (value.isEmpty()) {
        if (m_required)
            m_error = tr("A date is required.");
        m_interpretation->setText(m_required ? m_error : tr("(no date)"));
    } else {
        const PartialDate::ParseResult result = PartialDate::parse(value);
        if (result.ok()) {
            m_date = result.date;
            m_interpretation->setText(interpretation(m_date));
        } else {
            m_error = result.error;
            m_interpretation->setText(m_error);
        }
    }
    FormLabels::setError(m_interpretation, !m_error.isEmpty());
    emit changed();
}

} // namespace Anchorline::Views
