#pragma once

// Small pieces the event, evidence and date-claim dialogs share.

#include "core/dataset.h"
#include "document/document.h"
#include "editing/editdialog.h"
#include "style/plainlabel.h"

#include <QComboBox>
#include <QListWidget>
#include <QObject>
#include <QTextDocument>
#include <functional>
#include <vector>

namespace Anchorline::Views::EventFields {

using namespace Anchorline::Model;

constexpr int IdRole = Qt::UserRole;

inline QListWidget *checklist(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 6 + 8);
    return list;
}

// Items are set with setText(): QListWidget never interprets rich text.
inline void addCheckItem(QListWidget *list, const QString &id, const QString &name, bool checked)
{
    auto *item = new QListWidgetItem(name.isEmpty() ? id : name, list);
    item->setData(IdRole, id);
    item->setToolTip(plainToolTip(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

inline QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

inline QString sourceReference(const Dataset &d, const QString &id)
{
    const int at = d.indexOfSource(id);
    return at < 0 ? id : d.sources[std::size_t(at)].shortReference();
}

// "(none)" (when optional), then every source as "Lee 2026 — Title"; an id that names no source
// is kept as its own item so that an unchanged dialog gives back what it was given.
inline QComboBox *sourceCombo(const Dataset &d, const QString &current, bool optional,
                              QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("source"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(40);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (optional)
        combo->addItem(QObject::tr("(none)"), QString());
    for (const Source &source : d.sources)
        combo->addItem(source.shortReference() + QStringLiteral(" — ") + source.title, source.id);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(QObject::tr("%1 (no such source)").arg(current), current);
    combo->setCurrentIndex(current.isEmpty() ? (optional ? 0 : -1) : combo->findData(current));
    return combo;
}

// Opens a Dialog (window-modal) on row `row` of `items`, or on `fresh` when `row` is -1; its OK
// puts what `value` gives back there (or at the end) and calls `done` with that row.
template<typename Dialog, typename Item>
inline void openItemDialog(Document &document, QWidget *parent, std::vector<Item> &items, int row,
                           Item fresh, Item (Dialog::*value)() const, std::function<void(int)> done)
{
    if (row >= int(items.size()))
        return;
    auto *dialog =
        new Dialog(document, row < 0 ? std::move(fresh) : items[std::size_t(row)], row, parent);
    openDialog(dialog, document, [dialog, &items, row, value, done = std::move(done)] {
        int at = row;
        if (at < 0) {
            items.push_back((dialog->*value)());
            at = int(items.size()) - 1;
        } else if (at < int(items.size())) {
            items[std::size_t(at)] = (dialog->*value)();
        }
        done(at);
    });
}

template<typename Item> inline bool removeRow(std::vector<Item> &items, int row)
{
    if (row < 0 || row >= int(items.size()))
        return false;
    items.erase(items.begin() + row);
    return true;
}

} // namespace Anchorline::Views::EventFields
