#pragma once

#include "core/displaytext.h"
#include "core/roles.h"
#include "index/searchindex.h"

#include <QAbstractListModel>
#include <vector>

namespace Anchorline::Model {

// The results of one query as a flat list: matching events first, then places in source texts.
// Everything shown is plain text; the delegate emphasises the ranges.
class SearchModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;
    Q_DISABLE_COPY_MOVE(SearchModel)

    // Headings and excerpts in `text`'s language; a hit in a translation shows that text.
    void setResults(const SearchResults &results, const SearchIndex &index, const Dataset &dataset,
                    QStringView query, const DisplayText &text = DisplayText());
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
