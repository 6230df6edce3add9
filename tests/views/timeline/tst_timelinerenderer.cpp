// TimelineRenderer: golden images, hit-testing, label placement, aggregation and vector output.

#include "goldenimage.h"
#include "index/eventindex.h"
#include "io/datasetreader.h"
#include "layout/timescale.h"
#include "testdata.h"
#include "timeline/timelinerenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ANCHORLINE_FIXTURES "/timeline/") + name;
}

RenderOptions testOptions(TimelineTheme theme = TimelineTheme::Light)
{
    RenderOptions options;
    options.theme = theme;
    options.font = QFont(QStringLiteral("DejaVu Sans"));
    options.font.setPixelSize(12);
    options.locale = QLocale(QLocale::English);
    options.today = daysFromCivil(2025, 6, 1);
    options.devicePixelRatio = 1;
    return options;
}

TimelineViewState windowOf(int y0, int y1)
{
    TimelineViewState state;
    state.startDay = daysFromCivil(y0, 1, 1);
    state.endDay = daysFromCivil(y1, 1, 1);
    return state;
}

Dataset randomDataset(int events, int lanes, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Dataset data;
    for (int i = 0; i < lanes; ++i)
        data.actors.push_back(Actor{QStringLiteral("a%1").arg(i),
                                    QStringLiteral("Lane %1").arg(i),
                                    {},
                                    QColor::fromHsv(i * 40, 200, 180),
                                    {},
                                    {}});
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("ev-%1").arg(i);
        e.title = QStringLiteral("Event %1 ").arg(i) + QString(uniform(0, 30), QLatin1Char('x'));
        const int year = uniform(1990, 2020), month = uniform(1, 12), day = uniform(1, 28);
        const int shape = uniform(0, 9);
        if (shape < 6)
            e.date = QStringLiteral("%1-%2-%3")
                         .arg(year)
                         .arg(month, 2, 10, QLatin1Char('0'))
                         .arg(day, 2, 10, QLatin1Char('0'));
        else if (shape < 8)
            e.date = QStringLiteral("%1-%2/%3")
                         .arg(year)
                         .arg(month, 2, 10, QLatin1Char('0'))
                         .arg(year + uniform(0, 3));
        else if (shape < 9)
            e.date = QStringLiteral("%1~").arg(year);
        else
            e.date = QStringLiteral("%1-%2/..").arg(year).arg(month, 2, 10, QLatin1Char('0'));
        e.parsed = PartialDate::fromString(e.date);
        e.actors << data.actors[std::size_t(uniform(0, lanes - 1))].id;
        data.events.push_back(e);
    }
    return data;
}

// Everything a frame placed, and its pixels: two renderers that agree on this drew the same.
struct Placed
{
    std::vector<QRectF> labels;
    std::vector<QRectF> badges;
    std::vector<QRectF> markers;
    std::vector<std::pair<int, QRectF>> hits;
    QImage image;
};

Placed renderInto(TimelineRenderer &renderer, const TimelineViewState &state,
                  const RenderOptions &options, QSize size = QSize(1200, 600))
{
    Placed placed;
    placed.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&placed.image);
    const TimelineFrame &frame = renderer.render(painter, QRectF(QPointF(), size), state, options);
    painter.end();
    placed.labels = frame.labels;
    placed.badges = frame.badges;
    placed.markers = frame.markers;
    for (const auto &hit : frame.hits)
        placed.hits.emplace_back(hit.event, hit.rect);
    return placed;
}

// Exact comparison (no fuzz): the same placement, or a message saying what differs.
QString differences(const Placed &a, const Placed &b)
{
    auto rects = [](const char *what, const std::vector<QRectF> &x, const std::vector<QRectF> &y) {
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 vs %3")
                .arg(QLatin1String(what))
                .arg(x.size())
                .arg(y.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (x[i].x() != y[i].x() || x[i].y() != y[i].y() || x[i].width() != y[i].width() ||
                x[i].height() != y[i].height())
                return QStringLiteral("%1 %2 differs").arg(QLatin1String(what)).arg(i);
        }
        return QString();
    };
    for (const QString &message :
         {rects("labels", a.labels, b.labels), rects("badges", a.badges, b.badges),
          rects("markers", a.markers, b.markers)}) {
        if (!message.isEmpty())
            return message;
    }
    if (a.hits.size() != b.hits.size())
        return QStringLiteral("hits: %1 vs %2").arg(a.hits.size()).arg(b.hits.size());
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
        if (a.hits[i].first != b.hits[i].first || a.hits[i].second != b.hits[i].second)
            return QStringLiteral("hit %1 differs").arg(i);
    }
    if (a.image != b.image)
        return QStringLiteral("pixels differ");
    return QString();
}

TourStep stepOf(const QString &eventId)
{
    TourStep step;
    step.event = eventId;
    return step;
}

} // namespace

class TestTimelineRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_matchesGoldenImage_data();
    void render_matchesGoldenImage();
    void eventAt_findsTheEventUnderAMarker();
    void eventAt_returnsNothingInEmptySpace();
    void labels_neverOverlap();
    void manyEvents_areAggregatedIntoDensity();
    void fewEvents_areDrawnOneByOne();
    void collapsedLane_takesLittleRoom();
    void svgOutput_containsLanesAndLabelsAsText();
    void darkTheme_keepsBlackLanesVisible();
    void laneHeader_saysWhatItsCountsCount();
    void labelCache_warmRendererPlacesLikeAColdOne();
    void labelCache_widthsAreThoseOfTheWholeTitles();
    void labels_emphasizedEventIsLabelledFirst();
    void labels_keyEventsComeFromKindPriorityAndTours();
    void labels_tourStepIsLabelledFirst();
    void labels_followTheFontSize();
    void labelCache_isDroppedWhenTheFontChanges();
    void labelCache_isDroppedWhenTheDataChanges();
    void deepTime_fromTheBigBangToToday_isDrawnWithItsAxisInGa();

private:
    Dataset m_data;
    EventIndex m_index;
};

void TestTimelineRenderer::initTestCase()
{
    LoadResult result = DatasetReader::readFile(fixture(QStringLiteral("small.anchorline.json")));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    m_data = std::move(*result.dataset);
    m_index.build(m_data);
}

void TestTimelineRenderer::render_matchesGoldenImage_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<bool>("chrome");
    QTest::newRow("light") << int(TimelineTheme::Light) << false;
    QTest::newRow("dark") << int(TimelineTheme::Dark) << false;
    QTest::newRow("high-contrast-with-title-and-legend")
        << int(TimelineTheme::HighContrast) << true;
}

void TestTimelineRenderer::render_matchesGoldenImage()
{
    QFETCH(int, theme);
    QFETCH(bool, chrome);
    // Given the small fixture over 2009–2027 and a current event
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    TimelineViewState state = windowOf(2009, 2027);
    state.currentEvent = m_data.indexOfEvent(u"ev-docs-2022");
    RenderOptions options = testOptions(TimelineTheme(theme));
    options.showTitle = chrome;
    options.showLegend = chrome;
    // When it is rendered
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(painter, QRectF(0, 0, 1000, 420), state, options);
    painter.end();
    // Then it looks like the golden image (regenerate with ANCHORLINE_UPDATE_GOLDEN=1, then look)
    const QString name =
        fixture(QStringLiteral("golden-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (qEnvironmentVariableIsSet("ANCHORLINE_UPDATE_GOLDEN"))
        QVERIFY(image.save(name));
    const QImage golden(name);
    QVERIFY2(!golden.isNull(), qPrintable(name));
    const double fraction = Anchorline::Tests::differingFraction(image, golden, 48);
    if (fraction > 0.01)
        image.save(QDir::temp().filePath(QFileInfo(name).fileName()));
    QVERIFY2(fraction <= 0.01,
             qPrintable(QStringLiteral("%1% of pixels differ").arg(fraction * 100)));
}

void TestTimelineRenderer::eventAt_findsTheEventUnderAMarker()
{
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    const TimelineViewState state = windowOf(2009, 2027);
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1000, 420), state, testOptions());
    // Given an exact-day event: its marker sits at the middle of its day
    for (const char *id : {"ev-nss-2013", "ev-guidelines-2015", "ev-china-2016"}) {
        const int event = m_data.indexOfEvent(QString::fromLatin1(id));
        const int lane = m_index.laneOf(event);
        const TimelineFrame::Lane *box = frame.findLane(lane);
        QVERIFY(box);
        const TimeScale scale(state.startDay, state.endDay, frame.plot.width());
        const double x = frame.plot.left() + scale.dayToX(m_index.earliestOf(event) + 0.5);
        bool found = false;
        // When hit-testing at the marker, whichever row it landed in
        for (int row = 0; row < box->rowCount && !found; ++row) {
            const double y = box->rows.top() + (row + 0.5) * (box->rows.height() / box->rowCount);
            found = frame.eventAt(QPointF(x, y)) == event;
        }
        // Then the event is found
        QVERIFY2(found, id);
    }
}

void TestTimelineRenderer::eventAt_returnsNothingInEmptySpace()
{
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1000, 420), windowOf(1990, 2000), testOptions());
    QCOMPARE(frame.eventAt(QPointF(frame.plot.center())), -1);
    QCOMPARE(frame.eventAt(QPointF(5, 5)), -1);
}

void TestTimelineRenderer::labels_neverOverlap()
{
    // Property over random datasets, windows and sizes (fixed seed): no two labels overlap, no
    // label overlaps a '+N' badge, and every label stays inside its lane's rows.
    std::mt19937 rng(20240601);
    int drawn = 0;
    for (int round = 0; round < 25; ++round) {
        const Dataset data = randomDataset(std::uniform_int_distribution<int>(20, 900)(rng),
                                           std::uniform_int_distribution<int>(1, 6)(rng), rng());
        EventIndex index;
        index.build(data);
        TimelineRenderer renderer;
        renderer.setData(&data, &index);
        const int y0 = std::uniform_int_distribution<int>(1988, 2015)(rng);
        const double span = std::uniform_real_distribution<double>(20, 12000)(rng);
        TimelineViewState state;
        state.startDay = daysFromCivil(y0, 1, 1);
        state.endDay = state.startDay + span;
        const int w = std::uniform_int_distribution<int>(500, 1600)(rng);
        const int h = std::uniform_int_distribution<int>(200, 900)(rng);
        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const TimelineFrame &frame =
            renderer.render(painter, QRectF(0, 0, w, h), state, testOptions());
        const auto &labels = frame.labels;
        drawn += int(labels.size());
        for (std::size_t i = 0; i < labels.size(); ++i) {
            for (std::size_t j = i + 1; j < labels.size(); ++j) {
                QVERIFY2(!labels[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(labels[j]),
                         qPrintable(QStringLiteral("round %1: labels %2 and %3 overlap")
                                        .arg(round)
                                        .arg(i)
                                        .arg(j)));
            }
            for (const QRectF &badge : frame.badges)
                QVERIFY(!labels[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(badge));
            bool inRows = false;
            for (const auto &lane : frame.lanes)
                inRows = inRows || (labels[i].top() >= lane.rows.top() - 0.5 &&
                                    labels[i].bottom() <= lane.rows.bottom() + 0.5);
            QVERIFY(inRows);
        }
    }
    QVERIFY(drawn > 100); // the property held over labels that were drawn
}

void TestTimelineRenderer::labels_emphasizedEventIsLabelledFirst()
{
    // Property over random datasets and windows (fixed seed): an event marked to label first
    // is labelled whenever it is drawn one by one and its label has room in the plot, in full
    // when the whole title fits there, and it never goes into a '+N' badge.
    std::mt19937 rng(20261204);
    int checked = 0;
    for (int round = 0; round < 40; ++round) {
        const Dataset data = randomDataset(std::uniform_int_distribution<int>(20, 400)(rng),
                                           std::uniform_int_distribution<int>(1, 4)(rng), rng());
        EventIndex index;
        index.build(data);
        TimelineRenderer renderer;
        renderer.setData(&data, &index);
        const int y0 = std::uniform_int_distribution<int>(1988, 2015)(rng);
        TimelineViewState state;
        state.startDay = daysFromCivil(y0, 1, 1);
        state.endDay = state.startDay + std::uniform_real_distribution<double>(200, 6000)(rng);
        // The emphasised event: one in the window, at random
        std::vector<int> inWindow;
        for (int i = 0; i < int(data.events.size()); ++i) {
            const auto &d = data.events[std::size_t(i)].parsed;
            if (d.isValid() && double(d.earliest()) >= state.startDay &&
                double(d.latest()) + 1 <= state.endDay)
                inWindow.push_back(i);
        }
        if (inWindow.empty())
            continue;
        const int event =
            inWindow[std::uniform_int_distribution<std::size_t>(0, inWindow.size() - 1)(rng)];
        state.emphasized = {event};
        QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const TimelineFrame &frame =
            renderer.render(painter, QRectF(0, 0, 1200, 700), state, testOptions());
        const auto *lane = frame.findLane(index.laneOf(event));
        if (!lane || lane->aggregated || lane->collapsed)
            continue;
        ++checked;
        const auto at = std::find(frame.labelEvents.begin(), frame.labelEvents.end(), event);
        QVERIFY2(
            at != frame.labelEvents.end(),
            qPrintable(QStringLiteral("round %1: event %2 not labelled").arg(round).arg(event)));
        const auto style = frame.labelStyles[std::size_t(at - frame.labelEvents.begin())];
        QFont font = testOptions().font;
        font.setStyleStrategy(QFont::PreferAntialias);
        const double width =
            QFontMetricsF(font).horizontalAdvance(data.events[std::size_t(event)].title);
        if (width < frame.plot.width() / 3)
            QCOMPARE(int(style), int(TimelineFrame::LabelStyle::Full));
    }
    QVERIFY(checked > 10);
}

void TestTimelineRenderer::labels_keyEventsComeFromKindPriorityAndTours()
{
    // Given events that differ only in what makes an event key or low
    std::mt19937 rng(7);
    Dataset data = randomDataset(8, 1, rng());
    for (Event &event : data.events) {
        event.kind = QStringLiteral("meeting");
        event.priority.clear();
    }
    data.events[1].kind = QStringLiteral("strategy-document");
    data.events[2].priority = QStringLiteral("high");
    data.events[3].priority = QStringLiteral("low");
    data.events[4].priority = QStringLiteral("low");
    data.events[4].kind = QStringLiteral("strategy-document"); // the kind wins over "low"
    data.tours.push_back(Tour{QStringLiteral("t"),
                              QStringLiteral("Tour"),
                              QString(),
                              {stepOf(data.events[5].id), stepOf(data.events[6].id)},
                              {}});
    data.events[6].priority = QStringLiteral("low"); // a tour step does not lift "low"
    EventIndex index;
    index.build(data);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);

    // Then the ranks say normal, key, key, low, key, key (tour step), low, normal
    const QList<int> expected{0, 1, 1, -1, 1, 1, -1, 0};
    QList<int> ranks;
    for (int event = 0; event < 8; ++event)
        ranks << renderer.baseLabelRank(event);
    QCOMPARE(ranks, expected);
    QCOMPARE(renderer.baseLabelRank(-1), 0);
    QCOMPARE(renderer.baseLabelRank(8), 0);

    // And a new dataset's tours count, not the old one's
    Dataset untoured = data;
    untoured.tours.clear();
    renderer.setData(&untoured, &index);
    QCOMPARE(renderer.baseLabelRank(5), 0);
}

void TestTimelineRenderer::labels_tourStepIsLabelledFirst()
{
    // Property over random datasets and windows (fixed seed): the event of a tour step is
    // labelled whenever it is drawn one by one and its label has room, like an emphasised one.
    std::mt19937 rng(20261206);
    int checked = 0;
    for (int round = 0; round < 40; ++round) {
        Dataset data = randomDataset(std::uniform_int_distribution<int>(20, 400)(rng),
                                     std::uniform_int_distribution<int>(1, 4)(rng), rng());
        const int y0 = std::uniform_int_distribution<int>(1988, 2015)(rng);
        TimelineViewState state;
        state.startDay = daysFromCivil(y0, 1, 1);
        state.endDay = state.startDay + std::uniform_real_distribution<double>(200, 6000)(rng);
        std::vector<int> inWindow;
        for (int i = 0; i < int(data.events.size()); ++i) {
            const auto &d = data.events[std::size_t(i)].parsed;
            if (d.isValid() && double(d.earliest()) >= state.startDay &&
                double(d.latest()) + 1 <= state.endDay &&
                data.events[std::size_t(i)].priority != QLatin1String("low"))
                inWindow.push_back(i);
        }
        if (inWindow.empty())
            continue;
        const int event =
            inWindow[std::uniform_int_distribution<std::size_t>(0, inWindow.size() - 1)(rng)];
        data.tours.push_back(Tour{QStringLiteral("t"),
                                  QStringLiteral("Tour"),
                                  QString(),
                                  {stepOf(data.events[std::size_t(event)].id)},
                                  {}});
        EventIndex index;
        index.build(data);
        TimelineRenderer renderer;
        renderer.setData(&data, &index);
        QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const TimelineFrame &frame =
            renderer.render(painter, QRectF(0, 0, 1200, 700), state, testOptions());
        const auto *lane = frame.findLane(index.laneOf(event));
        if (!lane || lane->aggregated || lane->collapsed)
            continue;
        ++checked;
        QVERIFY2(
            std::find(frame.labelEvents.begin(), frame.labelEvents.end(), event) !=
                frame.labelEvents.end(),
            qPrintable(QStringLiteral("round %1: event %2 not labelled").arg(round).arg(event)));
    }
    QVERIFY(checked > 10);
}

void TestTimelineRenderer::labels_followTheFontSize()
{
    // Given the fixture rendered with a 12 px font and with a 24 px one (a larger text size)
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    RenderOptions options = testOptions();
    const std::vector<QRectF> small =
        renderer.render(painter, QRectF(0, 0, 1600, 900), windowOf(2009, 2027), options).labels;
    options.font.setPixelSize(24);
    const std::vector<QRectF> large =
        renderer.render(painter, QRectF(0, 0, 1600, 900), windowOf(2009, 2027), options).labels;
    // Then labels are drawn at both sizes, about twice as tall and wide at the larger one
    QVERIFY(!small.empty());
    QVERIFY(!large.empty());
    QVERIFY(large.front().height() > 1.8 * small.front().height());
    double smallWidth = 0, largeWidth = 0;
    for (const QRectF &r : small)
        smallWidth = std::max(smallWidth, r.width());
    for (const QRectF &r : large)
        largeWidth = std::max(largeWidth, r.width());
    QVERIFY(largeWidth > 1.6 * smallWidth);
}

void TestTimelineRenderer::manyEvents_areAggregatedIntoDensity()
{
    // Given 20,000 events in 4 lanes, seen all at once
    const Dataset data = randomDataset(20000, 4, 5);
    EventIndex index;
    index.build(data);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1600, 900), windowOf(1985, 2026), testOptions());
    // Then every lane shows density with count badges rather than 5,000 markers
    QCOMPARE(int(frame.lanes.size()), 4);
    for (const auto &lane : frame.lanes)
        QVERIFY(lane.aggregated);
    QVERIFY(frame.labels.empty());
    QVERIFY(!frame.badges.empty());
    QVERIFY(frame.hits.empty());
}

void TestTimelineRenderer::fewEvents_areDrawnOneByOne()
{
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1000, 420), windowOf(2009, 2027), testOptions());
    for (const auto &lane : frame.lanes)
        QVERIFY(!lane.aggregated);
    // Every event of the fixture falls in the window; each is drawn, labelled or summarised.
    int accounted = 0;
    for (const auto &lane : frame.lanes)
        accounted += lane.shownEvents + lane.hiddenEvents;
    QCOMPARE(accounted, m_index.indexedCount());
    QVERIFY(!frame.labels.empty());
}

void TestTimelineRenderer::collapsedLane_takesLittleRoom()
{
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    TimelineViewState state = windowOf(2009, 2027);
    state.collapsedLanes = {true}; // Japan
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1000, 420), state, testOptions());
    const auto *japan = frame.findLane(0);
    QVERIFY(japan && japan->collapsed);
    QVERIFY(japan->rect.height() < 40);
    QCOMPARE(frame.laneHeaderAt(japan->header.center()), 0);
    for (const auto &hit : frame.hits)
        QVERIFY(m_index.laneOf(hit.event) != 0);
}

void TestTimelineRenderer::svgOutput_containsLanesAndLabelsAsText()
{
    // The same renderer paints vector output (export and print use it).
    TimelineRenderer renderer;
    renderer.setData(&m_data, &m_index);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1000, 420));
    svg.setViewBox(QRect(0, 0, 1000, 420));
    QPainter painter(&svg);
    renderer.render(painter, QRectF(0, 0, 1000, 420), windowOf(2009, 2027), testOptions());
    painter.end();
    const QByteArray out = buffer.data();
    QVERIFY(out.contains("United States"));
    QVERIFY(out.contains("First National Security Strategy"));
    QVERIFY(!out.contains("<image")); // no raster sprites in vector output
}

void TestTimelineRenderer::darkTheme_keepsBlackLanesVisible()
{
    Dataset data = m_data;
    data.actors[0].color = Qt::black;
    EventIndex index;
    index.build(data);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    QImage image(600, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(painter, QRectF(0, 0, 600, 300), windowOf(2009, 2027),
                    testOptions(TimelineTheme::Dark));
    const QColor lane = renderer.laneColor(0);
    const QColor background = TimelinePalette::forTheme(TimelineTheme::Dark).background;
    QVERIFY(lane.lightness() - background.lightness() > 60);
}

// Issue 18, item 9: a lane holds the events whose first actor it is, the actor filter counts
// every event that lists the actor; the header gives both, each saying what it counts.
void TestTimelineRenderer::laneHeader_saysWhatItsCountsCount()
{
    Dataset data = m_data;
    QVERIFY(data.actors.size() >= 2);
    // An event of the second actor's lane that involves the first actor too.
    Event shared = data.events.front();
    shared.id = QStringLiteral("ev-shared");
    shared.actors = QStringList{data.actors[1].id, data.actors[0].id};
    data.events.push_back(shared);
    EventIndex index;
    index.build(data);
    int involved = 0;
    for (const Event &event : data.events)
        involved += event.actors.contains(data.actors[0].id) ? 1 : 0;
    const int inLane = index.laneSize(0);
    QVERIFY2(involved > inLane, "the fixture must give the two counts a difference to explain");
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    QImage image(1000, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(painter, QRectF(0, 0, 1000, 420), windowOf(2009, 2027), testOptions());
    QCOMPARE(renderer.laneCountLines(0),
             (QStringList{QStringLiteral("%1 in this lane").arg(inLane),
                          QStringLiteral("%1 involve %2").arg(involved).arg(data.actors[0].name)}));
    // A filter shows how many of the lane are left; the actor's count stays the whole data's.
    index.refilter([&](int event) { return event != index.laneItems(0).front().event; });
    QCOMPARE(renderer.laneCountLines(0).value(0),
             QStringLiteral("%1 of %2 in this lane").arg(inLane - 1).arg(inLane));
    QCOMPARE(renderer.laneCountLines(0).value(1),
             QStringLiteral("%1 involve %2").arg(involved).arg(data.actors[0].name));
}

void TestTimelineRenderer::labelCache_warmRendererPlacesLikeAColdOne()
{
    // Labels are measured once and kept; a renderer that has painted other windows, other
    // filters and crowded lanes before must place and paint exactly what a fresh one does.
    std::mt19937 rng(7);
    int labelled = 0;
    for (int round = 0; round < 8; ++round) {
        const Dataset data = randomDataset(std::uniform_int_distribution<int>(200, 1500)(rng),
                                           std::uniform_int_distribution<int>(1, 6)(rng), rng());
        EventIndex index;
        index.build(data);
        const RenderOptions options = testOptions();
        TimelineViewState state;
        state.startDay = daysFromCivil(std::uniform_int_distribution<int>(1990, 2012)(rng), 1, 1);
        state.endDay = state.startDay + std::uniform_real_distribution<double>(200, 9000)(rng);
        state.currentEvent =
            std::uniform_int_distribution<int>(0, int(data.events.size()) - 1)(rng);

        // Given a renderer warmed on a wider and a narrower window, and on a filtered view
        TimelineRenderer warm;
        warm.setData(&data, &index);
        TimelineViewState other = state;
        other.startDay -= 2000;
        other.endDay += 2000;
        renderInto(warm, other, options);
        other.startDay = state.startDay + 100;
        other.endDay = state.endDay - 100;
        renderInto(warm, other, options);
        index.refilter([](int event) { return event % 3 != 0; });
        renderInto(warm, state, options);
        index.setAllVisible();
        const Placed warmFrame = renderInto(warm, state, options);

        // When a fresh renderer paints the same state
        TimelineRenderer cold;
        cold.setData(&data, &index);
        const Placed coldFrame = renderInto(cold, state, options);

        // Then both place the same labels, markers and badges, pixel for pixel
        labelled += coldFrame.labels.empty() ? 0 : 1;
        const QString diff = differences(coldFrame, warmFrame);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff)));
    }
    QVERIFY(labelled >= 5); // the others were dense enough to show density only
}

void TestTimelineRenderer::labelCache_widthsAreThoseOfTheWholeTitles()
{
    // Given one event per lane, with titles short and long, of narrow and wide letters, with
    // the length-variant separator and in other scripts
    const QStringList titles = {
        QStringLiteral("NSS"),
        QStringLiteral("National Defense Strategy"),
        QString(30, QLatin1Char('W')), // few letters, too wide
        QString(60, QLatin1Char('i')), // many letters, narrow enough
        QStringLiteral("Japan-US Guidelines for Defense Cooperation, revised after two decades"),
        QStringLiteral("Long variant of the title, too wide for a label\x9cShort variant"),
        QStringLiteral("国家安全保障戦略、国家防衛戦略及び防衛力整備計画の閣議決定について"),
        QStringLiteral("الاستراتيجية الوطنية للأمن والدفاع المشترك"),
    };
    Dataset data;
    for (int i = 0; i < int(titles.size()); ++i) {
        data.actors.push_back(Actor{
            QStringLiteral("a%1").arg(i), QStringLiteral("Lane %1").arg(i), {}, Qt::red, {}, {}});
        Event e;
        e.id = QStringLiteral("ev-%1").arg(i);
        e.title = titles[i];
        e.date = QStringLiteral("2020-03-01");
        e.parsed = PartialDate::fromString(e.date);
        e.actors << data.actors.back().id;
        data.events.push_back(e);
    }
    EventIndex index;
    index.build(data);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    const RenderOptions options = testOptions();
    TimelineViewState state = windowOf(2019, 2022);
    // When they are rendered
    QImage image(1400, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const TimelineFrame &frame = renderer.render(painter, QRectF(0, 0, 1400, 900), state, options);
    painter.end();
    // Then, with room on every row, each label is the whole title, as wide as QFontMetricsF
    // measures it
    QFont font = options.font;
    font.setStyleStrategy(QFont::PreferAntialias);
    const QFontMetricsF fm(font);
    QCOMPARE(frame.labels.size(), std::size_t(titles.size()));
    for (const QRectF &label : frame.labels) {
        int lane = -1;
        for (const auto &box : frame.lanes) {
            if (box.rows.contains(label.center()))
                lane = box.lane;
        }
        QVERIFY(lane >= 0);
        const QString &title = data.events[std::size_t(lane)].title;
        const double expected = fm.horizontalAdvance(title);
        QVERIFY2(
            label.width() == expected,
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(title).arg(label.width()).arg(expected)));
    }
}

void TestTimelineRenderer::labelCache_isDroppedWhenTheFontChanges()
{
    const Dataset data = randomDataset(900, 3, 11);
    EventIndex index;
    index.build(data);
    const TimelineViewState detail = windowOf(2000, 2004);
    const TimelineViewState all = windowOf(1985, 2025);
    // Given a renderer that painted labels and count badges at 12 px
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    RenderOptions detailOptions = testOptions();
    RenderOptions options = detailOptions;
    options.maxEventsPerLane = 40; // the wide window shows density and count badges
    renderInto(renderer, detail, detailOptions);
    renderInto(renderer, all, options);
    // When the font grows (classroom mode)
    options.font.setPixelSize(20);
    detailOptions.font.setPixelSize(20);
    const Placed warmDetail = renderInto(renderer, detail, detailOptions);
    const Placed warmAll = renderInto(renderer, all, options);
    // Then labels and badges are measured again, as a fresh renderer measures them
    TimelineRenderer fresh;
    fresh.setData(&data, &index);
    const Placed coldDetail = renderInto(fresh, detail, detailOptions);
    const Placed coldAll = renderInto(fresh, all, options);
    QVERIFY(!coldDetail.labels.empty());
    QVERIFY(!coldAll.badges.empty());
    QString diff = differences(coldDetail, warmDetail);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = differences(coldAll, warmAll);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTimelineRenderer::labelCache_isDroppedWhenTheDataChanges()
{
    Dataset data = randomDataset(300, 2, 3);
    EventIndex index;
    index.build(data);
    const TimelineViewState state = windowOf(2000, 2008);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    const Placed before = renderInto(renderer, state, testOptions());
    // Given titles that change length (an edit, or another dataset with the same event count)
    for (Event &event : data.events)
        event.title = event.title.size() % 2 ? QStringLiteral("Short") : event.title + event.title;
    // When the renderer is told, either way
    for (bool viaSetData : {false, true}) {
        if (viaSetData)
            renderer.setData(&data, &index);
        else
            renderer.invalidateLabels();
        const Placed warm = renderInto(renderer, state, testOptions());
        // Then it places labels as a fresh renderer does for the new titles
        TimelineRenderer fresh;
        fresh.setData(&data, &index);
        const Placed cold = renderInto(fresh, state, testOptions());
        QVERIFY(!differences(before, cold).isEmpty()); // the edit does show
        const QString diff = differences(cold, warm);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestTimelineRenderer::deepTime_fromTheBigBangToToday_isDrawnWithItsAxisInGa()
{
    // Given events from the Big Bang to 2022, in one lane
    Dataset data;
    Actor nature;
    nature.id = QStringLiteral("nature");
    nature.name = QStringLiteral("Nature");
    nature.color = QColor(Qt::darkGreen);
    data.actors.push_back(nature);
    const char *events[][2] = {{"Y-13800000000", "The universe begins to expand"},
                               {"Y-4540000000/Y-4500000000", "Earth accretes"},
                               {"Y-66000000", "An asteroid ends the age of dinosaurs"},
                               {"2022-12-16", "Three security documents"}};
    int n = 0;
    for (const auto &[date, title] : events) {
        const QByteArray id = "deep-" + QByteArray::number(++n);
        data.events.push_back(Anchorline::Testing::makeEvent(id.constData(), date, title,
                                                             {QStringLiteral("nature")}));
        QVERIFY(data.events.back().parsed.isValid());
    }
    EventIndex index;
    index.build(data);
    QCOMPARE(index.indexedCount(), n);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    // When the overview (fit all) is drawn
    const auto [from, to] = renderer.overviewRange();
    QVERIFY(from <= double(daysFromCivil(-13'800'000'000, 1, 1)));
    TimelineViewState state;
    state.startDay = from;
    state.endDay = to;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1200, 300));
    svg.setViewBox(QRect(0, 0, 1200, 300));
    QPainter painter(&svg);
    const TimelineFrame &frame =
        renderer.render(painter, QRectF(0, 0, 1200, 300), state, testOptions());
    // Then every event is drawn where its date is, in order, inside the plot
    QCOMPARE(int(frame.lanes.size()), 1);
    QVERIFY2(int(frame.markers.size()) == n,
             qPrintable(QStringLiteral("%1 markers, lane: %2 shown, %3 hidden, %4 rows")
                            .arg(frame.markers.size())
                            .arg(frame.lanes[0].shownEvents)
                            .arg(frame.lanes[0].hiddenEvents)
                            .arg(frame.lanes[0].rowCount)));
    std::vector<double> xs;
    for (const QRectF &marker : frame.markers) {
        QVERIFY(frame.plot.adjusted(-8, 0, 8, 0).contains(marker.center()));
        xs.push_back(marker.center().x());
    }
    std::sort(xs.begin(), xs.end());
    QVERIFY(xs.back() - xs.front() > frame.plot.width() * 0.8);
    painter.end();
    // and the axis counts back in billions of years
    const QByteArray out = buffer.data();
    QVERIFY2(out.contains(" Ga<") || out.contains(" Ga</"), out.left(400).constData());
    QVERIFY(out.contains("Earth accretes"));
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
