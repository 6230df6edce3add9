#include "editing/mergeconflictdialog.h"

#include "document/document.h"
#include "merge/datasetjson.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

QString shown(const std::optional<nlohmann::ordered_json> &value)
{
    if (!value)
        return MergeConflictDialog::tr("(absent)");
    // A string reads better without the quotes JSON puts around it.
    if (value->is_string())
        return DatasetJson::toQString(value->get<std::string>());
    return DatasetJson::compact(*value);
}

QString where(const MergeConflict &conflict)
{
    if (conflict.id.isEmpty())
        return conflict.collection;
    return QStringLiteral("%1 %2").arg(conflict.collection, conflict.id);
}

QString field(const MergeConflict &conflict)
{
    if (!conflict.field.isEmpty())
        return conflict.field;
    return MergeConflictDialog::tr("(whole item)");
}

QTableWidgetItem *cell(const QString &text)
{
    // Item views never interpret markup; a long value is cut here and shown whole below.
    constexpr qsizetype shortLength = 80;
    auto *item = new QTableWidgetItem(
        text.size() > shortLength ? text.left(shortLength) + QStringLiteral("…") : text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

MergeConflictDialog::MergeConflictDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Resolve Merge Conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Both sides of a merge changed these values differently. The "
                                "file holds our value until you choose; each choice can be "
                                "undone."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Field"), tr("Ours (in the file)"), tr("Theirs"), tr("Base")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The item and field are short; the three values share the rest, so that none of them (nor
    // its header) is squeezed while a long base value takes the width.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, column < 2 ? QHeaderView::ResizeToContents
                                                        : QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Merge conflicts"));
    layout->addWidget(m_table, 1);

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Conflict details"));
    layout->addWidget(m_details);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_ours = buttons->addButton(tr("Keep &Ours"), QDialogButtonBox::ActionRole);
    m_theirs = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ours, &QPushButton::clicked, this, [this] { resolveSelected(MergeSide::Ours); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolveSelected(MergeSide::Theirs); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MergeConflictDialog::showDetails);
    // Undo and redo change the list as much as the buttons do.
    connect(&m_document, &Document::contentChanged, this, &MergeConflictDialog::rebuild);
    connect(&m_document, &Document::datasetReset, this, &MergeConflictDialog::rebuild);
    resize(900, 480);
    rebuild();
}

bool MergeConflictDialog::resolve(int row, MergeSide side, QString *error)
{
    // Cleared first: the edit rebuilds the list, which says so when it was the last conflict.
    m_message->clear();
    QString why;
    if (!m_document.resolveMergeConflict(row, side, &why)) {
        m_message->setText(tr("Cannot use this value: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    return true;
}

void MergeConflictDialog::resolveSelected(MergeSide side)
{
    const int row = m_table->currentRow();
    if (row >= 0)
        resolve(row, side);
}

void MergeConflictDialog::rebuild()
{
    const int current = m_table->currentRow();
    const auto &conflicts = m_document.dataset().conflicts;
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < int(conflicts.size()); ++row) {
        const MergeConflict &c = conflicts[std::size_t(row)];
        m_table->setItem(row, WhereColumn, cell(where(c)));
        m_table->setItem(row, FieldColumn, cell(field(c)));
        m_table->setItem(row, OursColumn, cell(shown(c.ours)));
        m_table->setItem(row, TheirsColumn, cell(shown(c.theirs)));
        m_table->setItem(row, BaseColumn, cell(shown(c.base)));
    }
    if (!conflicts.empty())
        m_table->selectRow(std::clamp(current, 0, int(conflicts.size()) - 1));
    m_ours->setEnabled(!conflicts.empty());
    m_theirs->setEnabled(!conflicts.empty());
    if (conflicts.empty())
        m_message->setText(tr("No merge conflicts are left. Save to write the file without "
                              "them."));
    showDetails();
}

void MergeConflictDialog::showDetails()
{
    const int row = m_table->currentRow();
    const auto &conflicts = m_document.dataset().conflicts;
    if (row < 0 || row >= int(conflicts.size())) {
        m_details->clear();
        return;
    }
    const MergeConflict &c = conflicts[std::size_t(row)];
    m_details->setPlainText(
        tr("%1, %2: %3\nOurs: %4\nTheirs: %5\nBase: %6")
            .arg(where(c), field(c), c.reason, shown(c.ours), shown(c.theirs), shown(c.base)));
}

} // namespace Anchorline::Views
