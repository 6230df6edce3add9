#include "io/textencoding.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <optional>

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

namespace {

// The whole of `bytes` in `encoding`, or nothing when the encoding is unknown or the bytes
// are not valid in it.
std::optional<QString> decodeStrictly(QByteArrayView bytes, const QString &encoding)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// "coding: shift_jis" (Emacs, vim, Python) or "charset=EUC-JP" in the first lines of a plain
// text.
QString declaredPlainTextEncoding(QByteArrayView bytes)
{
    static const QRegularExpression declaration(
        QStringLiteral(R"((?:\bcoding|\bcharset|\bencoding)\s*[:=]\s*["']?([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 1024)));
    const QRegularExpressionMatch match = declaration.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

// How much a decoded text reads like Japanese: kana and ideographs count for it; half-width
// katakana, private-use characters and unassigned code points (what a wrong guess between
// Shift_JIS and EUC-JP produces) against it.
qsizetype japaneseScore(QStringView text)
{
    qsizetype score = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) ||
            (u >= 0x3000 && u <= 0x303F))
            score += 2;
        else if ((u >= 0xFF61 && u <= 0xFF9F) || (u >= 0xE000 && u <= 0xF8FF) ||
                 c.category() == QChar::Other_NotAssigned)
            score -= 3;
    }
    return score;
}

} // namespace

DecodedText decodeSourceText(QByteArrayView bytes, bool html)
{
    DecodedText result;
    const auto use = [&result](QString text, const QString &encoding) {
        result.text = std::move(text);
        result.encoding = encoding;
        return result;
    };
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        if (*bom != QStringConverter::Utf8 || bytes.startsWith("\xEF\xBB\xBF")) {
            QStringDecoder decoder(*bom);
            const QString text = decoder.decode(bytes);
            result.replaced = decoder.hasError();
            return use(text, QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
        }
    }
    // A plain text that is valid UTF-8 is UTF-8 whatever its first lines say: Shift_JIS and
    // EUC-JP Japanese is practically never valid UTF-8, and a mention of "encoding: ..." in an
    // English text must not garble it.
    if (!html) {
        if (auto utf8 = decodeStrictly(bytes, QStringLiteral("UTF-8")))
            return use(std::move(*utf8), QStringLiteral("UTF-8"));
    }
    QString declared;
    if (html) {
        QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
        // decoderForHtml answers UTF-8 when the page declares nothing: then detect below.
        if (decoder.isValid() &&
            QString::fromLatin1(decoder.name()).compare(u"UTF-8", Qt::CaseInsensitive) != 0)
            declared = QString::fromLatin1(decoder.name());
    } else {
        declared = declaredPlainTextEncoding(bytes);
    }
    if (!declared.isEmpty()) {
        QStringDecoder decoder(declared.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            const QString text = decoder.decode(bytes);
            result.replaced = decoder.hasError();
            return use(text, QString::fromLatin1(decoder.name()));
        }
    }
    if (html) {
        if (auto utf8 = decodeStrictly(bytes, QStringLiteral("UTF-8")))
            return use(std::move(*utf8), QStringLiteral("UTF-8"));
    }
    std::optional<QString> best;
    QString bestName;
    qsizetype bestScore = 0;
    for (const QString &name : {QStringLiteral("Shift_JIS"), QStringLiteral("EUC-JP")}) {
        auto text = decodeStrictly(bytes, name);
        if (!text)
            continue;
        const qsizetype score = japaneseScore(*text);
        if (score > 0 && (!best || score > bestScore)) {
            best = std::move(text);
            bestName = name;
            bestScore = score;
        }
    }
    if (best)
        return use(std::move(*best), bestName);
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    result.replaced = true;
    return use(text, QStringLiteral("UTF-8"));
}

} // namespace Anchorline::Model
