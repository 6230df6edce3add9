#include "export/pdfutil.h"

#include "export/xmltext.h"

#include <QBuffer>
#include <QList>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace Anchorline::Views {

namespace {

constexpr double LayoutDpi = 96;

// Replaces every match of `pattern` by `replacement(match)`, which must have the match's length.
template<typename Replacement>
void replaceAll(QByteArray &pdf, const QRegularExpression &pattern, Replacement &&replacement)
{
    QString text = QString::fromLatin1(pdf);
    QList<QRegularExpressionMatch> matches;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    // Back to front, so that earlier offsets stay valid whatever the replacements' lengths.
    for (auto m = matches.crbegin(); m != matches.crend(); ++m)
        text.replace(m->capturedStart(0), m->capturedLength(0), replacement(m->captured(0)));
    pdf = text.toLatin1();
}

// `fixed` cut or padded with spaces to the length of `original`.
QString sameLength(const QString &fixed, const QString &original)
{
    return fixed.leftJustified(original.size(), QLatin1Char(' '), true);
}

} // namespace

QByteArray paintPdf(const QString &title, int dpi, const QPageLayout &pageLayout, int pages,
                    const std::function<void(QPainter &painter, int page)> &paintPage)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setCreator(QStringLiteral("Anchorline"));
        // The title also goes into the XMP packet, which is XML (export/xmltext.h).
        writer.setTitle(xmlSafeText(title));
        writer.setResolution(dpi);
        writer.setPageLayout(pageLayout);
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        const double scale = dpi / LayoutDpi;
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            paintPage(painter, page);
            painter.restore();
        }
        painter.end();
    }
    return stabilisePdf(bytes);
}

QByteArray stabilisePdf(QByteArray pdf)
{
    // (D:20250101123456+01'00') in the Info dictionary.
    static const QRegularExpression infoDate(QStringLiteral("D:\\d{14}[^)]*"));
    // xmp:CreateDate / MetadataDate 2025-01-01T12:34:56+01:00 in the XMP packet.
    static const QRegularExpression xmpDate(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[^<\"]*"));
    // /ID [<hex><hex>] in the trailer and uuid:... in the XMP packet.
    static const QRegularExpression documentId(QStringLiteral("<[0-9a-fA-F]{32}>"));
    static const QRegularExpression uuid(QStringLiteral("uuid:[0-9a-fA-F-]{36}"));

    replaceAll(pdf, infoDate,
               [](const QString &s) { return sameLength(QStringLiteral("D:20000101000000Z"), s); });
    replaceAll(pdf, xmpDate, [](const QString &s) {
        return sameLength(QStringLiteral("2000-01-01T00:00:00Z"), s);
    });
    replaceAll(pdf, documentId, [](const QString &s) {
        return QLatin1Char('<') + QString(s.size() - 2, QLatin1Char('0')) + QLatin1Char('>');
    });
    replaceAll(pdf, uuid, [](const QString &s) {
        return QStringLiteral("uuid:") + QString(s.size() - 5, QLatin1Char('0'));
    });
    return pdf;
}

} // namespace Anchorline::Views
