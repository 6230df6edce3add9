#include "presentation/handout.h"

#include "core/dataset.h"
#include "document/document.h"
#include "export/pdfutil.h"
#include "index/eventindex.h"
#include "timeline/timelinerenderer.h"
#include "tours/tourplayer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

constexpr double LayoutDpi = 96; // lay out in screen pixels; the painter scales to the device
constexpr int DeviceDpi = 300;
constexpr double Margin = 56;
constexpr double SnapshotHeight = 560; // at least; it grows into the room the text leaves

// The height `text` takes word-wrapped to `width` in `font`.
double textHeight(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      text)
        .height();
}

// lupdate files the tr() calls of these free functions under their namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Anchorline::Views", text);
}

QFont pixelFont(double pixels, bool bold = false, bool italic = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(int(std::lround(pixels)));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Word-wrapped plain text in `rect`; shrinks the font until it fits. Returns the height used.
double drawParagraph(QPainter &p, const QRectF &rect, const QString &text, QFont font,
                     const QColor &color)
{
    if (text.isEmpty())
        return 0;
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    QRectF needed;
    for (int i = 0; i < 12; ++i) {
        needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text);
        if (needed.height() <= rect.height() || font.pixelSize() <= 8)
            break;
        font.setPixelSize(std::max(8, int(font.pixelSize() * 0.9)));
    }
    p.setFont(font);
    p.setPen(color);
    p.drawText(rect, flags, text);
    return std::min(needed.height(), rect.height());
}

// The first quote of the event with its citation: "“quote”" and "Lee 2026, Title".
std::pair<QString, QString> passageOf(const Dataset &data, const Event &event)
{
    for (const Anchor &anchor : event.evidence) {
        const QString quote = anchor.exact.simplified();
        if (quote.isEmpty())
            continue;
        const int s = data.indexOfSource(anchor.source);
        QString citation = anchor.source;
        if (s >= 0) {
            const Source &source = data.sources[std::size_t(s)];
            citation = source.shortReference();
            if (!source.title.isEmpty() && source.title != citation)
                citation += QStringLiteral(", ") + source.title;
        }
        return {QStringLiteral("\u201c") + quote + QStringLiteral("\u201d"), citation};
    }
    return {};
}

void paintStep(QPainter &p, const QRectF &page, const Dataset &data, const Tour &tour, int step,
               const EventIndex &index, TimelineRenderer &renderer, const QLocale &locale,
               const DisplayText &text)
{
    const TimelinePalette pal = TimelinePalette::forTheme(TimelineTheme::Light);
    const TourStep &s = tour.steps[std::size_t(step)];
    const int eventIndex = data.indexOfEvent(s.event);
    const Event *event = eventIndex >= 0 ? &data.events[std::size_t(eventIndex)] : nullptr;
    const double width = page.width() - 2 * Margin;
    double y = page.top() + Margin;
    p.fillRect(page, pal.background);

    // Heading: the event and its date.
    const QString title = event ? text.title(*event) : s.event;
    const QString note = text.note(s);
    y += drawParagraph(p, QRectF(Margin, y, width, 64), title, pixelFont(22, true), pal.text) + 4;
    if (event) {
        const QString date =
            event->parsed.isValid() ? event->parsed.toDisplayString(locale) : event->date;
        y += drawParagraph(p, QRectF(Margin, y, width, 24), date, pixelFont(14), pal.mutedText);
    }
    y += 12;

    // The text under the snapshot, measured first: the snapshot takes the rest of the page,
    // so no page is left half empty.
    const double footerTop = page.bottom() - Margin;
    const auto [quote, citation] = event ? passageOf(data, *event) : std::pair<QString, QString>();
    const double noteHeight = textHeight(note, pixelFont(16), width);
    const double quoteHeight =
        quote.isEmpty()
            ? 0
            : 18 + std::min(100.0, textHeight(quote, pixelFont(14, false, true), width - 16)) + 4 +
                  std::min(40.0, textHeight(QStringLiteral("\u2014 ") + citation, pixelFont(12),
                                            width - 16));
    const double snapshotHeight =
        std::max(SnapshotHeight, footerTop - 16 - quoteHeight - (noteHeight + 12) - 20 - y);

    // The snapshot: the step's window, the event selected and in the spotlight.
    const auto [from, to] = TourPlayer::windowOf(data, s);
    TimelineViewState state;
    state.startDay = from;
    state.endDay = to;
    state.currentEvent = eventIndex;
    const std::vector<std::uint8_t> lit = TourPlayer::spotlight(data, eventIndex);
    RenderOptions options;
    options.theme = TimelineTheme::Light;
    options.font = pixelFont(11);
    options.locale = locale;
    options.spotlight = lit.empty() ? nullptr : &lit;
    options.lanes = TourPlayer::lanesInWindow(index, from, to, eventIndex);
    const QRectF snapshot(Margin, y, width, snapshotHeight);
    renderer.render(p, snapshot, state, options);
    p.setPen(QPen(pal.gridMajor, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(snapshot);
    y = snapshot.bottom() + 20;

    // The note, then the passage with its citation; the footer keeps its place.
    const double quoteRoom = quoteHeight;
    y += drawParagraph(p, QRectF(Margin, y, width, footerTop - y - quoteRoom - 16), note,
                       pixelFont(16), pal.text);
    if (!quote.isEmpty()) {
        y += 18;
        const double top = y;
        const double inner = width - 16;
        y += drawParagraph(p, QRectF(Margin + 16, y, inner, 100), quote, pixelFont(14, false, true),
                           pal.text);
        y += 4;
        y += drawParagraph(p, QRectF(Margin + 16, y, inner, 40),
                           QStringLiteral("\u2014 ") + citation, pixelFont(12), pal.mutedText);
        p.fillRect(QRectF(Margin, top, 4, y - top), pal.selection);
    }

    // Footer.
    p.setPen(QPen(pal.gridMajor, 1));
    p.drawLine(QPointF(Margin, footerTop + 8), QPointF(page.right() - Margin, footerTop + 8));
    const QString footer =
        tr("Step %1 of %2 \u2014 %3").arg(step + 1).arg(tour.steps.size()).arg(text.title(tour));
    const QFont footerFont = pixelFont(11);
    p.setFont(footerFont);
    p.setPen(pal.mutedText);
    p.drawText(QRectF(Margin, footerTop + 14, width, 24),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
               QFontMetricsF(footerFont).elidedText(footer, Qt::ElideRight, width));
}

} // namespace

bool writeHandout(const Document &document, const Tour &tour, const QString &pdfPath,
                  QString *error, std::shared_ptr<const EventIndex> allEvents)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (tour.steps.empty())
        return fail(tr("the tour \"%1\" has no steps").arg(tour.title));
    const Dataset &data = document.dataset();
    if (!allEvents || allEvents->eventCount() != int(data.events.size()) ||
        allEvents->visibleCount() != allEvents->indexedCount()) {
        auto built = std::make_shared<EventIndex>();
        built->build(data);
        allEvents = std::move(built);
    }
    const EventIndex &index = *allEvents;
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    renderer.setDisplayText(document.text());
    const QLocale locale;

    const QSizeF mm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QRectF page(0, 0, mm.width() / 25.4 * LayoutDpi, mm.height() / 25.4 * LayoutDpi);
    const QByteArray bytes = paintPdf(
        document.text().title(tour), DeviceDpi,
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()),
        int(tour.steps.size()), [&](QPainter &painter, int step) {
            paintStep(painter, page, data, tour, step, index, renderer, locale, document.text());
        });
    if (bytes.isEmpty())
        return fail(tr("could not start the PDF"));

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(pdfPath, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(pdfPath, file.errorString()));
    return true;
}

} // namespace Anchorline::Views
