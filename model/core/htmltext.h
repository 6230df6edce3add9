#pragma once

#include <QString>
#include <QStringView>

namespace Anchorline::Model {

// What happens to white space in htmlToPlainText.
enum class HtmlWhiteSpace {
    // Kept as it is (source texts: anchors are matched after docs/format.md's normalisation).
    Keep,
    // Folded for short texts from interchange files (headlines, CSV cells): runs of spaces
    // become one, each line trimmed, empty lines dropped. Line breaks stay, since such text is
    // often plain text rather than HTML.
    Collapse,
};

// The one HTML-to-text converter (source texts, TimelineJS and CSV imports). It never renders
// or interprets the HTML beyond what a browser would show as text:
// - only real tags are removed: '<' followed by a letter, "</" + letter, "<!" or "<?", up to the
//   '>' that closes it outside quoted attribute values; "x < y && y > z" stays as it is, and so
//   does a '<' that no '>' ever closes;
// - comments and the content of script, style, template and noscript are removed;
// - block elements (p, div, br, li, headings, ...) become line breaks;
// - character references are decoded by HTML's rules: the full list of named references
//   (legacy names such as "&eacute" also without ';'), decimal and hex numbers, with
//   &#128;-&#159; read as Windows-1252 (&#146; is U+2019), and NUL, surrogates, other control
//   characters and numbers past U+10FFFF becoming U+FFFD;
// - line endings become LF.
QString htmlToPlainText(QStringView html, HtmlWhiteSpace whiteSpace = HtmlWhiteSpace::Keep);

// Decodes the character reference at text[at] == '&' into out, HTML's way. Returns the number of
// UTF-16 units it used, 0 when there is no reference there (the '&' is then plain text).
qsizetype decodeHtmlCharacterReference(QStringView text, qsizetype at, QString &out);

} // namespace Anchorline::Model
