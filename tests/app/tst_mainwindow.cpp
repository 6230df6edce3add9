#include "charts/chartspanel.h"
#include "charts/eventsperyearchart.h"
#include "core/roles.h"
#include "document/document.h"
#include "document/selectionhistory.h"
#include "document/tablemodels.h"
#include "editing/datamanager/collectionpage.h"
#include "editing/datamanager/datamanagerdialog.h"
#include "editing/datamanager/metricvaluespanel.h"
#include "editing/mergeconflictdialog.h"
#include "export/exportdialog.h"
#include "io/datasetloader.h"
#include "io/datasetwriter.h"
#include "itemmodels/eventfilterproxy.h"
#include "mainwindow.h"
#include "panels/eventdetailspanel.h"
#include "panels/searchpanel.h"
#include "presentation/presentationwindow.h"
#include "source/sourcetextview.h"
#include "testdata.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace Anchorline;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openBundledDataset_titlesTheWindowWithTheDatasetTitle();
    void searchPanel_searchesTheSourceTexts_andATextHitShowsTheSource();
    void openBrokenFile_keepsDatasetAndKeepsTheReadersMessage();
    void openLargeFile_loadsBehindTheProgressDialog_andCancelIsNoError();
    void altLeftAndAltRight_walkTheSelectionHistory();
    void nextAndPreviousEvent_followDateOrderOfVisibleEvents();
    void recentFiles_arePersistedMostRecentFirst();
    void geometry_isRestoredFromSettings();
    void oneSelection_drivesEveryView();
    void searchResult_activatedByKeyboard_selectsTheEventEverywhere();
    void dockLayout_isRestoredFromSettings();
    void unsavedChanges_areNotLostByOpeningAnotherFile();
    void importTimelineJs_opensAsNewUnsavedDatasetAndListsProblems();
    void f5_presentsTheTourAndEscapeReturns();
    void fileMenu_reachesImportExportAndPrint();
    void shortcuts_areUniqueWithinEachWindow();
    void selectionFromElsewhere_scrollsTheEventTableToItsRow();
    void scriptedSession_printsNoQtWarning();
    void chartFilter_framesTheTimelineOnTheEventsLeft();
    void ctrlShiftZ_redoesByKeyboard();
    void mergeConflicts_offerTheResolveDialogWhileThereAreAny();
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnchorlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::openBundledDataset_titlesTheWindowWithTheDatasetTitle()
{
    App::MainWindow window;
    window.openBundledDataset();
    QVERIFY(window.document().dataset().events.size() >= 70);
    QVERIFY(window.windowTitle().startsWith(window.document().dataset().title));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::openBrokenFile_keepsDatasetAndKeepsTheReadersMessage()
{
    App::MainWindow window;
    window.openBundledDataset();
    const QString title = window.document().dataset().title;
    QVERIFY(
        !window.openFile(QStringLiteral(ANCHORLINE_FIXTURES "/invalid/bad-date.anchorline.json")));
    QCOMPARE(window.document().dataset().title, title);
    QVERIFY2(window.lastError().contains(
                 QStringLiteral("bad-date.anchorline.json:9:15: /events/0/date: invalid date")),
             qPrintable(window.lastError()));
    QVERIFY(window.recentFiles().isEmpty());
}

void TestMainWindow::openLargeFile_loadsBehindTheProgressDialog_andCancelIsNoError()
{
    // In a locale that groups digits (the test environment's C locale does not)
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(previousLocale); });
    // Given a file over the size that is read at once, and a window showing the bundled dataset
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Model::Dataset data = Testing::largeDataset(30000);
    const QString large = dir.filePath(QStringLiteral("large.anchorline.json"));
    QVERIFY(Model::DatasetWriter::writeFile(data, large).ok);
    QVERIFY(QFileInfo(large).size() > Model::DatasetLoader::synchronousLimit);
    App::MainWindow window;
    window.openBundledDataset();
    const QString title = window.document().dataset().title;

    // Watch for the progress dialog and for any message box, as the user would see them
    bool sawProgress = false;
    bool sawMessageBox = false;
    bool cancel = true;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (!widget->isVisible())
                continue;
            if (auto *box = qobject_cast<QMessageBox *>(widget)) {
                sawMessageBox = true;
                box->reject();
            } else if (auto *progress = qobject_cast<QProgressDialog *>(widget)) {
                sawProgress = true;
                if (cancel) {
                    if (auto *button = progress->findChild<QPushButton *>())
                        button->click(); // as the user does
                }
            }
        }
    });
    watch.start(1);

    // When it is opened and the user presses Cancel (the window is not even shown: the one load
    // path takes every file the same way)
    QVERIFY(!window.openFile(large));

    // Then it was loading behind the progress dialog, the cancel raised no error box, the status
    // bar says so, and the bundled dataset is still open
    QVERIFY(sawProgress);
    QVERIFY(!sawMessageBox);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.document().dataset().title, title);
    QVERIFY(window.recentFiles().isEmpty());
    // with its rows in the events table, whose columns are as they were
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), window.filter().rowCount());
    QVERIFY(table->isColumnHidden(Model::EventModel::IdColumn));

    // And opened without Cancel, it arrives whole
    cancel = false;
    sawProgress = false;
    QVERIFY(window.openFile(large));
    watch.stop();
    QVERIFY(sawProgress);
    QVERIFY(!sawMessageBox);
    QCOMPARE(window.document().dataset().events.size(), std::size_t(30000));
    QCOMPARE(window.recentFiles().value(0), large);
    // with every row in the events table (laid out a turn after the hand-over), sorted by date
    // as before, the id column still hidden, and a selection made elsewhere followed there
    QTRY_COMPARE(table->model()->rowCount(), 30000);
    // (the status bar counts them in the locale's grouping)
    auto *count = window.findChild<QLabel *>(QStringLiteral("statusCount"));
    QVERIFY(count);
    QVERIFY2(count->text().startsWith(QStringLiteral("30,000 of 30,000 events shown")),
             qPrintable(count->text()));
    QVERIFY(table->isColumnHidden(Model::EventModel::IdColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(Model::EventModel::DateColumn));
    const int row = 12345;
    window.document().setCurrentEvent(window.filter().eventIndexAt(row));
    QCOMPARE(table->currentIndex().row(), row);
    // and a row chosen in the table selects its event
    table->setCurrentIndex(table->model()->index(row + 1, 2));
    QCOMPARE(window.document().currentEvent(), window.filter().eventIndexAt(row + 1));
}

void TestMainWindow::altLeftAndAltRight_walkTheSelectionHistory()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Model::Document &document = window.document();
    document.setCurrentEvent(3);
    document.setCurrentEvent(7);
    document.setCurrentEvent(11);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(document.currentEvent(), 7);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(document.currentEvent(), 3);
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(document.currentEvent(), 7);
}

void TestMainWindow::nextAndPreviousEvent_followDateOrderOfVisibleEvents()
{
    App::MainWindow window;
    window.openBundledDataset();
    Model::Document &document = window.document();
    window.stepEvent(+1);
    const int first = window.filter().eventIndexAt(0);
    QCOMPARE(document.currentEvent(), first);
    window.stepEvent(+1);
    QCOMPARE(document.currentEvent(), window.filter().eventIndexAt(1));
    window.stepEvent(-1);
    window.stepEvent(-1);
    QCOMPARE(document.currentEvent(), first); // clamps at the first event
    QVERIFY(
        document.dataset().events[std::size_t(first)].parsed.earliest() <=
        document.dataset().events[std::size_t(window.filter().eventIndexAt(1))].parsed.earliest());
}

void TestMainWindow::recentFiles_arePersistedMostRecentFirst()
{
    {
        App::MainWindow window;
        QVERIFY(
            window.openFile(QStringLiteral(ANCHORLINE_FIXTURES "/valid/minimal.anchorline.json")));
        QVERIFY(window.openFile(QStringLiteral(ANCHORLINE_FIXTURES "/valid/full.anchorline.json")));
    }
    App::MainWindow again;
    const QStringList files = again.recentFiles();
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(0).endsWith(QStringLiteral("full.anchorline.json")));
    QVERIFY(files.at(1).endsWith(QStringLiteral("minimal.anchorline.json")));
}

void TestMainWindow::geometry_isRestoredFromSettings()
{
    {
        App::MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    App::MainWindow again;
    QCOMPARE(again.size(), QSize(1500, 950));
}

void TestMainWindow::oneSelection_drivesEveryView()
{
    // Given the bundled dataset with a library folder holding one source's text (written here)
    QTemporaryDir library;
    App::MainWindow window;
    window.openBundledDataset();
    const Model::Dataset &data = window.document().dataset();
    const int eventIndex =
        window.document().eventIndexById(QStringLiteral("ev-jp-nss-2013-adopted"));
    QVERIFY(eventIndex >= 0);
    const Model::Anchor &anchor = data.events[std::size_t(eventIndex)].evidence.front();
    const Model::Source &source = data.sources[std::size_t(data.indexOfSource(anchor.source))];
    {
        QFile text(library.filePath(source.file));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(("Invented opening. " + anchor.prefix + anchor.exact + anchor.suffix +
                    " Invented ending.")
                       .toUtf8());
    }
    window.setLibraryFolder(library.path());
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // When the user clicks the event's row in the event table
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table);
    const int row = window.filter().proxyRowOf(eventIndex);
    table->scrollTo(table->model()->index(row, 2));
    const QRect cell = table->visualRect(table->model()->index(row, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    // Then the document, the details, the timeline and the source text all follow
    QTRY_COMPARE(window.document().currentEvent(), eventIndex);
    QTRY_COMPARE(window.detailsPanel()->shownEvent(), eventIndex);
    QTRY_COMPARE(window.sourceView()->currentSource(), source.id);
    QTRY_VERIFY(window.sourceView()->textEdit()->textCursor().selectedText().contains(
                    anchor.exact.left(12)) ||
                window.sourceView()->textEdit()->toPlainText().contains(anchor.exact));
    const auto &date = data.events[std::size_t(eventIndex)].parsed;
    QTRY_VERIFY(window.timeline()->visibleStart() <= date.latest() &&
                window.timeline()->visibleEnd() >= date.earliest());

    // And Alt+Left goes back to where the user was before
    window.document().setCurrentEvent(0);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window.document().currentEvent(), eventIndex);
}

void TestMainWindow::searchResult_activatedByKeyboard_selectsTheEventEverywhere()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Ctrl+F focuses the search field
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("Hiroshima Accord"));
    QTRY_VERIFY(window.searchPanel()->resultsModel()->rowCount() > 0);
    QTest::keyClick(field, Qt::Key_Return);
    const int expected =
        window.document().eventIndexById(QStringLiteral("ev-jp-uk-hiroshima-accord-2023"));
    QTRY_COMPARE(window.document().currentEvent(), expected);
    QTRY_COMPARE(window.detailsPanel()->shownEvent(), expected);
}

// The search panel searches the texts the source view holds, and a text hit opens that source:
// the window wires the two panels, so that neither has to know the other.
void TestMainWindow::searchPanel_searchesTheSourceTexts_andATextHitShowsTheSource()
{
    App::MainWindow window;
    window.openBundledDataset();
    auto *search = window.findChild<Views::SearchPanel *>();
    auto *source = window.findChild<Views::SourceTextView *>();
    QVERIFY(search && source);
    const auto &sources = window.document().dataset().sources;
    QVERIFY(sources.size() >= 2);
    // A source other than the one on show, so that showing it is a visible change.
    QString other;
    for (const auto &candidate : sources)
        if (candidate.id != source->currentSource())
            other = candidate.id;
    QVERIFY(!other.isEmpty());
    const QString text =
        QStringLiteral("Some lines, then an unmistakable harbour phrase, and more.");
    emit source->sourceTextsChanged({{other, text}});
    QTRY_VERIFY(!search->isIndexing());
    search->setQuery(QStringLiteral("unmistakable harbour phrase"));
    auto *results = search->findChild<QListView *>();
    QVERIFY(results);
    bool textHit = false;
    for (int row = 0; row < results->model()->rowCount(); ++row)
        textHit =
            textHit || results->model()->index(row, 0).data(Model::SearchIsSourceTextRole).toBool();
    QVERIFY(textHit);
    emit search->showSourcePosition(other, int(text.indexOf(QStringLiteral("unmistakable"))), 12);
    QTRY_COMPARE(source->currentSource(), other);
}

void TestMainWindow::dockLayout_isRestoredFromSettings()
{
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->hide();
        window.close();
    }
    App::MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->isVisible());
}

void TestMainWindow::unsavedChanges_areNotLostByOpeningAnotherFile()
{
    App::MainWindow window;
    window.openBundledDataset();
    QVERIFY(
        window.document().setEventField(0, Model::EventField::Summary, QStringLiteral("Edited.")));
    QVERIFY(window.isWindowModified());
    // Nobody can answer a hidden window's question: the default keeps the changes.
    QVERIFY(!window.maybeSave());
    window.openBundledDataset();
    QCOMPARE(window.document().dataset().events[0].summary, QStringLiteral("Edited."));
    window.setDiscardUnsavedWhenHidden(true);
    window.openBundledDataset();
    QVERIFY(window.document().dataset().events[0].summary != QStringLiteral("Edited."));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::importTimelineJs_opensAsNewUnsavedDatasetAndListsProblems()
{
    // Given a TimelineJS3 file with one usable event and one without a start date
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"title": {"text": {"headline": "Imported"}}, "events": [
            {"start_date": {"year": "2013", "month": "12", "day": "17"}, "text": {"headline": "First strategy"}},
            {"text": {"headline": "No date"}}]})");
    }
    App::MainWindow window;
    window.openBundledDataset();
    // When it is imported
    QVERIFY(window.importFile(path));
    // Then the usable event is open as a new, unsaved dataset and the other is reported
    QCOMPARE(window.document().dataset().events.size(), 1u);
    QVERIFY(window.document().filePath().isEmpty());
    QVERIFY2(window.lastError().contains(QStringLiteral("/events/1")),
             qPrintable(window.lastError()));
    QVERIFY(!window.importFile(dir.filePath(QStringLiteral("no-such-file.json"))));
    QCOMPARE(window.document().dataset().events.size(), 1u);
}

void TestMainWindow::f5_presentsTheTourAndEscapeReturns()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    Views::PresentationWindow *presentation = nullptr;
    QTRY_VERIFY((presentation = window.findChild<Views::PresentationWindow *>()) != nullptr);
    QTRY_VERIFY(presentation->isVisible());
    // The first step of the bundled tour is the 2013 strategy, selected in every view.
    QTRY_COMPARE(window.document().currentEventId(), QStringLiteral("ev-jp-nss-2013-adopted"));
    QTest::keyClick(presentation, Qt::Key_Right);
    QTRY_VERIFY(window.document().currentEventId() != QStringLiteral("ev-jp-nss-2013-adopted"));
    QPointer<Views::PresentationWindow> guard(presentation);
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
}

void TestMainWindow::fileMenu_reachesImportExportAndPrint()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *file = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == QStringLiteral("&File"))
            file = action->menu();
    }
    QVERIFY(file);
    QHash<QString, QAction *> byText;
    const std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            byText.insert(action->text(), action);
            if (action->menu())
                collect(action->menu());
        }
    };
    collect(file);
    for (const char *text :
         {"&Import Timeline (TimelineJS3, CSV)…", "&Export Timeline Image…", "Export &Data",
          "Visible Events as &CSV…", "Visible Events as &TimelineJS3…", "Sources as CSL-&JSON…",
          "Sources as &BibTeX…", "Export Tour &Handout (PDF)…", "&Print…", "Print Pre&view…"}) {
        QAction *action = byText.value(QString::fromUtf8(text));
        QVERIFY2(action && action->isEnabled(), text);
    }
    QCOMPARE(byText.value(QStringLiteral("&Print…"))->shortcut(),
             QKeySequence(QKeySequence::Print));
    // The keyboard opens the export dialog on the timeline's current window
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    Views::ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<Views::ExportDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QPointer<Views::ExportDialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(guard.isNull()); // closed and deleted
}

// The window whose keyboard an action's, button's or QShortcut's keys belong to: the nearest
// ancestor that is a window of its own (menus are popups of the window that owns them).
static QWidget *owningWindow(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        auto *widget = qobject_cast<QWidget *>(o);
        if (widget && widget->isWindow() && !qobject_cast<QMenu *>(widget))
            return widget;
    }
    return nullptr;
}

void TestMainWindow::shortcuts_areUniqueWithinEachWindow()
{
    // Given the main window with the data manager and a presentation open
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showDataManager(0);
    window.startPresentation(0, 0);
    QTRY_VERIFY(window.findChild<Views::PresentationWindow *>());
    QVERIFY(window.findChild<Views::DataManagerDialog *>());

    // When every window-wide key of every window is collected
    QHash<QWidget *, QMultiHash<QKeySequence, QString>> keysByWindow;
    const auto note = [&](QObject *object, const QList<QKeySequence> &keys, const QString &what) {
        for (const QKeySequence &key : keys)
            if (!key.isEmpty())
                keysByWindow[owningWindow(object)].insert(key, what);
    };
    for (QAction *action : window.findChildren<QAction *>()) {
        // Widget-local keys may repeat in different widgets; an action on no widget has none.
        if (action->shortcutContext() == Qt::WidgetShortcut ||
            action->shortcutContext() == Qt::WidgetWithChildrenShortcut ||
            action->associatedObjects().isEmpty())
            continue;
        note(action, action->shortcuts(), QStringLiteral("action ") + action->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        // A repeated mnemonic (&New on every page) moves the focus between its buttons, as Qt
        // means it to; only keys given to a button on purpose can clash.
        if (button->shortcut() != QKeySequence::mnemonic(button->text()))
            note(button, {button->shortcut()}, QStringLiteral("button ") + button->text());
    }
    for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        if (shortcut->context() == Qt::WindowShortcut ||
            shortcut->context() == Qt::ApplicationShortcut)
            note(shortcut, shortcut->keys(), QStringLiteral("shortcut"));
    }
    // (the presentation reads its keys in keyPressEvent: it has no shortcuts to clash)
    QVERIFY(keysByWindow.size() >= 2);
    QVERIFY(keysByWindow.value(&window).size() >= 20);

    // Then no key is bound twice within one window (Qt would call it ambiguous and do nothing)
    QStringList clashes;
    for (auto it = keysByWindow.cbegin(); it != keysByWindow.cend(); ++it) {
        const auto &keys = it.value();
        const QList<QKeySequence> unique = keys.uniqueKeys();
        for (const QKeySequence &key : unique) {
            if (keys.count(key) > 1)
                clashes << QStringLiteral("%1 in %2: %3")
                               .arg(key.toString(),
                                    QString::fromLatin1(it.key()->metaObject()->className()),
                                    QStringList(keys.values(key)).join(QStringLiteral(", ")));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMainWindow::ctrlShiftZ_redoesByKeyboard()
{
    // Given an edit that was undone
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    const QString before = window.document().dataset().events[0].title;
    QVERIFY(window.document().setEventField(0, Model::EventField::Title, QStringLiteral("New")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(window.document().dataset().events[0].title, before);
    // When the user presses Ctrl+Shift+Z
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    // Then the edit is back
    QTRY_COMPARE(window.document().dataset().events[0].title, QStringLiteral("New"));
}

void TestMainWindow::selectionFromElsewhere_scrollsTheEventTableToItsRow()
{
    // Given the event table showing its first rows
    App::MainWindow window;
    window.openBundledDataset();
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table);
    const int rows = window.filter().rowCount();
    QVERIFY(rows > 40);
    for (const int row : {rows - 1, 0, rows / 2}) {
        // When the search, the graph or the timeline selects the event of a far row
        window.document().setCurrentEvent(window.filter().eventIndexAt(row));
        // Then the table shows that row
        const QRect cell = table->visualRect(table->model()->index(row, 2));
        QVERIFY2(table->viewport()->rect().contains(cell.center()),
                 qPrintable(QString::number(row)));
        QCOMPARE(table->currentIndex().row(), row);
    }
}

namespace {

QStringList recordedWarnings;

void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform says what it cannot do for a window; that is not the app's doing.
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        recordedWarnings << message;
}

} // namespace

void TestMainWindow::scriptedSession_printsNoQtWarning()
{
    // Given the bundled dataset with a text for every source it cites, written here: each
    // source's quoted passages after an opening whose length grows with the source's place in
    // the list, so a step of the tour can go from far down a long text to a short one
    QTemporaryDir library;
    App::MainWindow window;
    window.openBundledDataset();
    const Model::Dataset &data = window.document().dataset();
    QHash<QString, QString> texts;
    for (std::size_t i = 0; i < data.sources.size(); ++i)
        texts[data.sources[i].id] =
            QStringLiteral("Invented opening for the tests. ").repeated(int(i) * 300);
    for (const Model::Event &event : data.events)
        for (const Model::Anchor &anchor : event.evidence)
            texts[anchor.source] += QStringLiteral("Invented filler. ") + anchor.prefix +
                                    anchor.exact + anchor.suffix + u'\n';
    int written = 0;
    for (const Model::Source &source : data.sources) {
        if (source.file.isEmpty())
            continue;
        QFile file(library.filePath(source.file));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(texts.value(source.id).toUtf8());
        ++written;
    }
    QVERIFY(written >= 2);
    QVERIFY(!data.tours.empty() && data.tours.front().steps.size() >= 3);
    recordedWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordWarnings);
    const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });

    // When the user starts, selects an event, presents the whole tour and leaves,
    window.setLibraryFolder(library.path());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Generous: resolving every anchor of the library under ASan on a busy machine took 6 s.
    QTRY_VERIFY_WITH_TIMEOUT(!window.sourceView()->isResolving(), 60000);
    window.document().setCurrentEvent(window.filter().eventIndexAt(0));
    QTest::keyClick(&window, Qt::Key_F5);
    Views::PresentationWindow *presentation = nullptr;
    QTRY_VERIFY((presentation = window.findChild<Views::PresentationWindow *>()) != nullptr);
    QTRY_VERIFY(presentation->isVisible());
    for (std::size_t step = 1; step < data.tours.front().steps.size(); ++step) {
        QTest::keyClick(presentation, Qt::Key_Right);
        QTest::qWait(20);
    }
    QPointer<Views::PresentationWindow> guard(presentation);
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
    // and edits an event, undoes and redoes it by keyboard
    const int edited = window.document().currentEvent();
    QVERIFY(edited >= 0);
    QVERIFY(window.document().setEventField(edited, Model::EventField::Title,
                                            QStringLiteral("Edited title")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(window.document().dataset().events[std::size_t(edited)].title !=
                QStringLiteral("Edited title"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(window.document().dataset().events[std::size_t(edited)].title,
                 QStringLiteral("Edited title"));

    // Then Qt had nothing to warn about
    QVERIFY2(recordedWarnings.isEmpty(), qPrintable(recordedWarnings.join(QLatin1Char('\n'))));
}

void TestMainWindow::chartFilter_framesTheTimelineOnTheEventsLeft()
{
    // Given the whole dataset on the timeline
    App::MainWindow window;
    window.openBundledDataset();
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *charts = window.findChild<Views::ChartsPanel *>();
    QVERIFY(charts);
    QAbstractItemModel *model = charts->eventsPerYear()->model();
    int row2022 = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->headerData(row, Qt::Vertical).toString() == QLatin1String("2022"))
            row2022 = row;
    QVERIFY(row2022 >= 0);
    window.timeline()->fitAll(); // the window opens on the dataset's own span; Fit All shows all
    QVERIFY(window.timeline()->visibleStart() < Model::daysFromCivil(2000, 1, 1));
    // When a 2022 bar is clicked
    charts->eventsPerYear()->filterToBar(row2022, 0);
    // Then the timeline shows about 2022, not the decades around it
    QTRY_VERIFY(window.timeline()->visibleStart() > Model::daysFromCivil(2020, 1, 1));
    QVERIFY(window.timeline()->visibleEnd() < Model::daysFromCivil(2025, 1, 1));
}

void TestMainWindow::mergeConflicts_offerTheResolveDialogWhileThereAreAny()
{
    App::MainWindow window;
    window.openBundledDataset();
    QAction *resolve = nullptr;
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Resolve &Merge Conflicts…"))
                resolve = action;
        }
    }
    QVERIFY(resolve);
    QPushButton *notice = nullptr;
    for (QPushButton *button : window.statusBar()->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("merge conflict")))
            notice = button;
    }
    QVERIFY(notice);
    QVERIFY(!resolve->isVisible());
    QVERIFY(notice->isHidden());

    // A file `anchorline merge` left a conflict in: the menu item and the notice appear.
    QVERIFY(
        window.openFile(QStringLiteral(ANCHORLINE_FIXTURES "/merge/conflicted.anchorline.json")));
    QVERIFY(resolve->isVisible());
    QVERIFY(!notice->isHidden());
    QVERIFY(notice->text().startsWith(QStringLiteral("1 merge conflict")));
    notice->click();
    auto *dialog = window.findChild<Views::MergeConflictDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->resolve(0, Model::MergeSide::Theirs));
    QVERIFY(!resolve->isVisible());
    QVERIFY(notice->isHidden());
    window.document().undoStack()->undo();
    QVERIFY(resolve->isVisible());
    dialog->close();
    window.setDiscardUnsavedWhenHidden(true);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
