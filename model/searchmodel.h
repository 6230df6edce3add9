#pragma once

#include "searchindex.h"

#include <QAbstractListModel>
#include <vector>

namespace Anchorline::Model {

// Roles of SearchModel. They belong in roles.h with the others; kept here until that header
// can take them, numbered clear of it.
enum SearchRole {
    SearchHeadingRole = Qt::UserRole + 100, // QString: event title and date, or the source
    SearchHeadingEmphasisRole,              // QVariantList of QPoint(start, length)
    SearchSnippetRole,                      // QString: one line of text around the match
    SearchSnippetEmphasisRole,              // QVariantList of QPoint(start, length)
    SearchIsSourceTextRole,                 // bool: a hit in an attached source text
    SearchEventIndexRole,                   // int: index into Dataset::events, -1 for texts
    SearchSourceIdRole,                     // QString
    SearchOffsetRole,                       // int: UTF-16 offset of the match in the source text
    SearchLengthRole,                       // int
};

// The results of one query as a flat list: matching events first, then places in source texts.
// Everything shown is plain text; the delegate emphasises the ranges.
class SearchModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;
    Q_DISABLE_COPY_MOVE(SearchModel)

    void setResults(const SearchResults &results, const SearchIndex &index, const Dataset &dataset,
                    QStringView query);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const SearchHit *hit(int row) const;
    int eventRowCount() const { return m_eventRows; }

private:
    struct Row
    {
        SearchHit hit;
        QString heading;
        QList<QPair<int, int>> headingEmphasis;
        SearchSnippet snippet;
    };
    std::vector<Row> m_rows;
    int m_eventRows = 0;
};

} // namespace Anchorline::Model
