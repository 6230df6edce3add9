#include "editing/records/actoreditdialog.h"

#include "document/document.h"
#include "widgets/colorfield.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

ActorEditDialog::ActorEditDialog(Document &document, int actorIndex, QWidget *parent)
    : EditDialog(document, actorIndex, actorIndex < 0 ? tr("New Actor") : tr("Edit Actor"), parent)
{
    if (!m_isNew)
        m_original = document.dataset().actors.at(std::size_t(actorIndex));
    else
        m_original.color = QColor(0x00, 0x72, 0xb2);
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QString(), m_name);
    m_shortName = addLine(tr("&Short name:"), m_original.shortName, "shortName");
    m_shortName->setPlaceholderText(tr("e.g. JP, for narrow lanes"));
    m_color = new ColorField(m_original.color, true, this);
    m_color->setObjectName(QStringLiteral("color"));
    form()->addRow(tr("&Colour:"), m_color);
    connect(m_color, &ColorField::changed, this, &EditDialog::revalidate);
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    addTranslationFields(m_original.translations, {{"name", tr("Name (%1):")},
                                                   {"shortName", tr("Short name (%1):")},
                                                   {"note", tr("Note (%1):"), true}});
    finish();
}

Actor ActorEditDialog::actor() const
{
    Actor a = m_original;
    a.id = m_id->text().trimmed();
    a.name = m_name->text();
    a.shortName = m_shortName->text().trimmed();
    a.color = m_color->color();
    a.note = m_note->toPlainText();
    applyTranslationFields(TranslatedKind::Actor, a.translations);
    return a;
}

QString ActorEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("An actor needs a name.");
    if (const QString e = idError(m_document.dataset().actors, m_id->text(), m_index); !e.isEmpty())
        return e;
    return m_color->error();
}

bool ActorEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertActor(-1, actor(), error))
            return false;
        m_index = int(m_document.dataset().actors.size()) - 1;
        return true;
    }
    return m_document.replaceActor(m_index, actor(), error);
}

} // namespace Anchorline::Views
