#include "editing/datamanager/collectionpage.h"

#include "core/roles.h"
#include "editing/datamanager/datamanagerparts_p.h"
#include "editing/editdialog.h"
#include "editing/records/actoreditdialog.h"
#include "editing/records/eraeditdialog.h"
#include "editing/records/metriceditdialog.h"
#include "editing/records/metricpointdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/records/sourceeditdialog.h"
#include "editing/records/themeeditdialog.h"
#include "editing/undoshortcuts.h"
#include "itemmodels/collectionmodel.h"

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
using namespace DataManagerParts;

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
    const DisplayText &shown = m_document.text(); // the names the table shows
    const auto at = std::size_t(index);
    switch (m_collection) {
    case Collection::Sources:
        return d.sources[at].title; // a source's title is its own, never translated
    case Collection::Actors:
        return shown.name(d.actors[at]);
    case Collection::Themes:
        return shown.name(d.themes[at]);
    case Collection::Eras:
        return shown.name(d.eras[at]);
    case Collection::Metrics:
        return shown.name(d.metrics[at]);
    case Collection::Relations: {
        // "From → To", by the events' titles
        const Relation &relation = d.relations[at];
        auto title = [&d, &shown](const QString &id) {
            const int event = d.indexOfEvent(id);
            return event >= 0 ? shown.title(d.events[std::size_t(event)]) : id;
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

} // namespace Anchorline::Views
