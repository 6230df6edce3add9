#include "io/textencoding.h"

namespace Anchorline::Model {

QString wideUnicodeEncoding(QByteArrayView bytes)
{
    auto at = [&](qsizetype i) { return i < bytes.size() ? quint8(bytes[i]) : quint8(0); };
    const qsizetype n = bytes.size();
    // Byte order marks first (FF FE 00 00 is UTF-32LE, not UTF-16LE and a NUL).
    if (n >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return QStringLiteral("UTF-32LE");
    if (n >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return QStringLiteral("UTF-32BE");
    if (n >= 2 && at(0) == 0xFF && at(1) == 0xFE)
        return QStringLiteral("UTF-16LE");
    if (n >= 2 && at(0) == 0xFE && at(1) == 0xFF)
        return QStringLiteral("UTF-16BE");
    // Without a mark: an ASCII first character and its zero bytes.
    if (n >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0 && at(3) < 0x80)
        return QStringLiteral("UTF-32BE");
    if (n >= 4 && at(0) != 0 && at(0) < 0x80 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return QStringLiteral("UTF-32LE");
    if (n >= 2 && at(0) == 0 && at(1) != 0 && at(1) < 0x80)
        return QStringLiteral("UTF-16BE");
    if (n >= 2 && at(0) != 0 && at(0) < 0x80 && at(1) == 0)
        return QStringLiteral("UTF-16LE");
    return {};
}

QString wideEncodingMessage(const QString &encoding)
{
    const QString family = encoding.left(6);
    const QString order = encoding.endsWith(QLatin1String("LE")) ? QStringLiteral("little-endian")
                                                                 : QStringLiteral("big-endian");
    return QStringLiteral("the file is %1 (%2); Anchorline reads UTF-8: save it as UTF-8")
        .arg(family, order);
}

} // namespace Anchorline::Model
