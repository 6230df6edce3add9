#include "itemmodels/eventfilterproxy.h"

#include "core/displaynames.h"
#include "document/document.h"
#include "document/tablemodels.h"
#include "index/searchindex.h"
#include "index/sharedeventindex.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <optional>

namespace Anchorline::Model {

namespace {

// What the text filter searches in one event besides its kind: calls visit(text) for each field.
// The kind is searched in kindText(): a few kinds are shared by a million events, and their
// names took some 36 bytes of the corpus per event.
template<typename Visit> void forEachFilterField(const Event &event, Visit &&visit)
{
    visit(event.title);
    visit(event.summary);
    visit(event.id);
    for (const Anchor &anchor : event.evidence)
        visit(anchor.exact);
    // Filters match both languages: every translation's text too (docs/format.md).
    for (const Translation &translation : event.translations.languages)
        for (const auto &field : translation.fields)
            visit(field.second);
}

// The fields folded as the search panel folds them (foldForSearch: case, curly quotes, odd
// spaces), so `don't` finds `don’t` in both; one line each.
QByteArray foldedText(const Event &event)
{
    QString text;
    bool first = true;
    forEachFilterField(event, [&](const QString &field) {
        if (!first)
            text += QLatin1Char('\n');
        first = false;
        text += field;
    });
    return foldForSearch(text).toUtf8();
}

// The kind's id and its name in the interface language, folded the same way: "戦略文書" and
// "strategy-document" both find strategy documents. No word spans the line break.
QByteArray kindText(const QString &kind)
{
    return foldForSearch(kind + QLatin1Char('\n') + eventKindDisplayName(kind)).toUtf8();
}

bool containsWord(const QByteArray &text, const QByteArray &word)
{
    return memmem(text.constData(), std::size_t(text.size()), word.constData(),
                  std::size_t(word.size())) != nullptr;
}

// At least the UTF-8 size of foldedText(event): every UTF-16 unit folds to at most 3 bytes, and
// ASCII other than '~' (folded to a wave dash) to one.
qsizetype foldedSizeBound(const Event &event)
{
    qsizetype size = 0;
    forEachFilterField(event, [&size](const QString &field) {
        size += field.size() + 1; // and its line break, or the corpus's NUL after the last
        for (const QChar c : field) {
            if (c.unicode() >= 0x80 || c == QLatin1Char('~'))
                size += 2;
        }
    });
    return size;
}

// The folded text of every event, each followed by a NUL (no word spans two events); `starts`
// gets each event's offset and one extra at the end. Allocated once, at a bound of its size: a
// buffer that grows by doubling holds up to twice the text.
void buildCorpus(const std::vector<Event> &events, QByteArray &corpus,
                 std::vector<qsizetype> &starts)
{
    qsizetype bound = 0;
    for (const Event &event : events)
        bound += foldedSizeBound(event);
    corpus.clear();
    corpus.reserve(bound);
    starts.resize(events.size() + 1);
    for (std::size_t i = 0; i < events.size(); ++i) {
        starts[i] = corpus.size();
        corpus += foldedText(events[i]);
        corpus += '\0';
    }
    starts[events.size()] = corpus.size();
    if (corpus.capacity() - corpus.size() > corpus.size() / 8)
        corpus.squeeze(); // much text folded shorter (curly quotes, full-width letters)
}

// Event indexes by date: earliest day, then latest day, then position in the file.
std::vector<int> dateOrder(const std::vector<Event> &events, bool descending)
{
    std::vector<int> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PartialDate &x = events[std::size_t(a)].parsed;
        const PartialDate &y = events[std::size_t(b)].parsed;
        const auto kx = std::tuple(x.earliest(), x.latest());
        const auto ky = std::tuple(y.earliest(), y.latest());
        return descending ? ky < kx : kx < ky;
    });
    return order;
}

} // namespace

struct EventFilterProxy::Prepared
{
    QByteArray corpus;
    std::vector<qsizetype> starts;
    std::optional<FacetKeys> keys;
    int sortColumn = -1; // what `order` is for: only the date column is prepared
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    std::vector<int> order;
    // The row maps with nothing filtered out (`order` itself, and its inverse): made here, on
    // the worker, they cost the GUI thread nothing but a move when the file opens (at 1M events
    // the two loops and their 8 MB of fresh pages took 20 ms of the hand-over).
    std::vector<int> rows;
    std::vector<int> rowOf;
    // Every event's text matches while no words are set: the flags, made here too (1 MB of fresh
    // pages at a million events, some 3 ms of the hand-over).
    std::vector<std::uint8_t> allTextOk;
};

EventFilterProxy::EventFilterProxy(const Document &document, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_document(document)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModel *source = document.eventModel();
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::rowsInserted, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::layoutChanged, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::dataChanged, this, &EventFilterProxy::onSourceDataChanged);
    // Facet bits number the actors and themes: when those lists change, number them again.
    auto onItem = [this](Collection collection, int) {
        if ((collection == Collection::Actors || collection == Collection::Themes) &&
            !facetKeysMatchDataset()) {
            rebuildFacetKeys();
            refilter();
        }
    };
    connect(&document, &Document::itemInserted, this, onItem);
    connect(&document, &Document::itemRemoved, this, onItem);
    connect(&document, &Document::itemChanged, this, onItem);
    addPreparer();
    rebuildFromSource();
}

EventFilterProxy::~EventFilterProxy() = default;

SharedEventIndex &EventFilterProxy::sharedIndex() const
{
    if (!m_sharedIndex) {
        m_sharedIndex = std::make_unique<SharedEventIndex>(
            m_document,
            SharedEventIndex::Visibility{[this](int event) { return acceptsEvent(event); },
                                         [this] { return isFiltering(); }});
        connect(this, &EventFilterProxy::filterChanged, m_sharedIndex.get(),
                &SharedEventIndex::refilter);
    }
    return *m_sharedIndex;
}

void EventFilterProxy::addPreparer()
{
    m_document.addPreparer<Prepared>(this, [this] {
        const int column = m_sortColumn;
        const Qt::SortOrder order = m_sortOrder;
        return [column, order](const Dataset &dataset) {
            auto prepared = std::make_shared<Prepared>();
            buildCorpus(dataset.events, prepared->corpus, prepared->starts);
            prepared->allTextOk.assign(dataset.events.size(), 1);
            prepared->keys = facetKeysOf(dataset);
            if (column == EventModel::DateColumn) {
                prepared->sortColumn = column;
                prepared->sortOrder = order;
                prepared->order = dateOrder(dataset.events, order == Qt::DescendingOrder);
                prepared->rows = prepared->order;
                prepared->rowOf.resize(prepared->order.size());
                for (std::size_t row = 0; row < prepared->rows.size(); ++row)
                    prepared->rowOf[std::size_t(prepared->rows[row])] = int(row);
            }
            return prepared;
        };
    });
}

// ---- filters

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = searchWords(text);
    m_wordBytes.clear();
    for (const QString &word : m_words)
        m_wordBytes.push_back(word.toUtf8());
    matchWords();
    refilter();
}

void EventFilterProxy::setActors(const QSet<QString> &actorIds)
{
    if (actorIds == m_actors)
        return;
    m_actors = actorIds;
    updateWantedFacets();
    refilter();
}

void EventFilterProxy::setThemes(const QSet<QString> &themeIds)
{
    if (themeIds == m_themes)
        return;
    m_themes = themeIds;
    updateWantedFacets();
    refilter();
}

void EventFilterProxy::setKinds(const QSet<QString> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    updateWantedFacets();
    refilter();
}

void EventFilterProxy::setDateWindow(std::optional<DayNumber> from, std::optional<DayNumber> to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

bool EventFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_actors.isEmpty() || !m_themes.isEmpty() || !m_kinds.isEmpty() ||
           m_from || m_to;
}

void EventFilterProxy::clearFilters()
{
    if (!isFiltering())
        return;
    m_text.clear();
    m_words.clear();
    m_wordBytes.clear();
    matchWords();
    m_actors.clear();
    m_themes.clear();
    m_kinds.clear();
    updateWantedFacets();
    m_from.reset();
    m_to.reset();
    refilter();
}

static bool intersects(const QStringList &ids, const QSet<QString> &wanted)
{
    return std::any_of(ids.begin(), ids.end(),
                       [&](const QString &id) { return wanted.contains(id); });
}

void EventFilterProxy::matchWords()
{
    const std::size_t count = m_starts.empty() ? 0 : m_starts.size() - 1;
    if (m_wordBytes.empty()) {
        m_textOk.assign(count, 1);
        return;
    }
    // found[e] counts the words found so far in event e, in order, so that an event only
    // advances on word k when it had words 0..k-1: the words are ANDed.
    std::vector<std::uint8_t> found(count, 0);
    const char *const base = m_corpus.constData();
    const char *const end = base + m_corpus.size();
    // The kinds' text by kind number (facet keys are made before the words are matched).
    std::vector<QByteArray> kinds(std::size_t(m_keys.kindNumbers.size()));
    for (auto it = m_keys.kindNumbers.constBegin(); it != m_keys.kindNumbers.constEnd(); ++it)
        kinds[std::size_t(it.value())] = kindText(it.key());
    // Each event's kind number; taken from the events themselves should the keys be older.
    std::vector<int> ownKinds;
    if (m_keys.kindOf.size() != count) {
        QHash<QString, int> numbers = m_keys.kindNumbers;
        const auto &events = m_document.dataset().events;
        ownKinds.resize(count);
        for (std::size_t e = 0; e < count && e < events.size(); ++e) {
            auto it = numbers.constFind(events[e].kind);
            if (it == numbers.constEnd()) {
                it = numbers.insert(events[e].kind, int(kinds.size()));
                kinds.push_back(kindText(events[e].kind));
            }
            ownKinds[e] = it.value();
        }
    }
    const std::vector<int> &kindOf = ownKinds.empty() ? m_keys.kindOf : ownKinds;
    for (std::size_t k = 0; k < m_wordBytes.size(); ++k) {
        const QByteArray &word = m_wordBytes[k];
        // An event of a kind whose text has the word has it.
        std::vector<std::uint8_t> kindHas(kinds.size(), 0);
        bool anyKind = false;
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            kindHas[i] = containsWord(kinds[i], word) ? 1 : 0;
            anyKind = anyKind || kindHas[i];
        }
        if (anyKind && kindOf.size() == count) {
            for (std::size_t e = 0; e < count; ++e) {
                if (found[e] == k && kindHas[std::size_t(kindOf[e])])
                    found[e] = std::uint8_t(k + 1);
            }
        }
        const char *from = base;
        while (from < end) {
            const void *hit =
                memmem(from, std::size_t(end - from), word.constData(), std::size_t(word.size()));
            if (!hit)
                break;
            const qsizetype offset = static_cast<const char *>(hit) - base;
            const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
            const std::size_t event = std::size_t(next - m_starts.begin()) - 1;
            if (found[event] == k)
                found[event] = std::uint8_t(k + 1);
            from = base + *next; // the rest of this event cannot add anything
        }
    }
    m_textOk.resize(count);
    for (std::size_t e = 0; e < count; ++e)
        m_textOk[e] = found[e] == m_wordBytes.size() ? 1 : 0;
}

bool EventFilterProxy::acceptsEvent(int eventIndex) const
{
    // Views ask this for every event on every filter change: answer from the row map.
    return proxyRowOf(eventIndex) >= 0;
}

bool EventFilterProxy::evaluate(int eventIndex) const
{
    const auto &events = m_document.dataset().events;
    if (eventIndex < 0 || eventIndex >= int(events.size()))
        return false;
    // The flat per-event arrays first: the event itself is read only when a filter needs it
    // (at 1M events, reading each one costs more than all the rest).
    const auto e = std::size_t(eventIndex);
    if (m_textOk[e] == 0)
        return false;
    if (!m_kinds.isEmpty() && !m_wantedKinds[std::size_t(m_keys.kindOf[e])])
        return false;
    if (!m_actors.isEmpty() && m_keys.actorBits && (m_keys.actorMask[e] & m_wantedActors) == 0)
        return false;
    if (!m_themes.isEmpty() && m_keys.themeBits && (m_keys.themeMask[e] & m_wantedThemes) == 0)
        return false;
    const bool byActorIds = !m_actors.isEmpty() && !m_keys.actorBits;
    const bool byThemeIds = !m_themes.isEmpty() && !m_keys.themeBits;
    if (!byActorIds && !byThemeIds && !m_from && !m_to)
        return true;
    const Event &event = events[e];
    if (byActorIds && !intersects(event.actors, m_actors))
        return false;
    if (byThemeIds && !intersects(event.themes, m_themes))
        return false;
    if (m_from && event.parsed.latest() < *m_from)
        return false;
    if (m_to && event.parsed.earliest() > *m_to)
        return false;
    return true;
}

void EventFilterProxy::refilter()
{
    beginResetModel();
    std::vector<int> rows;
    if (!isFiltering()) {
        rows = m_order; // nothing hidden: a million evaluate() calls spared when a file opens
    } else {
        rows.reserve(m_order.size());
        for (int event : m_order) {
            if (evaluate(event))
                rows.push_back(event);
        }
    }
    for (int event : m_rows)
        m_rowOf[std::size_t(event)] = -1;
    m_rows = std::move(rows);
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOf[std::size_t(m_rows[std::size_t(row)])] = row;
    endResetModel();
    emit filterChanged();
}

void EventFilterProxy::adoptRows(std::vector<int> rows, std::vector<int> rowOf)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf = std::move(rowOf);
    endResetModel();
    emit filterChanged();
}

// ---- source changes and sorting

QByteArray EventFilterProxy::foldedTextOf(int eventIndex) const
{
    return foldedText(m_document.dataset().events[std::size_t(eventIndex)]);
}

void EventFilterProxy::rebuildCorpus()
{
    buildCorpus(m_document.dataset().events, m_corpus, m_starts);
    matchWords();
}

void EventFilterProxy::rebuildFromSource()
{
    const auto count = m_document.dataset().events.size();
    // Right after a load the worker has done the heavy part (once: the parts are moved out).
    const std::shared_ptr<Prepared> prepared = m_document.prepared<Prepared>(this);
    // The keys first: matchWords() finds the words in the events' kinds through them.
    if (prepared && prepared->keys && prepared->keys->kindOf.size() == count) {
        m_keys = std::move(*prepared->keys);
        prepared->keys.reset();
        updateWantedFacets();
    } else {
        rebuildFacetKeys();
    }
    if (prepared && prepared->starts.size() == count + 1) {
        m_corpus = std::move(prepared->corpus);
        m_starts = std::move(prepared->starts);
        prepared->starts.clear();
        if (m_wordBytes.empty() && prepared->allTextOk.size() == count)
            m_textOk = std::move(prepared->allTextOk);
        else
            matchWords();
    } else {
        rebuildCorpus();
    }
    if (prepared && prepared->sortColumn == m_sortColumn && prepared->sortOrder == m_sortOrder &&
        prepared->order.size() == count) {
        m_order = std::move(prepared->order);
        prepared->order.clear();
        if (!isFiltering() && prepared->rows.size() == count && prepared->rowOf.size() == count) {
            adoptRows(std::move(prepared->rows), std::move(prepared->rowOf));
            prepared->rows.clear();
            prepared->rowOf.clear();
            return;
        }
    } else {
        m_order.clear(); // resort() below
    }
    m_rows.clear();
    m_rowOf.assign(count, -1);
    if (m_order.size() == count)
        refilter();
    else
        resort();
}

void EventFilterProxy::rebuildFacetKeys()
{
    m_keys = facetKeysOf(m_document.dataset());
    updateWantedFacets();
}

namespace {

// Bit i set for each of `ids` that `bitOf` numbers i.
std::uint64_t maskOf(const QStringList &ids, const QHash<QString, int> &bitOf)
{
    std::uint64_t mask = 0;
    for (const QString &id : ids) {
        if (const auto it = bitOf.constFind(id); it != bitOf.constEnd())
            mask |= std::uint64_t(1) << it.value();
    }
    return mask;
}

// Whether `bitOf` numbers `items` (actors or themes) as they are now.
template<typename Items> bool numbersMatch(const QHash<QString, int> &bitOf, const Items &items)
{
    if (bitOf.size() != qsizetype(items.size()))
        return false;
    for (int i = 0; i < int(items.size()); ++i) {
        if (bitOf.value(items[std::size_t(i)].id, -1) != i)
            return false;
    }
    return true;
}

} // namespace

namespace {

// Sets the keys of event `e`; true when its kind got a new number.
template<typename Keys> bool setKeysOf(Keys &keys, const Event &event, std::size_t e)
{
    if (keys.actorBits)
        keys.actorMask[e] = maskOf(event.actors, keys.actorBit);
    if (keys.themeBits)
        keys.themeMask[e] = maskOf(event.themes, keys.themeBit);
    const auto kind = keys.kindNumbers.constFind(event.kind);
    if (kind != keys.kindNumbers.constEnd()) {
        keys.kindOf[e] = kind.value();
        return false;
    }
    keys.kindOf[e] = int(keys.kindNumbers.size());
    keys.kindNumbers.insert(event.kind, keys.kindOf[e]);
    return true;
}

} // namespace

EventFilterProxy::FacetKeys EventFilterProxy::facetKeysOf(const Dataset &d)
{
    FacetKeys keys;
    const std::size_t count = d.events.size();
    keys.actorBits = d.actors.size() <= 64;
    keys.themeBits = d.themes.size() <= 64;
    for (int i = 0; keys.actorBits && i < int(d.actors.size()); ++i)
        keys.actorBit.insert(d.actors[std::size_t(i)].id, i);
    for (int i = 0; keys.themeBits && i < int(d.themes.size()); ++i)
        keys.themeBit.insert(d.themes[std::size_t(i)].id, i);
    keys.actorMask.assign(keys.actorBits ? count : 0, 0);
    keys.themeMask.assign(keys.themeBits ? count : 0, 0);
    keys.kindOf.assign(count, 0);
    for (std::size_t e = 0; e < count; ++e)
        setKeysOf(keys, d.events[e], e);
    return keys;
}

void EventFilterProxy::updateFacetKeys(int eventIndex)
{
    const auto e = std::size_t(eventIndex);
    const Event &event = m_document.dataset().events[e];
    if (setKeysOf(m_keys, event, e)) {
        // A kind new since updateWantedFacets(): wanted or not like any other.
        const auto number = std::size_t(m_keys.kindOf[e]);
        m_wantedKinds.resize(std::max(m_wantedKinds.size(), number + 1), 0);
        m_wantedKinds[number] = m_kinds.contains(event.kind) ? 1 : 0;
    }
}

bool EventFilterProxy::facetKeysMatchDataset() const
{
    // Bits given for an older list of actors or themes would lie.
    const Dataset &d = m_document.dataset();
    return m_keys.actorBits == (d.actors.size() <= 64) &&
           m_keys.themeBits == (d.themes.size() <= 64) &&
           (!m_keys.actorBits || numbersMatch(m_keys.actorBit, d.actors)) &&
           (!m_keys.themeBits || numbersMatch(m_keys.themeBit, d.themes));
}

void EventFilterProxy::updateWantedFacets()
{
    const Dataset &d = m_document.dataset();
    m_wantedActors = 0;
    for (int i = 0; m_keys.actorBits && i < int(d.actors.size()); ++i) {
        if (m_actors.contains(d.actors[std::size_t(i)].id))
            m_wantedActors |= std::uint64_t(1) << i;
    }
    m_wantedThemes = 0;
    for (int i = 0; m_keys.themeBits && i < int(d.themes.size()); ++i) {
        if (m_themes.contains(d.themes[std::size_t(i)].id))
            m_wantedThemes |= std::uint64_t(1) << i;
    }
    m_wantedKinds.assign(std::size_t(m_keys.kindNumbers.size()) + 1, 0);
    for (auto it = m_keys.kindNumbers.constBegin(); it != m_keys.kindNumbers.constEnd(); ++it)
        m_wantedKinds[std::size_t(it.value())] = m_kinds.contains(it.key()) ? 1 : 0;
}

void EventFilterProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    const int count = int(m_document.dataset().events.size());
    const int event = topLeft.isValid() ? topLeft.row() : -1;
    // Several rows (or a state this proxy did not expect): fold, sort and filter all again.
    if (count != int(m_rowOf.size()) || count + 1 != int(m_starts.size()) || event < 0 ||
        event >= count || !bottomRight.isValid() || bottomRight.row() != event) {
        rebuildFacetKeys(); // before the words are matched: see rebuildFromSource()
        rebuildCorpus();
        resort();
        return;
    }
    // One edited event, what every edit of the document sends: only its text is folded again
    // and only its row is placed again.
    if (!facetKeysMatchDataset()) {
        // Actors or themes changed unannounced since the bits were given: every event's bits
        // change, so every event is filtered again (one reset), but only this one is folded.
        rebuildFacetKeys();
        refreshEvent(event);
        refilter();
        return;
    }
    refreshEvent(event);
    placeRow(event, roles);
    emit filterChanged(); // views that follow the filter recount what they show
}

void EventFilterProxy::refoldEvent(int eventIndex)
{
    const auto e = std::size_t(eventIndex);
    QByteArray text = foldedTextOf(eventIndex);
    text += '\0';
    const qsizetype start = m_starts[e];
    const qsizetype room = m_starts[e + 1] - start;
    if (text.size() <= room) {
        // In place, NULs after it: no word matches across a NUL, offsets stay put.
        char *data = m_corpus.data() + start;
        std::memcpy(data, text.constData(), std::size_t(text.size()));
        std::memset(data + text.size(), 0, std::size_t(room - text.size()));
    } else {
        m_corpus.replace(start, room, text);
        const qsizetype grown = text.size() - room;
        for (std::size_t i = e + 1; i < m_starts.size(); ++i)
            m_starts[i] += grown;
    }
}

bool EventFilterProxy::textMatches(int eventIndex) const
{
    const auto e = std::size_t(eventIndex);
    const char *const from = m_corpus.constData() + m_starts[e];
    const auto length = std::size_t(m_starts[e + 1] - m_starts[e]);
    const QByteArray kind = kindText(m_document.dataset().events[e].kind);
    return std::all_of(m_wordBytes.begin(), m_wordBytes.end(), [&](const QByteArray &word) {
        return memmem(from, length, word.constData(), std::size_t(word.size())) != nullptr ||
               containsWord(kind, word);
    });
}

bool EventFilterProxy::sortsBefore(int a, int b) const
{
    if (a == b)
        return false;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    int c = 0;
    if (m_sortColumn == EventModel::DateColumn) {
        const auto &events = m_document.dataset().events;
        const PartialDate &x = events[std::size_t(a)].parsed;
        const PartialDate &y = events[std::size_t(b)].parsed;
        const auto kx = std::tuple(x.earliest(), x.latest());
        const auto ky = std::tuple(y.earliest(), y.latest());
        c = kx < ky ? -1 : ky < kx ? 1 : 0;
    } else {
        QAbstractItemModel *source = sourceModel();
        c = m_collator.compare(source->index(a, m_sortColumn).data().toString(),
                               source->index(b, m_sortColumn).data().toString());
    }
    if (c != 0)
        return descending ? c > 0 : c < 0;
    return a < b; // equal keys keep file order, in either direction (stable sort)
}

void EventFilterProxy::refreshEvent(int eventIndex)
{
    refoldEvent(eventIndex);
    m_textOk[std::size_t(eventIndex)] = textMatches(eventIndex) ? 1 : 0;
    updateFacetKeys(eventIndex);

    // Its place among all events: moved only when its sort key put it out of order.
    const auto at = std::find(m_order.begin(), m_order.end(), eventIndex);
    Q_ASSERT(at != m_order.end());
    const bool inOrder = (at == m_order.begin() || sortsBefore(*(at - 1), eventIndex)) &&
                         (at + 1 == m_order.end() || sortsBefore(eventIndex, *(at + 1)));
    if (!inOrder) {
        m_order.erase(at);
        const auto to =
            std::lower_bound(m_order.begin(), m_order.end(), eventIndex,
                             [this](int event, int edited) { return sortsBefore(event, edited); });
        m_order.insert(to, eventIndex);
    }
}

void EventFilterProxy::placeRow(int eventIndex, const QList<int> &roles)
{
    // Its row: the accepted events stay in sort order, so its new row is a binary search over
    // the rows without it.
    const int oldRow = m_rowOf[std::size_t(eventIndex)];
    const bool shown = evaluate(eventIndex);
    if (oldRow < 0 && !shown)
        return;
    auto renumber = [this](int from, int to) { // rows [from, to] changed places
        for (int row = from; row <= to; ++row)
            m_rowOf[std::size_t(m_rows[std::size_t(row)])] = row;
    };
    auto before = [this, eventIndex](int event, int) { return sortsBefore(event, eventIndex); };
    if (oldRow < 0) {
        const int row = int(std::lower_bound(m_rows.begin(), m_rows.end(), eventIndex, before) -
                            m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, eventIndex);
        renumber(row, int(m_rows.size()) - 1);
        endInsertRows();
        return;
    }
    if (!shown) {
        beginRemoveRows({}, oldRow, oldRow);
        m_rows.erase(m_rows.begin() + oldRow);
        m_rowOf[std::size_t(eventIndex)] = -1;
        renumber(oldRow, int(m_rows.size()) - 1);
        endRemoveRows();
        return;
    }
    // Rows before and after the old one are each in order, and together too.
    const auto old = m_rows.begin() + oldRow;
    int row = int(std::lower_bound(m_rows.begin(), old, eventIndex, before) - m_rows.begin());
    if (row == oldRow)
        row = int(std::lower_bound(old + 1, m_rows.end(), eventIndex, before) - m_rows.begin()) - 1;
    if (row != oldRow) {
        // beginMoveRows wants the destination in the numbering before the move.
        beginMoveRows({}, oldRow, oldRow, {}, row > oldRow ? row + 1 : row);
        if (row > oldRow)
            std::rotate(old, old + 1, m_rows.begin() + row + 1);
        else
            std::rotate(m_rows.begin() + row, old, old + 1);
        renumber(std::min(row, oldRow), std::max(row, oldRow));
        endMoveRows();
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1), roles);
}

void EventFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = EventModel::DateColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void EventFilterProxy::resort()
{
    const auto &events = m_document.dataset().events;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == EventModel::DateColumn) {
        m_order = dateOrder(events, descending); // integers only
    } else {
        m_order.resize(events.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        QAbstractItemModel *source = sourceModel();
        std::vector<QString> keys(events.size());
        for (std::size_t i = 0; i < events.size(); ++i)
            keys[i] = source->index(int(i), m_sortColumn).data().toString();
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int c = m_collator.compare(keys[std::size_t(a)], keys[std::size_t(b)]);
            return descending ? c > 0 : c < 0;
        });
    }
    refilter();
}

// ---- QAbstractProxyModel

int EventFilterProxy::eventIndexAt(int proxyRow) const
{
    return proxyRow >= 0 && proxyRow < int(m_rows.size()) ? m_rows[std::size_t(proxyRow)] : -1;
}

int EventFilterProxy::proxyRowOf(int eventIndex) const
{
    return eventIndex >= 0 && eventIndex < int(m_rowOf.size()) ? m_rowOf[std::size_t(eventIndex)]
                                                               : -1;
}

QModelIndex EventFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex EventFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex EventFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace Anchorline::Model
