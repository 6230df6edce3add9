#include "index/sharedeventindex.h"

#include "document/document.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace Anchorline::Model {

SharedEventIndex::SharedEventIndex(const Document &document, Visibility visibility, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_visibility(std::move(visibility))
    , m_index(std::make_shared<EventIndex>())
{
    // Structural changes make the index stale; the rebuild waits for the event loop so that a
    // burst of changes (an undo macro, a paste) costs one build.
    if (QAbstractItemModel *events = m_document.eventModel()) {
        connect(events, &QAbstractItemModel::modelAboutToBeReset, this,
                &SharedEventIndex::invalidate);
        connect(events, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &SharedEventIndex::invalidate);
        connect(events, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &SharedEventIndex::invalidate);
        connect(events, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &SharedEventIndex::invalidate);
        connect(events, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &SharedEventIndex::invalidate);
        connect(events, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (!topLeft.isValid() || !bottomRight.isValid())
                        invalidate();
                    else
                        onEventsChanged(topLeft.row(), bottomRight.row());
                });
    }
    // Lanes are the actors, in dataset order.
    auto onItem = [this](Collection collection, int) {
        if (collection == Collection::Actors)
            invalidate();
    };
    connect(&m_document, &Document::itemInserted, this, onItem);
    connect(&m_document, &Document::itemRemoved, this, onItem);
    connect(&m_document, &Document::itemChanged, this, onItem);
    // A new dataset: build at once, while the loader's result is still on offer (Document only
    // hands out preparations while setDataset() emits its signals).
    connect(&m_document, &Document::datasetReset, this, [this] {
        invalidate();
        rebuild();
    });
    m_document.addPreparer<EventIndex>(this, [] {
        return [](const Dataset &dataset) {
            auto index = std::make_shared<EventIndex>();
            index->build(dataset);
            return index;
        };
    });
    rebuild();
}

SharedEventIndex::~SharedEventIndex() = default;

const EventIndex &SharedEventIndex::current()
{
    if (m_stale)
        rebuild();
    return *m_index;
}

std::shared_ptr<const EventIndex> SharedEventIndex::snapshot()
{
    current();
    return m_index;
}

void SharedEventIndex::invalidate()
{
    const bool wasStale = m_stale;
    m_stale = true;
    if (!wasStale)
        emit invalidated();
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildQueued = false;
        if (m_stale)
            rebuild();
    });
}

void SharedEventIndex::rebuild()
{
    m_stale = false;
    const Dataset &data = m_document.dataset();
    // A snapshot may still hold the old object: build into a new one rather than under it.
    std::shared_ptr<EventIndex> prepared = m_document.prepared<EventIndex>(this);
    if (prepared && prepared->eventCount() == int(data.events.size())) {
        m_index = std::move(prepared);
    } else {
        if (m_index.use_count() > 1)
            m_index = std::make_shared<EventIndex>();
        m_index->build(data);
    }
    ++m_builds;
    // A build shows every event: with no filter set there is nothing to hide, and a pass over a
    // million events is spared while a loaded file is handed over.
    if (m_visibility.filtering())
        m_index->refilter(m_visibility.accepts);
    emit rebuilt();
}

EventIndex &SharedEventIndex::writable(bool *copied)
{
    *copied = m_index.use_count() > 1;
    if (*copied)
        m_index = m_index->clone();
    return *m_index;
}

void SharedEventIndex::onEventsChanged(int first, int last)
{
    if (m_stale)
        return; // the queued rebuild reads the change
    // One by one, an edit costs memory moves; past a few dozen rows a build is cheaper.
    constexpr int MaxRowsOneByOne = 64;
    if (last - first >= MaxRowsOneByOne) {
        invalidate();
        return;
    }
    bool copied = false;
    EventIndex &index = writable(&copied);
    const Dataset &data = m_document.dataset();
    for (int event = first; event <= last; ++event) {
        if (!index.update(data, event, m_visibility.accepts(event))) {
            invalidate(); // the lanes or the date range changed: rebuild
            return;
        }
    }
    if (copied)
        emit rebuilt();
    emit eventsUpdated();
}

void SharedEventIndex::refilter()
{
    if (m_stale)
        return; // the queued rebuild filters too
    bool copied = false;
    writable(&copied).refilter(m_visibility.accepts);
    if (copied)
        emit rebuilt();
    emit refiltered();
}

} // namespace Anchorline::Model
