#include "editing/records/eraeditdialog.h"

#include "document/document.h"
#include "widgets/colorfield.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

EraEditDialog::EraEditDialog(Document &document, int eraIndex, QWidget *parent)
    : EditDialog(document, eraIndex, eraIndex < 0 ? tr("New Era") : tr("Edit Era"), parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.eras.at(std::size_t(eraIndex));
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QStringLiteral("era"), m_name);
    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setEditable(true);
    QStringList groups;
    for (const Era &era : d.eras) {
        if (!era.group.isEmpty() && !groups.contains(era.group))
            groups << era.group;
    }
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(m_original.group);
    m_group->setToolTip(tr("Eras of one group share a band, e.g. \"Prime Minister of Japan\"."));
    form()->addRow(tr("&Group:"), m_group);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->addItem(tr("(none)"), QString());
    for (const Actor &actor : d.actors)
        m_actor->addItem(document.text().name(actor), actor.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(m_original.actor)));
    form()->addRow(tr("&Actor:"), m_actor);
    m_color = new ColorField(m_original.color, false, this);
    m_color->setObjectName(QStringLiteral("color"));
    form()->addRow(tr("&Colour:"), m_color);
    connect(m_color, &ColorField::changed, this, &EditDialog::revalidate);
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    addTranslationFields(m_original.translations, {{"name", tr("Name (%1):")},
                                                   {"group", tr("Group (%1):")},
                                                   {"note", tr("Note (%1):"), true}});
    finish();
}

Era EraEditDialog::era() const
{
    Era e = m_original;
    e.id = m_id->text().trimmed();
    e.name = m_name->text();
    e.date = m_date->text();
    e.parsed = m_date->date();
    e.group = m_group->currentText().trimmed();
    e.actor = m_actor->currentData().toString();
    e.color = m_color->color();
    e.note = m_note->toPlainText();
    applyTranslationFields(TranslatedKind::Era, e.translations);
    return e;
}

QString EraEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("An era needs a name.");
    if (const QString e = idError(m_document.dataset().eras, m_id->text(), m_index); !e.isEmpty())
        return e;
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    return m_color->error();
}

bool EraEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertEra(-1, era(), error))
            return false;
        m_index = int(m_document.dataset().eras.size()) - 1;
        return true;
    }
    return m_document.replaceEra(m_index, era(), error);
}

} // namespace Anchorline::Views
