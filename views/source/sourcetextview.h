#pragma once

#include "anchoring/anchorplace.h"
#include "anchoring/pdfpagemap.h"
#include "anchoring/sourcelibrary.h"
#include "core/displaytext.h"
#include "source/passagelist.h"

#include <QColor>
#include <QFuture>
#include <QHash>
#include <QSet>
#include <QString>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;
class QVariantAnimation;

namespace Anchorline::Model {
class Document;
} // namespace Anchorline::Model

namespace Anchorline::Views {

class MetadataArea;
class PassageListView;
class PdfPageView;
class SourceTextEdit;

// The text of one source with every anchored passage highlighted in its event's colour, a margin
// marking which events anchor where, and the passages that could not be placed listed below.
// Texts come from a library folder (matched by fingerprint, file name or title) or are attached
// by hand; anchors are resolved off the GUI thread. Without a text, the source's metadata and a
// list of its quotes with their context are shown instead. Text from files is only ever set as
// plain text.
class SourceTextView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceTextView(Model::Document &document, QWidget *parent = nullptr);
    ~SourceTextView() override;
    Q_DISABLE_COPY_MOVE(SourceTextView)

    // One placed anchor in the shown text.
    struct Passage
    {
        qsizetype start = 0; // UTF-16 range in the text
        qsizetype end = 0;
        Model::AnchorPlace place; // where the anchor is in the dataset
        int eventIndex = -1;      // the event it supports (for relations: the `from` event)
        int evidenceIndex = -1;   // index in the event's evidence, -1 for date claims and others
        QColor color;             // first actor of the event
        int column = 0;           // margin column, so overlapping passages stay apart

        QString pointer() const { return place.pointer(); } // "/events/3/evidence/0"
    };

    QString libraryFolder() const { return m_libraryFolder; }
    QString currentSource() const { return m_shown; }
    bool isResolving() const { return m_runningJobs > 0; }
    bool hasText(const QString &sourceId) const;
    // Source id -> plain text, for every source whose text is available.
    QHash<QString, QString> sourceTexts() const;
    // Passages of a source placed so far, ordered by start.
    std::vector<Passage> passages(const QString &sourceId) const;
    QPlainTextEdit *textEdit() const;
    // The pages of a PDF text (shown in Page mode).
    PdfPageView *pageView() const { return m_pdfView; }
    // Whether the shown text is a PDF shown as its pages rather than as text.
    bool isPageMode() const;

public slots:
    void setLibraryFolder(const QString &folder);
    // Uses the file at `path` (.txt, .md, .html) as the text of the source, before any library
    // match.
    void attachText(const QString &sourceId, const QString &path);
    // Asks for a file and attaches it to the shown source.
    void chooseTextToAttach();
    void showSource(const QString &sourceId);
    // Shows event.evidence[evidenceIndex] in its source: scrolls to it and flashes it.
    void showAnchor(int eventIndex, int evidenceIndex);
    // Shows the text of a source at a UTF-16 offset (a search hit), flashing `length` characters.
    void showPosition(const QString &sourceId, int offset, int length = 0);
    void nextPassage();
    void previousPassage();
    // Page mode (the default for a PDF) or Text mode (the text, for screen readers and copying).
    void setPageMode(bool pages);

signals:
    void sourceTextsChanged(const QHash<QString, QString> &texts);
    void resolvingChanged(bool resolving);
    void currentSourceChanged(const QString &sourceId);

private:
    friend class SourceTextEdit;
    friend class SourceMargin;

    struct Unresolved
    {
        Model::AnchorPlace place;
        QString exact;
        QString reason;
    };
    struct SourceState
    {
        QString path;
        Model::SourceMatch match = Model::SourceMatch::None;
        bool attached = false;
        QString text;
        std::shared_ptr<const Model::PdfPageMap> pdfMap; // when the text came from a PDF
        QString error;
        std::vector<Passage> passages;
        std::vector<Unresolved> unresolved;
        bool hasText() const { return !text.isNull(); }
    };
    struct JobResult;
    // The anchors of every source, copied for a library search on a worker.
    struct LibraryAnchors;

    void onDatasetReset();
    void onContentChanged();
    void fillSourceList();
    void startJobs(); // library search and attached texts, resolved on workers
    void onCurrentEventChanged(int eventIndex);
    void startLibraryJob();
    void startAttachJob(const QString &sourceId, const QString &path);
    void watch(QFuture<JobResult> future);
    void applyJob(const JobResult &result);
    void refreshCombo();
    void displayShown();
    void displayText(const SourceState &state);
    void displayPages(const SourceState &state);
    void displayMetadata();
    void updateSelections();
    void updateNavigation();
    void goToPlace(const Model::AnchorPlace &place);
    void revealPassage(qsizetype start, qsizetype end);
    void tryPending();
    // What Previous and Next walk through: the current event's anchors in all sources (evidence
    // first, then date claims, each in file order), else the passages of the shown text.
    std::vector<Model::AnchorPlace> navigationPlaces() const;
    const SourceState *shownState() const;
    // Passages of the shown text that contain a document position, innermost first.
    std::vector<const Passage *> passagesAt(int position) const;
    void selectPassageAt(int position);
    void activateListedPassage(const QModelIndex &index);
    QColor eventColor(int eventIndex) const;
    static QColor eventColor(const Model::Dataset &dataset, int eventIndex);
    QString toolTipAt(int position) const;
    // The event an anchor supports (for a relation: its `from` event), or -1.
    int eventIndexOf(const Model::AnchorPlace &place) const;
    // Names the event (or relation, metric) an anchor supports, in the data language; label()
    // keeps what it made until the dataset or the language changes (tooltips, unplaced passages
    // and the highlights on PDF pages ask again on every repaint).
    QString makeLabel(const Model::AnchorPlace &place) const;
    QString label(const Model::AnchorPlace &place) const;
    // The passage list of the shown source: the rows, and what makes their texts.
    std::vector<PassageListModel::Row> passageRows(const QString &sourceId) const;
    PassageListModel::Entry passageEntry(const PassageListModel::Row &row) const;

    // Every evidence anchor of a dataset as a place, by source id, in file order: 16 bytes an
    // anchor (labels and pointers are made for what is shown, never for every anchor). Built on
    // the loader's worker for a large file (Document::addPreparer), else on the GUI thread.
    using AnchorsBySource = QHash<QString, std::vector<Model::AnchorPlace>>;
    struct AnchorTable
    {
        AnchorsBySource bySource;
        // When a library folder is set as the load starts, the worker also copies the anchors
        // for the library search that follows (a million of them would stall the GUI thread).
        std::shared_ptr<const LibraryAnchors> library;
    };
    static AnchorsBySource anchorsBySource(const Model::Dataset &dataset);
    static std::shared_ptr<const LibraryAnchors> libraryAnchors(const Model::Dataset &dataset,
                                                                const AnchorsBySource &bySource);
    // The event's title and its date as the user's locale writes it.
    static QString eventLabel(const Model::Dataset &dataset, int eventIndex, const QLocale &locale,
                              const Model::DisplayText &text);

    Model::Document &m_document;
    QString m_libraryFolder;
    QHash<QString, QString> m_attached; // source id -> path attached by hand
    QHash<QString, SourceState> m_states;
    AnchorsBySource m_anchors;
    // The worker's copy of the anchors for the first library search after a load.
    std::shared_ptr<const LibraryAnchors> m_preparedLibrary;
    mutable QHash<Model::AnchorPlace, QString> m_labels; // label()'s, for this generation
    // Which source's anchors the passage list shows, as of which dataset generation.
    QString m_listedSource;
    quint64 m_listedGeneration = 0;
    // What edits changed since the passage list was filled: whether the texts of the same rows
    // may now read differently (PassageListModel::setRows).
    struct TextChanges
    {
        bool all = false; // another language, an actor (colours), items inserted or removed
        QSet<int> events;
        QSet<int> relations;
        QSet<int> metrics;
    };
    TextChanges m_textChanges;
    bool textsChanged(const std::vector<PassageListModel::Row> &rows) const;
    quint64 m_generation = 0;
    int m_runningJobs = 0;

    QString m_shown;
    QString m_loadedSource; // whose text the editor holds
    std::optional<Model::AnchorPlace> m_pendingPlace;
    qsizetype m_pendingStart = -1;
    qsizetype m_pendingLength = 0;
    QString m_pendingSource;
    int m_navigation = -1; // index in navigationPlaces()
    bool m_selectingFromText = false;
    bool m_preferText = false;                       // the user chose Text mode for PDFs
    const Model::PdfPageMap *m_pagesShown = nullptr; // whose pages the page view holds
    qsizetype m_flashStart = -1;
    qsizetype m_flashEnd = -1;
    double m_flashStrength = 0;

    QComboBox *m_sources = nullptr;
    QPushButton *m_attachButton = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QStackedWidget *m_pages = nullptr;
    SourceTextEdit *m_text = nullptr;
    QWidget *m_pageBar = nullptr; // Page/Text and zoom, for PDFs
    QToolButton *m_pageMode = nullptr;
    QToolButton *m_textMode = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QStackedWidget *m_textOrPages = nullptr;
    PdfPageView *m_pdfView = nullptr;
    QLabel *m_unresolvedTitle = nullptr;
    QListWidget *m_unresolved = nullptr;
    QWidget *m_metadataPage = nullptr;
    QVBoxLayout *m_metadataLayout = nullptr;
    MetadataArea *m_metadata = nullptr; // title, bibliographic fields, message, Attach button
    QLabel *m_passagesCaption = nullptr;
    PassageListModel *m_passageModel = nullptr;
    PassageListView *m_passageList = nullptr;
    QVariantAnimation *m_flash = nullptr;
};

} // namespace Anchorline::Views
