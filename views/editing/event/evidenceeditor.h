#pragma once

#include "core/dataset.h"
#include "editing/listfield.h"

#include <vector>

namespace Anchorline::Model {
class Document;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// The evidence passages of an event or a relation, edited on a copy: Add…, Edit… (Return) and
// Remove (Delete), each passage in an AnchorEditDialog opened window-modal. The dialog that holds
// it takes anchors() on its OK, as one undo step with the rest; cancelling it drops the copy.
class EvidenceEditor final : public ListField
{
    Q_OBJECT

public:
    EvidenceEditor(Model::Document &document, std::vector<Model::Anchor> anchors,
                   QWidget *parent = nullptr);

    const std::vector<Model::Anchor> &anchors() const { return m_anchors; }
    // Empty when every passage names a known source and has a quote; otherwise what to fix.
    QString error() const;

    void add();
    void edit();
    void remove();

signals:
    void changed();

private:
    void fill(int current);
    void refresh(int current); // fill() and changed()

    Model::Document &m_document;
    std::vector<Model::Anchor> m_anchors;
};

} // namespace Anchorline::Views
