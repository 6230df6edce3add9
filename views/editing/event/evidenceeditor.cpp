#include "editing/event/evidenceeditor.h"

#include "document/document.h"
#include "editing/event/anchoreditdialog.h"
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

EvidenceEditor::EvidenceEditor(Document &document, std::vector<Anchor> anchors, QWidget *parent)
    : ListField(tr("evidence"), "Evidence",
                {[this] { add(); }, [this] { edit(); }, [this] { remove(); }}, parent)
    , m_document(document)
    , m_anchors(std::move(anchors))
{
    list()->setObjectName(QStringLiteral("evidence"));
    fill(0);
}

void EvidenceEditor::fill(int current)
{
    const Dataset &d = m_document.dataset();
    QList<Item> items;
    for (const Anchor &anchor : m_anchors)
        items.append(
            {QStringLiteral("“%1” — %2")
                 .arg(elided(anchor.exact, 160), sourceReference(d, anchor.source)),
             QStringLiteral("…%1“%2”%3…").arg(anchor.prefix, anchor.exact, anchor.suffix)});
    setItems(items, current, tr("(no evidence yet)"));
}

QString EvidenceEditor::error() const
{
    const Dataset &d = m_document.dataset();
    for (std::size_t i = 0; i < m_anchors.size(); ++i) {
        const Anchor &anchor = m_anchors[i];
        if (d.indexOfSource(anchor.source) < 0)
            return tr("Evidence passage %1 quotes an unknown source \"%2\".")
                .arg(QLocale().toString(int(i) + 1), anchor.source);
        if (anchor.exact.trimmed().isEmpty())
            return tr("Evidence passage %1 has no quote.").arg(QLocale().toString(int(i) + 1));
    }
    return {};
}

void EvidenceEditor::add()
{
    Anchor anchor;
    if (!m_anchors.empty())
        anchor.source = m_anchors.back().source; // passages often come from one source
    openItemDialog(m_document, this, m_anchors, -1, std::move(anchor), &AnchorEditDialog::anchor,
                   [this](int row) { refresh(row); });
}

void EvidenceEditor::edit()
{
    if (const int row = currentRow(); row >= 0)
        openItemDialog(m_document, this, m_anchors, row, Anchor{}, &AnchorEditDialog::anchor,
                       [this](int at) { refresh(at); });
}

void EvidenceEditor::remove()
{
    if (const int row = currentRow(); removeRow(m_anchors, row))
        refresh(row);
}

void EvidenceEditor::refresh(int current)
{
    fill(current);
    emit changed();
}

} // namespace Anchorline::Views
