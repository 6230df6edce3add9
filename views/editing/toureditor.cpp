#include "editing/toureditor.h"

#include "core/dataset.h"
#include "document/document.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

constexpr int NotePauseMs = 500;
constexpr int NotePreviewChars = 90;

const Tour *findTour(const Dataset &data, const QString &id, int *index = nullptr)
{
    for (std::size_t i = 0; i < data.tours.size(); ++i) {
        if (data.tours[i].id == id) {
            if (index)
                *index = int(i);
            return &data.tours[i];
        }
    }
    if (index)
        *index = -1;
    return nullptr;
}

} // namespace

// The steps of one tour as a list: "3. Title" and the start of the note. Moving rows (drag and
// drop in the list view) goes through the editor, which pushes the undo command; the document's
// change then resets the model.
class TourStepModel final : public QAbstractListModel
{
public:
    TourStepModel(Document &document, TourEditor &editor)
        : m_document(document)
        , m_editor(editor)
    {}

    void setTour(const QString &id)
    {
        beginResetModel();
        m_tourId = id;
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        const Tour *t = tour();
        return parent.isValid() || !t ? 0 : int(t->steps.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const Tour *t = tour();
        if (!t ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const TourStep &step = t->steps[std::size_t(index.row())];
        const int e = m_document.eventIndexById(step.event);
        const QString title =
            e >= 0 ? m_document.text().title(m_document.dataset().events[std::size_t(e)])
                   : step.event;
        switch (role) {
        case Qt::DisplayRole: {
            QString note = m_document.text().note(step).simplified();
            if (note.size() > NotePreviewChars)
                note = note.left(NotePreviewChars - 1) + QChar(0x2026);
            const QString head = QStringLiteral("%1. %2").arg(index.row() + 1).arg(title);
            return note.isEmpty() ? head : head + QLatin1Char('\n') + note;
        }
        case Qt::ToolTipRole: {
            const QString note = m_document.text().note(step);
            return note.isEmpty() ? title : title + QLatin1Char('\n') + note;
        }
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1. %2").arg(index.row() + 1).arg(title);
        case Qt::UserRole:
            return step.event;
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::ItemIsDropEnabled; // drops land between rows, never on one
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled |
               Qt::ItemNeverHasChildren;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // QListView in InternalMove mode moves rows with moveRow(); `destination` is the row before
    // which the moved row goes, counted before the move.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override
    {
        if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
            return false;
        const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
        return m_editor.moveStep(sourceRow, to);
    }

private:
    const Tour *tour() const { return findTour(m_document.dataset(), m_tourId); }

    Document &m_document;
    TourEditor &m_editor;
    QString m_tourId;
};

TourEditor::TourEditor(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(std::make_unique<TourStepModel>(document, *this))
{
    auto makeButton = [this](const QString &text, const QString &tip, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoRaise(true);
        return button;
    };

    m_tours = new QComboBox(this);
    m_tours->setObjectName(QStringLiteral("tours"));
    m_tours->setAccessibleName(tr("Tour"));
    m_tours->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tours->setMinimumContentsLength(12);
    m_newTour = makeButton(tr("New"), tr("New tour"), "newTour");
    m_renameTour = makeButton(tr("Rename"), tr("Rename tour"), "renameTour");
    m_deleteTour = makeButton(tr("Delete"), tr("Delete tour"), "deleteTour");

    m_steps = new QListView(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setModel(m_model.get());
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setDragDropOverwriteMode(false);
    m_steps->setDropIndicatorShown(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setWordWrap(false);
    m_steps->setTextElideMode(Qt::ElideRight);
    m_steps->setUniformItemSizes(false);
    m_steps->installEventFilter(this);

    m_addStep = makeButton(tr("Add current event"), tr("Add the current event as a step (Insert)"),
                           "addStep");
    m_moveUp = makeButton(QStringLiteral("\u2191"), tr("Move step up (Alt+Up)"), "moveUp");
    m_moveDown = makeButton(QStringLiteral("\u2193"), tr("Move step down (Alt+Down)"), "moveDown");
    m_deleteStep = makeButton(tr("Remove"), tr("Remove step (Delete)"), "deleteStep");
    m_present = new QPushButton(tr("Present"), this);
    m_present->setObjectName(QStringLiteral("present"));
    m_present->setToolTip(tr("Present this tour from the selected step (F5)"));

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What to say at this step"));
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this);
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NotePauseMs);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *tourRow = new QHBoxLayout;
    tourRow->addWidget(m_tours, 1);
    tourRow->addWidget(m_newTour);
    tourRow->addWidget(m_renameTour);
    tourRow->addWidget(m_deleteTour);
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_addStep);
    stepRow->addWidget(m_moveUp);
    stepRow->addWidget(m_moveDown);
    stepRow->addWidget(m_deleteStep);
    stepRow->addStretch(1);
    stepRow->addWidget(m_present);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tourRow);
    layout->addWidget(m_steps, 3);
    layout->addLayout(stepRow);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_status);

    connect(m_tours, &QComboBox::activated, this, &TourEditor::onTourActivated);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TourEditor::onStepSelected);
    connect(m_newTour, &QToolButton::clicked, this, &TourEditor::askNewTour);
    connect(m_renameTour, &QToolButton::clicked, this, &TourEditor::askRenameTour);
    connect(m_deleteTour, &QToolButton::clicked, this, [this] { deleteTour(); });
    connect(m_addStep, &QToolButton::clicked, this, [this] { addCurrentEvent(); });
    connect(m_moveUp, &QToolButton::clicked, this, [this] { moveStep(m_step, m_step - 1); });
    connect(m_moveDown, &QToolButton::clicked, this, [this] { moveStep(m_step, m_step + 1); });
    connect(m_deleteStep, &QToolButton::clicked, this, [this] { deleteStep(m_step); });
    connect(m_present, &QPushButton::clicked, this, [this] {
        commitNote();
        emit presentRequested(currentTour(), std::max(0, m_step));
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_noteDirty = true;
        m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &TourEditor::commitNote);
    connect(&m_document, &Document::contentChanged, this, &TourEditor::refresh);
    connect(&m_document, &Document::dataLanguageChanged, this, [this] {
        commitNote(); // what was typed belongs to the language it was typed in
        refresh();
    });
    connect(&m_document, &Document::datasetReset, this, [this] {
        m_noteDirty = false;
        m_noteTimer->stop();
        m_tourId.clear();
        m_step = -1;
        refresh();
    });
    connect(&m_document, &Document::currentEventChanged, this, &TourEditor::updateActions);

    refresh();
}

TourEditor::~TourEditor()
{
    // The list view goes with the widget tree after this body; it must not outlive the model.
    m_steps->setModel(nullptr);
}

QAbstractItemModel *TourEditor::stepModel() const
{
    return m_model.get();
}

int TourEditor::currentTour() const
{
    int index = -1;
    findTour(m_document.dataset(), m_tourId, &index);
    return index;
}

void TourEditor::setCurrentTour(int tourIndex)
{
    const auto &tours = m_document.dataset().tours;
    if (tourIndex < 0 || tourIndex >= int(tours.size()) ||
        tours[std::size_t(tourIndex)].id == m_tourId)
        return;
    commitNote();
    m_tourId = tours[std::size_t(tourIndex)].id;
    m_step = tours[std::size_t(tourIndex)].steps.empty() ? -1 : 0;
    refresh();
}

int TourEditor::currentStep() const
{
    return m_step;
}

void TourEditor::setCurrentStep(int step)
{
    if (step < 0 || step >= m_model->rowCount()) {
        m_steps->selectionModel()->clearSelection();
        m_steps->setCurrentIndex(QModelIndex());
        return;
    }
    m_steps->setCurrentIndex(m_model->index(step));
}

void TourEditor::onTourActivated(int comboIndex)
{
    setCurrentTour(comboIndex);
}

void TourEditor::onStepSelected()
{
    if (m_loading)
        return;
    // The note typed for the previous step goes there first; the document's change then
    // refreshes the list, which must keep the row just selected.
    m_step = m_steps->currentIndex().isValid() ? m_steps->currentIndex().row() : -1;
    commitNote();
    loadNote();
    updateActions();
    // Selecting a step selects its event in every view.
    const QString event = m_steps->currentIndex().data(Qt::UserRole).toString();
    if (!event.isEmpty())
        m_document.setCurrentEventById(event);
}

void TourEditor::refresh()
{
    const QScopedValueRollback guard(m_loading, true);
    const Dataset &data = m_document.dataset();
    int tour = -1;
    if (!findTour(data, m_tourId, &tour)) {
        // The tour went (deleted, undone): keep the place in the list.
        const int previous = m_tours->currentIndex();
        tour = data.tours.empty() ? -1 : std::clamp(previous, 0, int(data.tours.size()) - 1);
        m_tourId = tour >= 0 ? data.tours[std::size_t(tour)].id : QString();
        m_step = tour >= 0 && !data.tours[std::size_t(tour)].steps.empty() ? 0 : -1;
    }
    m_tours->clear();
    const DisplayText &shown = m_document.text();
    for (const Tour &t : data.tours) {
        const QString title = shown.title(t);
        m_tours->addItem(t.steps.size() == 1 ? tr("%1 (1 step)").arg(title)
                                             : tr("%1 (%2 steps)").arg(title).arg(t.steps.size()),
                         t.id);
    }
    m_tours->setCurrentIndex(tour);

    m_model->setTour(m_tourId);
    const int rows = m_model->rowCount();
    m_step = rows == 0 ? -1 : std::clamp(m_step, 0, rows - 1);
    if (m_step >= 0)
        m_steps->setCurrentIndex(m_model->index(m_step));
    loadNote();
    updateActions();
}

void TourEditor::loadNote()
{
    const QScopedValueRollback guard(m_loading, true);
    const Tour *tour = findTour(m_document.dataset(), m_tourId);
    const bool sameStep = m_noteTourId == m_tourId && m_noteStep == m_step;
    if (m_noteDirty && sameStep)
        return; // the user is typing here: the document catches up after the pause
    m_noteTourId = m_tourId;
    m_noteStep = m_step;
    const bool has = tour && m_step >= 0 && m_step < int(tour->steps.size());
    // In a data language the editor holds that language's note; empty, the step shows its
    // original note, which the placeholder gives for reference.
    m_noteLanguage = m_document.text().language();
    const QString &language = m_noteLanguage;
    m_noteLabel->setText(language.isEmpty() ? tr("&Note:") : tr("&Note (%1):").arg(language));
    QString text;
    QString placeholder = tr("What to say at this step");
    if (has) {
        const TourStep &step = tour->steps[std::size_t(m_step)];
        text = language.isEmpty() ? step.note : step.translations.text(language, u"note");
        if (!language.isEmpty() && !step.note.isEmpty())
            placeholder = step.note;
    }
    m_note->setPlaceholderText(placeholder);
    if (m_note->toPlainText() != text)
        m_note->setPlainText(text);
    m_note->setEnabled(has);
}

void TourEditor::commitNote()
{
    m_noteTimer->stop();
    if (!m_noteDirty)
        return;
    m_noteDirty = false;
    int tour = -1;
    const Tour *t = findTour(m_document.dataset(), m_noteTourId, &tour);
    if (!t || m_noteStep < 0 || m_noteStep >= int(t->steps.size()))
        return;
    const QString &language = m_noteLanguage; // the language it was typed in
    const TourStep &step = t->steps[std::size_t(m_noteStep)];
    const QString typed = m_note->toPlainText();
    if ((language.isEmpty() ? step.note : step.translations.text(language, u"note")) == typed)
        return;
    Tour changed = *t;
    TourStep &edited = changed.steps[std::size_t(m_noteStep)];
    if (language.isEmpty())
        edited.note = typed;
    else // an emptied translation goes: the step shows its original note again
        edited.translations.setText(TranslatedKind::TourStep, language, QStringLiteral("note"),
                                    typed.trimmed().isEmpty() ? QString() : typed);
    QString error;
    report(m_document.replaceTour(tour, std::move(changed), &error), error, nullptr);
}

void TourEditor::updateActions()
{
    const int tour = currentTour();
    const int rows = m_model->rowCount();
    m_renameTour->setEnabled(tour >= 0);
    m_deleteTour->setEnabled(tour >= 0);
    m_addStep->setEnabled(tour >= 0 && m_document.currentEvent() >= 0);
    m_moveUp->setEnabled(m_step > 0);
    m_moveDown->setEnabled(m_step >= 0 && m_step < rows - 1);
    m_deleteStep->setEnabled(m_step >= 0);
    m_present->setEnabled(tour >= 0 && rows > 0);
}

void TourEditor::report(bool ok, const QString &error, QString *out)
{
    if (out)
        *out = ok ? QString() : error;
    m_status->setText(ok ? QString() : error);
    m_status->setVisible(!ok);
}

QString TourEditor::unusedTourId(const QString &title) const
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug = slug.left(40);
    if (slug.isEmpty())
        slug = QStringLiteral("tour");
    const QString base = QStringLiteral("tour-") + slug;
    QString id = base;
    for (int n = 2; findTour(m_document.dataset(), id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

bool TourEditor::createTour(const QString &title, QString *error)
{
    commitNote();
    Tour tour;
    tour.title = title.trimmed();
    tour.id = unusedTourId(tour.title);
    const QString id = tour.id;
    QString why;
    const bool ok = m_document.insertTour(-1, std::move(tour), &why);
    if (ok) {
        m_tourId = id;
        m_step = -1;
        refresh();
    }
    report(ok, why, error);
    return ok;
}

bool TourEditor::renameTour(const QString &title, QString *error)
{
    commitNote();
    int index = -1;
    const Tour *t = findTour(m_document.dataset(), m_tourId, &index);
    if (!t) {
        report(false, tr("no tour to rename"), error);
        return false;
    }
    // In a data language the name given is that language's; an empty one removes it.
    const QString &language = m_document.text().language();
    const QString name = title.trimmed();
    if (language.isEmpty() && name.isEmpty()) {
        report(false, tr("a tour needs a title"), error);
        return false;
    }
    if ((language.isEmpty() ? t->title : t->translations.text(language, u"title")) == name)
        return true;
    Tour changed = *t;
    if (language.isEmpty())
        changed.title = name;
    else
        changed.translations.setText(TranslatedKind::Tour, language, QStringLiteral("title"), name);
    QString why;
    const bool ok = m_document.replaceTour(index, std::move(changed), &why);
    report(ok, why, error);
    return ok;
}

bool TourEditor::deleteTour(QString *error)
{
    commitNote();
    const int index = currentTour();
    QString why = tr("no tour to delete");
    const bool ok = index >= 0 && m_document.removeItem(Collection::Tours, index, &why);
    report(ok, why, error);
    return ok;
}

bool TourEditor::addCurrentEvent(QString *error)
{
    commitNote();
    int index = -1;
    const Tour *t = findTour(m_document.dataset(), m_tourId, &index);
    const QString event = m_document.currentEventId();
    if (!t || event.isEmpty()) {
        report(false, t ? tr("select an event first") : tr("create a tour first"), error);
        return false;
    }
    Tour changed = *t;
    const int at = m_step >= 0 ? m_step + 1 : int(changed.steps.size());
    TourStep step;
    step.event = event;
    changed.steps.insert(changed.steps.begin() + at, step);
    QString why;
    const int previous = m_step;
    m_step = at; // select the new step once the document has it
    const bool ok = m_document.replaceTour(index, std::move(changed), &why);
    if (!ok)
        m_step = previous;
    report(ok, why, error);
    return ok;
}

bool TourEditor::moveStep(int from, int to, QString *error)
{
    commitNote();
    int index = -1;
    const Tour *t = findTour(m_document.dataset(), m_tourId, &index);
    const int count = t ? int(t->steps.size()) : 0;
    if (from < 0 || from >= count || to < 0 || to >= count) {
        report(false, tr("no step to move there"), error);
        return false;
    }
    if (from == to)
        return true;
    Tour changed = *t;
    auto &steps = changed.steps;
    if (from < to)
        std::rotate(steps.begin() + from, steps.begin() + from + 1, steps.begin() + to + 1);
    else
        std::rotate(steps.begin() + to, steps.begin() + from, steps.begin() + from + 1);
    QString why;
    const int previous = m_step;
    m_step = to; // the selection moves with the step
    const bool ok = m_document.replaceTour(index, std::move(changed), &why);
    if (!ok)
        m_step = previous;
    report(ok, why, error);
    return ok;
}

bool TourEditor::deleteStep(int step, QString *error)
{
    commitNote();
    int index = -1;
    const Tour *t = findTour(m_document.dataset(), m_tourId, &index);
    if (!t || step < 0 || step >= int(t->steps.size())) {
        report(false, tr("no step to remove"), error);
        return false;
    }
    Tour changed = *t;
    changed.steps.erase(changed.steps.begin() + step);
    QString why;
    const bool ok = m_document.replaceTour(index, std::move(changed), &why);
    report(ok, why, error);
    return ok;
}

bool TourEditor::setStepNote(int step, const QString &note, QString *error)
{
    int index = -1;
    const Tour *t = findTour(m_document.dataset(), m_tourId, &index);
    if (!t || step < 0 || step >= int(t->steps.size())) {
        report(false, tr("no step for the note"), error);
        return false;
    }
    if (t->steps[std::size_t(step)].note == note)
        return true;
    Tour changed = *t;
    changed.steps[std::size_t(step)].note = note;
    QString why;
    const bool ok = m_document.replaceTour(index, std::move(changed), &why);
    report(ok, why, error);
    return ok;
}

void TourEditor::askNewTour()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New tour"), tr("Title:"),
                                                QLineEdit::Normal, tr("New tour"), &ok);
    if (ok)
        createTour(title);
}

void TourEditor::askRenameTour()
{
    const int index = currentTour();
    if (index < 0)
        return;
    bool ok = false;
    const Tour &tour = m_document.dataset().tours[std::size_t(index)];
    const QString &language = m_document.text().language();
    const QString title = QInputDialog::getText(
        this, tr("Rename tour"),
        language.isEmpty() ? tr("Title:") : tr("Title (%1, empty for the original):").arg(language),
        QLineEdit::Normal,
        language.isEmpty() ? tour.title : tour.translations.text(language, u"title"), &ok);
    if (ok)
        renameTour(title);
}

bool TourEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut) {
        commitNote();
    } else if (watched == m_steps && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool alt = key->modifiers() & Qt::AltModifier;
        if (alt && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            if (m_step >= 0)
                moveStep(m_step, m_step + (key->key() == Qt::Key_Up ? -1 : 1));
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteStep(m_step);
            return true;
        }
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addCurrentEvent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Anchorline::Views
