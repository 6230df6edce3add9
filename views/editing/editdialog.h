#pragma once

#include "core/translations.h"

#include <QDialog>
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QAbstractItemView;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Anchorline::Model {
class Document;
}

namespace Anchorline::Views {

// What every edit dialog shares: a form, a red plain-text line saying what is wrong, and an OK
// button enabled only when the values are acceptable. OK hands the object to the Document
// (insert* or replace*, one undo step); if the Document still refuses it, the dialog stays open
// and shows why.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    ~EditDialog() override;
    Q_DISABLE_COPY_MOVE(EditDialog)

    // Empty when the values are acceptable; otherwise what to fix.
    QString validationError() const { return m_errorText; }
    // Index of the edited object in its collection; for a new one, its index after OK.
    int index() const { return m_index; }
    bool isNew() const { return m_isNew; }
    void accept() override;
    // Checks the values again and updates the message and the OK button; every control is
    // connected to it.
    void revalidate();

protected:
    EditDialog(Model::Document &document, int index, const QString &title, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    QLineEdit *addLine(const QString &label, const QString &text, const char *name);
    QPlainTextEdit *addText(const QString &label, const QString &text, const char *name);
    // The id field: for a new object it follows `source` (a title or name) as a kebab-case
    // slug with `prefix` until the user types an id of their own.
    QLineEdit *addId(const QString &id, const QString &prefix, QLineEdit *source);
    // Call at the end of the subclass constructor.
    void finish();

    // The translation into the data language the views show (Document::text()), as the event
    // dialog has it: a teacher reading Japanese edits the Japanese text, and the fields above
    // keep the dataset's own. One field per entry of `labels` ({"name", tr("Name (%1):"),
    // false}: the translatable field, its label with %1 for the tag, multi-line or not), under
    // a heading. Adds nothing while the original is on show.
    struct TranslationLabel
    {
        const char *field;
        QString label;
        bool multiLine = false;
    };
    void addTranslationFields(const Model::Translations &translations,
                              const std::vector<TranslationLabel> &labels);
    // Writes the translation fields into `translations` (an empty field removes its text).
    void applyTranslationFields(Model::TranslatedKind kind,
                                Model::Translations &translations) const;

    virtual QString validate() const = 0;
    virtual bool apply(QString *error) = 0;

    Model::Document &m_document;
    int m_index = -1;
    bool m_isNew = true;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_errorText;
    QString m_translationLanguage; // the tag the translation fields edit; empty: none
    std::vector<std::pair<QString, QWidget *>> m_translationFields; // field name, editor
};

// Return/Enter and a double click call `edit`, Delete calls `remove`: the keys every list of
// editable things answers to. The view takes these keys, so a dialog's default button does not
// fire instead.
void bindItemKeys(QAbstractItemView *view, std::function<void()> edit,
                  std::function<void()> remove);

// Opens `dialog` window-modal (QDialog::open, so nothing blocks) and deletes it once closed;
// `accepted` runs after OK. A dataset loaded meanwhile closes it as cancelled, since the
// indexes it edits would no longer hold.
void openDialog(QDialog *dialog, Model::Document &document, std::function<void()> accepted);

// "sample title" -> "prefix-sample-title" (lower case ASCII letters, digits and dashes).
QString suggestId(const QString &prefix, const QString &text);

// What is wrong with `id` for an object of `items` (at index `except`, -1 for a new one): empty,
// spaced or already used. Empty when the id is acceptable.
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

} // namespace Anchorline::Views
