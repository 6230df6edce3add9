#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace Anchorline::Model {

class PdfPageMap;

// The text normalisation of docs/format.md ("Text normalisation and fingerprints"): leading BOM
// dropped, NFC, CRLF/CR -> LF, curly quotes -> straight quotes, runs of white space -> one
// space, trimmed. Dashes are kept because they carry meaning.
QString normalizeText(QStringView text);

// Extra folding used only when anchors are matched, never for fingerprints. Flags.
enum class MatchFolding : std::uint8_t {
    None = 0,
    // "secu-\nrity" -> "security" and U+00AD SOFT HYPHEN dropped: line-broken words in a copy
    // of an article should still match a quote taken from an unbroken copy (and vice versa).
    JoinHyphenatedLineBreaks = 1,
    // For Japanese and Chinese originals: NFKC instead of NFC (full-/half-width forms, digits,
    // ligatures), 「」『』〝〟 read as '"', wave-dash variants (〜 ～ ~ ∼ 〰) as 〜, dash-like
    // marks after kana (― ─ − - ｰ) as the long-vowel mark ー, and a white-space run holding a
    // line break between CJK characters (or a CJK character and a digit) dropped without a
    // space, because those scripts put no spaces between words and break lines anywhere.
    Cjk = 2,
    // Everything the anchor resolver uses.
    Matching = JoinHyphenatedLineBreaks | Cjk,
};
constexpr bool hasFolding(MatchFolding set, MatchFolding flag)
{
    return (std::uint8_t(set) & std::uint8_t(flag)) != 0;
}

// True for Han ideographs, kana and CJK punctuation: scripts written without spaces between
// words (Hangul is not: Korean spaces its words).
bool isUnspacedCjk(char32_t c);

// Normalised text plus, for every UTF-16 unit of it, the UTF-16 index in the input it came
// from, so that a match found in normalised text can be mapped back to the original.
struct NormalizedText
{
    QString text;
    // toOriginal.size() == text.size() + 1; the last entry is the input's size.
    std::vector<qsizetype> toOriginal;
};

// Same rule as normalizeText (NFC, or NFKC with MatchFolding::Cjk is applied per combining sequence
// so that every output unit can be traced back; the result equals normalizeText() for all but
// exotic scripts whose starters compose with each other).
NormalizedText normalizeTextMapped(QStringView text, MatchFolding folding = MatchFolding::None);

// True for the white-space characters listed in docs/format.md, step 6.
bool isNormalizationSpace(char32_t c);

// "sha256:" + lower-case hex SHA-256 of the normalised text encoded as UTF-8.
QString fingerprintOf(const QByteArray &utf8);
QString fingerprintOfText(QStringView text);

// CRLF and lone CR become LF; nothing else changes. Anchor position hints count code points
// in text after this step.
QString normalizeLineEndings(QStringView text);

// Reads a source text, decoded by decodeSourceText (io/textencoding.h): UTF-8 unless a byte
// order mark, the HTML page's charset, a plain text's "coding:" line or detection says
// Shift_JIS, EUC-JP or another encoding (bytes invalid in it become U+FFFD, a BOM is dropped);
// .html/.htm converted to plain text by htmlToPlainText (core/htmltext.h), never rendered.
// Line endings become LF.
// Returns a null QString and sets *error when the file cannot be read. For a PDF, *pdfPages (when
// given) receives the map from the returned text back to the characters of its pages.
QString readSourceText(const QString &path, QString *error = nullptr,
                       PdfPageMap *pdfPages = nullptr);

// Unicode code point offsets (what anchor start/end hints count) <-> UTF-16 indexes. Linear in
// the text; AnchorResolver keeps an index for repeated use. utf16OffsetOfCodePoint returns -1
// when the offset lies beyond the end of the text.
qsizetype utf16OffsetOfCodePoint(QStringView text, qint64 codePoint);
qint64 codePointOffsetOfUtf16(QStringView text, qsizetype utf16);
qint64 codePointCount(QStringView text);

} // namespace Anchorline::Model
