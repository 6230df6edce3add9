#pragma once

#include "core/partialdate.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QHash>
#include <QSet>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Anchorline::Model {

class Document;
class SharedEventIndex;
struct Dataset;

// The visible events, filtered and sorted: free text, actors, themes, kinds and a date window.
// Every view that shows "the visible events" reads through one instance.
//
// Built for 100k+ events (docs/architecture.md §6: a keystroke updates every view in ≤ 30 ms):
// events are sorted once per dataset or sort change, not per filter change; the case-folded text of
// every event is kept; and a filter change is one model reset rather than per-row signals. The text
// of all events is searched as one buffer (memmem), not event by event. An edit of one event
// refolds that event's text and moves, inserts, removes or updates only its row (rowsMoved /
// rowsInserted / rowsRemoved / dataChanged), then emits filterChanged.
class EventFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(const Document &document, QObject *parent = nullptr);
    ~EventFilterProxy() override;

    // Case-insensitive; matches id, title, summary, kind and evidence quotes. Words are ANDed.
    void setText(const QString &text);
    QString text() const { return m_text; }
    // An empty set means "no restriction". An event passes when it has any of the ids.
    void setActors(const QSet<QString> &actorIds);
    void setThemes(const QSet<QString> &themeIds);
    void setKinds(const QSet<QString> &kinds);
    QSet<QString> actors() const { return m_actors; }
    QSet<QString> themes() const { return m_themes; }
    QSet<QString> kinds() const { return m_kinds; }
    // Events whose [earliest, latest] overlaps the window pass; std::nullopt ends are open.
    void setDateWindow(std::optional<DayNumber> from, std::optional<DayNumber> to);
    std::optional<DayNumber> windowFrom() const { return m_from; }
    std::optional<DayNumber> windowTo() const { return m_to; }
    bool isFiltering() const;
    void clearFilters();

    // Index into Document::dataset().events for a proxy row, or -1.
    int eventIndexAt(int proxyRow) const;
    // Proxy row of an event, or -1 when it is filtered out.
    int proxyRowOf(int eventIndex) const;

    // Whether the event passes the current filters (O(1): read from the row map).
    bool acceptsEvent(int eventIndex) const;

    // The EventIndex of the document under this filter state, one for every view that draws it
    // (timeline, presentation, export, handout). Made on first use: ask for it before a file is
    // opened, so that the loader's worker builds it.
    SharedEventIndex &sharedIndex() const;

    // QAbstractProxyModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    void filterChanged();

private:
    void rebuildFromSource(); // dataset replaced or rows inserted/removed
    void rebuildCorpus();
    void resort();
    void refilter();
    // Takes row maps made elsewhere (the loader's worker) as they are: one model reset.
    void adoptRows(std::vector<int> rows, std::vector<int> rowOf);
    void matchWords();         // fills m_textOk from m_words
    void rebuildFacetKeys();   // per-event bit masks of actors and themes, kind numbers
    void updateWantedFacets(); // m_actors/m_themes/m_kinds as masks and numbers
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    // One edited event: its text, facets and place in the sort order; then its proxy row
    // (moved, inserted, removed or changed).
    void refreshEvent(int eventIndex);
    void placeRow(int eventIndex, const QList<int> &roles);
    void refoldEvent(int eventIndex);
    void updateFacetKeys(int eventIndex);
    bool facetKeysMatchDataset() const;
    bool textMatches(int eventIndex) const; // every word in the event's folded text
    // The sort order: sort key, then position in the file (what a stable sort gives).
    bool sortsBefore(int a, int b) const;
    bool evaluate(int eventIndex) const; // applies every filter to one event
    QByteArray foldedTextOf(int eventIndex) const;
    // The corpus and the date order, made by the loader's worker (Document::addPreparer).
    struct Prepared;
    void addPreparer();

    const Document &m_document;
    mutable std::unique_ptr<SharedEventIndex> m_sharedIndex;
    QString m_text;
    QStringList m_words; // case-folded
    std::vector<QByteArray> m_wordBytes;
    QSet<QString> m_actors;
    QSet<QString> m_themes;
    QSet<QString> m_kinds;
    std::optional<DayNumber> m_from;
    std::optional<DayNumber> m_to;

    int m_sortColumn = 1; // EventModel::DateColumn
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;     // text columns: numeric, case-insensitive
    std::vector<int> m_order; // every event index, in sort order
    std::vector<int> m_rows;  // proxy row -> event index (accepted events, in sort order)
    std::vector<int> m_rowOf; // event index -> proxy row, or -1
    // The case-folded searchable text of every event, one UTF-8 buffer with a NUL after each
    // event, searched with memmem (SIMD-fast) rather than event by event. An edited event's
    // text is written over its old one, padded with NULs when shorter. The events' kinds are not
    // in it: a word is looked for in each kind's text once and reaches the events through
    // FacetKeys::kindOf.
    QByteArray m_corpus;
    std::vector<qsizetype> m_starts;    // event index -> offset in m_corpus; one extra at the end
    std::vector<std::uint8_t> m_textOk; // event index -> all words found
    // Facets as bits, so a facet keystroke tests 100k events with one AND each instead of
    // hashing strings. Used while the dataset has at most 64 actors / themes (else: strings).
    struct FacetKeys
    {
        bool actorBits = false;
        bool themeBits = false;
        std::vector<std::uint64_t> actorMask; // event index -> bit i: has actor i
        std::vector<std::uint64_t> themeMask; // event index -> bit i: has theme i
        std::vector<int> kindOf;              // event index -> number of its kind
        QHash<QString, int> kindNumbers;
        QHash<QString, int> actorBit; // actor id -> bit, as of the last rebuildFacetKeys()
        QHash<QString, int> themeBit;
    };
    static FacetKeys facetKeysOf(const Dataset &dataset);
    FacetKeys m_keys;
    std::uint64_t m_wantedActors = 0;
    std::uint64_t m_wantedThemes = 0;
    std::vector<std::uint8_t> m_wantedKinds; // kind number -> wanted
};

} // namespace Anchorline::Model
