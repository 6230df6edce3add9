#pragma once

// Private to the Document: only document.cpp and the undo commands include this.

#include "core/dataset.h"
#include "document/document.h"
#include "document/tablemodels.h"

#include <QObject>
#include <vector>

namespace Anchorline::Model {

// Which collection of the dataset holds objects of type T.
template<typename T> struct CollectionOf;
template<> struct CollectionOf<Source>
{
    static constexpr Collection value = Collection::Sources;
    static std::vector<Source> &items(Dataset &d) { return d.sources; }
};
template<> struct CollectionOf<Actor>
{
    static constexpr Collection value = Collection::Actors;
    static std::vector<Actor> &items(Dataset &d) { return d.actors; }
};
template<> struct CollectionOf<Theme>
{
    static constexpr Collection value = Collection::Themes;
    static std::vector<Theme> &items(Dataset &d) { return d.themes; }
};
template<> struct CollectionOf<Era>
{
    static constexpr Collection value = Collection::Eras;
    static std::vector<Era> &items(Dataset &d) { return d.eras; }
};
template<> struct CollectionOf<Event>
{
    static constexpr Collection value = Collection::Events;
    static std::vector<Event> &items(Dataset &d) { return d.events; }
};
template<> struct CollectionOf<Relation>
{
    static constexpr Collection value = Collection::Relations;
    static std::vector<Relation> &items(Dataset &d) { return d.relations; }
};
template<> struct CollectionOf<Metric>
{
    static constexpr Collection value = Collection::Metrics;
    static std::vector<Metric> &items(Dataset &d) { return d.metrics; }
};
template<> struct CollectionOf<Tour>
{
    static constexpr Collection value = Collection::Tours;
    static std::vector<Tour> &items(Dataset &d) { return d.tours; }
};

// "source", "actor", ...: the noun of a collection in undo texts.
inline QString collectionNoun(Collection c)
{
    switch (c) {
    case Collection::Sources:
        return QObject::tr("source");
    case Collection::Actors:
        return QObject::tr("actor");
    case Collection::Themes:
        return QObject::tr("theme");
    case Collection::Eras:
        return QObject::tr("era");
    case Collection::Events:
        return QObject::tr("event");
    case Collection::Relations:
        return QObject::tr("relation");
    case Collection::Metrics:
        return QObject::tr("metric");
    case Collection::Tours:
        return QObject::tr("tour");
    }
    return {};
}

// The only code that changes Document::m_dataset after setDataset(): the undo commands call it.
class DocumentEditAccess final
{
public:
    static DatasetTableModel *tableModel(Document &d, Collection c)
    {
        switch (c) {
        case Collection::Events:
            return d.m_events.get();
        case Collection::Relations:
            return d.m_relations.get();
        case Collection::Sources:
            return d.m_sources.get();
        default:
            return nullptr;
        }
    }

    template<typename T> static void insert(Document &d, int index, T item)
    {
        constexpr Collection c = CollectionOf<T>::value;
        auto &items = CollectionOf<T>::items(d.m_dataset);
        DatasetTableModel *model = tableModel(d, c);
        if (model)
            model->beginInsert(index);
        items.insert(items.begin() + index, std::move(item));
        if (c == Collection::Events)
            d.rebuildEventIndex();
        if (model)
            model->endInsert();
        if (c == Collection::Events)
            d.onSelectionCurrentChanged(); // the selection's persistent index moved with its row
        emit d.itemInserted(c, index);
        changed(d, c);
    }

    template<typename T> static T take(Document &d, int index)
    {
        constexpr Collection c = CollectionOf<T>::value;
        auto &items = CollectionOf<T>::items(d.m_dataset);
        DatasetTableModel *model = tableModel(d, c);
        if (model)
            model->beginRemove(index);
        T item = std::move(items[std::size_t(index)]);
        items.erase(items.begin() + index);
        if (c == Collection::Events)
            d.rebuildEventIndex();
        if (model)
            model->endRemove();
        if (c == Collection::Events)
            d.onSelectionCurrentChanged();
        emit d.itemRemoved(c, index);
        changed(d, c);
        return item;
    }

    // Puts `item` at `index` and returns what was there.
    template<typename T> static T swap(Document &d, int index, T item)
    {
        constexpr Collection c = CollectionOf<T>::value;
        auto &items = CollectionOf<T>::items(d.m_dataset);
        std::swap(items[std::size_t(index)], item);
        // The id lookup only changes with the id (cascades swap many events in one step).
        if (c == Collection::Events && items[std::size_t(index)].id != item.id)
            d.rebuildEventIndex();
        if (DatasetTableModel *model = tableModel(d, c))
            model->rowChanged(index);
        emit d.itemChanged(c, index);
        changed(d, c);
        return item;
    }

    static QString swapTitle(Document &d, QString title)
    {
        std::swap(d.m_dataset.title, title);
        emit d.contentChanged();
        return title;
    }

    // The dataset's own keys and its merge conflicts; for HeaderCommand.
    struct Header
    {
        QString title;
        QString description;
        QString language;
        std::optional<DateWindow> defaultWindow;
        ExtraFields extra;
        Translations translations;
        std::vector<MergeConflict> conflicts;
    };
    static Header swapHeader(Document &d, Header header)
    {
        Dataset &data = d.m_dataset;
        std::swap(data.title, header.title);
        std::swap(data.description, header.description);
        std::swap(data.language, header.language);
        std::swap(data.defaultWindow, header.defaultWindow);
        std::swap(data.extra, header.extra);
        std::swap(data.translations, header.translations);
        std::swap(data.conflicts, header.conflicts);
        const bool languageChanged = d.updateDataLanguage();
        emit d.contentChanged();
        if (languageChanged)
            emit d.dataLanguageChanged();
        return header;
    }

    static const Dataset &dataset(const Document &d) { return d.m_dataset; }

private:
    static void changed(Document &d, Collection c)
    {
        // Relation and source rows show event titles and anchor counts.
        if (c == Collection::Events || c == Collection::Relations) {
            d.m_relations->allRowsChanged();
            d.m_sources->allRowsChanged();
        }
        emit d.contentChanged();
    }
};

} // namespace Anchorline::Model
