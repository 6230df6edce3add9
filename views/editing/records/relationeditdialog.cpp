#include "editing/records/relationeditdialog.h"

#include "core/displaynames.h"
#include "document/document.h"
#include "editing/event/evidenceeditor.h"
#include "widgets/eventpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

RelationEditDialog::RelationEditDialog(Document &document, int relationIndex, QWidget *parent,
                                       const QString &fromEventId, const QString &toEventId)
    : EditDialog(document, relationIndex,
                 relationIndex < 0 ? tr("New Relation") : tr("Edit Relation"), parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.relations.at(std::size_t(relationIndex));
    else {
        m_original.from = fromEventId;
        m_original.to = toEventId;
    }
    m_from = new EventPicker(d, document.text(), false, this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setEventId(m_original.from);
    form()->addRow(tr("&From:"), m_from);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (int i = 0; i < RelationTypeCount; ++i)
        m_type->addItem(relationTypeForward(RelationType(i)), relationTypeName(RelationType(i)));
    m_type->setCurrentIndex(int(m_original.type));
    form()->addRow(tr("&Relation:"), m_type);
    m_to = new EventPicker(d, document.text(), false, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setEventId(m_original.to);
    form()->addRow(tr("&To:"), m_to);
    m_assertion = new QComboBox(this);
    m_assertion->setObjectName(QStringLiteral("assertion"));
    for (int i = 0; i < AssertionCount; ++i)
        m_assertion->addItem(assertionDisplayName(Assertion(i)));
    m_assertion->setCurrentIndex(int(m_original.assertion));
    m_assertion->setToolTip(tr("How the source asserts it: a documented fact, an author's "
                               "interpretation, a view attributed to someone, a recommendation "
                               "or a report."));
    form()->addRow(tr("&Asserted as:"), m_assertion);
    m_id = addId(m_isNew ? QString() : m_original.id, QString(), nullptr);
    m_note = addText(tr("&Note:"), m_original.note, "note");
    m_evidence = new EvidenceEditor(document, m_original.evidence, this);
    m_evidence->list()->setToolTip(
        tr("Passages of sources that state or support the relation, so a reader can check it."));
    form()->addRow(tr("E&vidence:"), m_evidence);
    connect(m_evidence, &EvidenceEditor::changed, this, &EditDialog::revalidate);
    for (EventPicker *picker : {m_from, m_to})
        connect(picker, &EventPicker::changed, this, [this] {
            if (m_isNew && !m_id->isModified())
                m_id->setText(suggestId(QStringLiteral("rel"),
                                        m_from->eventId().remove(QStringLiteral("ev-")) +
                                            QLatin1Char(' ') + m_type->currentData().toString() +
                                            QLatin1Char(' ') +
                                            m_to->eventId().remove(QStringLiteral("ev-"))));
            revalidate();
        });
    connect(m_type, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    connect(m_assertion, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    resize(620, sizeHint().height());
    finish();
}

Relation RelationEditDialog::relation() const
{
    Relation r = m_original;
    r.id = m_id->text().trimmed();
    r.from = m_from->eventId();
    r.to = m_to->eventId();
    r.type = RelationType(std::clamp(m_type->currentIndex(), 0, RelationTypeCount - 1));
    r.assertion = Assertion(std::clamp(m_assertion->currentIndex(), 0, AssertionCount - 1));
    r.note = m_note->toPlainText();
    r.evidence = m_evidence->anchors();
    return r;
}

QString RelationEditDialog::validate() const
{
    if (!m_from->isAcceptable() || m_from->eventId().isEmpty())
        return tr("Choose the event the relation starts from.");
    if (!m_to->isAcceptable() || m_to->eventId().isEmpty())
        return tr("Choose the event the relation leads to.");
    if (m_from->eventId() == m_to->eventId())
        return tr("A relation cannot join an event to itself.");
    if (const QString e = idError(m_document.dataset().relations, m_id->text(), m_index);
        !e.isEmpty())
        return e;
    return m_evidence->error();
}

bool RelationEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertRelation(-1, relation(), error))
            return false;
        m_index = int(m_document.dataset().relations.size()) - 1;
        return true;
    }
    return m_document.replaceRelation(m_index, relation(), error);
}

} // namespace Anchorline::Views
