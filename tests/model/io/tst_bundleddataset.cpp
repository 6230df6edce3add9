#include "core/displaytext.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "io/validation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Anchorline::Model;

// The dataset `./dev run` opens is the product's first impression: these checks keep it honest.
class TestBundledDataset final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loads_withZeroErrors();
    void counts_meetTheMinimums();
    void everyEvent_hasSummaryAndEvidence();
    void everyQuote_isAtMostTwentyWordsWithContext();
    void ids_followOneConvention();
    void fourMilestones_arePresentAndLinked();
    void usStrategy_shapesTheRevisionButDoesNotPromptIt();
    void everyRelation_hasEvidenceOrIsAReadingWithANote();
    void everyDateClaim_isAnchoredInItsSource();
    void usStrategy_answersTheNatoWarningRatherThanContradictingIt();
    void turnsOfLate2025_arePresentWithEvidence();
    void tour_hasTenToFifteenStepsWithNotes();
    void sources_haveFingerprintsAndTruePrecision();
    void eras_coverPrimeMinistersAndPresidents();
    void japanese_coversEventsActorsThemesErasAndTourSteps();
    void japanese_namesTheStrategyDocumentsOfficially();
    void japanese_isCanonical();

private:
    const Event *event(const char *id) const;
    Dataset m_data;
};

void TestBundledDataset::initTestCase()
{
    const LoadResult result = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    m_data = *result.dataset;
}

const Event *TestBundledDataset::event(const char *id) const
{
    const int index = m_data.indexOfEvent(QString::fromLatin1(id));
    return index < 0 ? nullptr : &m_data.events[std::size_t(index)];
}

void TestBundledDataset::loads_withZeroErrors()
{
    QVERIFY(validateDataset(m_data, QStringLiteral("bundled")).empty());
}

void TestBundledDataset::counts_meetTheMinimums()
{
    QVERIFY(m_data.events.size() >= 70);
    QVERIFY(m_data.relations.size() >= 50);
    QCOMPARE(m_data.sources.size(), 5u);
    QVERIFY(m_data.actors.size() >= 8);
    QVERIFY(m_data.themes.size() >= 20);
    QVERIFY(m_data.eras.size() >= 9);
    QCOMPARE(m_data.metrics.size(), 1u);
    QVERIFY(m_data.metrics[0].points.size() >= 3);
}

void TestBundledDataset::everyEvent_hasSummaryAndEvidence()
{
    for (const Event &e : m_data.events) {
        QVERIFY2(!e.evidence.empty(), qPrintable(e.id));
        QVERIFY2(!e.summary.trimmed().isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.actors.isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.themes.isEmpty() || e.kind == QLatin1String("reference") ||
                     e.kind == QLatin1String("publication"),
                 qPrintable(e.id));
    }
}

void TestBundledDataset::everyQuote_isAtMostTwentyWordsWithContext()
{
    // Words counted as check-originality counts them.
    static const QRegularExpression word(
        QStringLiteral("[0-9A-Za-z\\x{00C0}-\\x{024F}\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]+"));
    int anchors = 0;
    auto check = [&](const std::vector<Anchor> &evidence, const QString &where) {
        for (const Anchor &a : evidence) {
            ++anchors;
            int count = 0;
            auto it = word.globalMatch(a.exact);
            while (it.hasNext()) {
                it.next();
                ++count;
            }
            QVERIFY2(count >= 1 && count <= 20,
                     qPrintable(where + QStringLiteral(": %1 words").arg(count)));
            QVERIFY2(!a.prefix.isEmpty() || !a.suffix.isEmpty(),
                     qPrintable(where + QStringLiteral(": no context")));
            QVERIFY2(a.start >= 0 && a.end > a.start,
                     qPrintable(where + QStringLiteral(": no position hint")));
        }
    };
    for (const Event &e : m_data.events) {
        check(e.evidence, e.id);
        for (const DateClaim &c : e.dateClaims)
            check(c.evidence, e.id + QStringLiteral(" date claim"));
    }
    for (const Relation &r : m_data.relations)
        check(r.evidence, r.id);
    QCOMPARE(
        anchors + 0, m_data.anchorCount() - [&] {
            int metricAnchors = 0;
            for (const Metric &m : m_data.metrics)
                for (const MetricPoint &p : m.points)
                    metricAnchors += int(p.evidence.size());
            return metricAnchors;
        }());
}

void TestBundledDataset::ids_followOneConvention()
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    auto check = [](const QString &id, const char *prefix) {
        QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(id.startsWith(QLatin1String(prefix)),
                 qPrintable(id + QStringLiteral(" lacks ") + QLatin1String(prefix)));
    };
    for (const Event &e : m_data.events)
        check(e.id, "ev-");
    for (const Relation &r : m_data.relations)
        check(r.id, "rel-");
    for (const Source &s : m_data.sources)
        check(s.id, "src-");
    for (const Era &e : m_data.eras)
        check(e.id, "era-");
    for (const Tour &t : m_data.tours)
        check(t.id, "tour-");
    for (const Actor &a : m_data.actors)
        check(a.id, "");
    for (const Theme &t : m_data.themes)
        check(t.id, "");
}

void TestBundledDataset::fourMilestones_arePresentAndLinked()
{
    // Japan's first NSS, 2013
    QVERIFY(event("ev-jp-nss-2013-adopted"));
    QCOMPARE(event("ev-jp-nss-2013-adopted")->parsed.start().year, 2013);
    // The three documents of 16 Dec 2022, each part of one package
    for (const char *id : {"ev-jp-nss-2022", "ev-jp-nds-2022", "ev-jp-dbp-2022"}) {
        QVERIFY2(event(id), id);
        QCOMPARE(event(id)->date, QStringLiteral("2022-12-16"));
        const bool partOfPackage =
            std::any_of(m_data.relations.begin(), m_data.relations.end(), [&](const Relation &r) {
                return r.from == QLatin1String(id) &&
                       r.to == QLatin1String("ev-jp-three-security-documents-2022") &&
                       r.type == RelationType::PartOf;
            });
        QVERIFY2(partOfPackage, id);
    }
    // The US NSS 2025, released 4 Dec 2025 with its November cover date as a competing claim
    const Event *us = event("ev-us-nss-2025-released");
    QVERIFY(us);
    QCOMPARE(us->date, QStringLiteral("2025-12-04"));
    QVERIFY(std::any_of(us->dateClaims.begin(), us->dateClaims.end(),
                        [](const DateClaim &c) { return c.date == QLatin1String("2025-11"); }));
    // The Takaichi revision: pledge, Diet speech, one-year process, 2026 target
    QVERIFY(event("ev-jp-takaichi-pledges-nss-revision-2025"));
    QCOMPARE(event("ev-jp-takaichi-diet-policy-speech-2025")->date, QStringLiteral("2025-10-24?"));
    QVERIFY(event("ev-jp-nss-revision-process")->parsed.isInterval());
    QCOMPARE(event("ev-jp-security-documents-revision-target-2026")->parsed.start().year, 2026);
}

void TestBundledDataset::usStrategy_shapesTheRevisionButDoesNotPromptIt()
{
    bool shapes = false;
    for (const Relation &r : m_data.relations) {
        if (r.from != QLatin1String("ev-us-nss-2025-released"))
            continue;
        QVERIFY2(r.type != RelationType::Prompts, qPrintable(r.id));
        shapes =
            shapes || (r.type == RelationType::Shapes && r.to.contains(QLatin1String("revision")));
    }
    QVERIFY(shapes);
    const Event *coreFive = event("ev-us-nss-core-five-report");
    QVERIFY(coreFive);
    const bool reported =
        std::any_of(m_data.relations.begin(), m_data.relations.end(), [](const Relation &r) {
            return (r.from == QLatin1String("ev-us-nss-core-five-report") ||
                    r.to == QLatin1String("ev-us-nss-core-five-report")) &&
                   r.assertion == Assertion::Reported;
        });
    QVERIFY(reported);
}

void TestBundledDataset::everyRelation_hasEvidenceOrIsAReadingWithANote()
{
    // Given the bundled relations
    QVERIFY(!m_data.relations.empty());
    int readings = 0;
    for (const Relation &r : m_data.relations) {
        if (!r.evidence.empty())
            continue;
        // Then a relation without a passage that asserts it is the dataset author's inference,
        // marked as such, with a note that says whose reading it is
        ++readings;
        QVERIFY2(r.assertion == Assertion::Interpretation,
                 qPrintable(r.id + QStringLiteral(": no evidence, asserted as ") +
                            assertionName(r.assertion)));
        QVERIFY2(r.note.contains(QLatin1String("reading")),
                 qPrintable(r.id + QStringLiteral(": the note must say whose reading it is")));
    }
    // And such unevidenced readings stay the exception
    QVERIFY2(readings <= 5, qPrintable(QString::number(readings)));
}

void TestBundledDataset::everyDateClaim_isAnchoredInItsSource()
{
    // Given every date claim in the bundled events
    int claims = 0;
    for (const Event &e : m_data.events) {
        for (const DateClaim &c : e.dateClaims) {
            ++claims;
            const QString where = e.id + QStringLiteral(" claims ") + c.date;
            // Then it points at a source and at least one passage of that source backs it
            QVERIFY2(!c.source.isEmpty(), qPrintable(where));
            QVERIFY2(!c.evidence.empty(), qPrintable(where + QStringLiteral(": no anchor")));
            QVERIFY2(std::any_of(c.evidence.begin(), c.evidence.end(),
                                 [&](const Anchor &a) { return a.source == c.source; }),
                     qPrintable(where + QStringLiteral(": no anchor in ") + c.source));
        }
    }
    QVERIFY(claims >= 20);
    // And a date no article gives is not claimed for any article
    const Event *trump = event("ev-us-second-trump-administration-begins");
    QVERIFY(trump);
    QVERIFY(trump->dateClaims.empty());
}

void TestBundledDataset::usStrategy_answersTheNatoWarningRatherThanContradictingIt()
{
    // Given the essay: the strategy calmed some of the fear the warning raised, worries remain
    const auto it =
        std::find_if(m_data.relations.begin(), m_data.relations.end(), [](const Relation &r) {
            return r.from == QLatin1String("ev-us-nss-2025-released") &&
                   r.to == QLatin1String("ev-us-trump-nato-2pct-warning");
        });
    QVERIFY(it != m_data.relations.end());
    // Then the link is a response, resting on the essay's passage
    QCOMPARE(it->type, RelationType::RespondsTo);
    QVERIFY(!it->evidence.empty());
    QCOMPARE(it->evidence.front().source, QStringLiteral("src-anon-2026-essay"));
}

void TestBundledDataset::turnsOfLate2025_arePresentWithEvidence()
{
    // Given the events a class on late 2025 asks for
    const char *ids[] = {"ev-jp-takaichi-taiwan-contingency-remarks-2025",
                         "ev-us-nss-2022-released",
                         "ev-jp-takaichi-review-spending-beyond-2pct",
                         "ev-us-nss-2025-russia-strategic-stability",
                         "ev-jp-northern-defence-concern-2025",
                         "ev-cn-economic-coercion"};
    for (const char *id : ids) {
        const Event *e = event(id);
        QVERIFY2(e, id);
        // Then each rests on a passage and is linked into the web of relations
        QVERIFY2(!e->evidence.empty(), id);
        QVERIFY2(std::any_of(m_data.relations.begin(), m_data.relations.end(),
                             [&](const Relation &r) { return r.from == e->id || r.to == e->id; }),
                 id);
    }
    // And a day taken from general knowledge says so
    const Event *taiwan = event("ev-jp-takaichi-taiwan-contingency-remarks-2025");
    QCOMPARE(taiwan->date, QStringLiteral("2025-11-07"));
    QVERIFY(taiwan->note.contains(QLatin1String("general knowledge")));
    QVERIFY(event("ev-us-nss-2022-released")->note.contains(QLatin1String("general knowledge")));
    // And the spending review is a point of the spending metric
    const auto &points = m_data.metrics.front().points;
    QVERIFY(std::any_of(points.begin(), points.end(), [](const MetricPoint &p) {
        return p.event == QLatin1String("ev-jp-takaichi-review-spending-beyond-2pct");
    }));
}

void TestBundledDataset::tour_hasTenToFifteenStepsWithNotes()
{
    QCOMPARE(m_data.tours.size(), 1u);
    const Tour &tour = m_data.tours[0];
    QCOMPARE(tour.title, QStringLiteral("From the 2013 NSS to the Takaichi revision"));
    QVERIFY(tour.steps.size() >= 10 && tour.steps.size() <= 15);
    for (const TourStep &step : tour.steps) {
        QVERIFY2(step.note.size() > 40, qPrintable(step.event));
        QVERIFY2(m_data.indexOfEvent(step.event) >= 0, qPrintable(step.event));
    }
    QCOMPARE(tour.steps.front().event, QStringLiteral("ev-jp-nss-2013-adopted"));
}

void TestBundledDataset::sources_haveFingerprintsAndTruePrecision()
{
    for (const Source &s : m_data.sources) {
        QVERIFY2(s.fingerprint.startsWith(QLatin1String("sha256:")), qPrintable(s.id));
        QVERIFY2(s.issuedDate.isValid(), qPrintable(s.id));
        QVERIFY2(!s.perspective.isEmpty(), qPrintable(s.id));
    }
    // Two articles print their day; the other three are dated only approximately.
    int exact = 0;
    for (const Source &s : m_data.sources)
        exact += s.issuedDate.isExact() ? 1 : 0;
    QCOMPARE(exact, 2);
}

void TestBundledDataset::eras_coverPrimeMinistersAndPresidents()
{
    QStringList names;
    for (const Era &e : m_data.eras)
        names << e.name;
    for (const char *who : {"Abe", "Suga", "Kishida", "Ishiba", "Takaichi", "Obama", "Biden"})
        QVERIFY2(names.join(QLatin1Char('|')).contains(QLatin1String(who)), who);
}

// Issue 26: a Japanese classroom reads the dataset in Japanese (docs/format.md, Translations).
void TestBundledDataset::japanese_coversEventsActorsThemesErasAndTourSteps()
{
    const QString ja = QStringLiteral("ja");
    QVERIFY(!m_data.events.empty());
    int translated = 0;
    QStringList missing;
    for (const Event &e : m_data.events) {
        const bool whole = e.translations.has(ja, u"title") &&
                           (e.summary.isEmpty() || e.translations.has(ja, u"summary")) &&
                           (e.shortTitle.isEmpty() || e.translations.has(ja, u"shortTitle"));
        translated += whole ? 1 : 0;
        if (!whole)
            missing << e.id;
    }
    // At least 95% of the events, with their short titles and summaries
    QVERIFY2(translated * 100 >= int(m_data.events.size()) * 95, qPrintable(missing.join(u' ')));
    // And every actor, theme, era and tour step
    for (const Actor &a : m_data.actors)
        QVERIFY2(a.translations.has(ja, u"name"), qPrintable(a.id));
    for (const Theme &t : m_data.themes)
        QVERIFY2(t.translations.has(ja, u"name") && t.translations.has(ja, u"definition"),
                 qPrintable(t.id));
    for (const Era &e : m_data.eras)
        QVERIFY2(e.translations.has(ja, u"name") && e.translations.has(ja, u"group"),
                 qPrintable(e.id));
    QVERIFY(!m_data.tours.empty());
    for (const Tour &tour : m_data.tours) {
        QVERIFY(tour.translations.has(ja, u"title"));
        for (const TourStep &step : tour.steps)
            QVERIFY2(step.translations.has(ja, u"note"), qPrintable(step.event));
    }
    QVERIFY(m_data.translations.has(ja, u"title"));
}

void TestBundledDataset::japanese_namesTheStrategyDocumentsOfficially()
{
    const DisplayText ja(QStringLiteral("ja"));
    const std::pair<const char *, const char *> names[] = {
        {"ev-jp-nss-2013-adopted", "国家安全保障戦略"},
        {"ev-jp-nss-2022", "国家安全保障戦略"},
        {"ev-jp-nds-2022", "国家防衛戦略"},
        {"ev-jp-dbp-2022", "防衛力整備計画"},
        {"ev-jp-takaichi-government-launch-2025", "高市"},
    };
    for (const auto &[id, name] : names) {
        QVERIFY2(event(id), id);
        QVERIFY2(ja.title(*event(id)).contains(QString::fromUtf8(name)),
                 qPrintable(ja.title(*event(id))));
    }
    for (const Era &e : m_data.eras)
        if (e.group == QLatin1String("Prime Minister of Japan"))
            QCOMPARE(ja.group(e), QStringLiteral("内閣総理大臣"));
}

void TestBundledDataset::japanese_isCanonical()
{
    // The bundled file is what the canonical writer writes: translations in their place.
    QFile file(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(DatasetWriter::toBytes(m_data), file.readAll());
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
