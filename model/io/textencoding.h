#pragma once

#include <QByteArrayView>
#include <QString>

namespace Anchorline::Model {

// Anchorline reads UTF-8 only. Editors on Windows often save "Unicode" text as UTF-16, with or
// without a byte order mark, which a JSON or CSV parser would call a syntax error at byte 2.
// Since every file we read starts with ASCII ('{', '[', a header letter or white space), the
// zero bytes around the first character tell the encoding.

// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the bytes are that, else empty.
QString wideUnicodeEncoding(QByteArrayView bytes);

// The message for such a file: "the file is UTF-16 (little-endian); save it as UTF-8".
QString wideEncodingMessage(const QString &encoding);

// Source texts are another matter: Japanese originals are often Shift_JIS or EUC-JP.
struct DecodedText
{
    QString text;
    QString encoding;      // the name it was decoded as: "UTF-8", "Shift_JIS", "EUC-JP", ...
    bool replaced = false; // some bytes were not valid in that encoding (now U+FFFD)
};

// Decodes the bytes of a source text. In this order: a byte order mark; for HTML the page's
// declared charset (<meta charset>, http-equiv, via QStringDecoder::decoderForHtml), then
// UTF-8 if valid; for plain text UTF-8 if valid, then a declaration in its first lines
// ("coding: shift_jis", "charset=EUC-JP"); then whichever of Shift_JIS and EUC-JP decodes them
// without errors and reads most like Japanese; else UTF-8 with U+FFFD for the bad sequences.
DecodedText decodeSourceText(QByteArrayView bytes, bool html);

} // namespace Anchorline::Model
