// The focus (collapsed) time scale as drawn: golden images of an export, hit-testing through the
// warped mapping in the renderer and in the interactive view, and the overview strip.
//
// Goldens: tests/fixtures/focus/golden-*.png. After an intended change of the drawing,
// regenerate them with ANCHORLINE_UPDATE_GOLDEN=1 (the same variable as tst_timelinerenderer),
// look at them, and commit them. A failing comparison saves the rendered image in the temp folder.

#include "document/document.h"
#include "export/timelineexport.h"
#include "goldenimage.h"
#include "index/eventindex.h"
#include "io/datasetreader.h"
#include "itemmodels/eventfilterproxy.h"
#include "layout/focuswarp.h"
#include "layout/timescale.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTest>
#include <memory>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ANCHORLINE_FIXTURES "/focus/") + name;
}

// Compares with the golden image `name`, or writes it when ANCHORLINE_UPDATE_GOLDEN is set.
QString compareWithGolden(const QImage &image, const QString &name)
{
    const QString path = fixture(name);
    if (qEnvironmentVariableIsSet("ANCHORLINE_UPDATE_GOLDEN") && !image.save(path))
        return QStringLiteral("cannot write ") + path;
    const QImage golden(path);
    if (golden.isNull())
        return QStringLiteral("no golden image ") + path;
    const double fraction = Anchorline::Tests::differingFraction(image, golden, 48);
    if (fraction <= 0.01)
        return QString();
    const QString saved = QDir::temp().filePath(QFileInfo(path).fileName());
    image.save(saved);
    return QStringLiteral("%1% of pixels differ from %2 (rendered: %3)")
        .arg(fraction * 100)
        .arg(path, saved);
}

RenderOptions testOptions()
{
    RenderOptions options;
    options.font = QFont(QStringLiteral("DejaVu Sans"));
    options.font.setPixelSize(12);
    options.locale = QLocale(QLocale::English);
    options.today = daysFromCivil(2025, 6, 1);
    options.devicePixelRatio = 1;
    return options;
}

} // namespace

class TestFocusScale final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void export_matchesGoldenImage_data();
    void export_matchesGoldenImage();
    void export_linearAndFocusDiffer_onlyWhenThereAreGaps();
    void renderer_hitTestingFollowsTheFocusScale();
    void view_focusScaleGivesTheDenseYearsTheWidth_andClicksHitTheirEvents();
    void view_overviewFollowsTheFocusScale();

private:
    Dataset m_data;
};

void TestFocusScale::initTestCase()
{
    LoadResult result = DatasetReader::readFile(fixture(QStringLiteral("gaps.anchorline.json")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    m_data = std::move(*result.dataset);
    QVERIFY(m_data.events.size() >= 10);
}

void TestFocusScale::export_matchesGoldenImage_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(TimelineTheme::Light);
    QTest::newRow("dark") << int(TimelineTheme::Dark);
}

void TestFocusScale::export_matchesGoldenImage()
{
    QFETCH(int, theme);
    // Given the fixture (one event in 1951, one in 1989, a dozen in 2014-2024), exported with the
    // focus scale over its default window, with title and legend
    ExportInput input;
    input.dataset = &m_data;
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.pixelSize = QSize(1000, 460);
    options.dpi = 96;
    options.theme = TimelineTheme(theme);
    options.today = daysFromCivil(2025, 6, 1);
    options.focusScale = true;
    TimelineExporter exporter(input, options);
    // When it is rendered
    const QImage image = exporter.renderImage();
    // Then it looks like the golden image
    const QString message = compareWithGolden(
        image, QStringLiteral("golden-export-%1.png").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY2(message.isEmpty(), qPrintable(message));
}

void TestFocusScale::export_linearAndFocusDiffer_onlyWhenThereAreGaps()
{
    ExportInput input;
    input.dataset = &m_data;
    ExportOptions options;
    options.pixelSize = QSize(800, 400);
    options.dpi = 96;
    options.today = daysFromCivil(2025, 6, 1);
    // Given the fixture with its long gaps: the two scales draw different pictures
    TimelineExporter linear(input, options);
    options.focusScale = true;
    TimelineExporter focus(input, options);
    QVERIFY(linear.renderImage() != focus.renderImage());
    // And both show every event
    QCOMPARE(focus.visibleEventCount(), int(m_data.events.size()));
    // Given events spread evenly (one a season, a few days off): no gap is long, so the focus
    // scale is the linear one, to the pixel
    Dataset even;
    even.actors.push_back(
        Actor{QStringLiteral("a"), QStringLiteral("A"), {}, QColor(Qt::blue), {}, {}});
    for (int i = 0; i < 40; ++i) {
        Event e;
        e.id = QStringLiteral("ev-%1").arg(i);
        e.title = QStringLiteral("Event %1").arg(i);
        e.date = QStringLiteral("%1-%2-%3")
                     .arg(2010 + i / 4)
                     .arg(1 + 3 * (i % 4), 2, 10, QLatin1Char('0'))
                     .arg(1 + (i * 7) % 20, 2, 10, QLatin1Char('0'));
        e.parsed = PartialDate::fromString(e.date);
        e.actors << QStringLiteral("a");
        even.events.push_back(e);
    }
    ExportInput evenInput;
    evenInput.dataset = &even;
    TimelineExporter evenFocus(evenInput, options);
    options.focusScale = false;
    TimelineExporter evenLinear(evenInput, options);
    QCOMPARE(evenFocus.window(), evenLinear.window());
    QVERIFY(evenFocus.renderImage() == evenLinear.renderImage());
}

void TestFocusScale::renderer_hitTestingFollowsTheFocusScale()
{
    // Given the fixture drawn with the focus scale over 1949-2026
    EventIndex index;
    index.build(m_data);
    TimelineRenderer renderer;
    renderer.setData(&m_data, &index);
    TimelineViewState state;
    state.startDay = daysFromCivil(1949, 1, 1);
    state.endDay = daysFromCivil(2026, 1, 1);
    state.warp = std::make_shared<const FocusWarp>(FocusWarp::fromIndex(index));
    QVERIFY(!state.warp->isIdentity());
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1000, 420), state, testOptions());
    painter.end();
    TimeScale focus(state.startDay, state.endDay, frame.plot.width());
    focus.setWarp(state.warp);
    const TimeScale linear(state.startDay, state.endDay, frame.plot.width());
    // Then every exact-day event sits where the focus scale puts its day, not where the linear
    // scale would, and a click on its marker finds it
    int checked = 0;
    for (const char *id : {"ev-treaty-1951", "ev-review-2014", "ev-strategy-2022", "ev-budget-2023",
                           "ev-meeting-2024"}) {
        const int event = m_data.indexOfEvent(QString::fromLatin1(id));
        const double day = double(index.earliestOf(event)) + 0.5;
        const double expected = frame.plot.left() + focus.dayToX(day);
        bool found = false;
        for (const auto &[marked, point] : frame.markerPoints) {
            if (marked != event)
                continue;
            found = true;
            QVERIFY2(qAbs(point.x() - expected) < 1.0, id);
            QCOMPARE(frame.eventAt(point), event);
            ++checked;
        }
        QVERIFY2(found, id);
        if (QByteArray(id) != "ev-treaty-1951") // after the first break
            QVERIFY(qAbs(expected - (frame.plot.left() + linear.dayToX(day))) > 50);
    }
    QCOMPARE(checked, 5);
    // And the middle of a break is empty
    const ScaleBreak &gap = state.warp->breaks().front();
    const double x = frame.plot.left() + focus.dayToX((gap.startDay + gap.endDay) / 2);
    for (const TimelineFrame::Lane &lane : frame.lanes)
        QCOMPARE(frame.eventAt(QPointF(x, lane.rows.center().y())), -1);
}

void TestFocusScale::view_focusScaleGivesTheDenseYearsTheWidth_andClicksHitTheirEvents()
{
    // Given the view fitted on the fixture
    Document document;
    EventFilterProxy filter(document);
    TimelineView view(document, filter);
    view.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    view.resize(1100, 520);
    QVERIFY(document.load(fixture(QStringLiteral("gaps.anchorline.json"))).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    const double from = daysFromCivil(2014, 1, 1), to = daysFromCivil(2025, 1, 1);
    const double linearWidth = view.xForDay(to) - view.xForDay(from);
    // When the focus scale is turned on
    view.setFocusScale(true);
    QVERIFY(view.isFocusScale());
    // Then the view stays fitted on every event, and 2014-2024 gets far more of the width
    for (const Event &event : document.dataset().events) {
        QVERIFY(event.parsed.earliest() >= view.visibleStart());
        QVERIFY(event.parsed.latest() <= view.visibleEnd());
    }
    const double focusWidth = view.xForDay(to) - view.xForDay(from);
    QVERIFY2(focusWidth > 2 * linearWidth,
             qPrintable(QStringLiteral("%1 vs %2").arg(focusWidth).arg(linearWidth)));
    QVERIFY2(focusWidth > 0.5 * view.plotRect().width(), qPrintable(QString::number(focusWidth)));
    // And a click on a marker in the dense years selects its event
    const int event = document.dataset().indexOfEvent(u"ev-strategy-2022");
    QPointF marker(-1, -1);
    for (const auto &[marked, point] : view.frame().markerPoints) {
        if (marked == event)
            marker = point;
    }
    QVERIFY(marker.x() >= 0);
    QVERIFY(qAbs(marker.x() - view.xForDay(daysFromCivil(2022, 12, 16) + 0.5)) < 1.0);
    QCOMPARE(view.eventAt(marker), event);
    QTest::mouseClick(&view, Qt::LeftButton, {}, marker.toPoint());
    QCOMPARE(document.currentEvent(), event);
    // And day -> x -> day round-trips through the view
    for (double day = daysFromCivil(1950, 1, 1); day < daysFromCivil(2025, 1, 1); day += 401)
        QVERIFY(qAbs(view.dayAtX(view.xForDay(day)) - day) < 1e-6);
    // And turning it off gives the linear scale back
    view.setFocusScale(false);
    view.fitAll();
    QVERIFY(qAbs(view.xForDay(to) - view.xForDay(from) - linearWidth) < 1.0);
}

void TestFocusScale::view_overviewFollowsTheFocusScale()
{
    // Given the focus scale, zoomed in on 2022
    Document document;
    EventFilterProxy filter(document);
    TimelineView view(document, filter);
    view.resize(1100, 520);
    QVERIFY(document.load(fixture(QStringLiteral("gaps.anchorline.json"))).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocusScale(true);
    view.setVisibleRange(daysFromCivil(2022, 1, 1), daysFromCivil(2023, 1, 1));
    // When the overview is clicked where the focus scale puts mid-2019
    TimelineRenderer renderer;
    EventIndex index;
    index.build(document.dataset());
    renderer.setData(&document.dataset(), &index);
    QImage scratch(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    renderer.render(painter, view.timelineRect(), view.viewState(), view.renderOptions());
    painter.end();
    const QRectF plot = renderer.overviewPlotRect(view.overviewRect());
    const TimeScale overview = renderer.overviewScale(plot.width(), view.viewState());
    QVERIFY(overview.isWarped());
    const double target = daysFromCivil(2019, 7, 1);
    QTest::mouseClick(&view, Qt::LeftButton, {},
                      QPoint(int(std::lround(plot.left() + overview.dayToX(target))),
                             int(view.overviewRect().center().y())));
    // Then the window is centred there (within the day a pixel of the overview covers)
    const double centre = (view.visibleStart() + view.visibleEnd()) / 2;
    QVERIFY2(qAbs(centre - target) < 2 * overview.daysPerPixel() + 1,
             qPrintable(QString::number(centre - target)));
}

QTEST_MAIN(TestFocusScale)
#include "tst_focusscale.moc"
