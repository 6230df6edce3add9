#include "mainwindow.h"

#include "document.h"
#include "eventfilterproxy.h"
#include "itemmodels.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Anchorline::App {

using namespace Anchorline::Model;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::make_unique<Document>())
{
    m_filter = new EventFilterProxy(*m_document, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Filter events by title, summary or quote"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Event filter"));
    layout->addWidget(m_search);

    m_table = new QTableView(central);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(EventModel::IdColumn, true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Events"));
    // TIMELINE-INTEGRATION: the timeline goes above the event table here.
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCount);

    connect(m_search, &QLineEdit::textChanged, m_filter, &EventFilterProxy::setText);
    connect(m_filter, &EventFilterProxy::filterChanged, this, &MainWindow::updateStatus);
    connect(m_document.get(), &Document::datasetReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateTitle();
        updateStatus();
    });
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);

    // The table shows the proxy; the document's selection is over the source model.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_document->setCurrentEvent(m_filter->mapToSource(current).row());
            });
    connect(m_document.get(), &Document::currentEventChanged, this, [this](int eventIndex) {
        const int row = m_filter->proxyRowOf(eventIndex);
        if (row < 0 || m_table->currentIndex().row() == row)
            return;
        m_table->setCurrentIndex(m_filter->index(row, EventModel::TitleColumn));
    });

    createActions();
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

QString MainWindow::bundledDatasetPath()
{
    return QStringLiteral(":/data/japan-security.anchorline.json");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Bundled Dataset"), this, &MainWindow::openBundledDataset);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Anchorline"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About Anchorline"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Anchorline %1\nAn explorer for policy timelines: every claim leads back to "
                       "a passage in a source.")
                        .arg(QCoreApplication::applicationVersion()));
        box.exec();
    });
}

void MainWindow::openBundledDataset()
{
    openFile(bundledDatasetPath());
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult result = m_document->load(path);
    if (result.ok())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open file"), QString(), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Anchorline could not open %1.").arg(path));
    QString details = result.errorText();
    box.setInformativeText(details.section(QLatin1Char('\n'), 0, 4));
    box.setDetailedText(details);
    if (isVisible())
        box.exec();
    statusBar()->showMessage(tr("Could not open %1").arg(path), 10000);
    return false;
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open dataset"), QString(), tr("Anchorline datasets (*.anchorline.json *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save dataset as"), QString(), tr("Anchorline datasets (*.anchorline.json)"));
    if (path.isEmpty())
        return false;
    const SaveResult result = m_document->saveAs(path);
    if (!result.ok) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot save"), result.error, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return result.ok;
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->displayTitle() + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    m_statusCount->setText(tr("%1 of %2 events shown")
                               .arg(m_filter->rowCount())
                               .arg(m_document->dataset().events.size()));
}

} // namespace Anchorline::App
