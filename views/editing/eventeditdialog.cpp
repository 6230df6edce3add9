#include "editing/eventeditdialog.h"

#include "document/document.h"
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

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

QString sourceReference(const Dataset &d, const QString &id)
{
    const int at = d.indexOfSource(id);
    return at < 0 ? id : d.sources[std::size_t(at)].shortReference();
}

// "(none)" (when optional), then every source as "Lee 2026 — Title"; an id that names no source
// is kept as its own item so that an unchanged dialog gives back what it was given.
QComboBox *sourceCombo(const Dataset &d, const QString &current, bool optional, QWidget *parent)
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
void openItemDialog(Document &document, QWidget *parent, std::vector<Item> &items, int row,
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

template<typename Item> bool removeRow(std::vector<Item> &items, int row)
{
    if (row < 0 || row >= int(items.size()))
        return false;
    items.erase(items.begin() + row);
    return true;
}

int wordCount(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(text.split(space, Qt::SkipEmptyParts).size());
}

} // namespace

// ---- AnchorEditDialog

AnchorEditDialog::AnchorEditDialog(Document &document, Anchor anchor, int anchorIndex,
                                   QWidget *parent)
    : EditDialog(document, anchorIndex,
                 anchorIndex < 0 ? tr("New Evidence Passage") : tr("Edit Evidence Passage"), parent)
    , m_original(std::move(anchor))
{
    const Dataset &d = document.dataset();
    m_source = sourceCombo(d, m_original.source, false, this);
    form()->addRow(tr("&Source:"), m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updatePosition();
        revalidate();
    });
    m_exact = addText(tr("&Quote:"), m_original.exact, "exact");
    m_exact->setPlaceholderText(
        tr("the passage exactly as the source has it, at most %1 words").arg(AnchorMaxWords));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("words"));
    m_words->setTextFormat(Qt::PlainText);
    form()->addRow(QString(), m_words);
    m_prefix = addLine(tr("Text &before:"), m_original.prefix, "prefix");
    m_prefix->setToolTip(tr("About %1 characters just before the quote: they tell repeated "
                            "passages apart.")
                             .arg(AnchorContextLength));
    m_suffix = addLine(tr("Text &after:"), m_original.suffix, "suffix");
    m_suffix->setToolTip(tr("About %1 characters just after the quote.").arg(AnchorContextLength));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setTextFormat(Qt::PlainText);
    m_position->setWordWrap(false);
    form()->addRow(tr("Position:"), m_position);
    connect(m_exact, &QPlainTextEdit::textChanged, this, &AnchorEditDialog::updatePosition);
    updatePosition();
    resize(600, sizeHint().height());
    finish();
}

Anchor AnchorEditDialog::anchor() const
{
    Anchor a = m_original;
    // Unchanged fields are handed back exactly as they were (a text edit would, for instance,
    // turn no-break spaces into spaces).
    a.source = m_source->currentData().toString();
    if (m_exact->document()->isModified())
        a.exact = m_exact->toPlainText().trimmed();
    if (m_prefix->isModified())
        a.prefix = m_prefix->text();
    if (m_suffix->isModified())
        a.suffix = m_suffix->text();
    if (a.source != m_original.source || a.exact != m_original.exact) {
        a.start = -1;
        a.end = -1;
    }
    return a;
}

void AnchorEditDialog::updatePosition()
{
    const Anchor a = anchor();
    if (a.start >= 0 && a.end >= a.start)
        m_position->setText(tr("characters %1 to %2 of the source text, where it was anchored")
                                .arg(QLocale().toString(a.start), QLocale().toString(a.end)));
    else if (m_original.start >= 0)
        m_position->setText(tr("none: the quote or its source changed, so the passage will be "
                               "found by searching the text"));
    else
        m_position->setText(tr("none: the passage is found by searching the text"));
    const int words = wordCount(a.exact);
    m_words->setText(words > AnchorMaxWords
                         ? tr("%1 words: anchors quote at most %2.").arg(words).arg(AnchorMaxWords)
                         : tr("%n word(s)", nullptr, words));
}

QString AnchorEditDialog::validate() const
{
    const QString source = m_source->currentData().toString();
    if (source.isEmpty() || m_document.dataset().indexOfSource(source) < 0)
        return tr("Choose the source the passage is quoted from.");
    if (m_exact->toPlainText().trimmed().isEmpty())
        return tr("Type or paste the quoted passage.");
    return {};
}

bool AnchorEditDialog::apply(QString *)
{
    return true; // the event dialog takes the anchor; its OK is the undo step
}

// ---- DateClaimDialog

DateClaimDialog::DateClaimDialog(Document &document, DateClaim claim, int claimIndex,
                                 QWidget *parent)
    : EditDialog(document, claimIndex,
                 claimIndex < 0 ? tr("New Date Claim") : tr("Edit Date Claim"), parent)
    , m_original(std::move(claim))
{
    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);
    m_source = sourceCombo(document.dataset(), m_original.source, true, this);
    m_source->setToolTip(tr("The source that gives this date."));
    form()->addRow(tr("&Source:"), m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    m_note = addText(tr("&Note:"), m_original.note, "note");
    m_note->setPlaceholderText(tr("e.g. the date of the announcement, not of the signature"));
    if (!m_original.evidence.empty()) {
        auto *kept = new QLabel(tr("%n evidence passage(s) of this claim are kept.", nullptr,
                                   int(m_original.evidence.size())),
                                this);
        kept->setTextFormat(Qt::PlainText);
        form()->addRow(QString(), kept);
    }
    resize(520, sizeHint().height());
    finish();
}

DateClaim DateClaimDialog::claim() const
{
    DateClaim c = m_original;
    c.date = m_date->text();
    c.parsed = m_date->date();
    c.source = m_source->currentData().toString();
    if (m_note->document()->isModified())
        c.note = m_note->toPlainText();
    return c;
}

QString DateClaimDialog::validate() const
{
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    return {};
}

bool DateClaimDialog::apply(QString *)
{
    return true;
}

// ---- ListField

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

// ---- EvidenceEditor

EvidenceEditor::EvidenceEditor(Document &document, std::vector<Anchor> anchors, QWidget *parent)
    : ListField(tr("evidence"), "Evidence",
                {[this] { add(); }, [this] { edit(); }, [this] { remove(); }}, parent)
    , m_document(document)
    , m_anchors(std::move(anchors))
{
    list()->setObjectName(QStringLiteral("evidence"));
    fill(0);
}

void EvidenceEditor::fill(int current)
{
    const Dataset &d = m_document.dataset();
    QList<Item> items;
    for (const Anchor &anchor : m_anchors)
        items.append(
            {QStringLiteral("“%1” — %2")
                 .arg(elided(anchor.exact, 160), sourceReference(d, anchor.source)),
             QStringLiteral("…%1“%2”%3…").arg(anchor.prefix, anchor.exact, anchor.suffix)});
    setItems(items, current, tr("(no evidence yet)"));
}

QString EvidenceEditor::error() const
{
    const Dataset &d = m_document.dataset();
    for (std::size_t i = 0; i < m_anchors.size(); ++i) {
        const Anchor &anchor = m_anchors[i];
        if (d.indexOfSource(anchor.source) < 0)
            return tr("Evidence passage %1 quotes an unknown source \"%2\".")
                .arg(QLocale().toString(int(i) + 1), anchor.source);
        if (anchor.exact.trimmed().isEmpty())
            return tr("Evidence passage %1 has no quote.").arg(QLocale().toString(int(i) + 1));
    }
    return {};
}

void EvidenceEditor::add()
{
    Anchor anchor;
    if (!m_anchors.empty())
        anchor.source = m_anchors.back().source; // passages often come from one source
    openItemDialog(m_document, this, m_anchors, -1, std::move(anchor), &AnchorEditDialog::anchor,
                   [this](int row) { refresh(row); });
}

void EvidenceEditor::edit()
{
    if (const int row = currentRow(); row >= 0)
        openItemDialog(m_document, this, m_anchors, row, Anchor{}, &AnchorEditDialog::anchor,
                       [this](int at) { refresh(at); });
}

void EvidenceEditor::remove()
{
    if (const int row = currentRow(); removeRow(m_anchors, row))
        refresh(row);
}

void EvidenceEditor::refresh(int current)
{
    fill(current);
    emit changed();
}

// ---- EventEditDialog

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
            .arg(id, events[std::size_t(existing)].title);
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
