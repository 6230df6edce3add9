#include "itemmodels/themematrixmodel.h"

#include "core/displaynames.h"
#include "core/roles.h"
#include "document/document.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace Anchorline::Model {

namespace {
QString sourceReference(const Dataset &dataset, const QString &sourceId)
{
    const int source = dataset.indexOfSource(sourceId);
    return source >= 0 ? dataset.sources[std::size_t(source)].shortReference() : sourceId;
}

// RFC 4180 quoting; a leading = + - @ is neutralised with an apostrophe so that a spreadsheet
// does not run untrusted titles as formulas.
QString csvField(QString text)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStart.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

ThemeMatrixModel::ThemeMatrixModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document, &Document::datasetReset, this, &ThemeMatrixModel::rebuild);
    connect(&document, &Document::dataLanguageChanged, this, &ThemeMatrixModel::rebuild);
    for (QAbstractItemModel *model : {document.relationModel(), document.eventModel()}) {
        connect(model, &QAbstractItemModel::modelReset, this, &ThemeMatrixModel::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThemeMatrixModel::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ThemeMatrixModel::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &ThemeMatrixModel::rebuild);
    }
    document.addPreparer<Matrix>(this, [] {
        return
            [](const Dataset &dataset) { return std::make_shared<Matrix>(computeMatrix(dataset)); };
    });
    compute();
}

QString ThemeMatrixModel::ruleDescription()
{
    return tr("Columns: events of kind “strategy-document”, and events that are part of one "
              "(a relation asserted as fact), in date order.\n"
              "A cell counts the anchored passages tying the document to the theme: the "
              "document's own evidence when the document has the theme, plus the evidence of "
              "every relation touching the document whose other event has the theme.");
}

bool ThemeMatrixModel::isPolicyDocument(const Dataset &dataset, int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= int(dataset.events.size()))
        return false;
    static const QString strategyDocument = QStringLiteral("strategy-document");
    const Event &event = dataset.events[std::size_t(eventIndex)];
    if (event.kind == strategyDocument)
        return true;
    for (const Relation &relation : dataset.relations) {
        if (relation.type != RelationType::PartOf || relation.assertion != Assertion::Fact ||
            relation.from != event.id)
            continue;
        const int whole = dataset.indexOfEvent(relation.to);
        if (whole >= 0 && dataset.events[std::size_t(whole)].kind == strategyDocument)
            return true;
    }
    return false;
}

void ThemeMatrixModel::rebuild()
{
    // A load resets the relations, the events and the document in a row, and the one matrix
    // prepared for it serves all three: the views reset once (at a million events the sorted
    // proxy and the header of its 100,000 document columns cost some 4 ms a reset).
    if (const std::shared_ptr<Matrix> prepared = m_document.prepared<Matrix>(this);
        prepared && prepared == m_matrix)
        return;
    beginResetModel();
    compute();
    endResetModel();
}

void ThemeMatrixModel::compute()
{
    // Right after a large file is read, the loader's worker has computed it. (A load resets
    // the relations, the events and the document: the same result serves all three.)
    if (const std::shared_ptr<Matrix> prepared = m_document.prepared<Matrix>(this))
        m_matrix = prepared;
    else
        m_matrix = std::make_shared<const Matrix>(computeMatrix(m_document.dataset()));
}

ThemeMatrixModel::Matrix ThemeMatrixModel::computeMatrix(const Dataset &dataset)
{
    Matrix m;
    // The same rule as isPolicyDocument(), in one pass over the relations instead of one per
    // event: a large dataset has as many relations as events.
    QHash<QString, int> eventById;
    eventById.reserve(qsizetype(dataset.events.size()));
    for (int i = 0; i < int(dataset.events.size()); ++i)
        eventById.insert(dataset.events[std::size_t(i)].id, i);
    static const QString strategyDocument = QStringLiteral("strategy-document");
    std::vector<bool> isDocument(dataset.events.size(), false);
    for (std::size_t i = 0; i < dataset.events.size(); ++i)
        isDocument[i] = dataset.events[i].kind == strategyDocument;
    std::vector<bool> partOfDocument = isDocument;
    for (const Relation &relation : dataset.relations) {
        if (relation.type != RelationType::PartOf || relation.assertion != Assertion::Fact)
            continue;
        const int part = eventById.value(relation.from, -1);
        const int whole = eventById.value(relation.to, -1);
        if (part >= 0 && whole >= 0 && isDocument[std::size_t(whole)])
            partOfDocument[std::size_t(part)] = true;
    }
    for (int i = 0; i < int(dataset.events.size()); ++i) {
        if (partOfDocument[std::size_t(i)])
            m.documents.push_back(i);
    }
    std::stable_sort(m.documents.begin(), m.documents.end(), [&](int a, int b) {
        return dataset.events[std::size_t(a)].parsed < dataset.events[std::size_t(b)].parsed;
    });

    QHash<QString, int> themeRow;
    for (int t = 0; t < int(dataset.themes.size()); ++t)
        themeRow.insert(dataset.themes[std::size_t(t)].id, t);
    // The relations with evidence that touch each document, in file order.
    std::vector<int> columnOfEvent(dataset.events.size(), -1);
    for (std::size_t d = 0; d < m.documents.size(); ++d)
        columnOfEvent[std::size_t(m.documents[d])] = int(d);
    std::vector<std::vector<int>> touching(m.documents.size());
    for (int r = 0; r < int(dataset.relations.size()); ++r) {
        const Relation &relation = dataset.relations[std::size_t(r)];
        if (relation.evidence.empty())
            continue;
        const int from = eventById.value(relation.from, -1);
        const int to = eventById.value(relation.to, -1);
        if (from >= 0 && columnOfEvent[std::size_t(from)] >= 0)
            touching[std::size_t(columnOfEvent[std::size_t(from)])].push_back(r);
        if (to >= 0 && to != from && columnOfEvent[std::size_t(to)] >= 0)
            touching[std::size_t(columnOfEvent[std::size_t(to)])].push_back(r);
    }

    // The passages in the order they are found, each with its cell; then placed cell by cell
    // (a stable counting sort, so a cell lists them in that order). A passage is kept as where
    // its anchor is, 12 bytes; passages() spells it out for the one cell clicked.
    const std::size_t columns = m.documents.size();
    m.themes = int(dataset.themes.size());
    std::vector<std::pair<std::size_t, Matrix::Passage>> found;
    for (std::size_t d = 0; d < columns; ++d) {
        const int documentIndex = m.documents[d];
        const Event &document = dataset.events[std::size_t(documentIndex)];
        // (a) the document's own evidence, for each of its themes.
        for (const QString &theme : document.themes) {
            const int row = themeRow.value(theme, -1);
            if (row < 0)
                continue;
            for (int a = 0; a < int(document.evidence.size()); ++a)
                found.push_back({std::size_t(row) * columns + d, {documentIndex, -1, a}});
        }
        // (b) evidence of relations touching the document, for the other end's themes.
        for (const int r : touching[d]) {
            const Relation &relation = dataset.relations[std::size_t(r)];
            const bool outgoing = relation.from == document.id;
            if (relation.evidence.empty() || (!outgoing && relation.to != document.id))
                continue;
            const int other = eventById.value(outgoing ? relation.to : relation.from, -1);
            if (other < 0)
                continue;
            for (const QString &theme : dataset.events[std::size_t(other)].themes) {
                const int row = themeRow.value(theme, -1);
                if (row < 0)
                    continue;
                for (int a = 0; a < int(relation.evidence.size()); ++a)
                    found.push_back({std::size_t(row) * columns + d, {other, r, a}});
            }
        }
    }
    const std::size_t cells = std::size_t(m.themes) * columns;
    m.cellStart.assign(cells + 1, 0);
    for (const auto &entry : found)
        ++m.cellStart[entry.first + 1];
    m.totals.assign(dataset.themes.size(), 0);
    for (std::size_t c = 0; c < cells; ++c) {
        const int n = m.cellStart[c + 1];
        m.totals[c / columns] += n;
        m.maximum = std::max(m.maximum, n);
        m.cellStart[c + 1] += m.cellStart[c];
    }
    m.passages.resize(found.size());
    std::vector<int> next(m.cellStart.begin(), m.cellStart.end() - 1);
    for (auto &entry : found)
        m.passages[std::size_t(next[entry.first]++)] = std::move(entry.second);
    return m;
}

int ThemeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix->themes;
}

int ThemeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : documentCount() + 2;
}

int ThemeMatrixModel::documentEvent(int column) const
{
    return column >= 1 && column <= documentCount() ? m_matrix->documents[std::size_t(column - 1)]
                                                    : -1;
}

int ThemeMatrixModel::count(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    if (column == totalColumn())
        return m_matrix->totals[std::size_t(row)];
    if (column < 1 || column > documentCount())
        return 0;
    const std::size_t cell = cellOf(*m_matrix, row, column);
    return m_matrix->cellStart[cell + 1] - m_matrix->cellStart[cell];
}

std::vector<MatrixPassage> ThemeMatrixModel::passages(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 1 || column > documentCount())
        return {};
    const std::size_t cell = cellOf(*m_matrix, row, column);
    const Dataset &dataset = m_document.dataset();
    std::vector<MatrixPassage> list;
    for (int i = m_matrix->cellStart[cell]; i < m_matrix->cellStart[cell + 1]; ++i) {
        const Matrix::Passage &at = m_matrix->passages[std::size_t(i)];
        if (at.eventIndex < 0 || std::size_t(at.eventIndex) >= dataset.events.size())
            continue;
        const Event &event = dataset.events[std::size_t(at.eventIndex)];
        if (at.relationIndex >= int(dataset.relations.size()))
            continue; // never shown as the document's own evidence
        const Relation *relation =
            at.relationIndex >= 0 ? &dataset.relations[std::size_t(at.relationIndex)] : nullptr;
        const std::vector<Anchor> &evidence = relation ? relation->evidence : event.evidence;
        if (at.anchor < 0 || std::size_t(at.anchor) >= evidence.size())
            continue;
        const Anchor &anchor = evidence[std::size_t(at.anchor)];
        MatrixPassage passage{
            anchor.exact,  anchor.source,    sourceReference(dataset, anchor.source),
            at.eventIndex, at.relationIndex, QString()};
        if (!relation) {
            passage.via = tr("own evidence of the document");
        } else {
            // Named in the data language on show (the matrix is prepared without one).
            const bool outgoing = relation->to == event.id;
            passage.via = (outgoing ? relationTypeForward(relation->type)
                                    : relationTypeBackward(relation->type)) +
                          QStringLiteral(": ") + m_document.text().title(event);
        }
        list.push_back(std::move(passage));
    }
    return list;
}

QVariant ThemeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= rowCount() ||
        index.column() < 0 || index.column() >= columnCount())
        return {};
    const Dataset &dataset = m_document.dataset();
    const Theme &theme = dataset.themes[std::size_t(index.row())];
    const DisplayText &text = m_document.text();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return text.name(theme);
        return count(index.row(), column);
    case Qt::ToolTipRole: {
        if (column == 0)
            return text.definition(theme).isEmpty()
                       ? text.name(theme)
                       : text.name(theme) + QStringLiteral("\n") + text.definition(theme);
        const int n = count(index.row(), column);
        if (column == totalColumn())
            return tr("%n anchored passage(s) tie the documents to “%1”.", nullptr, n)
                .arg(text.name(theme));
        const Event &document = dataset.events[std::size_t(documentEvent(column))];
        return tr("%n anchored passage(s) tie “%1” to “%2”.", nullptr, n)
                   .arg(text.title(document), text.name(theme)) +
               QStringLiteral("\n\n") + ruleDescription() +
               (n > 0 ? QStringLiteral("\n\n") + tr("Click to list the passages.") : QString());
    }
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    case IdRole:
        return theme.id;
    case DatasetIndexRole:
        return column >= 1 && column <= documentCount() ? QVariant(documentEvent(column))
                                                        : QVariant();
    default:
        return {};
    }
}

QVariant ThemeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return m_document.text().name(m_document.dataset().themes[std::size_t(section)]);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Theme") : QVariant();
    if (section == totalColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Total");
        if (role == Qt::ToolTipRole)
            return tr("Passages over all documents");
        return {};
    }
    const Event &event = m_document.dataset().events[std::size_t(documentEvent(section))];
    switch (role) {
    case Qt::DisplayRole:
        return m_document.text().title(event);
    case Qt::ToolTipRole:
        return m_document.text().title(event) + QStringLiteral("\n") +
               event.parsed.toDisplayString(QLocale()) + QStringLiteral(" · ") +
               eventKindDisplayName(event.kind);
    case IdRole:
        return event.id;
    case DatasetIndexRole:
        return documentEvent(section);
    case DateTextRole:
        return event.date;
    default:
        return {};
    }
}

QString ThemeMatrixModel::toCsv() const
{
    const Dataset &dataset = m_document.dataset();
    QStringList header{QStringLiteral("theme")};
    for (int column = 1; column <= documentCount(); ++column) {
        const Event &event = dataset.events[std::size_t(documentEvent(column))];
        header << csvField(m_document.text().title(event) + QStringLiteral(" (") + event.date +
                           QLatin1Char(')'));
    }
    header << QStringLiteral("total");
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields{csvField(m_document.text().name(dataset.themes[std::size_t(row)]))};
        for (int column = 1; column <= totalColumn(); ++column)
            fields << QString::number(count(row, column));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace Anchorline::Model
