#pragma once

#include "core/dataset.h"
#include "editing/editdialog.h"
#include "widgets/dateedit.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Anchorline::Views {

class EvidenceEditor;
class ListField;

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
    // The translation of the data language in effect (docs/format.md, Translations); only
    // when the document shows one. The fields above stay the dataset's own language.
    QString m_language;
    QLineEdit *m_translatedTitle = nullptr;
    QLineEdit *m_translatedShortTitle = nullptr;
    QPlainTextEdit *m_translatedSummary = nullptr;
    QPlainTextEdit *m_translatedNote = nullptr;
    std::vector<Model::DateClaim> m_claims;
    EvidenceEditor *m_evidence = nullptr;
    ListField *m_claimField = nullptr;
};

} // namespace Anchorline::Views
