#pragma once

#include "anchoring/anchorplace.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QListView>
#include <QString>
#include <QStyledItemDelegate>
#include <functional>
#include <vector>

namespace Anchorline::Views {

// The anchored passages of one source, listed when its text is not available: the event each
// supports, the quote and its context. One row per passage; every text is plain text from the
// data files, painted literally by PassageDelegate.
//
// A source of a large dataset has hundreds of thousands of passages: the model keeps where each
// anchor is (20 bytes a row) and asks for a row's texts only when the row is read, so that
// listing a source costs no copy of its labels and quotes.
class PassageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // Roles of this view's private model, after the shared ones in model/roles.h.
    enum Role {
        PointerRole = Qt::UserRole + 200, // QString: JSON pointer of the anchor
        EventIndexRole,                   // int: the event to select, -1 when there is none
        EventLabelRole,                   // QString: names the event (or relation, metric)
        QuoteRole,                        // QString: the quote in quotation marks
        ContextRole,        // QString: "In context: …prefix [quote] suffix…" or ""
        StripColorRole,     // QColor: the event's first actor, invalid when none
        IsCurrentEventRole, // bool: supports the document's current event
    };

    // One listed passage: its anchor, and the event to select (known up front, for the
    // highlight of the current event's passages).
    struct Row
    {
        Model::AnchorPlace place;
        int eventIndex = -1;
        bool operator==(const Row &) const = default;
    };
    // The texts of a row, made when the row is read.
    struct Entry
    {
        QString label;   // names the event, relation or metric the passage supports
        QString quote;   // the exact quote in quotation marks
        QString context; // "In context: …", empty when the anchor has no prefix or suffix
        QColor color;
    };
    using EntryMaker = std::function<Entry(const Row &row)>;

    explicit PassageListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PassageListModel)

    // Shows `rows`, whose texts `makeEntry` makes. Resets the model unless these are the rows
    // shown and their texts are unchanged (the caller knows: an edit of what they name, another
    // data language), so that the scroll position and the current row survive a refresh of the
    // same source.
    void setRows(std::vector<Row> rows, EntryMaker makeEntry, bool textsChanged = true);
    void setCurrentEvent(int eventIndex);
    int rowOf(const Model::AnchorPlace &place) const; // -1 when not listed
    Model::AnchorPlace placeAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const Entry &entryAt(int row) const;

    std::vector<Row> m_rows;
    EntryMaker m_makeEntry;
    int m_currentEvent = -1;
    // The last row made: painting or measuring a row reads several roles of it in a row.
    mutable int m_madeRow = -1;
    mutable Entry m_made;
};

class PassageListView;

// Paints one passage as a card: a strip in the event's colour, the event in bold, the quote, and
// its context in the placeholder colour, each word-wrapped to the view's width with QTextLayout
// (plain text only). Heights are cached for the current width and font.
class PassageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PassageDelegate(PassageListView &view);
    Q_DISABLE_COPY_MOVE(PassageDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void clearCache() const;

    // The texts painted for a row, top to bottom: event label, quote and, when known, context.
    static QStringList paintedLines(const QModelIndex &index);

private:
    int textWidth(int itemWidth) const;

    PassageListView &m_view;
    mutable QHash<int, int> m_heights; // row -> height at m_cachedWidth
    mutable int m_cachedWidth = -1;
    mutable QFont m_cachedFont;
};

// A list of passage cards as wide as the view: a click, Enter or Space on a passage that
// supports an event emits passageActivated.
class PassageListView final : public QListView
{
    Q_OBJECT

public:
    explicit PassageListView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PassageListView)

    // The width every item is laid out at.
    int itemWidth() const;
    // The height that shows every item at the current width, or `limit` if that is less.
    int contentHeight(int limit) const;

signals:
    void passageActivated(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void updateGeometries() override;
    void changeEvent(QEvent *event) override;
    void reset() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

private:
    void activate(const QModelIndex &index);
    void relayoutIfWidthChanged();

    PassageDelegate *m_delegate = nullptr;
    int m_laidOutWidth = -1;
};

} // namespace Anchorline::Views
