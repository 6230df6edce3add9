#pragma once

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>

class QDockWidget;
class QSplitter;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QLineEdit;
class QTableView;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
class RowGateProxy;
class SelectionHistory;
class AutosaveManager;
class ExternalChangeWatcher;
} // namespace Anchorline::Model

namespace Anchorline::Views {
class ChartsPanel;
class DocumentThemeMatrix;
class EventDetailsPanel;
class RelationGraph;
class RelationPanel;
class SearchPanel;
class SourceTextView;
class TimelineView;
class TourEditor;
} // namespace Anchorline::Views

namespace Anchorline::App {

class FileActions;

// The one place where the Document, the models and the views are created and wired together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    Model::Document &document() const { return *m_document; }
    Model::EventFilterProxy &filter() const { return *m_filter; }

    void openBundledDataset();
    // Returns false and shows the reader's message when the file cannot be opened; whatever was
    // open stays open.
    bool openFile(const QString &path);
    // Imports a TimelineJS3 JSON or CSV file as a new, unsaved dataset; problems go to lastError().
    bool importFile(const QString &path);
    // Full-screen classroom presentation of a tour from a step (tourIndex -1: follow the
    // current event instead of a tour).
    void startPresentation(int tourIndex, int step);
    // Offers the newest autosave left by a session that crashed (called once at start-up).
    void offerRecovery();
    // Creates (-1) or edits an event in a dialog; OK is one undo step.
    void editEvent(int eventIndex);
    // Edit ▸ Manage Data: opens (or raises) the data manager on a page
    // (Views::DataManagerDialog::Page).
    void showDataManager(int page);
    // Edit ▸ Resolve Merge Conflicts (or the status bar's notice): opens or raises the dialog;
    // both appear only while the dataset has a "conflicts" section (docs/format.md).
    void showMergeConflicts();

    static QString bundledDatasetPath();
    static constexpr int maximumRecentFiles = 10;

    Model::SelectionHistory &history() const { return *m_history; }
    QString libraryFolder() const { return m_libraryFolder; }
    void setLibraryFolder(const QString &folder);
    QStringList recentFiles() const;
    // The reader's message for the last file that failed to open.
    QString lastError() const { return m_lastError; }
    void focusSearch();
    // Asks whether to save unsaved changes; false when the user cancels (or the save fails).
    bool maybeSave();
    // Without a visible window nobody can be asked: tests choose the answer.
    void setDiscardUnsavedWhenHidden(bool discard) { m_discardUnsavedWhenHidden = discard; }
    // Selects the next (+1) or previous (-1) visible event in date order.
    void stepEvent(int direction);
    // Attaches text files to the sources they belong to (by fingerprint or file name, else to
    // the source on show).
    void attachSourceTexts(const QStringList &paths);

    Views::TimelineView *timeline() const { return m_timeline; }
    Views::EventDetailsPanel *detailsPanel() const { return m_details; }
    Views::SourceTextView *sourceView() const { return m_sourceView; }
    Views::SearchPanel *searchPanel() const { return m_searchPanel; }
    Views::RelationPanel *relationPanel() const { return m_relations; }

signals:
    void libraryFolderChanged(const QString &folder);
    void sourceTextsDropped(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showImportDialog();
    void exportHandout();
    void showExportDialog();
    void anchorSelection();
    void onChangedOnDisk(const QString &path);
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    QAction *addAction(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                       const std::function<void()> &slot);
    void createActions();
    void updateTitle();
    void updateStatus();
    void syncTable();
    void updateHistoryActions();
    void updateConflicts();
    void showOpenDialog();
    void showShortcuts();
    void addLanguageMenu(QMenu *menu);
    // View ▸ Data Language: Automatic, the dataset's own text, each language it is translated
    // into (docs/format.md, Translations). Remembered in the setting view/dataLanguage.
    void addDataLanguageMenu(QMenu *menu);
    void fillDataLanguageMenu(QMenu *menu);
    void setDataLanguageChoice(const QString &choice);
    void showUserGuide();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void chooseLibraryFolder();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void restoreSettings();
    // First start: fills `available` and sizes the panels so that the timeline has the room.
    void applyFirstStartLayout(const QRect &available);
    void saveSettings() const;

    std::unique_ptr<Model::Document> m_document;
    FileActions *m_fileActions = nullptr;
    Model::EventFilterProxy *m_filter = nullptr;
    QTableView *m_table = nullptr;
    Model::RowGateProxy *m_tableRows = nullptr; // the table's model: m_filter's rows

    Views::TimelineView *m_timeline = nullptr;
    QSplitter *m_centralSplitter = nullptr;
    // The split before opening the charts or the matrix grew the tabs; restored on the table.
    QList<int> m_splitBeforeGrowing;
    QTabWidget *m_analysisTabs = nullptr;
    Views::DocumentThemeMatrix *m_matrix = nullptr;
    Views::ChartsPanel *m_charts = nullptr;
    Views::SearchPanel *m_searchPanel = nullptr;
    Views::EventDetailsPanel *m_details = nullptr;
    Views::SourceTextView *m_sourceView = nullptr;
    Views::RelationPanel *m_relations = nullptr;
    Views::RelationGraph *m_graph = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_crossDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_toursDock = nullptr;
    Views::TourEditor *m_tourEditor = nullptr;
    Model::AutosaveManager *m_autosave = nullptr;
    Model::ExternalChangeWatcher *m_watcher = nullptr;
    bool m_discardUnsavedWhenHidden = false;
    bool m_firstStart = false; // no saved layout: the splitter is shared out at the first show
    QString m_currentSourceId;
    QHash<QString, QString> m_sourceTexts; // source id -> attached text, as the source view has it
    double m_visibleStart = 0;
    double m_visibleEnd = 0;
    QLabel *m_statusCount = nullptr;
    QPushButton *m_conflictsButton = nullptr;
    QAction *m_conflictsAction = nullptr;
    Model::SelectionHistory *m_history = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QString m_interfaceLanguage; // what main() installed, e.g. "ja"; Automatic follows it
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QString m_libraryFolder;
    QString m_lastError;
};

} // namespace Anchorline::App
