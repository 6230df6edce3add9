#pragma once

#include "document/document.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Anchorline::Model {
class MetricPointModel;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// The values of the metric chosen on the Metrics page, with New Value…, Edit Value… and Delete
// Value (each one undo step: Document::replaceMetric).
class MetricValuesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MetricValuesPanel(Model::Document &document, QWidget *parent = nullptr);
    ~MetricValuesPanel() override;
    Q_DISABLE_COPY_MOVE(MetricValuesPanel)

    void setMetric(int metricIndex);
    int metric() const;
    QTableView *view() const { return m_view; }
    int currentPoint() const;
    void setCurrentPoint(int pointIndex);

    void newPoint();
    void editPoint();
    void deletePoint();

private:
    void updateButtons();

    Model::Document &m_document;
    std::unique_ptr<Model::MetricPointModel> m_model;
    QLabel *m_heading = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Anchorline::Views
