#include "mainwindow.h"

#include "document.h"
#include "eventfilterproxy.h"
#include "itemmodels.h"
#include "selectionhistory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
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

    m_history = new SelectionHistory(*m_document, this);
    setAcceptDrops(true);
    createActions();
    resize(1280, 800);
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

QString MainWindow::bundledDatasetPath()
{
    return QStringLiteral(":/data/japan-security.anchorline.json");
}

QAction *MainWindow::addAction(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                               const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, tr("&Open…"), QKeySequence::Open, [this] { showOpenDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    addAction(file, tr("Open &Bundled Dataset"), {}, [this] { openBundledDataset(); });
    file->addSeparator();
    addAction(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    addAction(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    m_libraryAction =
        addAction(file, tr("Set &Library Folder…"), {}, [this] { chooseLibraryFolder(); });
    file->addSeparator();
    addAction(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addAction(edit, tr("&Find…"), QKeySequence::Find, [this] { focusSearch(); });
    addAction(edit, tr("&Clear Filters"), QKeySequence(tr("Ctrl+Shift+L")), [this] {
        m_search->clear();
        m_filter->clearFilters();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = addAction(go, tr("&Back"), QKeySequence::Back, [this] { m_history->back(); });
    m_forwardAction =
        addAction(go, tr("&Forward"), QKeySequence::Forward, [this] { m_history->forward(); });
    go->addSeparator();
    addAction(go, tr("&Next Event"), QKeySequence(tr("Ctrl+.")), [this] { stepEvent(+1); });
    addAction(go, tr("&Previous Event"), QKeySequence(tr("Ctrl+,")), [this] { stepEvent(-1); });
    connect(m_history, &SelectionHistory::changed, this, &MainWindow::updateHistoryActions);
    updateHistoryActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&Keyboard Shortcuts"), QKeySequence::HelpContents,
              [this] { showShortcuts(); });
    addAction(help, tr("&About Anchorline"), {}, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About Anchorline"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Anchorline %1\nAn explorer for policy timelines: every claim leads back to "
                       "a passage in a source.")
                        .arg(QCoreApplication::applicationVersion()));
        box.exec();
    });
    rebuildRecentMenu();
}

void MainWindow::updateHistoryActions()
{
    m_backAction->setEnabled(m_history->canGoBack());
    m_forwardAction->setEnabled(m_history->canGoForward());
}

void MainWindow::stepEvent(int direction)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int current = m_filter->proxyRowOf(m_document->currentEvent());
    int next = current < 0 ? (direction > 0 ? 0 : rows - 1) : current + direction;
    next = std::clamp(next, 0, rows - 1);
    m_document->setCurrentEvent(m_filter->eventIndexAt(next));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    const auto menus = menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        for (QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            lines << QStringLiteral("%1\t%2").arg(
                action->text().remove(QLatin1Char('&')),
                action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    lines.removeDuplicates();
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::PlainText);
    box.setText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::openBundledDataset()
{
    openFile(bundledDatasetPath());
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult result = m_document->load(path);
    if (result.ok()) {
        if (!path.startsWith(QLatin1Char(':')))
            addRecentFile(path);
        statusBar()->showMessage(path.startsWith(QLatin1Char(':'))
                                     ? tr("Opened the bundled dataset")
                                     : tr("Opened %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
        return true;
    }
    m_lastError = result.errorText();
    statusBar()->showMessage(tr("Could not open %1").arg(path), 10000);
    if (!isVisible())
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open file"), QString(), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Anchorline could not open %1. Nothing that was open has changed.").arg(path));
    box.setInformativeText(m_lastError.section(QLatin1Char('\n'), 0, 4));
    box.setDetailedText(m_lastError);
    box.exec();
    return false;
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open dataset"), QString(), tr("Anchorline datasets (*.anchorline.json *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->isReadOnlyLocation())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save dataset as"), QString(), tr("Anchorline datasets (*.anchorline.json)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const SaveResult result = m_document->saveAs(path);
    if (!result.ok) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot save"), result.error, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("The file on disk was not changed and your data is still open."));
        box.exec();
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseLibraryFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Library folder with source texts"), m_libraryFolder);
    if (!folder.isEmpty())
        setLibraryFolder(folder);
}

void MainWindow::setLibraryFolder(const QString &folder)
{
    m_libraryFolder = folder;
    QSettings().setValue(QStringLiteral("library/folder"), folder);
    emit libraryFolderChanged(folder);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_libraryFolder = settings.value(QStringLiteral("library/folder")).toString();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

static bool isDatasetFile(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList texts;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isDatasetFile(path))
            openFile(path);
        else
            texts << path;
    }
    if (!texts.isEmpty())
        emit sourceTextsDropped(texts);
    event->acceptProposedAction();
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
