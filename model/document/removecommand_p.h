#pragma once

// An undo command of the Document (private to it: see documenteditaccess_p.h).

#include "document/documenteditaccess_p.h"

#include <QUndoCommand>
#include <memory>

namespace Anchorline::Model {

template<typename T> class RemoveCommand final : public QUndoCommand
{
public:
    RemoveCommand(Document &document, int index, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_document(document)
        , m_index(index)
    {
        setText(QObject::tr("Delete %1").arg(collectionNoun(CollectionOf<T>::value)));
    }
    void redo() override
    {
        m_held = std::make_unique<T>(DocumentEditAccess::take<T>(m_document, m_index));
    }
    void undo() override
    {
        DocumentEditAccess::insert<T>(m_document, m_index, std::move(*m_held));
        m_held.reset();
    }

private:
    Document &m_document;
    int m_index;
    std::unique_ptr<T> m_held;
};

} // namespace Anchorline::Model
