#pragma once

// An undo command of the Document (private to it: see documenteditaccess_p.h).

#include "document/documenteditaccess_p.h"

#include <QString>
#include <QUndoCommand>

namespace Anchorline::Model {

class TitleCommand final : public QUndoCommand
{
public:
    TitleCommand(Document &document, QString title)
        : QUndoCommand(QObject::tr("Edit dataset title"))
        , m_document(document)
        , m_title(std::move(title))
    {}
    void redo() override
    {
        m_title = DocumentEditAccess::swapTitle(m_document, std::move(m_title));
    }
    void undo() override
    {
        m_title = DocumentEditAccess::swapTitle(m_document, std::move(m_title));
    }
    int id() const override { return 999; }
    bool mergeWith(const QUndoCommand *other) override
    {
        return dynamic_cast<const TitleCommand *>(other);
    }

private:
    Document &m_document;
    QString m_title;
};

} // namespace Anchorline::Model
