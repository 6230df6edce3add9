#include "anchoring/anchorresolver.h"
#include "anchoring/textnormalize.h"

#include <QTest>

using namespace Anchorline::Model;

Q_DECLARE_METATYPE(Anchorline::Model::AnchorMethod)
Q_DECLARE_METATYPE(Anchorline::Model::AnchorFailure)

namespace {

// A short article written for these tests, with the typographic habits of real ones: curly
// quotes, a no-break space, a line broken inside a sentence and a hyphenated line break.
QString article()
{
    return QStringLiteral(
        "Japan adopted its first National\n  Security Strategy in December 2013. The strategy "
        "set out three pillars: the alliance, its own capabilities and partnerships. In 2022 the "
        "government formally replaced it with a new strategy that called China \u201cthe "
        "greatest strategic challenge\u201d ever faced. Defence spending would rise to "
        "2%\u00a0of GDP by FY2027, a shift in national secu-\nrity policy that critics "
        "called \u2018historic\u2019.");
}

// Three sentences that share one clause: only the context tells them apart.
QString repeatedClause()
{
    return QStringLiteral("Tokyo said the plan would change. Critics in Seoul said the plan would "
                          "change nothing. Beijing said the plan would change the region.");
}

// Two places with identical surroundings: nothing in the text tells them apart.
QString identicalContexts()
{
    return QStringLiteral("Omega. Alpha. The budget rose sharply. Alpha. Omega. Alpha. The budget "
                          "rose sharply. Alpha. Omega.");
}

QString cjkText()
{
    return QStringLiteral("日本は二〇二二年十二月に国家安全保障戦略を\u3000改定した。"
                          "中国を「最大の戦略的挑戦」と位置付けた。防衛費は増える。");
}

// "Summit 🇯🇵🇺🇸 joint statement 😀 issued in April.": the flags are four code points
// outside the BMP, so code point and UTF-16 offsets differ by four after them.
QString emojiText()
{
    return QStringLiteral("Summit \U0001F1EF\U0001F1F5\U0001F1FA\U0001F1F8 joint statement "
                          "\U0001F600 issued in April.");
}

Anchor makeAnchor(const QString &exact, const QString &prefix = {}, const QString &suffix = {},
                  qint64 start = -1, qint64 end = -1)
{
    Anchor anchor;
    anchor.source = QStringLiteral("src-test");
    anchor.exact = exact;
    anchor.prefix = prefix;
    anchor.suffix = suffix;
    anchor.start = start;
    anchor.end = end;
    return anchor;
}

// Deterministic filler of common words, long enough to take the indexed code paths.
QString fillerText(qsizetype length, quint32 seed)
{
    static const QStringList words = {
        QStringLiteral("the"),      QStringLiteral("policy"),   QStringLiteral("of"),
        QStringLiteral("defence"),  QStringLiteral("alliance"), QStringLiteral("and"),
        QStringLiteral("security"), QStringLiteral("region"),   QStringLiteral("strategy"),
        QStringLiteral("in"),       QStringLiteral("Japan"),    QStringLiteral("a"),
        QStringLiteral("new"),      QStringLiteral("budget"),   QStringLiteral("to"),
        QStringLiteral("states"),
    };
    QString text;
    text.reserve(length + 16);
    quint32 state = seed;
    while (text.size() < length) {
        state = state * 1664525U + 1013904223U;
        text += words[qsizetype((state >> 16) % quint32(words.size()))];
        text += (state & 0x3F) == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text;
}

} // namespace

class TestAnchorResolver final : public QObject
{
    Q_OBJECT

private slots:
    void resolve_placesAnchor_data();
    void resolve_placesAnchor();
    void resolve_failures_data();
    void resolve_failures();
    void resolve_identicalContextsWithoutHint_reportsAmbiguousWithCandidateCount();
    void resolve_identicalContextsWithHint_takesClosestPlace();
    void resolve_hintInCodePoints_afterEmoji_matchesPosition();
    void resolve_hintGivenInUtf16Units_afterEmoji_fallsBackToExactSearch();
    void resolve_largeText_exactAndFuzzyUseIndex();
    void resolve_decomposedAccentsInText_matchesComposedQuote();
    void resolve_sameResolverManyAnchors_givesSameResultsAsFreshResolvers();
    void offsets_emojiText_convertBothWays();
    void resolveSourceAnchors_dataset_resolvesOnlyThatSourceWithJsonPointers();
    void anchorPlaces_matchTheJsonPointersOfEveryAnchor();
    void anchorPlace_fromPointer_refusesOtherText_data();
    void anchorPlace_fromPointer_refusesOtherText();
};

void TestAnchorResolver::resolve_placesAnchor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Anchor>("anchor");
    QTest::addColumn<AnchorMethod>("method");
    QTest::addColumn<QString>("expected"); // the original text the anchor should cover
    QTest::addColumn<int>("occurrence");   // which occurrence of `expected`, 0-based

    const QString a = article();
    const auto at = [&a](const QString &s) { return qint64(a.indexOf(s)); };

    QTest::newRow("exact, unique") << a << makeAnchor(QStringLiteral("three pillars"))
                                   << AnchorMethod::Exact << QStringLiteral("three pillars") << 0;
    QTest::newRow("position hint right")
        << a
        << makeAnchor(QStringLiteral("three pillars"), {}, {}, at(QStringLiteral("three pillars")),
                      at(QStringLiteral("three pillars")) + 13)
        << AnchorMethod::Position << QStringLiteral("three pillars") << 0;
    QTest::newRow("position hint without end")
        << a << makeAnchor(QStringLiteral("three pillars"), {}, {}, at(QStringLiteral("three")))
        << AnchorMethod::Position << QStringLiteral("three pillars") << 0;
    QTest::newRow("position hint wrong")
        << a << makeAnchor(QStringLiteral("three pillars"), {}, {}, 3, 16) << AnchorMethod::Exact
        << QStringLiteral("three pillars") << 0;
    QTest::newRow("position hint out of range")
        << a << makeAnchor(QStringLiteral("three pillars"), {}, {}, 100000, 100013)
        << AnchorMethod::Exact << QStringLiteral("three pillars") << 0;
    QTest::newRow("position hint end before start")
        << a << makeAnchor(QStringLiteral("three pillars"), {}, {}, 20, 10) << AnchorMethod::Exact
        << QStringLiteral("three pillars") << 0;
    QTest::newRow("curly quotes in text, straight in quote")
        << a << makeAnchor(QStringLiteral("called China \"the greatest strategic challenge\""))
        << AnchorMethod::Normalized
        << QStringLiteral("called China \u201cthe greatest strategic challenge\u201d") << 0;
    QTest::newRow("curly single quotes in text")
        << a << makeAnchor(QStringLiteral("critics called 'historic'")) << AnchorMethod::Normalized
        << QStringLiteral("critics called \u2018historic\u2019") << 0;
    QTest::newRow("line break and indent in text")
        << a << makeAnchor(QStringLiteral("its first National Security Strategy"))
        << AnchorMethod::Normalized << QStringLiteral("its first National\n  Security Strategy")
        << 0;
    QTest::newRow("no-break space in text")
        << a << makeAnchor(QStringLiteral("rise to 2% of GDP")) << AnchorMethod::Normalized
        << QStringLiteral("rise to 2%\u00a0of GDP") << 0;
    QTest::newRow("line break in quote, not in text")
        << a << makeAnchor(QStringLiteral("set out three\npillars")) << AnchorMethod::Normalized
        << QStringLiteral("set out three pillars") << 0;
    QTest::newRow("extra spaces around quote")
        << a << makeAnchor(QStringLiteral("  three   pillars ")) << AnchorMethod::Normalized
        << QStringLiteral("three pillars") << 0;
    QTest::newRow("hyphenated line break in text")
        << a << makeAnchor(QStringLiteral("national security policy")) << AnchorMethod::Normalized
        << QStringLiteral("national secu-\nrity policy") << 0;
    QTest::newRow("hyphenated line break in quote")
        << repeatedClause() << makeAnchor(QStringLiteral("Critics in Se-\noul"))
        << AnchorMethod::Normalized << QStringLiteral("Critics in Seoul") << 0;
    QTest::newRow("inserted word in text")
        << a << makeAnchor(QStringLiteral("the government replaced it with a new strategy"))
        << AnchorMethod::Fuzzy
        << QStringLiteral("the government formally replaced it with a new strategy") << 0;
    QTest::newRow("word missing from text")
        << a << makeAnchor(QStringLiteral("set out three key pillars: the alliance"))
        << AnchorMethod::Fuzzy << QStringLiteral("set out three pillars: the alliance") << 0;
    QTest::newRow("typo and no-break space")
        << a << makeAnchor(QStringLiteral("Defence spending would rize to 2% of GDP"))
        << AnchorMethod::Fuzzy << QStringLiteral("Defence spending would rise to 2%\u00a0of GDP")
        << 0;
    QTest::newRow("duplicates, prefix decides")
        << repeatedClause()
        << makeAnchor(QStringLiteral("said the plan would change"),
                      QStringLiteral("Critics in Seoul "))
        << AnchorMethod::Exact << QStringLiteral("said the plan would change") << 1;
    QTest::newRow("duplicates, suffix decides")
        << repeatedClause()
        << makeAnchor(QStringLiteral("said the plan would change"), {},
                      QStringLiteral(" the region."))
        << AnchorMethod::Exact << QStringLiteral("said the plan would change") << 2;
    QTest::newRow("duplicates, context beats wrong hint")
        << repeatedClause()
        << makeAnchor(QStringLiteral("said the plan would change"), QStringLiteral("Tokyo "),
                      QStringLiteral("."), 60, 86)
        << AnchorMethod::Exact << QStringLiteral("said the plan would change") << 0;
    QTest::newRow("duplicates after normalisation, prefix decides")
        << QStringLiteral("One: the \u201cplan\u201d. Two: the \u201cplan\u201d.")
        << makeAnchor(QStringLiteral("the \"plan\""), QStringLiteral("Two: "))
        << AnchorMethod::Normalized << QStringLiteral("the \u201cplan\u201d") << 1;
    QTest::newRow("CJK exact") << cjkText() << makeAnchor(QStringLiteral("「最大の戦略的挑戦」"))
                               << AnchorMethod::Exact << QStringLiteral("「最大の戦略的挑戦」")
                               << 0;
    QTest::newRow("CJK ideographic space vs space")
        << cjkText() << makeAnchor(QStringLiteral("国家安全保障戦略を 改定した"))
        << AnchorMethod::Normalized << QStringLiteral("国家安全保障戦略を\u3000改定した") << 0;
    QTest::newRow("CJK quote without the space")
        << cjkText() << makeAnchor(QStringLiteral("十二月に国家安全保障戦略を改定した"))
        << AnchorMethod::Fuzzy << QStringLiteral("十二月に国家安全保障戦略を\u3000改定した") << 0;
    QTest::newRow("emoji inside quote")
        << emojiText() << makeAnchor(QStringLiteral("statement \U0001F600 issued"))
        << AnchorMethod::Exact << QStringLiteral("statement \U0001F600 issued") << 0;
}

void TestAnchorResolver::resolve_placesAnchor()
{
    // Given a source text and an anchor that should be found in it
    QFETCH(QString, text);
    QFETCH(Anchor, anchor);
    QFETCH(AnchorMethod, method);
    QFETCH(QString, expected);
    QFETCH(int, occurrence);
    const AnchorResolver resolver(text);

    // When the anchor is resolved
    const AnchorResolution result = resolver.resolve(anchor);

    // Then it covers the expected passage of the original text, found the expected way
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    qsizetype expectedStart = -1;
    for (int i = 0; i <= occurrence; ++i)
        expectedStart = text.indexOf(expected, expectedStart + 1);
    QVERIFY(expectedStart >= 0);
    QCOMPARE(text.sliced(result.start, result.end - result.start), expected);
    QCOMPARE(result.start, expectedStart);
    QCOMPARE(anchorMethodName(result.method), anchorMethodName(method));
    QVERIFY(result.score > 0.0 && result.score <= 1.0);
    QVERIFY(result.reason().isEmpty());
}

void TestAnchorResolver::resolve_failures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Anchor>("anchor");
    QTest::addColumn<AnchorFailure>("failure");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not in text") << article()
                                 << makeAnchor(QStringLiteral(
                                        "nuclear submarines were ordered from abroad"))
                                 << AnchorFailure::NotFound << QStringLiteral("not found");
    QTest::newRow("too different for fuzzy")
        << article() << makeAnchor(QStringLiteral("Japan rejected its first Security plan in 2014"))
        << AnchorFailure::NotFound << QStringLiteral("not found");
    QTest::newRow("short quote with a typo is not guessed")
        << article() << makeAnchor(QStringLiteral("pilars")) << AnchorFailure::NotFound
        << QStringLiteral("not found");
    QTest::newRow("empty quote") << article() << makeAnchor(QString()) << AnchorFailure::EmptyQuote
                                 << QStringLiteral("empty quote");
    QTest::newRow("white-space quote")
        << article() << makeAnchor(QStringLiteral(" \n\u00a0 ")) << AnchorFailure::EmptyQuote
        << QStringLiteral("empty quote");
    QTest::newRow("empty text") << QString() << makeAnchor(QStringLiteral("three pillars"))
                                << AnchorFailure::NotFound << QStringLiteral("not found");
    QTest::newRow("duplicates, no context, no hint")
        << repeatedClause() << makeAnchor(QStringLiteral("said the plan would change"))
        << AnchorFailure::Ambiguous << QStringLiteral("ambiguous: 3 candidates");
    QTest::newRow("fuzzy duplicates, no context")
        << QStringLiteral("First the defence budget was raised again. Then the defence budget "
                          "was raised again.")
        << makeAnchor(QStringLiteral("the defence budgets was raised")) << AnchorFailure::Ambiguous
        << QStringLiteral("ambiguous: 2 candidates");
}

void TestAnchorResolver::resolve_failures()
{
    // Given an anchor that cannot be placed with confidence
    QFETCH(QString, text);
    QFETCH(Anchor, anchor);
    QFETCH(AnchorFailure, failure);
    QFETCH(QString, reason);
    const AnchorResolver resolver(text);

    // When it is resolved
    const AnchorResolution result = resolver.resolve(anchor);

    // Then it is reported with the reason, not placed somewhere
    QVERIFY(!result.ok());
    QCOMPARE(int(result.failure), int(failure));
    QCOMPARE(result.reason(), reason);
    QCOMPARE(result.start, qsizetype(-1));
}

void TestAnchorResolver::resolve_identicalContextsWithoutHint_reportsAmbiguousWithCandidateCount()
{
    // Given two places with the same quote, prefix and suffix
    const AnchorResolver resolver(identicalContexts());
    const Anchor anchor = makeAnchor(QStringLiteral("The budget rose sharply."),
                                     QStringLiteral("Alpha. "), QStringLiteral(" Alpha. Omega."));

    // When resolved without a position hint
    const AnchorResolution result = resolver.resolve(anchor);

    // Then nothing decides between them and both are counted
    QCOMPARE(int(result.failure), int(AnchorFailure::Ambiguous));
    QCOMPARE(result.candidates, 2);
    QCOMPARE(result.reason(), QStringLiteral("ambiguous: 2 candidates"));
}

void TestAnchorResolver::resolve_identicalContextsWithHint_takesClosestPlace()
{
    // Given the same two places and a hint that is off by a few characters but nearer the second
    const QString text = identicalContexts();
    const qsizetype second = text.lastIndexOf(u"The budget");
    const AnchorResolver resolver(text);
    const Anchor anchor =
        makeAnchor(QStringLiteral("The budget rose sharply."), QStringLiteral("Alpha. "),
                   QStringLiteral(" Alpha. Omega."), second - 3, second + 21);

    // When resolved
    const AnchorResolution result = resolver.resolve(anchor);

    // Then the hint breaks the tie
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result.method, AnchorMethod::Exact);
    QCOMPARE(result.start, second);
}

void TestAnchorResolver::resolve_hintInCodePoints_afterEmoji_matchesPosition()
{
    // Given a text with four non-BMP characters before the quote, and a hint in code points
    const QString text = emojiText();
    const AnchorResolver resolver(text);
    const Anchor anchor = makeAnchor(QStringLiteral("joint statement"), {}, {}, 12, 27);

    // When resolved
    const AnchorResolution result = resolver.resolve(anchor);

    // Then the hint is used, and the result is in UTF-16 units
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result.method, AnchorMethod::Position);
    QCOMPARE(result.start, qsizetype(16));
    QCOMPARE(result.end, qsizetype(31));
    QCOMPARE(resolver.codePointOffset(result.start), qint64(12));
}

void TestAnchorResolver::resolve_hintGivenInUtf16Units_afterEmoji_fallsBackToExactSearch()
{
    // Given a hint wrongly counted in UTF-16 units
    const AnchorResolver resolver(emojiText());
    const Anchor anchor = makeAnchor(QStringLiteral("joint statement"), {}, {}, 16, 31);

    // When resolved
    const AnchorResolution result = resolver.resolve(anchor);

    // Then the hint does not reproduce the quote and the exact search finds it
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result.method, AnchorMethod::Exact);
    QCOMPARE(result.start, qsizetype(16));
}

void TestAnchorResolver::resolve_largeText_exactAndFuzzyUseIndex()
{
    // Given a text large enough that a full approximate scan is not allowed, with a unique
    // sentence in its middle
    QString text = fillerText(600000, 7);
    const QString sentence =
        QStringLiteral("the cabinet approved the revised guidelines after a long debate on "
                       "counterstrike capabilities and funding");
    text.insert(300001, sentence + u' ');
    const AnchorResolver resolver(text);

    // When the sentence is resolved as written and with two words changed
    const AnchorResolution exact = resolver.resolve(makeAnchor(sentence));
    const AnchorResolution fuzzy = resolver.resolve(makeAnchor(
        QStringLiteral("the cabinet adopted the revised guidelines after a long debate about "
                       "counterstrike capabilities and funding")));

    // Then both find it
    QVERIFY2(exact.ok(), qPrintable(exact.reason()));
    QCOMPARE(exact.start, qsizetype(300001));
    QVERIFY2(fuzzy.ok(), qPrintable(fuzzy.reason()));
    QCOMPARE(fuzzy.method, AnchorMethod::Fuzzy);
    QCOMPARE(fuzzy.start, qsizetype(300001));
    QCOMPARE(fuzzy.end, qsizetype(300001) + sentence.size());
}

void TestAnchorResolver::resolve_decomposedAccentsInText_matchesComposedQuote()
{
    // Given a text with decomposed accents (e + combining acute) and a quote with composed ones
    const QString text = QStringLiteral("The re\u0301sume\u0301 of the de\u0301bat follows.");
    const AnchorResolver resolver(text);

    // When the composed quote is resolved
    const AnchorResolution result =
        resolver.resolve(makeAnchor(QStringLiteral("r\u00e9sum\u00e9 of the d\u00e9bat")));

    // Then it is found after NFC and covers the combining marks too
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result.method, AnchorMethod::Normalized);
    QCOMPARE(text.sliced(result.start, result.end - result.start),
             QStringLiteral("re\u0301sume\u0301 of the de\u0301bat"));
}

void TestAnchorResolver::resolve_sameResolverManyAnchors_givesSameResultsAsFreshResolvers()
{
    // Given one resolver reused for anchors of every kind (indexes are built lazily)
    const QString text = article();
    const AnchorResolver shared(text);
    const QList<Anchor> anchors = {
        makeAnchor(QStringLiteral("called China \"the greatest")),
        makeAnchor(QStringLiteral("three pillars")),
        makeAnchor(QStringLiteral("the government replaced it with a new strategy")),
        makeAnchor(QStringLiteral("national security policy")),
    };

    for (const Anchor &anchor : anchors) {
        // When resolved by the shared resolver and by a fresh one
        const AnchorResolution a = shared.resolve(anchor);
        const AnchorResolver fresh(text);
        const AnchorResolution b = fresh.resolve(anchor);

        // Then the results agree
        QVERIFY2(a.ok(), qPrintable(anchor.exact));
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.end, b.end);
        QCOMPARE(a.method, b.method);
    }
}

void TestAnchorResolver::offsets_emojiText_convertBothWays()
{
    // Given a resolver over a text with surrogate pairs
    const QString text = emojiText();
    const AnchorResolver resolver(text);

    // When every code point offset is converted, Then it agrees with the linear helpers
    for (qint64 cp = 0; cp <= codePointCount(text); ++cp) {
        const qsizetype utf16 = resolver.utf16Offset(cp);
        QCOMPARE(utf16, utf16OffsetOfCodePoint(text, cp));
        QCOMPARE(resolver.codePointOffset(utf16), cp);
    }
    QCOMPARE(resolver.utf16Offset(codePointCount(text) + 1), qsizetype(-1));
    QCOMPARE(resolver.utf16Offset(-5), qsizetype(-1));
}

void TestAnchorResolver::resolveSourceAnchors_dataset_resolvesOnlyThatSourceWithJsonPointers()
{
    // Given a dataset with anchors in events, date claims, relations and metric points, for
    // two sources
    Dataset dataset;
    Anchor here = makeAnchor(QStringLiteral("three pillars"));
    Anchor missing = makeAnchor(QStringLiteral("not in this article at all, surely"));
    Anchor other = makeAnchor(QStringLiteral("three pillars"));
    other.source = QStringLiteral("src-other");
    Event event;
    event.id = QStringLiteral("ev-a");
    event.evidence = {other, here};
    DateClaim claim;
    claim.evidence = {missing};
    event.dateClaims = {claim};
    dataset.events = {Event{}, event};
    Relation relation;
    relation.evidence = {here};
    dataset.relations = {relation};
    Metric metric;
    MetricPoint point;
    point.evidence = {here};
    metric.points = {MetricPoint{}, point};
    dataset.metrics = {metric};
    const AnchorResolver resolver(article());

    // When the anchors of one source are resolved
    const std::vector<ResolvedAnchor> resolved =
        resolveSourceAnchors(dataset, u"src-test", resolver);

    // Then every anchor of that source is there, in file order, named by its JSON pointer
    QCOMPARE(anchorLocations(dataset).size(), std::size_t(5));
    QCOMPARE(resolved.size(), std::size_t(4));
    QCOMPARE(resolved[0].location.pointer, QStringLiteral("/events/1/evidence/1"));
    QCOMPARE(resolved[1].location.pointer, QStringLiteral("/events/1/dateClaims/0/evidence/0"));
    QCOMPARE(resolved[2].location.pointer, QStringLiteral("/relations/0/evidence/0"));
    QCOMPARE(resolved[3].location.pointer, QStringLiteral("/metrics/0/points/1/evidence/0"));
    QVERIFY(resolved[0].resolution.ok());
    QCOMPARE(resolved[1].resolution.reason(), QStringLiteral("not found"));
    QVERIFY(resolved[2].resolution.ok());
    QVERIFY(resolved[3].resolution.ok());
}

void TestAnchorResolver::anchorPlaces_matchTheJsonPointersOfEveryAnchor()
{
    // Given a dataset with anchors in events, date claims, relations and metric points
    Dataset dataset;
    Event event;
    event.evidence = {makeAnchor(QStringLiteral("a")), makeAnchor(QStringLiteral("b"))};
    DateClaim claim;
    claim.evidence = {makeAnchor(QStringLiteral("c"))};
    event.dateClaims = {DateClaim{}, claim};
    dataset.events = {Event{}, event};
    Relation relation;
    relation.from = QStringLiteral("ev-from");
    relation.evidence = {makeAnchor(QStringLiteral("d"))};
    dataset.relations = {Relation{}, relation};
    Metric metric;
    MetricPoint point;
    point.event = QStringLiteral("ev-point");
    point.evidence = {makeAnchor(QStringLiteral("e")), makeAnchor(QStringLiteral("f"))};
    metric.points = {MetricPoint{}, point};
    dataset.metrics = {metric};

    // When every anchor is visited by place
    std::vector<AnchorPlace> places;
    forEachAnchor(dataset, [&](const AnchorPlace &place, const Anchor &anchor) {
        QCOMPARE(place.anchorIn(dataset), &anchor);
        places.push_back(place);
    });

    // Then they come in the order of anchorLocations(), each spelling its pointer, and each
    // pointer reads back as its place
    const std::vector<AnchorLocation> locations = anchorLocations(dataset);
    QCOMPARE(places.size(), std::size_t(6));
    QCOMPARE(places.size(), locations.size());
    const QStringList expected = {QStringLiteral("/events/1/evidence/0"),
                                  QStringLiteral("/events/1/evidence/1"),
                                  QStringLiteral("/events/1/dateClaims/1/evidence/0"),
                                  QStringLiteral("/relations/1/evidence/0"),
                                  QStringLiteral("/metrics/0/points/1/evidence/0"),
                                  QStringLiteral("/metrics/0/points/1/evidence/1")};
    for (std::size_t i = 0; i < places.size(); ++i) {
        QCOMPARE(places[i].pointer(), expected[qsizetype(i)]);
        QCOMPARE(locations[i].pointer, expected[qsizetype(i)]);
        QCOMPARE(locations[i].anchor, places[i].anchorIn(dataset));
        QCOMPARE(AnchorPlace::fromPointer(expected[qsizetype(i)]), std::optional(places[i]));
        QCOMPARE(qHash(*AnchorPlace::fromPointer(expected[qsizetype(i)])), qHash(places[i]));
    }
    // And each names the event it supports: its own, a relation's `from`, a point's event
    QCOMPARE(places[2].eventIdIn(dataset), dataset.events[1].id);
    QCOMPARE(places[3].eventIdIn(dataset), QStringLiteral("ev-from"));
    QCOMPARE(places[4].eventIdIn(dataset), QStringLiteral("ev-point"));

    // And a place the dataset does not have (any more) is no anchor
    for (const AnchorPlace &gone : {AnchorPlace{AnchorPlace::Owner::Event, 0, -1, 0},
                                    AnchorPlace{AnchorPlace::Owner::Event, 2, -1, 0},
                                    AnchorPlace{AnchorPlace::Owner::Event, -1, -1, 0},
                                    AnchorPlace{AnchorPlace::Owner::DateClaim, 1, 2, 0},
                                    AnchorPlace{AnchorPlace::Owner::DateClaim, 1, 0, 0},
                                    AnchorPlace{AnchorPlace::Owner::Relation, 1, -1, 1},
                                    AnchorPlace{AnchorPlace::Owner::MetricPoint, 1, 1, 0},
                                    AnchorPlace{AnchorPlace::Owner::MetricPoint, 0, 1, -1}}) {
        QVERIFY(!gone.anchorIn(dataset));
        QVERIFY(gone.eventIdIn(dataset).isEmpty());
    }
}

void TestAnchorResolver::anchorPlace_fromPointer_refusesOtherText_data()
{
    QTest::addColumn<QString>("pointer");
    for (const char *pointer :
         {"", "/", "events/1/evidence/0", "/events/1/evidence", "/events/1/evidence/0/",
          "/events/x/evidence/0", "/events/-1/evidence/0", "/events/+1/evidence/0",
          "/events/ 1/evidence/0", "/events/1/evidence/0/exact", "/events/1/dateClaims/0",
          "/events/1/dateClaims/0/evidence", "/relations/0/dateClaims/0/evidence/0",
          "/metrics/0/evidence/0", "/sources/0/evidence/0", "/events/1/summary/0",
          "/events/9999999999/evidence/0"})
        QTest::newRow(pointer) << QString::fromUtf8(pointer);
}

void TestAnchorResolver::anchorPlace_fromPointer_refusesOtherText()
{
    QFETCH(QString, pointer);
    QCOMPARE(AnchorPlace::fromPointer(pointer), std::nullopt);
}

QTEST_GUILESS_MAIN(TestAnchorResolver)
#include "tst_anchorresolver.moc"
