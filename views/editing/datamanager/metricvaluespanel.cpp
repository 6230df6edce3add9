#include "editing/datamanager/metricvaluespanel.h"

#include "core/roles.h"
#include "editing/datamanager/datamanagerparts_p.h"
#include "editing/editdialog.h"
#include "editing/records/actoreditdialog.h"
#include "editing/records/eraeditdialog.h"
#include "editing/records/metriceditdialog.h"
#include "editing/records/metricpointdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/records/sourceeditdialog.h"
#include "editing/records/themeeditdialog.h"
#include "editing/undoshortcuts.h"
#include "itemmodels/collectionmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;
using namespace DataManagerParts;

MetricValuesPanel::MetricValuesPanel(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(std::make_unique<MetricPointModel>(document))
    , m_heading(new QLabel(this))
    , m_view(tableView(this, "values"))
    , m_status(statusLabel(this))
{
    setObjectName(QStringLiteral("metricValues"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model.get());
    m_view->setAccessibleName(tr("Values of the metric"));
    m_heading->setBuddy(m_view);
    m_new = button(tr("New &Value…"), tr("New value"), tr("Add a dated value to the metric"),
                   "newValue", this);
    m_edit = button(tr("Edit Val&ue…"), tr("Edit value"),
                    tr("Edit the chosen value (Return, or double-click)"), "editValue", this);
    m_delete = button(tr("Delete Va&lue"), tr("Delete value"),
                      tr("Delete the chosen value (Delete)"), "deleteValue", this);
    QHBoxLayout *middle = listWithButtons(m_view, m_new, m_edit, m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    connect(m_new, &QPushButton::clicked, this, &MetricValuesPanel::newPoint);
    connect(m_edit, &QPushButton::clicked, this, &MetricValuesPanel::editPoint);
    connect(m_delete, &QPushButton::clicked, this, &MetricValuesPanel::deletePoint);
    bindItemKeys(
        m_view, [this] { editPoint(); }, [this] { deletePoint(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MetricValuesPanel::updateButtons);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        const auto &metrics = m_document.dataset().metrics;
        const int metric = m_model->metric();
        m_heading->setText(metric < 0
                               ? tr("Values: choose a metric above.")
                               : tr("Values of “%1”:").arg(metrics[std::size_t(metric)].name));
        fitColumns(m_view, MetricPointModel::EventColumn);
        setCurrentPoint(0); // Edit and Delete work at once
        updateButtons();
    });
    setMetric(-1);
}

MetricValuesPanel::~MetricValuesPanel()
{
    m_view->setModel(nullptr);
}

void MetricValuesPanel::setMetric(int metricIndex)
{
    m_model->setMetric(metricIndex);
}

int MetricValuesPanel::metric() const
{
    return m_model->metric();
}

int MetricValuesPanel::currentPoint() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MetricValuesPanel::setCurrentPoint(int pointIndex)
{
    const QModelIndex index = m_model->index(pointIndex, 0);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void MetricValuesPanel::updateButtons()
{
    m_new->setEnabled(m_model->metric() >= 0);
    const bool chosen = m_view->currentIndex().isValid();
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void MetricValuesPanel::newPoint()
{
    if (metric() < 0)
        return;
    auto *dialog = new MetricPointDialog(m_document, metric(), -1, this);
    openDialog(dialog, m_document, [this, dialog] {
        setCurrentPoint(dialog->pointIndex());
        setStatus(m_status, tr("Value added."), false);
        m_view->setFocus();
    });
}

void MetricValuesPanel::editPoint()
{
    const int point = currentPoint();
    if (metric() < 0 || point < 0)
        return;
    auto *dialog = new MetricPointDialog(m_document, metric(), point, this);
    openDialog(dialog, m_document, [this, dialog] {
        setCurrentPoint(dialog->pointIndex());
        setStatus(m_status, QString(), false);
        m_view->setFocus();
    });
}

void MetricValuesPanel::deletePoint()
{
    const int point = currentPoint();
    const int m = metric();
    if (m < 0 || point < 0)
        return;
    // One value is quick to redo by hand and undo brings it back: no question asked.
    Metric changed = m_document.dataset().metrics[std::size_t(m)];
    changed.points.erase(changed.points.begin() + point);
    QString error;
    if (!m_document.replaceMetric(m, std::move(changed), &error)) {
        setStatus(m_status, error, true);
        return;
    }
    setStatus(m_status, tr("Value deleted. %1 brings it back.").arg(undoShortcut()), false);
    setCurrentPoint(std::min(point, m_model->rowCount() - 1));
    m_view->setFocus();
}

} // namespace Anchorline::Views
