#pragma once

#include "core/partialdate.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace Anchorline::Model {
struct Dataset;
class Document;
class EventFilterProxy;
class SearchIndex;
class SearchModel;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Incremental full-text search over event titles, summaries, notes, evidence quotes and the
// attached source texts, plus the facets (actors, themes, kinds, a year range) that drive the
// EventFilterProxy every view reads. Fully usable from the keyboard: Down moves from the field
// into the results, Enter activates a result, Up on the first result returns to the field.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(Model::Document &document, Model::EventFilterProxy &filter,
                QWidget *parent = nullptr);
    ~SearchPanel() override;
    Q_DISABLE_COPY_MOVE(SearchPanel)

    QString query() const;
    // Results shown, as an item model (events first, then places in source texts).
    QAbstractItemModel *resultsModel() const;
    bool isIndexing() const { return m_indexing > 0 || m_indexingEvents; }
    static constexpr int debounceMilliseconds = 80;
    // The events are indexed when a search first needs them, not with the dataset: at a million
    // events the index takes some 210 MB, which a window where nobody searches need not hold.
    // Up to this many events they are indexed on the spot (a few milliseconds); more on a
    // worker, started as soon as the search field takes the focus.
    static constexpr int synchronousEventLimit = 20000;

public slots:
    void focusSearch();
    void setQuery(const QString &text);
    // Source id -> plain text of every attached source; indexed on a worker thread.
    void setSourceTexts(const QHash<QString, QString> &texts);
    // Runs the pending query now instead of after the debounce delay.
    void searchNow();
    void clearFilters();

signals:
    // A result in a source text was activated.
    void showSourcePosition(const QString &sourceId, int utf16Offset, int length);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // How many events name each actor, theme and kind, and the span of their dates.
    struct FacetCounts
    {
        QHash<QString, int> actors; // events that list the actor
        QHash<QString, int> lanes;  // events whose first actor it is (its timeline lane)
        QHash<QString, int> themes;
        QMap<QString, int> kinds;
        Model::Year firstYear = 1900;
        Model::Year lastYear = 2100;
    };
    static FacetCounts facetCountsOf(const Model::Dataset &dataset);
    // What the loader's worker makes for this panel (Document::addPreparer).
    struct Prepared;

    void onDatasetReset();
    // Makes the events' index current: at once for a small dataset, else on a worker (then
    // false until it is done, when the pending query runs). True when it is current.
    bool indexEvents();
    void rebuildFacets();
    void rebuildFacets(const FacetCounts &counts);
    void syncFacetsFromFilter();
    void applyFacet(QListWidget *list);
    void applyYears();
    void activate(const QModelIndex &index);
    void updateFilterSummary();

    Model::Document &m_document;
    Model::EventFilterProxy &m_filter;
    std::unique_ptr<Model::SearchIndex> m_index;
    Model::SearchModel *m_model = nullptr;
    bool m_eventsDirty = true;      // the events changed since they were indexed
    bool m_indexingEvents = false;  // on a worker
    quint64 m_eventsGeneration = 0; // counts changes, so that a stale index is not taken
    int m_indexing = 0;
    quint64 m_textsGeneration = 0;
    bool m_syncing = false;

    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_results = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_facetRefresh = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_filterSummary = nullptr;
    QTabWidget *m_facets = nullptr;
    QListWidget *m_actors = nullptr;
    QListWidget *m_themes = nullptr;
    QListWidget *m_kinds = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
};

} // namespace Anchorline::Views
