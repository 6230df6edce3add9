#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Views {

class DateEdit;
class EventPicker;

// One dated value of a metric; OK replaces the whole metric (one undo step).
class MetricPointDialog final : public EditDialog
{
    Q_OBJECT

public:
    // pointIndex -1 adds a point; index() is the metric's index.
    MetricPointDialog(Model::Document &document, int metricIndex, int pointIndex,
                      QWidget *parent = nullptr);
    Model::MetricPoint point() const;
    int pointIndex() const { return m_pointIndex; }

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::MetricPoint m_original;
    int m_pointIndex = -1;
    DateEdit *m_date = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_label = nullptr;
    EventPicker *m_event = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
