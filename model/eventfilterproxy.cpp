#include "eventfilterproxy.h"

#include "document.h"
#include "itemmodels.h"

#include <QCollator>
#include <algorithm>
#include <cstring>
#include <numeric>

namespace Anchorline::Model {

EventFilterProxy::EventFilterProxy(const Document &document, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_document(document)
{
    QAbstractItemModel *source = document.eventModel();
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::rowsInserted, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::layoutChanged, this, &EventFilterProxy::rebuildFromSource);
    connect(source, &QAbstractItemModel::dataChanged, this, &EventFilterProxy::onSourceDataChanged);
    rebuildFromSource();
}

// ---- filters

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
    for (std::size_t k = 0; k < m_wordBytes.size(); ++k) {
        const QByteArray &word = m_wordBytes[k];
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
    const Event &event = events[std::size_t(eventIndex)];
    const auto e = std::size_t(eventIndex);
    if (!m_actors.isEmpty()) {
        if (m_actorBits ? (m_actorMask[e] & m_wantedActors) == 0
                        : !intersects(event.actors, m_actors))
            return false;
    }
    if (!m_themes.isEmpty()) {
        if (m_themeBits ? (m_themeMask[e] & m_wantedThemes) == 0
                        : !intersects(event.themes, m_themes))
            return false;
    }
    if (!m_kinds.isEmpty() && !m_wantedKinds[std::size_t(m_kindOf[e])])
        return false;
    if (m_from && event.parsed.latest() < *m_from)
        return false;
    if (m_to && event.parsed.earliest() > *m_to)
        return false;
    return m_textOk[std::size_t(eventIndex)] != 0;
}

void EventFilterProxy::refilter()
{
    beginResetModel();
    std::vector<int> rows;
    rows.reserve(m_order.size());
    for (int event : m_order) {
        if (evaluate(event))
            rows.push_back(event);
    }
    for (int event : m_rows)
        m_rowOf[std::size_t(event)] = -1;
    m_rows = std::move(rows);
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOf[std::size_t(m_rows[std::size_t(row)])] = row;
    endResetModel();
    emit filterChanged();
}

// ---- source changes and sorting

QByteArray EventFilterProxy::foldedTextOf(int eventIndex) const
{
    const Event &event = m_document.dataset().events[std::size_t(eventIndex)];
    QString text = event.title + QLatin1Char('\n') + event.summary + QLatin1Char('\n') + event.id +
                   QLatin1Char('\n') + event.kind;
    for (const Anchor &anchor : event.evidence)
        text += QLatin1Char('\n') + anchor.exact;
    return text.toCaseFolded().toUtf8();
}

void EventFilterProxy::rebuildCorpus()
{
    const int count = int(m_document.dataset().events.size());
    m_corpus.clear();
    m_starts.resize(std::size_t(count) + 1);
    for (int i = 0; i < count; ++i) {
        m_starts[std::size_t(i)] = m_corpus.size();
        m_corpus += foldedTextOf(i);
        m_corpus += '\0'; // no word spans two events
    }
    m_starts[std::size_t(count)] = m_corpus.size();
    matchWords();
}

void EventFilterProxy::rebuildFromSource()
{
    const int count = int(m_document.dataset().events.size());
    m_rows.clear();
    m_rowOf.assign(std::size_t(count), -1);
    rebuildCorpus();
    rebuildFacetKeys();
    resort();
}

void EventFilterProxy::rebuildFacetKeys()
{
    const Dataset &d = m_document.dataset();
    const std::size_t count = d.events.size();
    m_actorBits = d.actors.size() <= 64;
    m_themeBits = d.themes.size() <= 64;
    QHash<QString, int> actorBit, themeBit;
    for (int i = 0; m_actorBits && i < int(d.actors.size()); ++i)
        actorBit.insert(d.actors[std::size_t(i)].id, i);
    for (int i = 0; m_themeBits && i < int(d.themes.size()); ++i)
        themeBit.insert(d.themes[std::size_t(i)].id, i);
    m_actorMask.assign(m_actorBits ? count : 0, 0);
    m_themeMask.assign(m_themeBits ? count : 0, 0);
    m_kindOf.assign(count, 0);
    m_kindNumbers.clear();
    for (std::size_t e = 0; e < count; ++e) {
        const Event &event = d.events[e];
        for (const QString &actor : event.actors) {
            if (const auto it = actorBit.constFind(actor); m_actorBits && it != actorBit.constEnd())
                m_actorMask[e] |= std::uint64_t(1) << it.value();
        }
        for (const QString &theme : event.themes) {
            if (const auto it = themeBit.constFind(theme); m_themeBits && it != themeBit.constEnd())
                m_themeMask[e] |= std::uint64_t(1) << it.value();
        }
        const auto kind = m_kindNumbers.constFind(event.kind);
        if (kind != m_kindNumbers.constEnd()) {
            m_kindOf[e] = kind.value();
        } else {
            m_kindOf[e] = int(m_kindNumbers.size());
            m_kindNumbers.insert(event.kind, m_kindOf[e]);
        }
    }
    updateWantedFacets();
}

void EventFilterProxy::updateWantedFacets()
{
    const Dataset &d = m_document.dataset();
    m_wantedActors = 0;
    for (int i = 0; m_actorBits && i < int(d.actors.size()); ++i) {
        if (m_actors.contains(d.actors[std::size_t(i)].id))
            m_wantedActors |= std::uint64_t(1) << i;
    }
    m_wantedThemes = 0;
    for (int i = 0; m_themeBits && i < int(d.themes.size()); ++i) {
        if (m_themes.contains(d.themes[std::size_t(i)].id))
            m_wantedThemes |= std::uint64_t(1) << i;
    }
    m_wantedKinds.assign(std::size_t(m_kindNumbers.size()) + 1, 0);
    for (auto it = m_kindNumbers.constBegin(); it != m_kindNumbers.constEnd(); ++it)
        m_wantedKinds[std::size_t(it.value())] = m_kinds.contains(it.key()) ? 1 : 0;
}

void EventFilterProxy::onSourceDataChanged(const QModelIndex &, const QModelIndex &,
                                           const QList<int> &)
{
    // An edit may change whether and where an event shows: fold the text again, then sort and
    // filter again (edits are rare next to keystrokes).
    rebuildCorpus();
    rebuildFacetKeys();
    resort();
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
    m_order.resize(events.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == EventModel::DateColumn) {
        // Integers only: earliest day, then latest day, then position in the file.
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const PartialDate &x = events[std::size_t(a)].parsed;
            const PartialDate &y = events[std::size_t(b)].parsed;
            const auto kx = std::tuple(x.earliest(), x.latest());
            const auto ky = std::tuple(y.earliest(), y.latest());
            return descending ? ky < kx : kx < ky;
        });
    } else {
        QAbstractItemModel *source = sourceModel();
        std::vector<QString> keys(events.size());
        for (std::size_t i = 0; i < events.size(); ++i)
            keys[i] = source->index(int(i), m_sortColumn).data().toString();
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int c = collator.compare(keys[std::size_t(a)], keys[std::size_t(b)]);
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
