#pragma once

#include "core/dataset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstdint>
#include <functional>
#include <vector>

namespace Anchorline::Model {

// Case folding for search that keeps every UTF-16 unit in place, so an offset found in the folded
// copy is the same offset in the original: simple lower case, curly quotes to straight ones, and
// every white-space character to a plain space; full-width Latin and digits, half-width katakana,
// 「」『』 and wave dashes to one form each.
QChar foldSearchChar(QChar c);
QString foldForSearch(QStringView text);
// The words of a query, folded; empty words dropped.
QStringList searchWords(QStringView query);

// Many texts ("segments") concatenated and folded once, with a trigram filter over fixed-size
// blocks: a query only scans the blocks that contain every trigram of the needle, so a rare word
// in 50 MB of text is found without reading the 50 MB. Segments are separated by U+0000 so that
// no match spans two of them.
class TextCorpus final
{
public:
    TextCorpus() = default;

    void clear();
    // Room for `segments` segments of `units` UTF-16 units in all (separators not counted), so
    // that adding them allocates once: a growing buffer would take up to twice the corpus.
    void reserve(qsizetype units, qsizetype segments);
    // Returns the new segment's number (0, 1, ...). Call finish() after the last one.
    int addSegment(QStringView text);
    void finish();

    int segmentCount() const { return int(m_starts.size()); }
    qsizetype size() const { return m_text.size(); }
    // The folded text of a segment (white space holding a line break inside Japanese or Chinese
    // text left out, so its offsets may differ from the text added).
    QStringView segment(int number) const;
    // The segment holding a corpus position.
    int segmentAt(qsizetype position) const;

    // Calls visit(segment, offset, length) for every occurrence of `foldedNeedle`, in corpus
    // order, until visit returns false; offset and length are UTF-16 units of the segment's
    // text as added (a Japanese match may span a line break that the folded text leaves out).
    // `foldedNeedle` must come from foldForSearch.
    void findAll(
        QStringView foldedNeedle,
        const std::function<bool(int segment, qsizetype offset, qsizetype length)> &visit) const;
    // How many blocks may hold `foldedNeedle`: a cheap estimate of how common it is.
    qsizetype candidateBlocks(QStringView foldedNeedle) const;
    // True when `foldedNeedle` occurs in segments [first, last].
    bool containsIn(QStringView foldedNeedle, int first, int last) const;

    std::size_t memoryBytes() const;

private:
    static constexpr qsizetype BlockSize = 16384;
    // A match starting in a block may read this far into the next one; longer needles are
    // filtered on their first BlockOverlap + 2 characters only.
    static constexpr qsizetype BlockOverlap = 64;
    static constexpr int BucketBits = 16;

    QString m_text;
    std::vector<qsizetype> m_starts;
    // White space left out of m_text: (folded position it stood before, units left out so far).
    std::vector<std::pair<qsizetype, qsizetype>> m_dropped;
    qsizetype m_blockCount = 0;
    qsizetype m_wordsPerBucket = 0;
    std::vector<quint64> m_bits; // bucket-major: bucket * m_wordsPerBucket + block / 64

    std::vector<quint64> candidateMask(QStringView foldedNeedle) const;
    qsizetype droppedUpTo(qsizetype foldedPosition) const; // units left out at or before it
};

enum class SearchField : std::uint8_t { Title, Summary, Note, Quote, SourceText };
QString searchFieldName(SearchField field); // "title", "summary", "note", "quote", "text"

struct SearchHit
{
    SearchField field = SearchField::Title;
    int eventIndex = -1;    // for event fields
    int evidenceIndex = -1; // for quotes: index into the event's evidence
    QString sourceId;       // for source texts, and the anchor's source for quotes
    qsizetype offset = 0;   // UTF-16 offset of the match in the field or source text
    qsizetype length = 0;
};

struct SearchResults
{
    std::vector<SearchHit> events; // one hit per matching event, title hits first
    std::vector<SearchHit> texts;  // every place the query occurs in an attached text
    bool eventsTruncated = false;
    bool textsTruncated = false;
};

// A piece of text around a match, on one line, with the ranges to emphasise.
struct SearchSnippet
{
    QString text;
    QList<QPair<int, int>> emphasis; // (start, length) in `text`
};

// Full-text search over a dataset's events (title, summary, note, evidence quotes: every word
// of the query must occur in the event) and over attached source texts (the query as a phrase).
// Fields are folded and indexed once per dataset or text change; a query reads only the index.
class SearchIndex final
{
public:
    SearchIndex() = default;
    Q_DISABLE_COPY_MOVE(SearchIndex)

    void setEvents(const Dataset &dataset);
    void setSourceTexts(const QHash<QString, QString> &texts);

    // What a segment of the events' corpus holds; its event is found in eventFirstSegment.
    struct Segment
    {
        SearchField field;
        int evidenceIndex; // quotes: index in the event's evidence; translations: -2, -3, ...
        int quoteSource;   // quotes: index in PreparedEvents::quoteSources; else -1
    };
    // The events' fields folded and indexed, ready to be adopted; prepareEvents touches nothing
    // shared, so the loader's worker can do it for a large file. 12 bytes a segment besides the
    // folded text: the texts themselves are read from the dataset (fieldText).
    struct PreparedEvents
    {
        TextCorpus corpus;
        std::vector<Segment> segments;         // the segments of one event are contiguous
        QStringList quoteSources;              // the distinct sources quoted, in order of use
        std::vector<int> eventFirstSegment{0}; // size events + 1
    };
    static PreparedEvents prepareEvents(const Dataset &dataset);
    void setEvents(PreparedEvents prepared);
    // The fields prepareEvents reads, copied from a dataset (the strings are shared, not
    // duplicated; 36 bytes a field), so that a worker can index them while the GUI thread
    // edits the dataset.
    struct EventFields
    {
        std::vector<QString> texts;            // one per segment
        std::vector<Segment> segments;         // the segments of one event are contiguous
        QStringList quoteSources;              // the distinct sources quoted, in order of use
        std::vector<int> eventFirstSegment{0}; // size events + 1
    };
    static EventFields eventFields(const Dataset &dataset);
    static PreparedEvents prepareEvents(EventFields fields);

    // Source texts folded and indexed, ready to be adopted; prepareSourceTexts touches nothing
    // shared, so a large library can be indexed on a worker thread.
    struct PreparedTexts
    {
        QHash<QString, QString> texts;
        QStringList ids;
        TextCorpus corpus;
    };
    static PreparedTexts prepareSourceTexts(QHash<QString, QString> texts);
    void setSourceTexts(PreparedTexts prepared);

    struct Options
    {
        int maxEvents = 200;
        int maxTextHits = 200;
        // Events the caller wants (e.g. the facets of the filter); all when empty.
        std::function<bool(int eventIndex)> acceptEvent;
    };
    SearchResults query(QStringView query, const Options &options) const;
    SearchResults query(QStringView query) const { return this->query(query, Options()); }

    // The text a hit points into: a source text, or the field of `dataset` an event hit is in.
    // `dataset` is the one the events were indexed from (the search panel indexes again before
    // a query after an edit); the index keeps no copy of the fields. "" when there is none.
    QString fieldText(const SearchHit &hit, const Dataset &dataset) const;
    QString sourceText(const QString &sourceId) const { return m_sources.texts.value(sourceId); }
    QStringList sourceIds() const { return m_sources.ids; }
    int eventCount() const { return int(m_events.eventFirstSegment.size()) - 1; }
    qsizetype sourceTextSize() const { return m_sources.corpus.size(); }

    // (start, length) of every occurrence of the folded `words` in `text`, sorted.
    static QList<QPair<int, int>> emphasis(QStringView text, const QStringList &words);
    // A one-line excerpt of `text` around [offset, offset + length) of about `context`
    // characters each side, with every occurrence of `words` emphasised.
    static SearchSnippet snippet(QStringView text, qsizetype offset, qsizetype length,
                                 const QStringList &words, int context = 60);

private:
    // Events: the original fields, kept for snippets; segments of one event are contiguous.
    PreparedEvents m_events;
    // Source texts: ids by segment of the corpus.
    PreparedTexts m_sources;
};

} // namespace Anchorline::Model
