#include "source/passagelist.h"

#include <QEvent>
#include <QHoverEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

namespace {

constexpr int StripWidth = 4;
constexpr int PaddingLeft = StripWidth + 8;
constexpr int PaddingRight = 8;
constexpr int PaddingTop = 6;
constexpr int PaddingBottom = 7;
constexpr int BlockGap = 3;
constexpr qreal CornerRadius = 4;
constexpr int MinimumTextWidth = 40;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// QTextLayout breaks lines only at U+2028; line breaks in a quote are kept as such.
QString forLayout(QString text)
{
    text.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    text.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return text;
}

// Lays `text` out as plain text in lines of `width`, from y = 0; returns the height.
int layOut(QTextLayout &layout, const QString &text, const QFont &font, int width,
           Qt::LayoutDirection direction)
{
    layout.setText(forLayout(text));
    layout.setFont(font);
    QTextOption option(Qt::AlignLeading);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return int(std::ceil(y));
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

PassageListModel::PassageListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PassageListModel::setRows(std::vector<Row> rows, EntryMaker makeEntry, bool textsChanged)
{
    m_makeEntry = std::move(makeEntry);
    m_madeRow = -1;
    // Not dataChanged for changed texts: the list would keep the items' old heights, and laying
    // a long list out again (in batches) loses its scroll position just as a reset does.
    if (!textsChanged && rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PassageListModel::setCurrentEvent(int eventIndex)
{
    if (eventIndex == m_currentEvent)
        return;
    const int previous = m_currentEvent;
    m_currentEvent = eventIndex;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const int event = m_rows[std::size_t(row)].eventIndex;
        if (event >= 0 && (event == previous || event == eventIndex)) {
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed, {IsCurrentEventRole});
        }
    }
}

int PassageListModel::rowOf(const Model::AnchorPlace &place) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&place](const Row &row) { return row.place == place; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

Model::AnchorPlace PassageListModel::placeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].place
                                                : Model::AnchorPlace{};
}

int PassageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const PassageListModel::Entry &PassageListModel::entryAt(int row) const
{
    if (row != m_madeRow) {
        m_made = m_makeEntry ? m_makeEntry(m_rows[std::size_t(row)]) : Entry();
        m_madeRow = row;
    }
    return m_made;
}

QVariant PassageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const Entry &entry = entryAt(index.row());
        QString text = entry.label + QLatin1Char('\n') + entry.quote;
        if (!entry.context.isEmpty())
            text += QLatin1Char('\n') + entry.context;
        return text;
    }
    case Qt::ToolTipRole:
        // Fixed texts only: a tooltip would render data that looks like HTML as rich text.
        return row.eventIndex >= 0 ? tr("Click or press Enter to select this event.")
                                   : tr("This passage supports no event on the timeline.");
    case Qt::AccessibleTextRole: {
        const Entry &entry = entryAt(index.row());
        return entry.label + QStringLiteral(": ") + entry.quote;
    }
    case Qt::AccessibleDescriptionRole: {
        const QString action = row.eventIndex >= 0
                                   ? tr("Press Enter to select the event.")
                                   : tr("This passage supports no event on the timeline.");
        const QString &context = entryAt(index.row()).context;
        return context.isEmpty() ? action : context + QLatin1Char(' ') + action;
    }
    case PointerRole:
        return row.place.pointer();
    case EventIndexRole:
        return row.eventIndex;
    case EventLabelRole:
        return entryAt(index.row()).label;
    case QuoteRole:
        return entryAt(index.row()).quote;
    case ContextRole:
        return entryAt(index.row()).context;
    case StripColorRole:
        return entryAt(index.row()).color;
    case IsCurrentEventRole:
        return row.eventIndex >= 0 && row.eventIndex == m_currentEvent;
    default:
        return {};
    }
}

Qt::ItemFlags PassageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

PassageDelegate::PassageDelegate(PassageListView &view)
    : QStyledItemDelegate(&view)
    , m_view(view)
{}

QStringList PassageDelegate::paintedLines(const QModelIndex &index)
{
    QStringList lines{index.data(PassageListModel::EventLabelRole).toString(),
                      index.data(PassageListModel::QuoteRole).toString()};
    const QString context = index.data(PassageListModel::ContextRole).toString();
    if (!context.isEmpty())
        lines << context;
    return lines;
}

int PassageDelegate::textWidth(int itemWidth) const
{
    return std::max(MinimumTextWidth, itemWidth - PaddingLeft - PaddingRight);
}

void PassageDelegate::clearCache() const
{
    m_heights.clear();
    m_cachedWidth = -1;
}

QSize PassageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int width = m_view.itemWidth();
    if (width != m_cachedWidth || option.font != m_cachedFont) {
        m_heights.clear();
        m_cachedWidth = width;
        m_cachedFont = option.font;
    }
    if (const auto it = m_heights.constFind(index.row()); it != m_heights.constEnd())
        return {width, *it};
    const QStringList lines = paintedLines(index);
    const int text = textWidth(width);
    int height = PaddingTop + PaddingBottom + BlockGap * int(lines.size() - 1);
    QTextLayout layout;
    for (qsizetype i = 0; i < lines.size(); ++i)
        height += layOut(layout, lines[i], i == 0 ? boldFont(option.font) : option.font, text,
                         option.direction);
    m_heights.insert(index.row(), height);
    return {width, height};
}

void PassageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    const QPalette &palette = option.palette;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor strip = index.data(PassageListModel::StripColorRole).value<QColor>();
    const bool current = index.data(PassageListModel::IsCurrentEventRole).toBool();
    const bool activatable = index.data(PassageListModel::EventIndexRole).toInt() >= 0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = base;
    if (current && strip.isValid())
        fill = mix(base, strip, 0.14);
    if (activatable && (option.state & QStyle::State_MouseOver))
        fill = mix(fill, palette.color(group, QPalette::Highlight), 0.10);
    painter->setPen(QPen(mix(base, palette.color(group, QPalette::Text), 0.22), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(card, CornerRadius, CornerRadius);

    if (strip.isValid()) {
        QColor color = strip;
        if (!current)
            color.setAlpha(140);
        const qreal x =
            option.direction == Qt::RightToLeft ? card.right() - StripWidth - 1 : card.left() + 1;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(x, card.top() + 1, StripWidth, card.height() - 2), 1.5,
                                 1.5);
    }
    if (option.state & QStyle::State_HasFocus) {
        // Always visible, not only after a keyboard focus change: the list is read by keyboard.
        painter->setPen(QPen(palette.color(group, QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), CornerRadius - 1, CornerRadius - 1);
    }

    const QStringList lines = paintedLines(index);
    const int width = textWidth(option.rect.width());
    const int left = option.direction == Qt::RightToLeft ? option.rect.left() + PaddingRight
                                                         : option.rect.left() + PaddingLeft;
    int y = option.rect.top() + PaddingTop;
    painter->setClipRect(option.rect);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTextLayout layout;
        const int height = layOut(layout, lines[i], i == 0 ? boldFont(option.font) : option.font,
                                  width, option.direction);
        painter->setPen(palette.color(group, i == 2 ? QPalette::PlaceholderText : QPalette::Text));
        layout.draw(painter, QPointF(left, y));
        y += height + BlockGap;
    }
    painter->restore();
}

PassageListView::PassageListView(QWidget *parent)
    : QListView(parent)
{
    m_delegate = new PassageDelegate(*this);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    // A source in a large dataset can carry many thousands of passages: they are laid out in
    // batches between events, so that showing them never stalls the window.
    setLayoutMode(QListView::Batched);
    setBatchSize(100);
    setSpacing(3);
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(6, 0, 0, 0); // cards line up with the details above
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setBackgroundRole(QPalette::Window);
    connect(this, &QAbstractItemView::clicked, this, &PassageListView::activate);
}

int PassageListView::itemWidth() const
{
    return std::max(1, viewport()->width() - 2 * spacing());
}

int PassageListView::contentHeight(int limit) const
{
    if (!model())
        return 0;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int height = spacing() + 2 * frameWidth();
    for (int row = 0; row < model()->rowCount() && height < limit; ++row)
        height += m_delegate->sizeHint(option, model()->index(row, 0)).height() + spacing();
    return std::min(height, limit);
}

void PassageListView::activate(const QModelIndex &index)
{
    if (index.isValid() && index.data(PassageListModel::EventIndexRole).toInt() >= 0)
        emit passageActivated(index);
}

void PassageListView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier &&
            currentIndex().isValid()) {
            activate(currentIndex());
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QListView::keyPressEvent(event);
}

void PassageListView::relayoutIfWidthChanged()
{
    const int width = itemWidth();
    if (width == m_laidOutWidth)
        return;
    m_laidOutWidth = width;
    m_delegate->clearCache();
    // QListView lays items out again only when the flow direction's extent changes.
    scheduleDelayedItemsLayout();
    if (isVisible())
        executeDelayedItemsLayout(); // no frame with the old heights
}

void PassageListView::resizeEvent(QResizeEvent *event)
{
    // Called for the view and, through QAbstractScrollArea, for its viewport (a scroll bar
    // appearing narrows the items).
    QListView::resizeEvent(event);
    relayoutIfWidthChanged();
}

bool PassageListView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverMove: {
        const QModelIndex index = indexAt(static_cast<QHoverEvent *>(event)->position().toPoint());
        const bool activatable =
            index.isValid() && index.data(PassageListModel::EventIndexRole).toInt() >= 0;
        viewport()->setCursor(activatable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        break;
    }
    case QEvent::HoverLeave:
        viewport()->unsetCursor();
        break;
    default:
        break;
    }
    return QListView::viewportEvent(event);
}

void PassageListView::updateGeometries()
{
    QListView::updateGeometries();
    // Per-pixel scrolling would otherwise step by a whole (tall) item per wheel notch.
    verticalScrollBar()->setSingleStep(fontMetrics().lineSpacing());
}

void PassageListView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
}

void PassageListView::reset()
{
    m_delegate->clearCache();
    QListView::reset();
}

void PassageListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    // Only the texts change an item's height.
    if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
        m_delegate->clearCache();
    QListView::dataChanged(topLeft, bottomRight, roles);
}

void PassageListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    m_delegate->clearCache();
    QListView::rowsInserted(parent, start, end);
}

void PassageListView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_delegate->clearCache();
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

} // namespace Anchorline::Views
