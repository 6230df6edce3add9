#include "document/selectionhistory.h"

#include "document/document.h"

#include <QScopedValueRollback>

namespace Anchorline::Model {

SelectionHistory::SelectionHistory(Document &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(&document, &Document::currentEventChanged, this,
            &SelectionHistory::onCurrentEventChanged);
    connect(&document, &Document::datasetReset, this, [this] {
        m_ids.clear();
        m_position = -1;
        emit changed();
    });
}

void SelectionHistory::onCurrentEventChanged(int eventIndex)
{
    if (m_navigating || eventIndex < 0)
        return;
    const QString id = m_document.currentEventId();
    if (m_position >= 0 && m_ids.at(m_position) == id)
        return;
    // A new visit drops the forward part, as in a browser.
    m_ids.erase(m_ids.begin() + (m_position + 1), m_ids.end());
    m_ids << id;
    if (m_ids.size() > maximumEntries)
        m_ids.removeFirst();
    m_position = int(m_ids.size()) - 1;
    emit changed();
}

void SelectionHistory::back()
{
    if (canGoBack())
        go(m_position - 1);
}

void SelectionHistory::forward()
{
    if (canGoForward())
        go(m_position + 1);
}

void SelectionHistory::go(int position)
{
    QScopedValueRollback guard(m_navigating, true);
    m_position = position;
    m_document.setCurrentEventById(m_ids.at(position));
    emit changed();
}

} // namespace Anchorline::Model
