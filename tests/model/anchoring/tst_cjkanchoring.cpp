// Anchors into Japanese texts: width and digit forms, 「」 quotes, wave dashes, long-vowel
// marks, line breaks in mid-phrase, and the 40-character quote limit. The texts are written
// for this test.
#include "anchoring/anchorresolver.h"
#include "anchoring/quotelimit.h"
#include "anchoring/textnormalize.h"

#include <QTest>

using namespace Anchorline::Model;

namespace {

// A made-up cabinet note: full-width digits, lines broken in mid-phrase, 「」 quotes, wave
// dashes and an ideographic space at the start of the second paragraph.
QString japaneseText()
{
    return QStringLiteral(
        "政府は２０２２年１２月、新しい防衛\n"
        "計画を閣議決定した。「反撃能力」の保有を明記し、防衛費を国内総生\n"
        "産の２％に引き上げる方針〜段階的な増額〜を示した。\n"
        "\u3000サイバー攻撃への対処も強化する。同時に、防衛力を強化する\n"
        "ための予算は毎年見直す。外交では、同盟国と防衛力を強化する協議を続ける。");
}

// The text without its line breaks: what a resolved range should read.
QString unbroken(QStringView text)
{
    QString out = text.toString();
    out.remove(QLatin1Char('\n'));
    return out;
}

Anchor makeAnchor(const QString &exact, const QString &prefix = {}, const QString &suffix = {})
{
    Anchor anchor;
    anchor.source = QStringLiteral("src-ja");
    anchor.exact = exact;
    anchor.prefix = prefix;
    anchor.suffix = suffix;
    return anchor;
}

} // namespace

class TestCjkAnchoring : public QObject
{
    Q_OBJECT

private slots:
    void matchFolding_japanese_data();
    void matchFolding_japanese();
    void matchFolding_mapPointsAtOriginalCharacters();
    void matchFolding_latinLineBreaks_stillSpaces();
    void fingerprint_isNotWidthFolded();
    void resolve_japaneseQuote_data();
    void resolve_japaneseQuote();
    void resolve_repeatedPhrase_prefixDecides();
    void resolve_changedCharacters_fuzzyByCharacters();
    void quoteLength_data();
    void quoteLength();
};

void TestCjkAnchoring::matchFolding_japanese_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width digits and line break in a phrase")
        << QStringLiteral("２０２２年１２月、新しい防衛\n計画")
        << QStringLiteral("2022年12月、新しい防衛計画");
    QTest::newRow("line break with indentation")
        << QStringLiteral("国内総生\n    産の２％") << QStringLiteral("国内総生産の2%");
    QTest::newRow("digit after a break")
        << QStringLiteral("令和\n４年") << QStringLiteral("令和4年");
    QTest::newRow("corner brackets are quotes")
        << QStringLiteral("「反撃能力」と『国家安全保障戦略』")
        << QStringLiteral("\"反撃能力\"と\"国家安全保障戦略\"");
    QTest::newRow("wave dash variants") << QStringLiteral("一〜三、一～三、一~三、一∼三")
                                        << QStringLiteral("一〜三、一〜三、一〜三、一〜三");
    QTest::newRow("long vowel variants after kana")
        << QStringLiteral("サイバー、サイバ―、サイバ─、サイバ−、ｻｲﾊﾞｰ")
        << QStringLiteral("サイバー、サイバー、サイバー、サイバー、サイバー");
    QTest::newRow("a dash after a Han character stays")
        << QStringLiteral("東京―大阪") << QStringLiteral("東京―大阪");
    QTest::newRow("ideographic space is a space")
        << QStringLiteral("第一章\u3000総論") << QStringLiteral("第一章 総論");
    QTest::newRow("half-width katakana")
        << QStringLiteral("ｻｲﾊﾞｰ攻撃") << QStringLiteral("サイバー攻撃");
    QTest::newRow("ligature") << QStringLiteral("of\uFB01cial") << QStringLiteral("official");
}

void TestCjkAnchoring::matchFolding_japanese()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeTextMapped(input, MatchFolding::Matching).text, expected);
}

void TestCjkAnchoring::matchFolding_mapPointsAtOriginalCharacters()
{
    const QString input = QStringLiteral("年\n１２月「案」");
    const NormalizedText folded = normalizeTextMapped(input, MatchFolding::Matching);
    QCOMPARE(folded.text, QStringLiteral("年12月\"案\""));
    QCOMPARE(folded.toOriginal.size(), std::size_t(folded.text.size()) + 1);
    // 年 1 2 月 " 案 " -> 0 2 3 4 5 6 7, end 8
    const std::vector<qsizetype> expected{0, 2, 3, 4, 5, 6, 7, 8};
    QCOMPARE(folded.toOriginal, expected);
}

void TestCjkAnchoring::matchFolding_latinLineBreaks_stillSpaces()
{
    QCOMPARE(normalizeTextMapped(u"security\npolicy", MatchFolding::Matching).text,
             QStringLiteral("security policy"));
    QCOMPARE(normalizeTextMapped(u"the 2022\nplan", MatchFolding::Matching).text,
             QStringLiteral("the 2022 plan"));
    // Japanese next to a Latin word keeps the space: it may be a real one.
    QCOMPARE(normalizeTextMapped(u"NATO\n加盟国", MatchFolding::Matching).text,
             QStringLiteral("NATO 加盟国"));
    QCOMPARE(normalizeTextMapped(u"secu-\nrity", MatchFolding::Matching).text,
             QStringLiteral("security"));
}

void TestCjkAnchoring::fingerprint_isNotWidthFolded()
{
    // Fingerprints follow docs/format.md (NFC): matching folds more, fingerprints do not.
    QVERIFY(fingerprintOfText(u"２０２２年") != fingerprintOfText(u"2022年"));
    QCOMPARE(normalizeText(u"２０２２年\n１２月"), QStringLiteral("２０２２年 １２月"));
}

void TestCjkAnchoring::resolve_japaneseQuote_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("expectedRange"); // the text found, line breaks removed
    QTest::newRow("as written") << QStringLiteral("サイバー攻撃への対処も強化する")
                                << QStringLiteral("サイバー攻撃への対処も強化する");
    QTest::newRow("unbroken copy of a broken phrase")
        << QStringLiteral("新しい防衛計画を閣議決定した")
        << QStringLiteral("新しい防衛計画を閣議決定した");
    QTest::newRow("half-width digits") << QStringLiteral("2022年12月、新しい防衛")
                                       << QStringLiteral("２０２２年１２月、新しい防衛");
    QTest::newRow("other quotation marks") << QStringLiteral("『反撃能力』の保有を明記し")
                                           << QStringLiteral("「反撃能力」の保有を明記し");
    QTest::newRow("full-width tildes") << QStringLiteral("方針～段階的な増額～を示した")
                                       << QStringLiteral("方針〜段階的な増額〜を示した");
    QTest::newRow("wrong long-vowel mark")
        << QStringLiteral("サイバ―攻撃への対処") << QStringLiteral("サイバー攻撃への対処");
    QTest::newRow("percent across a break") << QStringLiteral("国内総生産の2%に引き上げる")
                                            << QStringLiteral("国内総生産の２％に引き上げる");
}

void TestCjkAnchoring::resolve_japaneseQuote()
{
    QFETCH(QString, quote);
    QFETCH(QString, expectedRange);
    const QString text = japaneseText();
    const AnchorResolver resolver(text);
    const AnchorResolution r = resolver.resolve(makeAnchor(quote));
    QVERIFY2(r.ok(), qPrintable(r.reason()));
    QCOMPARE(unbroken(QStringView(text).sliced(r.start, r.end - r.start)), expectedRange);
}

void TestCjkAnchoring::resolve_repeatedPhrase_prefixDecides()
{
    const QString text = japaneseText();
    const AnchorResolver resolver(text);
    const QString phrase = QStringLiteral("防衛力を強化する");
    QCOMPARE(text.count(phrase), 2);
    const qsizetype second = text.lastIndexOf(phrase);
    // The prefix as another copy gives it: half-width, no line breaks.
    const AnchorResolution r = resolver.resolve(
        makeAnchor(phrase, QStringLiteral("外交では、同盟国と"), QStringLiteral("協議")));
    QVERIFY2(r.ok(), qPrintable(r.reason()));
    QCOMPARE(r.start, second);
    const AnchorResolution bare = resolver.resolve(makeAnchor(phrase));
    QCOMPARE(bare.failure, AnchorFailure::Ambiguous);
}

void TestCjkAnchoring::resolve_changedCharacters_fuzzyByCharacters()
{
    const QString text = japaneseText();
    const AnchorResolver resolver(text);
    // Two characters differ from the text (3% for 2%, 表明 for 明記), and there are no spaces
    // for a word-based comparison to use.
    const AnchorResolution r = resolver.resolve(
        makeAnchor(QStringLiteral("「反撃能力」の保有を表明し、防衛費を国内総生産の３％に")));
    QVERIFY2(r.ok(), qPrintable(r.reason()));
    QCOMPARE(r.method, AnchorMethod::Fuzzy);
    const QString found = unbroken(QStringView(text).sliced(r.start, r.end - r.start));
    QVERIFY2(found.startsWith(QStringLiteral("「反撃能力」")), qPrintable(found));
    QVERIFY2(found.endsWith(QStringLiteral("２％に")), qPrintable(found));
}

void TestCjkAnchoring::quoteLength_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("characters");
    QTest::addColumn<bool>("tooLong");
    const QString forty = QStringLiteral("政府は新しい防衛計画を閣議決定し、反撃能力の保有を明記し"
                                         "た。防衛費は段階的に増額する。")
                              .left(40);
    QCOMPARE(forty.size(), 40);
    QTest::newRow("40 Japanese characters") << forty << 40 << true << false;
    QTest::newRow("41 Japanese characters") << forty + QStringLiteral("額") << 41 << true << true;
    QTest::newRow("spaces do not count")
        << QStringLiteral("第一章\u3000総論") << 5 << true << false;
    QTest::newRow("Japanese with a Latin word")
        << QStringLiteral("NATOとの協力を深める") << 12 << true << false;
    const QString twenty =
        QStringLiteral("one two three four five six seven eight nine ten eleven twelve thirteen "
                       "fourteen fifteen sixteen seventeen eighteen nineteen twenty");
    QTest::newRow("20 English words") << twenty << 20 << false << false;
    QTest::newRow("21 English words") << twenty + QStringLiteral(" more") << 21 << false << true;
    QTest::newRow("Korean counts words")
        << QStringLiteral("정부는 새로운 방위 계획을 결정했다") << 5 << false << false;
}

void TestCjkAnchoring::quoteLength()
{
    QFETCH(QString, quote);
    QFETCH(int, count);
    QFETCH(bool, characters);
    QFETCH(bool, tooLong);
    const QuoteLength length = Anchorline::Model::quoteLength(quote);
    QCOMPARE(length.count, count);
    QCOMPARE(length.characters, characters);
    QCOMPARE(length.tooLong(), tooLong);
    QCOMPARE(length.limit, characters ? 40 : 20);
}

QTEST_GUILESS_MAIN(TestCjkAnchoring)
#include "tst_cjkanchoring.moc"
