#pragma once

// An undo command of the Document (private to it: see documenteditaccess_p.h).

#include "document/documenteditaccess_p.h"

#include <QUndoCommand>

namespace Anchorline::Model {

// Replaces one object. Consecutive replacements of the same object with the same merge key
// (e.g. typing into one field) merge into one undo step.
template<typename T> class ReplaceCommand final : public QUndoCommand
{
public:
    ReplaceCommand(Document &document, int index, T value, const QString &text, int mergeKey = -1,
                   QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_index(index)
        , m_value(std::move(value))
        , m_mergeKey(mergeKey)
    {}
    // Swapping both ways: after redo m_value holds the old object, after undo the new one.
    void redo() override
    {
        m_value = DocumentEditAccess::swap<T>(m_document, m_index, std::move(m_value));
    }
    void undo() override
    {
        m_value = DocumentEditAccess::swap<T>(m_document, m_index, std::move(m_value));
    }
    int id() const override
    {
        return m_mergeKey < 0 ? -1 : 1000 + int(CollectionOf<T>::value) * 100 + m_mergeKey;
    }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ReplaceCommand *>(other);
        // Keeping our m_value (the original object) is all a merge needs: the document already
        // holds the newest value.
        return next && next->m_index == m_index && next->m_mergeKey == m_mergeKey;
    }

private:
    Document &m_document;
    int m_index;
    T m_value;
    int m_mergeKey;
};

} // namespace Anchorline::Model
