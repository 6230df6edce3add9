#include "anchoring/textnormalize.h"

#include "anchoring/pdftext.h"
#include "core/htmltext.h"
#include "io/textencoding.h"

#include <QChar>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <utility>

namespace Anchorline::Model {

namespace {

constexpr char16_t ByteOrderMark = 0xFEFF;
constexpr char16_t SoftHyphen = 0x00AD;
constexpr qint64 MaxSourceFileSize = qint64(256) * 1024 * 1024;

char16_t foldQuote(char16_t c)
{
    if (c >= 0x2018 && c <= 0x201B)
        return u'\'';
    if (c >= 0x201C && c <= 0x201F)
        return u'"';
    return c;
}

bool isLineBreak(char16_t c)
{
    return (c >= 0x000A && c <= 0x000D) || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

bool isKana(char16_t c)
{
    return c >= 0x3041 && c <= 0x30FF && c != 0x30FB; // not the middle dot
}

// Japanese quotation marks read as straight double quotes, wave dashes as one wave dash.
char16_t foldCjkMark(char16_t c, char16_t previous)
{
    switch (c) {
    case 0x300C: // 「 」 『 』 〝 〞 〟
    case 0x300D:
    case 0x300E:
    case 0x300F:
    case 0x301D:
    case 0x301E:
    case 0x301F:
        return u'"';
    case 0x301C: // 〜 WAVE DASH, ～ (already ~ after NFKC), ~, ⁓, ∼, 〰
    case 0x007E:
    case 0x2053:
    case 0x223C:
    case 0x3030:
        return 0x301C;
    case 0x2010: // after kana these are long-vowel marks typed or converted wrongly
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x2500:
    case 0x2501:
    case u'-':
        return isKana(previous) ? char16_t(0x30FC) : c;
    default:
        return c;
    }
}

bool isUnspacedUnit(char16_t c)
{
    // A high surrogate of planes 2 and 3 (CJK extension ideographs) counts as Han.
    return isUnspacedCjk(c) || (c >= 0xD840 && c <= 0xD87F);
}

// Steps 3 to 7 of the rule (after NFC), optionally with the matching-only folding. `origin`
// maps an index of `src` to the index in the caller's text; `outMap` may be null.
template<typename Origin>
void foldPass(QStringView src, Origin origin, qsizetype originEnd, MatchFolding folding,
              QString &out, std::vector<qsizetype> *outMap)
{
    const bool join = hasFolding(folding, MatchFolding::JoinHyphenatedLineBreaks);
    const bool cjk = hasFolding(folding, MatchFolding::Cjk);
    bool pendingBreak = false; // the pending white space holds a line break
    bool lastUnspaced = false; // the last unit written is CJK (before folding)
    const qsizetype n = src.size();
    // The output never grows: write through raw pointers and shrink at the end, which is
    // several times faster than appending unit by unit on texts of megabytes.
    out.resize(n);
    QChar *written = out.data();
    qsizetype w = 0;
    qsizetype *map = nullptr;
    if (outMap) {
        outMap->resize(std::size_t(n) + 1);
        map = outMap->data();
    }
    bool pending = false;
    qsizetype pendingOrigin = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i].unicode();
        if (isNormalizationSpace(c)) {
            if (!pending) {
                pending = true;
                pendingBreak = false;
                pendingOrigin = origin(i);
            }
            pendingBreak = pendingBreak || isLineBreak(c);
            continue;
        }
        if (join) {
            if (c == SoftHyphen)
                continue;
            if ((c == u'-' || c == 0x2010) && !pending && w > 0 && written[w - 1].isLetter()) {
                qsizetype j = i + 1;
                bool broken = false;
                while (j < n && isNormalizationSpace(src[j].unicode())) {
                    broken = broken || isLineBreak(src[j].unicode());
                    ++j;
                }
                if (broken && j < n && src[j].isLower()) {
                    i = j - 1; // the word continues on the next line: drop hyphen and break
                    continue;
                }
            }
        }
        if (pending && cjk && pendingBreak && w > 0) {
            // A line break inside a run of Japanese or Chinese text is no word boundary.
            const bool here = isUnspacedUnit(c);
            const bool digitHere = c >= u'0' && c <= u'9';
            const bool digitBefore = written[w - 1] >= QChar(u'0') && written[w - 1] <= QChar(u'9');
            if ((lastUnspaced && (here || digitHere)) || (here && digitBefore))
                pending = false;
        }
        if (pending) {
            if (w > 0) {
                if (map)
                    map[w] = pendingOrigin;
                written[w++] = QChar(u' ');
            }
            pending = false;
        }
        if (map)
            map[w] = origin(i);
        char16_t folded = foldQuote(c);
        if (cjk) {
            folded = foldCjkMark(folded, w > 0 ? written[w - 1].unicode() : u'\0');
            lastUnspaced = isUnspacedUnit(c) || (c >= 0xDC00 && c <= 0xDFFF && lastUnspaced);
        }
        written[w++] = QChar(folded);
    }
    out.resize(w);
    if (outMap) {
        outMap->resize(std::size_t(w) + 1);
        outMap->back() = originEnd;
    }
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

// A code point before which NFC never changes anything: it has combining class 0 and is not
// one of the few starters that compose with what precedes them (Hangul jamo, some Indic vowel
// signs). Only ranges known to be free of those are trusted; everything else joins the
// current chunk, which is merely slower, never wrong.
bool isChunkBoundary(char32_t c)
{
    if (c < 0x80)
        return true;
    if (QChar::combiningClass(c) != 0)
        return false;
    return c < 0x0900 || (c >= 0x3000 && c < 0xA000) || isNormalizationSpace(c);
}

// Splits text[begin, end) into consecutive chunks that NFC treats independently and calls
// visit(from, to, composed) for each; `composed` is null when NFC leaves the chunk as it is.
// Stops early when visit returns false.
// With `compatibility`, NFKC instead of NFC (below U+00A0 neither changes anything).
template<typename Visit>
void walkNfcChunks(QStringView text, qsizetype begin, bool compatibility, Visit visit)
{
    const qsizetype n = text.size();
    const char16_t inert = compatibility ? 0x00A0 : 0x0300;
    const auto form = compatibility ? QString::NormalizationForm_KC : QString::NormalizationForm_C;
    qsizetype i = begin;
    while (i < n) {
        // Fast path: below U+0300 nothing composes, except with a mark that follows, so a run
        // of such units is one unchanged chunk, all but its last unit when something follows.
        qsizetype runEnd = i;
        while (runEnd < n && text[runEnd].unicode() < inert)
            ++runEnd;
        if (runEnd < n)
            --runEnd;
        if (runEnd > i) {
            if (!visit(i, runEnd, nullptr))
                return;
            i = runEnd;
            continue;
        }
        const qsizetype chunkStart = i;
        qsizetype length = 0;
        const char32_t first = codePointAt(text, i, &length);
        i += length;
        bool single = true;
        while (i < n) {
            const char32_t next = codePointAt(text, i, &length);
            if (isChunkBoundary(next))
                break;
            single = false;
            i += length;
        }
        const auto tag = QChar::decompositionTag(first);
        if (single && (compatibility ? tag == QChar::NoDecomposition : tag != QChar::Canonical)) {
            if (!visit(chunkStart, i, nullptr))
                return;
            continue;
        }
        const QStringView chunk = text.sliced(chunkStart, i - chunkStart);
        const QString composed = chunk.toString().normalized(form);
        if (!visit(chunkStart, i, composed == chunk ? nullptr : &composed))
            return;
    }
}

} // namespace

bool isUnspacedCjk(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || // CJK punctuation
           (c >= 0x3040 && c <= 0x30FF) || // hiragana, katakana
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF9F) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

bool isNormalizationSpace(char32_t c)
{
    return (c >= 0x0009 && c <= 0x000D) || c == 0x0020 || c == 0x0085 || c == 0x00A0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

QString normalizeText(QStringView text)
{
    if (text.startsWith(QChar(ByteOrderMark)))
        text = text.sliced(1);
    const QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    QString out;
    foldPass(
        nfc, [](qsizetype i) { return i; }, nfc.size(), MatchFolding::None, out, nullptr);
    return out;
}

NormalizedText normalizeTextMapped(QStringView text, MatchFolding folding)
{
    const qsizetype n = text.size();
    const qsizetype begin = text.startsWith(QChar(ByteOrderMark)) ? 1 : 0;
    NormalizedText result;

    // Most texts are in NFC already: then the second stage reads the text itself and no
    // intermediate copy and map (tens of megabytes for a large text) are made.
    const bool compatibility = hasFolding(folding, MatchFolding::Cjk);
    bool changes = false;
    walkNfcChunks(text, begin, compatibility,
                  [&changes](qsizetype, qsizetype, const QString *composed) {
                      changes = composed != nullptr;
                      return !changes;
                  });
    if (!changes) {
        foldPass(
            text.sliced(begin), [begin](qsizetype k) { return k + begin; }, n, folding, result.text,
            &result.toOriginal);
        return result;
    }

    // Stage 1: NFC chunk by chunk, remembering where every unit came from.
    QString nfc;
    std::vector<qsizetype> nfcMap;
    nfc.reserve(n);
    nfcMap.reserve(std::size_t(n));
    walkNfcChunks(text, begin, compatibility,
                  [&](qsizetype from, qsizetype to, const QString *composed) {
                      if (!composed) {
                          nfc.append(text.sliced(from, to - from));
                          for (qsizetype k = from; k < to; ++k)
                              nfcMap.push_back(k);
                          return true;
                      }
                      // Units of a recomposed chunk are traced to the chunk's units in order; the
                      // resolver widens match ends over trailing combining marks.
                      nfc.append(*composed);
                      for (qsizetype k = 0; k < composed->size(); ++k)
                          nfcMap.push_back(from + std::min(k, to - from - 1));
                      return true;
                  });

    // Stage 2: line endings, quotes, white space, trimming.
    foldPass(
        nfc, [&nfcMap](qsizetype k) { return nfcMap[std::size_t(k)]; }, n, folding, result.text,
        &result.toOriginal);
    return result;
}

QString fingerprintOfText(QStringView text)
{
    const QByteArray digest =
        QCryptographicHash::hash(normalizeText(text).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex());
}

QString fingerprintOf(const QByteArray &utf8)
{
    return fingerprintOfText(QString::fromUtf8(utf8));
}

QString normalizeLineEndings(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r') {
            out.append(QChar(u'\n'));
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

QString readSourceText(const QString &path, QString *error, PdfPageMap *pdfPages)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > MaxSourceFileSize)
        return fail(QStringLiteral("%1: larger than %2 bytes").arg(path).arg(MaxSourceFileSize));
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0) {
        file.close();
        PdfText pdf;
        QString pdfError;
        if (!extractPdfText(path, &pdf, &pdfError))
            return fail(pdfError);
        if (pdfPages)
            *pdfPages = std::move(pdf.pageMap);
        return pdf.text;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));

    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool html = suffix == u"html" || suffix == u"htm" || suffix == u"xhtml";
    QString text = decodeSourceText(bytes, html).text;
    if (text.startsWith(QChar(ByteOrderMark)))
        text.remove(0, 1);
    if (html)
        return htmlToPlainText(text);
    return normalizeLineEndings(text);
}

qsizetype utf16OffsetOfCodePoint(QStringView text, qint64 codePoint)
{
    if (codePoint < 0)
        return -1;
    qsizetype i = 0;
    for (qint64 counted = 0; counted < codePoint; ++counted) {
        if (i >= text.size())
            return -1;
        const bool pair =
            text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

qint64 codePointOffsetOfUtf16(QStringView text, qsizetype utf16)
{
    utf16 = std::clamp<qsizetype>(utf16, 0, text.size());
    qint64 count = 0;
    for (qsizetype i = 0; i < utf16; ++count) {
        const bool pair =
            text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return count;
}

qint64 codePointCount(QStringView text)
{
    return codePointOffsetOfUtf16(text, text.size());
}

} // namespace Anchorline::Model
