#include "document/document.h"
#include "editing/datamanager/collectionpage.h"
#include "editing/datamanager/datamanagerdialog.h"
#include "editing/datamanager/metricvaluespanel.h"
#include "editing/event/anchoreditdialog.h"
#include "editing/event/dateclaimdialog.h"
#include "editing/event/eventeditdialog.h"
#include "editing/mergeconflictdialog.h"
#include "editing/records/actoreditdialog.h"
#include "editing/records/eraeditdialog.h"
#include "editing/records/metriceditdialog.h"
#include "editing/records/metricpointdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/records/sourceeditdialog.h"
#include "editing/records/themeeditdialog.h"
#include "editing/toureditor.h"
#include "export/exportdialog.h"
#include "itemmodels/eventfilterproxy.h"
#include "mainwindow.h"
#include "presentation/presentationwindow.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>

using namespace Anchorline;

namespace {

// What assistive technology hears as the widget's name: its accessible name, or the text of
// its buddy label, its button text or its window title, as Qt's accessibility computes it.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Parts of a composite that Qt's accessibility presents through the composite itself.
bool isInternalPart(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p))
            return true;
    // Qt's own helper buttons (a line edit's clear button, a table's corner button, the menu
    // bar's overflow button) take no focus and are reached through their owner.
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QAbstractButton *>(widget) && widget->focusPolicy() == Qt::NoFocus &&
        (qobject_cast<const QLineEdit *>(parent) ||
         qobject_cast<const QAbstractItemView *>(parent) || qobject_cast<const QMenuBar *>(parent)))
        return true;
    return qobject_cast<const QScrollBar *>(widget) != nullptr;
}

bool isInteractive(const QWidget *widget)
{
    if (isInternalPart(widget) || qobject_cast<const QMenu *>(widget))
        return false;
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
        qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
        qobject_cast<const QTabBar *>(widget))
        return true;
    // Item views and sliders count where they take the keyboard (headers and scroll bars do not).
    if (qobject_cast<const QAbstractItemView *>(widget) ||
        qobject_cast<const QAbstractSlider *>(widget))
        return widget->focusPolicy() != Qt::NoFocus;
    // Custom widgets that take the keyboard: the timeline, the graph, the matrix, ...
    return widget->focusPolicy() != Qt::NoFocus &&
           widget->metaObject()->className() != QByteArray("QWidget");
}

QString describe(QWidget *widget)
{
    QStringList path;
    for (QWidget *w = widget; w; w = w->parentWidget())
        path.prepend(QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                  w->objectName()));
    return path.join(QStringLiteral(" > "));
}

QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets))
        if (isInteractive(widget) && accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    for (const QString &path : std::as_const(unnamed))
        qWarning("no accessible name: %s", qPrintable(path));
    return unnamed;
}

std::vector<QAccessible::Event> g_events;
std::vector<QObject *> g_eventObjects;
void recordUpdate(QAccessibleEvent *event)
{
    g_events.push_back(event->type());
    g_eventObjects.push_back(event->object());
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_everyInteractiveWidgetHasAName();
    void exportDialog_everyInteractiveWidgetHasAName();
    void presentationWindow_everyInteractiveWidgetHasAName();
    void tourEditor_everyInteractiveWidgetHasAName();
    void dataManagerAndEditDialogs_everyInteractiveWidgetHasAName();
    void userGuide_opensWithANamedBrowser();
    void timeline_reportsTheCurrentEventToAssistiveTechnology();
    void timeline_drawsAFocusFrameWithTheKeyboard();
    void timeline_followsTheApplicationFont();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnchorlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
}

void TestAccessibility::mainWindow_everyInteractiveWidgetHasAName()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = unnamedInteractiveWidgets(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::exportDialog_everyInteractiveWidgetHasAName()
{
    Model::Document document;
    QVERIFY(document.load(App::MainWindow::bundledDatasetPath()).ok());
    Model::EventFilterProxy filter(document);
    Views::ExportDialog dialog(document, filter, 0.0, 20000.0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList unnamed = unnamedInteractiveWidgets(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::presentationWindow_everyInteractiveWidgetHasAName()
{
    Model::Document document;
    QVERIFY(document.load(App::MainWindow::bundledDatasetPath()).ok());
    Model::EventFilterProxy filter(document);
    Views::PresentationWindow presentation(document, filter);
    presentation.setTour(0);
    const QStringList unnamed = unnamedInteractiveWidgets(&presentation);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::tourEditor_everyInteractiveWidgetHasAName()
{
    Model::Document document;
    QVERIFY(document.load(App::MainWindow::bundledDatasetPath()).ok());
    Views::TourEditor editor(document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QStringList unnamed = unnamedInteractiveWidgets(&editor);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::dataManagerAndEditDialogs_everyInteractiveWidgetHasAName()
{
    Model::Document document;
    QVERIFY(document.load(App::MainWindow::bundledDatasetPath()).ok());
    QVERIFY(!document.dataset().metrics.empty());
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<Views::DataManagerDialog>(document));
    dialogs.push_back(std::make_unique<Views::EventEditDialog>(document, 0));
    dialogs.push_back(std::make_unique<Views::EventEditDialog>(document, -1));
    dialogs.push_back(std::make_unique<Views::SourceEditDialog>(document, 0));
    dialogs.push_back(std::make_unique<Views::ActorEditDialog>(document, 0));
    dialogs.push_back(std::make_unique<Views::ThemeEditDialog>(document, 0));
    dialogs.push_back(std::make_unique<Views::EraEditDialog>(document, -1));
    dialogs.push_back(std::make_unique<Views::MetricEditDialog>(document, 0));
    dialogs.push_back(std::make_unique<Views::MetricPointDialog>(document, 0, -1));
    dialogs.push_back(std::make_unique<Views::RelationEditDialog>(document, -1));
    Model::Anchor anchor;
    anchor.source = document.dataset().sources.front().id;
    anchor.exact = QStringLiteral("a passage");
    dialogs.push_back(std::make_unique<Views::AnchorEditDialog>(document, anchor, 0));
    dialogs.push_back(std::make_unique<Views::DateClaimDialog>(document, Model::DateClaim{}, -1));
    dialogs.push_back(std::make_unique<Views::MergeConflictDialog>(document));
    for (const auto &dialog : dialogs) {
        const QStringList unnamed = unnamedInteractiveWidgets(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
}

void TestAccessibility::userGuide_opensWithANamedBrowser()
{
    App::MainWindow window;
    QAction *guide = nullptr;
    for (const QMenu *menu : window.findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (action->text() == QStringLiteral("&User Guide"))
                guide = action;
    QVERIFY(guide);
    guide->trigger();
    QTextBrowser *browser = nullptr;
    QTRY_VERIFY((browser = window.findChild<QTextBrowser *>()) != nullptr);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Browsing the timeline")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Classroom mode")));
    const QStringList unnamed = unnamedInteractiveWidgets(browser->window());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::timeline_reportsTheCurrentEventToAssistiveTechnology()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *timeline = window.findChild<Views::TimelineView *>();
    QVERIFY(timeline);

    QAccessible::installUpdateHandler(recordUpdate);
    QAccessible::setActive(true);
    g_events.clear();
    g_eventObjects.clear();
    // When the current event changes
    window.document().setCurrentEvent(3);
    QAccessible::installUpdateHandler(nullptr);

    // Then the timeline's accessible description names the event...
    const QString title = window.document().dataset().events[3].title;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(timeline);
    QVERIFY(iface);
    QVERIFY2(iface->text(QAccessible::Description).contains(title),
             qPrintable(iface->text(QAccessible::Description)));
    // ...and, where an assistive technology listens (the offscreen platform has none, so Qt
    // sends nothing there), the timeline sends it a DescriptionChanged event.
    if (QAccessible::isActive()) {
        bool told = false;
        for (std::size_t i = 0; i < g_events.size(); ++i)
            told = told || (g_eventObjects[i] == timeline &&
                            g_events[i] == QAccessible::DescriptionChanged);
        QVERIFY(told);
    }
}

void TestAccessibility::timeline_drawsAFocusFrameWithTheKeyboard()
{
    App::MainWindow window;
    window.openBundledDataset();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *timeline = window.findChild<Views::TimelineView *>();
    QVERIFY(timeline->focusPolicy() & Qt::TabFocus);
    window.findChild<QLineEdit *>()->setFocus();
    const QImage unfocused = timeline->grab().toImage();
    timeline->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(timeline->hasFocus());
    const QImage focused = timeline->grab().toImage();
    // The frame is drawn along the widget's edge.
    QVERIFY(focused.pixel(1, focused.height() / 2) != unfocused.pixel(1, unfocused.height() / 2) ||
            focused.pixel(focused.width() / 2, 1) != unfocused.pixel(unfocused.width() / 2, 1));
}

void TestAccessibility::timeline_followsTheApplicationFont()
{
    App::MainWindow window;
    window.openBundledDataset();
    auto *timeline = window.findChild<Views::TimelineView *>();
    QFont big = timeline->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    timeline->setFont(big);
    QCOMPARE(timeline->renderOptions().font.pointSizeF(), big.pointSizeF());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
