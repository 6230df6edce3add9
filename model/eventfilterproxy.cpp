#include "eventfilterproxy.h"

#include "document.h"
#include "itemmodels.h"

namespace Anchorline::Model {

EventFilterProxy::EventFilterProxy(const Document &document, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_document(document)
{
    setSourceModel(document.eventModel());
    setDynamicSortFilter(true);
    sort(EventModel::DateColumn, Qt::AscendingOrder);
}

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void EventFilterProxy::setActors(const QSet<QString> &actorIds)
{
    if (actorIds == m_actors)
        return;
    m_actors = actorIds;
    refilter();
}

void EventFilterProxy::setThemes(const QSet<QString> &themeIds)
{
    if (themeIds == m_themes)
        return;
    m_themes = themeIds;
    refilter();
}

void EventFilterProxy::setKinds(const QSet<QString> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
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
    m_actors.clear();
    m_themes.clear();
    m_kinds.clear();
    m_from.reset();
    m_to.reset();
    refilter();
}

void EventFilterProxy::refilter()
{
    invalidateFilter();
    emit filterChanged();
}

int EventFilterProxy::eventIndexAt(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() ? source.row() : -1;
}

int EventFilterProxy::proxyRowOf(int eventIndex) const
{
    if (!sourceModel() || eventIndex < 0 || eventIndex >= sourceModel()->rowCount())
        return -1;
    const QModelIndex proxy = mapFromSource(sourceModel()->index(eventIndex, 0));
    return proxy.isValid() ? proxy.row() : -1;
}

static bool intersects(const QStringList &ids, const QSet<QString> &wanted)
{
    for (const QString &id : ids) {
        if (wanted.contains(id))
            return true;
    }
    return false;
}

bool EventFilterProxy::acceptsEvent(int eventIndex) const
{
    const auto &events = m_document.dataset().events;
    if (eventIndex < 0 || eventIndex >= int(events.size()))
        return false;
    const Event &event = events[std::size_t(eventIndex)];
    if (!m_actors.isEmpty() && !intersects(event.actors, m_actors))
        return false;
    if (!m_themes.isEmpty() && !intersects(event.themes, m_themes))
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(event.kind))
        return false;
    if (m_from && event.parsed.latest() < *m_from)
        return false;
    if (m_to && event.parsed.earliest() > *m_to)
        return false;
    for (const QString &word : m_words) {
        auto has = [&](const QString &field) { return field.contains(word, Qt::CaseInsensitive); };
        bool found = has(event.title) || has(event.summary) || has(event.id) || has(event.kind);
        for (std::size_t i = 0; !found && i < event.evidence.size(); ++i)
            found = has(event.evidence[i].exact);
        if (!found)
            return false;
    }
    return true;
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && acceptsEvent(sourceRow);
}

bool EventFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == EventModel::DateColumn) {
        const auto &events = m_document.dataset().events;
        const auto &a = events[std::size_t(left.row())].parsed;
        const auto &b = events[std::size_t(right.row())].parsed;
        if (a != b)
            return a < b;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Anchorline::Model
