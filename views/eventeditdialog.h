#pragma once

#include "editdialogs.h"

class QListWidget;

namespace Anchorline::Views {

// Creates or edits one event: title, id, date (parsed as it is typed, its reading shown below),
// kind, actors and themes (checklists; the first actor is the lane), summary and note. Evidence,
// date claims and unknown keys are kept as they are. OK is one undo step (Document::insertEvent
// or replaceEvent).
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

protected:
    QString validate() const override;
    bool apply(QString *error) override;

private:
    QStringList checkedIds(const QListWidget *list, const QStringList &original) const;

    Model::Event m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    DateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_actors = nullptr;
    QListWidget *m_themes = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Anchorline::Views
