#pragma once

// Small pieces the Manage Data pages share: buttons, tables, status lines and the wording of
// what a deletion takes with it.

#include "document/document.h"

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

namespace Anchorline::Views::DataManagerParts {

using namespace Anchorline::Model;

inline QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("status"));
    label->setTextFormat(Qt::PlainText); // names and titles come from the file
    label->setWordWrap(true);
    return label;
}

inline void setStatus(QLabel *label, const QString &text, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setText(text);
}

inline QPushButton *button(const QString &text, const QString &accessibleName, const QString &tip,
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
inline QHBoxLayout *listWithButtons(QWidget *view, QPushButton *create, QPushButton *edit,
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

inline QTableView *tableView(QWidget *parent, const char *name)
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
inline void fitColumns(QTableView *view, int stretchColumn)
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

inline int stretchColumnOf(Collection collection)
{
    // The column with the longest text: a source's title, a theme's definition, else the name.
    return collection == Collection::Sources || collection == Collection::Themes ? 1 : 0;
}

struct Nouns
{
    QString singular; // "actor"
    QString title;    // "Actor"
};

inline Nouns nouns(Collection collection)
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

inline QString undoShortcut()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}

// The lines of a delete confirmation: what happens to what refers to the item.
inline QStringList consequences(Collection collection, const ItemReferences &refs, int values)
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

inline QString eventList(const ItemReferences &refs)
{
    if (refs.eventTitles.isEmpty())
        return {};
    QString list = QObject::tr("Events: %1").arg(refs.eventTitles.join(QStringLiteral("; ")));
    if (refs.events > refs.eventTitles.size())
        list += QObject::tr("; and %n more", nullptr, int(refs.events - refs.eventTitles.size()));
    return list;
}

} // namespace Anchorline::Views::DataManagerParts
