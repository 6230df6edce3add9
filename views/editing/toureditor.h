#pragma once

#include <QString>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace Anchorline::Model {
class Document;
} // namespace Anchorline::Model

namespace Anchorline::Views {

class TourStepModel;

// Edits the dataset's tours in the normal window: pick a tour, reorder its steps by drag or with
// Alt+Up/Alt+Down, add the current event as a step, write the note the teacher says, delete
// steps and tours. Every change is one undo command on the Document (insertTour / replaceTour /
// removeItem); typing a note becomes one command per pause (500 ms) or when the editor loses
// focus. 'Present' asks the window to start the presentation at the selected step.
class TourEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TourEditor(Model::Document &document, QWidget *parent = nullptr);
    ~TourEditor() override;
    Q_DISABLE_COPY_MOVE(TourEditor)

    // Index into Dataset::tours of the tour shown, or -1.
    int currentTour() const;
    void setCurrentTour(int tourIndex);
    // The selected step, or -1.
    int currentStep() const;
    void setCurrentStep(int step);
    QAbstractItemModel *stepModel() const;

    // Each is one undo step; false (with the reason shown in the editor and in *error) when the
    // document refuses it. They act on the current tour.
    bool createTour(const QString &title, QString *error = nullptr);
    bool renameTour(const QString &title, QString *error = nullptr);
    bool deleteTour(QString *error = nullptr);
    // Inserts the document's current event after the selected step (at the end without one).
    bool addCurrentEvent(QString *error = nullptr);
    bool moveStep(int from, int to, QString *error = nullptr);
    bool deleteStep(int step, QString *error = nullptr);
    bool setStepNote(int step, const QString &note, QString *error = nullptr);
    // Writes the note being typed now instead of after the pause.
    void commitNote();

signals:
    void presentRequested(int tourIndex, int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void loadNote();
    void updateActions();
    void report(bool ok, const QString &error, QString *out);
    void onTourActivated(int comboIndex);
    void onStepSelected();
    void askNewTour();
    void askRenameTour();
    QString unusedTourId(const QString &title) const;

    Model::Document &m_document;
    std::unique_ptr<TourStepModel> m_model;
    QComboBox *m_tours = nullptr; // child widgets are owned by Qt's parent
    QToolButton *m_newTour = nullptr;
    QToolButton *m_renameTour = nullptr;
    QToolButton *m_deleteTour = nullptr;
    QListView *m_steps = nullptr;
    QToolButton *m_addStep = nullptr;
    QToolButton *m_moveUp = nullptr;
    QToolButton *m_moveDown = nullptr;
    QToolButton *m_deleteStep = nullptr;
    QPushButton *m_present = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteLabel = nullptr; // names the data language the note is written in
    QLabel *m_status = nullptr;
    QTimer *m_noteTimer = nullptr;
    QString m_tourId;     // the tour shown follows its id through edits and undo
    int m_step = -1;      // the selected step
    QString m_noteTourId; // where the text in the note editor belongs
    int m_noteStep = -1;
    QString m_noteLanguage; // and in which data language (empty: the original)
    bool m_noteDirty = false;
    bool m_loading = false; // filling widgets from the document: no edits
};

} // namespace Anchorline::Views
