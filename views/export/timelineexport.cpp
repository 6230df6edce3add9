#include "export/timelineexport.h"

#include "core/dataset.h"
#include "document/document.h"
#include "export/pdfutil.h"
#include "export/xmltext.h"
#include "index/sharedeventindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "layout/focuswarp.h"
#include "layout/openingwindow.h"
#include "style/cjkfont.h"
#include "timeline/labeltext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

constexpr double LayoutDpi = 96.0;
constexpr double MillimetresPerInch = 25.4;

// Month names and date order follow the language the labels are shown in, never the machine
// the export runs on: the original text gets British English dates, a translation its own
// language's ("2013年1月1日"), so that a Japanese picture has no English axis.
QLocale exportLocale(const QString &language)
{
    const QLocale locale(language);
    if (language.isEmpty() || locale.language() == QLocale::C ||
        locale.language() == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * factor))));
    font.setBold(bold);
    return font;
}

// The font in layout pixels (96 per inch). Point sizes would be converted with each paint
// device's own resolution (300 dpi for PDF, 1200 for a printer) while the renderer lays text
// out with screen metrics; pixel sizes mean the same on every device.
QFont layoutFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPixelSize(std::max(6, int(std::lround(font.pointSizeF() * LayoutDpi / 72.0))));
    return font;
}

// Lines of `text` wrapped to `width` with `font`; the height they need.
double wrappedHeight(const QString &text, const QFont &font, double width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

QFont ExportOptions::defaultFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QSizeF pageSizeMillimetres(ExportPage page)
{
    switch (page) {
    case ExportPage::A4Landscape:
        return {297, 210};
    case ExportPage::A3Landscape:
        return {420, 297};
    case ExportPage::None:
        break;
    }
    return {};
}

TimelineExporter::TimelineExporter(ExportInput input, ExportOptions options)
    : m_input(std::move(input))
    , m_options(std::move(options))
{
    m_options.pagesWide = std::clamp(m_options.pagesWide, 1, 50);
    if (m_input.index && m_input.dataset &&
        m_input.index->eventCount() == int(m_input.dataset->events.size())) {
        m_index = m_input.index;
    } else {
        auto built = std::make_shared<EventIndex>();
        if (m_input.dataset) {
            built->build(*m_input.dataset);
            if (!m_input.visible.empty()) {
                built->refilter([this](int event) {
                    return event < int(m_input.visible.size()) &&
                           m_input.visible[std::size_t(event)];
                });
            }
        }
        m_index = std::move(built);
    }
    if (m_input.dataset) {
        m_renderer.setData(m_input.dataset, m_index.get());
        m_renderer.setDisplayText(m_input.text);
        if (m_options.focusScale)
            m_warp = std::make_shared<const FocusWarp>(FocusWarp::fromIndex(*m_index));
    }
    // The date window: as asked, or the one the window opens on (the dataset's defaultWindow,
    // else the span that holds most shown events; see Model::openingWindow()). The focus scale
    // already gives the busy years the width, so there the window holds every shown event, with
    // margins measured in warped days (a break is narrow on the page).
    if (m_options.startDay && m_options.endDay && *m_options.endDay > *m_options.startDay) {
        m_start = *m_options.startDay;
        m_end = *m_options.endDay;
    } else {
        DayNumber first = 0;
        DayNumber last = 0;
        // A warp without breaks is the linear scale, and frames as it does.
        const bool focused = m_warp && !m_warp->breaks().empty();
        const auto window =
            focused || !m_input.dataset ? std::nullopt : openingWindow(*m_input.dataset, *m_index);
        if (window) {
            m_start = window->start;
            m_end = window->end;
        } else if (focused && m_index->visibleRange(first, last)) {
            const double from = m_warp->toWarped(first);
            const double to = m_warp->toWarped(double(last) + 1);
            const double margin = std::max(15.0, (to - from) * 0.03);
            m_start = m_warp->fromWarped(from - margin);
            m_end = m_warp->fromWarped(to + margin);
        }
        if (m_options.startDay)
            m_start = *m_options.startDay;
        if (m_options.endDay)
            m_end = *m_options.endDay;
        if (m_end <= m_start)
            m_end = m_start + 365;
    }
}

TimelineExporter::~TimelineExporter() = default;

ExportInput TimelineExporter::inputFrom(const Document &document, const EventFilterProxy *filter,
                                        const QString &filterText)
{
    ExportInput input;
    input.dataset = &document.dataset();
    input.text = document.text();
    const int count = int(document.dataset().events.size());
    if (!filter && filterText.trimmed().isEmpty())
        return input;
    // The filter's own index shows the same events: take it rather than build another.
    if (filter && filterText.trimmed().isEmpty())
        input.index = filter->sharedIndex().snapshot();
    std::optional<EventFilterProxy> text;
    if (!filterText.trimmed().isEmpty()) {
        text.emplace(document);
        text->setText(filterText);
    }
    input.visible.resize(std::size_t(count), 1);
    for (int i = 0; i < count; ++i) {
        const bool shown = (!filter || filter->acceptsEvent(i)) && (!text || text->acceptsEvent(i));
        input.visible[std::size_t(i)] = shown ? 1 : 0;
    }
    return input;
}

std::vector<int> TimelineExporter::lanesFor(const Dataset &dataset, const QStringList &names,
                                            QStringList *unknown)
{
    std::vector<int> lanes;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        int found = -1;
        for (std::size_t i = 0; i < dataset.actors.size() && found < 0; ++i) {
            const Actor &actor = dataset.actors[i];
            if (actor.id.compare(name, Qt::CaseInsensitive) == 0 ||
                actor.shortName.compare(name, Qt::CaseInsensitive) == 0 ||
                actor.name.compare(name, Qt::CaseInsensitive) == 0)
                found = int(i);
        }
        if (found < 0) {
            if (unknown)
                *unknown << name;
            continue;
        }
        if (std::find(lanes.begin(), lanes.end(), found) == lanes.end())
            lanes.push_back(found);
    }
    return lanes;
}

int TimelineExporter::resolution() const
{
    if (m_options.dpi > 0)
        return m_options.dpi;
    if (m_options.page != ExportPage::None) {
        if (m_options.format == ExportFormat::Svg)
            return int(LayoutDpi);
        return 300;
    }
    return int(std::lround(LayoutDpi * scale()));
}

qreal TimelineExporter::scale() const
{
    if (m_options.dpi > 0 || m_options.page != ExportPage::None)
        return qreal(resolution()) / LayoutDpi;
    const QSize px = m_options.pixelSize;
    // 1920x1080 at 1x, 4K at 2x: text as large, relative to the picture, as on a screen.
    const double automatic = std::min(px.width() / 1920.0, px.height() / 1080.0);
    return std::max(1.0, std::floor(automatic * 4 + 0.5) / 4);
}

QSize TimelineExporter::outputSize() const
{
    if (m_options.page == ExportPage::None)
        return m_options.pixelSize.expandedTo(QSize(1, 1));
    const QSizeF mm = pageSizeMillimetres(m_options.page);
    const double dpi = resolution();
    return QSize(int(std::lround(mm.width() / MillimetresPerInch * dpi)),
                 int(std::lround(mm.height() / MillimetresPerInch * dpi)));
}

QSizeF TimelineExporter::layoutSize() const
{
    const QSize out = outputSize();
    return QSizeF(out.width() / scale(), out.height() / scale());
}

std::pair<double, double> TimelineExporter::window() const
{
    return {m_start, m_end};
}

QString TimelineExporter::titleText() const
{
    if (!m_options.showTitle)
        return {};
    const QString title =
        !m_options.title.isEmpty()
            ? m_options.title
            : (m_input.dataset ? m_input.text.title(*m_input.dataset) : QString());
    return windowedTitle(title, m_start, m_end);
}

QString TimelineExporter::windowedTitle(const QString &title, double startDay, double endDay)
{
    // A heading that claims the dataset's whole span over a picture of three years misleads.
    // The dash is the one the title uses: "2005–2026", Japanese "2005〜2026年".
    static const QRegularExpression span(
        QStringLiteral("(\\d{3,4})\\s*([–\\-〜～])\\s*(\\d{3,4})(年?\\)?)\\s*$"));
    const QRegularExpressionMatch match = span.match(title);
    if (!match.hasMatch())
        return title;
    Year firstYear = 0, lastYear = 0;
    int m = 0, d = 0;
    civilFromDays(DayNumber(std::floor(startDay)), firstYear, m, d);
    civilFromDays(DayNumber(std::floor(std::max(startDay, endDay - 1))), lastYear, m, d);
    const QString years = firstYear == lastYear ? QString::number(firstYear)
                                                : QStringLiteral("%1%2%3")
                                                      .arg(firstYear)
                                                      .arg(match.captured(2) == QStringLiteral("-")
                                                               ? QStringLiteral("–")
                                                               : match.captured(2))
                                                      .arg(lastYear);
    return title.left(match.capturedStart()) + years + match.captured(4);
}

int TimelineExporter::visibleEventCount() const
{
    if (!m_input.dataset)
        return 0;
    RenderOptions shown;
    shown.lanes = m_options.lanes;
    std::vector<bool> counted(m_input.dataset->events.size(), false);
    int count = 0;
    for (int lane : m_renderer.shownLanes(shown)) {
        m_index->forEachOverlapping(lane, m_start, m_end, [&](const EventIndex::Item &item, int) {
            if (!counted[std::size_t(item.event)]) {
                counted[std::size_t(item.event)] = true;
                ++count;
            }
        });
    }
    return count;
}

QStringList TimelineExporter::citedSources() const
{
    QStringList refs;
    if (!m_input.dataset)
        return refs;
    const Dataset &d = *m_input.dataset;
    RenderOptions shown;
    shown.lanes = m_options.lanes;
    const std::vector<int> lanes = m_renderer.shownLanes(shown);
    QSet<QString> sourceIds;
    for (int lane : lanes) {
        m_index->forEachOverlapping(lane, m_start, m_end, [&](const EventIndex::Item &item, int) {
            const Event &event = d.events[std::size_t(item.event)];
            for (const Anchor &anchor : event.evidence)
                sourceIds.insert(anchor.source);
            for (const DateClaim &claim : event.dateClaims) {
                if (!claim.source.isEmpty())
                    sourceIds.insert(claim.source);
                for (const Anchor &anchor : claim.evidence)
                    sourceIds.insert(anchor.source);
            }
        });
    }
    QSet<QString> seen;
    for (const Source &source : d.sources) {
        if (!sourceIds.contains(source.id))
            continue;
        const QString ref = source.shortReference();
        if (!seen.contains(ref)) {
            seen.insert(ref);
            refs << ref;
        }
    }
    std::sort(refs.begin(), refs.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return refs;
}

QString TimelineExporter::captionText() const
{
    const QStringList refs = citedSources();
    if (refs.isEmpty())
        return QObject::tr("Sources: none cited by the events shown.");
    return QObject::tr("Sources: %1.").arg(refs.join(QStringLiteral("; ")));
}

void TimelineExporter::paint(QPainter &painter, const QRectF &target, int page, int pageCount)
{
    const TimelinePalette pal = TimelinePalette::forTheme(m_options.theme);
    painter.save();
    painter.fillRect(target, pal.background);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    pageCount = std::max(1, pageCount);
    page = std::clamp(page, 0, pageCount - 1);
    const auto warped = [this](double day) { return m_warp ? m_warp->toWarped(day) : day; };
    const auto unwarped = [this](double u) { return m_warp ? m_warp->fromWarped(u) : u; };
    const double span = (warped(m_end) - warped(m_start)) / pageCount;
    const double from = unwarped(warped(m_start) + span * page);
    const double to = unwarped(warped(m_start) + span * (page + 1));

    QRectF rest = target;
    const double margin = 12;
    // The heading and the caption in the data language's CJK face too (style/cjkfont.h).
    const QFont font = withCjkFallback(layoutFont(m_options.font), m_input.text.language());
    const QString title = titleText();
    if (m_options.showTitle) {
        const QFont titleFont = scaledFont(font, 1.6, true);
        const QFont subFont = font;
        const QFontMetricsF tfm(titleFont);
        const QFontMetricsF sfm(subFont);
        const double height = std::ceil(tfm.height() + 14);
        const QRectF box(target.left() + margin, target.top(), target.width() - 2 * margin, height);
        const QLocale locale = exportLocale(m_input.text.language());
        QString range = dayRangeDisplayString(DayNumber(std::floor(from)),
                                              DayNumber(std::floor(to - 1)), locale);
        if (pageCount > 1)
            range += QObject::tr("  ·  page %1 of %2").arg(page + 1).arg(pageCount);
        const double rangeWidth = sfm.horizontalAdvance(range);
        painter.setFont(subFont);
        painter.setPen(pal.mutedText);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, range);
        painter.setFont(titleFont);
        painter.setPen(pal.text);
        const QString elided = tfm.elidedText(shownText(title), Qt::ElideRight,
                                              std::max(0.0, box.width() - rangeWidth - 24));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, elided);
        rest.setTop(box.bottom());
    }
    if (m_options.showCaption) {
        const QFont captionFont = scaledFont(font, 0.95, false);
        const QString caption = captionText();
        const double width = target.width() - 2 * margin;
        const double height =
            std::min(wrappedHeight(caption, captionFont, width), target.height() * 0.3);
        const QRectF box(target.left() + margin, target.bottom() - height - 8, width, height);
        painter.setFont(captionFont);
        painter.setPen(pal.mutedText);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        painter.save();
        painter.setClipRect(box);
        painter.drawText(box, caption, option);
        painter.restore();
        rest.setBottom(box.top() - 6);
    }

    TimelineViewState state;
    state.startDay = from;
    state.endDay = to;
    state.warp = m_warp;
    RenderOptions options;
    options.theme = m_options.theme;
    options.showTitle = false; // drawn above, with the export's own title
    options.showLegend = m_options.showLegend;
    options.lanes = m_options.lanes;
    options.font = font;
    options.locale = exportLocale(m_input.text.language());
    options.today = m_options.today;
    if (m_input.dataset)
        m_renderer.render(painter, rest, state, options);
    painter.restore();
}

QImage TimelineExporter::renderImage()
{
    const QSize size = outputSize();
    QImage image(size, QImage::Format_RGB32);
    const qreal s = scale();
    image.setDevicePixelRatio(s);
    image.fill(TimelinePalette::forTheme(m_options.theme).background);
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size.width() / s, size.height() / s)));
    }
    // Metadata only after painting: fonts are laid out at 96 dpi whatever the file says.
    image.setDevicePixelRatio(1);
    const int dpm = int(std::lround(resolution() / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

QImage TimelineExporter::renderPreview(const QSize &box)
{
    const QSizeF layout = layoutSize();
    QImage image(QSize(int(std::ceil(layout.width())), int(std::ceil(layout.height()))),
                 QImage::Format_RGB32);
    image.fill(TimelinePalette::forTheme(m_options.theme).background);
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), layout));
    }
    if (box.isEmpty())
        return image;
    return image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QByteArray TimelineExporter::toPng()
{
    const QImage image = renderImage();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Less compression: a 7680x2160 export spends most of its time in zlib otherwise.
    writer.setQuality(60);
    writer.write(image);
    return bytes;
}

QByteArray TimelineExporter::toSvg()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF layout = layoutSize();
    generator.setSize(outputSize());
    generator.setViewBox(QRectF(QPointF(0, 0), layout));
    generator.setResolution(int(LayoutDpi)); // point sizes become pixels as on screen
    // QSvgGenerator writes the title into <title> as it is: escape it (data is untrusted).
    const QString title = titleText().isEmpty() && m_input.dataset
                              ? m_input.text.title(*m_input.dataset)
                              : titleText();
    generator.setTitle(xmlSafeText(title).toHtmlEscaped());
    generator.setDescription(QObject::tr("Timeline exported by Anchorline"));
    QPainter painter(&generator);
    paint(painter, QRectF(QPointF(0, 0), layout));
    painter.end();
    // QSvgGenerator names only the first family: the viewer would pick any face for Japanese
    // labels. Each font-family also names the CJK face of the data language (style/cjkfont.h).
    // One pass, copying: an insert per label would move the rest of a large file each time.
    const QByteArray fallback = ", '" + cjkFamilyFor(m_input.text.language()).toUtf8() + '\'';
    static const QByteArray attribute = "font-family=\"";
    QByteArray withFallback;
    withFallback.reserve(bytes.size() + bytes.size() / 8);
    qsizetype copied = 0;
    for (qsizetype at = bytes.indexOf(attribute); at >= 0; at = bytes.indexOf(attribute, at)) {
        const qsizetype end = bytes.indexOf('"', at + attribute.size());
        if (end < 0)
            break;
        withFallback.append(QByteArrayView(bytes).sliced(copied, end - copied));
        withFallback.append(fallback);
        copied = end;
        at = end + 1;
    }
    withFallback.append(QByteArrayView(bytes).sliced(copied));
    bytes = std::move(withFallback);
    // Labels are written as they are: characters XML forbids (a title's U+0000) would make the
    // file unreadable (export/xmltext.h).
    return xmlSafeUtf8(bytes);
}

QByteArray TimelineExporter::toPdf()
{
    QSizeF layout;
    QPageLayout pageLayout;
    if (m_options.page != ExportPage::None) {
        const QPageSize size(m_options.page == ExportPage::A3Landscape ? QPageSize::A3
                                                                       : QPageSize::A4);
        pageLayout = QPageLayout(size, QPageLayout::Landscape, QMarginsF());
        const QSizeF mm = pageSizeMillimetres(m_options.page);
        layout = QSizeF(mm.width() / MillimetresPerInch * LayoutDpi,
                        mm.height() / MillimetresPerInch * LayoutDpi);
    } else {
        // The pixel size as the page, at the layout scale of the PNG of the same size.
        layout = layoutSize();
        const QSizeF points(layout.width() * 72 / LayoutDpi, layout.height() * 72 / LayoutDpi);
        const QPageSize size(points, QPageSize::Point, QStringLiteral("Custom"),
                             QPageSize::ExactMatch);
        pageLayout = QPageLayout(size, QPageLayout::Portrait, QMarginsF());
    }
    const QString title = titleText().isEmpty() && m_input.dataset
                              ? m_input.text.title(*m_input.dataset)
                              : titleText();
    const int pages = m_options.pagesWide;
    return paintPdf(title, m_options.dpi > 0 ? m_options.dpi : 300, pageLayout, pages,
                    [&](QPainter &painter, int page) {
                        paint(painter, QRectF(QPointF(0, 0), layout), page, pages);
                    });
}

ExportResult TimelineExporter::writeFile(const QString &path)
{
    ExportResult result;
    QByteArray bytes;
    switch (m_options.format) {
    case ExportFormat::Png:
        bytes = toPng();
        break;
    case ExportFormat::Svg:
        bytes = toSvg();
        break;
    case ExportFormat::Pdf:
        bytes = toPdf();
        break;
    }
    if (bytes.isEmpty()) {
        result.error = QObject::tr("%1: nothing was produced (the %2 writer failed)")
                           .arg(path, exportFormatSuffix(m_options.format).toUpper());
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

bool TimelineExporter::print(QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    const double s = printer.resolution() / LayoutDpi;
    const QSizeF layout(page.width() / s, page.height() / s);
    const int pages = m_options.pagesWide;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer.newPage())
            return false;
        painter.save();
        painter.scale(s, s);
        paint(painter, QRectF(QPointF(0, 0), layout), i, pages);
        painter.restore();
    }
    return painter.end();
}

} // namespace Anchorline::Views
