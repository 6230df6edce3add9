#include "editing/listfield.h"

#include "editing/editdialog.h"
#include "style/plainlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

ListField::ListField(const QString &what, const char *name, Actions actions, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QString::fromLatin1(name).toLower() + QStringLiteral("Field"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Long quotes wrap within the list instead of scrolling sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    const std::tuple<QString, QString, const char *, std::function<void()>> specs[] = {
        {tr("Add…"), tr("Add %1").arg(what), "add", actions.add},
        {tr("Edit…"), tr("Edit %1").arg(what), "edit", actions.edit},
        {tr("Remove"), tr("Remove %1").arg(what), "remove", actions.remove}};
    for (const auto &[text, accessible, action, slot] : specs) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(action) + QLatin1String(name));
        button->setAccessibleName(accessible);
        button->setToolTip(accessible);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setFocusProxy(m_list); // the form's label is the buddy of the whole field
    bindItemKeys(m_list, std::move(actions.edit), std::move(actions.remove));
}

void ListField::setItems(const QList<Item> &items, int current, const QString &emptyText)
{
    m_list->clear();
    for (const Item &shown : items) {
        auto *item = new QListWidgetItem(shown.text, m_list);
        item->setToolTip(plainToolTip(shown.toolTip));
    }
    m_empty = items.isEmpty();
    if (m_empty) {
        auto *none = new QListWidgetItem(emptyText, m_list);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(std::clamp(current, 0, int(items.size()) - 1));
    }
}

int ListField::currentRow() const
{
    return m_empty ? -1 : m_list->currentRow();
}

} // namespace Anchorline::Views
