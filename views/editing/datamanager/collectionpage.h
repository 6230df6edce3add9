#pragma once

#include "document/document.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Anchorline::Views {

class EditDialog;

// One collection as a filterable table with New…, Edit… (also double click, Return) and Delete
// (also the Delete key). New and Edit open the collection's EditDialog; Delete asks first,
// naming what refers to the item, and removes it with everything that refers to it in one undo
// step (Document::removeItemAndReferences) or says why it cannot.
class CollectionPage final : public QWidget
{
    Q_OBJECT

public:
    // `model` lists the collection in dataset order (row i is item i); the page does not own it.
    CollectionPage(Model::Document &document, Model::Collection collection,
                   QAbstractItemModel *model, QWidget *parent = nullptr);
    ~CollectionPage() override;
    Q_DISABLE_COPY_MOVE(CollectionPage)

    Model::Collection collection() const { return m_collection; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Index into the dataset's collection of the current row, or -1.
    int currentItem() const;
    void setCurrentItem(int index);
    // The last thing done or refused, as plain text.
    QString statusText() const;

    void newItem();
    void editItem();
    void deleteItem();

signals:
    void currentItemChanged(int index);

private:
    EditDialog *createDialog(int index);
    QString itemName(int index) const;
    void showStatus(const QString &text, bool error);
    void updateButtons();

    Model::Document &m_document;
    Model::Collection m_collection;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Anchorline::Views
