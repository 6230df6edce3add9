// `anchorline export FILE -o OUT.png|svg|pdf [options]`: the timeline as an image without a
// window, through the same TimelineExporter the export dialog uses.

#include "anchoring/sourcelibrary.h"
#include "commands.h"
#include "document/document.h"
#include "export/timelineexport.h"
#include "export/webexport.h"
#include "interfacelanguage.h"
#include "io/datasetreader.h"
#include "subcommandparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <limits>

namespace Anchorline::App {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

constexpr auto Usage =
    "usage: anchorline export FILE -o OUT.png|OUT.svg|OUT.pdf|OUT.html [--from DATE] [--to DATE]\n"
    "         [--width PX --height PX | --page A4|A3] [--dpi N] [--theme "
    "light|dark|high-contrast]\n"
    "         [--scale linear|focus]\n"
    "         [--lanes ID,...] [--filter TEXT] [--title TEXT] [--no-title] [--no-legend]\n"
    "         [--caption] [--pages-wide N] [--today DATE|none] [--library DIR]\n"
    "         [--language TAG]\n";

struct UsageError
{
    QString message;
};

int toInt(const QString &option, const QString &value, int lowest, int highest)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < lowest || n > highest)
        throw UsageError{QStringLiteral("%1 expects a whole number from %2 to %3, not '%4'")
                             .arg(option)
                             .arg(lowest)
                             .arg(highest)
                             .arg(value)};
    return n;
}

PartialDate toDate(const QString &option, const QString &value)
{
    const auto parsed = PartialDate::parse(value);
    if (!parsed.ok())
        throw UsageError{QStringLiteral("%1: %2").arg(option, parsed.error)};
    return parsed.date;
}

} // namespace

int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    QString file;
    QString output;
    QString library;
    QString lanes;
    std::optional<int> width;
    std::optional<int> height;
    ExportOptions options;
    std::optional<QString> todayText;
    bool web = false;
    SubcommandParser cli(QStringLiteral("export"), Usage);
    auto valued = [&](QStringList names, const char *description, const char *value) {
        cli.addOption(QCommandLineOption(std::move(names), QString::fromLatin1(description),
                                         QString::fromLatin1(value)));
    };
    auto flag = [&](const char *name, const char *description) {
        cli.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description)));
    };
    valued({QStringLiteral("o"), QStringLiteral("output")},
           "OUT.png, OUT.svg, OUT.pdf or OUT.html (one self-contained web page)", "OUT");
    valued({QStringLiteral("from")}, "start of the date window (EDTF)", "DATE");
    valued({QStringLiteral("to")}, "end of the date window (EDTF)", "DATE");
    valued({QStringLiteral("width")}, "width in pixels", "PX");
    valued({QStringLiteral("height")}, "height in pixels", "PX");
    valued({QStringLiteral("page")}, "a landscape page instead of a pixel size", "A4|A3");
    valued({QStringLiteral("dpi")}, "resolution", "N");
    valued({QStringLiteral("theme")}, "colours", "light|dark|high-contrast");
    valued({QStringLiteral("scale")}, "time scale", "linear|focus");
    valued({QStringLiteral("lanes")}, "lanes to show, in order", "ID,...");
    valued({QStringLiteral("filter")}, "only events matching TEXT", "TEXT");
    valued({QStringLiteral("title")}, "the heading line", "TEXT");
    flag("no-title", "no heading line");
    flag("no-legend", "no legend");
    flag("caption", "the cited sources' short references");
    valued({QStringLiteral("pages-wide")}, "PDF: split the window over N pages", "N");
    valued({QStringLiteral("today")}, "where the today line is drawn", "DATE|none");
    valued({QStringLiteral("library")}, "source texts; notes cited sources without one", "DIR");
    valued({QStringLiteral("language")},
           "language of the labels, axis and legend, e.g. ja (default: the file's own text); for "
           ".html also the page's interface language (ja or en)",
           "TAG");
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the dataset"));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QCommandLineParser &p = cli.parser();
    auto isSet = [&](const char *name) { return p.isSet(QString::fromLatin1(name)); };
    auto value = [&](const char *name) { return p.value(QString::fromLatin1(name)); };
    try {
        if (p.positionalArguments().size() > 1)
            throw UsageError{
                QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().at(1))};
        if (!p.positionalArguments().isEmpty())
            file = p.positionalArguments().front();
        output = value("output");
        if (isSet("from"))
            options.startDay = double(toDate(QStringLiteral("--from"), value("from")).earliest());
        if (isSet("to"))
            options.endDay = double(toDate(QStringLiteral("--to"), value("to")).latest()) + 1;
        if (isSet("width"))
            width = toInt(QStringLiteral("--width"), value("width"), 16, 32768);
        if (isSet("height"))
            height = toInt(QStringLiteral("--height"), value("height"), 16, 32768);
        if (isSet("page")) {
            const QString page = value("page").toUpper();
            if (page == QLatin1String("A4"))
                options.page = ExportPage::A4Landscape;
            else if (page == QLatin1String("A3"))
                options.page = ExportPage::A3Landscape;
            else
                throw UsageError{QStringLiteral("--page expects A4 or A3, not '%1'").arg(page)};
        }
        if (isSet("dpi"))
            options.dpi = toInt(QStringLiteral("--dpi"), value("dpi"), 36, 1200);
        if (isSet("theme")) {
            const QString theme = value("theme").toLower();
            if (theme == QLatin1String("light"))
                options.theme = TimelineTheme::Light;
            else if (theme == QLatin1String("dark"))
                options.theme = TimelineTheme::Dark;
            else if (theme == QLatin1String("high-contrast"))
                options.theme = TimelineTheme::HighContrast;
            else
                throw UsageError{
                    QStringLiteral("--theme expects light, dark or high-contrast, not '%1'")
                        .arg(theme)};
        }
        if (isSet("scale")) {
            const QString scale = value("scale").toLower();
            if (scale == QLatin1String("linear"))
                options.focusScale = false;
            else if (scale == QLatin1String("focus"))
                options.focusScale = true;
            else
                throw UsageError{
                    QStringLiteral("--scale expects linear or focus, not '%1'").arg(scale)};
        }
        lanes = value("lanes");
        if (isSet("filter"))
            options.filterText = value("filter");
        if (isSet("title")) {
            options.title = value("title");
            options.showTitle = true;
        }
        if (isSet("no-title"))
            options.showTitle = false;
        if (isSet("no-legend"))
            options.showLegend = false;
        if (isSet("caption"))
            options.showCaption = true;
        if (isSet("pages-wide"))
            options.pagesWide = toInt(QStringLiteral("--pages-wide"), value("pages-wide"), 1, 50);
        if (isSet("today"))
            todayText = value("today");
        library = value("library");
        if (file.isEmpty())
            throw UsageError{QStringLiteral("no input FILE")};
        if (output.isEmpty())
            throw UsageError{QStringLiteral("no output file (-o OUT.png, OUT.svg or OUT.pdf)")};
        // A web page (issue 19) takes the window, lanes, filter, title, legend and theme options.
        web = output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
              output.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
        const auto format = web ? std::optional(ExportFormat::Png) : exportFormatForPath(output);
        if (!format)
            throw UsageError{
                QStringLiteral("cannot tell the format of '%1': use .png, .svg, .pdf or .html")
                    .arg(output)};
        options.format = *format;
        if (options.page != ExportPage::None && (width || height))
            throw UsageError{QStringLiteral("--page and --width/--height exclude each other")};
        if (width.has_value() != height.has_value())
            throw UsageError{QStringLiteral("--width and --height go together")};
        if (width)
            options.pixelSize = QSize(*width, *height);
        if (options.startDay && options.endDay && *options.endDay <= *options.startDay)
            throw UsageError{QStringLiteral("--to comes before --from")};
        if (todayText) {
            if (todayText->compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                options.today = std::numeric_limits<DayNumber>::min() / 2; // never in view
            else
                options.today = toDate(QStringLiteral("--today"), *todayText).earliest();
        }
        if (options.pagesWide > 1 && options.format != ExportFormat::Pdf)
            throw UsageError{QStringLiteral("--pages-wide is for PDF output")};
    } catch (const UsageError &e) {
        err << "export: " << e.message << '\n' << Usage;
        return 2;
    }

    LoadResult loaded = DatasetReader::readFile(file);
    if (!loaded.ok()) {
        err << loaded.errorText() << '\n';
        return 1;
    }
    Document document;
    // Without --language the file's own text, whatever the locale: an export is reproducible.
    const QString language = value("language").trimmed();
    // The axis, legend and captions speak the language of the labels, not the machine's.
    if (!language.isEmpty())
        installInterfaceLanguage(*QCoreApplication::instance(), QLocale(language));
    document.setDataLanguage(language.isEmpty() ? QStringLiteral("original") : language, {});
    document.setDataset(std::move(*loaded.dataset), file);
    const Dataset &dataset = document.dataset();
    if (!language.isEmpty() &&
        !translationLanguages(dataset).contains(language, Qt::CaseInsensitive))
        err << "export: note: " << QFileInfo(file).fileName() << " has no translations into '"
            << language << "'; the labels keep the file's own text\n";

    if (!lanes.isEmpty()) {
        QStringList unknown;
        options.lanes = TimelineExporter::lanesFor(
            dataset, lanes.split(QLatin1Char(','), Qt::SkipEmptyParts), &unknown);
        if (!unknown.isEmpty() || options.lanes.empty()) {
            QStringList known;
            for (const Actor &actor : dataset.actors)
                known << (actor.shortName.isEmpty()
                              ? actor.id
                              : actor.id + QLatin1Char('/') + actor.shortName);
            err << "export: unknown lane '"
                << (unknown.isEmpty() ? lanes : unknown.join(QStringLiteral("', '")))
                << "'; lanes of " << QFileInfo(file).fileName() << ": "
                << known.join(QStringLiteral(", ")) << '\n';
            return 2;
        }
    }

    if (web) {
        const WebPageExporter page(
            TimelineExporter::inputFrom(document, nullptr, options.filterText), options,
            primaryLanguage(language) == QLatin1String("ja") ? QStringLiteral("ja")
                                                             : QStringLiteral("en"));
        if (!options.filterText.isEmpty() && page.eventCount() == 0)
            err << "export: note: no event matches --filter '" << options.filterText << "'\n";
        if (!page.leftOut().isEmpty())
            err << "export: note: left out: " << page.leftOut().join(QStringLiteral(", ")) << '\n';
        const ExportResult result = page.writeFile(output);
        if (!result.ok) {
            err << "export: " << result.error << '\n';
            return 1;
        }
        return 0;
    }

    TimelineExporter exporter(TimelineExporter::inputFrom(document, nullptr, options.filterText),
                              options);
    if (!options.filterText.isEmpty() && exporter.visibleEventCount() == 0)
        err << "export: note: no event matches --filter '" << options.filterText << "'\n";

    if (!library.isEmpty()) {
        SourceLibrary sources;
        QString error;
        if (!sources.scan(library, &error)) {
            err << "export: --library: " << error << '\n';
            return 1;
        }
        // The caption cites sources by name; say which of them have no text to check against.
        const QStringList cited = exporter.citedSources();
        for (const Source &source : dataset.sources) {
            if (cited.contains(source.shortReference()) && !sources.match(source).found())
                err << "export: note: no text for cited source " << source.id << " in " << library
                    << '\n';
        }
    }

    const ExportResult result = exporter.writeFile(output);
    if (!result.ok) {
        err << "export: " << result.error << '\n';
        return 1;
    }
    return 0;
}

} // namespace Anchorline::App
