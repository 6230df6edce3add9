#include "editing/datamanager.h"

#include "editing/actoreditdialog.h"
#include "editing/editdialog.h"
#include "editing/eraeditdialog.h"
#include "editing/metriceditdialog.h"
#include "editing/metricpointdialog.h"
#include "editing/relationeditdialog.h"
#include "editing/sourceeditdialog.h"
#include "editing/themeeditdialog.h"
#include "editing/undoshortcuts.h"
#include "itemmodels/collectionmodel.h"
#include "itemmodels/roles.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("status"));
    label->setTextFormat(Qt::PlainText); // names and titles come from the file
    label->setWordWrap(true);
    return label;
}

void setStatus(QLabel *label, const QString &text, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setText(text);
}

QPushButton *button(const QString &text, const QString &accessibleName, const QString &tip,
                    const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(accessibleName);
    b->setToolTip(tip);
    b->setAutoDefault(false); // Return belongs to the list (edit) and the dialog never closes by it
    return b;
}

// The list on the left, New / Edit / Delete stacked on its right, in that tab order after it.
QHBoxLayout *listWithButtons(QWidget *view, QPushButton *create, QPushButton *edit,
                             QPushButton *remove)
{
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(view, 1);
    row->addLayout(buttons);
    QWidget::setTabOrder(view, create);
    QWidget::setTabOrder(create, edit);
    QWidget::setTabOrder(edit, remove);
    return row;
}

QTableView *tableView(QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

// Columns as wide as their contents up to a limit, and one column that takes the rest.
void fitColumns(QTableView *view, int stretchColumn)
{
    constexpr int MaxWidth = 240;
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c), MaxWidth));
    if (stretchColumn >= 0 && stretchColumn < header->count())
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

int stretchColumnOf(Collection collection)
{
    // The column with the longest text: a source's title, a theme's definition, else the name.
    return collection == Collection::Sources || collection == Collection::Themes ? 1 : 0;
}

struct Nouns
{
    QString singular; // "actor"
    QString title;    // "Actor"
};

Nouns nouns(Collection collection)
{
    switch (collection) {
    case Collection::Sources:
        return {QObject::tr("source"), QObject::tr("Source")};
    case Collection::Actors:
        return {QObject::tr("actor"), QObject::tr("Actor")};
    case Collection::Themes:
        return {QObject::tr("theme"), QObject::tr("Theme")};
    case Collection::Eras:
        return {QObject::tr("era"), QObject::tr("Era")};
    case Collection::Metrics:
        return {QObject::tr("metric"), QObject::tr("Metric")};
    case Collection::Relations:
        return {QObject::tr("relation"), QObject::tr("Relation")};
    default:
        return {QObject::tr("item"), QObject::tr("Item")};
    }
}

QString undoShortcut()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}

// The lines of a delete confirmation: what happens to what refers to the item.
QStringList consequences(Collection collection, const ItemReferences &refs, int values)
{
    QStringList lines;
    switch (collection) {
    case Collection::Actors:
        if (refs.events > 0)
            lines << QObject::tr("%n event(s) list this actor; it will be taken off them.", nullptr,
                                 refs.events);
        if (refs.eventsLeftWithoutActor > 0)
            lines << QObject::tr("%n event(s) will have no actor left and move to the lane for "
                                 "events without an actor.",
                                 nullptr, refs.eventsLeftWithoutActor);
        if (refs.eras > 0)
            lines << QObject::tr("%n era(s) in its lane will no longer belong to a lane.", nullptr,
                                 refs.eras);
        break;
    case Collection::Themes:
        if (refs.events > 0)
            lines << QObject::tr("%n event(s) are tagged with this theme; the tag will be taken "
                                 "off them.",
                                 nullptr, refs.events);
        break;
    case Collection::Sources:
        if (refs.dateClaims > 0)
            lines << QObject::tr("%n date claim(s) name this source; they keep their dates "
                                 "without a source.",
                                 nullptr, refs.dateClaims);
        if (refs.metricPoints > 0)
            lines << QObject::tr("%n metric value(s) name this source; they keep their values "
                                 "without a source.",
                                 nullptr, refs.metricPoints);
        break;
    case Collection::Metrics:
        if (values > 0)
            lines << QObject::tr("Its %n value(s) will be deleted with it.", nullptr, values);
        break;
    default:
        break;
    }
    return lines;
}

QString eventList(const ItemReferences &refs)
{
    if (refs.eventTitles.isEmpty())
        return {};
    QString list = QObject::tr("Events: %1").arg(refs.eventTitles.join(QStringLiteral("; ")));
    if (refs.events > refs.eventTitles.size())
        list += QObject::tr("; and %n more", nullptr, int(refs.events - refs.eventTitles.size()));
    return list;
}

} // namespace

// ---- CollectionPage

CollectionPage::CollectionPage(Document &document, Collection collection, QAbstractItemModel *model,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_collection(collection)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(tableView(this, "items"))
    , m_status(statusLabel(this))
{
    const Nouns noun = nouns(collection);
    setObjectName(noun.singular + QStringLiteral("Page"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by any column"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_view->setAccessibleName(tr("%1 list").arg(noun.title));
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    fitColumns(m_view, stretchColumnOf(collection));

    m_new = button(tr("&New…"), tr("New %1").arg(noun.singular),
                   tr("Create a %1").arg(noun.singular), "new", this);
    m_edit =
        button(tr("&Edit…"), tr("Edit %1").arg(noun.singular),
               tr("Edit the chosen %1 (Return, or double-click)").arg(noun.singular), "edit", this);
    m_delete = button(tr("&Delete"), tr("Delete %1").arg(noun.singular),
                      tr("Delete the chosen %1 (Delete)").arg(noun.singular), "delete", this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    QHBoxLayout *middle = listWithButtons(m_view, m_new, m_edit, m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    setTabOrder(m_filter, m_view);

    connect(m_new, &QPushButton::clicked, this, &CollectionPage::newItem);
    connect(m_edit, &QPushButton::clicked, this, &CollectionPage::editItem);
    connect(m_delete, &QPushButton::clicked, this, &CollectionPage::deleteItem);
    bindItemKeys(
        m_view, [this] { editItem(); }, [this] { deleteItem(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentItemChanged(currentItem());
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CollectionPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CollectionPage::updateButtons);
    updateButtons();
    setCurrentItem(0); // Edit and Delete work at once; the keyboard starts on a row
}

CollectionPage::~CollectionPage() = default;

int CollectionPage::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void CollectionPage::setCurrentItem(int index)
{
    const QModelIndex source = m_proxy->sourceModel()->index(index, 0);
    const QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid())
        return;
    m_view->setCurrentIndex(row);
    m_view->scrollTo(row);
}

QString CollectionPage::statusText() const
{
    return m_status->text();
}

void CollectionPage::showStatus(const QString &text, bool error)
{
    setStatus(m_status, text, error);
}

void CollectionPage::updateButtons()
{
    const bool chosen = m_view->currentIndex().isValid();
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

EditDialog *CollectionPage::createDialog(int index)
{
    switch (m_collection) {
    case Collection::Sources:
        return new SourceEditDialog(m_document, index, this);
    case Collection::Actors:
        return new ActorEditDialog(m_document, index, this);
    case Collection::Themes:
        return new ThemeEditDialog(m_document, index, this);
    case Collection::Eras:
        return new EraEditDialog(m_document, index, this);
    case Collection::Metrics:
        return new MetricEditDialog(m_document, index, this);
    case Collection::Relations:
        return new RelationEditDialog(m_document, index, this);
    default:
        return nullptr;
    }
}

QString CollectionPage::itemName(int index) const
{
    const Dataset &d = m_document.dataset();
    const auto at = std::size_t(index);
    switch (m_collection) {
    case Collection::Sources:
        return d.sources[at].title;
    case Collection::Actors:
        return d.actors[at].name;
    case Collection::Themes:
        return d.themes[at].name;
    case Collection::Eras:
        return d.eras[at].name;
    case Collection::Metrics:
        return d.metrics[at].name;
    case Collection::Relations: {
        // "From → To", by the events' titles
        const Relation &relation = d.relations[at];
        auto title = [&d](const QString &id) {
            const int event = d.indexOfEvent(id);
            return event >= 0 ? d.events[std::size_t(event)].title : id;
        };
        return title(relation.from) + QStringLiteral(" → ") + title(relation.to);
    }
    default:
        return {};
    }
}

void CollectionPage::newItem()
{
    EditDialog *dialog = createDialog(-1);
    if (!dialog)
        return;
    openDialog(dialog, m_document, [this, dialog] {
        if (!m_proxy->mapFromSource(m_proxy->sourceModel()->index(dialog->index(), 0)).isValid())
            m_filter->clear(); // show the new item even when the filter would hide it
        setCurrentItem(dialog->index());
        showStatus(
            tr("Added %1 “%2”.").arg(nouns(m_collection).singular, itemName(dialog->index())),
            false);
        m_view->setFocus();
    });
}

void CollectionPage::editItem()
{
    const int index = currentItem();
    if (index < 0)
        return;
    EditDialog *dialog = createDialog(index);
    if (!dialog)
        return;
    openDialog(dialog, m_document, [this] {
        showStatus(QString(), false);
        m_view->setFocus();
    });
}

void CollectionPage::deleteItem()
{
    const int index = currentItem();
    if (index < 0)
        return;
    const Nouns noun = nouns(m_collection);
    const QString name = itemName(index);
    const ItemReferences refs = m_document.references(m_collection, index);
    if (m_collection == Collection::Sources && refs.anchors > 0) {
        // Evidence is the researcher's work: never deleted as a side effect.
        QStringList lines;
        lines << tr("“%1” cannot be deleted: %n evidence passage(s) quote it.", nullptr,
                    refs.anchors)
                     .arg(name);
        if (refs.events > 0)
            lines << tr("It is cited by %n event(s).", nullptr, refs.events);
        if (refs.relations > 0)
            lines << tr("It is cited by %n relation(s).", nullptr, refs.relations);
        lines << eventList(refs);
        lines << tr("Remove that evidence first (Edit ▸ Edit Event…, Evidence).");
        lines.removeAll(QString());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Cannot Delete Source"),
                                    lines.join(QStringLiteral("\n\n")), QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setObjectName(QStringLiteral("refusal"));
        openDialog(box, m_document, {});
        showStatus(tr("“%1” is still quoted as evidence.").arg(name), true);
        return;
    }
    const int values = m_collection == Collection::Metrics
                           ? int(m_document.dataset().metrics[std::size_t(index)].points.size())
                           : 0;
    QStringList lines;
    lines << tr("Delete the %1 “%2”?").arg(noun.singular, name);
    const QStringList what = consequences(m_collection, refs, values);
    lines << (what.isEmpty() ? tr("Nothing else refers to it.") : what.join(QLatin1Char('\n')));
    lines << eventList(refs);
    lines << tr("You can undo this with Edit ▸ Undo (%1).").arg(undoShortcut());
    lines.removeAll(QString());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete %1").arg(noun.title),
                                lines.join(QStringLiteral("\n\n")), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setTextFormat(Qt::PlainText); // every line carries names from the file
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(what.isEmpty() ? remove : cancel);
    box->setEscapeButton(cancel);
    const QString id = m_proxy->sourceModel()->index(index, 0).data(IdRole).toString();
    // Acting on the item by id: the dialog does not block, so the index may have moved.
    openDialog(box, m_document, [] {});
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, id, name, noun] {
        if (box->clickedButton() != remove)
            return;
        int at = -1;
        for (int row = 0; row < m_proxy->sourceModel()->rowCount(); ++row) {
            if (m_proxy->sourceModel()->index(row, 0).data(IdRole).toString() == id)
                at = row;
        }
        QString error;
        if (at < 0 || !m_document.removeItemAndReferences(m_collection, at, &error)) {
            showStatus(error.isEmpty() ? tr("“%1” is no longer there.").arg(name) : error, true);
            return;
        }
        showStatus(tr("Deleted the %1 “%2”.").arg(noun.singular, name), false);
        if (m_proxy->rowCount() > 0) {
            const int row = std::min(at, m_proxy->sourceModel()->rowCount() - 1);
            setCurrentItem(row);
        }
        m_view->setFocus();
    });
}

// ---- MetricValuesPanel

MetricValuesPanel::MetricValuesPanel(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(std::make_unique<MetricPointModel>(document))
    , m_heading(new QLabel(this))
    , m_view(tableView(this, "values"))
    , m_status(statusLabel(this))
{
    setObjectName(QStringLiteral("metricValues"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model.get());
    m_view->setAccessibleName(tr("Values of the metric"));
    m_heading->setBuddy(m_view);
    m_new = button(tr("New &Value…"), tr("New value"), tr("Add a dated value to the metric"),
                   "newValue", this);
    m_edit = button(tr("Edit Val&ue…"), tr("Edit value"),
                    tr("Edit the chosen value (Return, or double-click)"), "editValue", this);
    m_delete = button(tr("Delete Va&lue"), tr("Delete value"),
                      tr("Delete the chosen value (Delete)"), "deleteValue", this);
    QHBoxLayout *middle = listWithButtons(m_view, m_new, m_edit, m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    connect(m_new, &QPushButton::clicked, this, &MetricValuesPanel::newPoint);
    connect(m_edit, &QPushButton::clicked, this, &MetricValuesPanel::editPoint);
    connect(m_delete, &QPushButton::clicked, this, &MetricValuesPanel::deletePoint);
    bindItemKeys(
        m_view, [this] { editPoint(); }, [this] { deletePoint(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MetricValuesPanel::updateButtons);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        const auto &metrics = m_document.dataset().metrics;
        const int metric = m_model->metric();
        m_heading->setText(metric < 0
                               ? tr("Values: choose a metric above.")
                               : tr("Values of “%1”:").arg(metrics[std::size_t(metric)].name));
        fitColumns(m_view, MetricPointModel::EventColumn);
        setCurrentPoint(0); // Edit and Delete work at once
        updateButtons();
    });
    setMetric(-1);
}

MetricValuesPanel::~MetricValuesPanel()
{
    m_view->setModel(nullptr);
}

void MetricValuesPanel::setMetric(int metricIndex)
{
    m_model->setMetric(metricIndex);
}

int MetricValuesPanel::metric() const
{
    return m_model->metric();
}

int MetricValuesPanel::currentPoint() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MetricValuesPanel::setCurrentPoint(int pointIndex)
{
    const QModelIndex index = m_model->index(pointIndex, 0);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void MetricValuesPanel::updateButtons()
{
    m_new->setEnabled(m_model->metric() >= 0);
    const bool chosen = m_view->currentIndex().isValid();
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void MetricValuesPanel::newPoint()
{
    if (metric() < 0)
        return;
    auto *dialog = new MetricPointDialog(m_document, metric(), -1, this);
    openDialog(dialog, m_document, [this, dialog] {
        setCurrentPoint(dialog->pointIndex());
        setStatus(m_status, tr("Value added."), false);
        m_view->setFocus();
    });
}

void MetricValuesPanel::editPoint()
{
    const int point = currentPoint();
    if (metric() < 0 || point < 0)
        return;
    auto *dialog = new MetricPointDialog(m_document, metric(), point, this);
    openDialog(dialog, m_document, [this, dialog] {
        setCurrentPoint(dialog->pointIndex());
        setStatus(m_status, QString(), false);
        m_view->setFocus();
    });
}

void MetricValuesPanel::deletePoint()
{
    const int point = currentPoint();
    const int m = metric();
    if (m < 0 || point < 0)
        return;
    // One value is quick to redo by hand and undo brings it back: no question asked.
    Metric changed = m_document.dataset().metrics[std::size_t(m)];
    changed.points.erase(changed.points.begin() + point);
    QString error;
    if (!m_document.replaceMetric(m, std::move(changed), &error)) {
        setStatus(m_status, error, true);
        return;
    }
    setStatus(m_status, tr("Value deleted. %1 brings it back.").arg(undoShortcut()), false);
    setCurrentPoint(std::min(point, m_model->rowCount() - 1));
    m_view->setFocus();
}

// ---- DataManagerDialog

DataManagerDialog::DataManagerDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dataManager"));
    setWindowTitle(tr("Manage Data"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Collections"));
    m_pages.resize(PageCount, nullptr);

    m_pages[SourcesPage] =
        new CollectionPage(document, Collection::Sources, document.sourceModel(), m_tabs);
    m_tabs->addTab(m_pages[SourcesPage], tr("&Sources"));
    const std::pair<Page, Collection> owned[] = {{ActorsPage, Collection::Actors},
                                                 {ThemesPage, Collection::Themes},
                                                 {ErasPage, Collection::Eras},
                                                 {MetricsPage, Collection::Metrics}};
    const QString titles[] = {tr("&Actors"), tr("&Themes"), tr("E&ras"), tr("&Metrics")};
    for (std::size_t i = 0; i < std::size(owned); ++i) {
        const auto [page, collection] = owned[i];
        m_models.push_back(std::make_unique<CollectionModel>(document, collection));
        m_pages[page] = new CollectionPage(document, collection, m_models.back().get(), m_tabs);
        if (page != MetricsPage) {
            m_tabs->addTab(m_pages[page], titles[i]);
            continue;
        }
        // Metrics: the list of metrics above the values of the chosen one.
        auto *metrics = new QWidget(m_tabs);
        metrics->setObjectName(QStringLiteral("metricsTab"));
        m_pages[page]->setParent(metrics);
        m_values = new MetricValuesPanel(document, metrics);
        auto *splitter = new QSplitter(Qt::Vertical, metrics);
        splitter->setObjectName(QStringLiteral("metricsSplitter"));
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(m_pages[page]);
        m_values->setContentsMargins(9, 0, 9, 9);
        splitter->addWidget(m_values);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 2);
        auto *layout = new QVBoxLayout(metrics);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(splitter);
        m_tabs->addTab(metrics, titles[i]);
        connect(m_pages[page], &CollectionPage::currentItemChanged, m_values,
                &MetricValuesPanel::setMetric);
        m_values->setMetric(m_pages[page]->currentItem());
    }
    // Relations: the same table as the Cross-references panel's source, edited with the
    // relation dialog (type, ends, assertion, evidence, note).
    m_pages[RelationsPage] =
        new CollectionPage(document, Collection::Relations, document.relationModel(), m_tabs);
    m_tabs->addTab(m_pages[RelationsPage], tr("Re&lations"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // The main window's undo shortcuts do not reach this window.
    QAction *undo = document.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = document.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoShortcuts());
    addAction(undo);
    addAction(redo);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (CollectionPage *p = collectionPage(page()))
            p->view()->setFocus();
    });
    resize(1000, 620);
}

DataManagerDialog::~DataManagerDialog()
{
    delete m_tabs; // the views go before the models they show
}

void DataManagerDialog::setPage(Page page)
{
    if (page >= 0 && page < PageCount)
        m_tabs->setCurrentIndex(int(page));
    if (CollectionPage *p = collectionPage(this->page()))
        p->view()->setFocus();
}

DataManagerDialog::Page DataManagerDialog::page() const
{
    return Page(std::clamp(m_tabs->currentIndex(), 0, int(PageCount) - 1));
}

CollectionPage *DataManagerDialog::collectionPage(Page page) const
{
    return page >= 0 && page < PageCount ? m_pages[std::size_t(page)] : nullptr;
}

} // namespace Anchorline::Views
