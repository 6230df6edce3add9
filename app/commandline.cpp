#include "commands.h"
#include "io/datasetreader.h"
#include "subcommandparser.h"

#include <QFileInfo>

namespace Anchorline::App {

using namespace Anchorline::Model;

int runValidateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    SubcommandParser cli(QStringLiteral("validate"), "usage: anchorline validate FILE...\n");
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("files to check"),
                                       QStringLiteral("FILE..."));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QStringList files = cli.parser().positionalArguments();
    if (files.isEmpty())
        return cli.usageError(QStringLiteral("no FILE"), err);
    // Findings (errors, then warnings) go to stderr; each file's one-line summary to stdout.
    bool allValid = true;
    for (const QString &path : files) {
        const LoadResult result = DatasetReader::readFile(path);
        if (!result.errors.empty())
            err << result.errorText() << '\n';
        if (!result.warnings.empty())
            err << result.warningText() << '\n';
        err.flush();
        if (result.ok()) {
            out << path << ": ok (" << result.dataset->events.size() << " events, "
                << result.dataset->anchorCount() << " anchors";
            if (!result.warnings.empty())
                out << ", " << result.warnings.size()
                    << (result.warnings.size() == 1 ? " warning" : " warnings");
            out << ")\n";
            continue;
        }
        allValid = false;
        out << path << ": invalid (" << result.errors.size() << (result.truncated ? "+" : "")
            << (result.errors.size() == 1 ? " error" : " errors") << ")\n";
    }
    return allValid ? 0 : 1;
}

int runStatsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    SubcommandParser cli(QStringLiteral("stats"), "usage: anchorline stats FILE\n");
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the dataset"));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QStringList files = cli.parser().positionalArguments();
    if (files.size() != 1)
        return cli.usageError(
            files.isEmpty() ? QStringLiteral("no FILE") : QStringLiteral("one FILE only"), err);
    const LoadResult result = DatasetReader::readFile(files.front());
    if (!result.ok()) {
        err << result.errorText() << '\n';
        return 1;
    }
    const Dataset &d = *result.dataset;
    std::size_t points = 0;
    for (const Metric &metric : d.metrics)
        points += metric.points.size();
    std::size_t steps = 0;
    for (const Tour &tour : d.tours)
        steps += tour.steps.size();
    out << "title: " << d.title << '\n'
        << "events: " << d.events.size() << '\n'
        << "sources: " << d.sources.size() << '\n'
        << "anchors: " << d.anchorCount() << '\n'
        << "relations: " << d.relations.size() << '\n'
        << "actors: " << d.actors.size() << '\n'
        << "themes: " << d.themes.size() << '\n'
        << "eras: " << d.eras.size() << '\n'
        << "metrics: " << d.metrics.size() << " (" << points << " points)\n"
        << "tours: " << d.tours.size() << " (" << steps << " steps)\n";
    if (!d.events.empty()) {
        const auto [from, to] = d.dateRange();
        out << "date range: " << isoDayString(from) << " to " << isoDayString(to) << '\n';
    }
    return 0;
}

int runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() < 2)
        return -1;
    const QString command = args.at(1);
    const QStringList rest = args.mid(2);
    if (command == QLatin1String("validate"))
        return runValidateCommand(rest, out, err);
    if (command == QLatin1String("stats"))
        return runStatsCommand(rest, out, err);
    if (command == QLatin1String("anchors"))
        return runAnchorsCommand(rest, out, err);
    if (command == QLatin1String("export"))
        return runExportCommand(rest, out, err);
    if (command == QLatin1String("convert"))
        return runConvertCommand(rest, out, err);
    if (command == QLatin1String("diff"))
        return runDiffCommand(rest, out, err);
    if (command == QLatin1String("merge"))
        return runMergeCommand(rest, out, err);
    return -1;
}

} // namespace Anchorline::App
