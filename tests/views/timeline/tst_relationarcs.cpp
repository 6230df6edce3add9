#include "core/dataset.h"
#include "index/eventindex.h"
#include "testdata.h"
#include "timeline/timelinerenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Anchorline;

// "A toggle draws the relations among visible events as arcs over the timeline itself."
class TestRelationArcs final : public QObject
{
    Q_OBJECT

private slots:
    void arcs_joinRelatedEventsThatAreDrawn_onlyWhenAsked();
    void arcs_skipRelationsWhoseEventIsOutOfView();

private:
    static int render(const Model::Dataset &data, bool arcs, double fromYear, double toYear,
                      QImage *image = nullptr);
};

int TestRelationArcs::render(const Model::Dataset &data, bool arcs, double fromYear, double toYear,
                             QImage *image)
{
    Model::EventIndex index;
    index.build(data);
    Views::TimelineRenderer renderer;
    renderer.setData(&data, &index);
    Views::RenderOptions options;
    options.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    options.today = Model::daysFromCivil(2026, 1, 1);
    options.showRelationArcs = arcs;
    Views::TimelineViewState state;
    state.startDay = Model::daysFromCivil(int(fromYear), 1, 1);
    state.endDay = Model::daysFromCivil(int(toYear), 1, 1);
    QImage local(1200, 500, QImage::Format_ARGB32_Premultiplied);
    QImage &target = image ? *image : local;
    target = QImage(1200, 500, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&target);
    const int count = renderer.render(painter, QRectF(0, 0, 1200, 500), state, options).arcs;
    painter.end();
    return count;
}

void TestRelationArcs::arcs_joinRelatedEventsThatAreDrawn_onlyWhenAsked()
{
    // Given the small dataset: the 2022 strategy supersedes the 2013 one
    const Model::Dataset data = Anchorline::Testing::smallDataset();
    QImage without, with;
    // When the timeline shows both, with and without arcs
    QCOMPARE(render(data, false, 2010, 2027, &without), 0);
    QCOMPARE(render(data, true, 2010, 2027, &with), 1);
    // Then the arc is painted: the pictures differ
    QVERIFY(with != without);
}

void TestRelationArcs::arcs_skipRelationsWhoseEventIsOutOfView()
{
    const Model::Dataset data = Anchorline::Testing::smallDataset();
    QCOMPARE(render(data, true, 2020, 2027), 0); // the 2013 strategy is out of view
}

QTEST_MAIN(TestRelationArcs)
#include "tst_relationarcs.moc"
