#include "interchange/exportlosses.h"
#include "interchange/formats.h"
#include "io/datasetreader.h"
#include "io/validation.h"

#include <QTest>

using namespace Anchorline::Model;

namespace {

Dataset bundled()
{
    LoadResult r = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    return r.ok() ? std::move(*r.dataset) : Dataset();
}

std::size_t dateClaims(const Dataset &d)
{
    std::size_t n = 0;
    for (const Event &e : d.events)
        n += e.dateClaims.size();
    return n;
}

} // namespace

class TestExportLosses final : public QObject
{
    Q_OBJECT

private slots:
    void summary_namesWhatEachFormatCannotHold();
    void csvRoundTrip_ofTheBundledDataset_losesOnlyWhatTheLineSays();
    void summary_namesTheTranslationsItLeavesOut();
    void summary_ofTheBundledDataset_namesItsJapanese();
};

void TestExportLosses::summary_namesWhatEachFormatCannotHold()
{
    const Dataset d = bundled();
    QVERIFY(!d.relations.empty() && !d.tours.empty() && dateClaims(d) > 0);
    const QString csv = leftOutSummary(FileFormat::Csv, d);
    QVERIFY2(csv.startsWith(QLatin1String("left out: ")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("%1 relations").arg(d.relations.size())), qPrintable(csv));
    QVERIFY2(csv.contains(QLatin1String("1 tour,")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("%1 date claims").arg(dateClaims(d))), qPrintable(csv));
    QVERIFY2(!csv.contains(QLatin1String("evidence")), qPrintable(csv)); // CSV keeps evidence
    const QString tl = leftOutSummary(FileFormat::TimelineJs, d);
    std::size_t eventAnchors = 0; // those of relations and claims go with them
    for (const Event &e : d.events)
        eventAnchors += e.evidence.size();
    QVERIFY2(tl.contains(QStringLiteral("left out: %1 evidence anchors").arg(eventAnchors)),
             qPrintable(tl));
    QVERIFY2(tl.contains(QLatin1String("actor colours")), qPrintable(tl));
    // Nothing is left out of our own format, and bibliographies are asked for the sources only.
    QVERIFY(leftOutSummary(FileFormat::Anchorline, d).isEmpty());
    QVERIFY(leftOutSummary(FileFormat::BibTeX, d).isEmpty());
    qInfo("CSV: %s", qPrintable(csv));
    qInfo("TimelineJS: %s", qPrintable(tl));
}

void TestExportLosses::csvRoundTrip_ofTheBundledDataset_losesOnlyWhatTheLineSays()
{
    // Given the bundled dataset and what the CSV line says it leaves out
    const Dataset d = bundled();
    QVERIFY(d.events.size() > 50);
    const QStringList parts = leftOutParts(FileFormat::Csv, d);
    auto listed = [&](const char *what) {
        return std::any_of(parts.begin(), parts.end(),
                           [&](const QString &p) { return p.endsWith(QLatin1String(what)); });
    };
    // When it goes anchorline -> CSV -> anchorline
    const ImportResult back =
        importBytes(FileFormat::Csv, exportBytes(FileFormat::Csv, d), QStringLiteral("rt.csv"));
    QVERIFY(back.problems.empty());
    const Dataset &r = back.dataset;
    QVERIFY(validateDataset(r, QStringLiteral("rt.csv")).empty());
    // Then what the line does not name came back
    QCOMPARE(r.title, d.title);
    QCOMPARE(r.description, d.description);
    QCOMPARE(r.events.size(), d.events.size());
    for (std::size_t i = 0; i < d.events.size(); ++i) {
        const Event &a = d.events[i];
        const Event &b = r.events[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.shortTitle, a.shortTitle);
        QCOMPARE(b.priority, a.priority);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.summary, a.summary);
        QCOMPARE(b.actors, a.actors);
        QCOMPARE(b.themes, a.themes);
        QCOMPARE(b.evidence.size(), a.evidence.size());
        for (std::size_t k = 0; k < a.evidence.size(); ++k) {
            QCOMPARE(b.evidence[k].source, a.evidence[k].source);
            QCOMPARE(b.evidence[k].exact, a.evidence[k].exact);
        }
        if (!listed("date claims"))
            QCOMPARE(b.dateClaims.size(), a.dateClaims.size());
        if (!listed("notes"))
            QCOMPARE(b.note, a.note);
    }
    // Actors: every actor of an event with its colour, and its name unless the line says so;
    // no duplicates.
    for (const Actor &actor : r.actors) {
        const int i = d.indexOfActor(actor.id);
        QVERIFY2(i >= 0, qPrintable(actor.id));
        QCOMPARE(actor.color, d.actors[std::size_t(i)].color);
        if (!listed("actor names"))
            QCOMPARE(actor.name, d.actors[std::size_t(i)].name);
    }
    if (!listed("actors without events"))
        QCOMPARE(r.actors.size(), d.actors.size());
    if (!listed("eras"))
        QCOMPARE(r.eras.size(), d.eras.size());
    QCOMPARE(r.relations.empty(), !d.relations.empty() && listed(" relations"));
    QCOMPARE(r.tours.empty(), !d.tours.empty() && (listed(" tour") || listed(" tours")));
    QCOMPARE(r.metrics.empty(), !d.metrics.empty() && (listed(" metric") || listed(" metrics")));
}

void TestExportLosses::summary_namesTheTranslationsItLeavesOut()
{
    // Given a dataset whose title, one event, its actor, its theme, an era and a tour carry
    // translations into two languages
    Dataset d;
    d.title = QStringLiteral("Strategy");
    d.translations.setText(TranslatedKind::Dataset, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("戦略"));
    Event e;
    e.id = QStringLiteral("e1");
    e.title = QStringLiteral("National Security Strategy");
    e.date = QStringLiteral("2013-12-17");
    e.parsed = PartialDate::fromString(e.date);
    e.actors = {QStringLiteral("cabinet")};
    e.themes = {QStringLiteral("deterrence")};
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("国家安全保障戦略"));
    e.translations.setText(TranslatedKind::Event, QStringLiteral("fr"), QStringLiteral("title"),
                           QStringLiteral("Stratégie de sécurité nationale"));
    Event unshown = e; // filtered out of the export: its translations are not counted
    unshown.id = QStringLiteral("e2");
    d.events = {e, unshown};
    Actor a{QStringLiteral("cabinet"), QStringLiteral("Cabinet"), {}, {}, {}, {}};
    a.translations.setText(TranslatedKind::Actor, QStringLiteral("ja"), QStringLiteral("name"),
                           QStringLiteral("内閣"));
    d.actors = {a};
    Theme t{QStringLiteral("deterrence"), QStringLiteral("Deterrence"), {}, {}};
    t.translations.setText(TranslatedKind::Theme, QStringLiteral("ja"), QStringLiteral("name"),
                           QStringLiteral("抑止"));
    d.themes = {t};
    Era era;
    era.id = QStringLiteral("abe");
    era.name = QStringLiteral("Abe");
    era.date = QStringLiteral("2012-12-26/2020-09-16");
    era.parsed = PartialDate::fromString(era.date);
    era.translations.setText(TranslatedKind::Era, QStringLiteral("ja"), QStringLiteral("name"),
                             QStringLiteral("安倍"));
    d.eras = {era};
    Tour tour; // left out whole, with its translation
    tour.id = QStringLiteral("t");
    tour.title = QStringLiteral("Tour");
    tour.translations.setText(TranslatedKind::Tour, QStringLiteral("ja"), QStringLiteral("title"),
                              QStringLiteral("ツアー"));
    d.tours = {tour};
    QVERIFY(d.events[0].parsed.isValid() && d.eras[0].parsed.isInterval());

    // When only the first event is exported
    const std::vector<int> first{0};
    for (FileFormat format : {FileFormat::Csv, FileFormat::TimelineJs}) {
        const QStringList parts = leftOutParts(format, d, first);
        // Then the line names the 6 translations of what went out, with their languages
        QVERIFY2(parts.contains(QLatin1String("6 translations (ja/fr)")),
                 qPrintable(parts.join(QLatin1String("; "))));
        QVERIFY2(parts.contains(QLatin1String("1 tour")),
                 qPrintable(parts.join(QLatin1String("; "))));
    }
    // and our own format keeps them, so it names nothing
    QVERIFY(leftOutSummary(FileFormat::Anchorline, d, first).isEmpty());
    // and a dataset without translations has no such part
    Dataset plain = d;
    plain.translations = {};
    plain.events = {Event{}};
    plain.events[0] = e;
    plain.events[0].translations = {};
    plain.actors[0].translations = {};
    plain.themes[0].translations = {};
    plain.eras[0].translations = {};
    QVERIFY2(!leftOutSummary(FileFormat::Csv, plain).contains(QLatin1String("translation")),
             qPrintable(leftOutSummary(FileFormat::Csv, plain)));
}

void TestExportLosses::summary_ofTheBundledDataset_namesItsJapanese()
{
    const Dataset d = bundled();
    std::size_t translatedEvents = 0;
    for (const Event &e : d.events)
        translatedEvents += e.translations.isEmpty() ? 0 : 1;
    QVERIFY(translatedEvents > 50);
    for (FileFormat format : {FileFormat::Csv, FileFormat::TimelineJs}) {
        const QString line = leftOutSummary(format, d);
        QVERIFY2(line.contains(QLatin1String(" translations (ja)")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestExportLosses)
#include "tst_exportlosses.moc"
