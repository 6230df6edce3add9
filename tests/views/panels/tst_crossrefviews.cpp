#include "charts/chartspanel.h"
#include "charts/chartview.h"
#include "charts/documentthemematrix.h"
#include "charts/eventsperyearchart.h"
#include "charts/metricchart.h"
#include "charts/themefrequencychart.h"
#include "core/roles.h"
#include "document/document.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/relationpanelmodel.h"
#include "panels/relationgraph.h"
#include "panels/relationpanel.h"
#include "testdata.h"

#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Anchorline;
using Model::Document;
using Model::EventFilterProxy;

namespace {
QString bundledPath()
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json");
}

// The panel row of the related event with `id`, or an invalid index.
QModelIndex rowOfEvent(QAbstractItemModel *model, const QString &id)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int e = 0; e < model->rowCount(group); ++e) {
            const QModelIndex event = model->index(e, 0, group);
            if (event.data(Model::IdRole).toString() == id)
                return event;
        }
    }
    return {};
}
} // namespace

class TestCrossRefViews final : public QObject
{
    Q_OBJECT

private slots:
    void relationPanel_showsTheCurrentEventsTitleAsPlainText();
    void relationPanel_clickOnRelatedEvent_makesItCurrent();
    void relationPanel_enterOnRelatedEvent_makesItCurrent();
    void relationGraph_clickOnNode_makesItCurrent();
    void relationGraph_hopToggle_growsTheNeighbourhood();
    void relationGraph_keys_zoomInAndOut();
    void relationGraph_opensFitted_withEveryTitleReadable();
    void matrix_inTheTabBelowTheTimeline_showsRowsAndWholeHeaders();
    void relationGraph_interpretationEdge_saysSoApartFromFacts();
    void matrix_loadedWhileOnScreen_fitsItsHeadersAtOnce();
    void matrix_clickOnCell_listsPassages_andGoToEventNavigates();
    void matrix_whileHidden_sortsNothing_andComesBackAsItWas();
    void matrix_exportCsv_writesTheModelsCsv();
    void eventsChart_barClick_filtersToYearAndActor_andClears();
    void eventsChart_filtersClearedElsewhere_disableClearChartFilter();
    void metricChart_pointClick_selectsItsEvent();
    void charts_exportPngAndSvg();
};

void TestCrossRefViews::relationPanel_showsTheCurrentEventsTitleAsPlainText()
{
    // Given a title that looks like markup
    Model::Dataset dataset = Testing::smallDataset();
    dataset.events[1].title = QStringLiteral("<b>First</b> strategy");
    Document document;
    document.setDataset(std::move(dataset), QString());
    EventFilterProxy filter(document);
    Views::RelationPanel panel(document, filter);

    // When the event becomes current
    document.setCurrentEvent(1);

    // Then the header shows the literal text, through plain-text labels only
    QCOMPARE(panel.headerText(), QStringLiteral("<b>First</b> strategy"));
    for (QLabel *label : panel.findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestCrossRefViews::relationPanel_clickOnRelatedEvent_makesItCurrent()
{
    // Given the bundled dataset, the 2022 strategy current and the panel on screen
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::RelationPanel panel(document, filter);
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-jp-nss-2022")));
    QSignalSpy changed(&document, &Document::currentEventChanged);

    // When the user clicks the 2013 strategy, which the 2022 one supersedes
    const QModelIndex target = rowOfEvent(panel.model(), QStringLiteral("ev-jp-nss-2013-adopted"));
    QVERIFY(target.isValid());
    const QRect rect = panel.treeView()->visualRect(target);
    QVERIFY(rect.isValid());
    QTest::mouseClick(panel.treeView()->viewport(), Qt::LeftButton, {}, rect.center());

    // Then it becomes the current event and the panel follows it
    QTRY_COMPARE(document.currentEventId(), QStringLiteral("ev-jp-nss-2013-adopted"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.headerText(),
             document.dataset().events[std::size_t(document.currentEvent())].title);
}

void TestCrossRefViews::relationPanel_enterOnRelatedEvent_makesItCurrent()
{
    // Given the small dataset with the 2013 strategy current
    Document document;
    document.setDataset(Testing::smallDataset(), QString());
    EventFilterProxy filter(document);
    Views::RelationPanel panel(document, filter);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-nss-2013")));

    // When the keyboard user moves to the related event and presses Enter
    panel.treeView()->setFocus();
    QTest::keyClick(panel.treeView(), Qt::Key_Home);
    QTest::keyClick(panel.treeView(), Qt::Key_Down);
    QCOMPARE(panel.treeView()->currentIndex().data(Model::IdRole).toString(),
             QStringLiteral("ev-nss-2022"));
    QTest::keyClick(panel.treeView(), Qt::Key_Return);

    // Then the 2022 strategy is current
    QTRY_COMPARE(document.currentEventId(), QStringLiteral("ev-nss-2022"));
}

void TestCrossRefViews::relationGraph_clickOnNode_makesItCurrent()
{
    // Given the bundled dataset and the graph around the 2022 strategy
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::RelationGraph graph(document, filter);
    graph.resize(1000, 600);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-jp-nss-2022")));
    QSignalSpy changed(&document, &Document::currentEventChanged);

    // When the user clicks the node of the National Defense Strategy
    const int target = document.eventIndexById(QStringLiteral("ev-jp-nds-2022"));
    const QRect node = graph.nodeRectInViewport(target);
    QVERIFY(!node.isEmpty());
    QVERIFY(graph.view()->viewport()->rect().contains(node.center()));
    QTest::mouseClick(graph.view()->viewport(), Qt::LeftButton, {}, node.center());

    // Then it becomes current and the graph is rebuilt around it
    QTRY_COMPARE(document.currentEvent(), target);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(graph.graphLayout().nodes.front().eventIndex, target);
}

void TestCrossRefViews::relationGraph_hopToggle_growsTheNeighbourhood()
{
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::RelationGraph graph(document, filter);
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-jp-nss-2022")));
    QSignalSpy hops(&graph, &Views::RelationGraph::hopsChanged);
    const std::size_t oneHop = graph.graphLayout().nodes.size();

    // When the user switches to two hops
    graph.setHops(2);

    // Then there are more events, and back at one hop the same as before
    QCOMPARE(hops.count(), 1);
    QVERIFY(graph.graphLayout().nodes.size() > oneHop);
    graph.setHops(1);
    QCOMPARE(graph.graphLayout().nodes.size(), oneHop);
}

void TestCrossRefViews::relationGraph_keys_zoomInAndOut()
{
    Document document;
    document.setDataset(Testing::smallDataset(), QString());
    EventFilterProxy filter(document);
    Views::RelationGraph graph(document, filter);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    document.setCurrentEvent(1);
    const double before = graph.view()->zoom();
    QTest::keyClick(graph.view(), Qt::Key_Minus);
    QVERIFY(graph.view()->zoom() < before);
    QTest::keyClick(graph.view(), Qt::Key_Plus);
    QTest::keyClick(graph.view(), Qt::Key_Plus);
    QVERIFY(graph.view()->zoom() > before);
}

// Issue 18, item 4: the graph is fitted when it opens, Fit cuts nothing off, and node text is
// drawn at the panel's font size: a graph too large to fit scrolls instead of shrinking.
void TestCrossRefViews::relationGraph_opensFitted_withEveryTitleReadable()
{
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-jp-nds-2022")));
    // Built while hidden, as in a tab not yet opened; then shown wide enough for one hop.
    Views::RelationGraph graph(document, filter);
    graph.resize(1100, 600);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    QVERIFY(graph.graphLayout().nodes.size() >= 3);
    const QRect viewport = graph.view()->viewport()->rect();
    const auto everythingInView = [&] {
        const QRect drawn =
            graph.view()->mapFromScene(graph.view()->scene()->itemsBoundingRect()).boundingRect();
        return viewport.contains(drawn);
    };
    QTRY_VERIFY(everythingInView());
    QCOMPARE(graph.labelledNodeCount(), int(graph.graphLayout().nodes.size()));
    // Fit after zooming in shows it all again, the right edge included.
    QTest::keyClick(graph.view(), Qt::Key_Plus);
    QTest::keyClick(graph.view(), Qt::Key_Plus);
    QTest::keyClick(graph.view(), Qt::Key_0);
    QVERIFY(everythingInView());

    // Two hops in a narrow panel: titles stay readable; the graph scrolls, the centre in view.
    graph.resize(380, 560);
    graph.setHops(2);
    QTRY_COMPARE(graph.labelledNodeCount(), int(graph.graphLayout().nodes.size()));
    const int centre = document.currentEvent();
    QVERIFY(viewport.intersects(graph.nodeRectInViewport(centre)));
    QVERIFY(graph.view()->horizontalScrollBar()->maximum() > 0);
}

void TestCrossRefViews::relationGraph_interpretationEdge_saysSoApartFromFacts()
{
    // Given the later Tokuchi piece, linked to the earlier one only by the dataset author's
    // reading, and to the events it discusses by fact
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::RelationGraph graph(document, filter);

    // When it is the current event
    QVERIFY(document.setCurrentEventById(QStringLiteral("ev-src-004-published")));

    // Then the reading's edge is marked as an interpretation and the factual edges are not
    QStringList interpretations;
    int facts = 0;
    for (const QGraphicsItem *item : graph.view()->scene()->items()) {
        const QString tip = item->toolTip();
        if (tip.endsWith(QLatin1String("(interpretation)")))
            interpretations << tip;
        facts += tip.endsWith(QLatin1String("(fact)")) ? 1 : 0;
    }
    QCOMPARE(interpretations.size(), 1);
    QVERIFY2(interpretations.front().contains(QLatin1String("continues")),
             qPrintable(interpretations.front()));
    QVERIFY(facts > 0);
}

// Issue 18, item 5: in the short tab under the timeline the matrix shows more than a handful
// of rows, its document headers are whole and the sort stays on the total after a load.
void TestCrossRefViews::matrix_inTheTabBelowTheTimeline_showsRowsAndWholeHeaders()
{
    // Made before the data arrives, as the window makes it.
    Document document;
    EventFilterProxy filter(document);
    Views::DocumentThemeMatrix matrix(document, filter);
    QVERIFY(document.load(bundledPath()).ok());
    matrix.resize(960, 250);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QTableView *table = matrix.tableView();
    QAbstractItemModel *sorted = matrix.sortedModel();
    QVERIFY(sorted->rowCount() > 8);
    const int total = sorted->columnCount() - 1;
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), total);
    // Sorted by total, largest first.
    QVERIFY(sorted->index(0, total).data().toInt() >= sorted->index(1, total).data().toInt());
    int visibleRows = 0;
    for (int row = 0; row < sorted->rowCount(); ++row)
        visibleRows +=
            table->viewport()->rect().contains(table->visualRect(sorted->index(row, 0))) ? 1 : 0;
    QVERIFY2(visibleRows >= 6, qPrintable(QString::number(visibleRows)));
    QHeaderView *header = table->horizontalHeader();
    for (int column = 1; column < sorted->columnCount(); ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(column)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
}

// The headers are measured when the matrix is shown (a hidden tab skips the work while a large
// file opens), and again at once when data arrives while it is on screen.
void TestCrossRefViews::matrix_loadedWhileOnScreen_fitsItsHeadersAtOnce()
{
    Document document;
    EventFilterProxy filter(document);
    Views::DocumentThemeMatrix matrix(document, filter);
    matrix.resize(960, 250);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QVERIFY(document.load(bundledPath()).ok());
    QHeaderView *header = matrix.tableView()->horizontalHeader();
    const int documents = matrix.sortedModel()->columnCount() - 2;
    QVERIFY(documents > 3);
    int widened = 0;
    for (int column = 1; column <= documents; ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1").arg(column)));
        widened += header->sectionSize(column) > header->defaultSectionSize() ? 1 : 0;
    }
    // Something was measured: the bundled titles include words longer than a header line.
    QVERIFY(widened > 0);
}

// Issue 25: a hidden matrix (a tab not on show) leaves its table empty, so that a load does not
// sort and lay out 100,000 document columns nobody sees; shown again, it is as it was left, or
// up to date when the data changed meanwhile.
void TestCrossRefViews::matrix_whileHidden_sortsNothing_andComesBackAsItWas()
{
    // Given the small dataset's matrix on screen with a cell chosen
    Document document;
    document.setDataset(Testing::smallDataset(), QString());
    EventFilterProxy filter(document);
    Views::DocumentThemeMatrix matrix(document, filter);
    matrix.resize(900, 600);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QAbstractItemModel *sorted = matrix.sortedModel();
    const int rows = sorted->rowCount();
    QVERIFY(rows > 0);
    const QModelIndex cell = sorted->index(0, 2);
    matrix.tableView()->setCurrentIndex(cell);
    const QString cellText = cell.data().toString();
    const QString themeText = sorted->index(0, 0).data().toString();
    const int passages = matrix.passageList()->count();

    // When it is hidden, the table holds nothing
    matrix.hide();
    QCOMPARE(sorted->rowCount(), 0);
    QCOMPARE(sorted->columnCount(), 0);

    // Then, shown again, it has the same rows and the same current cell
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QCOMPARE(sorted->rowCount(), rows);
    const QModelIndex current = matrix.tableView()->currentIndex();
    QCOMPARE(current.row(), 0);
    QCOMPARE(current.column(), 2);
    QCOMPARE(current.data().toString(), cellText);
    QCOMPARE(sorted->index(0, 0).data().toString(), themeText);
    QCOMPARE(matrix.passageList()->count(), passages);

    // And data that arrives while it is hidden is there, sorted by total, when it is shown
    matrix.hide();
    QVERIFY(document.load(bundledPath()).ok());
    QCOMPARE(sorted->rowCount(), 0);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QVERIFY(sorted->rowCount() > 8);
    const int total = sorted->columnCount() - 1;
    QCOMPARE(matrix.tableView()->horizontalHeader()->sortIndicatorSection(), total);
    for (int row = 1; row < sorted->rowCount(); ++row)
        QVERIFY(sorted->index(row - 1, total).data().toInt() >=
                sorted->index(row, total).data().toInt());
    QHeaderView *header = matrix.tableView()->horizontalHeader();
    for (int column = 1; column < total; ++column)
        QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
}

void TestCrossRefViews::matrix_clickOnCell_listsPassages_andGoToEventNavigates()
{
    // Given the small dataset's matrix on screen
    Document document;
    document.setDataset(Testing::smallDataset(), QString());
    EventFilterProxy filter(document);
    Views::DocumentThemeMatrix matrix(document, filter);
    matrix.resize(900, 600);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));

    // When the user clicks the (Three pillars, Second strategy) cell
    QAbstractItemModel *sorted = matrix.sortedModel();
    int pillarsRow = -1;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        if (sorted->index(row, 0).data().toString() == QLatin1String("Three pillars"))
            pillarsRow = row;
    }
    QVERIFY(pillarsRow >= 0);
    const QRect cell = matrix.tableView()->visualRect(sorted->index(pillarsRow, 2));
    QTest::mouseClick(matrix.tableView()->viewport(), Qt::LeftButton, {}, cell.center());

    // Then its two passages are listed, as plain text with their source
    QCOMPARE(matrix.passageList()->count(), 2);
    QVERIFY(matrix.passageList()->item(0)->text().contains(QStringLiteral("a remarkable passage")));
    QVERIFY(matrix.passageList()->item(0)->text().contains(QStringLiteral("An article")));

    // When the user activates the second passage (the relation's)
    matrix.goToPassage(1);

    // Then its event, the 2013 strategy at the relation's other end, is current
    QCOMPARE(document.currentEventId(), QStringLiteral("ev-nss-2013"));
}

void TestCrossRefViews::matrix_exportCsv_writesTheModelsCsv()
{
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::DocumentThemeMatrix matrix(document, filter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.csv"));
    QString error;
    QVERIFY2(matrix.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.startsWith(QStringLiteral("theme,")));
    QVERIFY(csv.contains(QStringLiteral("Second National Security Strategy (2022) (2022-12-16)")));
    QCOMPARE(csv.count(QLatin1Char('\n')), int(document.dataset().themes.size()) + 1);
    QVERIFY(!matrix.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv"))));
}

void TestCrossRefViews::eventsChart_barClick_filtersToYearAndActor_andClears()
{
    // Given the events-per-year chart over the bundled dataset
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::ChartsPanel panel(document, filter);
    Views::EventsPerYearChart *chart = panel.eventsPerYear();
    QAbstractItemModel *model = chart->model();
    QSignalSpy filterChanged(&filter, &EventFilterProxy::filterChanged);
    int row2022 = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->headerData(row, Qt::Vertical).toString() == QLatin1String("2022"))
            row2022 = row;
    }
    QVERIFY(row2022 >= 0);

    // When the Japan segment of 2022 is clicked
    chart->filterToBar(row2022, 0);

    // Then the filter holds the year 2022 and Japan, and the chart shows only that
    QVERIFY(filterChanged.count() >= 1);
    QCOMPARE(filter.actors(), QSet<QString>{QStringLiteral("japan")});
    QCOMPARE(filter.windowFrom(), std::optional(Model::daysFromCivil(2022, 1, 1)));
    QCOMPARE(filter.windowTo(), std::optional(Model::daysFromCivil(2022, 12, 31)));
    QVERIFY(chart->isBarFilterActive());
    QCOMPARE(model->headerData(0, Qt::Vertical).toString().toInt() <= 2022, true);

    // When the chart filter is cleared
    chart->clearBarFilter();

    // Then nothing is filtered any more
    QVERIFY(!filter.isFiltering());
    QVERIFY(!chart->isBarFilterActive());
}

void TestCrossRefViews::eventsChart_filtersClearedElsewhere_disableClearChartFilter()
{
    // Given a chart filter set by a bar click, with "Clear chart filter" enabled
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::ChartsPanel panel(document, filter);
    QPushButton *clear = nullptr;
    for (QPushButton *button : panel.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Clear chart filter"))
            clear = button;
    QVERIFY(clear);
    QVERIFY(!clear->isEnabled());
    panel.eventsPerYear()->filterToBar(panel.eventsPerYear()->model()->rowCount() - 1, 0);
    QVERIFY(clear->isEnabled());
    // When every filter is cleared elsewhere (Edit ▸ Clear Filters)
    filter.setActors({});
    filter.setDateWindow(std::nullopt, std::nullopt);
    // Then there is no chart filter left to clear
    QVERIFY(!panel.eventsPerYear()->isBarFilterActive());
    QVERIFY(!clear->isEnabled());
}

void TestCrossRefViews::metricChart_pointClick_selectsItsEvent()
{
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::MetricChart chart(document, filter);
    QAbstractItemModel *points = chart.metricModel(0);
    QVERIFY(points);
    QCOMPARE(points->rowCount(), 6);

    chart.selectPoint(0, 0);

    QCOMPARE(document.currentEventId(), QStringLiteral("ev-jp-three-security-documents-2022"));
}

void TestCrossRefViews::charts_exportPngAndSvg()
{
    // Given the three charts
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    Views::ChartsPanel panel(document, filter);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTemporaryDir dir;
    const QList<Views::ChartView *> charts{panel.eventsPerYear(), panel.metrics(),
                                           panel.themeFrequency()};
    for (int i = 0; i < charts.size(); ++i) {
        panel.tabs()->setCurrentIndex(i);
        // When each is exported as PNG and SVG
        const QString png = dir.filePath(QStringLiteral("chart%1.png").arg(i));
        const QString svg = dir.filePath(QStringLiteral("chart%1.svg").arg(i));
        QString error;
        QVERIFY2(charts[i]->exportImage(png, &error), qPrintable(error));
        QVERIFY2(charts[i]->exportImage(svg, &error), qPrintable(error));
        // Then the PNG is a real, non-blank image and the SVG a drawing with the chart's text
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 600);
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; y += 7) {
            for (int x = 0; x < image.width() && !coloured; x += 7) {
                const QColor c = image.pixelColor(x, y);
                coloured = c.saturation() > 100;
            }
        }
        QVERIFY(coloured);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
    }
    QString error;
    QVERIFY(!charts[0]->exportImage(dir.filePath(QStringLiteral("chart.bmpx")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestCrossRefViews)
#include "tst_crossrefviews.moc"
