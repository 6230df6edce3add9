#include "panels/relationpanel.h"

#include "document/document.h"
#include "itemmodels/relationpanelmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Anchorline::Views {

using Model::RelationPanelModel;

RelationPanel::RelationPanel(Model::Document &document, Model::EventFilterProxy &filter,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RelationPanelModel(document, this))
{
    Q_UNUSED(filter) // relations lead out of the filter on purpose: a hidden event is still a link
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RelationPanelModel::TextColumn, QHeaderView::Stretch);
    // Fixed, modest widths for date/source and assertion so a narrow dock leaves the titles
    // and quotes most of the room; long dates elide.
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->header()->setSectionResizeMode(RelationPanelModel::DateOrSourceColumn,
                                           QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(RelationPanelModel::AssertionColumn,
                                           QHeaderView::Interactive);
    m_tree->header()->resizeSection(RelationPanelModel::DateOrSourceColumn,
                                    metrics.horizontalAdvance(QStringLiteral("00 Sep 0000 – c.")));
    m_tree->header()->resizeSection(RelationPanelModel::AssertionColumn,
                                    metrics.horizontalAdvance(QStringLiteral("interpretation")) +
                                        12);
    m_tree->setAccessibleName(tr("Cross-references"));
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    m_detail = new QLabel(this);
    m_detail->setAccessibleName(tr("Selected cross-reference"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3 + 12);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_detail);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationPanel::onModelReset);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_tree, &QTreeView::clicked, this, &RelationPanel::onClicked);
    onModelReset();
}

RelationPanel::~RelationPanel() = default;

QAbstractItemModel *RelationPanel::model() const
{
    return m_model;
}

QString RelationPanel::headerText() const
{
    return m_title->text();
}

void RelationPanel::onModelReset()
{
    const int focus = m_model->focusEvent();
    const auto &events = m_document.dataset().events;
    if (focus < 0) {
        m_title->setText(tr("No event selected"));
        m_count->setText(tr("Select an event to see what it answers, what it changed and what "
                            "came of it."));
    } else {
        m_title->setText(m_document.text().title(events[std::size_t(focus)]));
        int relations = 0;
        for (int g = 0; g < m_model->rowCount(); ++g)
            relations += m_model->rowCount(m_model->index(g, 0));
        m_count->setText(relations == 0
                             ? tr("No cross-references recorded for this event.")
                             : tr("%n cross-reference(s). Click or press Enter to go to an event.",
                                  nullptr, relations));
    }
    m_tree->expandAll();
    m_detail->clear();
    if (m_model->rowCount() > 0) {
        // Start on the first related event so the keyboard is one Enter away from navigating.
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_tree->scrollToTop();
    }
}

void RelationPanel::onCurrentRowChanged(const QModelIndex &current)
{
    // The full text of the row (quotes are elided in the tree): the tooltip says it all.
    const QModelIndex text = current.siblingAtColumn(RelationPanelModel::TextColumn);
    if (m_model->rowKind(text) == RelationPanelModel::RowKind::Invalid)
        m_detail->clear();
    else
        m_detail->setText(text.data(Qt::ToolTipRole).toString());
}

void RelationPanel::onClicked(const QModelIndex &index)
{
    if (m_model->rowKind(index) != RelationPanelModel::RowKind::RelatedEvent)
        return;
    if (m_sinceNavigation.isValid() &&
        m_sinceNavigation.elapsed() < QApplication::doubleClickInterval())
        return;
    navigateTo(index);
}

void RelationPanel::navigateTo(const QModelIndex &index)
{
    const int target = m_model->targetEvent(index);
    if (target < 0)
        return;
    m_sinceNavigation.start();
    // Queued: navigating resets the model under the view that is still handling the click.
    QTimer::singleShot(0, this, [this, target] { m_document.setCurrentEvent(target); });
}

bool RelationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_tree->currentIndex();
            if (m_model->rowKind(current) == RelationPanelModel::RowKind::Group) {
                m_tree->setExpanded(current.siblingAtColumn(0), !m_tree->isExpanded(current));
            } else if (current.isValid()) {
                navigateTo(current);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Anchorline::Views
