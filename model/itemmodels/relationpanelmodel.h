#pragma once

#include "core/dataset.h"

#include <QAbstractItemModel>
#include <vector>

namespace Anchorline::Model {

class Document;

// The current event's relations as a tree, worded for reading:
//   top level    one group per direction and type: "supersedes", "superseded by", "part of",
//                "includes", ... (outgoing before incoming, in vocabulary order)
//   children     the related events: title | date | assertion ("fact", "interpretation", ...)
//   grandchildren  the relation's evidence passages: exact quote | source short reference
// Follows Document::currentEventChanged and datasetReset (a model reset each time), and the
// Document's relation and event models, so edits show up too.
class RelationPanelModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, DateOrSourceColumn, AssertionColumn, ColumnCount };
    enum class RowKind : std::uint8_t { Invalid, Group, RelatedEvent, Evidence };

    explicit RelationPanelModel(const Document &document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RelationPanelModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The event whose relations are shown (index into Dataset::events), or -1.
    int focusEvent() const { return m_focus; }
    RowKind rowKind(const QModelIndex &index) const;
    // The event a row leads to: the related event for event rows and their evidence; -1 else.
    int targetEvent(const QModelIndex &index) const;
    // Index into Dataset::relations behind an event or evidence row; -1 for groups.
    int relationOf(const QModelIndex &index) const;
    // "supersedes", "superseded by", ...
    static QString groupLabel(RelationType type, bool outgoing);

private:
    struct Node
    {
        RowKind kind = RowKind::Invalid;
        int parent = -1; // node index, -1 for top-level
        int row = 0;     // row under its parent
        std::vector<int> children;
        RelationType type = RelationType::Cites; // groups
        bool outgoing = true;                    // groups
        int relation = -1;                       // event and evidence rows
        int event = -1;                          // the related event
        int anchor = -1;                         // evidence rows: index into relation.evidence
    };

    void rebuild();
    void buildNodes();
    const Node *nodeOf(const QModelIndex &index) const;
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant eventData(const Node &node, int column, int role) const;
    QVariant evidenceData(const Node &node, int column, int role) const;

    const Document &m_document;
    int m_focus = -1;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace Anchorline::Model
