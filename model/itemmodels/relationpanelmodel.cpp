#include "itemmodels/relationpanelmodel.h"

#include "core/displaynames.h"
#include "core/roles.h"
#include "document/document.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

namespace Anchorline::Model {

namespace {
QString readableAssertion(Assertion assertion)
{
    return assertionDisplayName(assertion);
}
} // namespace

RelationPanelModel::RelationPanelModel(const Document &document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(&document, &Document::currentEventChanged, this, &RelationPanelModel::rebuild);
    connect(&document, &Document::datasetReset, this, &RelationPanelModel::rebuild);
    connect(&document, &Document::dataLanguageChanged, this, &RelationPanelModel::rebuild);
    // Edits to relations or event titles (undo commands) arrive through the table models.
    for (QAbstractItemModel *model : {document.relationModel(), document.eventModel()}) {
        connect(model, &QAbstractItemModel::modelReset, this, &RelationPanelModel::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RelationPanelModel::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RelationPanelModel::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &RelationPanelModel::rebuild);
    }
    buildNodes();
}

QString RelationPanelModel::groupLabel(RelationType type, bool outgoing)
{
    return outgoing ? relationTypeForward(type) : relationTypeBackward(type);
}

void RelationPanelModel::rebuild()
{
    beginResetModel();
    buildNodes();
    endResetModel();
}

void RelationPanelModel::buildNodes()
{
    m_nodes.clear();
    m_topLevel.clear();
    const Dataset &dataset = m_document.dataset();
    const int eventCount = int(dataset.events.size());
    m_focus = m_document.currentEvent();
    if (m_focus < 0 || m_focus >= eventCount) {
        m_focus = -1;
        return;
    }
    const QString &focusId = dataset.events[std::size_t(m_focus)].id;

    // Bucket the relations: key = type * 2 + (incoming ? 1 : 0), so "supersedes" comes right
    // before "superseded by".
    struct Entry
    {
        int relation;
        int event;
    };
    std::vector<std::vector<Entry>> buckets(std::size_t(RelationTypeCount) * 2);
    for (int r = 0; r < int(dataset.relations.size()); ++r) {
        const Relation &relation = dataset.relations[std::size_t(r)];
        if (relation.from == focusId) {
            const int other = m_document.eventIndexById(relation.to);
            if (other >= 0 && other < eventCount)
                buckets[std::size_t(relation.type) * 2].push_back({r, other});
        }
        if (relation.to == focusId) {
            const int other = m_document.eventIndexById(relation.from);
            if (other >= 0 && other < eventCount)
                buckets[std::size_t(relation.type) * 2 + 1].push_back({r, other});
        }
    }
    for (std::size_t b = 0; b < buckets.size(); ++b) {
        auto &entries = buckets[b];
        if (entries.empty())
            continue;
        std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &c) {
            return dataset.events[std::size_t(a.event)].parsed <
                   dataset.events[std::size_t(c.event)].parsed;
        });
        const int group = int(m_nodes.size());
        Node groupNode;
        groupNode.kind = RowKind::Group;
        groupNode.row = int(m_topLevel.size());
        groupNode.type = static_cast<RelationType>(b / 2);
        groupNode.outgoing = b % 2 == 0;
        m_nodes.push_back(groupNode);
        m_topLevel.push_back(group);
        for (const Entry &entry : entries) {
            const int item = int(m_nodes.size());
            Node itemNode;
            itemNode.kind = RowKind::RelatedEvent;
            itemNode.parent = group;
            itemNode.row = int(m_nodes[std::size_t(group)].children.size());
            itemNode.relation = entry.relation;
            itemNode.event = entry.event;
            m_nodes.push_back(itemNode);
            m_nodes[std::size_t(group)].children.push_back(item);
            const auto &evidence = dataset.relations[std::size_t(entry.relation)].evidence;
            for (int a = 0; a < int(evidence.size()); ++a) {
                Node passage;
                passage.kind = RowKind::Evidence;
                passage.parent = item;
                passage.row = a;
                passage.relation = entry.relation;
                passage.event = entry.event;
                passage.anchor = a;
                m_nodes[std::size_t(item)].children.push_back(int(m_nodes.size()));
                m_nodes.push_back(passage);
            }
        }
    }
}

const RelationPanelModel::Node *RelationPanelModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = index.internalId();
    if (id >= m_nodes.size())
        return nullptr;
    return &m_nodes[id];
}

QModelIndex RelationPanelModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_topLevel.size()))
            return {};
        return createIndex(row, column, quintptr(m_topLevel[std::size_t(row)]));
    }
    if (parent.column() != 0)
        return {};
    const Node *node = nodeOf(parent);
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, quintptr(node->children[std::size_t(row)]));
}

QModelIndex RelationPanelModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parentNode = m_nodes[std::size_t(node->parent)];
    return createIndex(parentNode.row, 0, quintptr(node->parent));
}

int RelationPanelModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int RelationPanelModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

RelationPanelModel::RowKind RelationPanelModel::rowKind(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->kind : RowKind::Invalid;
}

int RelationPanelModel::targetEvent(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind != RowKind::Group ? node->event : -1;
}

int RelationPanelModel::relationOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->relation : -1;
}

QVariant RelationPanelModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node || index.column() >= ColumnCount)
        return {};
    switch (node->kind) {
    case RowKind::Group:
        return groupData(*node, index.column(), role);
    case RowKind::RelatedEvent:
        return eventData(*node, index.column(), role);
    case RowKind::Evidence:
        return evidenceData(*node, index.column(), role);
    case RowKind::Invalid:
        break;
    }
    return {};
}

QVariant RelationPanelModel::groupData(const Node &node, int column, int role) const
{
    const QString label = groupLabel(node.type, node.outgoing);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TextColumn)
            return QStringLiteral("%1 (%2)").arg(label).arg(node.children.size());
        return {};
    case Qt::ToolTipRole: {
        const Dataset &dataset = m_document.dataset();
        const QString title = m_document.text().title(dataset.events[std::size_t(m_focus)]);
        return node.outgoing ? tr("“%1” %2 these events").arg(title, label)
                             : tr("“%1” is %2 these events").arg(title, label);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case RelationTypeRole:
        return relationTypeName(node.type);
    default:
        return {};
    }
}

QVariant RelationPanelModel::eventData(const Node &node, int column, int role) const
{
    const Dataset &dataset = m_document.dataset();
    const Event &event = dataset.events[std::size_t(node.event)];
    const Relation &relation = dataset.relations[std::size_t(node.relation)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn:
            return m_document.text().title(event);
        case DateOrSourceColumn:
            return event.parsed.toDisplayString(QLocale());
        case AssertionColumn:
            return readableAssertion(relation.assertion);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = m_document.text().title(event) + QStringLiteral("\n") + event.date;
        if (const QString summary = m_document.text().summary(event); !summary.isEmpty())
            tip += QStringLiteral("\n\n") + summary;
        tip += QStringLiteral("\n\n") +
               tr("Asserted as: %1").arg(readableAssertion(relation.assertion));
        if (!relation.note.isEmpty())
            tip += QStringLiteral("\n") + tr("Note: %1").arg(relation.note);
        tip += QStringLiteral("\n") + tr("Press Enter or click to go to this event.");
        return tip;
    }
    case Qt::ForegroundRole:
        if (column == AssertionColumn && relation.assertion == Assertion::Fact)
            return QColor(0x60, 0x60, 0x60);
        return {};
    case Qt::FontRole:
        if (column == AssertionColumn && relation.assertion != Assertion::Fact) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return event.id;
    case DatasetIndexRole:
        return node.event;
    case DateTextRole:
        return event.date;
    case ColorRole: {
        const int actor = event.actors.isEmpty() ? -1 : dataset.indexOfActor(event.actors.front());
        return actor >= 0 ? QVariant(dataset.actors[std::size_t(actor)].color) : QVariant();
    }
    case RelationTypeRole:
        return relationTypeName(relation.type);
    case FromIdRole:
        return relation.from;
    case ToIdRole:
        return relation.to;
    case AssertionRole:
        return assertionName(relation.assertion);
    case EvidenceCountRole:
        return int(relation.evidence.size());
    default:
        return {};
    }
}

QVariant RelationPanelModel::evidenceData(const Node &node, int column, int role) const
{
    const Dataset &dataset = m_document.dataset();
    const Relation &relation = dataset.relations[std::size_t(node.relation)];
    if (node.anchor < 0 || node.anchor >= int(relation.evidence.size()))
        return {};
    const Anchor &anchor = relation.evidence[std::size_t(node.anchor)];
    const int source = dataset.indexOfSource(anchor.source);
    const QString reference =
        source >= 0 ? dataset.sources[std::size_t(source)].shortReference() : anchor.source;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn:
            return QStringLiteral("“%1”").arg(anchor.exact);
        case DateOrSourceColumn:
            return reference;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("“%1”\n— %2").arg(anchor.exact, reference);
        if (source >= 0)
            tip += QStringLiteral(", ") + dataset.sources[std::size_t(source)].title;
        return tip;
    }
    case Qt::ForegroundRole:
        return QColor(0x40, 0x40, 0x40);
    case IdRole:
        return anchor.source;
    case DatasetIndexRole:
        return source;
    default:
        return {};
    }
}

QVariant RelationPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Relation / event / passage");
    case DateOrSourceColumn:
        return tr("Date / source");
    case AssertionColumn:
        return tr("Asserted as");
    }
    return {};
}

} // namespace Anchorline::Model
