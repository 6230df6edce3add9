// Japanese labels are drawn in an installed CJK face of the data language (style/cjkfont.h),
// as the timeline and the PNG, SVG and PDF exports use it.
#include "style/cjkfont.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace Anchorline::Views;

class TestCjkFont final : public QObject
{
    Q_OBJECT
private slots:
    void family_followsTheDataLanguage();
    void fallback_keepsTheLatinFaceFirst();
    void japaneseText_isShapedWithTheJapaneseFace();
};

void TestCjkFont::family_followsTheDataLanguage()
{
    QCOMPARE(cjkFamilyFor(QStringLiteral("ja")), QStringLiteral("Noto Sans CJK JP"));
    QCOMPARE(cjkFamilyFor(QStringLiteral("ko-KR")), QStringLiteral("Noto Sans CJK KR"));
    QCOMPARE(cjkFamilyFor(QStringLiteral("zh-Hant")), QStringLiteral("Noto Sans CJK TC"));
    QCOMPARE(cjkFamilyFor(QStringLiteral("zh")), QStringLiteral("Noto Sans CJK SC"));
    QCOMPARE(cjkFamilyFor(QString()), QStringLiteral("Noto Sans CJK JP"));
}

void TestCjkFont::fallback_keepsTheLatinFaceFirst()
{
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPixelSize(13);
    const QFont ja = withCjkFallback(base, QStringLiteral("ja"));
    QCOMPARE(ja.families(),
             QStringList({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")}));
    QCOMPARE(ja.pixelSize(), 13);
    // Switching the data language replaces the CJK face rather than stacking another
    const QFont ko = withCjkFallback(ja, QStringLiteral("ko"));
    QCOMPARE(ko.families(),
             QStringList({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")}));
}

void TestCjkFont::japaneseText_isShapedWithTheJapaneseFace()
{
    // Given the face ./dev installs (fonts-noto-cjk)
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK JP")))
        QSKIP("Noto Sans CJK JP is not installed: run ./dev to install fonts-noto-cjk");
    // When a Japanese label is laid out with the export's Latin font and the fallback
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(16);
    QTextLayout layout(QStringLiteral("国家安全保障戦略 (NSS)"),
                       withCjkFallback(font, QStringLiteral("ja")));
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    // Then the kanji come from the Japanese face and the Latin letters from DejaVu
    QStringList faces;
    for (const QGlyphRun &run : layout.glyphRuns())
        faces << run.rawFont().familyName();
    QVERIFY2(faces.contains(QStringLiteral("Noto Sans CJK JP")), qPrintable(faces.join(u',')));
    QVERIFY2(faces.contains(QStringLiteral("DejaVu Sans")), qPrintable(faces.join(u',')));
}

QTEST_MAIN(TestCjkFont)
#include "tst_cjkfont.moc"
