#include "widgets/eventpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLocale>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

// "Title · date [id]". A translated title is followed by the original one, so that typing
// either finds the event (the completer matches the item text) and a bilingual editor sees both.
QString eventItemText(const Event &event, const DisplayText &text)
{
    const QString shown = text.title(event);
    const QString title =
        shown == event.title ? shown : QStringLiteral("%1 / %2").arg(shown, event.title);
    return QStringLiteral("%1 · %2 [%3]")
        .arg(title, event.parsed.toDisplayString(QLocale()), event.id);
}

} // namespace

EventPicker::EventPicker(const Dataset &dataset, const DisplayText &text, bool optional,
                         QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_optional(optional)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(40);
    if (optional)
        m_combo->addItem(tr("(none)"), QString());
    // In date order, the way people look for events.
    std::vector<int> order(dataset.events.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[std::size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return dataset.events[std::size_t(a)].parsed < dataset.events[std::size_t(b)].parsed;
    });
    for (int i : order) {
        const Event &event = dataset.events[std::size_t(i)];
        m_combo->addItem(eventItemText(event, text), event.id);
    }
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCurrentIndex(optional ? 0 : -1);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentTextChanged, this, &EventPicker::changed);
}

QString EventPicker::eventId() const
{
    const int at = m_combo->findText(m_combo->currentText(), Qt::MatchFixedString);
    return at < 0 ? QString() : m_combo->itemData(at).toString();
}

void EventPicker::setEventId(const QString &id)
{
    const int at = m_combo->findData(id);
    m_combo->setCurrentIndex(at >= 0 ? at : (m_optional ? 0 : -1));
    if (at < 0 && !m_optional)
        m_combo->setEditText(QString());
}

bool EventPicker::isAcceptable() const
{
    const QString text = m_combo->currentText();
    if (text.trimmed().isEmpty())
        return m_optional;
    return m_combo->findText(text, Qt::MatchFixedString) >= 0;
}

} // namespace Anchorline::Views
