#include "charts/documentthemematrix.h"

#include "core/roles.h"
#include "document/document.h"
#include "itemmodels/chartmodels.h"
#include "itemmodels/themematrixmodel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <array>

namespace Anchorline::Views {

using Model::ThemeMatrixModel;

namespace {

// ColorBrewer YlGnBu, 7 classes: sequential and colour-blind safe.
constexpr std::array<QRgb, 7> scale{0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4,
                                    0x1d91c0, 0x225ea8, 0x0c2c84};

int binOf(int count, int maximum)
{
    if (count <= 0 || maximum <= 0)
        return -1;
    if (maximum <= int(scale.size()))
        return count - 1;
    return std::clamp((count * int(scale.size()) + maximum - 1) / maximum - 1, 0,
                      int(scale.size()) - 1);
}

// Wraps a document title into short header lines and adds its date.
QString headerLines(const QString &title, const QString &date)
{
    constexpr int width = 18; // characters; the columns are sized for it (columnWidthFor)
    constexpr int maxLines = 3;
    QStringList lines;
    QString line;
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.back() += QStringLiteral("…");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + date;
}

class MatrixProxy final : public QSortFilterProxyModel
{
public:
    MatrixProxy(const Model::Document &document, ThemeMatrixModel *model, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_document(document)
        , m_model(model)
    {
        // The source is set while the matrix is on screen (DocumentThemeMatrix::bindTable).
    }

    void setHideEmpty(bool hide)
    {
        if (hide == m_hideEmpty)
            return;
        m_hideEmpty = hide;
        invalidateRowsFilter();
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
            const int event = m_model->documentEvent(section);
            if (event >= 0) {
                const Model::Event &e = m_document.dataset().events[std::size_t(event)];
                QString date = e.parsed.toDisplayString(QLocale());
                if (date.size() > 16) // a long interval: its years are enough for a header
                    date = QStringLiteral("%1–%2")
                               .arg(Model::yearOfDay(e.parsed.earliest()))
                               .arg(Model::yearOfDay(e.parsed.latest()));
                return headerLines(m_document.text().title(e), date);
            }
        }
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return !sourceParent.isValid() &&
               (!m_hideEmpty || m_model->count(sourceRow, m_model->totalColumn()) > 0);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == 0)
            return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
        const int a = left.data().toInt();
        const int b = right.data().toInt();
        if (a != b)
            return a < b;
        // Ties keep the dataset's order whatever the direction... as far as a sort allows.
        return left.row() > right.row();
    }

private:
    const Model::Document &m_document;
    ThemeMatrixModel *m_model;
    bool m_hideEmpty = true;
};

class CellDelegate final : public QStyledItemDelegate
{
public:
    CellDelegate(const ThemeMatrixModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() == 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const int count = index.data().toInt();
        const bool total = index.column() == m_model->totalColumn();
        painter->save();
        QColor background = total ? QColor(0xee, 0xee, 0xee)
                                  : DocumentThemeMatrix::cellColor(count, m_model->maximumCount());
        painter->fillRect(option.rect, background);
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.highlight().color(), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        }
        QFont font = option.font;
        font.setBold(total);
        painter->setFont(font);
        const bool dark = !total && background.lightnessF() < 0.55;
        painter->setPen(count == 0 ? QColor(0xbb, 0xbb, 0xbb)
                                   : (dark ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a)));
        painter->drawText(option.rect, Qt::AlignCenter,
                          count == 0 ? QStringLiteral("·") : QString::number(count));
        painter->restore();
    }

private:
    const ThemeMatrixModel *m_model;
};

class Legend final : public QWidget
{
    // No Q_OBJECT: without this, tr() would look the text up under "QWidget", not this class.
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Views::Legend)

public:
    Legend(const ThemeMatrixModel *model, QWidget *parent)
        : QWidget(parent)
        , m_model(model)
    {
        setMinimumHeight(fontMetrics().height() + 10);
        setToolTip(ThemeMatrixModel::ruleDescription());
    }

    QSize sizeHint() const override { return {420, fontMetrics().height() + 10}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const int maximum = m_model->maximumCount();
        const QString caption = tr("Anchored passages:");
        const int h = fontMetrics().height() + 4;
        int x = 0;
        painter.setPen(palette().windowText().color());
        painter.drawText(QRect(x, 3, width(), h), Qt::AlignVCenter | Qt::AlignLeft, caption);
        x += fontMetrics().horizontalAdvance(caption) + 8;
        const int bins = maximum <= 0 ? 0 : std::min(maximum, int(scale.size()));
        auto box = [&](const QColor &color, const QString &text) {
            const int w = std::max(28, fontMetrics().horizontalAdvance(text) + 10);
            const QRect rect(x, 3, w, h);
            painter.fillRect(rect, color);
            painter.setPen(QColor(0xaa, 0xaa, 0xaa));
            painter.drawRect(rect.adjusted(0, 0, -1, -1));
            painter.setPen(color.lightnessF() < 0.55 ? QColor(Qt::white)
                                                     : QColor(0x1a, 0x1a, 0x1a));
            painter.drawText(rect, Qt::AlignCenter, text);
            x += w;
        };
        box(QColor(Qt::white), QStringLiteral("0"));
        for (int b = 0; b < bins; ++b) {
            // The counts that fall into bin b.
            int low = 0;
            int high = 0;
            for (int c = 1; c <= maximum; ++c) {
                if (binOf(c, maximum) == b) {
                    low = low == 0 ? c : low;
                    high = c;
                }
            }
            if (low == 0)
                continue;
            box(QColor::fromRgb(scale[std::size_t(b)]),
                low == high ? QString::number(low) : QStringLiteral("%1–%2").arg(low).arg(high));
        }
    }

private:
    const ThemeMatrixModel *m_model;
};

} // namespace

QColor DocumentThemeMatrix::cellColor(int count, int maximum)
{
    const int bin = binOf(count, maximum);
    return bin < 0 ? QColor(Qt::white) : QColor::fromRgb(scale[std::size_t(bin)]);
}

DocumentThemeMatrix::DocumentThemeMatrix(Model::Document &document, Model::EventFilterProxy &filter,
                                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ThemeMatrixModel(document, this))
{
    Q_UNUSED(filter) // the matrix compares whole documents; filters do not cut passages out
    auto *sorted = new MatrixProxy(document, m_model, this);
    m_sorted = sorted;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_legend = new Legend(m_model, this);
    top->addWidget(m_legend, 1);
    m_hideEmpty = new QCheckBox(tr("Hide themes without passages"), this);
    m_hideEmpty->setChecked(true);
    connect(m_hideEmpty, &QCheckBox::toggled, this,
            [sorted](bool on) { sorted->setHideEmpty(on); });
    top->addWidget(m_hideEmpty);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &DocumentThemeMatrix::chooseCsvFile);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setItemDelegate(new CellDelegate(m_model, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->totalColumn(), Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // A document column holds a header line of 18 characters beside the sort arrow.
    m_documentWidth = fontMetrics().averageCharWidth() * 19 + 28;
    m_table->horizontalHeader()->setDefaultSectionSize(m_documentWidth);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    m_table->setShowGrid(true);
    m_table->setAccessibleName(tr("Document–theme matrix"));
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) { m_sortByTotal = column == m_model->totalColumn(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Measuring the headers shapes every document's title: a hidden tab waits until it is
        // shown, so opening a large file does not pay for a matrix nobody is looking at.
        m_columnsFitted = false;
        m_kept.valid = false;
        if (isVisible())
            fitColumns();
        if (m_sortByTotal && m_sorted->sourceModel())
            m_table->sortByColumn(m_model->totalColumn(), Qt::DescendingOrder);
        m_passages->clear();
        m_cellTitle->setText(tr("Click a cell to list its passages."));
        m_legend->update();
    });
    connect(m_table, &QTableView::clicked, this, &DocumentThemeMatrix::onCellClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCellClicked(current); });
    // The passages beside the table, not under it: the matrix gets the panel's whole height,
    // which is short below the timeline.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_cellTitle = new QLabel(tr("Click a cell to list its passages."), side);
    m_cellTitle->setTextFormat(Qt::PlainText);
    m_cellTitle->setWordWrap(true);
    sideLayout->addWidget(m_cellTitle);
    m_passages = new QListWidget(side);
    m_passages->setWordWrap(true);
    m_passages->setAlternatingRowColors(true);
    m_passages->setAccessibleName(tr("Passages of the selected cell"));
    sideLayout->addWidget(m_passages, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    m_goTo = new QPushButton(tr("Go to event"), side);
    m_goTo->setEnabled(false);
    bottom->addWidget(m_goTo);
    sideLayout->addLayout(bottom);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_passages, &QListWidget::currentRowChanged, this,
            [this](int row) { m_goTo->setEnabled(row >= 0); });
    connect(m_goTo, &QPushButton::clicked, this, [this] { goToPassage(m_passages->currentRow()); });
    connect(m_passages, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToPassage(m_passages->row(item)); });
}

DocumentThemeMatrix::~DocumentThemeMatrix() = default;

QAbstractItemModel *DocumentThemeMatrix::model() const
{
    return m_model;
}

QAbstractItemModel *DocumentThemeMatrix::sortedModel() const
{
    return m_sorted;
}

void DocumentThemeMatrix::showEvent(QShowEvent *event)
{
    bindTable(true);
    if (!m_columnsFitted)
        fitColumns();
    if (m_kept.valid) {
        m_kept.valid = false;
        const QModelIndex cell = m_sorted->mapFromSource(m_model->index(m_kept.row, m_kept.column));
        if (cell.isValid())
            m_table->setCurrentIndex(cell);
        m_table->horizontalScrollBar()->setValue(m_kept.horizontal);
        m_table->verticalScrollBar()->setValue(m_kept.vertical);
    }
    QWidget::showEvent(event);
}

void DocumentThemeMatrix::hideEvent(QHideEvent *event)
{
    bindTable(false);
    QWidget::hideEvent(event);
}

// The sorted proxy, and so the table, follow the matrix only while it is on screen. A file of a
// million events has 100,000 documents: every load would otherwise sort that many columns and
// give each a header section (some 7 ms of the hand-over) for a tab nobody is looking at.
void DocumentThemeMatrix::bindTable(bool bound)
{
    if ((m_sorted->sourceModel() == m_model) == bound)
        return;
    if (!bound) {
        const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
        m_kept = {current.isValid(), current.row(), current.column(),
                  m_table->horizontalScrollBar()->value(), m_table->verticalScrollBar()->value()};
        m_sorted->setSourceModel(nullptr);
        return;
    }
    m_sorted->setSourceModel(m_model);
    m_columnsFitted = false; // the header's sections are new
    if (m_sortByTotal)
        m_table->sortByColumn(m_model->totalColumn(), Qt::DescendingOrder);
}

// After a reset the columns are other documents: every width is set again.
void DocumentThemeMatrix::fitColumns()
{
    m_columnsFitted = true;
    // As wide as the header's lines and its sort arrow need (the style's own measure), for the
    // first columns only: a header wraps at 18 characters, so the measure widens a column only
    // for a longer unbroken word, and shaping 100,000 headers (a 1M-event file has that many
    // documents) would freeze the window for seconds. Later columns keep the default width.
    constexpr int measuredColumns = 300;
    QHeaderView *header = m_table->horizontalHeader();
    const int documents = std::min(m_model->totalColumn(), measuredColumns + 1);
    for (int column = 1; column < documents; ++column)
        m_table->setColumnWidth(column, std::max(m_documentWidth, header->sectionSizeHint(column)));
    m_table->setColumnWidth(0, fontMetrics().averageCharWidth() * 24 + 12);
    m_table->setColumnWidth(m_model->totalColumn(),
                            fontMetrics().horizontalAdvance(tr("Total")) + 36);
}

void DocumentThemeMatrix::onCellClicked(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_sorted->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    showPassages(source.row(), source.column());
}

void DocumentThemeMatrix::showPassages(int themeRow, int column)
{
    m_passages->clear();
    const auto &dataset = m_document.dataset();
    const int documentEvent = m_model->documentEvent(column);
    if (themeRow < 0 || themeRow >= m_model->rowCount() || documentEvent < 0) {
        m_cellTitle->setText(tr("Click a cell to list its passages."));
        return;
    }
    const auto passages = m_model->passages(themeRow, column);
    m_cellTitle->setText(
        tr("%n passage(s) tie “%1” to “%2”:", nullptr, int(passages.size()))
            .arg(m_document.text().title(dataset.events[std::size_t(documentEvent)]),
                 m_document.text().name(dataset.themes[std::size_t(themeRow)])));
    for (const auto &passage : passages) {
        auto *item =
            new QListWidgetItem(QStringLiteral("“%1”\n— %2 · %3")
                                    .arg(passage.exact, passage.sourceReference, passage.via),
                                m_passages);
        item->setData(Qt::UserRole, passage.eventIndex);
        if (passage.eventIndex >= 0)
            item->setToolTip(
                tr("Go to: %1")
                    .arg(m_document.text().title(dataset.events[std::size_t(passage.eventIndex)])));
    }
    if (!passages.empty())
        m_passages->setCurrentRow(0);
}

void DocumentThemeMatrix::goToPassage(int row)
{
    const QListWidgetItem *item = m_passages->item(row);
    if (!item)
        return;
    const int event = item->data(Qt::UserRole).toInt();
    if (event >= 0)
        m_document.setCurrentEvent(event);
}

bool DocumentThemeMatrix::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(m_model->toCsv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DocumentThemeMatrix::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export matrix as CSV"),
                                                      QStringLiteral("document-theme-matrix.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
}

} // namespace Anchorline::Views
