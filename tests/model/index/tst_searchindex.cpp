#include "index/searchindex.h"
#include "itemmodels/searchmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <set>

using namespace Anchorline::Model;

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fold_keepsEveryOffsetInPlace();
    void events_titleHitsComeFirstAndCarryTheirField();
    void events_exactThenPrefixTitleMatchesComeFirst();
    void events_everyWordMustOccurInTheEvent();
    void events_quoteHitsNameTheirEvidenceAndSource();
    void events_acceptPredicateAndLimitAreHonoured();
    void events_findWhatAScanOfTheirFieldsFinds();
    void texts_phraseIsFoundAtItsOriginalOffset_acrossLineBreaksAndCase();
    void texts_cjkPhrase();
    void texts_japanese_acrossLineBreaksAndWidths_data();
    void texts_japanese_acrossLineBreaksAndWidths();
    void corpus_trigramFilterFindsExactlyWhatALinearScanFinds();
    void snippet_isOneLineWithEllipsesAndEmphasisOnTheWords();
    void model_showsPlainSnippetsWithEmphasisRanges();
    void timing_printsBuildAndQueryFigures();

private:
    Dataset m_dataset;
    SearchIndex m_index;
};

void TestSearchIndex::init()
{
    m_dataset = Anchorline::Testing::smallDataset();
    m_dataset.events[0].summary = QStringLiteral("A strategy that mentions pillars only here.");
    m_dataset.events[2].note = QStringLiteral("The pillars note.");
    m_index.setEvents(m_dataset);
}

void TestSearchIndex::fold_keepsEveryOffsetInPlace()
{
    const QString text = QStringLiteral("ÄBC “Quoted”\nNext\u00a0Word 日本");
    const QString folded = foldForSearch(text);
    QCOMPARE(folded.size(), text.size());
    QCOMPARE(folded, QStringLiteral("äbc \"quoted\" next word 日本"));
    QCOMPARE(searchWords(QStringLiteral("  Second\tSTRATEGY ")),
             QStringList({"second", "strategy"}));
}

void TestSearchIndex::events_titleHitsComeFirstAndCarryTheirField()
{
    // Given "pillars" in event 1's summary, event 0's summary and event 2's note, and "strategy"
    // in three titles and one summary
    // When searching for "PILLARS"
    const SearchResults pillars = m_index.query(u"PILLARS");
    // Then each event is found once, with the field the word is in
    QCOMPARE(pillars.events.size(), std::size_t(3));
    for (const SearchHit &hit : pillars.events) {
        const Event &event = m_dataset.events[std::size_t(hit.eventIndex)];
        const QString field = hit.field == SearchField::Note ? event.note : event.summary;
        QCOMPARE(field.mid(hit.offset, hit.length).toLower(), QStringLiteral("pillars"));
    }
    // And title hits are listed before summary hits
    const SearchResults strategy = m_index.query(u"strategy");
    QCOMPARE(strategy.events.size(), std::size_t(3));
    for (const SearchHit &hit : strategy.events)
        QCOMPARE(hit.field, SearchField::Title);
    QVERIFY(strategy.texts.empty());
}

void TestSearchIndex::events_exactThenPrefixTitleMatchesComeFirst()
{
    // Given, in this order, a title sharing most words with the query (the other word in its
    // summary), a title that extends the query, and the title that is the query
    Dataset dataset;
    dataset.events.push_back(Anchorline::Testing::makeEvent(
        "ev-a", "2022-12-16", "Second National Security Strategy (2022)", {}, {}));
    dataset.events.back().summary = QStringLiteral("Written with the defense strategy.");
    dataset.events.push_back(Anchorline::Testing::makeEvent(
        "ev-b", "2022-12-17", "National Defense Strategy (2022) annex", {}, {}));
    dataset.events.push_back(Anchorline::Testing::makeEvent(
        "ev-c", "2022-12-16", "National Defense Strategy (2022)", {}, {}));
    SearchIndex index;
    index.setEvents(dataset);
    // When the whole title is typed
    const SearchResults results = index.query(u"National Defense Strategy (2022)");
    // Then the exact title comes first, the longer one second, the other one last
    QCOMPARE(results.events.size(), std::size_t(3));
    QCOMPARE(results.events[0].eventIndex, 2);
    QCOMPARE(results.events[1].eventIndex, 1);
    QCOMPARE(results.events[2].eventIndex, 0);
    // And a title that starts with what is typed so far comes before one that merely holds it
    const SearchResults partial = index.query(u"national def");
    QCOMPARE(partial.events.size(), std::size_t(3));
    QVERIFY(partial.events[0].eventIndex != 0);
    QVERIFY(partial.events[1].eventIndex != 0);
    QCOMPARE(partial.events[2].eventIndex, 0);
}

void TestSearchIndex::events_everyWordMustOccurInTheEvent()
{
    const SearchResults results = m_index.query(u"second strat");
    QCOMPARE(results.events.size(), std::size_t(1));
    QCOMPARE(results.events[0].eventIndex, 3);
    QVERIFY(m_index.query(u"second pillars").events.empty());
}

void TestSearchIndex::events_quoteHitsNameTheirEvidenceAndSource()
{
    const SearchResults results = m_index.query(u"remarkable");
    QCOMPARE(results.events.size(), std::size_t(1));
    const SearchHit &hit = results.events.front();
    QCOMPARE(hit.field, SearchField::Quote);
    QCOMPARE(hit.eventIndex, 3);
    QCOMPARE(hit.evidenceIndex, 0);
    QCOMPARE(hit.sourceId, QStringLiteral("src-a"));
    QCOMPARE(hit.offset, 2);
    QCOMPARE(m_index.fieldText(hit, m_dataset), QStringLiteral("a remarkable passage"));
}

void TestSearchIndex::events_findWhatAScanOfTheirFieldsFinds()
{
    // Given events with every kind of field the search reads, in every form it folds
    const Dataset dataset = Anchorline::Testing::variedTextDataset(400, 7);
    SearchIndex index;
    index.setEvents(dataset);
    // The fields of an event that the search reads, folded; U+0000 between them
    const auto fields = [](const Event &event) {
        QStringList texts{event.title, event.summary, event.note};
        for (const Translation &language : event.translations.languages) {
            for (const auto &field : language.fields)
                texts << field.second;
        }
        for (const Anchor &anchor : event.evidence)
            texts << anchor.exact;
        return foldForSearch(texts.join(QChar(0)));
    };
    SearchIndex::Options options;
    options.maxEvents = int(dataset.events.size());
    for (const QString &query : {QStringLiteral("strategy"),
                                 QStringLiteral("STRAT"),
                                 QStringLiteral("pillar"),
                                 QStringLiteral("illars strategy"),
                                 QStringLiteral("don't"),
                                 QStringLiteral("don\u2019t"),
                                 QStringLiteral("\u201cquoted\u201d"),
                                 QStringLiteral("\"quoted"),
                                 QStringLiteral("abc"),
                                 QStringLiteral("\uff41\uff42"),
                                 QStringLiteral("caf\u00e9"),
                                 QStringLiteral("CAF\u00c9 abc"),
                                 QStringLiteral("\u9632\u885b"),
                                 QStringLiteral("\u8a08\u753b \u9632\u885b"),
                                 QStringLiteral("\u30d1\u30f3"),
                                 QStringLiteral("\uff8a\uff9f\uff9d"),
                                 QStringLiteral("x~y"),
                                 QStringLiteral("~"),
                                 QStringLiteral("two words"),
                                 QStringLiteral("two\u00a0words"),
                                 QStringLiteral("note-only"),
                                 QStringLiteral("budget"),
                                 QStringLiteral("document"),
                                 QStringLiteral("ev-7"),
                                 QStringLiteral("ev-1 shared"),
                                 QStringLiteral("e"),
                                 QStringLiteral("shared speech pillars"),
                                 QStringLiteral("zzz")}) {
        // When searching
        const QStringList words = searchWords(query);
        std::set<int> expected;
        for (std::size_t e = 0; e < dataset.events.size(); ++e) {
            const QString text = fields(dataset.events[e]);
            if (std::all_of(words.begin(), words.end(),
                            [&](const QString &word) { return text.contains(word); }))
                expected.insert(int(e));
        }
        const SearchResults results = index.query(query, options);
        // Then the events found are those whose fields hold every word, one hit each
        std::set<int> found;
        for (const SearchHit &hit : results.events) {
            found.insert(hit.eventIndex);
            // And each hit points at a word of the query in the field it names (a translation's
            // title and short title are both its Title: fieldText gives the title)
            const Event &event = dataset.events[std::size_t(hit.eventIndex)];
            QStringList texts{index.fieldText(hit, dataset)};
            if (hit.field == SearchField::Title && hit.evidenceIndex <= -2)
                texts << event.translations.text(
                    event.translations.languages[std::size_t(-2 - hit.evidenceIndex)].language,
                    u"shortTitle");
            QVERIFY2(std::any_of(texts.begin(), texts.end(),
                                 [&](const QString &text) {
                                     return words.contains(
                                         foldForSearch(text).mid(hit.offset, hit.length));
                                 }),
                     qPrintable(query + QStringLiteral(" in ") + texts.join(u'|')));
            if (hit.field == SearchField::Quote)
                QCOMPARE(hit.sourceId, event.evidence[std::size_t(hit.evidenceIndex)].source);
            else
                QVERIFY(hit.sourceId.isEmpty());
        }
        QCOMPARE(results.events.size(), found.size());
        QVERIFY2(found == expected, qPrintable(query));
        QVERIFY(!results.eventsTruncated);
    }
}

void TestSearchIndex::events_acceptPredicateAndLimitAreHonoured()
{
    SearchIndex::Options options;
    options.acceptEvent = [](int eventIndex) { return eventIndex != 1; };
    const SearchResults filtered = m_index.query(u"strategy", options);
    QCOMPARE(filtered.events.size(), std::size_t(2));
    for (const SearchHit &hit : filtered.events)
        QVERIFY(hit.eventIndex != 1);
    SearchIndex::Options limited;
    limited.maxEvents = 1;
    const SearchResults truncated = m_index.query(u"strategy", limited);
    QCOMPARE(truncated.events.size(), std::size_t(1));
    QVERIFY(truncated.eventsTruncated);
}

void TestSearchIndex::texts_phraseIsFoundAtItsOriginalOffset_acrossLineBreaksAndCase()
{
    // Given two texts, one with the phrase broken over a line
    const QString a = QStringLiteral("Intro. Deterrence by denial is the core.\nMore text.");
    const QString b = QStringLiteral("The NSS puts forward deterrence\nby denial in Taiwan.");
    m_index.setSourceTexts({{QStringLiteral("src-a"), a}, {QStringLiteral("src-b"), b}});
    // When searching the phrase in another case
    const SearchResults results = m_index.query(u"deterrence BY denial");
    // Then both places are found at their offsets in the original texts
    QCOMPARE(results.texts.size(), std::size_t(2));
    QCOMPARE(results.texts[0].sourceId, QStringLiteral("src-a"));
    QCOMPARE(results.texts[0].offset, a.indexOf(QStringLiteral("Deterrence")));
    QCOMPARE(results.texts[0].length, QStringLiteral("deterrence by denial").size());
    QCOMPARE(results.texts[1].sourceId, QStringLiteral("src-b"));
    QCOMPARE(results.texts[1].offset, b.indexOf(QStringLiteral("deterrence")));
    QCOMPARE(m_index.sourceText(QStringLiteral("src-b")), b);
}

void TestSearchIndex::texts_cjkPhrase()
{
    const QString text = QStringLiteral("前文。日本の安全保障政策は変わった。");
    m_index.setSourceTexts({{QStringLiteral("src-jp"), text}});
    const SearchResults results = m_index.query(u"安全保障");
    QCOMPARE(results.texts.size(), std::size_t(1));
    QCOMPARE(results.texts[0].offset, text.indexOf(QStringLiteral("安全保障")));
}

void TestSearchIndex::texts_japanese_acrossLineBreaksAndWidths_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("found"); // the text of the hit, in the original
    QTest::newRow("word broken over a line")
        << QStringLiteral("防衛計画") << QStringLiteral("防衛\n計画");
    QTest::newRow("half-width digits") << QStringLiteral("2022年") << QStringLiteral("２０２２年");
    QTest::newRow("digits after a break")
        << QStringLiteral("令和4年") << QStringLiteral("令和\n４年");
    QTest::newRow("other quotation marks")
        << QStringLiteral("『反撃能力』") << QStringLiteral("「反撃能力」");
    QTest::newRow("half-width katakana")
        << QStringLiteral("セキュリティ") << QStringLiteral("ｾｷｭﾘﾃｨ");
    QTest::newRow("after two dropped breaks")
        << QStringLiteral("対策も進める") << QStringLiteral("対策\n\u3000も進める");
    QTest::newRow("wave dash") << QStringLiteral("一~三") << QStringLiteral("一〜三");
}

void TestSearchIndex::texts_japanese_acrossLineBreaksAndWidths()
{
    QFETCH(QString, query);
    QFETCH(QString, found);
    // Given a Japanese text with lines broken in mid-word and full-width forms
    const QString text =
        QStringLiteral("政府は２０２２年に新しい防衛\n計画を決めた。令和\n４年、「反撃"
                       "能力」を持つ。ｾｷｭﾘﾃｨ対策\n\u3000も進める。第一〜三章。");
    m_index.setSourceTexts({{QStringLiteral("src-jp"), text}});
    // When searching
    const SearchResults results = m_index.query(query);
    // Then the place is found, at its offset and length in the original text
    QCOMPARE(results.texts.size(), std::size_t(1));
    QCOMPARE(text.mid(results.texts[0].offset, results.texts[0].length), found);
}

void TestSearchIndex::corpus_trigramFilterFindsExactlyWhatALinearScanFinds()
{
    // Given a text of many blocks with words placed at random, some across block boundaries
    QRandomGenerator random(42);
    const QStringList vocabulary = {"alliance", "deterrence", "pillar", "counterstrike", "maritime",
                                    "taiwan",   "budget",     "cyber",  "the",           "of"};
    QString text;
    while (text.size() < 200000)
        text += vocabulary[int(random.bounded(vocabulary.size()))] + QLatin1Char(' ');
    text.insert(16384 - 4, QStringLiteral("needleacrossboundary"));
    text.insert(3 * 16384 - 10, QStringLiteral("needleacrossboundary"));
    TextCorpus corpus;
    corpus.addSegment(QStringLiteral("first segment"));
    corpus.addSegment(text);
    corpus.finish();
    const QString folded = foldForSearch(text);
    const QStringList needles = {
        "needleacrossboundary", "counterstrike maritime", "taiwan", "of the", "zzz-absent", "ce"};
    for (const QString &needle : needles) {
        // When the corpus is searched
        std::vector<qsizetype> found;
        corpus.findAll(needle, [&](int segment, qsizetype offset, qsizetype) {
            if (segment == 1)
                found.push_back(offset);
            return true;
        });
        // Then the hits are those a linear scan finds
        std::vector<qsizetype> expected;
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1))
            expected.push_back(at);
        QCOMPARE(found, expected);
    }
}

void TestSearchIndex::snippet_isOneLineWithEllipsesAndEmphasisOnTheWords()
{
    const QString text =
        QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"
                       "Written for this test: the old pillars of the plan "
                       "are still standing after the review. Sed do eiusmod tempor "
                       "incididunt ut labore et dolore magna aliqua.");
    const qsizetype offset = text.indexOf(QStringLiteral("pillars"));
    const SearchSnippet snippet =
        SearchIndex::snippet(text, offset, 7, {QStringLiteral("pillars")}, 30);
    QVERIFY(snippet.text.startsWith(QStringLiteral("…")));
    QVERIFY(snippet.text.endsWith(QStringLiteral("…")));
    QVERIFY(!snippet.text.contains(QLatin1Char('\n')));
    QCOMPARE(snippet.emphasis.size(), 1);
    QCOMPARE(snippet.text.mid(snippet.emphasis[0].first, snippet.emphasis[0].second),
             QStringLiteral("pillars"));
}

void TestSearchIndex::model_showsPlainSnippetsWithEmphasisRanges()
{
    // Given a model over the results for "pillars" and a source text
    SearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString text = QStringLiteral("<b>Three</b> pillars, again: the pillars.");
    m_index.setSourceTexts({{QStringLiteral("src-a"), text}});
    const SearchResults results = m_index.query(u"pillars");
    model.setResults(results, m_index, m_dataset, u"pillars");
    // Then events come first, then the two places in the text
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.eventRowCount(), 3);
    const QModelIndex summaryRow = model.index(0, 0);
    const QString snippet = summaryRow.data(SearchSnippetRole).toString();
    const QVariantList emphasis = summaryRow.data(SearchSnippetEmphasisRole).toList();
    QVERIFY(!emphasis.isEmpty());
    for (const QVariant &range : emphasis) {
        const QPoint r = range.toPoint();
        QCOMPARE(snippet.mid(r.x(), r.y()).toLower(), QStringLiteral("pillars"));
    }
    const QModelIndex textRow = model.index(3, 0);
    QVERIFY(textRow.data(SearchIsSourceTextRole).toBool());
    QCOMPARE(textRow.data(SearchSourceIdRole).toString(), QStringLiteral("src-a"));
    QCOMPARE(textRow.data(SearchOffsetRole).toInt(), int(text.indexOf(QStringLiteral("pillars"))));
    QCOMPARE(textRow.data(SearchEventIndexRole).toInt(), -1);
    // And markup in the text stays text
    QVERIFY(textRow.data(SearchSnippetRole).toString().contains(QStringLiteral("<b>Three</b>")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchIndex::timing_printsBuildAndQueryFigures()
{
    // Figures are printed, never asserted (docs/architecture.md §6). ANCHORLINE_SEARCH_TIMING=1
    // runs the full sizes: 100k events and 50 MB of text.
    const bool full = qEnvironmentVariableIntValue("ANCHORLINE_SEARCH_TIMING") == 1;
    const int eventCount = full ? 100000 : 10000;
    const qsizetype textChars = full ? 50 * 1000 * 1000 : 2 * 1000 * 1000;
    QRandomGenerator random(7);
    const QStringList vocabulary = {
        "alliance", "deterrence", "pillar",  "counterstrike", "maritime", "taiwan",    "budget",
        "cyber",    "the",        "of",      "strategy",      "defence",  "security",  "japan",
        "policy",   "region",     "partner", "capability",    "island",   "diplomacy", "and"};
    Dataset dataset;
    dataset.events.reserve(std::size_t(eventCount));
    for (int i = 0; i < eventCount; ++i) {
        Event event;
        event.id = QStringLiteral("ev-%1").arg(i);
        event.title = QStringLiteral("Event %1 on %2 %3")
                          .arg(i)
                          .arg(vocabulary[int(random.bounded(vocabulary.size()))],
                               vocabulary[int(random.bounded(vocabulary.size()))]);
        for (int w = 0; w < 20; ++w)
            event.summary += vocabulary[int(random.bounded(vocabulary.size()))] + QLatin1Char(' ');
        dataset.events.push_back(std::move(event));
    }
    QString text;
    text.reserve(textChars + 32);
    while (text.size() < textChars)
        text += vocabulary[int(random.bounded(vocabulary.size()))] + QLatin1Char(' ');
    text.insert(textChars / 2, QStringLiteral(" a rare phrase of tangible action "));

    SearchIndex index;
    QElapsedTimer timer;
    timer.start();
    index.setEvents(dataset);
    const qint64 eventBuild = timer.elapsed();
    timer.restart();
    index.setSourceTexts({{QStringLiteral("src-big"), text}});
    const qint64 textBuild = timer.elapsed();

    auto timeQuery = [&](QStringView query) {
        QElapsedTimer t;
        t.start();
        const SearchResults results = index.query(query);
        return std::pair(double(t.nsecsElapsed()) / 1e6, results);
    };
    for (QStringView query :
         {u"tangible action", u"counterstrike maritime", u"event 4711", u"s", u"zzzz"}) {
        const auto [ms, results] = timeQuery(query);
        qInfo().noquote() << QStringLiteral(
                                 "search_query \"%1\" %2 ms (%3 events%4, %5 text hits%6; "
                                 "%7 events, %8 MB text; target 30/50 ms)")
                                 .arg(query.toString())
                                 .arg(ms, 0, 'f', 2)
                                 .arg(results.events.size())
                                 .arg(results.eventsTruncated ? "+" : "")
                                 .arg(results.texts.size())
                                 .arg(results.textsTruncated ? "+" : "")
                                 .arg(eventCount)
                                 .arg(double(textChars) / 1e6, 0, 'f', 0);
    }
    qInfo().noquote() << QStringLiteral("search_index_build events %1 ms, text %2 ms (%3 MB)")
                             .arg(eventBuild)
                             .arg(textBuild)
                             .arg(double(textChars) / 1e6, 0, 'f', 0);
    QVERIFY(!index.query(u"tangible action").texts.empty());
}

QTEST_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
