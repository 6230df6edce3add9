#include "panels/eventdetailspanel.h"

#include "core/dataset.h"
#include "core/displaynames.h"
#include "core/partialdate.h"
#include "document/document.h"
#include "style/plainlabel.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace Anchorline::Views {

namespace {

// Lays out chips left to right and wraps them, so that six themes fit a narrow dock.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const int gap = 4;
        int x = rect.x();
        int y = rect.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            const QSize hint = item->sizeHint();
            if (x + hint.width() > rect.right() + 1 && lineHeight > 0) {
                x = rect.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y();
    }

    QList<QLayoutItem *> m_items;
};

QLabel *captionLabel(const QString &text)
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

// "16 December 2022", "2022年12月16日".
QString dayText(Model::DayNumber day, const QLocale &locale)
{
    return Model::dayDisplayString(day, locale, Model::MonthName::Long);
}

// "between 1 December 2022 and 31 December 2022", "on 16 December 2022", "from 21 October 2025 on".
QString intervalInWords(const Model::PartialDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QObject::tr("not a valid date");
    const QString earliest = dayText(date.earliest(), locale);
    const QString latest = dayText(date.latest(), locale);
    if (date.hasOpenStart())
        return QObject::tr("on or before %1 (open start)").arg(latest);
    if (date.hasOpenEnd())
        return QObject::tr("from %1 on (open end)").arg(earliest);
    if (date.earliest() == date.latest())
        return QObject::tr("on %1").arg(earliest);
    return QObject::tr("between %1 and %2").arg(earliest, latest);
}

QString dateDescription(const QString &written, const Model::PartialDate &date)
{
    const QLocale locale;
    if (!date.isValid())
        return QObject::tr("%1 (not a valid date)").arg(written);
    QStringList qualifiers;
    qualifiers << QObject::tr("precision: %1").arg(Model::precisionDisplayName(date.precision()));
    if (date.isApproximate())
        qualifiers << QObject::tr("approximate");
    if (date.isUncertain())
        qualifiers << QObject::tr("uncertain");
    return QObject::tr("%1 (written \"%2\")\n%3; %4")
        .arg(date.toDisplayString(locale), written,
             //: Between the qualities of a date: "precision: day, uncertain".
             qualifiers.join(QObject::tr(", ", "list separator")), intervalInWords(date, locale));
}

QString humanKind(const QString &kind)
{
    QString text = Model::eventKindDisplayName(kind);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString sourceReference(const Model::Dataset &dataset, const QString &sourceId)
{
    const int index = dataset.indexOfSource(sourceId);
    if (index < 0)
        return QObject::tr("unknown source \"%1\"").arg(sourceId);
    const Model::Source &source = dataset.sources[std::size_t(index)];
    return source.shortReference() + QStringLiteral(" · ") + source.title;
}

QPixmap swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color.isValid() ? color : QColor(Qt::gray));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    return pixmap;
}

} // namespace

EventDetailsPanel::EventDetailsPanel(Model::Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("Event details"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll);
    setFocusPolicy(Qt::NoFocus);

    connect(&m_document, &Model::Document::currentEventChanged, this, &EventDetailsPanel::rebuild);
    connect(&m_document, &Model::Document::datasetReset, this, &EventDetailsPanel::rebuild);
    connect(&m_document, &Model::Document::dataLanguageChanged, this, &EventDetailsPanel::rebuild);
    // An edit (by dialog, inline, undo or redo) may change the event on show.
    connect(&m_document, &Model::Document::contentChanged, this, &EventDetailsPanel::rebuild);
    // Keyboard users tab through labels and buttons; keep the focused one in view.
    connect(qApp, &QApplication::focusChanged, this, &EventDetailsPanel::onFocusChanged);
    rebuild();
}

EventDetailsPanel::~EventDetailsPanel()
{
    // ~QWidget can still move the focus (and so emit focusChanged) after this part of the
    // object is gone; the automatic disconnect in ~QObject would come too late.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void EventDetailsPanel::onFocusChanged(QWidget *, QWidget *now)
{
    if (now && m_scroll->widget() && m_scroll->widget()->isAncestorOf(now))
        m_scroll->ensureWidgetVisible(now);
}

void EventDetailsPanel::rebuild()
{
    const int current = m_document.currentEvent();
    if (current < 0 || current >= int(m_document.dataset().events.size()))
        showEmptyState();
    else
        displayEvent(current);
}

void EventDetailsPanel::showEmptyState()
{
    m_shown = -1;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *label = plainLabel(
        tr("Select an event on the timeline, in the search results or in a source text to see "
           "its dates, actors, themes, summary and evidence here."),
        QStringLiteral("emptyState"));
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch();
    layout->addWidget(label);
    layout->addStretch();
    // The old content may be the sender of the signal that led here (a chip click): delete later.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(content);
}

void EventDetailsPanel::displayEvent(int eventIndex)
{
    m_shown = eventIndex;
    const Model::Dataset &dataset = m_document.dataset();
    const Model::Event &event = dataset.events[std::size_t(eventIndex)];

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("details"));
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(2);

    const Model::DisplayText &text = m_document.text();
    QLabel *title = plainLabel(text.title(event), QStringLiteral("title"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    layout->addWidget(title);
    QLabel *id = plainLabel(event.id, QStringLiteral("id"));
    id->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(id);

    layout->addWidget(captionLabel(tr("Date")));
    layout->addWidget(
        plainLabel(dateDescription(event.date, event.parsed), QStringLiteral("date")));

    if (!event.dateClaims.empty()) {
        layout->addWidget(captionLabel(tr("Other dates given by sources")));
        int claimNumber = 0;
        for (const Model::DateClaim &claim : event.dateClaims) {
            QStringList lines;
            lines << claim.date + QStringLiteral(" — ") +
                         (claim.parsed.isValid() ? intervalInWords(claim.parsed, QLocale())
                                                 : tr("not a valid date"));
            lines << (claim.source.isEmpty()
                          ? tr("no source given")
                          : tr("according to %1").arg(sourceReference(dataset, claim.source)));
            if (!claim.note.isEmpty())
                lines << claim.note;
            for (const Model::Anchor &anchor : claim.evidence)
                lines << QStringLiteral("“") + anchor.exact + QStringLiteral("”");
            layout->addWidget(plainLabel(lines.join(QLatin1Char('\n')),
                                         QStringLiteral("dateClaim%1").arg(claimNumber++)));
        }
    }

    if (!event.actors.isEmpty()) {
        layout->addWidget(captionLabel(tr("Actors")));
        auto *actors = new QWidget;
        actors->setObjectName(QStringLiteral("actors"));
        auto *flow = new FlowLayout(actors);
        for (const QString &actorId : event.actors) {
            const int index = dataset.indexOfActor(actorId);
            const QString name =
                index < 0 ? actorId : text.name(dataset.actors[std::size_t(index)]);
            const QColor color = index < 0 ? QColor() : dataset.actors[std::size_t(index)].color;
            auto *item = new QWidget;
            auto *row = new QHBoxLayout(item);
            row->setContentsMargins(0, 0, 8, 0);
            row->setSpacing(4);
            auto *swatchLabel = new QLabel;
            swatchLabel->setTextFormat(Qt::PlainText);
            const int size = fontMetrics().height() * 2 / 3;
            swatchLabel->setPixmap(swatch(color, size));
            swatchLabel->setObjectName(QStringLiteral("swatch"));
            row->addWidget(swatchLabel);
            QLabel *nameLabel = plainLabel(name, QStringLiteral("actor"));
            // One line: a wrapping label may break Japanese between any two characters, and
            // the flow layout then gives "日本" the width of one.
            nameLabel->setWordWrap(false);
            row->addWidget(nameLabel);
            flow->addWidget(item);
        }
        layout->addWidget(actors);
    }

    layout->addWidget(captionLabel(tr("Kind")));
    layout->addWidget(plainLabel(humanKind(event.kind), QStringLiteral("kind")));

    if (!event.themes.isEmpty()) {
        layout->addWidget(captionLabel(tr("Themes (click to show only events with the theme)")));
        auto *themes = new QWidget;
        themes->setObjectName(QStringLiteral("themes"));
        auto *flow = new FlowLayout(themes);
        for (const QString &themeId : event.themes) {
            const int index = dataset.indexOfTheme(themeId);
            auto *chip = new QPushButton(index < 0 ? themeId
                                                   : text.name(dataset.themes[std::size_t(index)]));
            chip->setObjectName(QStringLiteral("theme:") + themeId);
            chip->setProperty("themeId", themeId);
            if (index >= 0 && !text.definition(dataset.themes[std::size_t(index)]).isEmpty())
                chip->setToolTip(text.definition(dataset.themes[std::size_t(index)]));
            chip->setCursor(Qt::PointingHandCursor);
            chip->setFocusPolicy(Qt::StrongFocus);
            connect(chip, &QPushButton::clicked, this,
                    [this, themeId] { emit themeActivated(themeId); });
            flow->addWidget(chip);
        }
        layout->addWidget(themes);
    }

    if (const QString summary = text.summary(event); !summary.isEmpty()) {
        layout->addWidget(captionLabel(tr("Summary")));
        layout->addWidget(plainLabel(summary, QStringLiteral("summary")));
    }
    if (!event.media.empty()) {
        layout->addWidget(captionLabel(tr("Media (%n links)", nullptr, int(event.media.size()))));
        for (std::size_t i = 0; i < event.media.size(); ++i) {
            const Model::Media &media = event.media[i];
            auto *frame = new QFrame;
            frame->setObjectName(QStringLiteral("media%1").arg(i));
            frame->setFrameShape(QFrame::StyledPanel);
            auto *box = new QVBoxLayout(frame);
            box->setContentsMargins(6, 4, 6, 4);
            box->setSpacing(2);
            if (!media.caption.isEmpty())
                box->addWidget(plainLabel(media.caption, QStringLiteral("caption")));
            if (!media.credit.isEmpty()) {
                QLabel *credit =
                    plainLabel(tr("Credit: %1").arg(media.credit), QStringLiteral("credit"));
                credit->setForegroundRole(QPalette::PlaceholderText);
                box->addWidget(credit);
            }
            auto *row = new QHBoxLayout;
            row->addWidget(plainLabel(media.url, QStringLiteral("url")), 1);
            // Only web links open, and only on a click; anything else (javascript:, file:,
            // relative paths) stays text.
            const QUrl url(media.url.trimmed(), QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            const bool web =
                url.isValid() && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
            if (web) {
                auto *button = new QPushButton(tr("Open"));
                button->setObjectName(QStringLiteral("openLink"));
                button->setToolTip(tr("Open this link in the web browser"));
                connect(button, &QPushButton::clicked, this, [this, url] { emit openLink(url); });
                row->addWidget(button, 0, Qt::AlignTop);
            }
            box->addLayout(row);
            if (!web) {
                QLabel *why =
                    plainLabel(tr("(not a web link: not opened)"), QStringLiteral("notOpened"));
                why->setForegroundRole(QPalette::PlaceholderText);
                box->addWidget(why);
            }
            if (!media.thumbnail.isEmpty()) {
                QLabel *thumbnail = plainLabel(tr("Thumbnail: %1").arg(media.thumbnail),
                                               QStringLiteral("thumbnail"));
                thumbnail->setForegroundRole(QPalette::PlaceholderText);
                box->addWidget(thumbnail);
            }
            layout->addWidget(frame);
        }
    }
    if (const QString noteText = text.note(event); !noteText.isEmpty()) {
        layout->addWidget(captionLabel(tr("Note")));
        QLabel *note = plainLabel(noteText, QStringLiteral("note"));
        QFont font = note->font();
        font.setItalic(true);
        note->setFont(font);
        layout->addWidget(note);
    }

    layout->addWidget(captionLabel(event.evidence.empty() ? tr("Evidence: none")
                                                          : tr("Evidence (%n passages)", nullptr,
                                                               int(event.evidence.size()))));
    for (std::size_t i = 0; i < event.evidence.size(); ++i) {
        const Model::Anchor &anchor = event.evidence[i];
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("evidence%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(6, 4, 6, 4);
        box->setSpacing(2);
        box->addWidget(plainLabel(QStringLiteral("“") + anchor.exact + QStringLiteral("”"),
                                  QStringLiteral("quote")));
        auto *row = new QHBoxLayout;
        QLabel *source =
            plainLabel(sourceReference(dataset, anchor.source), QStringLiteral("source"));
        source->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(source, 1);
        auto *button = new QPushButton(tr("Show in source"));
        button->setObjectName(QStringLiteral("showInSource"));
        button->setToolTip(tr("Scroll the source text to this passage"));
        const int evidenceIndex = int(i);
        connect(button, &QPushButton::clicked, this, [this, eventIndex, evidenceIndex] {
            emit showInSource(eventIndex, evidenceIndex);
        });
        row->addWidget(button, 0, Qt::AlignTop);
        box->addLayout(row);
        layout->addWidget(frame);
    }
    layout->addStretch();

    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(content);
}

} // namespace Anchorline::Views
