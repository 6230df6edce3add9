// `anchorline convert IN OUT`: between Anchorline, TimelineJS3 JSON and CSV, and out to
// CSL-JSON and BibTeX bibliographies. Formats come from the file names (and, for .json input,
// from the content).

#include "commands.h"
#include "interchange/exportlosses.h"
#include "interchange/formats.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "subcommandparser.h"

#include <QFile>

namespace Anchorline::App {

using namespace Anchorline::Model;

namespace {

constexpr auto Usage = "usage: anchorline convert IN OUT\n"
                       "  IN:  *.anchorline.json | TimelineJS *.json | *.csv\n"
                       "  OUT: *.anchorline.json | *.json (TimelineJS3) | *.csv | *.csl.json | "
                       "*.bib\n";

void printProblems(const std::vector<LoadError> &problems, QTextStream &err)
{
    for (const LoadError &problem : problems)
        err << problem.toString() << '\n';
}

} // namespace

int runConvertCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    SubcommandParser cli(QStringLiteral("convert"), Usage);
    cli.parser().addPositionalArgument(QStringLiteral("IN"), QStringLiteral("the file to read"));
    cli.parser().addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("the file to write"));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QStringList files = cli.parser().positionalArguments();
    if (files.size() != 2 || files.at(0).isEmpty() || files.at(1).isEmpty())
        return cli.usageError(QStringLiteral("expected IN and OUT"), err);
    const QString in = files.at(0);
    const QString outPath = files.at(1);
    const FileFormat inKind = fileFormatOf(in);
    const FileFormat outKind = fileFormatOf(outPath);
    if (inKind != FileFormat::Anchorline &&
        (inKind == FileFormat::Unknown || !fileFormatInfo(inKind).importable)) {
        err << "convert: cannot read '" << in
            << "': the input must be .anchorline.json, TimelineJS .json or .csv\n"
            << Usage;
        return 2;
    }
    if (outKind == FileFormat::Unknown) {
        err << "convert: cannot tell the output format of '" << outPath
            << "': use .anchorline.json, .json, .csv, .csl.json or .bib\n"
            << Usage;
        return 2;
    }

    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        err << in << ": cannot read: " << file.errorString() << '\n';
        return 1;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    // Read. A .json file is ours when it says "format": "anchorline", TimelineJS when it looks
    // like it; anything else is reported by the TimelineJS reader.
    Dataset dataset;
    std::vector<LoadError> problems;
    bool usable = true;
    if (inKind == FileFormat::Csv) {
        ImportResult result = importBytes(FileFormat::Csv, bytes, in);
        dataset = std::move(result.dataset);
        problems = std::move(result.problems);
        usable = !dataset.events.empty() || problems.empty();
    } else if (inKind == FileFormat::Anchorline || !TimelineJs::looksLikeTimelineJs(bytes)) {
        LoadResult result = DatasetReader::readBytes(bytes, in);
        if (!result.ok() && inKind == FileFormat::TimelineJs && !bytes.contains("\"anchorline\"")) {
            ImportResult imported = importBytes(FileFormat::TimelineJs, bytes, in);
            printProblems(imported.problems, err);
            err << "convert: " << in
                << ": neither an Anchorline dataset nor a TimelineJS file; nothing written\n";
            return 1;
        }
        if (!result.ok()) {
            err << result.errorText() << '\n';
            return 1;
        }
        dataset = std::move(*result.dataset);
    } else {
        ImportResult result = importBytes(FileFormat::TimelineJs, bytes, in);
        dataset = std::move(result.dataset);
        problems = std::move(result.problems);
        usable = !dataset.events.empty() || problems.empty();
    }
    printProblems(problems, err);
    if (!usable) {
        err << "convert: " << in << ": no entry could be used; nothing written\n";
        return 1;
    }
    // An import must give a dataset that Anchorline itself accepts.
    if (outKind == FileFormat::Anchorline) {
        const std::vector<LoadError> invalid = validateDataset(dataset, outPath);
        if (!invalid.empty()) {
            printProblems(invalid, err);
            err << "convert: the converted dataset would not be valid; nothing written\n";
            return 1;
        }
    }

    const QByteArray result = exportBytes(outKind, dataset);
    QString writeError;
    if (!writeFileAtomically(outPath, result, &writeError)) {
        err << outPath << ": cannot write: " << writeError << '\n';
        return 1;
    }
    // What the output format could not hold, in one line (interchange/exportlosses.h).
    if (const QString leftOut = leftOutSummary(outKind, dataset); !leftOut.isEmpty())
        err << outPath << ": " << leftOut << '\n';
    if (!problems.empty()) {
        err << "convert: " << problems.size() << (problems.size() == 1 ? " problem" : " problems")
            << " in " << in << " (listed above); everything else was written to " << outPath
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace Anchorline::App
