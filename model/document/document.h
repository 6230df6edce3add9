#pragma once

#include "core/dataset.h"
#include "core/displaytext.h"
#include "core/eventidindex.h"
#include "core/preparation.h"
#include "io/datasetwriter.h"
#include "io/loadresult.h"
#include "merge/conflictresolution.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <vector>

class QAbstractItemModel;
class QItemSelectionModel;
class QUndoStack;

namespace Anchorline::Model {

class EventModel;
class RelationModel;
class SourceModel;
class DocumentEditAccess;

// The arrays of a Dataset that edits address.
enum class Collection : std::uint8_t {
    Sources,
    Actors,
    Themes,
    Eras,
    Events,
    Relations,
    Metrics,
    Tours
};

// Fields of an event that setEventField() changes; repeated edits of one field merge into one
// undo step.
enum class EventField : std::uint8_t { Title, Date, Kind, Actors, Themes, Summary, Note };

// What refers to one item of a collection (Document::references): what removing it would take
// with it, change, or leave dangling.
struct ItemReferences
{
    int events = 0;                 // events listing the actor/theme, or citing the source
    int eventsLeftWithoutActor = 0; // of those, events whose only actor it is
    int eras = 0;                   // eras in the actor's lane
    int relations = 0;              // relations joining the event, or quoting the source
    int anchors = 0;                // evidence passages quoting the source (anywhere)
    int dateClaims = 0;             // date claims given by the source
    int metricPoints = 0;           // metric values naming the event or the source
    int tourSteps = 0;              // tour steps showing the event
    QStringList eventTitles;        // titles of the first few referring events, for messages

    bool isEmpty() const
    {
        return events == 0 && eras == 0 && relations == 0 && anchors == 0 && dateClaims == 0 &&
               metricPoints == 0 && tourSteps == 0;
    }
};

// Owns the open dataset, its undo stack, the one selection every view follows, and the file
// state. Views read through the item models and never change the dataset themselves.
class Document final : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;
    Q_DISABLE_COPY_MOVE(Document)

    const Dataset &dataset() const { return m_dataset; }

    // Replaces the dataset (clears undo history and selection). `filePath` may be a resource
    // path (":/...") for the bundled dataset, which is then saved with "Save As" only.
    // `prepared`: what preparations() gave, run on this dataset by a loader (or nothing).
    void setDataset(Dataset dataset, const QString &filePath, Preparations prepared = {});
    // Loads a file; on failure returns the errors and leaves the open dataset untouched.
    LoadResult load(const QString &filePath);
    SaveResult saveAs(const QString &filePath);

    QString filePath() const { return m_filePath; }
    bool isReadOnlyLocation() const
    {
        return m_filePath.isEmpty() || m_filePath.startsWith(QLatin1Char(':'));
    }
    bool isModified() const;
    // The dataset's title, or the file name when it has none.
    QString displayTitle() const;

    QUndoStack *undoStack() const { return m_undoStack.get(); }
    QAbstractItemModel *eventModel() const;
    QAbstractItemModel *relationModel() const;
    QAbstractItemModel *sourceModel() const;
    // Selection over eventModel(); its current index is the current event.
    QItemSelectionModel *selectionModel() const { return m_selection.get(); }

    // Index into dataset().events of the current event, or -1.
    int currentEvent() const { return m_currentEvent; }
    QString currentEventId() const;
    void setCurrentEvent(int eventIndex);
    bool setCurrentEventById(const QString &id);

    int eventIndexById(const QString &id) const;

    // ---- The data language (docs/format.md, Translations): which translation the views show.
    // `choice`: "auto" (follow `interfaceLanguage` when the dataset is translated into it),
    // "original" (the dataset's own text) or a BCP 47 tag. Kept across setDataset().
    void setDataLanguage(const QString &choice, const QString &interfaceLanguage);
    const QString &dataLanguageChoice() const { return m_dataLanguageChoice; }
    // The resolver of display text for the data language in effect; every view, export and
    // the presentation read titles, names and notes through it.
    const DisplayText &text() const { return m_text; }

    // ---- Work done on the loader's worker instead of the GUI thread (see preparation.h).
    // Registers `owner`'s preparer until `owner` is destroyed. `makeJob` runs on the GUI thread
    // whenever a load starts; the job it returns runs on the worker. (The registry is not part
    // of the document's state, hence const: models hold a const Document.)
    // The job makes a T, and prepared<T>() hands it out only as a T.
    template<typename T>
    void addPreparer(const QObject *owner, std::function<Preparations::JobFor<T>()> makeJob) const
    {
        registerPreparer(owner, [makeJob = std::move(makeJob)](Preparations &to, const void *key) {
            to.add<T>(key, makeJob());
        });
    }
    // One job per registered owner, for a load that is about to start.
    Preparations preparations() const;
    // While setDataset() emits its signals: the result of `owner`'s job for the new dataset, or
    // null (nothing prepared: build it on the spot). The owner may move the result's contents.
    template<typename T> std::shared_ptr<T> prepared(const QObject *owner) const
    {
        return m_prepared.result<T>(owner);
    }
    // While setDataset() emits its signals: the SHA-256 of the bytes the new dataset was read
    // from, when the loader computed it; empty otherwise.
    QByteArray loadedContentHash() const { return m_prepared.contentHash; }

    // ---- Editing. Every call pushes one undoable command; nothing else changes the dataset.
    // Returns false with a reason (and changes nothing) when the value is not acceptable.
    bool setEventField(int eventIndex, EventField field, const QVariant &value,
                       QString *error = nullptr);
    bool setDatasetTitle(const QString &title, QString *error = nullptr);
    // Inserts at `index` (clamped; -1 appends). Ids must be unique within the collection.
    bool insertEvent(int index, Event event, QString *error = nullptr);
    bool insertRelation(int index, Relation relation, QString *error = nullptr);
    bool insertSource(int index, Source source, QString *error = nullptr);
    bool insertActor(int index, Actor actor, QString *error = nullptr);
    bool insertTheme(int index, Theme theme, QString *error = nullptr);
    bool insertEra(int index, Era era, QString *error = nullptr);
    bool insertMetric(int index, Metric metric, QString *error = nullptr);
    bool insertTour(int index, Tour tour, QString *error = nullptr);
    // Replaces the whole object (its id may change only to an unused one).
    bool replaceEvent(int index, Event event, QString *error = nullptr);
    bool replaceRelation(int index, Relation relation, QString *error = nullptr);
    bool replaceSource(int index, Source source, QString *error = nullptr);
    bool replaceActor(int index, Actor actor, QString *error = nullptr);
    bool replaceTheme(int index, Theme theme, QString *error = nullptr);
    bool replaceEra(int index, Era era, QString *error = nullptr);
    bool replaceMetric(int index, Metric metric, QString *error = nullptr);
    bool replaceTour(int index, Tour tour, QString *error = nullptr);
    // Removing an event also removes the relations and tour steps that refer to it, in the same
    // undo step. Sources, actors and themes still referred to (by events, date claims,
    // relations' evidence, metric values or eras) are not removed (error says by what).
    bool removeItem(Collection collection, int index, QString *error = nullptr);
    // What refers to the item; empty for an index out of range.
    ItemReferences references(Collection collection, int index) const;
    // Removes the item and, in the same undo step, the references to it: an actor or a theme
    // is taken off the events that list it (an actor also off its eras); a source is cleared
    // from the date claims and metric values that name it. Evidence is never deleted as a side
    // effect: a source that evidence still quotes is refused, saying how much. Events, eras,
    // metrics and tours behave as with removeItem().
    bool removeItemAndReferences(Collection collection, int index, QString *error = nullptr);

    // Settles entry `index` of dataset().conflicts on one side's value (ConflictResolution) in
    // one undo step; the last one settled removes the section. False, with the reason, when
    // that value cannot be used (e.g. it would leave a relation without its event).
    bool resolveMergeConflict(int index, MergeSide side, QString *error = nullptr);

signals:
    void datasetReset();
    void currentEventChanged(int eventIndex);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    // Fine-grained change notifications for views that keep caches.
    void itemInserted(Anchorline::Model::Collection collection, int index);
    void itemRemoved(Anchorline::Model::Collection collection, int index);
    void itemChanged(Anchorline::Model::Collection collection, int index);
    // After any edit (insert, remove, change, undo or redo): rebuild what depends on the data.
    void contentChanged();
    // text() now resolves another language: views repaint their labels.
    void dataLanguageChanged();

private:
    friend class DocumentEditAccess;
    void rebuildEventIndex();
    void onSelectionCurrentChanged();
    bool updateDataLanguage(); // true when text() changed language

    Dataset m_dataset;
    QString m_filePath;
    QString m_dataLanguageChoice = QStringLiteral("auto");
    QString m_interfaceLanguage;
    DisplayText m_text;
    int m_currentEvent = -1;
    EventIdIndex m_eventIndex; // of m_dataset.events, built again when they move or an id changes
    // Adds the owner's job, typed, to a Preparations (addPreparer<T>).
    using Preparer = std::function<void(Preparations &to, const void *owner)>;
    void registerPreparer(const QObject *owner, Preparer preparer) const;
    mutable std::vector<std::pair<const QObject *, Preparer>> m_preparers;
    Preparations m_prepared; // only during setDataset()
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<EventModel> m_events;
    std::unique_ptr<RelationModel> m_relations;
    std::unique_ptr<SourceModel> m_sources;
    std::unique_ptr<QItemSelectionModel> m_selection;
};

} // namespace Anchorline::Model
