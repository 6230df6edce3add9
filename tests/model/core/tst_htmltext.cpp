#include "core/htmltext.h"

#include <QTest>

using namespace Anchorline::Model;

// The one HTML-to-text converter, used by source texts and by the TimelineJS and CSV imports.
class TestHtmlText final : public QObject
{
    Q_OBJECT

private slots:
    void keep_data();
    void keep();
    void collapse_data();
    void collapse();
    void everyNamedReferenceOfHtmlDecodes();
};

void TestHtmlText::keep_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("numeric entities")
        << QStringLiteral("&#65;&#x42;&#x1F600;") << QStringLiteral("AB\U0001F600");
    QTest::newRow("invalid numeric entity")
        << QStringLiteral("a&#0;b&#xD800;c&#x110000;d") << QStringLiteral("a\ufffdb\ufffdc\ufffdd");
    QTest::newRow("windows-1252 range")
        << QStringLiteral("it&#146;s &#128;5 &#150; &#x93;q&#x94; &#129;")
        << QStringLiteral("it\u2019s \u20ac5 \u2013 \u201cq\u201d \ufffd");
    QTest::newRow("numeric without semicolon") << QStringLiteral("&#65B") << QStringLiteral("AB");
    QTest::newRow("ampersand hash alone")
        << QStringLiteral("&#; &#x;") << QStringLiteral("&#; &#x;");
    QTest::newRow("unknown entity kept")
        << QStringLiteral("a &bogus; b") << QStringLiteral("a &bogus; b");
    QTest::newRow("full named list")
        << QStringLiteral("M&uuml;nchen Caf&eacute; &Ouml;l &alpha;&Omega; &hearts; &rarr;")
        << QStringLiteral("M\u00fcnchen Caf\u00e9 \u00d6l \u03b1\u03a9 \u2665 \u2192");
    QTest::newRow("two code points") << QStringLiteral("&nvlt;") << QStringLiteral("<\u20d2");
    QTest::newRow("legacy name without semicolon")
        << QStringLiteral("&copy 2020, Caf&eacute") << QStringLiteral("\u00a9 2020, Caf\u00e9");
    QTest::newRow("bare ampersand") << QStringLiteral("R&D") << QStringLiteral("R&D");
    QTest::newRow("stray less-than") << QStringLiteral("1 < 2") << QStringLiteral("1 < 2");
    QTest::newRow("comparison is text")
        << QStringLiteral("x < y && y > z") << QStringLiteral("x < y && y > z");
    QTest::newRow("no letter after less-than")
        << QStringLiteral("a<3 b <= c, d</ e>") << QStringLiteral("a<3 b <= c, d</ e>");
    QTest::newRow("never closed") << QStringLiteral("a <b c") << QStringLiteral("a <b c");
    QTest::newRow("quoted attribute with greater-than")
        << QStringLiteral("<a title=\"x>y\">link</a>") << QStringLiteral("link");
    QTest::newRow("single-quoted attribute")
        << QStringLiteral("<a title='p>q' href=\"#\">go</a>!") << QStringLiteral("go!");
    QTest::newRow("uppercase script")
        << QStringLiteral("a<SCRIPT type=x>alert(1)</SCRIPT >b") << QStringLiteral("ab");
    QTest::newRow("unterminated script") << QStringLiteral("a<script>x") << QStringLiteral("a");
    QTest::newRow("unterminated comment") << QStringLiteral("a<!-- x") << QStringLiteral("a");
    QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html>a") << QStringLiteral("a");
    QTest::newRow("br") << QStringLiteral("a<br/>b") << QStringLiteral("a\nb");
    QTest::newRow("inline tags") << QStringLiteral("<b>bo</b><i>ld</i>") << QStringLiteral("bold");
    QTest::newRow("white space kept") << QStringLiteral("a  \r\n b") << QStringLiteral("a  \n b");
}

void TestHtmlText::keep()
{
    // Given an HTML fragment
    QFETCH(QString, html);
    QFETCH(QString, expected);

    // When converted to plain text, Then only real markup is gone and references are decoded
    QCOMPARE(htmlToPlainText(html), expected);
}

void TestHtmlText::collapse_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("headline with comparison")
        << QStringLiteral("x < y && y > z") << QStringLiteral("x < y && y > z");
    QTest::newRow("paragraphs") << QStringLiteral("<p>  one  two </p><p></p><p>three&nbsp;</p>")
                                << QStringLiteral("one two\nthree");
    // Plain text is not always HTML (CSV cells): its own line breaks stay.
    QTest::newRow("line breaks kept")
        << QStringLiteral("one\n\n two") << QStringLiteral("one\ntwo");
    QTest::newRow("what the old stripper got wrong")
        << QStringLiteral("<a title=\"x>y\">link</a> Caf&eacute; M&uuml;nchen &#146;")
        << QStringLiteral("link Caf\u00e9 M\u00fcnchen \u2019");
}

void TestHtmlText::collapse()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(htmlToPlainText(html, HtmlWhiteSpace::Collapse), expected);
}

void TestHtmlText::everyNamedReferenceOfHtmlDecodes()
{
    // A sample across HTML's list, from its first name to its last, including names that
    // were missing before (only 33 were known)
    const QList<QPair<QString, QString>> samples = {
        {QStringLiteral("&AElig;"), QStringLiteral("\u00c6")},
        {QStringLiteral("&zwnj;"), QStringLiteral("\u200c")},
        {QStringLiteral("&CapitalDifferentialD;"), QStringLiteral("\u2145")},
        {QStringLiteral("&Afr;"), QStringLiteral("\U0001D504")},
        {QStringLiteral("&szlig;"), QStringLiteral("\u00df")},
        {QStringLiteral("&ccedil;"), QStringLiteral("\u00e7")},
    };
    QVERIFY(!samples.isEmpty());
    for (const auto &[html, text] : samples)
        QCOMPARE(htmlToPlainText(html), text);
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
