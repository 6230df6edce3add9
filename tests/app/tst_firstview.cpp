// The first view on a laptop screen: the window fills the screen, the timeline has the room,
// the bundled dataset opens on its own window, and a selection is brought into view.
// The offscreen platform is given a 1366x768 screen (see main() at the end).

#include "document/document.h"
#include "itemmodels/eventfilterproxy.h"
#include "mainwindow.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Model;
using namespace Anchorline::Views;

class TestFirstView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStart_fillsTheAvailableScreen();
    void firstStart_givesTheTimelineAtLeast60PercentOfTheWidth();
    void firstStart_leavesTheTableFourRows_andTheChartsGetRoomWhenOpened();
    void everyPanel_isReachableFromTheViewMenu();
    void geometryAndPanels_areRestoredOnTheNextStart();
    void bundledDataset_opensOnItsDefaultWindow_andFitAllShowsEverything();
    void legend_isDrawnInTheWindow();
    void selectionInTheTable_isBroughtIntoViewWithItsLabel();
    void selectionAlreadyInView_doesNotMoveTheView();
};

void TestFirstView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnchorlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_firstview"));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestFirstView::init()
{
    QSettings().clear();
}

void TestFirstView::firstStart_fillsTheAvailableScreen()
{
    // Given no saved settings, when the window is shown
    App::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Then it covers the screen's available area, not a fixed 1280x800
    const QRect available = window.screen()->availableGeometry();
    QCOMPARE(window.geometry(), available);
}

void TestFirstView::firstStart_givesTheTimelineAtLeast60PercentOfTheWidth()
{
    // Given a first start on a 1366x768 screen with the bundled dataset
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    // Then the timeline has at least 60% of the width
    const double share = double(window.timeline()->width()) / window.width();
    QVERIFY2(share >= 0.6, qPrintable(QStringLiteral("timeline %1 of %2 px")
                                          .arg(window.timeline()->width())
                                          .arg(window.width())));
    // And it is the larger part of the height too
    QTRY_VERIFY(window.timeline()->height() > window.height() / 2);
}

void TestFirstView::firstStart_leavesTheTableFourRows_andTheChartsGetRoomWhenOpened()
{
    // Given a first start on a 1366x768 screen
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("analysisTabs"));
    QVERIFY(tabs);
    // Then the timeline takes about four fifths of the height above the events table
    QTRY_VERIFY2(window.timeline()->height() >= 3 * tabs->height(),
                 qPrintable(QStringLiteral("timeline %1 px, tabs %2 px")
                                .arg(window.timeline()->height())
                                .arg(tabs->height())));
    const int timelineBefore = window.timeline()->height();
    // When the charts are opened, they get at least the room they need, and about half
    QWidget *charts = tabs->widget(2);
    tabs->setCurrentWidget(charts);
    QTRY_VERIFY(charts->height() >= charts->minimumSizeHint().height());
    QVERIFY2(tabs->height() >= window.timeline()->height() * 9 / 10,
             qPrintable(QStringLiteral("tabs %1 px").arg(tabs->height())));
    // And back on the events table, the timeline has its height again
    tabs->setCurrentIndex(0);
    QTRY_COMPARE(window.timeline()->height(), timelineBefore);
}

void TestFirstView::everyPanel_isReachableFromTheViewMenu()
{
    App::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions())
        if (action->text() == QStringLiteral("&View"))
            view = action->menu();
    QVERIFY(view);
    const auto docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 6);
    for (QDockWidget *dock : docks) {
        // Each panel has its menu entry; a tabbed panel opened from it comes to the front
        QVERIFY2(view->actions().contains(dock->toggleViewAction()),
                 qPrintable(dock->objectName()));
        if (dock->toggleViewAction()->isChecked())
            dock->toggleViewAction()->trigger(); // close
        dock->toggleViewAction()->trigger();     // and open again
        QCoreApplication::processEvents();
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY(dock->widget()->isVisible());
    }
}

void TestFirstView::geometryAndPanels_areRestoredOnTheNextStart()
{
    // Given a window the user made smaller, with the search panel in front, then closed
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(QRect(40, 30, 1000, 640));
        window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->raise();
        QCoreApplication::processEvents();
        window.close();
    }
    // When the next start shows it
    App::MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    // Then it has that geometry, not the screen's, and the search panel in front (on a first
    // start the details are)
    QCOMPARE(again.geometry(), QRect(40, 30, 1000, 640));
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("searchDock"))->widget()->isVisible());
}

void TestFirstView::bundledDataset_opensOnItsDefaultWindow_andFitAllShowsEverything()
{
    // Given the bundled dataset, whose defaultWindow is 2012 to 2026
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Dataset &data = window.document().dataset();
    QVERIFY(data.defaultWindow.has_value());
    // Then the timeline opens on exactly that span, also after the window was laid out
    QCOMPARE(window.timeline()->visibleStart(), double(daysFromCivil(2012, 1, 1)));
    QCOMPARE(window.timeline()->visibleEnd(), double(daysFromCivil(2027, 1, 1)));
    // And Fit All (Ctrl+0) shows every event, back to 1945
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(window.timeline()->visibleStart() <= daysFromCivil(1945, 1, 1));
}

void TestFirstView::legend_isDrawnInTheWindow()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const TimelineFrame &frame = window.timeline()->frame();
    QVERIFY(!frame.legend.isEmpty());
    QVERIFY(window.timeline()->timelineRect().contains(frame.legend));
    // Under the plot, as wide as the timeline
    QVERIFY(frame.legend.top() > frame.plot.top());
    QCOMPARE(frame.legend.width(), window.timeline()->timelineRect().width());
}

void TestFirstView::selectionInTheTable_isBroughtIntoViewWithItsLabel()
{
    // Given the bundled dataset on its opening window (2012-2026)
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Views::TimelineView *timeline = window.timeline();
    // And an event of 2005, outside the window
    const int event =
        window.document().dataset().indexOfEvent(u"ev-us-jp-2plus2-common-objectives-2005");
    QVERIFY(event >= 0);
    QVERIFY(!timeline->isLabelShown(event));
    // When it is selected in the events table
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    const int row = window.filter().proxyRowOf(event);
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 1));
    // Then the timeline brings it into view, labelled
    QTRY_VERIFY(!timeline->isAnimating());
    const double day = window.document().dataset().events[std::size_t(event)].parsed.earliest();
    QVERIFY(day > timeline->visibleStart() && day < timeline->visibleEnd());
    QVERIFY(timeline->isLabelShown(event));
}

void TestFirstView::selectionAlreadyInView_doesNotMoveTheView()
{
    // Given an event already on show with its label
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Views::TimelineView *timeline = window.timeline();
    int shown = -1;
    for (const TimelineFrame::Hit &hit : timeline->frame().hits) {
        if (timeline->isLabelShown(hit.event)) {
            shown = hit.event;
            break;
        }
    }
    QVERIFY(shown >= 0);
    const double start = timeline->visibleStart(), end = timeline->visibleEnd();
    // When it is selected elsewhere
    window.document().setCurrentEvent(shown);
    // Then the view does not jump
    QVERIFY(!timeline->isAnimating());
    QCOMPARE(timeline->visibleStart(), start);
    QCOMPARE(timeline->visibleEnd(), end);
    QVERIFY(timeline->isLabelShown(shown));
}

// A 1366x768 screen for the offscreen platform: a common laptop, the size the issue names.
int main(int argc, char **argv)
{
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"windowFrameMargins": false, "screens": [{"name": "laptop", "x": 0, "y": 0,
                   "width": 1366, "height": 768, "logicalDpi": 96}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + path).toLocal8Bit());
    QApplication app(argc, argv);
    TestFirstView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firstview.moc"
