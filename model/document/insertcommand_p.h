#pragma once

// An undo command of the Document (private to it: see documenteditaccess_p.h).

#include "document/documenteditaccess_p.h"

#include <QUndoCommand>
#include <memory>

namespace Anchorline::Model {

template<typename T> class InsertCommand final : public QUndoCommand
{
public:
    InsertCommand(Document &document, int index, T item, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_document(document)
        , m_index(index)
        , m_held(std::make_unique<T>(std::move(item)))
    {
        setText(QObject::tr("Add %1").arg(collectionNoun(CollectionOf<T>::value)));
    }
    void redo() override
    {
        DocumentEditAccess::insert<T>(m_document, m_index, std::move(*m_held));
        m_held.reset();
    }
    void undo() override
    {
        m_held = std::make_unique<T>(DocumentEditAccess::take<T>(m_document, m_index));
    }

private:
    Document &m_document;
    int m_index;
    std::unique_ptr<T> m_held; // the object while it is out of the document
};

} // namespace Anchorline::Model
