#include "editing/editdialogs.h"

#include "document/document.h"
#include "editing/eventeditdialog.h"

#include <QAbstractItemView>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

// Red text on the palette's base, readable in light and dark themes.
void setErrorStyle(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // text from the user or the file: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString eventItemText(const Event &event)
{
    return QStringLiteral("%1 · %2 [%3]")
        .arg(event.title, event.parsed.toDisplayString(QLocale()), event.id);
}

const QRegularExpression &colorPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern;
}

template<typename T> QString idError(const std::vector<T> &items, const QString &id, int except)
{
    if (id.trimmed().isEmpty())
        return QObject::tr("The id must not be empty.");
    if (id != id.trimmed() || id.contains(QLatin1Char(' ')))
        return QObject::tr("The id must not contain spaces.");
    for (int i = 0; i < int(items.size()); ++i) {
        if (i != except && items[std::size_t(i)].id == id)
            return QObject::tr("The id \"%1\" is already used.").arg(id);
    }
    return {};
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    edit->setPlainText(text);
}

} // namespace

// ---- DateEdit

DateEdit::DateEdit(bool required, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_interpretation(plainLabel(this))
    , m_required(required)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_interpretation);
    m_edit->setPlaceholderText(tr("e.g. 2022-12-16, 2025-11, FY2025, 2013~, 2025-10-21/.."));
    m_edit->setToolTip(tr("An EDTF date: a day, month, season (YYYY-21..24), year or fiscal year "
                          "(FY2025), an interval A/B with open ends '..', and '~' (approximate), "
                          "'?' (uncertain) or '%' (both)."));
    setFocusProxy(m_edit); // the form's label is the buddy of the whole field
    connect(m_edit, &QLineEdit::textChanged, this, &DateEdit::reparse);
    reparse();
}

QString DateEdit::text() const
{
    return m_edit->text().trimmed();
}

void DateEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

QString DateEdit::interpretation(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    QString text = QStringLiteral("%1 (%2)").arg(date.toDisplayString(QLocale()),
                                                 precisionDisplayName(date.precision()));
    if (date.isApproximate() && date.isUncertain())
        text += tr(", approximate and uncertain");
    else if (date.isApproximate())
        text += tr(", approximate");
    else if (date.isUncertain())
        text += tr(", uncertain");
    return text;
}

void DateEdit::reparse()
{
    const QString value = text();
    m_date = {};
    m_error.clear();
    if (value.isEmpty()) {
        if (m_required)
            m_error = tr("A date is required.");
        m_interpretation->setText(m_required ? m_error : tr("(no date)"));
    } else {
        const PartialDate::ParseResult result = PartialDate::parse(value);
        if (result.ok()) {
            m_date = result.date;
            m_interpretation->setText(interpretation(m_date));
        } else {
            m_error = result.error;
            m_interpretation->setText(m_error);
        }
    }
    setErrorStyle(m_interpretation, !m_error.isEmpty());
    emit changed();
}

// ---- EventPicker

EventPicker::EventPicker(const Dataset &dataset, bool optional, QWidget *parent)
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
        m_combo->addItem(eventItemText(event), event.id);
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

// ---- EditDialog

EditDialog::EditDialog(Document &document, int index, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_index(index)
    , m_isNew(index < 0)
    , m_form(new QFormLayout)
    , m_errorLabel(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    m_errorLabel->setObjectName(QStringLiteral("validationError"));
    m_errorLabel->setAccessibleName(tr("What to fix"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
}

EditDialog::~EditDialog() = default;

QLineEdit *EditDialog::addLine(const QString &label, const QString &text, const char *name)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(QLatin1String(name));
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &EditDialog::revalidate);
    return edit;
}

QPlainTextEdit *EditDialog::addText(const QString &label, const QString &text, const char *name)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    setPlainText(edit, text);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    m_form->addRow(label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &EditDialog::revalidate);
    return edit;
}

QLineEdit *EditDialog::addId(const QString &id, const QString &prefix, QLineEdit *source)
{
    QLineEdit *edit = addLine(tr("&Id:"), id, "id");
    edit->setToolTip(tr("Unique within its list; lower-case words joined by dashes."));
    if (m_isNew && source) {
        // QLineEdit::isModified() turns true when the user types, and stays so.
        connect(source, &QLineEdit::textChanged, edit, [edit, prefix](const QString &text) {
            if (!edit->isModified())
                edit->setText(suggestId(prefix, text));
        });
    }
    return edit;
}

void EditDialog::finish()
{
    // A label names the field it is the buddy of; inside composite fields (a date with its
    // reading, a colour with its button, a list with its buttons) the parts that take the
    // keyboard get the label's text as their accessible name.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *labelItem = m_form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = m_form->itemAt(row, QFormLayout::FieldRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
        if (!label || !field)
            continue;
        // A label's mnemonic focuses its buddy only when the buddy takes focus itself: a
        // composite field hands it on to its first part that does.
        if (field->focusPolicy() == Qt::NoFocus) {
            QWidget *first = field->focusProxy();
            for (QWidget *part : field->findChildren<QWidget *>()) {
                if (!first && (part->focusPolicy() & Qt::TabFocus))
                    first = part;
            }
            if (first) {
                field->setFocusProxy(first);
                field->setFocusPolicy(first->focusPolicy());
            }
        }
        const QString name = label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        // Item views do not take their name from a buddy label.
        if (qobject_cast<QAbstractItemView *>(field) && field->accessibleName().isEmpty())
            field->setAccessibleName(name);
        for (QWidget *part : field->findChildren<QWidget *>()) {
            const bool named = !part->accessibleName().isEmpty();
            if (!named &&
                (qobject_cast<QLineEdit *>(part) || qobject_cast<QComboBox *>(part) ||
                 qobject_cast<QAbstractItemView *>(part)) &&
                !qobject_cast<QComboBox *>(part->parentWidget()))
                part->setAccessibleName(name);
        }
    }
    revalidate();
}

void EditDialog::revalidate()
{
    m_errorText = validate();
    m_errorLabel->setText(m_errorText);
    m_errorLabel->setVisible(!m_errorText.isEmpty());
    setErrorStyle(m_errorLabel, true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errorText.isEmpty());
}

void EditDialog::accept()
{
    revalidate();
    if (!m_errorText.isEmpty())
        return;
    QString error;
    if (!apply(&error)) {
        // The document has the last word (e.g. an id taken meanwhile): say why, stay open.
        m_errorText = error.isEmpty() ? tr("The change was refused.") : error;
        m_errorLabel->setText(m_errorText);
        m_errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

namespace {

class ItemKeys final : public QObject
{
public:
    ItemKeys(QAbstractItemView *view, std::function<void()> edit, std::function<void()> remove)
        : QObject(view)
        , m_edit(std::move(edit))
        , m_remove(std::move(remove))
    {
        view->installEventFilter(this);
        connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
            if (index.isValid() && m_edit)
                m_edit();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers =
            key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
        if (modifiers != Qt::NoModifier)
            return false;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_edit) {
            m_edit();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_remove) {
            m_remove();
            return true;
        }
        return false;
    }

private:
    std::function<void()> m_edit;
    std::function<void()> m_remove;
};

} // namespace

void bindItemKeys(QAbstractItemView *view, std::function<void()> edit, std::function<void()> remove)
{
    new ItemKeys(view, std::move(edit), std::move(remove));
}

void openDialog(QDialog *dialog, Document &document, std::function<void()> accepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(&document, &Document::datasetReset, dialog, &QDialog::reject);
    if (accepted)
        QObject::connect(dialog, &QDialog::accepted, dialog, std::move(accepted));
    dialog->open();
}

QString suggestId(const QString &prefix, const QString &text)
{
    QString slug;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c.toLower();
            dash = false;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            dash = true;
        }
        if (slug.size() >= 48)
            break;
    }
    if (slug.isEmpty())
        return QString();
    return prefix.isEmpty() ? slug : prefix + QLatin1Char('-') + slug;
}

// ---- relation

RelationEditDialog::RelationEditDialog(Document &document, int relationIndex, QWidget *parent,
                                       const QString &fromEventId, const QString &toEventId)
    : EditDialog(document, relationIndex,
                 relationIndex < 0 ? tr("New Relation") : tr("Edit Relation"), parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.relations.at(std::size_t(relationIndex));
    else {
        m_original.from = fromEventId;
        m_original.to = toEventId;
    }
    m_from = new EventPicker(d, false, this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setEventId(m_original.from);
    form()->addRow(tr("&From:"), m_from);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (int i = 0; i < RelationTypeCount; ++i)
        m_type->addItem(relationTypeForward(RelationType(i)), relationTypeName(RelationType(i)));
    m_type->setCurrentIndex(int(m_original.type));
    form()->addRow(tr("&Relation:"), m_type);
    m_to = new EventPicker(d, false, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setEventId(m_original.to);
    form()->addRow(tr("&To:"), m_to);
    m_assertion = new QComboBox(this);
    m_assertion->setObjectName(QStringLiteral("assertion"));
    for (int i = 0; i < AssertionCount; ++i)
        m_assertion->addItem(assertionName(Assertion(i)));
    m_assertion->setCurrentIndex(int(m_original.assertion));
    m_assertion->setToolTip(tr("How the source asserts it: a documented fact, an author's "
                               "interpretation, a view attributed to someone, a recommendation "
                               "or a report."));
    form()->addRow(tr("&Asserted as:"), m_assertion);
    m_id = addId(m_isNew ? QString() : m_original.id, QString(), nullptr);
    m_note = addText(tr("&Note:"), m_original.note, "note");
    m_evidence = new EvidenceEditor(document, m_original.evidence, this);
    m_evidence->list()->setToolTip(
        tr("Passages of sources that state or support the relation, so a reader can check it."));
    form()->addRow(tr("E&vidence:"), m_evidence);
    connect(m_evidence, &EvidenceEditor::changed, this, &EditDialog::revalidate);
    for (EventPicker *picker : {m_from, m_to})
        connect(picker, &EventPicker::changed, this, [this] {
            if (m_isNew && !m_id->isModified())
                m_id->setText(suggestId(QStringLiteral("rel"),
                                        m_from->eventId().remove(QStringLiteral("ev-")) +
                                            QLatin1Char(' ') + m_type->currentData().toString() +
                                            QLatin1Char(' ') +
                                            m_to->eventId().remove(QStringLiteral("ev-"))));
            revalidate();
        });
    connect(m_type, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    connect(m_assertion, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    resize(620, sizeHint().height());
    finish();
}

Relation RelationEditDialog::relation() const
{
    Relation r = m_original;
    r.id = m_id->text().trimmed();
    r.from = m_from->eventId();
    r.to = m_to->eventId();
    r.type = RelationType(std::clamp(m_type->currentIndex(), 0, RelationTypeCount - 1));
    r.assertion = Assertion(std::clamp(m_assertion->currentIndex(), 0, AssertionCount - 1));
    r.note = m_note->toPlainText();
    r.evidence = m_evidence->anchors();
    return r;
}

QString RelationEditDialog::validate() const
{
    if (!m_from->isAcceptable() || m_from->eventId().isEmpty())
        return tr("Choose the event the relation starts from.");
    if (!m_to->isAcceptable() || m_to->eventId().isEmpty())
        return tr("Choose the event the relation leads to.");
    if (m_from->eventId() == m_to->eventId())
        return tr("A relation cannot join an event to itself.");
    if (const QString e = idError(m_document.dataset().relations, m_id->text(), m_index);
        !e.isEmpty())
        return e;
    return m_evidence->error();
}

bool RelationEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertRelation(-1, relation(), error))
            return false;
        m_index = int(m_document.dataset().relations.size()) - 1;
        return true;
    }
    return m_document.replaceRelation(m_index, relation(), error);
}

// ---- source

namespace {

QString authorLine(const Person &person)
{
    if (!person.literal.isEmpty())
        return person.literal;
    return person.given.isEmpty() ? person.family
                                  : person.family + QStringLiteral(", ") + person.given;
}

} // namespace

SourceEditDialog::SourceEditDialog(Document &document, int sourceIndex, QWidget *parent)
    : EditDialog(document, sourceIndex, sourceIndex < 0 ? tr("New Source") : tr("Edit Source"),
                 parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.sources.at(std::size_t(sourceIndex));
    m_title = addLine(tr("&Title:"), m_original.title, "title");
    m_id = addId(m_original.id, QStringLiteral("src"), m_title);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("article"), QStringLiteral("article-journal"),
                      QStringLiteral("article-magazine"), QStringLiteral("article-newspaper"),
                      QStringLiteral("webpage"), QStringLiteral("report"), QStringLiteral("book"),
                      QStringLiteral("chapter"), QStringLiteral("speech"),
                      QStringLiteral("legislation"), QStringLiteral("document")});
    m_type->setCurrentText(m_original.type);
    form()->addRow(tr("T&ype:"), m_type);
    QStringList authors;
    for (const Person &person : m_original.author)
        authors << authorLine(person);
    m_authors = addText(tr("&Authors:"), authors.join(QLatin1Char('\n')), "authors");
    m_authors->setPlaceholderText(
        tr("One per line: Family, Given — or an organisation's name without a comma"));
    m_issued = new DateEdit(false, this);
    m_issued->setObjectName(QStringLiteral("issued"));
    m_issued->setText(m_original.issued);
    form()->addRow(tr("&Issued:"), m_issued);
    connect(m_issued, &DateEdit::changed, this, &EditDialog::revalidate);
    m_container = addLine(tr("&Series or outlet:"), m_original.containerTitle, "containerTitle");
    m_publisher = addLine(tr("&Publisher:"), m_original.publisher, "publisher");
    m_url = addLine(tr("&URL:"), m_original.url, "url");
    m_license = addLine(tr("&Licence:"), m_original.license, "license");
    m_language = addLine(tr("&Language:"), m_original.language, "language");
    m_perspective = addLine(tr("P&erspective:"), m_original.perspective, "perspective");
    m_perspective->setPlaceholderText(tr("where the author writes from"));
    m_file = addLine(tr("Text &file:"), m_original.file, "file");
    m_note = addText(tr("&Note:"), m_original.note, "note");
    connect(m_type, &QComboBox::currentTextChanged, this, &EditDialog::revalidate);
    finish();
}

Source SourceEditDialog::source() const
{
    Source s = m_original;
    s.id = m_id->text().trimmed();
    s.type = m_type->currentText().trimmed();
    s.title = m_title->text();
    std::vector<Person> authors;
    for (const QString &raw : m_authors->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // Unchanged authors keep their unknown keys.
        const auto same = std::find_if(m_original.author.begin(), m_original.author.end(),
                                       [&](const Person &p) { return authorLine(p) == line; });
        if (same != m_original.author.end()) {
            authors.push_back(*same);
            continue;
        }
        Person person;
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        if (comma < 0) {
            person.literal = line;
        } else {
            person.family = line.left(comma).trimmed();
            person.given = line.mid(comma + 1).trimmed();
        }
        authors.push_back(std::move(person));
    }
    s.author = std::move(authors);
    s.issued = m_issued->text();
    s.issuedDate = m_issued->date();
    s.containerTitle = m_container->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.url = m_url->text().trimmed();
    s.license = m_license->text().trimmed();
    s.language = m_language->text().trimmed();
    s.perspective = m_perspective->text().trimmed();
    s.file = m_file->text().trimmed();
    s.note = m_note->toPlainText();
    return s;
}

QString SourceEditDialog::validate() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("A source needs a title.");
    if (const QString e = idError(m_document.dataset().sources, m_id->text(), m_index);
        !e.isEmpty())
        return e;
    if (m_type->currentText().trimmed().isEmpty())
        return tr("A source needs a type (e.g. article).");
    if (!m_issued->error().isEmpty())
        return tr("Issued: %1").arg(m_issued->error());
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") &&
             parsed.scheme() != QLatin1String("https")) ||
            parsed.host().isEmpty())
            return tr("The URL must be a web address starting with http:// or https://.");
    }
    for (const QString &raw : m_authors->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char(',')))
            return tr("Author \"%1\" needs a family name before the comma.").arg(line);
    }
    return {};
}

bool SourceEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertSource(-1, source(), error))
            return false;
        m_index = int(m_document.dataset().sources.size()) - 1;
        return true;
    }
    return m_document.replaceSource(m_index, source(), error);
}

// ---- colour

ColorField::ColorField(const QColor &color, bool required, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_swatch(new QPushButton(this))
    , m_required(required)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_swatch);
    m_edit->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_swatch->setText(tr("Choose…"));
    m_swatch->setObjectName(QStringLiteral("chooseColor"));
    setFocusProxy(m_edit);
    setColor(color);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateSwatch();
        emit changed();
    });
    connect(m_swatch, &QPushButton::clicked, this, &ColorField::pick);
}

QColor ColorField::color() const
{
    const QString text = m_edit->text().trimmed();
    return colorPattern().match(text).hasMatch() ? QColor(text) : QColor();
}

void ColorField::setColor(const QColor &color)
{
    m_edit->setText(color.isValid() ? color.name(QColor::HexRgb) : QString());
    updateSwatch();
}

QString ColorField::error() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_required ? tr("A colour is required.") : QString();
    return color().isValid() ? QString() : tr("A colour is written #rrggbb, e.g. #0072b2.");
}

void ColorField::updateSwatch()
{
    const QColor c = color();
    QPixmap pixmap(16, 16);
    pixmap.fill(c.isValid() ? c : QColor(Qt::transparent));
    m_swatch->setIcon(QIcon(pixmap));
}

void ColorField::pick()
{
    const QColor chosen =
        QColorDialog::getColor(color().isValid() ? color() : QColor(Qt::gray), this);
    if (chosen.isValid())
        setColor(chosen);
}

// ---- actor

ActorEditDialog::ActorEditDialog(Document &document, int actorIndex, QWidget *parent)
    : EditDialog(document, actorIndex, actorIndex < 0 ? tr("New Actor") : tr("Edit Actor"), parent)
{
    if (!m_isNew)
        m_original = document.dataset().actors.at(std::size_t(actorIndex));
    else
        m_original.color = QColor(0x00, 0x72, 0xb2);
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QString(), m_name);
    m_shortName = addLine(tr("&Short name:"), m_original.shortName, "shortName");
    m_shortName->setPlaceholderText(tr("e.g. JP, for narrow lanes"));
    m_color = new ColorField(m_original.color, true, this);
    m_color->setObjectName(QStringLiteral("color"));
    form()->addRow(tr("&Colour:"), m_color);
    connect(m_color, &ColorField::changed, this, &EditDialog::revalidate);
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    finish();
}

Actor ActorEditDialog::actor() const
{
    Actor a = m_original;
    a.id = m_id->text().trimmed();
    a.name = m_name->text();
    a.shortName = m_shortName->text().trimmed();
    a.color = m_color->color();
    a.note = m_note->toPlainText();
    return a;
}

QString ActorEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("An actor needs a name.");
    if (const QString e = idError(m_document.dataset().actors, m_id->text(), m_index); !e.isEmpty())
        return e;
    return m_color->error();
}

bool ActorEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertActor(-1, actor(), error))
            return false;
        m_index = int(m_document.dataset().actors.size()) - 1;
        return true;
    }
    return m_document.replaceActor(m_index, actor(), error);
}

// ---- theme

ThemeEditDialog::ThemeEditDialog(Document &document, int themeIndex, QWidget *parent)
    : EditDialog(document, themeIndex, themeIndex < 0 ? tr("New Theme") : tr("Edit Theme"), parent)
{
    if (!m_isNew)
        m_original = document.dataset().themes.at(std::size_t(themeIndex));
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QString(), m_name);
    m_definition = addLine(tr("&Definition:"), m_original.definition, "definition");
    m_definition->setPlaceholderText(tr("one line"));
    finish();
}

Theme ThemeEditDialog::theme() const
{
    Theme t = m_original;
    t.id = m_id->text().trimmed();
    t.name = m_name->text();
    t.definition = m_definition->text();
    return t;
}

QString ThemeEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A theme needs a name.");
    return idError(m_document.dataset().themes, m_id->text(), m_index);
}

bool ThemeEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertTheme(-1, theme(), error))
            return false;
        m_index = int(m_document.dataset().themes.size()) - 1;
        return true;
    }
    return m_document.replaceTheme(m_index, theme(), error);
}

// ---- era

EraEditDialog::EraEditDialog(Document &document, int eraIndex, QWidget *parent)
    : EditDialog(document, eraIndex, eraIndex < 0 ? tr("New Era") : tr("Edit Era"), parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.eras.at(std::size_t(eraIndex));
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QStringLiteral("era"), m_name);
    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setEditable(true);
    QStringList groups;
    for (const Era &era : d.eras) {
        if (!era.group.isEmpty() && !groups.contains(era.group))
            groups << era.group;
    }
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(m_original.group);
    m_group->setToolTip(tr("Eras of one group share a band, e.g. \"Prime Minister of Japan\"."));
    form()->addRow(tr("&Group:"), m_group);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->addItem(tr("(none)"), QString());
    for (const Actor &actor : d.actors)
        m_actor->addItem(actor.name, actor.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(m_original.actor)));
    form()->addRow(tr("&Actor:"), m_actor);
    m_color = new ColorField(m_original.color, false, this);
    m_color->setObjectName(QStringLiteral("color"));
    form()->addRow(tr("&Colour:"), m_color);
    connect(m_color, &ColorField::changed, this, &EditDialog::revalidate);
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    finish();
}

Era EraEditDialog::era() const
{
    Era e = m_original;
    e.id = m_id->text().trimmed();
    e.name = m_name->text();
    e.date = m_date->text();
    e.parsed = m_date->date();
    e.group = m_group->currentText().trimmed();
    e.actor = m_actor->currentData().toString();
    e.color = m_color->color();
    e.note = m_note->toPlainText();
    return e;
}

QString EraEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("An era needs a name.");
    if (const QString e = idError(m_document.dataset().eras, m_id->text(), m_index); !e.isEmpty())
        return e;
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    return m_color->error();
}

bool EraEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertEra(-1, era(), error))
            return false;
        m_index = int(m_document.dataset().eras.size()) - 1;
        return true;
    }
    return m_document.replaceEra(m_index, era(), error);
}

// ---- metric

MetricEditDialog::MetricEditDialog(Document &document, int metricIndex, QWidget *parent)
    : EditDialog(document, metricIndex, metricIndex < 0 ? tr("New Metric") : tr("Edit Metric"),
                 parent)
{
    if (!m_isNew)
        m_original = document.dataset().metrics.at(std::size_t(metricIndex));
    m_name = addLine(tr("&Name:"), m_original.name, "name");
    m_id = addId(m_original.id, QStringLiteral("met"), m_name);
    m_unit = addLine(tr("&Unit:"), m_original.unit, "unit");
    m_unit->setPlaceholderText(tr("e.g. % of GDP"));
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    finish();
}

Metric MetricEditDialog::metric() const
{
    Metric m = m_original;
    m.id = m_id->text().trimmed();
    m.name = m_name->text();
    m.unit = m_unit->text().trimmed();
    m.note = m_note->toPlainText();
    return m;
}

QString MetricEditDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A metric needs a name.");
    return idError(m_document.dataset().metrics, m_id->text(), m_index);
}

bool MetricEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertMetric(-1, metric(), error))
            return false;
        m_index = int(m_document.dataset().metrics.size()) - 1;
        return true;
    }
    return m_document.replaceMetric(m_index, metric(), error);
}

// ---- metric point

MetricPointDialog::MetricPointDialog(Document &document, int metricIndex, int pointIndex,
                                     QWidget *parent)
    : EditDialog(document, metricIndex, pointIndex < 0 ? tr("New Value") : tr("Edit Value"), parent)
    , m_pointIndex(pointIndex)
{
    const Dataset &d = document.dataset();
    m_isNew = pointIndex < 0;
    const Metric &metric = d.metrics.at(std::size_t(metricIndex));
    if (!m_isNew)
        m_original = metric.points.at(std::size_t(pointIndex));
    setWindowTitle(windowTitle() + QStringLiteral(" — ") + metric.name);
    m_date = new DateEdit(true, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setText(m_original.date);
    form()->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateEdit::changed, this, &EditDialog::revalidate);
    m_value = addLine(metric.unit.isEmpty() ? tr("&Value:") : tr("&Value (%1):").arg(metric.unit),
                      m_isNew ? QString() : QLocale().toString(m_original.value, 'g', 17), "value");
    m_label = addLine(tr("&Label:"), m_original.label, "label");
    m_event = new EventPicker(d, true, this);
    m_event->setObjectName(QStringLiteral("event"));
    m_event->setEventId(m_original.event);
    form()->addRow(tr("&Event:"), m_event);
    connect(m_event, &EventPicker::changed, this, &EditDialog::revalidate);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(tr("(none)"), QString());
    for (const Source &source : d.sources)
        m_source->addItem(source.shortReference() + QStringLiteral(" — ") + source.title,
                          source.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_original.source)));
    form()->addRow(tr("&Source:"), m_source);
    m_note = addText(tr("N&ote:"), m_original.note, "note");
    finish();
}

namespace {

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

MetricPoint MetricPointDialog::point() const
{
    MetricPoint p = m_original;
    p.date = m_date->text();
    p.parsed = m_date->date();
    p.value = parseNumber(m_value->text()).value_or(0);
    p.label = m_label->text();
    p.event = m_event->eventId();
    p.source = m_source->currentData().toString();
    p.note = m_note->toPlainText();
    return p;
}

QString MetricPointDialog::validate() const
{
    if (!m_date->error().isEmpty())
        return tr("Date: %1").arg(m_date->error());
    if (!parseNumber(m_value->text()))
        return tr("The value must be a number, e.g. 2 or 1.5.");
    if (!m_event->isAcceptable())
        return tr("Choose an event from the list, or (none).");
    return {};
}

bool MetricPointDialog::apply(QString *error)
{
    Metric metric = m_document.dataset().metrics.at(std::size_t(m_index));
    if (m_isNew) {
        metric.points.push_back(point());
        m_pointIndex = int(metric.points.size()) - 1;
    } else {
        metric.points.at(std::size_t(m_pointIndex)) = point();
    }
    return m_document.replaceMetric(m_index, std::move(metric), error);
}

} // namespace Anchorline::Views
