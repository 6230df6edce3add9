#include "export/timelineexport.h"
#include "export/webexport.h"
#include "io/datasetreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

// The single-file web page (issue 19): what it embeds, how it escapes, and that its lanes,
// colours and legend are the desktop renderer's.
class TestWebExport : public QObject
{
    Q_OBJECT

private:
    static Dataset load(const QString &path)
    {
        LoadResult r = DatasetReader::readFile(path);
        if (!r.ok())
            qFatal("%s", qPrintable(r.errorText()));
        return std::move(*r.dataset);
    }
    static Dataset fixture()
    {
        return load(QStringLiteral(ANCHORLINE_FIXTURES "/web/page.anchorline.json"));
    }
    static Dataset bundled()
    {
        return load(
            QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    }
    static QByteArray embeddedJson(const QByteArray &html)
    {
        const QByteArray open = "<script id=\"anchorline-data\" type=\"application/json\">";
        const qsizetype from = html.indexOf(open) + open.size();
        return html.mid(from, html.indexOf("</script>", from) - from);
    }

private slots:
    void scriptSafeJson_escapesEverythingThatEndsAScript()
    {
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("t"),
                                       QStringLiteral("</script><!-- & \u2028\u2029 <img>")}})
                .toJson(QJsonDocument::Compact);
        const QByteArray safe = WebPageExporter::scriptSafeJson(json);
        QVERIFY(!safe.contains('<'));
        QVERIFY(!safe.contains('>'));
        QVERIFY(!safe.contains('&'));
        QVERIFY(!safe.contains("\xe2\x80\xa8"));
        // Still the same JSON.
        QCOMPARE(QJsonDocument::fromJson(safe).object(), QJsonDocument::fromJson(json).object());
    }

    void html_hasCspAndNoRemoteLoads()
    {
        const Dataset dataset = fixture();
        const WebPageExporter page(ExportInput{&dataset, {}, {}, {}}, ExportOptions{},
                                   QStringLiteral("en"));
        const QByteArray html = page.toHtml();
        QVERIFY(html.size() > 10000); // the script and styles are inline
        const QRegularExpression csp(QStringLiteral(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; "
            "img-src data:;[^\"]*\">"));
        QVERIFY(csp.match(QString::fromUtf8(html)).hasMatch());
        // No element of the page loads anything: no src or href at all, no <link>, no @import.
        const QRegularExpression remote(
            QStringLiteral("\\s(?i:src|href)\\s*=|<(?i:link)|@import|\\burl\\("));
        const QString outsideData =
            QString::fromUtf8(html).remove(QString::fromUtf8(embeddedJson(html)));
        QVERIFY2(!remote.match(outsideData).hasMatch(),
                 qPrintable(remote.match(outsideData).captured(0)));
        QCOMPARE(html.count("<script"), 2);
        QCOMPARE(html.count("</script>"), 2);
    }

    void html_dataMarkupStaysText()
    {
        const Dataset dataset = fixture();
        const WebPageExporter page(ExportInput{&dataset, {}, {}, {}}, ExportOptions{},
                                   QStringLiteral("en"));
        const QByteArray html = page.toHtml();
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<b>not bold"));
        QVERIFY(!html.contains("<script>alert"));
        // ...but the text is all there, as JSON the page reads with textContent.
        const QJsonObject data = QJsonDocument::fromJson(embeddedJson(html)).object();
        QCOMPARE(data, page.data());
        QCOMPARE(data[QLatin1String("events")][0][QLatin1String("title")].toString(),
                 QStringLiteral("<img src=x onerror=alert(1)>"));
        // A title with a placeholder's name is inserted once, as escaped text.
        Dataset tricky = fixture();
        tricky.title = QStringLiteral("@@SCRIPT@@ <b>");
        const QByteArray trickyHtml =
            WebPageExporter(ExportInput{&tricky, {}, {}, {}}, ExportOptions{}, QStringLiteral("en"))
                .toHtml();
        QVERIFY(trickyHtml.contains("<title>@@SCRIPT@@ &lt;b&gt;</title>"));
        QCOMPARE(trickyHtml.count("'use strict'"), html.count("'use strict'"));
    }

    void data_everyEventWithItsEvidenceAndLinks()
    {
        const Dataset dataset = bundled();
        const WebPageExporter page(ExportInput{&dataset, {}, {}, {}}, ExportOptions{},
                                   QStringLiteral("en"));
        const QJsonArray events = page.data()[QLatin1String("events")].toArray();
        QVERIFY(!dataset.events.empty());
        QCOMPARE(events.size(), qsizetype(dataset.events.size()));
        int quotes = 0;
        int links = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = dataset.events[std::size_t(i)];
            const QJsonObject e = events[i].toObject();
            QCOMPARE(e[QLatin1String("id")].toString(), event.id);
            QCOMPARE(e[QLatin1String("date")].toString(), event.date);
            QCOMPARE(e[QLatin1String("evidence")].toArray().size(),
                     qsizetype(event.evidence.size()));
            quotes += int(e[QLatin1String("evidence")].toArray().size());
            links += int(e[QLatin1String("links")].toArray().size());
        }
        QVERIFY(quotes > 0);
        // Every relation between two events is a link on both of their cards.
        QCOMPARE(links, 2 * int(dataset.relations.size()));
        QCOMPARE(page.data()[QLatin1String("tours")].toArray().size(),
                 qsizetype(dataset.tours.size()));
        // What the page cannot show is said, as the other exporters say it.
        QCOMPARE(page.leftOut().size(), dataset.metrics.empty() ? 0 : 1);
        if (!dataset.metrics.empty())
            QVERIFY(page.leftOut().front().contains(QLatin1String("metric")));
    }

    void data_lanesColoursAndLegendAreTheRenderers()
    {
        const Dataset dataset = bundled();
        for (const TimelineTheme theme : {TimelineTheme::Light, TimelineTheme::Dark}) {
            ExportOptions options;
            options.theme = theme;
            const WebPageExporter page(ExportInput{&dataset, {}, {}, {}}, options,
                                       QStringLiteral("en"));
            TimelineExporter image(ExportInput{&dataset, {}, {}, {}}, options);
            (void)image.renderImage();
            const TimelineFrame &frame = image.renderer().lastFrame();
            const QJsonArray lanes = page.data()[QLatin1String("lanes")].toArray();
            QVERIFY(!frame.lanes.empty());
            QCOMPARE(lanes.size(), qsizetype(frame.lanes.size()));
            for (qsizetype i = 0; i < lanes.size(); ++i) {
                const int lane = frame.lanes[std::size_t(i)].lane;
                QCOMPARE(lanes[i][QLatin1String("name")].toString(),
                         image.renderer().laneName(lane));
                QCOMPARE(lanes[i][QLatin1String("color")].toString(),
                         image.renderer().laneColor(lane).name());
            }
            // Each event in the lane the app draws it in.
            const QJsonArray events = page.data()[QLatin1String("events")].toArray();
            for (qsizetype i = 0; i < events.size(); ++i) {
                const int slot = events[i][QLatin1String("lane")].toInt();
                QCOMPARE(frame.lanes[std::size_t(slot)].lane, image.index().laneOf(int(i)));
            }
            QCOMPARE(page.data()[QLatin1String("window")].toArray(),
                     (QJsonArray{image.window().first, image.window().second}));
            QCOMPARE(page.data()[QLatin1String("title")].toString(), image.titleText());
            QStringList legend;
            for (const QJsonValue &item : page.data()[QLatin1String("legend")].toArray())
                legend << item[QLatin1String("label")].toString();
            QCOMPARE(legend, TimelineRenderer::legendCaptions());
        }
    }

    void data_filterAndLanesAsTheImageExport()
    {
        const Dataset dataset = fixture();
        // A filter hides events (not a loss: the user asked); a lane left out is said.
        std::vector<char> visible(dataset.events.size(), 1);
        visible[1] = 0; // ev-wall, in the town council's lane
        ExportOptions options;
        options.lanes = {0}; // the town council only
        const WebPageExporter page(ExportInput{&dataset, visible, {}, {}}, options,
                                   QStringLiteral("en"));
        QSet<QString> ids;
        for (const QJsonValue &e : page.data()[QLatin1String("events")].toArray())
            ids << e[QLatin1String("id")].toString();
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("ev-xss"), QStringLiteral("ev-review")}));
        QCOMPARE(page.data()[QLatin1String("lanes")].toArray().size(), 1);
        QCOMPARE(page.leftOut(), QStringList{QStringLiteral("2 event(s) in lanes not shown")});
    }
};

QTEST_MAIN(TestWebExport)
#include "tst_webexport.moc"
