#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QTreeView;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
class RelationPanelModel;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// The Cross-references panel: the current event's title, then its relations grouped by
// direction and type ("supersedes", "superseded by", ...), each related event with the
// evidence passages and their sources, and below the full text of the selected row.
// A click on a related event, or Enter on it or on one of its passages, navigates there
// (Document::setCurrentEvent, so it enters the Back / Forward history).
class RelationPanel final : public QWidget
{
    Q_OBJECT

public:
    RelationPanel(Model::Document &document, Model::EventFilterProxy &filter,
                  QWidget *parent = nullptr);
    ~RelationPanel() override;
    Q_DISABLE_COPY_MOVE(RelationPanel)

    QTreeView *treeView() const { return m_tree; }
    QAbstractItemModel *model() const;
    QString headerText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onModelReset();
    void onCurrentRowChanged(const QModelIndex &current);
    void onClicked(const QModelIndex &index);
    void navigateTo(const QModelIndex &index);

    Model::Document &m_document;
    Model::RelationPanelModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_detail = nullptr;
    QElapsedTimer m_sinceNavigation; // a double click must not navigate twice
};

} // namespace Anchorline::Views
