#include "editing/records/metriceditdialog.h"

#include "document/document.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

MetricEditDialog::MetricEditDialog(Document &document, int metricIndex, QWidget *parent)
    : EditDialog(document, metricIndex, metricIndex < 0 ? tr("New Metric") : tr("Edit Metric"),
                 parent)
{
    if (!m_isNew)
        m_original = document.dataset().metrics.at(std::size_t(metricIndex));
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QStringLiteral("met"), m_name);
    m_unit = addLine(tr("&Unit:"), m_original.unit, "unit");
    m_unit->setPlaceholderText(tr("e.g. % of GDP"));
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    finish();
}

Metric MetricEditDialog::metric() const
{
    Metric m = m_original;
    m.id = m_id->text().trimmed();
    m.name = m_name->text();
    m.unit = m_unit->text().trimmed();
    m.note = m_note->toPlainText();
    return m;
}

QString MetricEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A metric needs a name.");
    return idError(m_document.dataset().metrics, m_id->text(), m_index);
}

bool MetricEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertMetric(-1, metric(), error))
            return false;
        m_index = int(m_document.dataset().metrics.size()) - 1;
        return true;
    }
    return m_document.replaceMetric(m_index, metric(), error);
}

} // namespace Anchorline::Views
