#include "export/xmltext.h"

namespace Anchorline::Views {

namespace {

bool forbiddenControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
}

bool needsCleaning(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (forbiddenControl(c) || c == 0xFFFE || c == 0xFFFF)
            return true;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            return true;
        }
        if (QChar::isLowSurrogate(c))
            return true;
    }
    return false;
}

} // namespace

QString xmlSafeText(const QString &text)
{
    if (!needsCleaning(text))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (forbiddenControl(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < n &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i);
            continue;
        }
        if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF)
            out += QChar(QChar::ReplacementCharacter);
        else
            out += text.at(i);
    }
    return out;
}

QByteArray xmlSafeUtf8(const QByteArray &utf8)
{
    // Fast path: plain ASCII without controls, and valid UTF-8 without U+FFFE/FFFF (EF BF BE/BF),
    // is left alone; anything else goes through QString.
    bool clean = true;
    for (const char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b >= 0x80) {
            clean = false;
            break;
        }
    }
    if (clean)
        return utf8;
    const QString text = QString::fromUtf8(utf8);
    const QString safe = xmlSafeText(text);
    return safe.toUtf8();
}

} // namespace Anchorline::Views
