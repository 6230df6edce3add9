#include "editing/event/eventeditdialog.h"

#include "document/document.h"
#include "editing/event/dateclaimdialog.h"
#include "editing/event/eventfields_p.h"
#include "editing/event/evidenceeditor.h"
#include "editing/listfield.h"
#include "source/anchorselection.h"

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
using namespace EventFields;

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
        addCheckItem(m_actors, actor.id, document.text().name(actor),
                     m_original.actors.contains(actor.id));
    m_actors->setToolTip(tr("The first actor is the event's lane."));
    form()->addRow(tr("&Actors:"), m_actors);
    m_themes = checklist(this, "themes");
    for (const Theme &theme : d.themes)
        addCheckItem(m_themes, theme.id, document.text().name(theme),
                     m_original.themes.contains(theme.id));
    form()->addRow(tr("T&hemes:"), m_themes);
    for (QListWidget *list : {m_actors, m_themes})
        connect(list, &QListWidget::itemChanged, this, &EditDialog::revalidate);

    m_summary = addText(tr("&Summary:"), m_original.summary, "summary");
    m_summary->setPlaceholderText(tr("one to three sentences in your own words"));
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    m_note->setPlaceholderText(tr("e.g. where a fact comes from general knowledge"));

    // The translation into the data language the views show: a teacher reading Japanese edits
    // the Japanese text here, and the fields above keep the dataset's own.
    m_language = document.text().language();
    if (!m_language.isEmpty()) {
        const Translations &t = m_original.translations;
        auto *heading = new QLabel(tr("Translation (%1)").arg(m_language), this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        form()->addRow(heading);
        m_translatedTitle = addLine(tr("Title (%1):").arg(m_language), t.text(m_language, u"title"),
                                    "translatedTitle");
        m_translatedShortTitle = addLine(tr("Short title (%1):").arg(m_language),
                                         t.text(m_language, u"shortTitle"), "translatedShortTitle");
        m_translatedSummary = addText(tr("Summary (%1):").arg(m_language),
                                      t.text(m_language, u"summary"), "translatedSummary");
        m_translatedNote = addText(tr("Note (%1):").arg(m_language), t.text(m_language, u"note"),
                                   "translatedNote");
        for (QWidget *field : std::initializer_list<QWidget *>{
                 m_translatedTitle, m_translatedShortTitle, m_translatedSummary, m_translatedNote})
            field->setToolTip(tr("Empty: the view shows the dataset's own text."));
    }

    m_evidence = new EvidenceEditor(document, m_original.evidence, this);
    m_evidence->list()->setToolTip(tr("Passages of sources that support the event. Anchor a "
                                      "selection in the Source Text panel to add one from the "
                                      "text."));
    form()->addRow(tr("E&vidence:"), m_evidence);
    connect(m_evidence, &EvidenceEditor::changed, this, &EditDialog::revalidate);
    m_claims = m_original.dateClaims;
    m_claimField = new ListField(
        tr("date claim"), "Claim",
        {[this] { addClaim(); }, [this] { editClaim(); }, [this] { removeClaim(); }}, this);
    m_claimField->list()->setObjectName(QStringLiteral("claims"));
    m_claimField->list()->setToolTip(tr("Other dates that sources give for the event."));
    form()->addRow(tr("Date c&laims:"), m_claimField);
    fillClaims(0);
    resize(620, sizeHint().height());
    finish();
}

QListWidget *EventEditDialog::evidenceList() const
{
    return m_evidence->list();
}

QListWidget *EventEditDialog::claimList() const
{
    return m_claimField->list();
}

void EventEditDialog::fillClaims(int current)
{
    const Dataset &d = m_document.dataset();
    QList<ListField::Item> items;
    for (const DateClaim &claim : m_claims) {
        QString text =
            claim.parsed.isValid()
                ? QStringLiteral("%1 (%2)").arg(claim.date, DateEdit::interpretation(claim.parsed))
                : claim.date;
        if (!claim.source.isEmpty())
            text += QStringLiteral(" — ") + sourceReference(d, claim.source);
        if (!claim.note.isEmpty())
            text += QStringLiteral(": ") + elided(claim.note, 60);
        items.append({text, claim.note.isEmpty() ? claim.date : claim.note});
    }
    m_claimField->setItems(items, current, tr("(no other dates)"));
}

void EventEditDialog::addEvidence()
{
    m_evidence->add();
}

void EventEditDialog::editEvidence()
{
    m_evidence->edit();
}

void EventEditDialog::removeEvidence()
{
    m_evidence->remove();
}

void EventEditDialog::addClaim()
{
    openItemDialog(m_document, this, m_claims, -1, DateClaim{}, &DateClaimDialog::claim,
                   [this](int row) { claimsChanged(row); });
}

void EventEditDialog::editClaim()
{
    if (const int row = m_claimField->currentRow(); row >= 0)
        openItemDialog(m_document, this, m_claims, row, DateClaim{}, &DateClaimDialog::claim,
                       [this](int at) { claimsChanged(at); });
}

void EventEditDialog::removeClaim()
{
    if (const int row = m_claimField->currentRow(); removeRow(m_claims, row))
        claimsChanged(row);
}

void EventEditDialog::claimsChanged(int current)
{
    fillClaims(current);
    revalidate();
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
    if (!m_language.isEmpty()) {
        auto set = [&](const char *field, const QString &text) {
            e.translations.setText(TranslatedKind::Event, m_language, QString::fromLatin1(field),
                                   text.trimmed().isEmpty() ? QString() : text);
        };
        set("title", m_translatedTitle->text());
        set("shortTitle", m_translatedShortTitle->text());
        set("summary", m_translatedSummary->toPlainText());
        set("note", m_translatedNote->toPlainText());
    }
    e.evidence = m_evidence->anchors();
    e.dateClaims = m_claims;
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
            .arg(id, m_document.text().title(events[std::size_t(existing)]));
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    if (m_kind->currentText().trimmed().isEmpty())
        return tr("Choose or type a kind (e.g. speech).");
    return m_evidence->error();
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
