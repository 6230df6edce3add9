#include "core/htmltext.h"

#include "core/htmlentities_p.h"

#include <QStringList>
#include <array>

namespace Anchorline::Model {

namespace {

constexpr char32_t Replacement = 0xFFFD;

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool startsWithCi(QStringView text, qsizetype at, QStringView what)
{
    return text.sliced(at).startsWith(what, Qt::CaseInsensitive);
}

// HTML's rule for numeric references: &#128;-&#159; name the Windows-1252 characters (what the
// authors of such pages meant), NUL, surrogates and numbers past U+10FFFF become U+FFFD. Other
// control characters, which are not text, become U+FFFD too; tab and line ends stay.
char32_t numericReference(quint64 value)
{
    static constexpr std::array<char16_t, 32> windows1252{
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    if (value >= 0x80 && value <= 0x9F)
        return windows1252[std::size_t(value - 0x80)];
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return Replacement;
    if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D)
        return Replacement;
    if (value == 0x7F)
        return Replacement;
    return char32_t(value);
}

void appendCodePoint(QString &out, char32_t cp)
{
    out.append(QString::fromUcs4(&cp, 1));
}

bool isBlockElement(QStringView name)
{
    static const std::array<QLatin1StringView, 32> blocks{
        QLatin1StringView("p"),      QLatin1StringView("div"),     QLatin1StringView("br"),
        QLatin1StringView("li"),     QLatin1StringView("ul"),      QLatin1StringView("ol"),
        QLatin1StringView("h1"),     QLatin1StringView("h2"),      QLatin1StringView("h3"),
        QLatin1StringView("h4"),     QLatin1StringView("h5"),      QLatin1StringView("h6"),
        QLatin1StringView("tr"),     QLatin1StringView("td"),      QLatin1StringView("th"),
        QLatin1StringView("table"),  QLatin1StringView("section"), QLatin1StringView("article"),
        QLatin1StringView("header"), QLatin1StringView("footer"),  QLatin1StringView("nav"),
        QLatin1StringView("aside"),  QLatin1StringView("main"),    QLatin1StringView("blockquote"),
        QLatin1StringView("pre"),    QLatin1StringView("hr"),      QLatin1StringView("title"),
        QLatin1StringView("dd"),     QLatin1StringView("dt"),      QLatin1StringView("figcaption"),
        QLatin1StringView("body"),   QLatin1StringView("html"),
    };
    return std::any_of(blocks.begin(), blocks.end(), [name](QLatin1StringView block) {
        return name.compare(block, Qt::CaseInsensitive) == 0;
    });
}

// Index just past the '>' that closes the tag opened at `at`, or -1 when nothing closes it.
// A quote opens an attribute value only after '=', as in HTML: <a title="x>y"> ends after y".
qsizetype endOfTag(QStringView html, qsizetype at)
{
    char16_t quote = 0;
    QChar previous; // the last character outside white space, outside a value
    for (qsizetype i = at + 1; i < html.size(); ++i) {
        const char16_t c = html[i].unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if ((c == u'"' || c == u'\'') && previous == u'=') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
        if (!QChar(c).isSpace())
            previous = QChar(c);
    }
    return -1;
}

QString collapsed(const QString &text)
{
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified(); // also folds U+00A0, as a reader sees it
        if (!simple.isEmpty())
            kept << simple;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

qsizetype decodeHtmlCharacterReference(QStringView text, qsizetype at, QString &out)
{
    const qsizetype n = text.size();
    qsizetype i = at + 1;
    if (i < n && text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        quint64 value = 0;
        for (; i < n; ++i) {
            const char16_t c = text[i].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            value = std::min<quint64>(value * (hex ? 16 : 10) + quint64(digit), 0x110000);
        }
        if (i == digitsStart)
            return 0; // "&#" or "&#x" without digits is text
        if (i < n && text[i] == u';')
            ++i;
        appendCodePoint(out, value == 0 ? Replacement : numericReference(value));
        return i - at;
    }
    // Named: the longest name in HTML's list; with ';' when the text has one there, else one of
    // the legacy names that browsers also read without it ("&copy 2020").
    qsizetype end = i;
    while (end < n && end - i < 40 && isAsciiAlnum(text[end]))
        ++end;
    if (end == i)
        return 0;
    const QByteArray name = text.sliced(i, end - i).toLatin1();
    auto appendEntity = [&out](const HtmlEntities::Entity *entity) {
        appendCodePoint(out, entity->first);
        if (entity->second)
            appendCodePoint(out, entity->second);
    };
    if (end < n && text[end] == u';') {
        if (const auto *entity = HtmlEntities::find((name + ';').constData())) {
            appendEntity(entity);
            return end + 1 - at;
        }
    }
    for (qsizetype length = std::min<qsizetype>(name.size(), 8); length >= 2; --length) {
        if (const auto *entity = HtmlEntities::find(name.left(length).constData())) {
            appendEntity(entity);
            return i + length - at;
        }
    }
    return 0;
}

QString htmlToPlainText(QStringView html, HtmlWhiteSpace whiteSpace)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'&') {
            const qsizetype used = decodeHtmlCharacterReference(html, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c != u'<') {
            out.append(c);
            ++i;
            continue;
        }
        if (startsWithCi(html, i, u"<!--")) {
            const qsizetype close = html.indexOf(u"-->", i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        // A tag only where HTML sees one: "<" + letter, "</" + letter, "<!" or "<?"; anything
        // else ("x < y", "<3", "a <= b") is text.
        qsizetype nameStart = i + 1;
        const bool closing = nameStart < n && html[nameStart] == u'/';
        if (closing)
            ++nameStart;
        const bool markup =
            nameStart < n && !closing && (html[nameStart] == u'!' || html[nameStart] == u'?');
        if (!markup && (nameStart >= n || !isAsciiAlpha(html[nameStart]))) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype tagEnd = endOfTag(html, i);
        if (tagEnd < 0) {
            out.append(c); // nothing closes it: what looked like a tag is text
            ++i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (html[nameEnd].isLetterOrNumber() || html[nameEnd] == u'-'))
            ++nameEnd;
        const QStringView name = html.sliced(nameStart, nameEnd - nameStart);
        i = tagEnd;
        // Raw-text elements: their content is code, not text, and is skipped whole.
        if (!closing && !markup) {
            for (const QStringView raw : {QStringView(u"script"), QStringView(u"style"),
                                          QStringView(u"template"), QStringView(u"noscript")}) {
                if (name.compare(raw, Qt::CaseInsensitive) == 0) {
                    const QString closer = QStringLiteral("</") + raw.toString();
                    const qsizetype close = html.indexOf(closer, i, Qt::CaseInsensitive);
                    const qsizetype closeEnd = close < 0 ? -1 : endOfTag(html, close);
                    i = closeEnd < 0 ? n : closeEnd;
                    break;
                }
            }
        }
        if (!markup && isBlockElement(name) && !out.endsWith(u'\n'))
            out.append(QChar(u'\n'));
    }
    // Line endings become LF.
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return whiteSpace == HtmlWhiteSpace::Collapse ? collapsed(out) : out;
}

} // namespace Anchorline::Model
