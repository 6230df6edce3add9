#include "io/prescan_p.h"

namespace Anchorline::Model::Detail {

// One pass over the raw bytes before parsing: valid UTF-8 (with the offset of the first bad
// byte) and nesting depth, so a hostile file is refused before a DOM is built for it. (The
// streaming reader needs no prescan: nlohmann's lexer accepts only valid UTF-8 and the handler
// limits the depth; when it fails, this runs before the DOM reader.)
bool prescan(const QByteArray &bytes, qsizetype begin, int maxDepth, qsizetype &badOffset,
             QString &message)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    int depth = 0;
    bool inString = false;
    for (qsizetype i = begin; i < size; ++i) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (inString) {
                if (c == '\\')
                    ++i; // the escaped character is ASCII in valid JSON; the parser checks it
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth) {
                    badOffset = i;
                    message = QStringLiteral("nesting deeper than %1 levels").arg(maxDepth);
                    return false;
                }
            } else if (c == '}' || c == ']') {
                --depth;
            }
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            badOffset = i;
            message = QStringLiteral("invalid UTF-8: unexpected byte 0x%1")
                          .arg(c, 2, 16, QLatin1Char('0'));
            return false;
        }
        if (i + length > size) {
            badOffset = i;
            message = QStringLiteral("invalid UTF-8: the file ends inside a character");
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80) {
                badOffset = i;
                message = QStringLiteral("invalid UTF-8: byte 0x%1 is not a continuation byte")
                              .arg(next, 2, 16, QLatin1Char('0'));
                return false;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        static constexpr unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[length] || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            badOffset = i;
            message = QStringLiteral("invalid UTF-8: overlong or out-of-range sequence");
            return false;
        }
        i += length - 1;
    }
    return true;
}

void lineColumn(const QByteArray &bytes, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    offset = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column; // count characters, not bytes
        }
    }
}

} // namespace Anchorline::Model::Detail
