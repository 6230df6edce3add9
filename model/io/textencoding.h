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

} // namespace Anchorline::Model
