#pragma once

#include "index/eventindex.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Anchorline::Model {

class Document;

// The EventIndex of one document under one filter state, shared by everything that draws that
// state: the timeline, the presentation, the export and the handout (issue 25; architecture §6).
// It is built once per dataset change (on the loader's worker when a file is opened, through
// Document::addPreparer), moved in place when one event is edited, and refiltered when the
// filter changes: one piece of work per change, however many readers there are.
//
// Readers on the GUI thread use current() and listen to the signals. A reader on another thread
// (an export running in the background) holds a snapshot(), which never changes under it: a
// change made while a snapshot is held works on a copy (copy on write) and says so with
// rebuilt(), so that GUI readers take the new object.
class SharedEventIndex final : public QObject
{
    Q_OBJECT

public:
    // What the filter shows, asked without knowing the filter (EventFilterProxy owns the index
    // and tells it of changes through refilter(): the index room stays below the item models).
    struct Visibility
    {
        std::function<bool(int)> accepts; // event index -> shown
        std::function<bool()> filtering;  // false: every event is shown
    };

    SharedEventIndex(const Document &document, Visibility visibility, QObject *parent = nullptr);
    ~SharedEventIndex() override;
    Q_DISABLE_COPY_MOVE(SharedEventIndex)

    // Up to date with the dataset and the filter: a pending rebuild happens now.
    const EventIndex &current();
    std::shared_ptr<const EventIndex> snapshot();
    // As last built, without rebuilding: for const paths of a reader that calls current() before
    // it paints or hit-tests.
    const EventIndex &latest() const { return *m_index; }
    bool isStale() const { return m_stale; }
    // The filter changed: visibility follows (the index keeps its structure).
    void refilter();
    // Full builds so far, for tests that check "once per change".
    int buildCount() const { return m_builds; }

signals:
    // The dataset changed: a rebuild is queued, and happens at the latest on current().
    void invalidated();
    // Built anew, or replaced by a copy: lanes, ranges and the object's address may differ.
    void rebuilt();
    // Edited events moved in place (dates, actors, titles).
    void eventsUpdated();
    // Visibility follows a new filter state.
    void refiltered();

private:
    void invalidate();
    void rebuild();
    void onEventsChanged(int first, int last);
    // The index to change: a copy when a snapshot holds the current one.
    EventIndex &writable(bool *copied);

    const Document &m_document;
    Visibility m_visibility;
    std::shared_ptr<EventIndex> m_index;
    bool m_stale = true;
    bool m_rebuildQueued = false;
    int m_builds = 0;
};

} // namespace Anchorline::Model
