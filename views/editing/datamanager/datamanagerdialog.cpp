#include "editing/datamanager/datamanagerdialog.h"

#include "core/roles.h"
#include "editing/datamanager/collectionpage.h"
#include "editing/datamanager/datamanagerparts_p.h"
#include "editing/datamanager/metricvaluespanel.h"
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

DataManagerDialog::DataManagerDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dataManager"));
    setWindowTitle(tr("Manage Data"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Collections"));
    m_pages.resize(PageCount, nullptr);

    m_pages[SourcesPage] =
        new CollectionPage(document, Collection::Sources, document.sourceModel(), m_tabs);
    m_tabs->addTab(m_pages[SourcesPage], tr("&Sources"));
    const std::pair<Page, Collection> owned[] = {{ActorsPage, Collection::Actors},
                                                 {ThemesPage, Collection::Themes},
                                                 {ErasPage, Collection::Eras},
                                                 {MetricsPage, Collection::Metrics}};
    const QString titles[] = {tr("&Actors"), tr("&Themes"), tr("E&ras"), tr("&Metrics")};
    for (std::size_t i = 0; i < std::size(owned); ++i) {
        const auto [page, collection] = owned[i];
        m_models.push_back(std::make_unique<CollectionModel>(document, collection));
        m_pages[page] = new CollectionPage(document, collection, m_models.back().get(), m_tabs);
        if (page != MetricsPage) {
            m_tabs->addTab(m_pages[page], titles[i]);
            continue;
        }
        // Metrics: the list of metrics above the values of the chosen one.
        auto *metrics = new QWidget(m_tabs);
        metrics->setObjectName(QStringLiteral("metricsTab"));
        m_pages[page]->setParent(metrics);
        m_values = new MetricValuesPanel(document, metrics);
        auto *splitter = new QSplitter(Qt::Vertical, metrics);
        splitter->setObjectName(QStringLiteral("metricsSplitter"));
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(m_pages[page]);
        m_values->setContentsMargins(9, 0, 9, 9);
        splitter->addWidget(m_values);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 2);
        auto *layout = new QVBoxLayout(metrics);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(splitter);
        m_tabs->addTab(metrics, titles[i]);
        connect(m_pages[page], &CollectionPage::currentItemChanged, m_values,
                &MetricValuesPanel::setMetric);
        m_values->setMetric(m_pages[page]->currentItem());
    }
    // Relations: the same table as the Cross-references panel's source, edited with the
    // relation dialog (type, ends, assertion, evidence, note).
    m_pages[RelationsPage] =
        new CollectionPage(document, Collection::Relations, document.relationModel(), m_tabs);
    m_tabs->addTab(m_pages[RelationsPage], tr("Re&lations"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // The main window's undo shortcuts do not reach this window.
    QAction *undo = document.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = document.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoShortcuts());
    addAction(undo);
    addAction(redo);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (CollectionPage *p = collectionPage(page()))
            p->view()->setFocus();
    });
    resize(1000, 620);
}

DataManagerDialog::~DataManagerDialog()
{
    delete m_tabs; // the views go before the models they show
}

void DataManagerDialog::setPage(Page page)
{
    if (page >= 0 && page < PageCount)
        m_tabs->setCurrentIndex(int(page));
    if (CollectionPage *p = collectionPage(this->page()))
        p->view()->setFocus();
}

DataManagerDialog::Page DataManagerDialog::page() const
{
    return Page(std::clamp(m_tabs->currentIndex(), 0, int(PageCount) - 1));
}

CollectionPage *DataManagerDialog::collectionPage(Page page) const
{
    return page >= 0 && page < PageCount ? m_pages[std::size_t(page)] : nullptr;
}

} // namespace Anchorline::Views
