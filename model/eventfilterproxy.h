#pragma once

#include "partialdate.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace Anchorline::Model {

class Document;

// Filters and sorts the Document's events: free text, actors, themes, kinds and a date window.
// Every view that shows "the visible events" reads through one instance of this proxy.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(const Document &document, QObject *parent = nullptr);

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

    bool acceptsEvent(int eventIndex) const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const Document &m_document;
    QString m_text;
    QStringList m_words;
    QSet<QString> m_actors;
    QSet<QString> m_themes;
    QSet<QString> m_kinds;
    std::optional<DayNumber> m_from;
    std::optional<DayNumber> m_to;
};

} // namespace Anchorline::Model
