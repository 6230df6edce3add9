#include "editing/event/dateclaimdialog.h"

#include "document/document.h"
#include "editing/event/eventfields_p.h"
#include "source/anchorselection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;
using namespace EventFields;

DateClaimDialog::DateClaimDialog(Document &document, DateClaim claim, int claimIndex,
                                 QWidget *parent)
    : EditDialog(document, claimIndex,
                 claimIndex < 0 ? tr("New Date Claim") : tr("Edit Date Claim"), parent)
    , m_original(std::move(claim))
{
    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);
    m_source = sourceCombo(document.dataset(), m_original.source, true, this);
    m_source->setToolTip(tr("The source that gives this date."));
    form()->addRow(tr("&Source:"), m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    m_note = addText(tr("&Note:"), m_original.note, "note");
    m_note->setPlaceholderText(tr("e.g. the date of the announcement, not of the signature"));
    if (!m_original.evidence.empty()) {
        auto *kept = new QLabel(tr("%n evidence passage(s) of this claim are kept.", nullptr,
                                   int(m_original.evidence.size())),
                                this);
        kept->setTextFormat(Qt::PlainText);
        form()->addRow(QString(), kept);
    }
    resize(520, sizeHint().height());
    finish();
}

DateClaim DateClaimDialog::claim() const
{
    DateClaim c = m_original;
    c.date = m_date->text();
    c.parsed = m_date->date();
    c.source = m_source->currentData().toString();
    if (m_note->document()->isModified())
        c.note = m_note->toPlainText();
    return c;
}

QString DateClaimDialog::validate() const
{
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    return {};
}

bool DateClaimDialog::apply(QString *)
{
    return true;
}

} // namespace Anchorline::Views
