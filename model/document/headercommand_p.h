#pragma once

// An undo command of the Document (private to it: see documenteditaccess_p.h).

#include "document/documenteditaccess_p.h"

#include <QUndoCommand>

namespace Anchorline::Model {

// Replaces the dataset's own keys (title, description, language, default window, translations,
// unknown keys) and its merge conflicts at once: resolving a conflict changes both.
class HeaderCommand final : public QUndoCommand
{
public:
    HeaderCommand(Document &document, DocumentEditAccess::Header header, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_document(document)
        , m_header(std::move(header))
    {}
    void redo() override
    {
        m_header = DocumentEditAccess::swapHeader(m_document, std::move(m_header));
    }
    void undo() override
    {
        m_header = DocumentEditAccess::swapHeader(m_document, std::move(m_header));
    }

private:
    Document &m_document;
    DocumentEditAccess::Header m_header;
};

} // namespace Anchorline::Model
