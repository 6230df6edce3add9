#pragma once

#include "core/displaytext.h"
#include "core/partialdate.h"
#include "index/eventindex.h"
#include "timeline/timelinerenderer.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPrinter;

namespace Anchorline::Model {
struct Dataset;
class FocusWarp;
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

enum class ExportFormat : std::uint8_t { Png, Svg, Pdf };
enum class ExportPage : std::uint8_t { None, A4Landscape, A3Landscape };

// Everything an export of the timeline can be asked for. The dialog and the command line fill
// the same struct; the same struct gives the same bytes.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize{1920, 1080}; // PNG and SVG size when `page` is None
    ExportPage page = ExportPage::None;
    // Dots per inch. 0: automatic. For pixel sizes it sets how large text is: the picture is laid
    // out at 96 dpi and scaled by dpi / 96 (automatic: 1920x1080 at 1x, 3840x2160 and 7680x2160 at
    // 2x, so text stays readable at full size). For pages it sets the PNG's pixels (automatic:
    // 300) and is the PDF's resolution.
    int dpi = 0;
    TimelineTheme theme = TimelineTheme::Light;
    bool showTitle = true;
    QString title; // empty: the dataset's title
    bool showLegend = true;
    bool showCaption = false; // "Sources: Lee 2026; Tokuchi c. 2023; ..."
    // The days shown, [startDay, endDay). Unset (or end <= start): the dataset's defaultWindow,
    // else the span holding most shown events (Model::openingWindow()).
    std::optional<double> startDay;
    std::optional<double> endDay;
    std::vector<int> lanes; // lane indices (actor order) to show, in order; empty: every lane
    QString filterText;     // as the search box: words ANDed over title, summary, id, kind, quotes
    // The "today" line; unset: the current date (then an export is reproducible within a day).
    std::optional<Model::DayNumber> today;
    int pagesWide = 1; // PDF and print: the date window split over this many pages
    // The focus (collapsed) time scale: long stretches without events compressed and marked as
    // breaks (Model::FocusWarp, from the shown events). false: the linear scale.
    bool focusScale = false;
    // Fixed so that exports do not depend on the desktop's font settings.
    QFont font = defaultFont();

    static QFont defaultFont();
};

struct ExportResult
{
    bool ok = false;
    QString error; // what went wrong, naming the file
};

// What the export draws: a dataset and which of its events are visible. Resolve it on the GUI
// thread (it reads the filter); painting can then run on any thread.
struct ExportInput
{
    const Model::Dataset *dataset = nullptr;
    std::vector<char> visible; // per event; empty: every event
    Model::DisplayText text;   // the data language of labels and the title
    // The index of `dataset` with `visible` applied, when the caller has it already: the main
    // window's SharedEventIndex::snapshot(), so that an export builds no index of its own.
    std::shared_ptr<const Model::EventIndex> index;
};

// The one headless export path used by the command line, the export dialog and print: it paints
// with TimelineRenderer, so what is exported is what is seen.
//
// Determinism: PNG bytes depend only on the input (no time stamps or text chunks, fixed font,
// fixed DPI metadata, fixed compression). SVG has no time stamps or random ids. PDF: QPdfWriter
// writes the creation date and a random document id; both are replaced after writing by fixed
// values of the same length (so the cross-reference table stays valid): the same input gives
// the same PDF bytes on the same machine and Qt version. Font subsets embedded in PDF and SVG
// text depend on the installed DejaVu Sans version.
class TimelineExporter final
{
public:
    TimelineExporter(ExportInput input, ExportOptions options);
    ~TimelineExporter();
    Q_DISABLE_COPY_MOVE(TimelineExporter)

    // Visible events from a document: every event, or those `filter` accepts, and then those
    // matching `filterText` (same rules as the search box).
    static ExportInput inputFrom(const Model::Document &document,
                                 const Model::EventFilterProxy *filter, const QString &filterText);
    // `title` with a trailing span of years ("Policy, 2005–2026") set to the years of the days
    // [startDay, endDay); any other title as it is.
    static QString windowedTitle(const QString &title, double startDay, double endDay);
    // Lane indices for actor ids or short names (case-insensitive); unknown names in `unknown`.
    static std::vector<int> lanesFor(const Model::Dataset &dataset, const QStringList &names,
                                     QStringList *unknown = nullptr);

    const ExportOptions &options() const { return m_options; }
    // The output size in pixels (PNG) or device units; for pages, at the resolution in use.
    QSize outputSize() const;
    int resolution() const; // dpi written into the file
    qreal scale() const;    // output units per layout unit (layout is at 96 dpi)
    QSizeF layoutSize() const;
    // The date window actually shown.
    std::pair<double, double> window() const;
    // Events drawn: visible (filters), in a lane shown and overlapping the date window.
    int visibleEventCount() const;
    // Short references of the sources cited by the events on show, sorted, without duplicates.
    QStringList citedSources() const;
    QString captionText() const;
    // The title line drawn at the top ("" when showTitle is off). A title that ends with a span
    // of years ("…, 2005–2026") names the years of the date window instead.
    QString titleText() const;

    // The renderer and index behind the picture, for exports that reuse its lanes, colours and
    // labels (WebPageExporter); lane colours are set by the last paint.
    const TimelineRenderer &renderer() const { return m_renderer; }
    const Model::EventIndex &index() const { return *m_index; }
    const ExportInput &input() const { return m_input; }

    // Paints the whole picture (title, timeline, legend, caption) into `target` (layout units).
    // `page`/`pageCount` split the date window for multi-page output.
    void paint(QPainter &painter, const QRectF &target, int page = 0, int pageCount = 1);

    QImage renderImage(); // full size, for PNG
    // The picture scaled to fit `box`, for previews (drawn at layout size, then scaled down).
    QImage renderPreview(const QSize &box);
    QByteArray toPng();
    QByteArray toSvg();
    QByteArray toPdf();
    // By options().format; atomic (QSaveFile).
    ExportResult writeFile(const QString &path);
    // Prints options().pagesWide pages on the printer's page layout.
    bool print(QPrinter &printer);

private:
    ExportInput m_input;
    ExportOptions m_options;
    std::shared_ptr<const Model::EventIndex> m_index; // shared with the window, or built here
    TimelineRenderer m_renderer;
    std::shared_ptr<const Model::FocusWarp> m_warp; // set when options().focusScale
    double m_start = 0;
    double m_end = 365;
};

// Format from a file name's suffix (.png, .svg, .pdf); std::nullopt for anything else.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
QString exportFormatSuffix(ExportFormat format);
// A4 / A3 landscape in millimetres.
QSizeF pageSizeMillimetres(ExportPage page);

} // namespace Anchorline::Views
