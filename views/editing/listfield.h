#pragma once

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

class QListWidget;

namespace Anchorline::Views {

// A list of things edited one at a time, with Add…, Edit… and Remove buttons beside it (named
// add<Name>, edit<Name> and remove<Name>, the field itself <name>Field); Return or a double click
// edits the current item, Delete removes it. `what` names one item for the buttons' accessible
// names ("Add evidence").
class ListField : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<void()> add;
        std::function<void()> edit;
        std::function<void()> remove;
    };
    struct Item
    {
        QString text;    // shown as it is: list items never interpret markup
        QString toolTip; // plain text, escaped here
    };

    ListField(const QString &what, const char *name, Actions actions, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ListField)

    QListWidget *list() const { return m_list; }
    // Shows `items`, or `emptyText` greyed out when there are none, and makes row `current`
    // (clamped) the current one.
    void setItems(const QList<Item> &items, int current, const QString &emptyText);
    // The current row, or -1 when there is none (an empty list shows only its placeholder).
    int currentRow() const;

private:
    QListWidget *m_list = nullptr;
    bool m_empty = true;
};

} // namespace Anchorline::Views
