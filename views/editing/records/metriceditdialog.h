#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

// The metric itself (name, unit); its points are edited one by one with MetricPointDialog.
class MetricEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    MetricEditDialog(Model::Document &document, int metricIndex, QWidget *parent = nullptr);
    Model::Metric metric() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Metric m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
