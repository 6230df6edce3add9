#include "panels/searchpanel.h"

#include "core/backgroundpool.h"
#include "core/displaynames.h"
#include "document/document.h"
#include "index/searchindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/searchmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace Anchorline::Views {

namespace {

// Draws a result as a bold heading line and a two-line snippet, with the matched words
// emphasised through QTextLayout formats: the data is never interpreted as markup.
class SearchResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QColor text =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect rect = option.rect.adjusted(6, 3, -6, -3);
        painter->save();
        painter->setClipRect(option.rect);
        painter->setPen(text);
        QFont headingFont = option.font;
        headingFont.setBold(true);
        int y = rect.top();
        y = drawText(painter, index.data(Model::SearchHeadingRole).toString(),
                     index.data(Model::SearchHeadingEmphasisRole).toList(), headingFont, rect, y, 1,
                     selected);
        QColor snippetColor = text;
        if (!selected)
            snippetColor = option.palette.color(QPalette::Text);
        painter->setPen(snippetColor);
        drawText(painter, index.data(Model::SearchSnippetRole).toString(),
                 index.data(Model::SearchSnippetEmphasisRole).toList(), option.font, rect, y, 2,
                 selected);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {200, metrics.lineSpacing() * 3 + 8};
    }

private:
    // Lays `text` out in at most `maxLines` lines from `y`; returns the y below the last line.
    static int drawText(QPainter *painter, const QString &text, const QVariantList &emphasis,
                        const QFont &font, const QRect &rect, int y, int maxLines, bool selected)
    {
        if (text.isEmpty())
            return y;
        // A heading is one line: elide its end rather than cut it at a word.
        const QString shown =
            maxLines == 1 ? QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width())
                          : text;
        QTextLayout layout(shown, font);
        QList<QTextLayout::FormatRange> formats;
        for (const QVariant &range : emphasis) {
            const QPoint r = range.toPoint();
            QTextLayout::FormatRange format;
            format.start = r.x();
            format.length = r.y();
            format.format.setFontWeight(QFont::Bold);
            if (!selected)
                format.format.setBackground(QColor(255, 200, 0, 110));
            else
                format.format.setFontUnderline(true);
            formats.append(format);
        }
        layout.setFormats(formats);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(textOption);
        layout.beginLayout();
        int lines = 0;
        qreal top = y;
        while (lines < maxLines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, top - y));
            top += line.height();
            ++lines;
        }
        layout.endLayout();
        layout.draw(painter, QPointF(rect.left(), y));
        return int(top);
    }
};

QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : QColor(Qt::gray));
    return pixmap;
}

QListWidget *facetList(const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setUniformItemSizes(true);
    return list;
}

QSet<QString> checkedIds(const QListWidget *list)
{
    QSet<QString> ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.insert(item->data(Qt::UserRole).toString());
    }
    return ids;
}

void setChecked(QListWidget *list, const QSet<QString> &ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

} // namespace

struct SearchPanel::Prepared
{
    FacetCounts counts;
};

SearchPanel::SearchPanel(Model::Document &document, Model::EventFilterProxy &filter,
                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
    , m_index(std::make_unique<Model::SearchIndex>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search titles, summaries, quotes and source texts"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->installEventFilter(this);
    layout->addWidget(m_field);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Type to search; Down moves to the results, Enter opens one."));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    m_model = new Model::SearchModel(this);
    m_results = new QListView;
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->installEventFilter(this);
    splitter->addWidget(m_results);

    auto *filters = new QWidget;
    auto *filtersLayout = new QVBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QHBoxLayout;
    m_filterSummary = new QLabel;
    m_filterSummary->setObjectName(QStringLiteral("filterSummary"));
    m_filterSummary->setTextFormat(Qt::PlainText);
    m_filterSummary->setWordWrap(true);
    m_clear = new QPushButton(tr("C&lear filters"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    filterBar->addWidget(m_filterSummary, 1);
    filterBar->addWidget(m_clear);
    filtersLayout->addLayout(filterBar);
    m_facets = new QTabWidget;
    m_facets->setObjectName(QStringLiteral("facets"));
    m_facets->setAccessibleName(tr("Filters"));
    m_actors = facetList(QStringLiteral("actorFacet"), tr("Actors"));
    m_themes = facetList(QStringLiteral("themeFacet"), tr("Themes"));
    m_kinds = facetList(QStringLiteral("kindFacet"), tr("Kinds"));
    m_facets->addTab(m_actors, tr("&Actors"));
    m_facets->addTab(m_themes, tr("&Themes"));
    m_facets->addTab(m_kinds, tr("&Kinds"));
    auto *dates = new QWidget;
    auto *datesLayout = new QHBoxLayout(dates);
    m_fromYear = new QSpinBox;
    m_fromYear->setObjectName(QStringLiteral("fromYear"));
    m_toYear = new QSpinBox;
    m_toYear->setObjectName(QStringLiteral("toYear"));
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        box->setSpecialValueText(tr("any"));
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
    }
    auto *fromLabel = new QLabel(tr("&From year"));
    fromLabel->setBuddy(m_fromYear);
    auto *toLabel = new QLabel(tr("t&o year"));
    toLabel->setBuddy(m_toYear);
    datesLayout->addWidget(fromLabel);
    datesLayout->addWidget(m_fromYear);
    datesLayout->addWidget(toLabel);
    datesLayout->addWidget(m_toYear);
    datesLayout->addStretch();
    m_facets->addTab(dates, tr("&Dates"));
    filtersLayout->addWidget(m_facets);
    splitter->addWidget(filters);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    setTabOrder(m_field, m_results);
    setTabOrder(m_results, m_clear);
    setTabOrder(m_clear, m_facets);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_clear, &QPushButton::clicked, this, &SearchPanel::clearFilters);
    for (QListWidget *list : {m_actors, m_themes, m_kinds}) {
        connect(list, &QListWidget::itemChanged, this, [this, list] { applyFacet(list); });
        // Enter toggles too, as Space does, so a keyboard user need not know which.
        connect(list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        });
    }
    connect(m_fromYear, &QSpinBox::valueChanged, this, &SearchPanel::applyYears);
    connect(m_toYear, &QSpinBox::valueChanged, this, &SearchPanel::applyYears);
    connect(&m_filter, &Model::EventFilterProxy::filterChanged, this, [this] {
        syncFacetsFromFilter();
        if (!m_field->text().trimmed().isEmpty())
            m_debounce->start();
    });
    connect(&m_document, &Model::Document::datasetReset, this, &SearchPanel::onDatasetReset);
    // Names in the facets and the results' headings follow the data language.
    connect(&m_document, &Model::Document::dataLanguageChanged, this, [this] {
        rebuildFacets();
        searchNow();
    });
    m_document.addPreparer<Prepared>(this, [] {
        return [](const Model::Dataset &dataset) {
            auto prepared = std::make_shared<Prepared>();
            prepared->counts = facetCountsOf(dataset);
            return prepared;
        };
    });
    // Edits through the undo stack change events in place: re-index before the next query.
    QAbstractItemModel *events = m_document.eventModel();
    auto markDirty = [this] {
        m_eventsDirty = true;
        ++m_eventsGeneration;
    };
    connect(events, &QAbstractItemModel::dataChanged, this, markDirty);
    connect(events, &QAbstractItemModel::rowsInserted, this, markDirty);
    connect(events, &QAbstractItemModel::rowsRemoved, this, markDirty);
    connect(events, &QAbstractItemModel::modelReset, this, markDirty);
    // Any edit (an event's actors or kind, a new or deleted actor or theme, undo and redo) can
    // change the facets' entries and counts: rebuild them once per event-loop turn.
    m_facetRefresh = new QTimer(this);
    m_facetRefresh->setSingleShot(true);
    m_facetRefresh->setInterval(0);
    connect(m_facetRefresh, &QTimer::timeout, this, [this] { rebuildFacets(); });
    connect(&m_document, &Model::Document::contentChanged, m_facetRefresh,
            qOverload<>(&QTimer::start));
    onDatasetReset();
}

SearchPanel::~SearchPanel() = default;

QString SearchPanel::query() const
{
    return m_field->text();
}

QAbstractItemModel *SearchPanel::resultsModel() const
{
    return m_model;
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::setQuery(const QString &text)
{
    m_field->setText(text);
    searchNow();
}

void SearchPanel::onDatasetReset()
{
    // The events are indexed when a search needs them (indexEvents); the old index goes now.
    m_index->setEvents(Model::SearchIndex::PreparedEvents());
    m_eventsDirty = true;
    ++m_eventsGeneration;
    // Right after a large file is read, the loader's worker has counted the facets.
    if (const std::shared_ptr<Prepared> prepared = m_document.prepared<Prepared>(this))
        rebuildFacets(prepared->counts);
    else
        rebuildFacets();
    if (m_field->hasFocus())
        indexEvents(); // someone is about to search
    searchNow();
}

bool SearchPanel::indexEvents()
{
    if (!m_eventsDirty)
        return true;
    const Model::Dataset &dataset = m_document.dataset();
    if (dataset.events.size() <= std::size_t(synchronousEventLimit)) {
        m_index->setEvents(dataset);
        m_eventsDirty = false;
        return true;
    }
    if (m_indexingEvents)
        return false; // when it is done, an edit made meanwhile starts another
    m_indexingEvents = true;
    const quint64 generation = m_eventsGeneration;
    auto *watcher = new QFutureWatcher<Model::SearchIndex::PreparedEvents>(this);
    connect(watcher, &QFutureWatcher<Model::SearchIndex::PreparedEvents>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                m_indexingEvents = false;
                if (generation == m_eventsGeneration) {
                    m_index->setEvents(watcher->future().takeResult());
                    m_eventsDirty = false;
                }
                // The pending query runs; an index of events edited meanwhile is not used,
                // and another is started.
                if (!m_field->text().trimmed().isEmpty())
                    searchNow();
                else if (m_field->hasFocus())
                    indexEvents();
            });
    // The fields are copied here (shared strings: some 30 ms at a million events); the worker
    // reads only the copy, however the dataset changes meanwhile.
    watcher->setFuture(QtConcurrent::run(
        Model::backgroundPool(), [fields = Model::SearchIndex::eventFields(dataset)]() mutable {
            return Model::SearchIndex::prepareEvents(std::move(fields));
        }));
    return false;
}

void SearchPanel::setSourceTexts(const QHash<QString, QString> &texts)
{
    const quint64 generation = ++m_textsGeneration;
    ++m_indexing;
    auto *watcher = new QFutureWatcher<Model::SearchIndex::PreparedTexts>(this);
    connect(watcher, &QFutureWatcher<Model::SearchIndex::PreparedTexts>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                --m_indexing;
                if (generation != m_textsGeneration)
                    return; // newer texts are on their way
                m_index->setSourceTexts(watcher->future().takeResult());
                searchNow();
            });
    watcher->setFuture(QtConcurrent::run(Model::backgroundPool(), [texts] {
        return Model::SearchIndex::prepareSourceTexts(texts);
    }));
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        m_model->clear();
        m_status->setText(tr("Type to search; Down moves to the results, Enter opens one."));
        return;
    }
    if (!indexEvents()) {
        m_model->clear();
        m_status->setText(tr("Indexing the events for search…"));
        m_status->setToolTip(QString());
        return; // runs again when the index is ready
    }
    Model::SearchIndex::Options options;
    if (m_filter.isFiltering())
        options.acceptEvent = [this](int eventIndex) { return m_filter.acceptsEvent(eventIndex); };
    QElapsedTimer timer;
    timer.start();
    const Model::SearchResults results = m_index->query(text, options);
    m_model->setResults(results, *m_index, m_document.dataset(), text, m_document.text());
    QString status;
    if (results.events.empty() && results.texts.empty()) {
        status = m_filter.isFiltering() ? tr("No matches among the filtered events or texts.")
                                        : tr("No matches.");
    } else {
        status = tr("%n events", nullptr, int(results.events.size())) +
                 (results.eventsTruncated ? QStringLiteral("+") : QString()) +
                 QStringLiteral(" · ") +
                 tr("%n places in source texts", nullptr, int(results.texts.size())) +
                 (results.textsTruncated ? QStringLiteral("+") : QString());
        if (m_filter.isFiltering())
            status += tr(" (events limited by the filters)");
    }
    if (m_indexing > 0)
        status += tr(" · indexing source texts…");
    m_status->setText(status);
    m_status->setToolTip(tr("Searched in %1 ms").arg(timer.elapsed()));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Someone is about to search: a large dataset is indexed while they type.
    if (watched == m_field && event->type() == QEvent::FocusIn)
        indexEvents();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_debounce->isActive())
                searchNow();
            if (m_model->rowCount() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                m_results->setCurrentIndex(m_model->index(0, 0));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            if (m_debounce->isActive())
                searchNow();
            const QModelIndex current = m_results->currentIndex();
            activate(current.isValid() ? current : m_model->index(0, 0));
            return true;
        }
        case Qt::Key_Escape:
            if (!m_field->text().isEmpty()) {
                m_field->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            m_field->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_field->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(Model::SearchIsSourceTextRole).toBool()) {
        emit showSourcePosition(index.data(Model::SearchSourceIdRole).toString(),
                                index.data(Model::SearchOffsetRole).toInt(),
                                index.data(Model::SearchLengthRole).toInt());
        return;
    }
    const int eventIndex = index.data(Model::SearchEventIndexRole).toInt();
    if (eventIndex >= 0)
        m_document.setCurrentEvent(eventIndex);
}

SearchPanel::FacetCounts SearchPanel::facetCountsOf(const Model::Dataset &dataset)
{
    FacetCounts counts;
    for (const Model::Event &event : dataset.events) {
        for (const QString &actor : event.actors)
            ++counts.actors[actor];
        if (!event.actors.isEmpty())
            ++counts.lanes[event.actors.front()];
        for (const QString &theme : event.themes)
            ++counts.themes[theme];
        ++counts.kinds[event.kind];
    }
    if (!dataset.events.empty()) {
        const auto [earliest, latest] = dataset.dateRange();
        int month = 0;
        int day = 0;
        Model::civilFromDays(earliest, counts.firstYear, month, day);
        Model::civilFromDays(latest, counts.lastYear, month, day);
    }
    return counts;
}

void SearchPanel::rebuildFacets()
{
    rebuildFacets(facetCountsOf(m_document.dataset()));
}

void SearchPanel::rebuildFacets(const FacetCounts &counts)
{
    m_facetRefresh->stop();
    const QScopedValueRollback guard(m_syncing, true);
    // Rebuilt after an edit: the lists keep where the user was.
    struct Place
    {
        QListWidget *list;
        int scroll;
        QString current;
    };
    std::vector<Place> places;
    for (QListWidget *list : {m_actors, m_themes, m_kinds})
        places.push_back(
            {list, list->verticalScrollBar()->value(),
             list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString()});
    const Model::Dataset &dataset = m_document.dataset();
    const QHash<QString, int> &actorCounts = counts.actors;
    const QHash<QString, int> &themeCounts = counts.themes;
    const QMap<QString, int> &kindCounts = counts.kinds;
    auto addItem = [](QListWidget *list, const QString &text, const QString &id, int count) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(text).arg(count), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        return item;
    };
    m_actors->clear();
    for (const Model::Actor &actor : dataset.actors) {
        // An actor counts the events that involve it, which is more than its lane on the
        // timeline holds (the events whose first actor it is): say which is which.
        const int involved = actorCounts.value(actor.id);
        const int inLane = counts.lanes.value(actor.id);
        const QString name = m_document.text().name(actor);
        const QString counts =
            (involved == 1 ? tr("1 involves it") : tr("%1 involve it").arg(involved)) +
            QStringLiteral(" · ") + tr("%1 in its lane").arg(inLane);
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(name, counts), m_actors);
        item->setData(Qt::UserRole, actor.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setIcon(swatch(actor.color));
        item->setToolTip(tr("%1 events list %2 among their actors; %3 of them have it first and "
                            "are drawn in its lane on the timeline.")
                             .arg(involved)
                             .arg(name)
                             .arg(inLane));
    }
    m_themes->clear();
    for (const Model::Theme &theme : dataset.themes) {
        QListWidgetItem *item =
            addItem(m_themes, m_document.text().name(theme), theme.id, themeCounts.value(theme.id));
        item->setToolTip(m_document.text().definition(theme));
    }
    m_kinds->clear();
    for (auto it = kindCounts.constBegin(); it != kindCounts.constEnd(); ++it) {
        addItem(m_kinds, Model::eventKindDisplayName(it.key()), it.key(), it.value());
    }
    // A spin box holds an int: a deep-time dataset (the Big Bang is year -13.8 billion) gets the
    // int's range, and its minimum still means "any", so no event is ever out of reach.
    constexpr Model::Year reach = 2'000'000'000;
    const auto firstYear = int(std::clamp<Model::Year>(counts.firstYear, -reach, reach));
    const auto lastYear = int(std::clamp<Model::Year>(counts.lastYear, -reach, reach));
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        const QSignalBlocker blocker(box);
        box->setRange(firstYear - 1, lastYear); // the minimum shows "any"
        box->setValue(box->minimum());
    }
    for (const Place &place : places) {
        const QSignalBlocker blocker(place.list);
        for (int row = 0; row < place.list->count(); ++row) {
            if (place.list->item(row)->data(Qt::UserRole).toString() == place.current) {
                place.list->setCurrentRow(row, QItemSelectionModel::NoUpdate);
                break;
            }
        }
        place.list->verticalScrollBar()->setValue(place.scroll);
    }
    m_syncing = false;
    syncFacetsFromFilter();
}

void SearchPanel::syncFacetsFromFilter()
{
    const QScopedValueRollback guard(m_syncing, true);
    {
        const QSignalBlocker a(m_actors);
        const QSignalBlocker t(m_themes);
        const QSignalBlocker k(m_kinds);
        setChecked(m_actors, m_filter.actors());
        setChecked(m_themes, m_filter.themes());
        setChecked(m_kinds, m_filter.kinds());
    }
    auto yearOf = [this](Model::DayNumber day) {
        Model::Year year = 0;
        int month = 0;
        int dayOfMonth = 0;
        Model::civilFromDays(day, year, month, dayOfMonth);
        return int(std::clamp<Model::Year>(year, m_fromYear->minimum(), m_fromYear->maximum()));
    };
    {
        const QSignalBlocker from(m_fromYear);
        const QSignalBlocker to(m_toYear);
        m_fromYear->setValue(m_filter.windowFrom() ? yearOf(*m_filter.windowFrom())
                                                   : m_fromYear->minimum());
        m_toYear->setValue(m_filter.windowTo() ? yearOf(*m_filter.windowTo())
                                               : m_toYear->minimum());
    }
    updateFilterSummary();
}

void SearchPanel::applyFacet(QListWidget *list)
{
    if (m_syncing)
        return;
    const QSet<QString> ids = checkedIds(list);
    if (list == m_actors)
        m_filter.setActors(ids);
    else if (list == m_themes)
        m_filter.setThemes(ids);
    else
        m_filter.setKinds(ids);
}

void SearchPanel::applyYears()
{
    if (m_syncing)
        return;
    std::optional<Model::DayNumber> from;
    std::optional<Model::DayNumber> to;
    if (m_fromYear->value() != m_fromYear->minimum())
        from = Model::daysFromCivil(m_fromYear->value(), 1, 1);
    if (m_toYear->value() != m_toYear->minimum())
        to = Model::daysFromCivil(m_toYear->value(), 12, 31);
    m_filter.setDateWindow(from, to);
}

void SearchPanel::clearFilters()
{
    m_filter.clearFilters();
    syncFacetsFromFilter();
}

void SearchPanel::updateFilterSummary()
{
    QStringList parts;
    if (!m_filter.actors().isEmpty())
        parts << tr("%n actors", nullptr, int(m_filter.actors().size()));
    if (!m_filter.themes().isEmpty())
        parts << tr("%n themes", nullptr, int(m_filter.themes().size()));
    if (!m_filter.kinds().isEmpty())
        parts << tr("%n kinds", nullptr, int(m_filter.kinds().size()));
    if (m_filter.windowFrom() || m_filter.windowTo())
        parts << tr("years %1–%2").arg(m_fromYear->text(), m_toYear->text());
    if (!m_filter.text().isEmpty())
        parts << tr("text \"%1\"").arg(m_filter.text());
    const int shown = m_filter.rowCount();
    const int total = int(m_document.dataset().events.size());
    m_filterSummary->setText(parts.isEmpty() ? tr("Filters: none — all %1 events shown").arg(total)
                                             : tr("Filters: %1 — %2 of %3 events shown")
                                                   .arg(parts.join(QStringLiteral(", ")))
                                                   .arg(shown)
                                                   .arg(total));
    m_clear->setEnabled(m_filter.isFiltering());
}

} // namespace Anchorline::Views
