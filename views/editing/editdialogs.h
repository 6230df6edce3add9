#pragma once

#include "core/dataset.h"

#include <QDialog>
#include <QWidget>
#include <functional>

class QAbstractItemView;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Anchorline::Model {
class Document;
}

namespace Anchorline::Views {

// A line edit for an EDTF date that parses as it is typed and shows what it understood
// ("16 Dec 2022 (day)") or the parser's error in red, always as plain text.
class DateEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(bool required, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Empty when the text is acceptable (a valid date, or nothing when not required).
    QString error() const { return m_error; }
    Model::PartialDate date() const { return m_date; }
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *interpretationLabel() const { return m_interpretation; }

    // "16 Dec 2022 (day)", "FY2025 (fiscal-year)": how a date is read, for the label.
    static QString interpretation(const Model::PartialDate &date);

signals:
    void changed();

private:
    void reparse();

    QLineEdit *m_edit = nullptr;
    QLabel *m_interpretation = nullptr;
    Model::PartialDate m_date;
    QString m_error;
    bool m_required = true;
};

// A searchable choice of one event: type part of a title, date or id. Optional pickers offer
// "(none)" first.
class EventPicker final : public QWidget
{
    Q_OBJECT

public:
    EventPicker(const Model::Dataset &dataset, bool optional, QWidget *parent = nullptr);

    // Id of the chosen event; empty for none or when the typed text names no event.
    QString eventId() const;
    void setEventId(const QString &id);
    // True when the text names an event (or is empty/"(none)" for an optional picker).
    bool isAcceptable() const;
    QComboBox *comboBox() const { return m_combo; }

signals:
    void changed();

private:
    QComboBox *m_combo = nullptr;
    bool m_optional = false;
};

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

class EvidenceEditor;

// Creates or edits one relation: its ends, type, how the source asserts it, id, note and its
// evidence passages (Add…, Edit… or Return, Remove or Delete, each passage in its own small
// dialog). OK is one undo step (Document::insertRelation or replaceRelation).
class RelationEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    // relationIndex -1 creates a relation; fromEventId/toEventId preselect the ends of a new one.
    RelationEditDialog(Model::Document &document, int relationIndex, QWidget *parent = nullptr,
                       const QString &fromEventId = {}, const QString &toEventId = {});
    Model::Relation relation() const;
    EvidenceEditor *evidenceEditor() const { return m_evidence; }

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Relation m_original;
    QLineEdit *m_id = nullptr;
    EventPicker *m_from = nullptr;
    EventPicker *m_to = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_assertion = nullptr;
    QPlainTextEdit *m_note = nullptr;
    EvidenceEditor *m_evidence = nullptr;
};

// A bibliographic record with CSL-JSON fields. Authors are one per line: "Family, Given", or a
// name without a comma for an organisation (CSL "literal").
class SourceEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    SourceEditDialog(Model::Document &document, int sourceIndex, QWidget *parent = nullptr);
    Model::Source source() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Source m_original;
    QLineEdit *m_id = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_authors = nullptr;
    DateEdit *m_issued = nullptr;
    QLineEdit *m_container = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_license = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_perspective = nullptr;
    QLineEdit *m_file = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// A colour as "#rrggbb" text with a swatch button that opens QColorDialog.
class ColorField final : public QWidget
{
    Q_OBJECT

public:
    ColorField(const QColor &color, bool required, QWidget *parent = nullptr);
    QColor color() const; // invalid when empty or not #rrggbb
    void setColor(const QColor &color);
    QString error() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void updateSwatch();
    void pick();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_swatch = nullptr;
    bool m_required = true;
};

class ActorEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    ActorEditDialog(Model::Document &document, int actorIndex, QWidget *parent = nullptr);
    Model::Actor actor() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Actor m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    ColorField *m_color = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

class ThemeEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    ThemeEditDialog(Model::Document &document, int themeIndex, QWidget *parent = nullptr);
    Model::Theme theme() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Theme m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_definition = nullptr;
};

class EraEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    EraEditDialog(Model::Document &document, int eraIndex, QWidget *parent = nullptr);
    Model::Era era() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Era m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    DateEdit *m_date = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_actor = nullptr;
    ColorField *m_color = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// The metric itself (name, unit); its points are edited one by one with MetricPointDialog.
class MetricEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    MetricEditDialog(Model::Document &document, int metricIndex, QWidget *parent = nullptr);
    Model::Metric metric() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::Metric m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// One dated value of a metric; OK replaces the whole metric (one undo step).
class MetricPointDialog final : public EditDialog
{
    Q_OBJECT

public:
    // pointIndex -1 adds a point; index() is the metric's index.
    MetricPointDialog(Model::Document &document, int metricIndex, int pointIndex,
                      QWidget *parent = nullptr);
    Model::MetricPoint point() const;
    int pointIndex() const { return m_pointIndex; }

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::MetricPoint m_original;
    int m_pointIndex = -1;
    DateEdit *m_date = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_label = nullptr;
    EventPicker *m_event = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
