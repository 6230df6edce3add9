#pragma once

#include "editing/editdialog.h"
#include "widgets/dateedit.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Anchorline::Views {

// One evidence passage of an event or a relation: the source, the quote and the text around it.
// The position hint (where the quote was when it was anchored) is shown but not typed: it is
// dropped when the source or the quote changes, and the passage is then found by searching. OK
// hands the anchor back to the dialog that opened it; nothing changes in the document until that
// dialog's OK.
class AnchorEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    // anchorIndex -1 for a new passage.
    AnchorEditDialog(Model::Document &document, Model::Anchor anchor, int anchorIndex,
                     QWidget *parent = nullptr);
    Model::Anchor anchor() const;

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    void updatePosition();

    Model::Anchor m_original;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_exact = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_suffix = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_words = nullptr;
};

// One alternative date of an event as a source gives it, with a note. Its evidence is kept.
class DateClaimDialog final : public EditDialog
{
    Q_OBJECT

public:
    DateClaimDialog(Model::Document &document, Model::DateClaim claim, int claimIndex,
                    QWidget *parent = nullptr);
    Model::DateClaim claim() const;
    DateEdit *dateEdit() const { return m_date; }

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    Model::DateClaim m_original;
    DateEdit *m_date = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// A list of things edited one at a time, with Add…, Edit… and Remove buttons beside it (named
// add<Name>, edit<Name> and remove<Name>, the field itself <name>Field); Return or a double click
// edits the current item, Delete removes it. `what` names one item for the buttons' accessible
// names ("Add evidence").
class ListField : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<void()> add;
        std::function<void()> edit;
        std::function<void()> remove;
    };
    struct Item
    {
        QString text;    // shown as it is: list items never interpret markup
        QString toolTip; // plain text, escaped here
    };

    ListField(const QString &what, const char *name, Actions actions, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ListField)

    QListWidget *list() const { return m_list; }
    // Shows `items`, or `emptyText` greyed out when there are none, and makes row `current`
    // (clamped) the current one.
    void setItems(const QList<Item> &items, int current, const QString &emptyText);
    // The current row, or -1 when there is none (an empty list shows only its placeholder).
    int currentRow() const;

private:
    QListWidget *m_list = nullptr;
    bool m_empty = true;
};

// The evidence passages of an event or a relation, edited on a copy: Add…, Edit… (Return) and
// Remove (Delete), each passage in an AnchorEditDialog opened window-modal. The dialog that holds
// it takes anchors() on its OK, as one undo step with the rest; cancelling it drops the copy.
class EvidenceEditor final : public ListField
{
    Q_OBJECT

public:
    EvidenceEditor(Model::Document &document, std::vector<Model::Anchor> anchors,
                   QWidget *parent = nullptr);

    const std::vector<Model::Anchor> &anchors() const { return m_anchors; }
    // Empty when every passage names a known source and has a quote; otherwise what to fix.
    QString error() const;

    void add();
    void edit();
    void remove();

signals:
    void changed();

private:
    void fill(int current);
    void refresh(int current); // fill() and changed()

    Model::Document &m_document;
    std::vector<Model::Anchor> m_anchors;
};

// Creates or edits one event: title, id, date (parsed as it is typed, its reading shown below),
// kind, actors and themes (checklists; the first actor is the lane), summary and note, and the
// lists of evidence passages and date claims (Add…, Edit… or Return, Remove or Delete, each in
// its own small dialog). Unknown keys are kept as they are. OK is one undo step
// (Document::insertEvent or replaceEvent), whatever was changed.
//
//   EventEditDialog dialog(document, document.currentEvent(), this); // or -1 for a new event
//   if (dialog.exec() == QDialog::Accepted) document.setCurrentEvent(dialog.index());
class EventEditDialog final : public EditDialog
{
    Q_OBJECT

public:
    EventEditDialog(Model::Document &document, int eventIndex, QWidget *parent = nullptr);

    // The event the controls describe now.
    Model::Event event() const;
    DateEdit *dateEdit() const { return m_date; }
    QListWidget *evidenceList() const;
    QListWidget *claimList() const;

    // What the buttons beside the lists do; the Edit and Add dialogs open window-modal.
    void addEvidence();
    void editEvidence();
    void removeEvidence();
    void addClaim();
    void editClaim();
    void removeClaim();

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    QStringList checkedIds(const QListWidget *list, const QStringList &original) const;
    void fillClaims(int current);
    void claimsChanged(int current); // fillClaims() and revalidate()

    Model::Event m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    DateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_actors = nullptr;
    QListWidget *m_themes = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    std::vector<Model::DateClaim> m_claims;
    EvidenceEditor *m_evidence = nullptr;
    ListField *m_claimField = nullptr;
};

} // namespace Anchorline::Views
