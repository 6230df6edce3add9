#pragma once

#include <QByteArray>
#include <QString>

namespace Anchorline::Views {

// XML 1.0 allows only tab, line feed, carriage return and U+0020..U+D7FF, U+E000..U+FFFD and
// U+10000..U+10FFFF. Text from a data file can hold anything JSON can escape (`\u0000`, a lone
// surrogate, U+FFFF), and QSvgGenerator and Qt's XMP writer copy text as it is, so every XML we
// write passes through these (docs/architecture.md §7, untrusted text).

// `text` without the C0 controls XML forbids (they carry nothing to show); lone surrogates and
// the non-characters U+FFFE/U+FFFF become U+FFFD.
QString xmlSafeText(const QString &text);

// The same for a whole UTF-8 document (an SVG as QSvgGenerator wrote it); bytes that are not
// UTF-8 become U+FFFD. Returns `utf8` itself when nothing needs changing.
QByteArray xmlSafeUtf8(const QByteArray &utf8);

} // namespace Anchorline::Views
