// Counts the event labels in SVG exports, whose text stays text: labelled in full, by the
// short title, cut short with "…", or folded into a "+N" badge. The same count measures the
// bundled dataset against the targets of the label layout.
#include "export/timelineexport.h"
#include "io/datasetreader.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

struct LabelCount
{
    int events = 0; // events whose date meets the window
    int full = 0;
    int shortened = 0; // their shortTitle
    int cut = 0;       // the title cut with "…"
    int badged = 0;    // the sum of the "+N" badges
    int strategyFull = 0;
    int strategy = 0;
    int labelled() const { return full + shortened + cut; }
};

QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

// Each text of the picture is used for one event at most, so two events with the same title
// need two labels.
LabelCount countLabels(const QByteArray &svg, const Dataset &data, double from, double to)
{
    QStringList pool = svgTexts(svg);
    LabelCount count;
    static const QRegularExpression badge(QStringLiteral("^\\+(\\d+)$"));
    for (const QString &text : pool) {
        const auto match = badge.match(text);
        if (match.hasMatch())
            count.badged += match.captured(1).toInt();
    }
    const QChar ellipsis(0x2026);
    for (const Event &e : data.events) {
        if (!e.parsed.isValid() || double(e.parsed.earliest()) >= to ||
            double(e.parsed.latest()) + 1 <= from)
            continue;
        ++count.events;
        const bool strategy = e.kind == QLatin1String("strategy-document");
        count.strategy += strategy ? 1 : 0;
        if (pool.removeOne(e.title)) {
            ++count.full;
            count.strategyFull += strategy ? 1 : 0;
            continue;
        }
        if (!e.shortTitle.isEmpty() && pool.removeOne(e.shortTitle)) {
            ++count.shortened;
            continue;
        }
        for (qsizetype i = 0; i < pool.size(); ++i) {
            const QString &t = pool[i];
            if (t.size() > 1 && t.endsWith(ellipsis) && e.title.startsWith(t.chopped(1))) {
                pool.removeAt(i);
                ++count.cut;
                break;
            }
        }
    }
    return count;
}

QString row(const QString &name, const LabelCount &c)
{
    return QStringLiteral("%1: %2 events, %3 in full, %4 short title, %5 cut, %6 in +N, %7 "
                          "without label; strategy documents in full %8/%9")
        .arg(name)
        .arg(c.events)
        .arg(c.full)
        .arg(c.shortened)
        .arg(c.cut)
        .arg(c.badged)
        .arg(c.events - c.labelled() - c.badged)
        .arg(c.strategyFull)
        .arg(c.strategy);
}

QByteArray exportSvg(const Dataset &data, QSize size, double from, double to)
{
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = size;
    options.dpi = 96; // laid out at the real pixel size
    options.startDay = from;
    options.endDay = to;
    options.today = daysFromCivil(2026, 12, 4);
    ExportInput input;
    input.dataset = &data;
    TimelineExporter exporter(input, options);
    return exporter.toSvg();
}

Dataset readText(const QByteArray &json)
{
    LoadResult r = DatasetReader::readBytes(json, QStringLiteral("fixture.json"));
    return r.ok() ? std::move(*r.dataset) : Dataset();
}

// Events of one lane: `count` on one day (a crowded cluster) and a few spread out.
QByteArray fixture(int crowded)
{
    QByteArray events;
    auto add = [&](const QString &id, const QString &title, const QString &date,
                   const QString &kind, const QString &extra) {
        if (!events.isEmpty())
            events += ",\n";
        events += QStringLiteral(R"({"id": "%1", "title": "%2", "date": "%3", "kind": "%4", )"
                                 R"("actors": ["a"]%5})")
                      .arg(id, title, date, kind, extra)
                      .toUtf8();
    };
    for (int i = 0; i < crowded; ++i)
        add(QStringLiteral("c%1").arg(i),
            QStringLiteral("Crowded meeting number %1 on the same day").arg(i),
            QStringLiteral("2020-06-01"), QStringLiteral("meeting"), QString());
    add(QStringLiteral("doc"), QStringLiteral("The strategy document of that day"),
        QStringLiteral("2020-06-01"), QStringLiteral("strategy-document"),
        QStringLiteral(R"(, "shortTitle": "Strategy")"));
    add(QStringLiteral("s1"), QStringLiteral("An early lonely event"), QStringLiteral("2019-02-01"),
        QStringLiteral("meeting"), QString());
    add(QStringLiteral("s2"), QStringLiteral("A late lonely event"), QStringLiteral("2021-09-01"),
        QStringLiteral("meeting"), QString());
    return R"({"format": "anchorline", "version": 1, "title": "Fixture",
      "actors": [{"id": "a", "name": "A", "color": "#336699"}], "events": [)" +
           events + "]}";
}

} // namespace

class TestExportLabels final : public QObject
{
    Q_OBJECT
private slots:
    void sparseFixture_everyEventLabelledInFull();
    void crowdedFixture_everyEventIsCounted_andTheDocumentIsLabelled();
    void bundledDataset_meetsTheLabelTargets_data();
    void bundledDataset_meetsTheLabelTargets();
};

void TestExportLabels::sparseFixture_everyEventLabelledInFull()
{
    // Given a lane with a handful of events a year or more apart
    const Dataset data = readText(fixture(2));
    QCOMPARE(int(data.events.size()), 5);
    const double from = daysFromCivil(2018, 1, 1), to = daysFromCivil(2023, 1, 1);
    // When it is exported at 1920x1080
    const LabelCount c = countLabels(exportSvg(data, QSize(1920, 1080), from, to), data, from, to);
    // Then every event is labelled with its whole title
    QCOMPARE(c.events, 5);
    QCOMPARE(c.full, 5);
    QCOMPARE(c.badged, 0);
}

void TestExportLabels::crowdedFixture_everyEventIsCounted_andTheDocumentIsLabelled()
{
    // Given sixty events on one day, one of them a strategy document, in a small picture
    const Dataset data = readText(fixture(60));
    QCOMPARE(int(data.events.size()), 63);
    const double from = daysFromCivil(2018, 1, 1), to = daysFromCivil(2023, 1, 1);
    // When it is exported at 800x300
    const LabelCount c = countLabels(exportSvg(data, QSize(800, 300), from, to), data, from, to);
    // Then some labels are drawn, what did not fit is in "+N" badges, and nothing is lost
    QCOMPARE(c.events, 63);
    QVERIFY(c.labelled() > 0);
    QVERIFY(c.badged > 0);
    QVERIFY(c.labelled() + c.badged <= c.events);
    // And the strategy document, labelled first, keeps its whole title
    QCOMPARE(c.strategy, 1);
    QCOMPARE(c.strategyFull, 1);
}

void TestExportLabels::bundledDataset_meetsTheLabelTargets_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("labelled");
    QTest::addColumn<double>("inFull");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 0.80 << 0.60;
    QTest::newRow("3840x2160") << QSize(3840, 2160) << 0.95 << 0.85;
}

void TestExportLabels::bundledDataset_meetsTheLabelTargets()
{
    QFETCH(QSize, size);
    QFETCH(double, labelled);
    QFETCH(double, inFull);
    // Given the bundled dataset, 2013 to December 2026
    LoadResult r = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Dataset &data = *r.dataset;
    const double from = daysFromCivil(2013, 1, 1), to = daysFromCivil(2027, 1, 1);
    // When it is exported as SVG at the real pixel size
    const LabelCount c = countLabels(exportSvg(data, size, from, to), data, from, to);
    qInfo("%s", qPrintable(row(QTest::currentDataTag(), c)));
    // Then every strategy document is labelled in full and enough events are labelled
    QVERIFY(c.events > 50);
    QCOMPARE(c.strategyFull, c.strategy);
    QVERIFY2(c.labelled() >= labelled * c.events, qPrintable(row(QString(), c)));
    // "In full": the whole title or the author's own short title, never a cut one.
    QVERIFY2(c.full + c.shortened >= inFull * c.events, qPrintable(row(QString(), c)));
}

QTEST_MAIN(TestExportLabels)
#include "tst_exportlabels.moc"
