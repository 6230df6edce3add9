#pragma once

#include "dataset.h"
#include "datasetio.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

class QAbstractItemModel;
class QItemSelectionModel;
class QUndoStack;

namespace Anchorline::Model {

class EventModel;
class RelationModel;
class SourceModel;

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
    void setDataset(Dataset dataset, const QString &filePath);
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

signals:
    void datasetReset();
    void currentEventChanged(int eventIndex);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    void onSelectionCurrentChanged();

    Dataset m_dataset;
    QString m_filePath;
    int m_currentEvent = -1;
    QHash<QString, int> m_eventIndex;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<EventModel> m_events;
    std::unique_ptr<RelationModel> m_relations;
    std::unique_ptr<SourceModel> m_sources;
    std::unique_ptr<QItemSelectionModel> m_selection;
};

} // namespace Anchorline::Model
