#include "itemmodels/collectionmodel.h"

#include "core/roles.h"

#include <QColor>
#include <QLocale>

namespace Anchorline::Model {

namespace {

QString lookupName(const std::vector<Actor> &actors, const QString &id, const DisplayText &text)
{
    for (const Actor &actor : actors) {
        if (actor.id == id)
            return text.name(actor);
    }
    return id;
}

} // namespace

CollectionModel::CollectionModel(const Document &document, Collection collection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_collection(collection)
    , m_columns(columnsFor(collection))
{
    const auto counts = usage();
    for (int i = 0; i < collectionSize(); ++i)
        m_rows.push_back(makeRow(i, counts));
    connect(&document, &Document::itemInserted, this, [this](Collection c, int index) {
        if (c != m_collection || index < 0 || index > int(m_rows.size()) ||
            index >= collectionSize())
            return;
        beginInsertRows({}, index, index);
        m_rows.insert(m_rows.begin() + index, makeRow(index, usage()));
        endInsertRows();
    });
    connect(&document, &Document::itemRemoved, this, [this](Collection c, int index) {
        if (c != m_collection || index < 0 || index >= int(m_rows.size()))
            return;
        beginRemoveRows({}, index, index);
        m_rows.erase(m_rows.begin() + index);
        endRemoveRows();
    });
    connect(&document, &Document::itemChanged, this, [this](Collection c, int index) {
        if (c != m_collection || index < 0 || index >= int(m_rows.size()) ||
            index >= collectionSize())
            return;
        m_rows[std::size_t(index)] = makeRow(index, usage());
        emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
    });
    connect(&document, &Document::contentChanged, this, &CollectionModel::refreshAll);
    connect(&document, &Document::dataLanguageChanged, this, [this] {
        const auto counts = usage();
        for (int i = 0; i < int(m_rows.size()) && i < collectionSize(); ++i)
            m_rows[std::size_t(i)] = makeRow(i, counts);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
    connect(&document, &Document::datasetReset, this, [this] {
        beginResetModel();
        m_rows.clear();
        const auto counts = usage();
        for (int i = 0; i < collectionSize(); ++i)
            m_rows.push_back(makeRow(i, counts));
        endResetModel();
    });
}

CollectionModel::~CollectionModel() = default;

std::vector<CollectionModel::Column> CollectionModel::columnsFor(Collection collection)
{
    switch (collection) {
    case Collection::Actors:
        return {Column::Name,   Column::ShortName,   Column::Color,
                Column::Events, Column::Translation, Column::Id};
    case Collection::Themes:
        return {Column::Name, Column::Definition, Column::Events, Column::Translation, Column::Id};
    case Collection::Eras:
        return {Column::Name, Column::Date,        Column::Group,
                Column::Lane, Column::Translation, Column::Id};
    case Collection::Metrics:
        return {Column::Name, Column::Unit, Column::Values, Column::Translation, Column::Id};
    default:
        return {Column::Id};
    }
}

int CollectionModel::collectionSize() const
{
    const Dataset &d = m_document.dataset();
    switch (m_collection) {
    case Collection::Sources:
        return int(d.sources.size());
    case Collection::Actors:
        return int(d.actors.size());
    case Collection::Themes:
        return int(d.themes.size());
    case Collection::Eras:
        return int(d.eras.size());
    case Collection::Events:
        return int(d.events.size());
    case Collection::Relations:
        return int(d.relations.size());
    case Collection::Metrics:
        return int(d.metrics.size());
    case Collection::Tours:
        return int(d.tours.size());
    }
    return 0;
}

QHash<QString, int> CollectionModel::usage() const
{
    QHash<QString, int> counts;
    if (m_collection != Collection::Actors && m_collection != Collection::Themes)
        return counts;
    for (const Event &event : m_document.dataset().events) {
        const QStringList &ids = m_collection == Collection::Actors ? event.actors : event.themes;
        for (const QString &used : ids)
            ++counts[used];
    }
    return counts;
}

CollectionModel::Row CollectionModel::makeRow(int index, const QHash<QString, int> &usage) const
{
    const Dataset &d = m_document.dataset();
    const DisplayText &shown = m_document.text();
    const auto at = std::size_t(index);
    Row row;
    auto set = [&](Column column, const QString &text) {
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (m_columns[c] == column)
                row.texts[qsizetype(c)] = text;
        }
    };
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        row.texts << QString();
    switch (m_collection) {
    case Collection::Actors: {
        const Actor &a = d.actors[at];
        row.id = a.id;
        row.color = a.color;
        set(Column::Name, shown.name(a));
        set(Column::ShortName, shown.shortName(a));
        set(Column::Color, a.color.isValid() ? a.color.name(QColor::HexRgb) : QString());
        break;
    }
    case Collection::Themes: {
        const Theme &t = d.themes[at];
        row.id = t.id;
        set(Column::Name, shown.name(t));
        set(Column::Definition, shown.definition(t));
        break;
    }
    case Collection::Eras: {
        const Era &e = d.eras[at];
        row.id = e.id;
        row.color = e.color;
        set(Column::Name, shown.name(e));
        set(Column::Date, e.parsed.isValid() ? e.parsed.toDisplayString(QLocale()) : e.date);
        set(Column::Group, shown.group(e));
        set(Column::Lane, e.actor.isEmpty() ? QString() : lookupName(d.actors, e.actor, shown));
        break;
    }
    case Collection::Metrics: {
        const Metric &m = d.metrics[at];
        row.id = m.id;
        set(Column::Name, shown.name(m));
        set(Column::Unit, shown.unit(m));
        set(Column::Values, QLocale().toString(qlonglong(m.points.size())));
        break;
    }
    default:
        break;
    }
    set(Column::Id, row.id);
    // Which objects still lack the data language's text: empty while the original is shown.
    if (const QString &language = shown.language(); !language.isEmpty()) {
        const Translations *t = nullptr;
        switch (m_collection) {
        case Collection::Actors:
            t = &d.actors[at].translations;
            break;
        case Collection::Themes:
            t = &d.themes[at].translations;
            break;
        case Collection::Eras:
            t = &d.eras[at].translations;
            break;
        case Collection::Metrics:
            t = &d.metrics[at].translations;
            break;
        default:
            break;
        }
        if (t)
            set(Column::Translation, t->has(language, u"name") ? tr("yes") : tr("missing"));
    }
    set(Column::Events, QLocale().toString(usage.value(row.id)));
    return row;
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Column column = m_columns[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.texts.value(index.column());
    case Qt::DecorationRole:
        if ((column == Column::Color && m_collection == Collection::Actors) ||
            (column == Column::Name && m_collection == Collection::Eras))
            return row.color.isValid() ? QVariant(row.color) : QVariant();
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Events || column == Column::Values)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case DatasetIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant CollectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns[std::size_t(section)]) {
    case Column::Name:
        return tr("Name");
    case Column::ShortName:
        return tr("Short name");
    case Column::Color:
        return tr("Colour");
    case Column::Definition:
        return tr("Definition");
    case Column::Date:
        return tr("Date");
    case Column::Group:
        return tr("Group");
    case Column::Lane:
        return tr("Lane");
    case Column::Unit:
        return tr("Unit");
    case Column::Values:
        return tr("Values");
    case Column::Id:
        return tr("Id");
    case Column::Events:
        return tr("Events");
    case Column::Translation:
        return m_document.text().language().isEmpty()
                   ? tr("Translation")
                   : tr("Translation (%1)").arg(m_document.text().language());
    }
    return {};
}

Qt::ItemFlags CollectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void CollectionModel::refreshAll()
{
    // Only while the copy and the collection agree in size: inside an edit that has not yet
    // been reported row by row, the next itemInserted/itemRemoved brings them together.
    if (m_rows.empty() || int(m_rows.size()) != collectionSize())
        return;
    const auto counts = usage();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rows[std::size_t(i)] = makeRow(i, counts);
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

// ---- MetricPointModel

MetricPointModel::MetricPointModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // A metric's values change as a whole (replaceMetric): the model resets. Metrics inserted or
    // removed before ours move its index.
    connect(&document, &Document::itemChanged, this, [this](Collection c, int index) {
        if (c == Collection::Metrics && index == m_metric)
            setMetric(m_metric);
    });
    connect(&document, &Document::itemInserted, this, [this](Collection c, int index) {
        if (c == Collection::Metrics && m_metric >= 0 && index <= m_metric)
            ++m_metric;
    });
    connect(&document, &Document::itemRemoved, this, [this](Collection c, int index) {
        if (c != Collection::Metrics || m_metric < 0)
            return;
        if (index == m_metric)
            setMetric(-1);
        else if (index < m_metric)
            --m_metric;
    });
    connect(&document, &Document::contentChanged, this, [this] {
        // Event titles and source references shown in the rows.
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
    connect(&document, &Document::datasetReset, this, [this] { setMetric(-1); });
}

void MetricPointModel::setMetric(int metricIndex)
{
    beginResetModel();
    const auto &metrics = m_document.dataset().metrics;
    m_metric = metricIndex >= 0 && metricIndex < int(metrics.size()) ? metricIndex : -1;
    m_rows = pointCount();
    endResetModel();
}

int MetricPointModel::pointCount() const
{
    const auto &metrics = m_document.dataset().metrics;
    if (m_metric < 0 || m_metric >= int(metrics.size()))
        return 0;
    return int(metrics[std::size_t(m_metric)].points.size());
}

int MetricPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MetricPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricPointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= pointCount())
        return {};
    const Dataset &d = m_document.dataset();
    const MetricPoint &point = d.metrics[std::size_t(m_metric)].points[std::size_t(index.row())];
    if (role == DatasetIndexRole)
        return index.row();
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return point.parsed.isValid() ? point.parsed.toDisplayString(QLocale()) : point.date;
    case ValueColumn:
        return QLocale().toString(point.value, 'g', 15);
    case LabelColumn:
        return point.label;
    case EventColumn: {
        if (point.event.isEmpty())
            return QString();
        const int e = m_document.eventIndexById(point.event);
        return e >= 0 ? m_document.text().title(d.events[std::size_t(e)]) : point.event;
    }
    case SourceColumn: {
        if (point.source.isEmpty())
            return QString();
        const int s = d.indexOfSource(point.source);
        return s >= 0 ? d.sources[std::size_t(s)].shortReference() : point.source;
    }
    default:
        return {};
    }
}

QVariant MetricPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Value");
    case LabelColumn:
        return tr("Label");
    case EventColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

Qt::ItemFlags MetricPointModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace Anchorline::Model
