// `anchorline export FILE -o OUT.png|svg|pdf [options]`: the timeline as an image without a
// window, through the same TimelineExporter the export dialog uses.

#include "anchoring/sourcelibrary.h"
#include "commands.h"
#include "document/document.h"
#include "export/timelineexport.h"
#include "io/datasetreader.h"

#include <QFileInfo>
#include <QSet>
#include <limits>

namespace Anchorline::App {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

constexpr auto Usage =
    "usage: anchorline export FILE -o OUT.png|OUT.svg|OUT.pdf [--from DATE] [--to DATE]\n"
    "         [--width PX --height PX | --page A4|A3] [--dpi N] [--theme "
    "light|dark|high-contrast]\n"
    "         [--scale linear|focus]\n"
    "         [--lanes ID,...] [--filter TEXT] [--title TEXT] [--no-title] [--no-legend]\n"
    "         [--caption] [--pages-wide N] [--today DATE|none] [--library DIR]\n";

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
    try {
        for (qsizetype i = 0; i < args.size(); ++i) {
            QString arg = args.at(i);
            QString value;
            bool hasInlineValue = false;
            if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
                value = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
                arg = arg.left(arg.indexOf(QLatin1Char('=')));
                hasInlineValue = true;
            }
            auto next = [&]() -> QString {
                if (hasInlineValue)
                    return value;
                if (i + 1 >= args.size())
                    throw UsageError{QStringLiteral("%1 needs a value").arg(arg)};
                return args.at(++i);
            };
            if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
                output = next();
            } else if (arg == QLatin1String("--from")) {
                options.startDay = double(toDate(arg, next()).earliest());
            } else if (arg == QLatin1String("--to")) {
                options.endDay = double(toDate(arg, next()).latest()) + 1;
            } else if (arg == QLatin1String("--width")) {
                width = toInt(arg, next(), 16, 32768);
            } else if (arg == QLatin1String("--height")) {
                height = toInt(arg, next(), 16, 32768);
            } else if (arg == QLatin1String("--page")) {
                const QString page = next().toUpper();
                if (page == QLatin1String("A4"))
                    options.page = ExportPage::A4Landscape;
                else if (page == QLatin1String("A3"))
                    options.page = ExportPage::A3Landscape;
                else
                    throw UsageError{QStringLiteral("--page expects A4 or A3, not '%1'").arg(page)};
            } else if (arg == QLatin1String("--dpi")) {
                options.dpi = toInt(arg, next(), 36, 1200);
            } else if (arg == QLatin1String("--theme")) {
                const QString theme = next().toLower();
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
            } else if (arg == QLatin1String("--scale")) {
                const QString scale = next().toLower();
                if (scale == QLatin1String("linear"))
                    options.focusScale = false;
                else if (scale == QLatin1String("focus"))
                    options.focusScale = true;
                else
                    throw UsageError{
                        QStringLiteral("--scale expects linear or focus, not '%1'").arg(scale)};
            } else if (arg == QLatin1String("--lanes")) {
                lanes = next();
            } else if (arg == QLatin1String("--filter")) {
                options.filterText = next();
            } else if (arg == QLatin1String("--title")) {
                options.title = next();
                options.showTitle = true;
            } else if (arg == QLatin1String("--no-title")) {
                options.showTitle = false;
            } else if (arg == QLatin1String("--no-legend")) {
                options.showLegend = false;
            } else if (arg == QLatin1String("--caption")) {
                options.showCaption = true;
            } else if (arg == QLatin1String("--pages-wide")) {
                options.pagesWide = toInt(arg, next(), 1, 50);
            } else if (arg == QLatin1String("--today")) {
                todayText = next();
            } else if (arg == QLatin1String("--library")) {
                library = next();
            } else if (!arg.startsWith(QLatin1Char('-')) && file.isEmpty()) {
                file = arg;
            } else {
                throw UsageError{QStringLiteral("unexpected argument '%1'").arg(arg)};
            }
        }
        if (file.isEmpty())
            throw UsageError{QStringLiteral("no input FILE")};
        if (output.isEmpty())
            throw UsageError{QStringLiteral("no output file (-o OUT.png, OUT.svg or OUT.pdf)")};
        const auto format = exportFormatForPath(output);
        if (!format)
            throw UsageError{
                QStringLiteral("cannot tell the format of '%1': use .png, .svg or .pdf")
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
    document.setDataset(std::move(*loaded.dataset), file);
    const Dataset &dataset = document.dataset();

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
