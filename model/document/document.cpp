#include "document/document.h"

#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "itemmodels/itemmodels.h"

#include <QFileInfo>
#include <QItemSelectionModel>
#include <QUndoStack>
#include <algorithm>

namespace Anchorline::Model {

namespace {

QHash<QString, int> eventIndexOf(const Dataset &dataset)
{
    QHash<QString, int> index;
    index.reserve(qsizetype(dataset.events.size()));
    for (int i = 0; i < int(dataset.events.size()); ++i)
        index.insert(dataset.events[std::size_t(i)].id, i);
    return index;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(std::make_unique<QUndoStack>())
    , m_events(std::make_unique<EventModel>(*this))
    , m_relations(std::make_unique<RelationModel>(*this))
    , m_sources(std::make_unique<SourceModel>(*this))
    , m_selection(std::make_unique<QItemSelectionModel>(m_events.get()))
{
    connect(m_undoStack.get(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(m_selection.get(), &QItemSelectionModel::currentChanged, this,
            &Document::onSelectionCurrentChanged);
    addPreparer(this, [] {
        return Preparations::Job([](const Dataset &dataset) -> std::shared_ptr<void> {
            return std::make_shared<QHash<QString, int>>(eventIndexOf(dataset));
        });
    });
}

Document::~Document()
{
    // The selection model refers to the event model: it goes first.
    m_selection.reset();
}

void Document::addPreparer(const QObject *owner, std::function<Preparations::Job()> makeJob) const
{
    const bool known = std::any_of(m_preparers.begin(), m_preparers.end(),
                                   [owner](const auto &entry) { return entry.first == owner; });
    if (known) {
        for (auto &entry : m_preparers) {
            if (entry.first == owner)
                entry.second = std::move(makeJob);
        }
        return;
    }
    m_preparers.emplace_back(owner, std::move(makeJob));
    // The document's own preparer lives as long as the list (its destroyed() comes after it).
    if (owner == this)
        return;
    connect(owner, &QObject::destroyed, this, [this, owner] {
        std::erase_if(m_preparers, [owner](const auto &entry) { return entry.first == owner; });
    });
}

Preparations Document::preparations() const
{
    Preparations preparations;
    for (const auto &[owner, makeJob] : m_preparers)
        preparations.add(owner, makeJob());
    return preparations;
}

void Document::setDataset(Dataset dataset, const QString &filePath, Preparations prepared)
{
    m_prepared = std::move(prepared);
    m_selection->clear();
    m_events->beginChange();
    m_relations->beginChange();
    m_sources->beginChange();
    m_dataset = std::move(dataset);
    rebuildEventIndex();
    m_sources->endChange();
    m_relations->endChange();
    m_events->endChange();
    m_undoStack->clear();
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    const int previous = m_currentEvent;
    m_currentEvent = -1;
    emit datasetReset();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    if (previous != -1)
        emit currentEventChanged(-1);
    emit modifiedChanged(false);
    m_prepared = {};
}

LoadResult Document::load(const QString &filePath)
{
    LoadResult result = DatasetReader::readFile(filePath);
    if (result.ok())
        setDataset(std::move(*result.dataset), filePath);
    result.dataset.reset(); // the data now lives in the document
    return result;
}

SaveResult Document::saveAs(const QString &filePath)
{
    SaveResult result = DatasetWriter::writeFile(m_dataset, filePath);
    if (!result.ok)
        return result;
    m_undoStack->setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    return result;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

QString Document::displayTitle() const
{
    if (!m_dataset.title.isEmpty())
        return m_dataset.title;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

QAbstractItemModel *Document::eventModel() const
{
    return m_events.get();
}

QAbstractItemModel *Document::relationModel() const
{
    return m_relations.get();
}

QAbstractItemModel *Document::sourceModel() const
{
    return m_sources.get();
}

QString Document::currentEventId() const
{
    if (m_currentEvent < 0 || m_currentEvent >= int(m_dataset.events.size()))
        return {};
    return m_dataset.events[std::size_t(m_currentEvent)].id;
}

void Document::setCurrentEvent(int eventIndex)
{
    if (eventIndex < -1 || eventIndex >= int(m_dataset.events.size()))
        eventIndex = -1;
    if (eventIndex == m_currentEvent)
        return;
    if (eventIndex < 0) {
        m_selection->clear();
    } else {
        m_selection->setCurrentIndex(m_events->index(eventIndex, 0),
                                     QItemSelectionModel::ClearAndSelect |
                                         QItemSelectionModel::Rows);
    }
    // onSelectionCurrentChanged() updates m_currentEvent and emits; clear() may not emit.
    if (m_currentEvent != eventIndex) {
        m_currentEvent = eventIndex;
        emit currentEventChanged(m_currentEvent);
    }
}

bool Document::setCurrentEventById(const QString &id)
{
    const int index = eventIndexById(id);
    if (index < 0)
        return false;
    setCurrentEvent(index);
    return true;
}

void Document::rebuildEventIndex()
{
    // Right after a large file is read, the loader's worker has built it (see the constructor).
    if (const auto prepared = this->prepared<QHash<QString, int>>(this))
        m_eventIndex = std::move(*prepared);
    else
        m_eventIndex = eventIndexOf(m_dataset);
}

int Document::eventIndexById(const QString &id) const
{
    return m_eventIndex.value(id, -1);
}

void Document::onSelectionCurrentChanged()
{
    const QModelIndex current = m_selection->currentIndex();
    const int index = current.isValid() ? current.row() : -1;
    if (index == m_currentEvent)
        return;
    m_currentEvent = index;
    emit currentEventChanged(m_currentEvent);
}

} // namespace Anchorline::Model
