#include "document.h"
#include "eventfilterproxy.h"
#include "mainwindow.h"
#include "selectionhistory.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Anchorline;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openBundledDataset_titlesTheWindowWithTheDatasetTitle();
    void openBrokenFile_keepsDatasetAndKeepsTheReadersMessage();
    void altLeftAndAltRight_walkTheSelectionHistory();
    void nextAndPreviousEvent_followDateOrderOfVisibleEvents();
    void recentFiles_arePersistedMostRecentFirst();
    void geometry_isRestoredFromSettings();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
