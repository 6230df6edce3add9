#include "export/pdfutil.h"

#include <QBuffer>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace Anchorline::Views;

class TestPdfUtil final : public QObject
{
    Q_OBJECT

private slots:
    void stabilise_replacesDatesAndIdsWithFixedValuesOfTheSameLength();
    void stabilise_leavesOtherBytesAlone();
    void stabilise_twoWritesOfTheSamePicture_giveTheSameBytes();
    void paintPdf_paintsEveryPageInLayoutUnits_andIsStable();
};

namespace {

QByteArray writePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Anchorline"));
    writer.setTitle(QStringLiteral("Test"));
    QPainter painter(&writer);
    painter.drawLine(0, 0, 100, 100);
    painter.end();
    return bytes;
}

} // namespace

void TestPdfUtil::stabilise_replacesDatesAndIdsWithFixedValuesOfTheSameLength()
{
    // Given the stamps QPdfWriter writes
    const QByteArray input =
        "/CreationDate (D:20250101123456+01'00')\n"
        "<xmp:CreateDate>2025-01-01T12:34:56+01:00</xmp:CreateDate>\n"
        "/ID [<0123456789abcdef0123456789ABCDEF><0123456789abcdef0123456789abcdef>]\n"
        "<xmpMM:DocumentID>uuid:12345678-9abc-def0-1234-56789abcdef0"
        "</xmpMM:DocumentID>\n";
    // When stabilised
    const QByteArray output = stabilisePdf(input);
    // Then every stamp is fixed and no offset moved
    QCOMPARE(output.size(), input.size());
    QVERIFY(output.contains("(D:20000101000000Z      )"));
    QVERIFY(output.contains(">2000-01-01T00:00:00Z     <"));
    QVERIFY(
        output.contains("[<00000000000000000000000000000000><00000000000000000000000000000000>]"));
    QVERIFY(output.contains("uuid:000000000000000000000000000000000000<"));
    QVERIFY(!output.contains("2025"));
}

void TestPdfUtil::stabilise_leavesOtherBytesAlone()
{
    const QByteArray input = "%PDF-1.4\n1 0 obj << /Length 12 >> stream\nabc\nendstream\n";
    QCOMPARE(stabilisePdf(input), input);
}

void TestPdfUtil::stabilise_twoWritesOfTheSamePicture_giveTheSameBytes()
{
    // Given two PDFs of the same picture, stamped with today's date
    const QByteArray first = writePdf();
    const QByteArray second = writePdf();
    const QByteArray today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    QVERIFY(first.startsWith("%PDF"));
    QVERIFY(first.contains("D:" + today));
    // Then the stabilised bytes carry the fixed date instead, keep their length, and are equal
    const QByteArray stable = stabilisePdf(first);
    QVERIFY(!stable.contains("D:" + today));
    QVERIFY(stable.contains("D:20000101000000Z"));
    QCOMPARE(stable.size(), first.size());
    QCOMPARE(stable, stabilisePdf(second));
}

void TestPdfUtil::paintPdf_paintsEveryPageInLayoutUnits_andIsStable()
{
    // Given an A4 page at 300 dpi and three pages to paint
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    QList<int> painted;
    QList<double> scales;
    auto paintPage = [&](QPainter &painter, int page) {
        painted << page;
        scales << painter.transform().m11();
        painter.drawRect(QRectF(10, 10, 100, 50));
    };
    // When painted twice
    const QByteArray first = paintPdf(QStringLiteral("Handout"), 300, a4, 3, paintPage);
    const QByteArray second = paintPdf(QStringLiteral("Handout"), 300, a4, 3, paintPage);
    // Then every page was painted once per call, scaled from 96 dpi layout units
    QCOMPARE(painted, QList<int>({0, 1, 2, 0, 1, 2}));
    for (double scale : scales)
        QCOMPARE(scale, 300.0 / 96.0);
    QVERIFY(first.startsWith("%PDF-1.6"));
    const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page\\b"));
    QCOMPARE(QString::fromLatin1(first).count(pageObject), 3);
    QCOMPARE(first, second);
}

QTEST_MAIN(TestPdfUtil)
#include "tst_pdfutil.moc"
