#include "itemmodels/searchmodel.h"

#include <QLocale>
#include <QPoint>

namespace Anchorline::Model {

namespace {

QVariantList toVariant(const QList<QPair<int, int>> &ranges)
{
    QVariantList list;
    list.reserve(ranges.size());
    for (const auto &[start, length] : ranges)
        list.append(QPoint(start, length));
    return list;
}

QString sourceReference(const Dataset &dataset, const QString &sourceId)
{
    const int index = dataset.indexOfSource(sourceId);
    return index < 0 ? sourceId : dataset.sources[std::size_t(index)].shortReference();
}

} // namespace

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

SearchModel::~SearchModel() = default;

void SearchModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_eventRows = 0;
    endResetModel();
}

void SearchModel::setResults(const SearchResults &results, const SearchIndex &index,
                             const Dataset &dataset, QStringView query, const DisplayText &text)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(results.events.size() + results.texts.size());
    const QStringList words = searchWords(query);
    const QLocale locale;
    for (const SearchHit &hit : results.events) {
        if (hit.eventIndex < 0 || hit.eventIndex >= int(dataset.events.size()))
            continue;
        const Event &event = dataset.events[std::size_t(hit.eventIndex)];
        Row row;
        row.hit = hit;
        row.heading = text.title(event) + QStringLiteral(" · ") +
                      (event.parsed.isValid() ? event.parsed.toDisplayString(locale) : event.date);
        row.headingEmphasis = SearchIndex::emphasis(row.heading, words);
        QString label;
        SearchSnippet excerpt;
        switch (hit.field) {
        case SearchField::Title:
            // The title is the heading already; show the start of the summary for context.
            if (const QString summary = text.summary(event); !summary.isEmpty())
                excerpt = SearchIndex::snippet(summary, 0, 0, words, 120);
            break;
        case SearchField::Summary:
            label = QObject::tr("Summary: ");
            excerpt =
                SearchIndex::snippet(index.fieldText(hit, dataset), hit.offset, hit.length, words);
            break;
        case SearchField::Note:
            label = QObject::tr("Note: ");
            excerpt =
                SearchIndex::snippet(index.fieldText(hit, dataset), hit.offset, hit.length, words);
            break;
        case SearchField::Quote:
            label = QObject::tr("Quote (%1): ").arg(sourceReference(dataset, hit.sourceId));
            excerpt =
                SearchIndex::snippet(index.fieldText(hit, dataset), hit.offset, hit.length, words);
            break;
        case SearchField::SourceText:
            break;
        }
        row.snippet.text = label + excerpt.text;
        for (const auto &[start, length] : std::as_const(excerpt.emphasis))
            row.snippet.emphasis.append({start + int(label.size()), length});
        m_rows.push_back(std::move(row));
    }
    m_eventRows = int(m_rows.size());
    // One phrase in the texts: emphasise it whole.
    const QStringList phrase{words.join(QLatin1Char(' '))};
    for (const SearchHit &hit : results.texts) {
        const int source = dataset.indexOfSource(hit.sourceId);
        Row row;
        row.hit = hit;
        row.heading = QObject::tr("In the text of %1").arg(sourceReference(dataset, hit.sourceId));
        if (source >= 0)
            row.heading += QStringLiteral(" — ") + dataset.sources[std::size_t(source)].title;
        row.snippet =
            SearchIndex::snippet(index.sourceText(hit.sourceId), hit.offset, hit.length, phrase);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const SearchHit *SearchModel::hit(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].hit : nullptr;
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.snippet.text.isEmpty() ? row.heading
                                          : row.heading + QLatin1Char('\n') + row.snippet.text;
    case Qt::ToolTipRole:
        return row.heading;
    case SearchHeadingRole:
        return row.heading;
    case SearchHeadingEmphasisRole:
        return toVariant(row.headingEmphasis);
    case SearchSnippetRole:
        return row.snippet.text;
    case SearchSnippetEmphasisRole:
        return toVariant(row.snippet.emphasis);
    case SearchIsSourceTextRole:
        return row.hit.field == SearchField::SourceText;
    case SearchEventIndexRole:
        return row.hit.eventIndex;
    case SearchSourceIdRole:
        return row.hit.sourceId;
    case SearchOffsetRole:
        return int(row.hit.offset);
    case SearchLengthRole:
        return int(row.hit.length);
    default:
        return {};
    }
}

} // namespace Anchorline::Model
