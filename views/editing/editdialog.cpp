#include "editing/editdialog.h"

#include "document/document.h"
#include "widgets/formlabels.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    edit->setPlainText(text);
}

} // namespace

EditDialog::EditDialog(Document &document, int index, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_index(index)
    , m_isNew(index < 0)
    , m_form(new QFormLayout)
    , m_errorLabel(FormLabels::plain(this))
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

void EditDialog::addTranslationFields(const Model::Translations &translations,
                                      const std::vector<TranslationLabel> &labels)
{
    m_translationLanguage = m_document.text().language();
    if (m_translationLanguage.isEmpty())
        return;
    auto *heading = new QLabel(tr("Translation (%1)").arg(m_translationLanguage), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_form->addRow(heading);
    for (const TranslationLabel &label : labels) {
        const QString field = QString::fromLatin1(label.field);
        const QString text = translations.text(m_translationLanguage, field);
        const QByteArray name = "translated" + QByteArray(label.field).left(1).toUpper() +
                                QByteArray(label.field).mid(1); // "translatedName"
        const QString caption = label.label.arg(m_translationLanguage);
        QWidget *editor = label.multiLine
                              ? static_cast<QWidget *>(addText(caption, text, name.constData()))
                              : static_cast<QWidget *>(addLine(caption, text, name.constData()));
        editor->setToolTip(tr("Empty: the view shows the dataset's own text."));
        m_translationFields.emplace_back(field, editor);
    }
}

void EditDialog::applyTranslationFields(Model::TranslatedKind kind,
                                        Model::Translations &translations) const
{
    if (m_translationLanguage.isEmpty())
        return;
    for (const auto &[field, editor] : m_translationFields) {
        const auto *line = qobject_cast<const QLineEdit *>(editor);
        const QString text =
            line ? line->text() : static_cast<const QPlainTextEdit *>(editor)->toPlainText();
        translations.setText(kind, m_translationLanguage, field,
                             text.trimmed().isEmpty() ? QString() : text);
    }
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
    FormLabels::setError(m_errorLabel, true);
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

} // namespace Anchorline::Views
