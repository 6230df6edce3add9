#include "eventeditdialog.h"

#include "document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

// Tooltips render as rich text when they look like it: data goes in escaped.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

constexpr int IdRole = Qt::UserRole;

QListWidget *checklist(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 6 + 8);
    return list;
}

// Items are set with setText(): QListWidget never interprets rich text.
void addCheckItem(QListWidget *list, const QString &id, const QString &name, bool checked)
{
    auto *item = new QListWidgetItem(name.isEmpty() ? id : name, list);
    item->setData(IdRole, id);
    item->setToolTip(plainToolTip(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

EventEditDialog::EventEditDialog(Document &document, int eventIndex, QWidget *parent)
    : EditDialog(document, eventIndex, eventIndex < 0 ? tr("New Event") : tr("Edit Event"), parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.events.at(std::size_t(eventIndex));
    m_title = addLine(tr("&Title:"), m_original.title, "title");
    m_title->setPlaceholderText(tr("short, in your own words"));
    m_id = addId(m_original.id, QStringLiteral("ev"), m_title);

    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setEditable(true);
    m_kind->setInsertPolicy(QComboBox::NoInsert);
    QStringList kinds = {QStringLiteral("strategy-document"),
                         QStringLiteral("agreement"),
                         QStringLiteral("speech"),
                         QStringLiteral("summit"),
                         QStringLiteral("legislation"),
                         QStringLiteral("military"),
                         QStringLiteral("policy-shift"),
                         QStringLiteral("government"),
                         QStringLiteral("debate"),
                         QStringLiteral("budget"),
                         QStringLiteral("publication"),
                         QStringLiteral("statement"),
                         QStringLiteral("institution"),
                         QStringLiteral("trade"),
                         QStringLiteral("reference")};
    for (const Event &event : d.events) {
        if (!event.kind.isEmpty() && !kinds.contains(event.kind))
            kinds << event.kind;
    }
    m_kind->addItems(kinds);
    m_kind->setCurrentText(m_isNew ? QString() : m_original.kind);
    form()->addRow(tr("&Kind:"), m_kind);
    connect(m_kind, &QComboBox::currentTextChanged, this, &EditDialog::revalidate);

    m_actors = checklist(this, "actors");
    for (const Actor &actor : d.actors)
        addCheckItem(m_actors, actor.id, actor.name, m_original.actors.contains(actor.id));
    m_actors->setToolTip(tr("The first actor is the event's lane."));
    form()->addRow(tr("&Actors:"), m_actors);
    m_themes = checklist(this, "themes");
    for (const Theme &theme : d.themes)
        addCheckItem(m_themes, theme.id, theme.name, m_original.themes.contains(theme.id));
    form()->addRow(tr("T&hemes:"), m_themes);
    for (QListWidget *list : {m_actors, m_themes})
        connect(list, &QListWidget::itemChanged, this, &EditDialog::revalidate);

    m_summary = addText(tr("&Summary:"), m_original.summary, "summary");
    m_summary->setPlaceholderText(tr("one to three sentences in your own words"));
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    m_note->setPlaceholderText(tr("e.g. where a fact comes from general knowledge"));
    resize(560, sizeHint().height());
    finish();
}

QStringList EventEditDialog::checkedIds(const QListWidget *list, const QStringList &original) const
{
    QStringList checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->data(IdRole).toString();
    }
    // The order matters (the first actor is the lane): ids still checked keep their place, and
    // newly checked ones follow in list order.
    QStringList ordered;
    for (const QString &id : original) {
        if (checked.contains(id))
            ordered << id;
    }
    for (const QString &id : checked) {
        if (!ordered.contains(id))
            ordered << id;
    }
    return ordered;
}

Event EventEditDialog::event() const
{
    Event e = m_original;
    e.id = m_id->text().trimmed();
    e.title = m_title->text();
    e.date = m_date->text();
    e.parsed = m_date->date();
    e.kind = m_kind->currentText().trimmed();
    e.actors = checkedIds(m_actors, m_original.actors);
    e.themes = checkedIds(m_themes, m_original.themes);
    e.summary = m_summary->toPlainText();
    e.note = m_note->toPlainText();
    return e;
}

QString EventEditDialog::validate() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("An event needs a title.");
    const auto &events = m_document.dataset().events;
    const QString id = m_id->text();
    if (id.trimmed().isEmpty())
        return tr("The id must not be empty.");
    if (id != id.trimmed() || id.contains(QLatin1Char(' ')))
        return tr("The id must not contain spaces.");
    const int existing = m_document.eventIndexById(id);
    if (existing >= 0 && existing != m_index)
        return tr("The id \"%1\" is already used by \"%2\".")
            .arg(id, events[std::size_t(existing)].title);
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    if (m_kind->currentText().trimmed().isEmpty())
        return tr("Choose or type a kind (e.g. speech).");
    return {};
}

bool EventEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertEvent(-1, event(), error))
            return false;
        m_index = int(m_document.dataset().events.size()) - 1;
        return true;
    }
    return m_document.replaceEvent(m_index, event(), error);
}

} // namespace Anchorline::Views
