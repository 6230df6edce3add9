#include "document/document.h"

#include "document/headercommand_p.h"
#include "document/insertcommand_p.h"
#include "document/removecommand_p.h"
#include "document/replacecommand_p.h"
#include "document/tablemodels.h"
#include "document/titlecommand_p.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "merge/datasetjson.h"

#include <QFileInfo>
#include <QItemSelectionModel>
#include <QSet>
#include <QUndoStack>
#include <algorithm>

namespace Anchorline::Model {

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
    addPreparer<EventIdIndex>(this, [] {
        return
            [](const Dataset &dataset) { return std::make_shared<EventIdIndex>(dataset.events); };
    });
}

Document::~Document()
{
    // The selection model refers to the event model: it goes first.
    m_selection.reset();
}

void Document::registerPreparer(const QObject *owner, Preparer makeJob) const
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
    for (const auto &[owner, preparer] : m_preparers)
        preparer(preparations, owner);
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
    const bool languageChanged = updateDataLanguage();
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
    if (languageChanged)
        emit dataLanguageChanged();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    if (previous != -1)
        emit currentEventChanged(-1);
    emit modifiedChanged(false);
    m_prepared = {};
}

bool Document::updateDataLanguage()
{
    const QString language =
        effectiveDataLanguage(m_dataset, m_dataLanguageChoice, m_interfaceLanguage);
    if (language == m_text.language())
        return false;
    m_text = DisplayText(language);
    return true;
}

void Document::setDataLanguage(const QString &choice, const QString &interfaceLanguage)
{
    m_dataLanguageChoice = choice.isEmpty() ? QStringLiteral("auto") : choice;
    m_interfaceLanguage = interfaceLanguage;
    if (!updateDataLanguage())
        return;
    m_events->allRowsChanged();
    emit dataLanguageChanged();
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
        return m_text.title(m_dataset);
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
    if (const auto prepared = this->prepared<EventIdIndex>(this))
        m_eventIndex = std::move(*prepared);
    else
        m_eventIndex = EventIdIndex(m_dataset.events);
}

int Document::eventIndexById(const QString &id) const
{
    return m_eventIndex.find(m_dataset.events, id);
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

// Editing the Document: every change is an undo command that swaps, inserts or takes one object,
// and the Document turns it into exact model signals (docs/architecture.md §4, after Tiled's
// ChangeValue).

namespace {

// How many of `evidence` quote the source `id`.
int quotes(const std::vector<Anchor> &evidence, const QString &id)
{
    return int(std::count_if(evidence.begin(), evidence.end(),
                             [&](const Anchor &a) { return a.source == id; }));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

template<typename T>
bool idIsFree(const std::vector<T> &items, const QString &id, int except, QString *error)
{
    if (id.trimmed().isEmpty())
        return fail(error, QObject::tr("the id must not be empty"));
    for (int i = 0; i < int(items.size()); ++i) {
        if (i != except && items[std::size_t(i)].id == id)
            return fail(error, QObject::tr("the id \"%1\" is already used").arg(id));
    }
    return true;
}

// Every passage quotes a source of the dataset.
bool checkEvidence(const Dataset &d, const std::vector<Anchor> &evidence, QString *error)
{
    for (const Anchor &anchor : evidence) {
        if (d.indexOfSource(anchor.source) < 0)
            return fail(error, QObject::tr("unknown source \"%1\"").arg(anchor.source));
    }
    return true;
}

// Checks what validateDataset() would check for one object, against the rest of the dataset.
bool checkEvent(const Dataset &d, Event &event, QString *error)
{
    if (event.title.trimmed().isEmpty())
        return fail(error, QObject::tr("an event needs a title"));
    if (event.kind.trimmed().isEmpty())
        return fail(error, QObject::tr("an event needs a kind"));
    const auto parsed = PartialDate::parse(event.date);
    if (!parsed.ok())
        return fail(error, parsed.error);
    event.parsed = parsed.date;
    for (const QString &actor : event.actors) {
        if (d.indexOfActor(actor) < 0)
            return fail(error, QObject::tr("unknown actor \"%1\"").arg(actor));
    }
    for (const QString &theme : event.themes) {
        if (d.indexOfTheme(theme) < 0)
            return fail(error, QObject::tr("unknown theme \"%1\"").arg(theme));
    }
    if (!checkEvidence(d, event.evidence, error))
        return false;
    for (DateClaim &claim : event.dateClaims) {
        const auto claimDate = PartialDate::parse(claim.date);
        if (!claimDate.ok())
            return fail(error, claimDate.error);
        claim.parsed = claimDate.date;
    }
    return true;
}

bool checkRelation(const Dataset &d, const Relation &relation, QString *error)
{
    if (d.indexOfEvent(relation.from) < 0)
        return fail(error, QObject::tr("unknown event \"%1\"").arg(relation.from));
    if (d.indexOfEvent(relation.to) < 0)
        return fail(error, QObject::tr("unknown event \"%1\"").arg(relation.to));
    if (relation.from == relation.to)
        return fail(error, QObject::tr("a relation cannot join an event to itself"));
    return checkEvidence(d, relation.evidence, error);
}

bool checkDated(PartialDate &parsed, const QString &text, QString *error)
{
    if (text.isEmpty()) {
        parsed = {};
        return true;
    }
    const auto result = PartialDate::parse(text);
    if (!result.ok())
        return fail(error, result.error);
    parsed = result.date;
    return true;
}

bool check(const Dataset &d, Event &item, QString *error)
{
    return checkEvent(d, item, error);
}
bool check(const Dataset &d, Relation &item, QString *error)
{
    return checkRelation(d, item, error);
}
bool check(const Dataset &, Source &item, QString *error)
{
    if (item.title.trimmed().isEmpty())
        return fail(error, QObject::tr("a source needs a title"));
    return checkDated(item.issuedDate, item.issued, error);
}
bool check(const Dataset &, Actor &item, QString *error)
{
    if (item.name.trimmed().isEmpty())
        return fail(error, QObject::tr("an actor needs a name"));
    if (!item.color.isValid())
        return fail(error, QObject::tr("an actor needs a colour"));
    return true;
}
bool check(const Dataset &, Theme &item, QString *error)
{
    return !item.name.trimmed().isEmpty() || fail(error, QObject::tr("a theme needs a name"));
}
bool check(const Dataset &d, Era &item, QString *error)
{
    if (item.name.trimmed().isEmpty())
        return fail(error, QObject::tr("an era needs a name"));
    if (!item.actor.isEmpty() && d.indexOfActor(item.actor) < 0)
        return fail(error, QObject::tr("unknown actor \"%1\"").arg(item.actor));
    return checkDated(item.parsed, item.date, error) &&
           (item.parsed.isValid() || fail(error, QObject::tr("an era needs a date")));
}
bool check(const Dataset &d, Metric &item, QString *error)
{
    if (item.name.trimmed().isEmpty())
        return fail(error, QObject::tr("a metric needs a name"));
    for (MetricPoint &point : item.points) {
        if (!checkDated(point.parsed, point.date, error))
            return false;
        if (!point.event.isEmpty() && d.indexOfEvent(point.event) < 0)
            return fail(error, QObject::tr("unknown event \"%1\"").arg(point.event));
    }
    return true;
}
bool check(const Dataset &d, Tour &item, QString *error)
{
    if (item.title.trimmed().isEmpty())
        return fail(error, QObject::tr("a tour needs a title"));
    for (TourStep &step : item.steps) {
        if (d.indexOfEvent(step.event) < 0)
            return fail(error, QObject::tr("unknown event \"%1\"").arg(step.event));
        if (!checkDated(step.parsedWindow, step.window, error))
            return false;
    }
    return true;
}

template<typename T>
bool pushInsert(Document &document, QUndoStack &stack, int index, T item, QString *error)
{
    const Dataset &d = DocumentEditAccess::dataset(document);
    const auto &items = CollectionOf<T>::items(const_cast<Dataset &>(d));
    if (!idIsFree(items, item.id, -1, error) || !check(d, item, error))
        return false;
    if (index < 0 || index > int(items.size()))
        index = int(items.size());
    stack.push(new InsertCommand<T>(document, index, std::move(item)));
    return true;
}

template<typename T>
bool pushReplace(Document &document, QUndoStack &stack, int index, T item, QString *error,
                 const QString &text = {}, int mergeKey = -1)
{
    const Dataset &d = DocumentEditAccess::dataset(document);
    const auto &items = CollectionOf<T>::items(const_cast<Dataset &>(d));
    if (index < 0 || index >= int(items.size()))
        return fail(error, QObject::tr("no %1 at index %2")
                               .arg(collectionNoun(CollectionOf<T>::value))
                               .arg(index));
    if (!idIsFree(items, item.id, index, error) || !check(d, item, error))
        return false;
    const QString label =
        text.isEmpty() ? QObject::tr("Edit %1").arg(collectionNoun(CollectionOf<T>::value)) : text;
    stack.push(new ReplaceCommand<T>(document, index, std::move(item), label, mergeKey));
    return true;
}

// Child commands of `parent` that turn the collection of T in the document (canonical form
// `now`) into the one of `target` (`wanted`). Two phases, so that the caller can remove what
// refers to an item before the item and insert an item before what refers to it:
// removals (from the end); then insertions (from the front) and replacements of every item
// whose canonical form differs, which also covers a new order.
template<typename T>
void addTransformation(Document &document, const Dataset &target, const DatasetJson::Json &now,
                       const DatasetJson::Json &wanted, const std::string &key, bool removals,
                       QUndoCommand *parent)
{
    using Json = DatasetJson::Json;
    const Json empty = Json::array();
    const Json &nowItems = now.contains(key) ? now.at(key) : empty;
    const Json &wantedItems = wanted.contains(key) ? wanted.at(key) : empty;
    std::vector<std::string> wantedIds;
    for (const Json &item : wantedItems)
        wantedIds.push_back(DatasetJson::idOf(item));
    auto isWanted = [&](const std::string &id) {
        return std::find(wantedIds.begin(), wantedIds.end(), id) != wantedIds.end();
    };
    if (removals) {
        for (std::size_t i = nowItems.size(); i-- > 0;) {
            if (!isWanted(DatasetJson::idOf(nowItems[i])))
                new RemoveCommand<T>(document, int(i), parent);
        }
        return;
    }
    std::vector<std::string> ids;
    std::vector<Json> items;
    for (const Json &item : nowItems) {
        if (!isWanted(DatasetJson::idOf(item)))
            continue;
        ids.push_back(DatasetJson::idOf(item));
        items.push_back(item);
    }
    const auto &targetItems = CollectionOf<T>::items(const_cast<Dataset &>(target));
    for (std::size_t j = 0; j < wantedIds.size(); ++j) {
        if (std::find(ids.begin(), ids.end(), wantedIds[j]) != ids.end())
            continue;
        new InsertCommand<T>(document, int(j), targetItems[j], parent);
        ids.insert(ids.begin() + std::ptrdiff_t(j), wantedIds[j]);
        items.insert(items.begin() + std::ptrdiff_t(j), wantedItems[j]);
    }
    for (std::size_t j = 0; j < wantedIds.size(); ++j) {
        if (items[j] != wantedItems[j])
            new ReplaceCommand<T>(document, int(j), targetItems[j], QString(), -1, parent);
    }
}

} // namespace

bool Document::resolveMergeConflict(int index, MergeSide side, QString *error)
{
    QString why;
    std::optional<Dataset> target = ConflictResolution::resolve(m_dataset, index, side, &why);
    if (!target)
        return fail(error, why);
    const DatasetJson::Json now = DatasetJson::toJson(m_dataset);
    const DatasetJson::Json wanted = DatasetJson::toJson(*target);
    auto *command = new QUndoCommand(tr("Resolve merge conflict"));
    // Whatever refers to an item goes first and comes back last.
    auto phase = [&](bool removals) {
        const auto add = [&]<typename T>(const char *key) {
            addTransformation<T>(*this, *target, now, wanted, key, removals, command);
        };
        if (removals) {
            add.operator()<Tour>("tours");
            add.operator()<Metric>("metrics");
            add.operator()<Relation>("relations");
            add.operator()<Event>("events");
            add.operator()<Era>("eras");
            add.operator()<Theme>("themes");
            add.operator()<Actor>("actors");
            add.operator()<Source>("sources");
        } else {
            add.operator()<Source>("sources");
            add.operator()<Actor>("actors");
            add.operator()<Theme>("themes");
            add.operator()<Era>("eras");
            add.operator()<Event>("events");
            add.operator()<Relation>("relations");
            add.operator()<Metric>("metrics");
            add.operator()<Tour>("tours");
        }
    };
    phase(true);
    phase(false);
    new HeaderCommand(*this,
                      {target->title, target->description, target->language, target->defaultWindow,
                       target->extra, target->translations, target->conflicts},
                      command);
    m_undoStack->push(command);
    return true;
}

void DatasetTableModel::allRowsChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool Document::setEventField(int eventIndex, EventField field, const QVariant &value,
                             QString *error)
{
    if (eventIndex < 0 || eventIndex >= int(m_dataset.events.size()))
        return fail(error, tr("no event at index %1").arg(eventIndex));
    Event event = m_dataset.events[std::size_t(eventIndex)];
    QString text;
    switch (field) {
    case EventField::Title:
        event.title = value.toString();
        text = tr("Edit title");
        break;
    case EventField::Date:
        event.date = value.toString().trimmed();
        text = tr("Edit date");
        break;
    case EventField::Kind:
        event.kind = value.toString().trimmed();
        text = tr("Edit kind");
        break;
    case EventField::Actors:
        event.actors = value.toStringList();
        text = tr("Edit actors");
        break;
    case EventField::Themes:
        event.themes = value.toStringList();
        text = tr("Edit themes");
        break;
    case EventField::Summary:
        event.summary = value.toString();
        text = tr("Edit summary");
        break;
    case EventField::Note:
        event.note = value.toString();
        text = tr("Edit note");
        break;
    }
    return pushReplace(*this, *m_undoStack, eventIndex, std::move(event), error, text, int(field));
}

bool Document::setDatasetTitle(const QString &title, QString *error)
{
    if (title.trimmed().isEmpty())
        return fail(error, tr("the dataset needs a title"));
    m_undoStack->push(new TitleCommand(*this, title));
    return true;
}

bool Document::insertEvent(int index, Event event, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(event), error);
}
bool Document::insertRelation(int index, Relation relation, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(relation), error);
}
bool Document::insertSource(int index, Source source, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(source), error);
}
bool Document::insertActor(int index, Actor actor, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(actor), error);
}
bool Document::insertTheme(int index, Theme theme, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(theme), error);
}
bool Document::insertEra(int index, Era era, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(era), error);
}
bool Document::insertMetric(int index, Metric metric, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(metric), error);
}
bool Document::insertTour(int index, Tour tour, QString *error)
{
    return pushInsert(*this, *m_undoStack, index, std::move(tour), error);
}
bool Document::replaceEvent(int index, Event event, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(event), error);
}
bool Document::replaceRelation(int index, Relation relation, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(relation), error);
}
bool Document::replaceSource(int index, Source source, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(source), error);
}
bool Document::replaceActor(int index, Actor actor, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(actor), error);
}
bool Document::replaceTheme(int index, Theme theme, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(theme), error);
}
bool Document::replaceEra(int index, Era era, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(era), error);
}
bool Document::replaceMetric(int index, Metric metric, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(metric), error);
}
bool Document::replaceTour(int index, Tour tour, QString *error)
{
    return pushReplace(*this, *m_undoStack, index, std::move(tour), error);
}

bool Document::removeItem(Collection collection, int index, QString *error)
{
    const Dataset &d = m_dataset;
    auto inRange = [&](std::size_t size) {
        return index >= 0 && index < int(size)
                   ? true
                   : fail(error,
                          tr("no %1 at index %2").arg(collectionNoun(collection)).arg(index));
    };
    auto usedBy = [&](auto &&uses, const QString &what) -> bool {
        for (const Event &event : d.events) {
            if (uses(event))
                return fail(error, tr("%1 is still used by event \"%2\"").arg(what, event.id));
        }
        return true;
    };
    switch (collection) {
    case Collection::Events: {
        if (!inRange(d.events.size()))
            return false;
        const QString id = d.events[std::size_t(index)].id;
        m_undoStack->beginMacro(tr("Delete event \"%1\"").arg(d.events[std::size_t(index)].title));
        // What refers to the event goes in the same undo step, highest index first.
        for (int r = int(d.relations.size()) - 1; r >= 0; --r) {
            if (d.relations[std::size_t(r)].from == id || d.relations[std::size_t(r)].to == id)
                m_undoStack->push(new RemoveCommand<Relation>(*this, r));
        }
        for (int t = 0; t < int(d.tours.size()); ++t) {
            Tour tour = d.tours[std::size_t(t)];
            const auto before = tour.steps.size();
            std::erase_if(tour.steps, [&](const TourStep &step) { return step.event == id; });
            if (tour.steps.size() != before)
                m_undoStack->push(
                    new ReplaceCommand<Tour>(*this, t, std::move(tour), tr("Edit tour")));
        }
        for (int m = 0; m < int(d.metrics.size()); ++m) {
            Metric metric = d.metrics[std::size_t(m)];
            bool touched = false;
            for (MetricPoint &point : metric.points) {
                if (point.event == id) {
                    point.event.clear();
                    touched = true;
                }
            }
            if (touched)
                m_undoStack->push(
                    new ReplaceCommand<Metric>(*this, m, std::move(metric), tr("Edit metric")));
        }
        m_undoStack->push(new RemoveCommand<Event>(*this, index));
        m_undoStack->endMacro();
        return true;
    }
    case Collection::Relations:
        if (!inRange(d.relations.size()))
            return false;
        m_undoStack->push(new RemoveCommand<Relation>(*this, index));
        return true;
    case Collection::Sources: {
        if (!inRange(d.sources.size()))
            return false;
        const QString id = d.sources[std::size_t(index)].id;
        if (!usedBy(
                [&](const Event &e) {
                    return std::any_of(e.evidence.begin(), e.evidence.end(),
                                       [&](const Anchor &a) { return a.source == id; });
                },
                tr("source \"%1\"").arg(id)))
            return false;
        // Beyond the events' own evidence: date claims, relations and metric values.
        if (!usedBy(
                [&](const Event &e) {
                    return std::any_of(e.dateClaims.begin(), e.dateClaims.end(),
                                       [&](const DateClaim &c) {
                                           return c.source == id || quotes(c.evidence, id) > 0;
                                       });
                },
                tr("source \"%1\"").arg(id)))
            return false;
        for (const Relation &relation : d.relations) {
            if (quotes(relation.evidence, id) > 0)
                return fail(
                    error,
                    tr("source \"%1\" is still quoted by relation \"%2\"").arg(id, relation.id));
        }
        for (const Metric &metric : d.metrics) {
            for (const MetricPoint &point : metric.points) {
                if (point.source == id || quotes(point.evidence, id) > 0)
                    return fail(
                        error,
                        tr("source \"%1\" is still used by metric \"%2\"").arg(id, metric.id));
            }
        }
        m_undoStack->push(new RemoveCommand<Source>(*this, index));
        return true;
    }
    case Collection::Actors: {
        if (!inRange(d.actors.size()))
            return false;
        const QString id = d.actors[std::size_t(index)].id;
        if (!usedBy([&](const Event &e) { return e.actors.contains(id); },
                    tr("actor \"%1\"").arg(id)))
            return false;
        for (const Era &era : d.eras) {
            if (era.actor == id)
                return fail(error, tr("actor \"%1\" is still used by era \"%2\"").arg(id, era.id));
        }
        m_undoStack->push(new RemoveCommand<Actor>(*this, index));
        return true;
    }
    case Collection::Themes: {
        if (!inRange(d.themes.size()))
            return false;
        const QString id = d.themes[std::size_t(index)].id;
        if (!usedBy([&](const Event &e) { return e.themes.contains(id); },
                    tr("theme \"%1\"").arg(id)))
            return false;
        m_undoStack->push(new RemoveCommand<Theme>(*this, index));
        return true;
    }
    case Collection::Eras:
        if (!inRange(d.eras.size()))
            return false;
        m_undoStack->push(new RemoveCommand<Era>(*this, index));
        return true;
    case Collection::Metrics:
        if (!inRange(d.metrics.size()))
            return false;
        m_undoStack->push(new RemoveCommand<Metric>(*this, index));
        return true;
    case Collection::Tours:
        if (!inRange(d.tours.size()))
            return false;
        m_undoStack->push(new RemoveCommand<Tour>(*this, index));
        return true;
    }
    return false;
}

ItemReferences Document::references(Collection collection, int index) const
{
    constexpr int MaxTitles = 5;
    const Dataset &d = m_dataset;
    ItemReferences refs;
    auto noteEvent = [&refs](const Event &event) {
        ++refs.events;
        if (refs.eventTitles.size() < MaxTitles)
            refs.eventTitles << event.title;
    };
    switch (collection) {
    case Collection::Actors: {
        if (index < 0 || index >= int(d.actors.size()))
            break;
        const QString &id = d.actors[std::size_t(index)].id;
        for (const Event &event : d.events) {
            if (!event.actors.contains(id))
                continue;
            noteEvent(event);
            if (event.actors.count(id) == event.actors.size())
                ++refs.eventsLeftWithoutActor;
        }
        refs.eras = int(std::count_if(d.eras.begin(), d.eras.end(),
                                      [&](const Era &era) { return era.actor == id; }));
        break;
    }
    case Collection::Themes: {
        if (index < 0 || index >= int(d.themes.size()))
            break;
        const QString &id = d.themes[std::size_t(index)].id;
        for (const Event &event : d.events) {
            if (event.themes.contains(id))
                noteEvent(event);
        }
        break;
    }
    case Collection::Sources: {
        if (index < 0 || index >= int(d.sources.size()))
            break;
        const QString &id = d.sources[std::size_t(index)].id;
        for (const Event &event : d.events) {
            int n = quotes(event.evidence, id);
            bool cites = n > 0;
            for (const DateClaim &claim : event.dateClaims) {
                const int inClaim = quotes(claim.evidence, id);
                n += inClaim;
                if (claim.source == id)
                    ++refs.dateClaims;
                cites = cites || inClaim > 0 || claim.source == id;
            }
            refs.anchors += n;
            if (cites)
                noteEvent(event);
        }
        for (const Relation &relation : d.relations) {
            if (const int n = quotes(relation.evidence, id); n > 0) {
                refs.anchors += n;
                ++refs.relations;
            }
        }
        for (const Metric &metric : d.metrics) {
            for (const MetricPoint &point : metric.points) {
                refs.anchors += quotes(point.evidence, id);
                if (point.source == id)
                    ++refs.metricPoints;
            }
        }
        break;
    }
    case Collection::Events: {
        if (index < 0 || index >= int(d.events.size()))
            break;
        const QString &id = d.events[std::size_t(index)].id;
        refs.relations =
            int(std::count_if(d.relations.begin(), d.relations.end(),
                              [&](const Relation &r) { return r.from == id || r.to == id; }));
        for (const Metric &metric : d.metrics)
            refs.metricPoints +=
                int(std::count_if(metric.points.begin(), metric.points.end(),
                                  [&](const MetricPoint &p) { return p.event == id; }));
        for (const Tour &tour : d.tours)
            refs.tourSteps += int(std::count_if(tour.steps.begin(), tour.steps.end(),
                                                [&](const TourStep &s) { return s.event == id; }));
        break;
    }
    case Collection::Relations:
    case Collection::Eras:
    case Collection::Metrics:
    case Collection::Tours:
        break; // nothing refers to them
    }
    return refs;
}

bool Document::removeItemAndReferences(Collection collection, int index, QString *error)
{
    if (collection != Collection::Actors && collection != Collection::Themes &&
        collection != Collection::Sources)
        return removeItem(collection, index, error);
    const ItemReferences refs = references(collection, index);
    if (refs.isEmpty())
        return removeItem(collection, index, error); // also says when the index is out of range
    const Dataset &d = m_dataset;
    if (collection == Collection::Sources && refs.anchors > 0) {
        const QString &id = d.sources[std::size_t(index)].id;
        return fail(error, tr("source \"%1\" is still quoted by %n evidence passage(s); remove "
                              "that evidence first",
                              nullptr, refs.anchors)
                               .arg(id));
    }
    // References are changed first (each a whole-object swap, so undo restores them exactly),
    // then the item goes, all in one macro.
    switch (collection) {
    case Collection::Actors: {
        const Actor &actor = d.actors[std::size_t(index)];
        const QString id = actor.id;
        m_undoStack->beginMacro(tr("Delete actor \"%1\"").arg(actor.name));
        for (int e = 0; e < int(d.events.size()); ++e) {
            if (!d.events[std::size_t(e)].actors.contains(id))
                continue;
            Event event = d.events[std::size_t(e)];
            event.actors.removeAll(id);
            m_undoStack->push(
                new ReplaceCommand<Event>(*this, e, std::move(event), tr("Edit event")));
        }
        for (int r = 0; r < int(d.eras.size()); ++r) {
            if (d.eras[std::size_t(r)].actor != id)
                continue;
            Era era = d.eras[std::size_t(r)];
            era.actor.clear();
            m_undoStack->push(new ReplaceCommand<Era>(*this, r, std::move(era), tr("Edit era")));
        }
        m_undoStack->push(new RemoveCommand<Actor>(*this, index));
        m_undoStack->endMacro();
        return true;
    }
    case Collection::Themes: {
        const Theme &theme = d.themes[std::size_t(index)];
        const QString id = theme.id;
        m_undoStack->beginMacro(tr("Delete theme \"%1\"").arg(theme.name));
        for (int e = 0; e < int(d.events.size()); ++e) {
            if (!d.events[std::size_t(e)].themes.contains(id))
                continue;
            Event event = d.events[std::size_t(e)];
            event.themes.removeAll(id);
            m_undoStack->push(
                new ReplaceCommand<Event>(*this, e, std::move(event), tr("Edit event")));
        }
        m_undoStack->push(new RemoveCommand<Theme>(*this, index));
        m_undoStack->endMacro();
        return true;
    }
    case Collection::Sources: {
        const Source &source = d.sources[std::size_t(index)];
        const QString id = source.id;
        m_undoStack->beginMacro(tr("Delete source \"%1\"").arg(source.shortReference()));
        for (int e = 0; e < int(d.events.size()); ++e) {
            const auto &claims = d.events[std::size_t(e)].dateClaims;
            if (std::none_of(claims.begin(), claims.end(),
                             [&](const DateClaim &c) { return c.source == id; }))
                continue;
            Event event = d.events[std::size_t(e)];
            for (DateClaim &claim : event.dateClaims) {
                if (claim.source == id)
                    claim.source.clear();
            }
            m_undoStack->push(
                new ReplaceCommand<Event>(*this, e, std::move(event), tr("Edit event")));
        }
        for (int m = 0; m < int(d.metrics.size()); ++m) {
            const auto &points = d.metrics[std::size_t(m)].points;
            if (std::none_of(points.begin(), points.end(),
                             [&](const MetricPoint &p) { return p.source == id; }))
                continue;
            Metric metric = d.metrics[std::size_t(m)];
            for (MetricPoint &point : metric.points) {
                if (point.source == id)
                    point.source.clear();
            }
            m_undoStack->push(
                new ReplaceCommand<Metric>(*this, m, std::move(metric), tr("Edit metric")));
        }
        m_undoStack->push(new RemoveCommand<Source>(*this, index));
        m_undoStack->endMacro();
        return true;
    }
    default:
        return false;
    }
}

} // namespace Anchorline::Model
