#pragma once

#include "editdialogs.h"

class QListWidget;

namespace Anchorline::Views {

// One evidence passage of an event: the source, the quote and the text around it. The position
// hint (where the quote was when it was anchored) is shown but not typed: it is dropped when the
// source or the quote changes, and the passage is then found by searching. OK hands the anchor
// back to the event dialog; nothing changes in the document until that dialog's OK.
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
    QListWidget *evidenceList() const { return m_evidenceList; }
    QListWidget *claimList() const { return m_claimList; }

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
    QWidget *listWithButtons(QListWidget *list, const QString &what, const char *name,
                             const std::function<void()> &add, const std::function<void()> &edit,
                             const std::function<void()> &remove);
    void fillEvidence(int current);
    void fillClaims(int current);

    Model::Event m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    DateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_actors = nullptr;
    QListWidget *m_themes = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    std::vector<Model::Anchor> m_evidence;
    std::vector<Model::DateClaim> m_claims;
    QListWidget *m_evidenceList = nullptr;
    QListWidget *m_claimList = nullptr;
};

} // namespace Anchorline::Views
