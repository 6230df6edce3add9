#include "anchoring/textnormalize.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;

namespace {

// Expected value computed independently with Python's hashlib over the normalised text
// "The \"2022 strategy\" named China the greatest strategic challenge. It's the first time.
// Café policy — costs rise." (unicodedata NFC, the same quote and white-space rules).
constexpr auto KnownFingerprint =
    "sha256:c627b9ce8f0bd2d666d56ee33bf6d8cd1519b4cc390b1bc891faffc11c132b04";

QString canonicalSample()
{
    return QStringLiteral("The \"2022 strategy\" named China the greatest strategic challenge.\n"
                          "It's the first time.\n  Caf\u00e9 policy \u2014 costs\u00a0rise.\n");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestTextNormalize final : public QObject
{
    Q_OBJECT

private slots:
    void normalizeText_appliesFormatRule_data();
    void normalizeText_appliesFormatRule();
    void normalizeText_dashes_stayAsTheyAre();
    void normalizeTextMapped_producesSameTextAsNormalizeText_data();
    void normalizeTextMapped_producesSameTextAsNormalizeText();
    void normalizeTextMapped_mapPointsAtOriginalCharacters();
    void normalizeTextMapped_joinHyphenatedLineBreaks_data();
    void normalizeTextMapped_joinHyphenatedLineBreaks();
    void fingerprintOf_fixedText_matchesIndependentSha256_data();
    void fingerprintOf_fixedText_matchesIndependentSha256();
    void fingerprintOf_differentWording_differs();
    void codePointOffsets_nonBmpCharacters_countOnce_data();
    void codePointOffsets_nonBmpCharacters_countOnce();
    void codePointOffsets_beyondEnd_isMinusOne();
    void readSourceText_plainText_dropsBomAndNormalisesLineEndings();
    void readSourceText_html_givesPlainTextWithoutMarkup();
    void readSourceText_missingFile_reportsError();
    void readSourceText_japaneseEncodings_data();
    void readSourceText_japaneseEncodings();
    void readSourceText_utf8MentioningAnEncoding_staysUtf8();
};

void TestTextNormalize::normalizeText_appliesFormatRule_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only white space") << QStringLiteral(" \t\r\n\u00a0\u3000") << QString();
    QTest::newRow("leading BOM dropped")
        << QStringLiteral("\ufeffstart") << QStringLiteral("start");
    QTest::newRow("CRLF and CR") << QStringLiteral("a\r\nb\rc\nd") << QStringLiteral("a b c d");
    QTest::newRow("single curly quotes")
        << QStringLiteral("\u2018a\u2019 \u201ab\u201b") << QStringLiteral("'a' 'b'");
    QTest::newRow("double curly quotes")
        << QStringLiteral("\u201ca\u201d \u201eb\u201f") << QStringLiteral("\"a\" \"b\"");
    QTest::newRow("white-space run")
        << QStringLiteral("a \t\n\u00a0\u2003\u202f\u205f\u3000\u1680\u0085\u2028\u2029b")
        << QStringLiteral("a b");
    QTest::newRow("trimmed") << QStringLiteral("  \n x y \n ") << QStringLiteral("x y");
    QTest::newRow("NFC composes") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00e9");
    QTest::newRow("NFC singleton") << QStringLiteral("\u212b") << QStringLiteral("\u00c5");
    QTest::newRow("zero-width space is not white space")
        << QStringLiteral("a\u200bb") << QStringLiteral("a\u200bb");
    QTest::newRow("CJK ideographic space")
        << QStringLiteral("日本\u3000の戦略") << QStringLiteral("日本 の戦略");
    QTest::newRow("emoji kept") << QStringLiteral("a \U0001F600  b")
                                << QStringLiteral("a \U0001F600 b");
}

void TestTextNormalize::normalizeText_appliesFormatRule()
{
    // Given a text with one of the variations docs/format.md folds
    QFETCH(QString, input);
    QFETCH(QString, expected);

    // When it is normalised
    const QString normalized = normalizeText(input);

    // Then the result follows the documented rule
    QCOMPARE(normalized, expected);
}

void TestTextNormalize::normalizeText_dashes_stayAsTheyAre()
{
    // Given every dash the rule keeps
    const QString dashes = QStringLiteral("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g-h");

    // When normalised, Then nothing changes: dashes carry meaning
    QCOMPARE(normalizeText(dashes), dashes);
}

void TestTextNormalize::normalizeTextMapped_producesSameTextAsNormalizeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("sample") << canonicalSample();
    QTest::newRow("BOM and CRLF") << QStringLiteral("\ufeff a\r\n\r\nb ");
    QTest::newRow("decomposed accents") << QStringLiteral("re\u0301sume\u0301 na\u0308ive");
    QTest::newRow("combining marks reordered") << QStringLiteral("q\u0307\u0323 x");
    QTest::newRow("Hangul jamo") << QStringLiteral("\u1100\u1161\u11a8 \uac00\u11a8");
    QTest::newRow("CJK") << QStringLiteral("国家安全保障戦略を\u3000改定した。");
    QTest::newRow("emoji") << QStringLiteral("\U0001F1EF\U0001F1F5 \U0001F600\u00a0x");
    QTest::newRow("curly quotes") << QStringLiteral("\u201cit\u2019s\u201d");
}

void TestTextNormalize::normalizeTextMapped_producesSameTextAsNormalizeText()
{
    // Given a text
    QFETCH(QString, input);

    // When it is normalised with a map
    const NormalizedText mapped = normalizeTextMapped(input);

    // Then the text is the fingerprint normalisation and the map has one entry per unit + 1
    QCOMPARE(mapped.text, normalizeText(input));
    QCOMPARE(qsizetype(mapped.toOriginal.size()), mapped.text.size() + 1);
    QCOMPARE(mapped.toOriginal.back(), input.size());
    QVERIFY(std::is_sorted(mapped.toOriginal.begin(), mapped.toOriginal.end()));
}

void TestTextNormalize::normalizeTextMapped_mapPointsAtOriginalCharacters()
{
    // Given a text whose white space and quotes change when normalised
    const QString input = QStringLiteral("  one\r\n\t two \u201cthree\u201d");

    // When it is normalised with a map
    const NormalizedText mapped = normalizeTextMapped(input);

    // Then every unit maps to the character it came from, a space to the start of its run
    QCOMPARE(mapped.text, QStringLiteral("one two \"three\""));
    QCOMPARE(mapped.toOriginal[0], input.indexOf(u"one"));
    QCOMPARE(mapped.toOriginal[3], input.indexOf(u"\r"));
    QCOMPARE(mapped.toOriginal[4], input.indexOf(u"two"));
    QCOMPARE(mapped.toOriginal[8], input.indexOf(u"\u201c"));
    QCOMPARE(mapped.toOriginal[14], input.indexOf(u"\u201d"));
}

void TestTextNormalize::normalizeTextMapped_joinHyphenatedLineBreaks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hyphen at line end") << QStringLiteral("national secu-\nrity policy")
                                        << QStringLiteral("national security policy");
    QTest::newRow("hyphen, CRLF and indent")
        << QStringLiteral("secu-\r\n   rity") << QStringLiteral("security");
    QTest::newRow("soft hyphen") << QStringLiteral("secu\u00adrity") << QStringLiteral("security");
    QTest::newRow("capital after break is a compound")
        << QStringLiteral("Indo-\nPacific") << QStringLiteral("Indo- Pacific");
    QTest::newRow("hyphen without break stays")
        << QStringLiteral("well-known") << QStringLiteral("well-known");
    QTest::newRow("dash between spaces stays")
        << QStringLiteral("a -\nb") << QStringLiteral("a - b");
}

void TestTextNormalize::normalizeTextMapped_joinHyphenatedLineBreaks()
{
    // Given a word broken across lines by a hyphen
    QFETCH(QString, input);
    QFETCH(QString, expected);

    // When normalised for matching
    const NormalizedText mapped =
        normalizeTextMapped(input, MatchFolding::JoinHyphenatedLineBreaks);

    // Then the word is whole again, and only then
    QCOMPARE(mapped.text, expected);
    QCOMPARE(qsizetype(mapped.toOriginal.size()), mapped.text.size() + 1);
}

void TestTextNormalize::fingerprintOf_fixedText_matchesIndependentSha256_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("canonical") << canonicalSample().toUtf8();
    QTest::newRow("CRLF, curly quotes, NBSP, BOM, decomposed, ideographic space")
        << QStringLiteral("\ufeff  The \u201c2022 strategy\u201d named China the greatest\u00a0"
                          "strategic challenge.\r\nIt\u2019s the first time.\r\n\u3000Cafe\u0301 "
                          "policy \u2014 costs rise.  ")
               .toUtf8();
    QTest::newRow("old Mac line endings, tabs")
        << QStringLiteral("The \"2022 strategy\" named China the greatest strategic challenge."
                          "\rIt's the first time.\r\t\tCaf\u00e9 policy \u2014 costs rise.")
               .toUtf8();
}

void TestTextNormalize::fingerprintOf_fixedText_matchesIndependentSha256()
{
    // Given copies of one text saved with different line endings, quotes and spaces
    QFETCH(QByteArray, utf8);

    // When fingerprinted
    const QString fingerprint = fingerprintOf(utf8);

    // Then all give the SHA-256 computed independently for the normalised text
    QCOMPARE(fingerprint, QString::fromLatin1(KnownFingerprint));
    QCOMPARE(fingerprintOfText(QString::fromUtf8(utf8)), fingerprint);
}

void TestTextNormalize::fingerprintOf_differentWording_differs()
{
    // Given the sample with one dash changed (dashes are not folded)
    QString changed = canonicalSample();
    changed.replace(u'\u2014', u'\u2013');

    // When fingerprinted, Then the fingerprint differs
    QVERIFY(fingerprintOf(changed.toUtf8()) != QString::fromLatin1(KnownFingerprint));
    QVERIFY(fingerprintOf(changed.toUtf8()).startsWith(u"sha256:"));
    QCOMPARE(fingerprintOf(changed.toUtf8()).size(), 7 + 64);
}

void TestTextNormalize::codePointOffsets_nonBmpCharacters_countOnce_data()
{
    QTest::addColumn<qint64>("codePoint");
    QTest::addColumn<qsizetype>("utf16");
    // "a😀b🇯🇵c": the emoji and each regional indicator take two UTF-16 units
    QTest::newRow("start") << qint64(0) << qsizetype(0);
    QTest::newRow("emoji") << qint64(1) << qsizetype(1);
    QTest::newRow("after emoji") << qint64(2) << qsizetype(3);
    QTest::newRow("second flag half") << qint64(4) << qsizetype(6);
    QTest::newRow("c") << qint64(5) << qsizetype(8);
    QTest::newRow("end") << qint64(6) << qsizetype(9);
}

void TestTextNormalize::codePointOffsets_nonBmpCharacters_countOnce()
{
    // Given a text with characters outside the Basic Multilingual Plane
    const QString text = QStringLiteral("a\U0001F600b\U0001F1EF\U0001F1F5c");
    QFETCH(qint64, codePoint);
    QFETCH(qsizetype, utf16);

    // When offsets are converted, Then each such character counts once as a code point
    QCOMPARE(utf16OffsetOfCodePoint(text, codePoint), utf16);
    QCOMPARE(codePointOffsetOfUtf16(text, utf16), codePoint);
    QCOMPARE(codePointCount(text), qint64(6));
}

void TestTextNormalize::codePointOffsets_beyondEnd_isMinusOne()
{
    // Given a short text, When asked for an offset past its end or a negative one
    // Then there is no UTF-16 index for it
    QCOMPARE(utf16OffsetOfCodePoint(u"abc", 4), qsizetype(-1));
    QCOMPARE(utf16OffsetOfCodePoint(u"abc", -1), qsizetype(-1));
    QCOMPARE(utf16OffsetOfCodePoint(u"abc", 3), qsizetype(3));
}

void TestTextNormalize::readSourceText_plainText_dropsBomAndNormalisesLineEndings()
{
    // Given a UTF-8 text file with a BOM and Windows line endings
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    writeFile(path, QByteArray("\xef\xbb\xbfLine one\r\nLine \xe2\x80\x9ctwo\xe2\x80\x9d\rend"));

    // When it is read
    QString error;
    const QString text = readSourceText(path, &error);

    // Then the BOM is gone, line endings are LF and everything else is as written
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(text, QStringLiteral("Line one\nLine \u201ctwo\u201d\nend"));
}

void TestTextNormalize::readSourceText_html_givesPlainTextWithoutMarkup()
{
    // Given an HTML article with a script, a style, a comment and entities
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("article.html"));
    writeFile(path, QByteArray("<!DOCTYPE html><html><head><title>Strategy &amp; Power</title>"
                               "<style>p { color: red; }</style>"
                               "<script>document.write('<p>injected</p>');</script></head>"
                               "<body><!-- hidden --><h1>Heading</h1>"
                               "<p class=\"x\" data-a='>'>It&rsquo;s 2&#37; &#x2014; ok&nbsp;now"
                               "</p><p>Next &lt;tag&gt;</p></body></html>"));

    // When it is read
    QString error;
    const QString text = readSourceText(path, &error);

    // Then only the text remains, with blocks on their own lines
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!text.contains(u"injected"));
    QVERIFY(!text.contains(u"color"));
    QVERIFY(!text.contains(u"hidden"));
    QVERIFY(!text.contains(u'<' + QStringLiteral("p")));
    QCOMPARE(normalizeText(text), QStringLiteral("Strategy & Power Heading It's 2% \u2014 ok now "
                                                 "Next <tag>"));
    QVERIFY(text.contains(u"Heading\nIt\u2019s"));
}

void TestTextNormalize::readSourceText_missingFile_reportsError()
{
    // Given a path where no file is
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.txt"));

    // When it is read
    QString error;
    const QString text = readSourceText(path, &error);

    // Then there is no text and the error names the file
    QVERIFY(text.isNull());
    QVERIFY(error.contains(path));
}

namespace {

// A made-up Japanese paragraph: kana, kanji, full-width digits, 「」 and a wave dash. ICU's
// Shift_JIS and EUC-JP tables map their wave dash to U+FF5E (～), not U+301C (〜), so the
// paragraph uses ～; the anchor matcher folds the two.
QString japaneseParagraph()
{
    return QStringLiteral("政府は２０２２年１２月、「国家防衛戦略」を決定した。"
                          "サイバー攻撃への対処～宇宙の利用も含む～を強化する。");
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    return encoder.isValid() && !encoder.hasError() ? bytes : QByteArray();
}

} // namespace

void TestTextNormalize::readSourceText_japaneseEncodings_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("before"); // written before the paragraph, in ASCII
    QTest::addColumn<QString>("after");
    QTest::newRow("html, meta charset Shift_JIS")
        << "page.html"
        << "Shift_JIS"
        << "<html><head><meta charset=\"shift_jis\"><title>t</title></head><body><p>"
        << "</p></body></html>";
    QTest::newRow("html, http-equiv EUC-JP")
        << "page.htm"
        << "EUC-JP"
        << "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
           "charset=EUC-JP\"><title>t</title></head><body><p>"
        << "</p></body></html>";
    QTest::newRow("html, undeclared Shift_JIS detected") << "page.html"
                                                         << "Shift_JIS"
                                                         << "<html><body><p>"
                                                         << "</p></body></html>";
    QTest::newRow("plain text, Shift_JIS detected") << "note.txt"
                                                    << "Shift_JIS"
                                                    << ""
                                                    << "";
    QTest::newRow("plain text, EUC-JP detected") << "note.txt"
                                                 << "EUC-JP"
                                                 << ""
                                                 << "";
    QTest::newRow("plain text, declared") << "note.md"
                                          << "EUC-JP"
                                          << "<!-- coding: euc-jp -->\n"
                                          << "";
}

void TestTextNormalize::readSourceText_japaneseEncodings()
{
    QFETCH(QString, fileName);
    QFETCH(QString, encoding);
    QFETCH(QString, before);
    QFETCH(QString, after);
    // Given a Japanese text saved in a legacy encoding
    const QByteArray body = encoded(japaneseParagraph(), encoding.toLatin1().constData());
    QVERIFY2(!body.isEmpty(), "this Qt cannot encode the fixture (no ICU?)");
    QVERIFY(QString::fromUtf8(body) != japaneseParagraph());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    writeFile(path, before.toLatin1() + body + after.toLatin1());

    // When it is read
    QString error;
    const QString text = readSourceText(path, &error);

    // Then the Japanese reads as written
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(japaneseParagraph()), qPrintable(text));
    QVERIFY(!text.contains(QChar(0xFFFD)));
}

void TestTextNormalize::readSourceText_utf8MentioningAnEncoding_staysUtf8()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("note.txt"));
    const QString written = QStringLiteral("encoding: latin1 is what the old files used. 日本語");
    writeFile(path, written.toUtf8());
    QCOMPARE(readSourceText(path), written);
    // Bytes valid in no encoding tried stay visible as U+FFFD rather than vanishing.
    writeFile(path, QByteArray("ok \xff\xfe\xff end"));
    QVERIFY(readSourceText(path).contains(QChar(0xFFFD)));
}

QTEST_GUILESS_MAIN(TestTextNormalize)
#include "tst_textnormalize.moc"
