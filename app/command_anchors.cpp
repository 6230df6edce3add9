// `anchorline anchors FILE --library DIR`: resolves every evidence anchor of a dataset against
// the source texts of a library folder and reports, per source, how many were placed.

#include "anchoring/anchorresolver.h"
#include "anchoring/sourcelibrary.h"
#include "commands.h"
#include "io/datasetreader.h"
#include "subcommandparser.h"

#include <QDir>
#include <QFileInfo>
#include <map>
#include <memory>

namespace Anchorline::App {

using namespace Anchorline::Model;

namespace {

constexpr auto Usage = "usage: anchorline anchors FILE --library DIR\n";

// The quote on one line, so that every reported anchor stays one line of output.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return line;
}

} // namespace

int runAnchorsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    SubcommandParser cli(QStringLiteral("anchors"), Usage);
    cli.addOption(QCommandLineOption(QStringLiteral("library"),
                                     QStringLiteral("the folder of source texts"),
                                     QStringLiteral("DIR")));
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the dataset"));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QStringList files = cli.parser().positionalArguments();
    if (files.size() > 1)
        return cli.usageError(QStringLiteral("unexpected argument '%1'").arg(files.at(1)), err);
    const QString file = files.value(0);
    const QString library = cli.parser().value(QStringLiteral("library"));
    if (file.isEmpty() || library.isEmpty())
        return cli.usageError(
            file.isEmpty() ? QStringLiteral("no FILE") : QStringLiteral("no --library DIR"), err);

    SourceLibrary sources;
    QString error;
    if (!sources.scan(library, &error)) {
        err << "anchors: " << error << '\n';
        return 2;
    }
    for (const QString &problem : sources.problems())
        err << "anchors: skipped " << problem << '\n';

    const LoadResult loaded = DatasetReader::readFile(file);
    if (!loaded.ok()) {
        err << loaded.errorText() << '\n';
        return 1;
    }
    const Dataset &dataset = *loaded.dataset;

    // A source's `file` may also lie beside the dataset (docs/format.md, Source).
    const QDir datasetDir = QFileInfo(file).absoluteDir();
    for (const Source &source : dataset.sources) {
        if (source.file.isEmpty() || !sources.match(source).path.isEmpty())
            continue;
        const QString beside = datasetDir.filePath(source.file);
        if (QFileInfo(beside).isFile())
            sources.addFile(beside, source.file);
    }

    // Anchors grouped by source id, in file order; ids no source declares come last.
    std::map<QString, std::vector<AnchorLocation>> bySource;
    for (const AnchorLocation &location : anchorLocations(dataset))
        bySource[location.anchor->source].push_back(location);
    QStringList order;
    for (const Source &source : dataset.sources)
        order.append(source.id);
    for (const auto &[id, anchors] : bySource) {
        if (!order.contains(id))
            order.append(id);
    }

    bool allResolved = true;
    for (const QString &id : order) {
        const std::vector<AnchorLocation> &anchors = bySource[id];
        const int index = dataset.indexOfSource(id);
        const SourceText text = index >= 0 ? sources.match(dataset.sources[std::size_t(index)],
                                                           SourceLibrary::quotesOf(dataset, id))
                                           : SourceText{};

        std::vector<std::pair<const AnchorLocation *, QString>> failures;
        int resolved = 0;
        if (text.found()) {
            const AnchorResolver resolver(text.text);
            for (const AnchorLocation &location : anchors) {
                const AnchorResolution resolution = resolver.resolve(*location.anchor);
                if (resolution.ok())
                    ++resolved;
                else
                    failures.emplace_back(&location, resolution.reason());
            }
        } else {
            AnchorResolution missing;
            missing.failure = AnchorFailure::NoText;
            for (const AnchorLocation &location : anchors)
                failures.emplace_back(&location, missing.reason());
        }
        const QString where = text.found() ? QDir::toNativeSeparators(text.path)
                                           : (index >= 0 ? QStringLiteral("no text found")
                                                         : QStringLiteral("unknown source"));
        out << id << ": " << resolved << '/' << anchors.size() << " (" << where << ")\n";
        if (text.found() && looksUnlikeSource(resolved, int(anchors.size())))
            out << "  " << QDir::toNativeSeparators(text.path) << " (matched by "
                << sourceMatchName(text.match) << ") does not look like the text of " << id << ": "
                << (anchors.size() - std::size_t(resolved)) << " of " << anchors.size()
                << " anchors not placed\n";
        for (const auto &[location, reason] : failures) {
            out << "  " << location->pointer << ": " << reason << ": \""
                << oneLine(location->anchor->exact) << "\"\n";
        }
        if (!failures.empty())
            allResolved = false;
    }
    return allResolved ? 0 : 1;
}

} // namespace Anchorline::App
