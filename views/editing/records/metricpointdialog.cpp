#include "editing/records/metricpointdialog.h"

#include "document/document.h"
#include "widgets/dateedit.h"
#include "widgets/eventpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

MetricPointDialog::MetricPointDialog(Document &document, int metricIndex, int pointIndex,
                                     QWidget *parent)
    : EditDialog(document, metricIndex, pointIndex < 0 ? tr("New Value") : tr("Edit Value"), parent)
    , m_pointIndex(pointIndex)
{
    const Dataset &d = document.dataset();
    m_isNew = pointIndex < 0;
    const Metric &metric = d.metrics.at(std::size_t(metricIndex));
    if (!m_isNew)
        m_original = metric.points.at(std::size_t(pointIndex));
    setWindowTitle(windowTitle() + QStringLiteral(" — ") + metric.name);
    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);
    m_value = addLine(metric.unit.isEmpty() ? tr("&Value:") : tr("&Value (%1):").arg(metric.unit),
                      m_isNew ? QString() : QLocale().toString(m_original.value, 'g', 17), "value");
    m_label = addLine(tr("&Label:"), m_original.label, "label");
    m_event = new EventPicker(d, document.text(), true, this);
    m_event->setObjectName(QStringLiteral("event"));
    m_event->setEventId(m_original.event);
    form()->addRow(tr("&Event:"), m_event);
    connect(m_event, &EventPicker::changed, this, &EditDialog::revalidate);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(tr("(none)"), QString());
    for (const Source &source : d.sources)
        m_source->addItem(source.shortReference() + QStringLiteral(" — ") + source.title,
                          source.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_original.source)));
    form()->addRow(tr("&Source:"), m_source);
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    finish();
}

namespace {

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

MetricPoint MetricPointDialog::point() const
{
    MetricPoint p = m_original;
    p.date = m_date->text();
    p.parsed = m_date->date();
    p.value = parseNumber(m_value->text()).value_or(0);
    p.label = m_label->text();
    p.event = m_event->eventId();
    p.source = m_source->currentData().toString();
    p.note = m_note->toPlainText();
    return p;
}

QString MetricPointDialog::validate() const
{
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    if (!parseNumber(m_value->text()))
        return tr("The value must be a number, e.g. 2 or 1.5.");
    if (!m_event->isAcceptable())
        return tr("Choose an event from the list, or (none).");
    return {};
}

bool MetricPointDialog::apply(QString *error)
{
    Metric metric = m_document.dataset().metrics.at(std::size_t(m_index));
    if (m_isNew) {
        metric.points.push_back(point());
        m_pointIndex = int(metric.points.size()) - 1;
    } else {
        metric.points.at(std::size_t(m_pointIndex)) = point();
    }
    return m_document.replaceMetric(m_index, std::move(metric), error);
}

} // namespace Anchorline::Views
