#include "mainwindow.h"

#include "anchoring/sourcelibrary.h"
#include "charts/chartspanel.h"
#include "charts/documentthemematrix.h"
#include "charts/eventsperyearchart.h"
#include "document/autosave.h"
#include "document/document.h"
#include "document/externalchangewatcher.h"
#include "document/selectionhistory.h"
#include "document/tablemodels.h"
#include "editing/datamanager/datamanagerdialog.h"
#include "editing/event/eventeditdialog.h"
#include "editing/mergeconflictdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/toureditor.h"
#include "editing/undoshortcuts.h"
#include "export/exportdialog.h"
#include "fileactions.h"
#include "index/sharedeventindex.h"
#include "io/loadresult.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/rowgateproxy.h"
#include "loading/loadprogress.h"
#include "panels/eventdetailspanel.h"
#include "panels/relationgraph.h"
#include "panels/relationpanel.h"
#include "panels/searchpanel.h"
#include "presentation/handout.h"
#include "presentation/presentationwindow.h"
#include "source/anchorselection.h"
#include "source/sourcetextview.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace Anchorline::App {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::make_unique<Document>())
{
    // main() says which interface language it installed; without it (tests), the locale's.
    m_interfaceLanguage = qApp->property("anchorlineInterfaceLanguage").toString();
    if (m_interfaceLanguage.isEmpty())
        m_interfaceLanguage = QLocale().name();
    m_document->setDataLanguage(
        QSettings().value(QStringLiteral("view/dataLanguage"), QStringLiteral("auto")).toString(),
        m_interfaceLanguage);
    m_filter = new EventFilterProxy(*m_document, this);

    // Centre: the timeline above the tabular and analytic views.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_timeline = new TimelineView(*m_document, *m_filter, splitter);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    splitter->addWidget(m_timeline);

    m_analysisTabs = new QTabWidget(splitter);
    m_analysisTabs->setObjectName(QStringLiteral("analysisTabs"));
    m_analysisTabs->setDocumentMode(true);
    m_analysisTabs->setAccessibleName(tr("Analysis views"));
    m_table = new QTableView(m_analysisTabs);
    m_table->setObjectName(QStringLiteral("eventTable"));
    // Through a gate that openFile() closes while a large file loads (RowGateProxy says why).
    m_tableRows = new RowGateProxy(m_filter, this);
    m_table->setModel(m_tableRows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths after a load come from the rows on screen and 100 more, not the default
    // 1000 per column (20 ms at 100k events, each time a file opens).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setColumnHidden(EventModel::IdColumn, true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Events"));
    m_analysisTabs->addTab(m_table, tr("Events"));
    m_matrix = new DocumentThemeMatrix(*m_document, *m_filter, m_analysisTabs);
    m_analysisTabs->addTab(m_matrix, tr("Documents × themes"));
    m_charts = new ChartsPanel(*m_document, *m_filter, m_analysisTabs);
    m_analysisTabs->addTab(m_charts, tr("Charts"));
    // A bar clicked in a chart narrows the events: the timeline frames the ones left.
    connect(m_charts->eventsPerYear(), &EventsPerYearChart::barFilterChanged, this,
            [this](bool active) {
                if (active)
                    m_timeline->fitAll();
            });
    splitter->addWidget(m_analysisTabs);
    // The tabs ask only for the room of the page shown: the events table can start small under
    // the timeline, and opening the charts or the matrix gives them the room they need (never
    // clipped, as a fixed minimum of the tallest page would force on every page).
    const auto fitAnalysisPage = [this] {
        QWidget *page = m_analysisTabs->currentWidget();
        if (!page)
            return;
        const int bar = m_analysisTabs->tabBar()->sizeHint().height();
        m_analysisTabs->setMinimumHeight(page->minimumSizeHint().height() + bar);
        const int total = m_centralSplitter ? m_centralSplitter->height() : 0;
        // The charts and the matrix read well from about half the height (axis labels, rows).
        const int wanted = page == m_table
                               ? std::min(page->sizeHint().height() + bar, total * 45 / 100)
                               : total * 55 / 100;
        if (page == m_table && !m_splitBeforeGrowing.isEmpty()) {
            // Back to the table: the timeline gets back the height the charts borrowed.
            m_centralSplitter->setSizes(m_splitBeforeGrowing);
            m_splitBeforeGrowing.clear();
        } else if (total > 0 && m_analysisTabs->height() < wanted) {
            if (m_splitBeforeGrowing.isEmpty())
                m_splitBeforeGrowing = m_centralSplitter->sizes();
            m_centralSplitter->setSizes({total - wanted, wanted});
        }
    };
    connect(m_analysisTabs, &QTabWidget::currentChanged, this, fitAnalysisPage);
    // The timeline is the product: it takes most of the height, the tables the rest.
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter = splitter;
    setCentralWidget(splitter);
    fitAnalysisPage();

    // Docks: details, search, source text and cross-references share one tabbed column on the
    // right, so the timeline keeps most of the width; each can be dragged out on its own.
    setDockNestingEnabled(true);
    m_searchPanel = new SearchPanel(*m_document, *m_filter, this);
    m_searchDock =
        addDock(m_searchPanel, tr("Search"), QStringLiteral("searchDock"), Qt::RightDockWidgetArea);
    m_details = new EventDetailsPanel(*m_document, this);
    m_detailsDock = addDock(m_details, tr("Event Details"), QStringLiteral("detailsDock"),
                            Qt::RightDockWidgetArea);
    m_sourceView = new SourceTextView(*m_document, this);
    m_sourceDock = addDock(m_sourceView, tr("Source Text"), QStringLiteral("sourceDock"),
                           Qt::RightDockWidgetArea);
    auto *crossReferences = new QTabWidget(this);
    crossReferences->setDocumentMode(true);
    crossReferences->setAccessibleName(tr("Cross-references"));
    m_relations = new RelationPanel(*m_document, *m_filter, crossReferences);
    crossReferences->addTab(m_relations, tr("Relations"));
    m_graph = new RelationGraph(*m_document, *m_filter, crossReferences);
    crossReferences->addTab(m_graph, tr("Graph"));
    m_crossDock = addDock(crossReferences, tr("Cross-references"),
                          QStringLiteral("crossReferencesDock"), Qt::RightDockWidgetArea);
    auto *history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock = addDock(history, tr("Undo History"), QStringLiteral("undoHistoryDock"),
                            Qt::LeftDockWidgetArea);
    m_historyDock->hide();
    m_tourEditor = new TourEditor(*m_document, this);
    m_toursDock =
        addDock(m_tourEditor, tr("Tours"), QStringLiteral("toursDock"), Qt::LeftDockWidgetArea);
    m_toursDock->hide();
    connect(m_tourEditor, &TourEditor::presentRequested, this, &MainWindow::startPresentation);
    tabifyDockWidget(m_detailsDock, m_searchDock);
    tabifyDockWidget(m_searchDock, m_sourceDock);
    tabifyDockWidget(m_sourceDock, m_crossDock);
    m_detailsDock->raise();

    // The search reads the source view's texts, and a text hit scrolls the source view: the two
    // panels meet here, where both are made, so that neither needs to know the other.
    connect(m_sourceView, &SourceTextView::sourceTextsChanged, m_searchPanel,
            &SearchPanel::setSourceTexts);
    connect(m_searchPanel, &SearchPanel::showSourcePosition, m_sourceView,
            &SourceTextView::showPosition);
    m_searchPanel->setSourceTexts(m_sourceView->sourceTexts());
    connect(m_sourceView, &SourceTextView::sourceTextsChanged, this,
            [this](const QHash<QString, QString> &texts) { m_sourceTexts = texts; });
    connect(m_details, &EventDetailsPanel::themeActivated, this,
            [this](const QString &themeId) { m_filter->setThemes({themeId}); });
    connect(m_details, &EventDetailsPanel::openLink, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_details, &EventDetailsPanel::showInSource, this,
            [this](int eventIndex, int evidenceIndex) {
                m_sourceDock->show();
                m_sourceDock->raise();
                m_sourceView->showAnchor(eventIndex, evidenceIndex);
            });
    connect(m_sourceView, &SourceTextView::currentSourceChanged, this,
            [this](const QString &sourceId) { m_currentSourceId = sourceId; });
    connect(this, &MainWindow::libraryFolderChanged, m_sourceView,
            &SourceTextView::setLibraryFolder);
    connect(this, &MainWindow::sourceTextsDropped, this, &MainWindow::attachSourceTexts);
    m_fileActions = new FileActions(*m_document, *m_filter, this);
    connect(m_fileActions, &FileActions::sourceTextMatched, this,
            [this](const QString &sourceId, const QString &path) {
                m_sourceDock->show();
                m_sourceDock->raise();
                m_sourceView->attachText(sourceId, path);
            });
    connect(m_timeline, &TimelineView::visibleRangeChanged, this, [this](double start, double end) {
        m_visibleStart = start;
        m_visibleEnd = end;
        updateStatus();
    });

    m_statusCount = new QLabel(this);
    m_statusCount->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addPermanentWidget(m_statusCount);
    // A file `anchorline merge` left conflicts in says so where the eye goes after opening it.
    m_conflictsButton = new QPushButton(this);
    m_conflictsButton->setFlat(true);
    m_conflictsButton->hide();
    connect(m_conflictsButton, &QPushButton::clicked, this, &MainWindow::showMergeConflicts);
    statusBar()->addPermanentWidget(m_conflictsButton);
    connect(m_document.get(), &Document::contentChanged, this, &MainWindow::updateConflicts);
    connect(m_document.get(), &Document::datasetReset, this, &MainWindow::updateConflicts);

    connect(m_filter, &EventFilterProxy::filterChanged, this, &MainWindow::updateStatus);
    connect(m_document.get(), &Document::datasetReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateTitle();
        updateStatus();
    });
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::dataLanguageChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);

    // The table shows the proxy; the document's selection is over the source model.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_document->setCurrentEvent(
                        m_filter->mapToSource(m_tableRows->mapToSource(current)).row());
            });
    connect(m_document.get(), &Document::currentEventChanged, this, &MainWindow::syncTable);
    connect(m_filter, &EventFilterProxy::filterChanged, this, &MainWindow::syncTable);

    m_history = new SelectionHistory(*m_document, this);
    // Nothing is ever lost: unsaved changes are autosaved to a recovery file, and a change made
    // to the open file by another program (a git pull) is noticed.
    m_autosave = new AutosaveManager(*m_document, this);
    connect(m_autosave, &AutosaveManager::autosaveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
    m_watcher = new ExternalChangeWatcher(*m_document, this);
    connect(m_watcher, &ExternalChangeWatcher::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(m_watcher, &ExternalChangeWatcher::removedFromDisk, this, [this](const QString &path) {
        statusBar()->showMessage(tr("%1 was removed from disk; Save writes it again.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    setAcceptDrops(true);
    createActions();
    restoreSettings();
    updateTitle();
    updateConflicts();
}

MainWindow::~MainWindow()
{
    // These use the Document in their destructors (the autosave writes a last recovery file);
    // as QObject children they would otherwise outlive m_document, which members destroy first.
    delete m_autosave;
    delete m_watcher;
}

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
    addAction(file, tr("&Import Timeline (TimelineJS3, CSV)…"), QKeySequence(tr("Ctrl+I")),
              [this] { showImportDialog(); });
    file->addSeparator();
    addAction(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    addAction(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    addAction(file, tr("&Export Timeline Image…"), QKeySequence(tr("Ctrl+Shift+E")),
              [this] { showExportDialog(); });
    QMenu *exports = file->addMenu(tr("Export &Data"));
    addAction(exports, tr("Visible Events as &CSV…"), {},
              [this] { m_fileActions->exportData(FileFormat::Csv); });
    addAction(exports, tr("Visible Events as &TimelineJS3…"), {},
              [this] { m_fileActions->exportData(FileFormat::TimelineJs); });
    addAction(exports, tr("Sources as CSL-&JSON…"), {},
              [this] { m_fileActions->exportData(FileFormat::CslJson); });
    addAction(exports, tr("Sources as &BibTeX…"), {},
              [this] { m_fileActions->exportData(FileFormat::BibTeX); });
    addAction(file, tr("Export &Web Page…"), {}, [this] {
        m_fileActions->exportWebPage(m_timeline->visibleStart(), m_timeline->visibleEnd());
    });
    addAction(file, tr("Export Tour &Handout (PDF)…"), {}, [this] { exportHandout(); });
    file->addSeparator();
    addAction(file, tr("&Print…"), QKeySequence::Print, [this] {
        ExportDialog::print(*m_document, *m_filter, m_timeline->visibleStart(),
                            m_timeline->visibleEnd(), this, false);
    });
    addAction(file, tr("Print Pre&view…"), {}, [this] {
        ExportDialog::print(*m_document, *m_filter, m_timeline->visibleStart(),
                            m_timeline->visibleEnd(), this, true);
    });
    file->addSeparator();
    m_libraryAction =
        addAction(file, tr("Set &Library Folder…"), {}, [this] { chooseLibraryFolder(); });
    file->addSeparator();
    addAction(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoShortcuts());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addAction(edit, tr("&New Event…"), QKeySequence::New, [this] { editEvent(-1); });
    addAction(edit, tr("&Edit Event…"), QKeySequence(tr("Ctrl+Return")), [this] {
        if (m_document->currentEvent() >= 0)
            editEvent(m_document->currentEvent());
    });
    addAction(edit, tr("&Delete Event"), QKeySequence(tr("Ctrl+Delete")), [this] {
        QString error;
        if (m_document->currentEvent() >= 0 &&
            !m_document->removeItem(Collection::Events, m_document->currentEvent(), &error))
            statusBar()->showMessage(error, 8000);
    });
    addAction(edit, tr("New &Relation from Current Event…"), QKeySequence(tr("Ctrl+Shift+R")),
              [this] {
                  RelationEditDialog dialog(*m_document, -1, this, m_document->currentEventId());
                  dialog.exec();
              });
    addAction(edit, tr("&Anchor Selection to Event…"), QKeySequence(tr("Ctrl+Shift+A")),
              [this] { anchorSelection(); });
    edit->addSeparator();
    QMenu *manage = edit->addMenu(tr("&Manage Data"));
    manage->setObjectName(QStringLiteral("manageDataMenu"));
    addAction(manage, tr("&Sources…"), QKeySequence(tr("Ctrl+Shift+D")),
              [this] { showDataManager(Views::DataManagerDialog::SourcesPage); });
    addAction(manage, tr("&Actors…"), {},
              [this] { showDataManager(Views::DataManagerDialog::ActorsPage); });
    addAction(manage, tr("&Themes…"), {},
              [this] { showDataManager(Views::DataManagerDialog::ThemesPage); });
    addAction(manage, tr("&Eras…"), {},
              [this] { showDataManager(Views::DataManagerDialog::ErasPage); });
    addAction(manage, tr("&Metrics…"), {},
              [this] { showDataManager(Views::DataManagerDialog::MetricsPage); });
    addAction(manage, tr("&Relations…"), {},
              [this] { showDataManager(Views::DataManagerDialog::RelationsPage); });
    m_conflictsAction =
        addAction(edit, tr("Resolve &Merge Conflicts…"), {}, [this] { showMergeConflicts(); });
    edit->addSeparator();
    addAction(edit, tr("&Find…"), QKeySequence::Find, [this] { focusSearch(); });
    addAction(edit, tr("&Clear Filters"), QKeySequence(tr("Ctrl+Shift+L")),
              [this] { m_searchPanel->clearFilters(); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    addAction(m_viewMenu, tr("Zoom &In"), QKeySequence::ZoomIn,
              [this] { m_timeline->zoomBy(1.5); });
    addAction(m_viewMenu, tr("Zoom &Out"), QKeySequence::ZoomOut,
              [this] { m_timeline->zoomBy(1.0 / 1.5); });
    addAction(m_viewMenu, tr("&Fit All"), QKeySequence(tr("Ctrl+0")),
              [this] { m_timeline->fitAll(); });
    addAction(m_viewMenu, tr("Zoom to &Current Event"), QKeySequence(tr("Ctrl+E")), [this] {
        if (m_document->currentEvent() >= 0)
            m_timeline->zoomToEvent(m_document->currentEvent());
    });
    m_viewMenu->addSeparator();
    addAction(m_viewMenu, tr("&Present"), QKeySequence(Qt::Key_F5), [this] {
        const int tour = m_tourEditor->currentTour() >= 0
                             ? m_tourEditor->currentTour()
                             : (m_document->dataset().tours.empty() ? -1 : 0);
        startPresentation(tour, std::max(0, m_tourEditor->currentStep()));
    });
    addAction(m_viewMenu, tr("Present from the &Current Event"), QKeySequence(tr("Shift+F5")),
              [this] { startPresentation(-1, 0); });
    m_viewMenu->addSeparator();
    QAction *contrast =
        addAction(m_viewMenu, tr("&High Contrast"), QKeySequence(tr("Ctrl+Shift+H")), [] {});
    contrast->setCheckable(true);
    connect(contrast, &QAction::toggled, m_timeline, &TimelineView::setHighContrast);
    QAction *arcs = addAction(m_viewMenu, tr("Relation &Arcs on Timeline"),
                              QKeySequence(tr("Ctrl+Shift+J")), [] {});
    arcs->setCheckable(true);
    connect(arcs, &QAction::toggled, m_timeline, &TimelineView::setShowRelationArcs);
    QAction *focus =
        addAction(m_viewMenu, tr("&Focus Scale"), QKeySequence(tr("Ctrl+Shift+F")), [] {});
    focus->setCheckable(true);
    focus->setStatusTip(tr("Compress long stretches without events, so busy years get the width"));
    connect(focus, &QAction::toggled, m_timeline, &TimelineView::setFocusScale);
    m_viewMenu->addSeparator();
    QAction *legend = addAction(m_viewMenu, tr("&Legend"), {}, [] {});
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(QStringLiteral("view/legend"), true).toBool());
    m_timeline->setShowLegend(legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool on) {
        m_timeline->setShowLegend(on);
        QSettings().setValue(QStringLiteral("view/legend"), on);
    });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock :
         {m_searchDock, m_detailsDock, m_sourceDock, m_crossDock, m_toursDock, m_historyDock}) {
        m_viewMenu->addAction(dock->toggleViewAction());
        // Panels share a tabbed column: one opened from the menu comes to the front.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool on) {
            if (on)
                dock->raise();
        });
    }
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_analysisTabs->count(); ++i) {
        QAction *tab = addAction(m_viewMenu, m_analysisTabs->tabText(i),
                                 QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)),
                                 [this, i] { m_analysisTabs->setCurrentIndex(i); });
        tab->setText(tr("Show %1").arg(m_analysisTabs->tabText(i)));
    }
    m_viewMenu->addSeparator();
    addLanguageMenu(m_viewMenu);
    addDataLanguageMenu(m_viewMenu);

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
    addAction(help, tr("&User Guide"), {}, [this] { showUserGuide(); });
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
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusSearch();
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(widget);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::attachSourceTexts(const QStringList &paths)
{
    m_fileActions->attachSourceTexts(paths, m_currentSourceId);
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

void MainWindow::addLanguageMenu(QMenu *menu)
{
    // Read by main() at start-up: the interface language cannot change under open widgets.
    QMenu *language = menu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("system"), tr("&System")},
        {QStringLiteral("en"), tr("&English")},
        {QStringLiteral("ja"), tr("日本語 (&Japanese)")}};
    for (const auto &[code, text] : choices) {
        QAction *action = language->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The language changes when Anchorline is started again."));
        });
    }
}

void MainWindow::addDataLanguageMenu(QMenu *menu)
{
    QMenu *data = menu->addMenu(tr("&Data Language"));
    data->setObjectName(QStringLiteral("dataLanguageMenu"));
    // The languages are the open dataset's: listed afresh each time the menu opens.
    connect(data, &QMenu::aboutToShow, this, [this, data] { fillDataLanguageMenu(data); });
    fillDataLanguageMenu(data);
}

void MainWindow::fillDataLanguageMenu(QMenu *menu)
{
    qDeleteAll(menu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    menu->clear();
    auto *group = new QActionGroup(menu);
    const Dataset &dataset = m_document->dataset();
    const QString current = m_document->dataLanguageChoice();
    auto languageName = [](const QString &tag) {
        const QString native = QLocale(tag).nativeLanguageName();
        return native.isEmpty() || QLocale(tag).language() == QLocale::C
                   ? tag
                   : QStringLiteral("%1 (%2)").arg(native, tag);
    };
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code.compare(current, Qt::CaseInsensitive) == 0);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setDataLanguageChoice(code); });
    };
    add(QStringLiteral("auto"), tr("&Automatic (Interface Language)"));
    add(QStringLiteral("original"),
        dataset.language.isEmpty()
            ? tr("The Dataset's &Own Text")
            : tr("The Dataset's &Own Text: %1").arg(languageName(dataset.language)));
    const QStringList languages = translationLanguages(dataset);
    if (!languages.isEmpty())
        menu->addSeparator();
    for (const QString &tag : languages)
        add(tag, languageName(tag));
}

void MainWindow::setDataLanguageChoice(const QString &choice)
{
    QSettings().setValue(QStringLiteral("view/dataLanguage"), choice);
    m_document->setDataLanguage(choice, m_interfaceLanguage);
}

void MainWindow::showUserGuide()
{
    // Our own guide (a resource, not data), so rendering its Markdown is fine.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Anchorline User Guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                       QTextDocument::MarkdownResource);
    // The screenshots are 1200 px wide: shown at the text's width, they need no scrolling.
    std::vector<std::pair<int, int>> images;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.emplace_back(it.fragment().position(), it.fragment().length());
    for (const auto &[position, length] : images) {
        QTextCursor cursor(browser->document());
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextImageFormat image = cursor.charFormat().toImageFormat();
        image.setWidth(820);
        cursor.setCharFormat(image);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    dialog->show();
}

void MainWindow::openBundledDataset()
{
    if (maybeSave())
        openFile(bundledDatasetPath());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    if (!isVisible())
        return m_discardUnsavedWhenHidden;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), QString(),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("“%1” has changes that are not saved.").arg(m_document->displayTitle()));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosave->discardCurrent();
        return true;
    default:
        return false;
    }
}

// The table follows the document's one selection, also after the filter has reset its rows.
void MainWindow::syncTable()
{
    const int row = m_filter->proxyRowOf(m_document->currentEvent());
    if (row < 0 || !m_tableRows->isOpen() || m_table->currentIndex().row() == row)
        return;
    const QModelIndex cell =
        m_tableRows->mapFromSource(m_filter->index(row, EventModel::TitleColumn));
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->setCurrentIndex(cell);
    m_table->selectRow(row);
    // The selection may come from the search, the graph or the timeline: show its row.
    m_table->scrollTo(cell);
    m_table->viewport()->update();
}

bool MainWindow::openFile(const QString &path)
{
    // Every way a file comes in (File ▸ Open, recent files, the command line, drag and drop,
    // reload) comes here, and loadWithProgress() alone chooses how: a large file loads on a
    // worker thread behind a progress dialog with Cancel, a small one at once.
    LoadResult result;
    // A large file's rows reach the events table a turn after the hand-over (RowGateProxy):
    // the window paints the new data first, then the table lays out its rows.
    loadWithProgress(*m_document, path, this, &result, [this] { m_tableRows->setOpen(false); });
    if (!m_tableRows->isOpen()) {
        // A timer, not a queued call: the event loop takes input (and any due timer) between
        // the hand-over and this, where a queued call could run in the same pass.
        QTimer::singleShot(1, this, [this] {
            if (m_tableRows->isOpen())
                return;
            m_tableRows->setOpen(true);
            m_table->resizeColumnsToContents();
            syncTable();
        });
    }
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
    if (result.errors.size() == 1 &&
        result.errors.front().message == DatasetReader::cancelledMessage()) {
        // The user pressed Cancel: nothing went wrong, and nothing that was open has changed.
        statusBar()->showMessage(tr("Opening %1 was cancelled").arg(QDir::toNativeSeparators(path)),
                                 5000);
        return false;
    }
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

void MainWindow::editEvent(int eventIndex)
{
    EventEditDialog dialog(*m_document, eventIndex, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setCurrentEvent(dialog.index());
}

void MainWindow::showDataManager(int page)
{
    // One manager, not modal: the timeline and the panels follow each change as it is made.
    auto *manager = findChild<Views::DataManagerDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!manager) {
        manager = new Views::DataManagerDialog(*m_document, this);
        manager->setAttribute(Qt::WA_DeleteOnClose);
    }
    manager->setPage(Views::DataManagerDialog::Page(page));
    manager->show();
    manager->raise();
    manager->activateWindow();
}

void MainWindow::showMergeConflicts()
{
    auto *dialog = findChild<Views::MergeConflictDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new Views::MergeConflictDialog(*m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::updateConflicts()
{
    const int count = int(m_document->dataset().conflicts.size());
    if (m_conflictsAction)
        m_conflictsAction->setVisible(count > 0);
    m_conflictsButton->setVisible(count > 0);
    m_conflictsButton->setText(tr("%n merge conflict(s) to resolve…", nullptr, count));
}

void MainWindow::anchorSelection()
{
    const QString sourceId = m_sourceView->currentSource();
    const QTextCursor cursor = m_sourceView->textEdit()->textCursor();
    // The exact text the view was given: toPlainText() would turn no-break spaces into spaces.
    const QString text = m_sourceTexts.value(sourceId);
    if (sourceId.isEmpty() || text.isEmpty() || !cursor.hasSelection()) {
        statusBar()->showMessage(tr("Select a passage in the Source Text panel first."), 8000);
        return;
    }
    anchorSelectionToEvent(*m_document, sourceId, text, cursor.selectionStart(),
                           cursor.selectionEnd(), this);
}

void MainWindow::offerRecovery()
{
    const auto pending = AutosaveManager::pendingRecoveries();
    if (pending.empty())
        return;
    const RecoveryInfo &info = pending.front();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"), QString(),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setText(
        tr("Anchorline did not close normally. Unsaved changes to “%1” were autosaved on %2.")
            .arg(info.title, QLocale().toString(info.savedAt, QLocale::LongFormat)));
    box.setInformativeText(tr("Recover them? Discarding deletes the autosave."));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        const LoadResult result = m_autosave->recover(info);
        if (!result.ok())
            statusBar()->showMessage(tr("Could not recover: %1").arg(result.errorText()), 10000);
    } else if (box.clickedButton() == discard) {
        AutosaveManager::discard(info);
    }
}

void MainWindow::onChangedOnDisk(const QString &path)
{
    m_watcher->setEnabled(false); // one question at a time
    const auto resume = qScopeGuard([this] { m_watcher->setEnabled(true); });
    QMessageBox box(QMessageBox::Question, tr("File changed on disk"), QString(),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("%1 was changed by another program.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(m_document->isModified()
                               ? tr("Reload it and lose your unsaved changes, or keep your version "
                                    "(Save will overwrite the file)?")
                               : tr("Reload it, or keep the version that is open?"));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(m_document->isModified() ? nullptr : reload);
    box.exec();
    if (box.clickedButton() == reload)
        openFile(path);
}

void MainWindow::startPresentation(int tourIndex, int step)
{
    auto *presentation = new PresentationWindow(*m_document, *m_filter, this);
    presentation->setAttribute(Qt::WA_DeleteOnClose);
    presentation->setFocusScale(m_timeline->isFocusScale());
    presentation->setTour(tourIndex, step);
    connect(presentation, &PresentationWindow::closed, this, [this] { activateWindow(); });
    presentation->present();
}

void MainWindow::showExportDialog()
{
    // One export dialog: it follows the timeline's window when it opens.
    auto *dialog = new ExportDialog(*m_document, *m_filter, m_timeline->visibleStart(),
                                    m_timeline->visibleEnd(), this);
    dialog->setFocusScale(m_timeline->isFocusScale());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(ok ? tr("Exported the timeline image") : message,
                                 ok ? 5000 : 10000);
    });
    dialog->open();
}

void MainWindow::exportHandout()
{
    const int tour = m_tourEditor->currentTour() >= 0 ? m_tourEditor->currentTour() : 0;
    if (tour >= int(m_document->dataset().tours.size())) {
        statusBar()->showMessage(tr("This dataset has no tour to make a handout of."), 8000);
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export tour handout"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    // Without a filter, the window's index has every event visible: the handout draws from it.
    const auto shared = m_filter->isFiltering() ? nullptr : m_filter->sharedIndex().snapshot();
    if (!writeHandout(*m_document, m_document->dataset().tours[std::size_t(tour)], path, &error,
                      shared)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot export handout"), error, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showImportDialog()
{
    if (!maybeSave())
        return;
    const QString path = m_fileActions->chooseImportFile();
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString &path)
{
    return m_fileActions->importFile(path, &m_lastError);
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
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
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

void MainWindow::applyFirstStartLayout(const QRect &available)
{
    setGeometry(available);
    // The panel column: enough for the details' text, never more than 28% of the screen, so
    // the timeline has at least 60% of the width even on a 1366-pixel laptop.
    const int panels = std::clamp(available.width() * 28 / 100, 260, 460);
    resizeDocks({m_detailsDock}, {panels}, Qt::Horizontal);
    // The splitter shares out its height only once it is laid out: after the first show.
    m_firstStart = true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_firstStart)
        return;
    m_firstStart = false;
    QTimer::singleShot(0, this, [this] {
        // The timeline is what the window is for: on a laptop screen (768 px high) its lanes
        // need every row they can get, so the events table starts at about four rows there.
        const int total = m_centralSplitter->height();
        const int percent = total < 800 ? 80 : 72;
        m_centralSplitter->setSizes({total * percent / 100, total - total * percent / 100});
    });
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    // First start (nothing saved): fill the screen; afterwards, the geometry the user left.
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
        if (shown)
            applyFirstStartLayout(shown->availableGeometry());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_centralSplitter->restoreState(
        settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_libraryFolder = settings.value(QStringLiteral("library/folder")).toString();
    if (!m_libraryFolder.isEmpty())
        m_sourceView->setLibraryFolder(m_libraryFolder);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_centralSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
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
        if (isDatasetFile(path)) {
            if (maybeSave())
                openFile(path);
        } else
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
    // Grouped as the lane headers group their counts ("124,674"; Japanese "124,674" too).
    const QLocale locale;
    QString text = tr("%1 of %2 events shown")
                       .arg(locale.toString(m_filter->rowCount()),
                            locale.toString(qlonglong(m_document->dataset().events.size())));
    if (m_visibleEnd > m_visibleStart) {
        // "2 Sep 1941 – 31 Dec 1945", Japanese "1941年9月2日〜1945年12月31日".
        text += QStringLiteral("  ·  ") +
                dayRangeDisplayString(DayNumber(std::floor(m_visibleStart)),
                                      DayNumber(std::floor(m_visibleEnd)), QLocale());
    }
    m_statusCount->setText(text);
}

} // namespace Anchorline::App
