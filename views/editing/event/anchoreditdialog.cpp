#include "editing/event/anchoreditdialog.h"

#include "anchoring/quotelimit.h"
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
#include <QTextDocument>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;
using namespace EventFields;

AnchorEditDialog::AnchorEditDialog(Document &document, Anchor anchor, int anchorIndex,
                                   QWidget *parent)
    : EditDialog(document, anchorIndex,
                 anchorIndex < 0 ? tr("New Evidence Passage") : tr("Edit Evidence Passage"), parent)
    , m_original(std::move(anchor))
{
    const Dataset &d = document.dataset();
    m_source = sourceCombo(d, m_original.source, false, this);
    form()->addRow(tr("&Source:"), m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updatePosition();
        revalidate();
    });
    m_exact = addText(tr("&Quote:"), m_original.exact, "exact");
    m_exact->setPlaceholderText(tr("the passage exactly as the source has it, at most %1 words "
                                   "(%2 characters in Japanese or Chinese)")
                                    .arg(QuoteMaxWords)
                                    .arg(QuoteMaxCjkCharacters));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("words"));
    m_words->setTextFormat(Qt::PlainText);
    form()->addRow(QString(), m_words);
    m_prefix = addLine(tr("Text &before:"), m_original.prefix, "prefix");
    m_prefix->setToolTip(tr("About %1 characters just before the quote: they tell repeated "
                            "passages apart.")
                             .arg(AnchorContextLength));
    m_suffix = addLine(tr("Text &after:"), m_original.suffix, "suffix");
    m_suffix->setToolTip(tr("About %1 characters just after the quote.").arg(AnchorContextLength));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setTextFormat(Qt::PlainText);
    m_position->setWordWrap(false);
    form()->addRow(tr("Position:"), m_position);
    connect(m_exact, &QPlainTextEdit::textChanged, this, &AnchorEditDialog::updatePosition);
    updatePosition();
    resize(600, sizeHint().height());
    finish();
}

Anchor AnchorEditDialog::anchor() const
{
    Anchor a = m_original;
    // Unchanged fields are handed back exactly as they were (a text edit would, for instance,
    // turn no-break spaces into spaces).
    a.source = m_source->currentData().toString();
    if (m_exact->document()->isModified())
        a.exact = m_exact->toPlainText().trimmed();
    if (m_prefix->isModified())
        a.prefix = m_prefix->text();
    if (m_suffix->isModified())
        a.suffix = m_suffix->text();
    if (a.source != m_original.source || a.exact != m_original.exact) {
        a.start = -1;
        a.end = -1;
    }
    return a;
}

void AnchorEditDialog::updatePosition()
{
    const Anchor a = anchor();
    if (a.start >= 0 && a.end >= a.start)
        m_position->setText(tr("characters %1 to %2 of the source text, where it was anchored")
                                .arg(QLocale().toString(a.start), QLocale().toString(a.end)));
    else if (m_original.start >= 0)
        m_position->setText(tr("none: the quote or its source changed, so the passage will be "
                               "found by searching the text"));
    else
        m_position->setText(tr("none: the passage is found by searching the text"));
    // Measured as "Use as evidence…" measures it (quoteLength), so this dialog and the selection
    // dialog never disagree about whether a Japanese quote is too long.
    const QuoteLength length = quoteLength(a.exact);
    if (length.tooLong())
        m_words->setText(
            length.characters
                ? tr("%1 characters: Japanese and Chinese anchors quote at most %2.")
                      .arg(length.count)
                      .arg(length.limit)
                : tr("%1 words: anchors quote at most %2.").arg(length.count).arg(length.limit));
    else
        m_words->setText(length.characters ? tr("%n character(s)", nullptr, length.count)
                                           : tr("%n word(s)", nullptr, length.count));
}

QString AnchorEditDialog::validate() const
{
    const QString source = m_source->currentData().toString();
    if (source.isEmpty() || m_document.dataset().indexOfSource(source) < 0)
        return tr("Choose the source the passage is quoted from.");
    if (m_exact->toPlainText().trimmed().isEmpty())
        return tr("Type or paste the quoted passage.");
    return {};
}

bool AnchorEditDialog::apply(QString *)
{
    return true; // the event dialog takes the anchor; its OK is the undo step
}

} // namespace Anchorline::Views
