#include "source/sourcetextview.h"

#include "anchoring/anchorresolver.h"
#include "anchoring/textnormalize.h"
#include "core/backgroundpool.h"
#include "core/dataset.h"
#include "document/document.h"
#include "source/passagelist.h"
#include "source/pdfpageview.h"
#include "style/plainlabel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <functional>

namespace Anchorline::Views {

namespace {

constexpr int MarkerWidth = 4;
constexpr int MarkerGap = 2;
constexpr int MarginColumns = 3;

using Owner = Model::AnchorPlace::Owner;

// An anchor to place on a worker, copied: the worker never reads the document's dataset, which
// the GUI thread may change meanwhile.
struct AnchorTask
{
    Model::AnchorPlace place;
    Model::Anchor anchor; // without `extra`
};

std::vector<AnchorTask> anchorTasks(const Model::Dataset &dataset,
                                    const std::vector<Model::AnchorPlace> &places)
{
    std::vector<AnchorTask> tasks;
    tasks.reserve(places.size());
    for (const Model::AnchorPlace &place : places) {
        const Model::Anchor *anchor = place.anchorIn(dataset);
        if (!anchor)
            continue;
        Model::Anchor copy;
        copy.source = anchor->source;
        copy.exact = anchor->exact;
        copy.prefix = anchor->prefix;
        copy.suffix = anchor->suffix;
        copy.start = anchor->start;
        copy.end = anchor->end;
        tasks.push_back(AnchorTask{place, std::move(copy)});
    }
    return tasks;
}

// The position of `place` in `places`, or -1.
int indexIn(const std::vector<Model::AnchorPlace> &places, const Model::AnchorPlace &place)
{
    const auto it = std::find(places.begin(), places.end(), place);
    return it == places.end() ? -1 : int(it - places.begin());
}

// Drops the entries (keyed by source id) whose source the dataset no longer has.
template<typename Map> void dropMissingSources(Map &bySource, const Model::Dataset &dataset)
{
    for (auto it = bySource.begin(); it != bySource.end();) {
        if (dataset.indexOfSource(it.key()) < 0)
            it = bySource.erase(it);
        else
            ++it;
    }
}

// Resolves every anchor of one text; runs on a worker thread and touches nothing shared.
std::vector<std::pair<Model::AnchorPlace, Model::AnchorResolution>>
resolveAll(const QString &text, const std::vector<AnchorTask> &anchors)
{
    std::vector<std::pair<Model::AnchorPlace, Model::AnchorResolution>> out;
    out.reserve(anchors.size());
    if (anchors.empty())
        return out;
    const Model::AnchorResolver resolver(text);
    for (const AnchorTask &task : anchors)
        out.emplace_back(task.place, resolver.resolve(task.anchor));
    return out;
}

// The page map of a text that came from a PDF, null for other texts.
std::shared_ptr<const Model::PdfPageMap> pdfPagesOf(const QString &path, const QString &text)
{
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0)
        return {};
    auto map = std::make_shared<Model::PdfPageMap>();
    // The library read the text already; reading it again here keeps SourceLibrary free of maps
    // for the many PDFs in a folder that match no source.
    if (Model::readSourceText(path, nullptr, map.get()) != text || map->textSize() != text.size())
        return {};
    return map;
}

} // namespace

// The source's details above the list of its passages: as tall as its contents at the current
// width, but leaving the list at least three fifths of the page (or what it needs, if less);
// scrolls the rest.
class MetadataArea final : public QScrollArea
{
public:
    MetadataArea(QWidget &page, std::function<int(int limit)> heightBelow)
        : m_page(page)
        , m_heightBelow(std::move(heightBelow))
    {
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFrameShape(QFrame::NoFrame);
        page.installEventFilter(this);
    }
    Q_DISABLE_COPY_MOVE(MetadataArea)

    // Without passages below, the details may take the whole page.
    void setWholePage(bool whole)
    {
        m_whole = whole;
        updateGeometry();
    }

    QSize sizeHint() const override
    {
        QSize size = QScrollArea::sizeHint();
        if (QWidget *content = widget(); content && content->hasHeightForWidth()) {
            int height = content->heightForWidth(viewport()->width()) + 2 * frameWidth();
            if (!m_whole) {
                const int page = m_page.height();
                const int below = m_heightBelow(page * 3 / 5);
                height = std::min(height, std::max(page - below, minimumSizeHint().height()));
            }
            size.setHeight(height);
        }
        return size;
    }
    QSize minimumSizeHint() const override
    {
        return {QScrollArea::minimumSizeHint().width(), fontMetrics().lineSpacing() * 4};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Runs before the page's layout handles the resize, so the layout sees the new hint.
        if (watched == &m_page && event->type() == QEvent::Resize)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the wrapped labels need another height
    }

private:
    QWidget &m_page;
    std::function<int(int limit)> m_heightBelow;
    bool m_whole = false;
};

struct SourceTextView::LibraryAnchors
{
    QHash<QString, std::vector<AnchorTask>> bySource;
};

struct SourceTextView::JobResult
{
    struct Text
    {
        QString sourceId;
        QString path;
        Model::SourceMatch match = Model::SourceMatch::None;
        QString text; // null when nothing was found
        std::shared_ptr<const Model::PdfPageMap> pdfMap;
        QString error;
        std::vector<std::pair<Model::AnchorPlace, Model::AnchorResolution>> resolutions;
    };
    quint64 generation = 0;
    bool library = false;
    QString scanError;
    std::vector<Text> texts;
};

// The margin left of the text: one coloured bar per passage, in columns so that passages that
// sit close together stay apart; a tooltip names the events, a click selects one.
class SourceMargin final : public QWidget
{
public:
    SourceMargin(SourceTextView &view, QPlainTextEdit &edit)
        : QWidget(&edit)
        , m_view(view)
        , m_edit(edit)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setCursor(Qt::PointingHandCursor);
    }
    Q_DISABLE_COPY_MOVE(SourceMargin)

    static int preferredWidth()
    {
        return MarkerGap * 2 + MarginColumns * (MarkerWidth + MarkerGap);
    }

    std::vector<std::pair<const SourceTextView::Passage *, QRect>> markers() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    SourceTextView &m_view;
    QPlainTextEdit &m_edit;
};

class SourceTextEdit final : public QPlainTextEdit
{
public:
    explicit SourceTextEdit(SourceTextView &view)
        : m_view(view)
    {
        setObjectName(QStringLiteral("sourceText"));
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setUndoRedoEnabled(false);
        viewport()->setMouseTracking(true);
        m_margin = new SourceMargin(view, *this);
        setViewportMargins(SourceMargin::preferredWidth(), 0, 0, 0);
        connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
            if (dy != 0)
                m_margin->update();
            else
                m_margin->update(0, rect.y(), m_margin->width(), rect.height());
        });
    }
    Q_DISABLE_COPY_MOVE(SourceTextEdit)

    SourceMargin *margin() const { return m_margin; }
    int firstVisiblePosition() const { return firstVisibleBlock().position(); }
    int lastVisiblePosition() const
    {
        return cursorForPosition(QPoint(viewport()->width() - 1, viewport()->height() - 1))
            .position();
    }
    int positionAt(const QPoint &viewportPos) const
    {
        return cursorForPosition(viewportPos).position();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        const QRect rect = contentsRect();
        m_margin->setGeometry(rect.left(), rect.top(), SourceMargin::preferredWidth(),
                              rect.height());
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressPos = event->position().toPoint();
        QPlainTextEdit::mousePressEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QPlainTextEdit::mouseReleaseEvent(event);
        const QPoint pos = event->position().toPoint();
        if (event->button() == Qt::LeftButton &&
            (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance() &&
            !textCursor().hasSelection())
            m_view.selectPassageAt(positionAt(pos));
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QPlainTextEdit::mouseMoveEvent(event);
        if (event->buttons() == Qt::NoButton) {
            const bool over = !m_view.passagesAt(positionAt(event->position().toPoint())).empty();
            viewport()->setCursor(over ? Qt::PointingHandCursor : Qt::IBeamCursor);
        }
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            !m_view.passagesAt(textCursor().position()).empty()) {
            m_view.selectPassageAt(textCursor().position());
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = m_view.toolTipAt(positionAt(help->pos()));
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), plainToolTip(tip), viewport());
            return true;
        }
        return QPlainTextEdit::viewportEvent(event);
    }

private:
    SourceTextView &m_view;
    SourceMargin *m_margin = nullptr;
    QPoint m_pressPos;
};

std::vector<std::pair<const SourceTextView::Passage *, QRect>> SourceMargin::markers() const
{
    std::vector<std::pair<const SourceTextView::Passage *, QRect>> out;
    const SourceTextView::SourceState *state = m_view.shownState();
    if (!state || m_view.m_loadedSource != m_view.m_shown)
        return out;
    auto &edit = static_cast<SourceTextEdit &>(m_edit);
    const int first = edit.firstVisiblePosition();
    const int last = edit.lastVisiblePosition();
    QTextCursor cursor(m_edit.document());
    for (const SourceTextView::Passage &passage : state->passages) {
        if (passage.start > last)
            break;
        if (passage.end < first)
            continue;
        cursor.setPosition(int(passage.start));
        const QRect top = m_edit.cursorRect(cursor);
        cursor.setPosition(int(passage.end));
        const QRect bottom = m_edit.cursorRect(cursor);
        const int x = MarkerGap + passage.column * (MarkerWidth + MarkerGap);
        out.emplace_back(
            &passage, QRect(x, top.top(), MarkerWidth, std::max(4, bottom.bottom() - top.top())));
    }
    return out;
}

void SourceMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    const int current = m_view.m_document.currentEvent();
    for (const auto &[passage, rect] : markers()) {
        QColor color = passage->color;
        if (passage->eventIndex != current)
            color.setAlpha(150);
        painter.fillRect(rect, color);
    }
}

bool SourceMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QStringList lines;
        for (const auto &[passage, rect] : markers()) {
            if (help->pos().y() >= rect.top() && help->pos().y() <= rect.bottom()) {
                const QString label = m_view.label(passage->place);
                if (!lines.contains(label))
                    lines << label;
            }
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(lines.join(QLatin1Char('\n'))),
                               this);
        return true;
    }
    return QWidget::event(event);
}

void SourceMargin::mousePressEvent(QMouseEvent *event)
{
    const int y = event->position().toPoint().y();
    for (const auto &[passage, rect] : markers()) {
        if (y >= rect.top() && y <= rect.bottom()) {
            m_view.selectPassageAt(int(passage->start));
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

SourceTextView::SourceTextView(Model::Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("&Source:"));
    m_sources = new QComboBox;
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sources->setMinimumContentsLength(24);
    sourceLabel->setBuddy(m_sources);
    m_attachButton = new QPushButton(tr("Attach text…"));
    m_attachButton->setObjectName(QStringLiteral("attachText"));
    m_attachButton->setToolTip(
        tr("Use a copy of this article (.txt, .md, .html, .pdf) as its text"));
    top->addWidget(sourceLabel);
    top->addWidget(m_sources, 1);
    top->addWidget(m_attachButton);
    layout->addLayout(top);

    auto *bar = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(m_status->sizeHint().height());
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Finding source texts and placing their passages…"));
    m_busy->hide();
    m_previous = new QPushButton(tr("◀ &Previous"));
    m_previous->setObjectName(QStringLiteral("previousPassage"));
    m_previous->setToolTip(tr("Previous passage of the selected event"));
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("passagePosition"));
    m_position->setTextFormat(Qt::PlainText);
    m_next = new QPushButton(tr("&Next ▶"));
    m_next->setObjectName(QStringLiteral("nextPassage"));
    m_next->setToolTip(tr("Next passage of the selected event"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    layout->addLayout(bar);

    m_pages = new QStackedWidget;
    auto *textPage = new QWidget;
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new SourceTextEdit(*this);
    m_text->setAccessibleName(tr("Source text"));
    // A PDF is shown as its pages (Page mode) or as the extracted text (Text mode, which screen
    // readers read and from which text can be copied); the other texts only as text.
    m_pageBar = new QWidget;
    m_pageBar->setObjectName(QStringLiteral("pageBar"));
    auto *pageBar = new QHBoxLayout(m_pageBar);
    pageBar->setContentsMargins(0, 0, 0, 0);
    const auto toolButton = [this](const QString &text, const QString &name,
                                   const QString &toolTip) {
        auto *button = new QToolButton(m_pageBar);
        button->setText(text);
        button->setObjectName(name);
        button->setToolTip(toolTip);
        button->setAccessibleName(toolTip);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_pageMode = toolButton(tr("Page"), QStringLiteral("pageMode"),
                            tr("Show the pages of the PDF with the passages marked"));
    m_textMode = toolButton(tr("Text"), QStringLiteral("textMode"),
                            tr("Show the text of the PDF, for reading aloud and copying"));
    m_pageMode->setCheckable(true);
    m_textMode->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_pageMode);
    modes->addButton(m_textMode);
    m_pageMode->setChecked(true);
    auto *zoomOut = toolButton(tr("−"), QStringLiteral("zoomOut"), tr("Zoom out (Ctrl+wheel)"));
    auto *zoomIn = toolButton(tr("+"), QStringLiteral("zoomIn"), tr("Zoom in (Ctrl+wheel)"));
    auto *fitWidth =
        toolButton(tr("Fit width"), QStringLiteral("fitWidth"), tr("Fit the pages to the width"));
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("zoom"));
    m_zoomLabel->setTextFormat(Qt::PlainText);
    pageBar->addWidget(m_pageMode);
    pageBar->addWidget(m_textMode);
    pageBar->addStretch(1);
    pageBar->addWidget(zoomOut);
    pageBar->addWidget(m_zoomLabel);
    pageBar->addWidget(zoomIn);
    pageBar->addWidget(fitWidth);
    m_pageBar->hide();
    textLayout->addWidget(m_pageBar);
    m_pdfView = new PdfPageView;
    m_textOrPages = new QStackedWidget;
    m_textOrPages->addWidget(m_text);
    m_textOrPages->addWidget(m_pdfView);
    textLayout->addWidget(m_textOrPages, 1);
    connect(m_pageMode, &QToolButton::clicked, this, [this] { setPageMode(true); });
    connect(m_textMode, &QToolButton::clicked, this, [this] { setPageMode(false); });
    connect(zoomIn, &QToolButton::clicked, m_pdfView, &PdfPageView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_pdfView, &PdfPageView::zoomOut);
    connect(fitWidth, &QToolButton::clicked, m_pdfView, &PdfPageView::fitWidth);
    connect(m_pdfView, &PdfPageView::zoomChanged, this, [this](double zoom) {
        // 1.0 is 72 dpi, which most screens show a printed page at about its size.
        m_zoomLabel->setText(tr("%1 %").arg(std::lround(zoom * 100)));
    });
    // A selection on the page becomes the text view's selection: "Anchor Selection to Event…"
    // takes it from there, as it takes a selection made in Text mode.
    connect(m_pdfView, &PdfPageView::textSelected, this, [this](qsizetype start, qsizetype end) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        m_text->setTextCursor(cursor);
    });
    connect(m_pdfView, &PdfPageView::highlightClicked, this,
            [this](qsizetype position) { selectPassageAt(int(position)); });
    m_unresolvedTitle = new QLabel;
    m_unresolvedTitle->setObjectName(QStringLiteral("unresolvedTitle"));
    m_unresolvedTitle->setTextFormat(Qt::PlainText);
    m_unresolved = new QListWidget;
    m_unresolved->setObjectName(QStringLiteral("unresolved"));
    m_unresolved->setAccessibleName(tr("Passages not placed"));
    m_unresolved->setMaximumHeight(m_unresolved->fontMetrics().height() * 5);
    m_unresolved->setWordWrap(true);
    m_unresolvedTitle->setBuddy(m_unresolved);
    textLayout->addWidget(m_unresolvedTitle);
    textLayout->addWidget(m_unresolved);
    m_pages->addWidget(textPage);
    m_metadataPage = new QWidget;
    m_metadataPage->setObjectName(QStringLiteral("metadataPage"));
    m_metadataLayout = new QVBoxLayout(m_metadataPage);
    m_metadataLayout->setContentsMargins(0, 0, 0, 0);
    m_metadataLayout->setSpacing(4);
    m_metadata = new MetadataArea(*m_metadataPage, [this](int limit) {
        return m_passagesCaption->sizeHint().height() + 2 * m_metadataLayout->spacing() +
               m_passageList->contentHeight(limit);
    });
    m_metadata->setObjectName(QStringLiteral("metadata"));
    m_metadata->setAccessibleName(tr("Source details"));
    m_metadataLayout->addWidget(m_metadata);
    m_passagesCaption = new QLabel;
    m_passagesCaption->setObjectName(QStringLiteral("passagesCaption"));
    m_passagesCaption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_passagesCaption->font();
    captionFont.setBold(true);
    m_passagesCaption->setFont(captionFont);
    m_passagesCaption->setContentsMargins(9, 4, 9, 0);
    m_metadataLayout->addWidget(m_passagesCaption);
    m_passageModel = new PassageListModel(this);
    m_passageList = new PassageListView;
    m_passageList->setObjectName(QStringLiteral("passages"));
    m_passageList->setAccessibleName(tr("Anchored passages"));
    m_passageList->setAccessibleDescription(
        tr("The quotes of this source with their context. Press Enter on a passage to select its "
           "event."));
    m_passageList->setMinimumHeight(m_passageList->fontMetrics().lineSpacing() * 6);
    m_passageList->setModel(m_passageModel);
    m_passagesCaption->setBuddy(m_passageList);
    m_metadataLayout->addWidget(m_passageList, 1);
    m_pages->addWidget(m_metadataPage);
    layout->addWidget(m_pages, 1);

    m_flash = new QVariantAnimation(this);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(1400);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_flashStrength = value.toDouble();
        updateSelections();
    });
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashStart = m_flashEnd = -1;
        updateSelections();
    });

    connect(m_sources, &QComboBox::activated, this,
            [this](int index) { showSource(m_sources->itemData(index).toString()); });
    connect(m_attachButton, &QPushButton::clicked, this, &SourceTextView::chooseTextToAttach);
    connect(m_previous, &QPushButton::clicked, this, &SourceTextView::previousPassage);
    connect(m_next, &QPushButton::clicked, this, &SourceTextView::nextPassage);
    connect(m_passageList, &PassageListView::passageActivated, this,
            &SourceTextView::activateListedPassage);
    connect(m_unresolved, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const auto place = Model::AnchorPlace::fromPointer(item->data(Qt::UserRole).toString());
        const int event = place ? eventIndexOf(*place) : -1;
        if (event >= 0)
            m_document.setCurrentEvent(event);
    });
    connect(&m_document, &Model::Document::datasetReset, this, &SourceTextView::onDatasetReset);
    connect(&m_document, &Model::Document::itemChanged, this,
            [this](Model::Collection collection, int index) {
                switch (collection) {
                case Model::Collection::Events:
                    m_textChanges.events.insert(index);
                    break;
                case Model::Collection::Relations:
                    m_textChanges.relations.insert(index);
                    break;
                case Model::Collection::Metrics:
                    m_textChanges.metrics.insert(index);
                    break;
                case Model::Collection::Actors:
                    m_textChanges.all = true; // colours
                    break;
                default:
                    break; // sources, themes, eras and tours name no passage
                }
            });
    const auto moved = [this](Model::Collection collection, int) {
        // The indexes of what follows shift: every row may name something else.
        if (collection == Model::Collection::Events || collection == Model::Collection::Relations ||
            collection == Model::Collection::Metrics || collection == Model::Collection::Actors)
            m_textChanges.all = true;
    };
    connect(&m_document, &Model::Document::itemInserted, this, moved);
    connect(&m_document, &Model::Document::itemRemoved, this, moved);
    connect(&m_document, &Model::Document::dataLanguageChanged, this,
            [this] { m_textChanges.all = true; });
    // Edits come in bursts (an undo macro, a dialog's OK): one refresh per event-loop turn.
    auto *contentRefresh = new QTimer(this);
    contentRefresh->setSingleShot(true);
    contentRefresh->setInterval(0);
    connect(contentRefresh, &QTimer::timeout, this, &SourceTextView::onContentChanged);
    connect(&m_document, &Model::Document::contentChanged, contentRefresh,
            qOverload<>(&QTimer::start));
    connect(&m_document, &Model::Document::datasetReset, contentRefresh, &QTimer::stop);
    connect(&m_document, &Model::Document::dataLanguageChanged, contentRefresh,
            qOverload<>(&QTimer::start));
    m_document.addPreparer<AnchorTable>(this, [this] {
        return [library = !m_libraryFolder.isEmpty()](const Model::Dataset &dataset) {
            auto table = std::make_shared<AnchorTable>();
            table->bySource = anchorsBySource(dataset);
            if (library)
                table->library = libraryAnchors(dataset, table->bySource);
            return table;
        };
    });
    connect(&m_document, &Model::Document::currentEventChanged, this,
            &SourceTextView::onCurrentEventChanged);
    onDatasetReset();
}

SourceTextView::~SourceTextView() = default;

QPlainTextEdit *SourceTextView::textEdit() const
{
    return m_text;
}

bool SourceTextView::isPageMode() const
{
    return m_pagesShown && m_textOrPages->currentWidget() == m_pdfView;
}

void SourceTextView::setPageMode(bool pages)
{
    m_preferText = !pages;
    m_pageMode->setChecked(pages);
    m_textMode->setChecked(!pages);
    if (!m_pagesShown)
        return;
    QWidget *shown = pages ? static_cast<QWidget *>(m_pdfView) : m_text;
    const bool hadFocus = m_textOrPages->currentWidget()->hasFocus();
    m_textOrPages->setCurrentWidget(shown);
    if (hadFocus)
        shown->setFocus();
    // The other mode shows the same place: the selection, else the flashed passage.
    if (pages) {
        const QTextCursor cursor = m_text->textCursor();
        if (cursor.hasSelection())
            m_pdfView->reveal(cursor.selectionStart(), cursor.selectionEnd());
    } else {
        m_text->centerCursor();
    }
}

bool SourceTextView::hasText(const QString &sourceId) const
{
    const auto it = m_states.constFind(sourceId);
    return it != m_states.constEnd() && it->hasText();
}

QHash<QString, QString> SourceTextView::sourceTexts() const
{
    QHash<QString, QString> texts;
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        if (it->hasText())
            texts.insert(it.key(), it->text);
    }
    return texts;
}

std::vector<SourceTextView::Passage> SourceTextView::passages(const QString &sourceId) const
{
    const auto it = m_states.constFind(sourceId);
    return it == m_states.constEnd() ? std::vector<Passage>() : it->passages;
}

const SourceTextView::SourceState *SourceTextView::shownState() const
{
    const auto it = m_states.constFind(m_shown);
    return it == m_states.constEnd() ? nullptr : &*it;
}

QColor SourceTextView::eventColor(int eventIndex) const
{
    return eventColor(m_document.dataset(), eventIndex);
}

QColor SourceTextView::eventColor(const Model::Dataset &dataset, int eventIndex)
{
    if (eventIndex >= 0 && eventIndex < int(dataset.events.size())) {
        const QStringList &ids = dataset.events[std::size_t(eventIndex)].actors;
        if (!ids.isEmpty()) {
            const int actor = dataset.indexOfActor(ids.front());
            if (actor >= 0 && dataset.actors[std::size_t(actor)].color.isValid())
                return dataset.actors[std::size_t(actor)].color;
        }
    }
    return {};
}

QString SourceTextView::eventLabel(const Model::Dataset &dataset, int eventIndex,
                                   const QLocale &locale, const Model::DisplayText &text)
{
    if (eventIndex < 0 || eventIndex >= int(dataset.events.size()))
        return {};
    const Model::Event &event = dataset.events[std::size_t(eventIndex)];
    const QString date = event.parsed.isValid() ? event.parsed.toDisplayString(locale) : event.date;
    return text.title(event) + QStringLiteral(" (") + date + QLatin1Char(')');
}

SourceTextView::AnchorsBySource SourceTextView::anchorsBySource(const Model::Dataset &dataset)
{
    // Counted first, so that each list is allocated once at its size (no doubling).
    QHash<QString, qsizetype> counts;
    Model::forEachAnchor(dataset,
                         [&counts](const Model::AnchorPlace &, const Model::Anchor &anchor) {
                             ++counts[anchor.source];
                         });
    AnchorsBySource bySource;
    bySource.reserve(counts.size());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        bySource[it.key()].reserve(std::size_t(it.value()));
    // Neighbouring anchors mostly quote the same source: its list is looked up once per run.
    const QString *runSource = nullptr;
    std::vector<Model::AnchorPlace> *run = nullptr;
    Model::forEachAnchor(
        dataset, [&](const Model::AnchorPlace &place, const Model::Anchor &anchor) {
            if (!runSource || anchor.source != *runSource) {
                runSource = &anchor.source;
                run = &bySource[anchor.source]; // every key is there: no insertion moves the lists
            }
            run->push_back(place);
        });
    return bySource;
}

std::shared_ptr<const SourceTextView::LibraryAnchors>
SourceTextView::libraryAnchors(const Model::Dataset &dataset, const AnchorsBySource &bySource)
{
    auto library = std::make_shared<LibraryAnchors>();
    library->bySource.reserve(bySource.size());
    for (auto it = bySource.constBegin(); it != bySource.constEnd(); ++it)
        library->bySource.insert(it.key(), anchorTasks(dataset, it.value()));
    return library;
}

int SourceTextView::eventIndexOf(const Model::AnchorPlace &place) const
{
    if (place.owner == Owner::Event || place.owner == Owner::DateClaim)
        return place.index;
    const QString id = place.eventIdIn(m_document.dataset());
    return id.isEmpty() ? -1 : m_document.eventIndexById(id);
}

QString SourceTextView::makeLabel(const Model::AnchorPlace &place) const
{
    const Model::Dataset &dataset = m_document.dataset();
    const Model::DisplayText &text = m_document.text();
    switch (place.owner) {
    case Owner::Event:
        return eventLabel(dataset, place.index, locale(), text);
    case Owner::DateClaim:
        return eventLabel(dataset, place.index, locale(), text) + tr(" — date claim");
    case Owner::Relation:
        if (place.index >= 0 && place.index < int(dataset.relations.size())) {
            const Model::Relation &relation = dataset.relations[std::size_t(place.index)];
            const int from = m_document.eventIndexById(relation.from);
            const int to = m_document.eventIndexById(relation.to);
            return tr("Relation: %1 %2 %3")
                .arg(from >= 0 ? text.title(dataset.events[std::size_t(from)]) : relation.from,
                     Model::relationTypeForward(relation.type),
                     to >= 0 ? text.title(dataset.events[std::size_t(to)]) : relation.to);
        }
        break;
    case Owner::MetricPoint:
        if (place.index >= 0 && place.index < int(dataset.metrics.size()))
            return tr("Metric: %1").arg(text.name(dataset.metrics[std::size_t(place.index)]));
        break;
    }
    return place.pointer();
}

QString SourceTextView::label(const Model::AnchorPlace &place) const
{
    auto it = m_labels.constFind(place);
    if (it == m_labels.constEnd())
        it = m_labels.insert(place, makeLabel(place));
    return *it;
}

std::vector<PassageListModel::Row> SourceTextView::passageRows(const QString &sourceId) const
{
    std::vector<PassageListModel::Row> rows;
    const auto it = m_anchors.constFind(sourceId);
    if (it == m_anchors.constEnd())
        return rows;
    rows.reserve(it->size());
    for (const Model::AnchorPlace &place : *it)
        rows.push_back({place, eventIndexOf(place)});
    return rows;
}

bool SourceTextView::textsChanged(const std::vector<PassageListModel::Row> &rows) const
{
    const TextChanges &changes = m_textChanges;
    if (changes.all)
        return true;
    if (changes.events.isEmpty() && changes.relations.isEmpty() && changes.metrics.isEmpty())
        return false;
    const Model::Dataset &dataset = m_document.dataset();
    // What passageEntry() reads: the anchor's owner, the event (title, date, first actor) and,
    // for a relation, the event it points to.
    for (const PassageListModel::Row &row : rows) {
        const Model::AnchorPlace &place = row.place;
        if (changes.events.contains(row.eventIndex)) // an event's row, or a relation's `from`
            return true;
        if (place.owner == Owner::Relation) {
            if (changes.relations.contains(place.index))
                return true;
            if (place.index >= 0 && place.index < int(dataset.relations.size()) &&
                changes.events.contains(
                    m_document.eventIndexById(dataset.relations[std::size_t(place.index)].to)))
                return true;
        }
        if (place.owner == Owner::MetricPoint && changes.metrics.contains(place.index))
            return true;
    }
    return false;
}

PassageListModel::Entry SourceTextView::passageEntry(const PassageListModel::Row &row) const
{
    PassageListModel::Entry entry;
    const Model::Anchor *anchor = row.place.anchorIn(m_document.dataset());
    if (!anchor)
        return entry; // an edit took it away; the list follows with the next refresh
    // Not label(): the list reads every row once to lay it out, and keeping those labels would
    // cost what listing rows instead of texts saves.
    entry.label = makeLabel(row.place);
    entry.quote = QStringLiteral("“") + anchor->exact + QStringLiteral("”");
    if (!anchor->prefix.isEmpty() || !anchor->suffix.isEmpty())
        entry.context = tr("In context: …%1 [quote] %2…")
                            .arg(anchor->prefix.simplified(), anchor->suffix.simplified());
    entry.color = eventColor(row.eventIndex);
    return entry;
}

void SourceTextView::onDatasetReset()
{
    ++m_generation;
    m_labels.clear();
    m_textChanges.all = true;
    const Model::Dataset &dataset = m_document.dataset();
    // Right after a large file is read, the loader's worker has built the table.
    if (const std::shared_ptr<AnchorTable> prepared = m_document.prepared<AnchorTable>(this)) {
        m_anchors = std::move(prepared->bySource);
        m_preparedLibrary = std::move(prepared->library);
    } else {
        m_anchors = anchorsBySource(dataset);
        m_preparedLibrary.reset();
    }

    // Attachments survive a reload of the same dataset when their source is still there.
    dropMissingSources(m_attached, dataset);
    m_states.clear();
    m_loadedSource.clear();
    m_text->clear();
    m_pdfView->close();
    m_pagesShown = nullptr;
    m_pendingPlace.reset();
    m_pendingSource.clear();
    m_navigation = -1;

    fillSourceList();
    m_shown = dataset.sources.empty() ? QString() : dataset.sources.front().id;
    startJobs();
    // Taken by the library search or not at all: later edits would make it stale.
    m_preparedLibrary.reset();
    refreshCombo();
    displayShown();
    emit sourceTextsChanged(sourceTexts());
    if (m_document.currentEvent() >= 0)
        onCurrentEventChanged(m_document.currentEvent());
}

void SourceTextView::fillSourceList()
{
    const QSignalBlocker blocker(m_sources);
    m_sources->clear();
    for (const Model::Source &source : m_document.dataset().sources)
        m_sources->addItem(source.shortReference() + QStringLiteral(" — ") + source.title,
                           source.id);
}

void SourceTextView::startJobs()
{
    if (!m_libraryFolder.isEmpty())
        startLibraryJob();
    for (auto it = m_attached.constBegin(); it != m_attached.constEnd(); ++it)
        startAttachJob(it.key(), it.value());
}

void SourceTextView::onContentChanged()
{
    // An edit may add, change or remove evidence, sources or the events they support: the table,
    // the source list, the passage list and the placed passages follow. The texts stay; their
    // anchors are resolved again off the GUI thread.
    ++m_generation;
    m_labels.clear();
    const Model::Dataset &dataset = m_document.dataset();
    m_anchors = anchorsBySource(dataset);
    m_preparedLibrary.reset();
    dropMissingSources(m_attached, dataset);
    dropMissingSources(m_states, dataset);
    fillSourceList();
    if (dataset.indexOfSource(m_shown) < 0)
        m_shown = dataset.sources.empty() ? QString() : dataset.sources.front().id;
    startJobs();
    refreshCombo();
    displayShown();
}

void SourceTextView::setLibraryFolder(const QString &folder)
{
    m_libraryFolder = folder;
    if (!folder.isEmpty()) {
        startLibraryJob();
        return;
    }
    // No library any more: forget what came from it, keep what was attached by hand.
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (!it->attached)
            it = m_states.erase(it);
        else
            ++it;
    }
    m_loadedSource.clear();
    refreshCombo();
    displayShown();
    emit sourceTextsChanged(sourceTexts());
}

void SourceTextView::attachText(const QString &sourceId, const QString &path)
{
    if (m_document.dataset().indexOfSource(sourceId) < 0)
        return;
    m_attached.insert(sourceId, path);
    startAttachJob(sourceId, path);
    if (sourceId == m_shown)
        displayShown();
}

void SourceTextView::chooseTextToAttach()
{
    if (m_shown.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach source text"), m_libraryFolder,
        tr("Source texts (*.txt *.md *.html *.htm *.pdf);;All files (*)"));
    if (!path.isEmpty())
        attachText(m_shown, path);
}

void SourceTextView::startLibraryJob()
{
    std::vector<Model::Source> sources;
    for (const Model::Source &source : m_document.dataset().sources) {
        if (!m_attached.contains(source.id))
            sources.push_back(source);
    }
    // The worker gets copies of the anchors: made by the loader's worker right after a load,
    // else here. The job alone holds them, so they go when it ends.
    std::shared_ptr<const LibraryAnchors> anchors = std::move(m_preparedLibrary);
    if (!anchors)
        anchors = libraryAnchors(m_document.dataset(), m_anchors);
    const quint64 generation = m_generation;
    const QString folder = m_libraryFolder;
    watch(QtConcurrent::run(
        Model::backgroundPool(),
        [generation, folder, sources = std::move(sources), anchors = std::move(anchors)] {
            JobResult result;
            result.generation = generation;
            result.library = true;
            Model::SourceLibrary library;
            library.scan(folder, &result.scanError);
            for (const Model::Source &source : sources) {
                JobResult::Text text;
                text.sourceId = source.id;
                static const std::vector<AnchorTask> none;
                const auto own = anchors->bySource.constFind(source.id);
                const std::vector<AnchorTask> &tasks =
                    own == anchors->bySource.constEnd() ? none : *own;
                // Matched by content too: the quotes of the source's anchors.
                QStringList quotes;
                quotes.reserve(qsizetype(tasks.size()));
                for (const AnchorTask &task : tasks)
                    quotes << task.anchor.exact;
                const Model::SourceText found = library.match(source, quotes);
                if (found.found()) {
                    text.path = found.path;
                    text.match = found.match;
                    text.text = found.text;
                    text.pdfMap = pdfPagesOf(found.path, found.text);
                    text.resolutions = resolveAll(found.text, tasks);
                }
                result.texts.push_back(std::move(text));
            }
            return result;
        }));
}

void SourceTextView::startAttachJob(const QString &sourceId, const QString &path)
{
    const quint64 generation = m_generation;
    watch(
        QtConcurrent::run(Model::backgroundPool(),
                          [generation, sourceId, path,
                           anchors = anchorTasks(m_document.dataset(), m_anchors.value(sourceId))] {
                              JobResult result;
                              result.generation = generation;
                              JobResult::Text text;
                              text.sourceId = sourceId;
                              text.path = path;
                              auto pages = std::make_shared<Model::PdfPageMap>();
                              text.text = Model::readSourceText(path, &text.error, pages.get());
                              if (!pages->isEmpty() && pages->textSize() == text.text.size())
                                  text.pdfMap = std::move(pages);
                              if (!text.text.isNull())
                                  text.resolutions = resolveAll(text.text, anchors);
                              result.texts.push_back(std::move(text));
                              return result;
                          }));
}

void SourceTextView::watch(QFuture<JobResult> future)
{
    auto *watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_runningJobs;
        applyJob(watcher->result());
        m_busy->setVisible(m_runningJobs > 0);
        if (m_runningJobs == 0)
            emit resolvingChanged(false);
    });
    ++m_runningJobs;
    if (m_runningJobs == 1)
        emit resolvingChanged(true);
    m_busy->show();
    watcher->setFuture(future);
    refreshCombo();
}

void SourceTextView::applyJob(const JobResult &result)
{
    if (result.generation != m_generation)
        return; // the dataset changed while the job ran
    for (const JobResult::Text &text : result.texts) {
        SourceState &state = m_states[text.sourceId];
        if (result.library && state.attached)
            continue; // a text attached by hand wins over the library
        if (!result.library && text.text.isNull()) {
            // Attaching failed: say why, keep whatever text the library had.
            state.error = text.error;
            m_attached.remove(text.sourceId);
            continue;
        }
        const bool sameText = state.text == text.text;
        state.attached = !result.library;
        state.path = text.path;
        state.match = text.match;
        state.text = text.text;
        state.pdfMap = text.pdfMap;
        state.error = text.error;
        state.passages.clear();
        state.unresolved.clear();
        for (const auto &[place, resolution] : text.resolutions) {
            if (!resolution.ok()) {
                const Model::Anchor *anchor = place.anchorIn(m_document.dataset());
                state.unresolved.push_back(
                    Unresolved{place, anchor ? anchor->exact : QString(), resolution.reason()});
                continue;
            }
            Passage passage;
            passage.start = resolution.start;
            passage.end = resolution.end;
            passage.place = place;
            passage.eventIndex = eventIndexOf(place);
            passage.evidenceIndex = place.owner == Owner::Event ? place.evidence : -1;
            passage.color = eventColor(passage.eventIndex);
            if (!passage.color.isValid())
                passage.color = QColor(128, 128, 128);
            state.passages.push_back(passage);
        }
        std::stable_sort(state.passages.begin(), state.passages.end(),
                         [](const Passage &a, const Passage &b) { return a.start < b.start; });
        // Margin columns: a passage takes the first column free for a few lines above it.
        std::array<qsizetype, MarginColumns> columnEnd{};
        columnEnd.fill(-1);
        for (Passage &passage : state.passages) {
            int column = 0;
            while (column < MarginColumns && columnEnd[std::size_t(column)] + 120 > passage.start)
                ++column;
            if (column == MarginColumns)
                column =
                    int(std::min_element(columnEnd.begin(), columnEnd.end()) - columnEnd.begin());
            passage.column = column;
            columnEnd[std::size_t(column)] = std::max(columnEnd[std::size_t(column)], passage.end);
        }
        if (text.sourceId == m_shown && !sameText)
            m_loadedSource.clear(); // reload the editor with the new text (an edit keeps it)
    }
    refreshCombo();
    displayShown();
    emit sourceTextsChanged(sourceTexts());
}

void SourceTextView::refreshCombo()
{
    const Model::Dataset &dataset = m_document.dataset();
    for (int i = 0; i < m_sources->count() && i < int(dataset.sources.size()); ++i) {
        const Model::Source &source = dataset.sources[std::size_t(i)];
        QString text = source.shortReference() + QStringLiteral(" — ") + source.title;
        if (!hasText(source.id))
            text = (m_runningJobs > 0 ? tr("[looking for text] ") : tr("[no text] ")) + text;
        m_sources->setItemText(i, text);
        m_sources->setItemData(i, source.title, Qt::ToolTipRole);
    }
}

void SourceTextView::showSource(const QString &sourceId)
{
    if (m_document.dataset().indexOfSource(sourceId) < 0)
        return;
    if (sourceId == m_shown && (m_loadedSource == m_shown || !hasText(sourceId))) {
        tryPending();
        return;
    }
    m_shown = sourceId;
    if (m_document.currentEvent() < 0)
        m_navigation = -1;
    displayShown();
    emit currentSourceChanged(sourceId);
}

void SourceTextView::displayShown()
{
    {
        const QSignalBlocker blocker(m_sources);
        m_sources->setCurrentIndex(m_sources->findData(m_shown));
    }
    const SourceState *state = shownState();
    m_attachButton->setEnabled(!m_shown.isEmpty());
    if (state && state->hasText()) {
        displayText(*state);
        m_pages->setCurrentIndex(0);
    } else {
        if (!m_loadedSource.isEmpty()) {
            m_text->clear();
            m_loadedSource.clear();
        }
        if (m_pagesShown) {
            m_pdfView->close();
            m_pagesShown = nullptr;
        }
        displayMetadata();
        m_pages->setCurrentIndex(1);
    }
    updateSelections();
    updateNavigation();
    tryPending();
}

void SourceTextView::displayText(const SourceState &state)
{
    if (m_loadedSource != m_shown) {
        // A flash still fading belongs to the old text: its offsets mean nothing in this one.
        m_flash->stop();
        m_flashStart = m_flashEnd = -1;
        m_text->setPlainText(state.text);
        m_loadedSource = m_shown;
    }
    displayPages(state);
    QString how;
    if (state.attached)
        how = tr("attached by hand");
    else
        how = tr("matched by %1").arg(Model::sourceMatchName(state.match));
    m_status->setText(
        tr("%1 (%2) · %n passages placed", nullptr, int(state.passages.size()))
            .arg(QFileInfo(state.path).fileName(), how) +
        (state.unresolved.empty() ? QString()
                                  : tr(", %n not placed", nullptr, int(state.unresolved.size()))) +
        // Most anchors failing means the wrong text (an edited copy under another
        // source's name), not a few edited passages.
        (Model::looksUnlikeSource(int(state.passages.size()),
                                  int(state.passages.size() + state.unresolved.size()))
             ? tr(" · this text does not look like the source")
             : QString()));
    m_status->setToolTip(state.path);

    m_unresolved->clear();
    for (const Unresolved &item : state.unresolved) {
        const QString label = this->label(item.place);
        auto *row = new QListWidgetItem(QStringLiteral("“") + item.exact + QStringLiteral("” — ") +
                                        label + QStringLiteral(" — ") + item.reason);
        const QString pointer = item.place.pointer();
        row->setData(Qt::UserRole, pointer);
        row->setToolTip(pointer);
        m_unresolved->addItem(row);
    }
    m_unresolvedTitle->setText(
        tr("%n passages could not be placed in this text:", nullptr, int(state.unresolved.size())));
    m_unresolvedTitle->setVisible(!state.unresolved.empty());
    m_unresolved->setVisible(!state.unresolved.empty());
}

void SourceTextView::displayPages(const SourceState &state)
{
    if (state.pdfMap.get() != m_pagesShown) {
        m_pagesShown = nullptr;
        m_pdfView->close();
        if (state.pdfMap && m_pdfView->open(state.path, state.pdfMap))
            m_pagesShown = state.pdfMap.get();
    }
    m_pageBar->setVisible(m_pagesShown != nullptr);
    m_textOrPages->setCurrentWidget(
        m_pagesShown && !m_preferText ? static_cast<QWidget *>(m_pdfView) : m_text);
}

void SourceTextView::displayMetadata()
{
    const Model::Dataset &dataset = m_document.dataset();
    const int index = dataset.indexOfSource(m_shown);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto setContent = [this, content](bool withPassages) {
        if (QWidget *old = m_metadata->takeWidget())
            old->deleteLater();
        m_metadata->setWidget(content);
        m_passagesCaption->setVisible(withPassages);
        m_passageList->setVisible(withPassages);
        // Without passages the details take the whole page.
        m_metadata->setWholePage(!withPassages);
        m_metadataLayout->setStretchFactor(m_metadata, withPassages ? 0 : 1);
    };
    if (index < 0) {
        m_status->setText(tr("The dataset has no sources."));
        layout->addWidget(
            plainLabel(tr("This dataset cites no sources."), QStringLiteral("empty")));
        layout->addStretch();
        m_passageModel->setRows({}, {});
        m_textChanges = {};
        m_listedSource.clear();
        setContent(false);
        return;
    }
    const Model::Source &source = dataset.sources[std::size_t(index)];
    const SourceState *state = shownState();

    QLabel *title = plainLabel(source.title, QStringLiteral("sourceTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form](const QString &name, const QString &value, const QString &objectName) {
        if (!value.isEmpty())
            form->addRow(name, plainLabel(value, objectName));
    };
    QStringList authors;
    for (const Model::Person &person : source.author)
        authors << person.displayName();
    addRow(tr("Authors:"), authors.join(QStringLiteral("; ")), QStringLiteral("authors"));
    addRow(tr("Issued:"), source.issued, QStringLiteral("issued"));
    addRow(tr("In:"), source.containerTitle, QStringLiteral("container"));
    addRow(tr("Publisher:"), source.publisher, QStringLiteral("publisher"));
    addRow(tr("Type:"), source.type, QStringLiteral("type"));
    addRow(tr("URL:"), source.url, QStringLiteral("url"));
    addRow(tr("Licence:"), source.license, QStringLiteral("license"));
    addRow(tr("Perspective:"), source.perspective, QStringLiteral("perspective"));
    addRow(tr("Language:"), source.language, QStringLiteral("language"));
    addRow(tr("Fingerprint:"), source.fingerprint, QStringLiteral("fingerprint"));
    addRow(tr("File:"), source.file, QStringLiteral("file"));
    addRow(tr("Note:"), source.note, QStringLiteral("sourceNote"));
    layout->addLayout(form);

    QString message;
    if (m_runningJobs > 0)
        message = tr("Looking for the text of this source…");
    else if (state && !state->error.isEmpty())
        message = tr("The text could not be read: %1").arg(state->error);
    else if (m_libraryFolder.isEmpty())
        message = tr("No text is attached. Set a library folder or attach a copy of the article "
                     "(.txt, .md, .html) to read the passages in context.");
    else
        message = tr("No file in the library folder %1 matches this source. Attach a copy of the "
                     "article (.txt, .md, .html) to read the passages in context.")
                      .arg(QDir::toNativeSeparators(m_libraryFolder));
    m_status->setText(m_runningJobs > 0 ? tr("Looking for the text…") : tr("No text attached"));
    m_status->setToolTip(QString());
    layout->addWidget(plainLabel(message, QStringLiteral("noTextMessage")));
    auto *attach = new QPushButton(tr("Attach text…"));
    attach->setObjectName(QStringLiteral("attachTextMetadata"));
    connect(attach, &QPushButton::clicked, this, &SourceTextView::chooseTextToAttach);
    layout->addWidget(attach, 0, Qt::AlignLeft);
    layout->addStretch();

    // The passages: one painted item each (hundreds of wrapped labels made start-up slow). The
    // list stays as it is when it already shows this source's anchors (a finished library search
    // only changes the message above it).
    const bool listed = m_listedSource == m_shown && m_listedGeneration == m_generation;
    if (!listed) {
        std::vector<PassageListModel::Row> rows = passageRows(m_shown);
        m_passagesCaption->setText(tr("Anchored passages (%1)").arg(rows.size()));
        const bool changed = textsChanged(rows);
        m_textChanges = {};
        m_passageModel->setRows(
            std::move(rows), [this](const PassageListModel::Row &row) { return passageEntry(row); },
            changed);
        m_listedSource = m_shown;
        m_listedGeneration = m_generation;
    }
    m_passageModel->setCurrentEvent(m_document.currentEvent());
    setContent(m_passageModel->rowCount() > 0);
}

void SourceTextView::activateListedPassage(const QModelIndex &index)
{
    const int eventIndex = index.data(PassageListModel::EventIndexRole).toInt();
    if (eventIndex < 0)
        return;
    // Like a click in the text: the event becomes current and the list stays where it is.
    {
        const QScopedValueRollback guard(m_selectingFromText, true);
        m_document.setCurrentEvent(eventIndex);
    }
    m_navigation = indexIn(navigationPlaces(), m_passageModel->placeAt(index.row()));
    updateNavigation();
}

std::vector<const SourceTextView::Passage *> SourceTextView::passagesAt(int position) const
{
    std::vector<const Passage *> out;
    const SourceState *state = shownState();
    if (!state || m_loadedSource != m_shown)
        return out;
    for (const Passage &passage : state->passages) {
        if (passage.start > position)
            break;
        if (position <= passage.end)
            out.push_back(&passage);
    }
    std::stable_sort(out.begin(), out.end(), [](const Passage *a, const Passage *b) {
        return a->end - a->start < b->end - b->start;
    });
    return out;
}

QString SourceTextView::toolTipAt(int position) const
{
    QStringList lines;
    for (const Passage *passage : passagesAt(position)) {
        const QString label = this->label(passage->place);
        if (!lines.contains(label))
            lines << label;
    }
    if (lines.isEmpty())
        return {};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Click to select the event.");
}

void SourceTextView::selectPassageAt(int position)
{
    std::vector<const Passage *> hits = passagesAt(position);
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [](const Passage *p) { return p->eventIndex < 0; }),
               hits.end());
    if (hits.empty())
        return;
    // Clicking again where several events anchor cycles through them.
    const int current = m_document.currentEvent();
    std::size_t choice = 0;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i]->eventIndex == current) {
            choice = (i + 1) % hits.size();
            break;
        }
    }
    const Model::AnchorPlace place = hits[choice]->place;
    {
        const QScopedValueRollback guard(m_selectingFromText, true);
        m_document.setCurrentEvent(hits[choice]->eventIndex);
    }
    m_navigation = indexIn(navigationPlaces(), place);
    updateSelections();
    updateNavigation();
}

void SourceTextView::onCurrentEventChanged(int eventIndex)
{
    m_passageModel->setCurrentEvent(eventIndex);
    if (m_selectingFromText || eventIndex < 0) {
        updateSelections();
        updateNavigation();
        return;
    }
    const std::vector<Model::AnchorPlace> places = navigationPlaces();
    const bool ownAnchors =
        !places.empty() && places.front().index == eventIndex &&
        (places.front().owner == Owner::Event || places.front().owner == Owner::DateClaim);
    if (!ownAnchors) {
        m_navigation = -1;
        updateSelections();
        updateNavigation();
        return;
    }
    m_navigation = 0;
    goToPlace(places.front());
    updateSelections();
    updateNavigation();
}

std::vector<Model::AnchorPlace> SourceTextView::navigationPlaces() const
{
    std::vector<Model::AnchorPlace> places;
    const int current = m_document.currentEvent();
    const auto &events = m_document.dataset().events;
    if (current >= 0 && current < int(events.size())) {
        // Evidence first, then date claims; each in file order.
        const Model::Event &event = events[std::size_t(current)];
        for (std::size_t i = 0; i < event.evidence.size(); ++i)
            places.push_back({Owner::Event, current, -1, int(i)});
        for (std::size_t c = 0; c < event.dateClaims.size(); ++c) {
            for (std::size_t i = 0; i < event.dateClaims[c].evidence.size(); ++i)
                places.push_back({Owner::DateClaim, current, int(c), int(i)});
        }
        if (!places.empty())
            return places;
    }
    if (const SourceState *state = shownState()) {
        places.reserve(state->passages.size());
        for (const Passage &passage : state->passages)
            places.push_back(passage.place);
    }
    return places;
}

void SourceTextView::updateNavigation()
{
    const std::vector<Model::AnchorPlace> places = navigationPlaces();
    const int count = int(places.size());
    const bool ofEvent = m_document.currentEvent() >= 0 && count > 0 &&
                         eventIndexOf(places.front()) == m_document.currentEvent();
    m_previous->setEnabled(count > 0 && m_navigation > 0);
    m_next->setEnabled(count > 0 && m_navigation < count - 1);
    m_previous->setToolTip(ofEvent ? tr("Previous passage of the selected event")
                                   : tr("Previous passage in this text"));
    m_next->setToolTip(ofEvent ? tr("Next passage of the selected event")
                               : tr("Next passage in this text"));
    if (count == 0)
        m_position->setText(tr("no passages"));
    else if (m_navigation < 0)
        m_position->setText(tr("%n passages", nullptr, count));
    else
        m_position->setText(tr("passage %1 of %2").arg(m_navigation + 1).arg(count));
    m_position->setToolTip(ofEvent ? tr("Passages that support the selected event, in all sources")
                                   : tr("Passages in this text"));
}

void SourceTextView::nextPassage()
{
    const std::vector<Model::AnchorPlace> places = navigationPlaces();
    if (m_navigation + 1 >= int(places.size()))
        return;
    ++m_navigation;
    goToPlace(places[std::size_t(m_navigation)]);
    updateNavigation();
}

void SourceTextView::previousPassage()
{
    const std::vector<Model::AnchorPlace> places = navigationPlaces();
    if (m_navigation <= 0 || places.empty())
        return;
    m_navigation = std::min(m_navigation - 1, int(places.size()) - 1);
    goToPlace(places[std::size_t(m_navigation)]);
    updateNavigation();
}

void SourceTextView::showAnchor(int eventIndex, int evidenceIndex)
{
    const auto &events = m_document.dataset().events;
    if (eventIndex < 0 || eventIndex >= int(events.size()))
        return;
    if (m_document.currentEvent() != eventIndex) {
        const QScopedValueRollback guard(m_selectingFromText, true);
        m_document.setCurrentEvent(eventIndex);
    }
    const Model::AnchorPlace place{Owner::Event, eventIndex, -1, evidenceIndex};
    if (!place.anchorIn(m_document.dataset()))
        return;
    m_navigation = indexIn(navigationPlaces(), place);
    goToPlace(place);
    updateSelections();
    updateNavigation();
}

void SourceTextView::showPosition(const QString &sourceId, int offset, int length)
{
    m_pendingPlace.reset();
    m_pendingSource = sourceId;
    m_pendingStart = offset;
    m_pendingLength = length;
    if (sourceId != m_shown)
        showSource(sourceId);
    else
        tryPending();
}

void SourceTextView::goToPlace(const Model::AnchorPlace &place)
{
    const Model::Anchor *anchor = place.anchorIn(m_document.dataset());
    if (!anchor || anchor->source.isEmpty())
        return;
    m_pendingSource.clear();
    m_pendingPlace = place;
    if (anchor->source != m_shown)
        showSource(anchor->source);
    else
        tryPending();
}

void SourceTextView::tryPending()
{
    const SourceState *state = shownState();
    const bool textReady = state && state->hasText() && m_loadedSource == m_shown;
    if (!m_pendingSource.isEmpty() && m_pendingSource == m_shown && textReady) {
        revealPassage(m_pendingStart, m_pendingStart + std::max<qsizetype>(m_pendingLength, 1));
        m_pendingSource.clear();
        return;
    }
    if (!m_pendingPlace)
        return;
    const Model::Anchor *anchor = m_pendingPlace->anchorIn(m_document.dataset());
    if (!anchor || anchor->source != m_shown)
        return;
    if (textReady) {
        for (const Passage &passage : state->passages) {
            if (passage.place == *m_pendingPlace) {
                revealPassage(passage.start, passage.end);
                m_pendingPlace.reset();
                return;
            }
        }
        const QString pointer = m_pendingPlace->pointer();
        for (int row = 0; row < m_unresolved->count(); ++row) {
            if (m_unresolved->item(row)->data(Qt::UserRole).toString() == pointer) {
                m_unresolved->setCurrentRow(row);
                m_unresolved->scrollToItem(m_unresolved->item(row));
            }
        }
        m_pendingPlace.reset();
        return;
    }
    if (m_runningJobs > 0)
        return; // the text may still arrive
    // No text: show the quote in the list of passages instead.
    if (const int row = m_passageModel->rowOf(*m_pendingPlace); row >= 0) {
        const QModelIndex index = m_passageModel->index(row);
        m_passageList->setCurrentIndex(index);
        m_passageList->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
    m_pendingPlace.reset();
}

void SourceTextView::revealPassage(qsizetype start, qsizetype end)
{
    QTextDocument *document = m_text->document();
    const int last = std::max(0, document->characterCount() - 1);
    start = std::clamp<qsizetype>(start, 0, last);
    end = std::clamp<qsizetype>(end, start, last);
    QTextCursor cursor(document);
    cursor.setPosition(int(start));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    if (m_pagesShown)
        m_pdfView->reveal(start, end);
    m_flashStart = start;
    m_flashEnd = end;
    m_flashStrength = 1.0;
    m_flash->stop();
    m_flash->start();
    updateSelections();
}

void SourceTextView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const SourceState *state = shownState();
    if (state && m_loadedSource == m_shown) {
        const int current = m_document.currentEvent();
        QTextDocument *document = m_text->document();
        QList<QTextEdit::ExtraSelection> emphasised;
        selections.reserve(qsizetype(state->passages.size()) + 1);
        for (const Passage &passage : state->passages) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document);
            selection.cursor.setPosition(int(passage.start));
            selection.cursor.setPosition(int(passage.end), QTextCursor::KeepAnchor);
            QColor color = passage.color;
            if (passage.eventIndex >= 0 && passage.eventIndex == current) {
                color.setAlpha(120);
                selection.format.setBackground(color);
                selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                selection.format.setUnderlineColor(passage.color.darker(130));
                emphasised.append(selection);
            } else {
                color.setAlpha(50);
                selection.format.setBackground(color);
                selections.append(selection);
            }
        }
        selections += emphasised; // drawn last, on top
        if (m_flashStart >= 0 && m_flashStrength > 0) {
            QTextEdit::ExtraSelection flash;
            flash.cursor = QTextCursor(document);
            flash.cursor.setPosition(int(m_flashStart));
            flash.cursor.setPosition(int(m_flashEnd), QTextCursor::KeepAnchor);
            flash.format.setBackground(QColor(255, 190, 0, int(220 * m_flashStrength)));
            flash.format.setProperty(QTextFormat::UserProperty, true); // marks the flash
            selections.append(flash);
        }
    }
    m_text->setExtraSelections(selections);
    static_cast<SourceTextEdit *>(m_text)->margin()->update();

    // The same passages on the pages.
    std::vector<PdfPageView::Highlight> highlights;
    if (m_pagesShown && state && m_loadedSource == m_shown) {
        const int current = m_document.currentEvent();
        highlights.reserve(state->passages.size());
        for (const Passage &passage : state->passages) {
            PdfPageView::Highlight highlight;
            highlight.start = passage.start;
            highlight.end = passage.end;
            highlight.color = passage.color;
            highlight.emphasised = passage.eventIndex >= 0 && passage.eventIndex == current;
            highlight.toolTip =
                label(passage.place) + QLatin1Char('\n') + tr("Click to select the event.");
            highlights.push_back(std::move(highlight));
        }
    }
    m_pdfView->setHighlights(std::move(highlights));
    m_pdfView->setFlash(m_flashStart, m_flashEnd, m_flashStrength);
}

} // namespace Anchorline::Views
