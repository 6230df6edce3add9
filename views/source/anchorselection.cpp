#include "source/anchorselection.h"

#include "anchoring/textnormalize.h"
#include "document/document.h"
#include "style/plainlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

bool isSpaceAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    return !c.isSurrogate() && isNormalizationSpace(c.unicode());
}

// Moves `i` off the low half of a surrogate pair, towards `forward`.
qsizetype onCodePointBoundary(const QString &text, qsizetype i, bool forward)
{
    if (i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
        return forward ? i + 1 : i - 1;
    return i;
}

// `count` code points before `at` / after `at`.
qsizetype stepBack(const QString &text, qsizetype at, int count)
{
    while (count-- > 0 && at > 0) {
        --at;
        if (at > 0 && text.at(at).isLowSurrogate() && text.at(at - 1).isHighSurrogate())
            --at;
    }
    return at;
}

qsizetype stepForward(const QString &text, qsizetype at, int count)
{
    while (count-- > 0 && at < text.size()) {
        if (text.at(at).isHighSurrogate() && at + 1 < text.size() &&
            text.at(at + 1).isLowSurrogate())
            ++at;
        ++at;
    }
    return at;
}

int wordsIn(const QString &quote)
{
    return int(quote.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

} // namespace

AnchorFromSelection anchorFromSelection(const QString &sourceId, const QString &text,
                                        qsizetype start, qsizetype end)
{
    AnchorFromSelection result;
    if (start > end)
        std::swap(start, end);
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, 0, text.size());
    start = onCodePointBoundary(text, start, false);
    end = onCodePointBoundary(text, end, true);
    while (start < end && isSpaceAt(text, start))
        ++start;
    while (end > start && isSpaceAt(text, end - 1))
        --end;
    if (start >= end) {
        result.error = QObject::tr("Select the passage to quote first.");
        return result;
    }
    Anchor &anchor = result.anchor;
    anchor.source = sourceId;
    anchor.exact = text.mid(start, end - start);
    const qsizetype prefixStart = stepBack(text, start, AnchorContextLength);
    anchor.prefix = text.mid(prefixStart, start - prefixStart);
    const qsizetype suffixEnd = stepForward(text, end, AnchorContextLength);
    anchor.suffix = text.mid(end, suffixEnd - end);
    anchor.start = codePointOffsetOfUtf16(text, start);
    anchor.end = anchor.start + codePointCount(QStringView(text).mid(start, end - start));
    result.wordCount = wordsIn(normalizeText(anchor.exact));
    result.length = quoteLength(anchor.exact);
    return result;
}

AnchorSelectionDialog::AnchorSelectionDialog(Document &document, Anchor anchor, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_anchor(std::move(anchor))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Anchor Selection to Event"));
    auto *layout = new QVBoxLayout(this);
    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("quote"));
    quote->setTextFormat(Qt::PlainText); // the source's text is data, never markup
    quote->setWordWrap(true);
    quote->setText(QStringLiteral("“%1”").arg(m_anchor.exact));
    layout->addWidget(quote);
    const int source = document.dataset().indexOfSource(m_anchor.source);
    auto *from = new QLabel(this);
    from->setTextFormat(Qt::PlainText);
    from->setText(source < 0
                      ? m_anchor.source
                      : tr("from %1").arg(document.dataset().sources[std::size_t(source)].title));
    layout->addWidget(from);
    if (const QuoteLength length = quoteLength(m_anchor.exact); length.tooLong()) {
        auto *warning = new QLabel(
            length.characters
                ? tr("The quote has %1 characters; Japanese and Chinese anchors quote at most %2.")
                      .arg(length.count)
                      .arg(length.limit)
                : tr("The quote has %1 words; anchors quote at most %2.")
                      .arg(length.count)
                      .arg(length.limit),
            this);
        warning->setObjectName(QStringLiteral("quoteTooLong"));
        warning->setTextFormat(Qt::PlainText);
        layout->addWidget(warning);
    }
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Find an event by title, date or id"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list->setObjectName(QStringLiteral("events"));
    const Dataset &d = document.dataset();
    std::vector<int> order(d.events.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[std::size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return d.events[std::size_t(a)].parsed < d.events[std::size_t(b)].parsed;
    });
    for (int i : order) {
        const Event &event = d.events[std::size_t(i)];
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(event.parsed.toDisplayString(QLocale()),
                                          document.text().title(event)),
            m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(plainToolTip(event.id));
    }
    layout->addWidget(m_list, 1);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(palette);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &AnchorSelectionDialog::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &AnchorSelectionDialog::revalidate);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AnchorSelectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnchorSelectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnchorSelectionDialog::reject);
    setChosenEvent(document.currentEvent());
    resize(560, 480);
    revalidate();
}

int AnchorSelectionDialog::chosenEvent() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toInt() : -1;
}

void AnchorSelectionDialog::setChosenEvent(int eventIndex)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == eventIndex) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

void AnchorSelectionDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void AnchorSelectionDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    const Dataset &d = m_document.dataset();
    int firstVisible = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Event &event = d.events[std::size_t(item->data(Qt::UserRole).toInt())];
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           event.title.contains(needle, Qt::CaseInsensitive) || // the original
                           event.id.contains(needle, Qt::CaseInsensitive) ||
                           event.date.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && firstVisible < 0)
            firstVisible = row;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentRow(firstVisible);
    revalidate();
}

void AnchorSelectionDialog::revalidate()
{
    m_errorText.clear();
    const int index = chosenEvent();
    if (index < 0) {
        m_errorText = tr("Choose the event this passage supports.");
    } else {
        for (const Anchor &existing : m_document.dataset().events[std::size_t(index)].evidence) {
            if (existing.source == m_anchor.source && existing.exact == m_anchor.exact &&
                (existing.start < 0 || existing.start == m_anchor.start)) {
                m_errorText = tr("This passage already supports the event.");
                break;
            }
        }
    }
    m_error->setText(m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errorText.isEmpty());
}

void AnchorSelectionDialog::accept()
{
    revalidate();
    if (!m_errorText.isEmpty())
        return;
    const int index = chosenEvent();
    Event event = m_document.dataset().events[std::size_t(index)];
    event.evidence.push_back(m_anchor);
    QString error;
    if (!m_document.replaceEvent(index, std::move(event), &error)) {
        m_errorText = error;
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

bool anchorSelectionToEvent(Document &document, const QString &sourceId, const QString &text,
                            qsizetype start, qsizetype end, QWidget *parent)
{
    const AnchorFromSelection built = anchorFromSelection(sourceId, text, start, end);
    QString problem = built.error;
    if (problem.isEmpty() && document.dataset().indexOfSource(sourceId) < 0)
        problem = QObject::tr("The text belongs to no source of this dataset.");
    if (problem.isEmpty() && document.dataset().events.empty())
        problem = QObject::tr("The dataset has no event to anchor to.");
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Information, QObject::tr("Anchor Selection"), problem,
                        QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    AnchorSelectionDialog dialog(document, built.anchor, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Anchorline::Views
