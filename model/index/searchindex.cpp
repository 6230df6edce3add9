#include "index/searchindex.h"

#include "anchoring/textnormalize.h"

#include <algorithm>
#include <bit>

namespace Anchorline::Model {

QChar foldSearchChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u >= u'A' && u <= u'Z')
            return QChar(char16_t(u + 32));
        if (u == u'~')
            return QChar(char16_t(0x301C));
        if (u == u'\n' || u == u'\t' || u == u'\r' || u == u'\v' || u == u'\f')
            return QChar(u' ');
        return c;
    }
    if (u >= 0x2018 && u <= 0x201B)
        return QChar(u'\'');
    if (u >= 0x201C && u <= 0x201F)
        return QChar(u'"');
    if (u == 0x00A0 || u == 0x0085 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 ||
        u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000)
        return QChar(u' ');
    if (c.isSurrogate())
        return c;
    // Japanese: full-width Latin letters and digits, half-width katakana, 「」『』 and the wave
    // dashes are found whichever form the query or the text uses (one unit for one unit).
    if (u >= 0xFF01 && u <= 0xFF5E && u != 0xFF5E)
        return foldSearchChar(QChar(char16_t(u - 0xFEE0)));
    switch (u) {
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F:
        return QChar(u'"');
    case 0xFF5E:
    case 0x2053:
    case 0x223C:
    case 0x3030:
        return QChar(char16_t(0x301C));
    default:
        break;
    }
    if (u >= 0xFF61 && u <= 0xFF9F && QChar::decompositionTag(u) == QChar::Narrow) {
        const QString wide = QChar::decomposition(u);
        if (wide.size() == 1)
            return wide.front();
    }
    return c.toLower();
}

QString foldForSearch(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldSearchChar(text[i]);
    return folded;
}

QStringList searchWords(QStringView query)
{
    return foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

namespace {

bool isSearchLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

bool isAsciiDigit(QChar c)
{
    return c >= QChar(u'0') && c <= QChar(u'9');
}

// A line break between these two (folded) characters is no word boundary: Japanese and Chinese
// break lines anywhere, so "防衛\n計画" must be found as 防衛計画.
bool joinsAcrossLineBreak(QChar before, QChar after)
{
    const bool cjkBefore = isUnspacedCjk(before.unicode()) || before.isLowSurrogate();
    const bool cjkAfter = isUnspacedCjk(after.unicode()) || after.isHighSurrogate();
    return (cjkBefore && (cjkAfter || isAsciiDigit(after))) || (cjkAfter && isAsciiDigit(before));
}

inline quint32 trigramBucket(char16_t a, char16_t b, char16_t c, int bits)
{
    quint32 h = quint32(a) * 0x9E3779B1u;
    h ^= quint32(b) * 0x85EBCA77u + (h >> 15);
    h ^= quint32(c) * 0xC2B2AE3Du + (h >> 13);
    h *= 0x27D4EB2Fu;
    return h >> (32 - bits);
}

} // namespace

void TextCorpus::clear()
{
    m_text.clear();
    m_starts.clear();
    m_dropped.clear();
    m_bits.clear();
    m_blockCount = 0;
    m_wordsPerBucket = 0;
}

void TextCorpus::reserve(qsizetype units, qsizetype segments)
{
    m_text.reserve(units + std::max<qsizetype>(segments - 1, 0));
    m_starts.reserve(std::size_t(segments));
}

int TextCorpus::addSegment(QStringView text)
{
    if (!m_starts.empty())
        m_text.append(QChar(u'\0'));
    m_starts.push_back(m_text.size());
    const qsizetype at = m_text.size();
    const qsizetype n = text.size();
    m_text.resize(at + n);
    QChar *out = m_text.data() + at;
    qsizetype w = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = foldSearchChar(text[i]);
        if (c == QChar(u' ') && w > 0) {
            qsizetype j = i;
            bool lineBreak = false;
            while (j < n && foldSearchChar(text[j]) == QChar(u' ')) {
                lineBreak = lineBreak || isSearchLineBreak(text[j].unicode());
                ++j;
            }
            if (lineBreak && j < n && joinsAcrossLineBreak(out[w - 1], foldSearchChar(text[j]))) {
                // Left out of the folded text; remembered so that offsets map back.
                const qsizetype before = m_dropped.empty() ? 0 : m_dropped.back().second;
                m_dropped.emplace_back(at + w, before + (j - i));
                i = j - 1;
                continue;
            }
        }
        out[w++] = c.unicode() == 0 ? QChar(u' ') : c; // U+0000 is reserved for the separators
    }
    m_text.resize(at + w);
    return int(m_starts.size()) - 1;
}

void TextCorpus::finish()
{
    m_text.squeeze();
    m_blockCount = (m_text.size() + BlockSize - 1) / BlockSize;
    m_wordsPerBucket = (m_blockCount + 63) / 64;
    m_bits.assign(std::size_t(m_wordsPerBucket) << BucketBits, 0);
    if (m_text.size() < 3)
        return;
    const char16_t *t = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype last = m_text.size() - 2;
    for (qsizetype p = 0; p < last; ++p) {
        const quint32 bucket = trigramBucket(t[p], t[p + 1], t[p + 2], BucketBits);
        quint64 *row = m_bits.data() + std::size_t(bucket) * std::size_t(m_wordsPerBucket);
        const qsizetype block = p / BlockSize;
        row[block >> 6] |= quint64(1) << (block & 63);
        // A match that starts near the end of the previous block reads into this one.
        if (block > 0 && p - block * BlockSize < BlockOverlap) {
            const qsizetype previous = block - 1;
            row[previous >> 6] |= quint64(1) << (previous & 63);
        }
    }
}

QStringView TextCorpus::segment(int number) const
{
    if (number < 0 || number >= segmentCount())
        return {};
    const qsizetype start = m_starts[std::size_t(number)];
    const qsizetype end =
        number + 1 < segmentCount() ? m_starts[std::size_t(number) + 1] - 1 : m_text.size();
    return QStringView(m_text).sliced(start, end - start);
}

int TextCorpus::segmentAt(qsizetype position) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    return int(it - m_starts.begin()) - 1;
}

qsizetype TextCorpus::droppedUpTo(qsizetype position) const
{
    const auto it = std::upper_bound(
        m_dropped.begin(), m_dropped.end(), position,
        [](qsizetype p, const std::pair<qsizetype, qsizetype> &d) { return p < d.first; });
    return it == m_dropped.begin() ? 0 : std::prev(it)->second;
}

void TextCorpus::findAll(QStringView needle,
                         const std::function<bool(int, qsizetype, qsizetype)> &visit) const
{
    if (needle.isEmpty() || m_text.isEmpty())
        return;
    const QStringView haystack(m_text);
    // Reports every hit in [from, to) of the corpus; false when the visitor wants no more.
    auto scan = [&](qsizetype from, qsizetype to) {
        const QStringView window =
            haystack.first(std::min(haystack.size(), to + needle.size() - 1));
        for (qsizetype hit = window.indexOf(needle, from); hit >= 0 && hit < to;
             hit = window.indexOf(needle, hit + 1)) {
            const int number = segmentAt(hit);
            const qsizetype segmentStart = m_starts[std::size_t(number)];
            const qsizetype base = segmentStart + droppedUpTo(segmentStart);
            const qsizetype start = hit + droppedUpTo(hit) - base;
            const qsizetype end = hit + needle.size() + droppedUpTo(hit + needle.size() - 1) - base;
            if (!visit(number, start, end - start))
                return false;
        }
        return true;
    };
    if (needle.size() < 3 || m_bits.empty()) {
        scan(0, haystack.size());
        return;
    }

    const std::vector<quint64> candidates = candidateMask(needle);
    for (qsizetype w = 0; w < m_wordsPerBucket; ++w) {
        quint64 word = candidates[std::size_t(w)];
        while (word) {
            const qsizetype block = w * 64 + std::countr_zero(word);
            word &= word - 1;
            if (block >= m_blockCount)
                return;
            if (!scan(block * BlockSize, std::min(haystack.size(), (block + 1) * BlockSize)))
                return;
        }
    }
}

// Blocks that hold every trigram of the needle (its first BlockOverlap + 2 characters).
std::vector<quint64> TextCorpus::candidateMask(QStringView needle) const
{
    std::vector<quint64> candidates(std::size_t(m_wordsPerBucket), ~quint64(0));
    const qsizetype trigrams = std::min<qsizetype>(needle.size() - 2, BlockOverlap);
    const char16_t *n = reinterpret_cast<const char16_t *>(needle.data());
    for (qsizetype i = 0; i < trigrams; ++i) {
        const quint32 bucket = trigramBucket(n[i], n[i + 1], n[i + 2], BucketBits);
        const quint64 *row = m_bits.data() + std::size_t(bucket) * std::size_t(m_wordsPerBucket);
        for (qsizetype w = 0; w < m_wordsPerBucket; ++w)
            candidates[std::size_t(w)] &= row[w];
    }
    return candidates;
}

qsizetype TextCorpus::candidateBlocks(QStringView needle) const
{
    if (needle.size() < 3 || m_bits.empty())
        return m_blockCount;
    qsizetype count = 0;
    for (const quint64 word : candidateMask(needle))
        count += std::popcount(word);
    return std::min(count, m_blockCount);
}

bool TextCorpus::containsIn(QStringView needle, int first, int last) const
{
    if (first < 0 || last >= segmentCount() || first > last)
        return false;
    const qsizetype start = m_starts[std::size_t(first)];
    const qsizetype end =
        last + 1 < segmentCount() ? m_starts[std::size_t(last) + 1] - 1 : m_text.size();
    return QStringView(m_text).sliced(start, end - start).contains(needle);
}

std::size_t TextCorpus::memoryBytes() const
{
    return std::size_t(m_text.capacity()) * sizeof(QChar) + m_bits.size() * sizeof(quint64) +
           m_starts.size() * sizeof(qsizetype) +
           m_dropped.size() * sizeof(std::pair<qsizetype, qsizetype>);
}

QString searchFieldName(SearchField field)
{
    switch (field) {
    case SearchField::Title:
        return QStringLiteral("title");
    case SearchField::Summary:
        return QStringLiteral("summary");
    case SearchField::Note:
        return QStringLiteral("note");
    case SearchField::Quote:
        return QStringLiteral("quote");
    case SearchField::SourceText:
        return QStringLiteral("text");
    }
    return {};
}

void SearchIndex::setEvents(const Dataset &dataset)
{
    setEvents(prepareEvents(dataset));
}

namespace {

// Calls visit(text, field, evidenceIndex, quote) for every field of `event` the search reads, in
// the order of preference for the hit shown; `quote` is the anchor for quotes, else null.
template<typename Visit> void forEachSearchField(const Event &event, Visit &&visit)
{
    visit(event.title, SearchField::Title, -1, nullptr);
    if (!event.summary.isEmpty())
        visit(event.summary, SearchField::Summary, -1, nullptr);
    if (!event.note.isEmpty())
        visit(event.note, SearchField::Note, -1, nullptr);
    // Search matches both languages (docs/format.md, Translations): each translation's fields
    // are segments of their own, told apart by evidenceIndex -2, -3, ... so that fieldText()
    // gives the text the hit is in.
    for (std::size_t t = 0; t < event.translations.languages.size(); ++t) {
        const int which = -2 - int(t);
        for (const auto &[name, text] : event.translations.languages[t].fields) {
            if (name == QLatin1String("title") || name == QLatin1String("shortTitle"))
                visit(text, SearchField::Title, which, nullptr);
            else if (name == QLatin1String("summary"))
                visit(text, SearchField::Summary, which, nullptr);
            else if (name == QLatin1String("note"))
                visit(text, SearchField::Note, which, nullptr);
        }
    }
    for (std::size_t i = 0; i < event.evidence.size(); ++i)
        visit(event.evidence[i].exact, SearchField::Quote, int(i), &event.evidence[i]);
}

} // namespace

SearchIndex::EventFields SearchIndex::eventFields(const Dataset &dataset)
{
    EventFields fields;
    // Counted first, so that the tables are allocated once at their size.
    std::size_t segments = 0;
    for (const Event &event : dataset.events)
        forEachSearchField(event,
                           [&](const QString &, SearchField, int, const Anchor *) { ++segments; });
    fields.texts.reserve(segments);
    fields.segments.reserve(segments);
    fields.eventFirstSegment.clear();
    fields.eventFirstSegment.reserve(dataset.events.size() + 1);
    QHash<QString, int> sourceNumbers; // a handful of sources, quoted a million times
    for (const Event &event : dataset.events) {
        fields.eventFirstSegment.push_back(int(fields.segments.size()));
        forEachSearchField(
            event, [&](const QString &text, SearchField field, int evidence, const Anchor *quote) {
                int source = -1;
                if (quote) {
                    const auto it = sourceNumbers.constFind(quote->source);
                    if (it != sourceNumbers.constEnd()) {
                        source = *it;
                    } else {
                        source = int(fields.quoteSources.size());
                        sourceNumbers.insert(quote->source, source);
                        fields.quoteSources.append(quote->source);
                    }
                }
                fields.texts.push_back(text);
                fields.segments.push_back(Segment{field, evidence, source});
            });
    }
    fields.eventFirstSegment.push_back(int(fields.segments.size()));
    return fields;
}

SearchIndex::PreparedEvents SearchIndex::prepareEvents(const Dataset &dataset)
{
    return prepareEvents(eventFields(dataset));
}

SearchIndex::PreparedEvents SearchIndex::prepareEvents(EventFields fields)
{
    PreparedEvents prepared;
    // The corpus is allocated once at its size.
    qsizetype units = 0;
    for (const QString &text : fields.texts)
        units += text.size();
    prepared.corpus.reserve(units, qsizetype(fields.texts.size()));
    for (const QString &text : fields.texts)
        prepared.corpus.addSegment(text);
    prepared.corpus.finish();
    prepared.segments = std::move(fields.segments);
    prepared.quoteSources = std::move(fields.quoteSources);
    prepared.eventFirstSegment = std::move(fields.eventFirstSegment);
    return prepared;
}

void SearchIndex::setEvents(PreparedEvents prepared)
{
    m_events = std::move(prepared);
}

void SearchIndex::setSourceTexts(const QHash<QString, QString> &texts)
{
    setSourceTexts(prepareSourceTexts(texts));
}

SearchIndex::PreparedTexts SearchIndex::prepareSourceTexts(QHash<QString, QString> texts)
{
    PreparedTexts prepared;
    prepared.texts = std::move(texts);
    prepared.ids = prepared.texts.keys();
    prepared.ids.sort(); // deterministic hit order
    for (const QString &id : std::as_const(prepared.ids))
        prepared.corpus.addSegment(prepared.texts.value(id));
    prepared.corpus.finish();
    return prepared;
}

void SearchIndex::setSourceTexts(PreparedTexts prepared)
{
    m_sources = std::move(prepared);
}

SearchResults SearchIndex::query(QStringView query, const Options &options) const
{
    SearchResults results;
    const QStringList words = searchWords(query);
    if (words.isEmpty())
        return results;

    // Events: walk the hits of the rarest word (fewest candidate blocks, then the longest);
    // check the others per event.
    std::vector<qsizetype> blocks;
    for (const QString &word : words)
        blocks.push_back(m_events.corpus.candidateBlocks(word));
    auto driver = words.cbegin();
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        const auto i = std::size_t(it - words.cbegin());
        const auto d = std::size_t(driver - words.cbegin());
        if (blocks[i] < blocks[d] || (blocks[i] == blocks[d] && it->size() > driver->size()))
            driver = it;
    }
    const int eventCount = this->eventCount();
    std::vector<bool> seen(std::size_t(std::max(eventCount, 0)), false);
    m_events.corpus.findAll(*driver, [&](int segmentNumber, qsizetype offset, qsizetype length) {
        const Segment &segment = m_events.segments[std::size_t(segmentNumber)];
        const auto next = std::upper_bound(m_events.eventFirstSegment.begin(),
                                           m_events.eventFirstSegment.end(), segmentNumber);
        const int eventIndex = int(next - m_events.eventFirstSegment.begin()) - 1;
        if (seen[std::size_t(eventIndex)])
            return true;
        seen[std::size_t(eventIndex)] = true;
        if (options.acceptEvent && !options.acceptEvent(eventIndex))
            return true;
        const int first = m_events.eventFirstSegment[std::size_t(eventIndex)];
        const int last = m_events.eventFirstSegment[std::size_t(eventIndex) + 1] - 1;
        for (const QString &word : words) {
            if (&word != &*driver && !m_events.corpus.containsIn(word, first, last))
                return true;
        }
        if (int(results.events.size()) >= options.maxEvents) {
            results.eventsTruncated = true;
            return false;
        }
        SearchHit hit;
        hit.field = segment.field;
        hit.eventIndex = eventIndex;
        hit.evidenceIndex = segment.evidenceIndex;
        if (segment.quoteSource >= 0)
            hit.sourceId = m_events.quoteSources.at(segment.quoteSource);
        hit.offset = offset;
        hit.length = length;
        results.events.push_back(hit);
        return true;
    });
    // Ranking: a title that is the query, then a title that starts with it, then a title that
    // holds every word, then the other fields in their order of preference. Someone who types a
    // whole title wants that event first, not one that shares most of its words.
    const auto rank = [&](const SearchHit &hit) {
        const QStringView title =
            m_events.corpus.segment(m_events.eventFirstSegment[std::size_t(hit.eventIndex)]);
        const QStringList titleWords = searchWords(title);
        if (titleWords == words)
            return 0;
        if (titleWords.size() >= words.size()) {
            bool prefix = true;
            for (qsizetype i = 0; prefix && i < words.size(); ++i)
                prefix = i + 1 < words.size() ? titleWords.at(i) == words.at(i)
                                              : titleWords.at(i).startsWith(words.at(i));
            if (prefix)
                return 1;
        }
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &word) { return title.contains(word); }))
            return 2;
        return 3 + int(hit.field);
    };
    std::vector<std::pair<int, SearchHit>> ranked;
    ranked.reserve(results.events.size());
    for (SearchHit &hit : results.events)
        ranked.emplace_back(rank(hit), std::move(hit));
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 0; i < ranked.size(); ++i)
        results.events[i] = std::move(ranked[i].second);

    // Source texts: the query as one phrase, white space folded to single spaces.
    const QString phrase = words.join(QLatin1Char(' '));
    m_sources.corpus.findAll(phrase, [&](int segmentNumber, qsizetype offset, qsizetype length) {
        if (int(results.texts.size()) >= options.maxTextHits) {
            results.textsTruncated = true;
            return false;
        }
        SearchHit hit;
        hit.field = SearchField::SourceText;
        hit.sourceId = m_sources.ids.value(segmentNumber);
        hit.offset = offset;
        hit.length = length;
        results.texts.push_back(hit);
        return true;
    });
    return results;
}

QString SearchIndex::fieldText(const SearchHit &hit, const Dataset &dataset) const
{
    if (hit.field == SearchField::SourceText)
        return m_sources.texts.value(hit.sourceId);
    if (hit.eventIndex < 0 || hit.eventIndex >= int(dataset.events.size()))
        return {};
    // The first field of the event that the index filed as (field, evidenceIndex).
    QString found;
    bool done = false;
    forEachSearchField(dataset.events[std::size_t(hit.eventIndex)],
                       [&](const QString &text, SearchField field, int evidence, const Anchor *) {
                           if (!done && field == hit.field && evidence == hit.evidenceIndex) {
                               found = text;
                               done = true;
                           }
                       });
    return found;
}

SearchSnippet SearchIndex::snippet(QStringView text, qsizetype offset, qsizetype length,
                                   const QStringList &words, int context)
{
    SearchSnippet result;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    length = std::clamp<qsizetype>(length, 0, text.size() - offset);
    qsizetype from = std::max<qsizetype>(0, offset - context);
    qsizetype to = std::min(text.size(), offset + length + context);
    // Start and end on word boundaries when one is near, so the excerpt reads cleanly.
    if (from > 0) {
        for (qsizetype i = from; i < offset && i < from + 15; ++i) {
            if (text[i].isSpace()) {
                from = i + 1;
                break;
            }
        }
    }
    if (to < text.size()) {
        for (qsizetype i = to; i > offset + length && i > to - 15; --i) {
            if (text[i - 1].isSpace()) {
                to = i - 1;
                break;
            }
        }
    }
    // Never cut a surrogate pair in half.
    if (from > 0 && from < text.size() && text[from].isLowSurrogate())
        ++from;
    if (to > 0 && to < text.size() && text[to - 1].isHighSurrogate())
        --to;
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    QString body = text.sliced(from, to - from).toString();
    for (QChar &c : body) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    result.text = prefix + body + (to < text.size() ? QStringLiteral("…") : QString());
    result.emphasis = emphasis(result.text, words);
    return result;
}

QList<QPair<int, int>> SearchIndex::emphasis(QStringView text, const QStringList &words)
{
    QList<QPair<int, int>> ranges;
    const QString folded = foldForSearch(text);
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(word); at >= 0;
             at = folded.indexOf(word, at + word.size()))
            ranges.append({int(at), int(word.size())});
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace Anchorline::Model
