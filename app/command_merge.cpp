// `anchorline merge BASE OURS THEIRS [-o OUT]`: a three-way merge by id and field
// (model/merge/threewaymerge.h), usable as Git's merge driver (`%O %A %B`, docs/user-guide.md).

#include "commands.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "merge/threewaymerge.h"
#include "subcommandparser.h"

#include <QFileInfo>

namespace Anchorline::App {

using namespace Anchorline::Model;

namespace {

constexpr auto Usage =
    "usage: anchorline merge BASE OURS THEIRS [-o OUT] [--name PATH]\n"
    "  writes the merge to OUT, or over OURS without -o (as Git's merge driver: %O %A %B)\n"
    "  exit 0: merged, 1: merged with conflicts (listed on stderr and in the file's\n"
    "  \"conflicts\"), 2: an input cannot be read or no valid result could be made (nothing\n"
    "  written)\n";

} // namespace

int runMergeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    SubcommandParser cli(QStringLiteral("merge"), Usage);
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Where to write the result (default: OURS)."),
                                    QStringLiteral("OUT"));
    cli.addOption(output);
    const QCommandLineOption name(
        QStringLiteral("name"),
        QStringLiteral("The file's name in messages (Git's temporary files have none: %P)."),
        QStringLiteral("PATH"));
    cli.addOption(name);
    cli.parser().addPositionalArgument(QStringLiteral("BASE"),
                                       QStringLiteral("the common ancestor"));
    cli.parser().addPositionalArgument(QStringLiteral("OURS"), QStringLiteral("our version"));
    cli.parser().addPositionalArgument(QStringLiteral("THEIRS"), QStringLiteral("their version"));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QStringList files = cli.parser().positionalArguments();
    if (files.size() != 3)
        return cli.usageError(QStringLiteral("expected BASE, OURS and THEIRS"), err);
    const QString target = cli.parser().isSet(output) ? cli.parser().value(output) : files.at(1);
    if (target.isEmpty())
        return cli.usageError(QStringLiteral("-o needs a file name"), err);

    std::vector<Dataset> inputs;
    for (const QString &path : files) {
        LoadResult result = DatasetReader::readFile(path);
        if (!result.ok()) {
            err << result.errorText() << '\n' << "merge: nothing written\n";
            return 2;
        }
        inputs.push_back(std::move(*result.dataset));
    }
    const MergeOutcome outcome = ThreeWayMerge::merge(inputs[0], inputs[1], inputs[2]);
    if (!outcome.dataset) {
        for (const LoadError &error : outcome.errors)
            err << error.toString() << '\n';
        err << "merge: the merged data would not load; nothing written\n";
        return 2;
    }
    // The bytes are checked once more as read from disk would be; a backup file ("OUT~") would
    // be an untracked file in the middle of a Git merge, so none is made.
    const QByteArray bytes = DatasetWriter::toBytes(*outcome.dataset);
    const LoadResult check = DatasetReader::readBytes(bytes, target);
    if (!check.ok()) {
        err << check.errorText() << '\n'
            << "merge: the merged data would not load; nothing written\n";
        return 2;
    }
    QString why;
    if (!writeFileAtomically(target, bytes, &why)) {
        err << "merge: cannot write " << target << ": " << why << "; nothing written\n";
        return 2;
    }
    const QString shownName = cli.parser().isSet(name) ? cli.parser().value(name) : target;
    for (const MergeConflict &conflict : outcome.conflicts)
        err << shownName << ": " << ThreeWayMerge::describe(conflict) << '\n';
    if (!outcome.conflicts.empty()) {
        err << shownName << ": " << outcome.conflicts.size()
            << (outcome.conflicts.size() == 1 ? " conflict" : " conflicts")
            << " kept our value; resolve in Anchorline (Edit > Resolve Merge Conflicts...)\n";
        return 1;
    }
    return 0;
}

} // namespace Anchorline::App
