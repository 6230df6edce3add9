#include "editing/records/themeeditdialog.h"

#include "document/document.h"

#include <QLineEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

ThemeEditDialog::ThemeEditDialog(Document &document, int themeIndex, QWidget *parent)
    : EditDialog(document, themeIndex, themeIndex < 0 ? tr("New Theme") : tr("Edit Theme"), parent)
{
    if (!m_isNew)
        m_original = document.dataset().themes.at(std::size_t(themeIndex));
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QString(), m_name);
    m_definition = addLine(tr("&Definition:"), m_original.definition, "definition");
    m_definition->setPlaceholderText(tr("one line"));
    addTranslationFields(m_original.translations,
                         {{"name", tr("Name (%1):")}, {"definition", tr("Definition (%1):")}});
    finish();
}

Theme ThemeEditDialog::theme() const
{
    Theme t = m_original;
    t.id = m_id->text().trimmed();
    t.name = m_name->text();
    t.definition = m_definition->text();
    applyTranslationFields(TranslatedKind::Theme, t.translations);
    return t;
}

QString ThemeEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A theme needs a name.");
    return idError(m_document.dataset().themes, m_id->text(), m_index);
}

bool ThemeEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertTheme(-1, theme(), error))
            return false;
        m_index = int(m_document.dataset().themes.size()) - 1;
        return true;
    }
    return m_document.replaceTheme(m_index, theme(), error);
}

} // namespace Anchorline::Views
