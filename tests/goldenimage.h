#pragma once

// Comparing a rendered image with a committed golden one, for the renderer's golden tests.

#include <QImage>
#include <QtGlobal>

namespace Anchorline::Tests {

// Fraction of pixels whose channels differ by more than `tolerance`: font rasterisation may
// move a few pixels between machines, a layout change moves thousands.
inline double differingFraction(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (qAbs(qRed(p[col]) - qRed(q[col])) > tolerance ||
                qAbs(qGreen(p[col]) - qGreen(q[col])) > tolerance ||
                qAbs(qBlue(p[col]) - qBlue(q[col])) > tolerance)
                ++differing;
        }
    }
    return double(differing) / double(x.width() * x.height());
}

} // namespace Anchorline::Tests
