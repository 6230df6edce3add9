#include "export/xmltext.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Anchorline::Views;

class TestXmlText final : public QObject
{
    Q_OBJECT

private slots:
    void xmlSafeText_removesControls_replacesNonCharacters();
    void xmlSafeUtf8_makesADocumentParse();
};

void TestXmlText::xmlSafeText_removesControls_replacesNonCharacters()
{
    const QString bad = QStringLiteral("a") + QChar(0) + QChar(0x01) + QChar(0x1F) +
                        QStringLiteral("\t\n\r") + QChar(0xD800) + QChar(0xFFFE) + QChar(0xFFFF) +
                        QStringLiteral("z");
    const QString fffd(QChar::ReplacementCharacter);
    QCOMPARE(xmlSafeText(bad),
             QStringLiteral("a\t\n\r") + fffd + fffd + fffd + QStringLiteral("z"));
    // A surrogate pair (U+1F600) and ordinary text stay as they are.
    const QString fine = QStringLiteral("日本 \U0001F600 <&>");
    QCOMPARE(xmlSafeText(fine), fine);
    // A low surrogate alone is replaced too.
    QCOMPARE(xmlSafeText(QString(QChar(0xDC00))), fffd);
}

void TestXmlText::xmlSafeUtf8_makesADocumentParse()
{
    const QByteArray broken =
        QByteArray("<svg><text>a") + QByteArray(1, '\0') + "\x01 \xEF\xBF\xBF b</text></svg>";
    QXmlStreamReader before(broken);
    while (!before.atEnd())
        before.readNext();
    QVERIFY(before.hasError()); // the check can see the problem
    const QByteArray fixed = xmlSafeUtf8(broken);
    QXmlStreamReader after(fixed);
    QString text;
    while (!after.atEnd()) {
        after.readNext();
        if (after.isStartElement() && after.name() == QLatin1String("text"))
            text = after.readElementText();
    }
    QVERIFY2(!after.hasError(), qPrintable(after.errorString()));
    QCOMPARE(text, QStringLiteral("a \uFFFD b"));
    const QByteArray clean = "<svg>plain</svg>";
    QCOMPARE(xmlSafeUtf8(clean), clean);
}

QTEST_GUILESS_MAIN(TestXmlText)
#include "tst_xmltext.moc"
