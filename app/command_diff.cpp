// `anchorline diff A B`: what changed between two versions of a dataset, by id and field
// (model/merge/semanticdiff.h). Also Git's external diff driver (docs/user-guide.md).

#include "commands.h"
#include "io/datasetreader.h"
#include "merge/datasetjson.h"
#include "merge/semanticdiff.h"
#include "subcommandparser.h"

namespace Anchorline::App {

using namespace Anchorline::Model;

namespace {

constexpr auto Usage =
    "usage: anchorline diff [--json] A B\n"
    "       anchorline diff --git PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE\n"
    "  exit 0: the same data, 1: different, 2: a file cannot be read\n"
    "  --git: as Git's external diff driver (diff.<driver>.command); always exits 0, as Git\n"
    "         stops at any other exit code: a file that cannot be read is reported in the\n"
    "         output instead\n";

// Git passes /dev/null for the side where the file does not exist.
std::optional<DatasetJson::Json> readSide(const QString &path, QTextStream &err)
{
    if (path == QLatin1String("/dev/null"))
        return DatasetJson::Json::object();
    const LoadResult result = DatasetReader::readFile(path);
    if (!result.ok()) {
        err << result.errorText() << '\n';
        return std::nullopt;
    }
    return DatasetJson::toJson(*result.dataset);
}

} // namespace

int runDiffCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    SubcommandParser cli(QStringLiteral("diff"), Usage);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the changes as JSON, for tools."));
    const QCommandLineOption git(QStringLiteral("git"),
                                 QStringLiteral("Take Git's seven external diff arguments."));
    cli.addOption(json);
    cli.addOption(git);
    cli.parser().addPositionalArgument(QStringLiteral("A"), QStringLiteral("the older version"));
    cli.parser().addPositionalArgument(QStringLiteral("B"), QStringLiteral("the newer version"));
    if (const auto exitCode = cli.parse(args, out, err))
        return *exitCode;
    const QStringList files = cli.parser().positionalArguments();
    const bool asGit = cli.parser().isSet(git);
    if (asGit && files.size() != 7)
        return cli.usageError(
            QStringLiteral("--git expects Git's 7 arguments, found %1").arg(files.size()), err);
    if (!asGit && files.size() != 2)
        return cli.usageError(QStringLiteral("expected two files A and B"), err);
    const QString before = asGit ? files.at(1) : files.at(0);
    const QString after = asGit ? files.at(4) : files.at(1);
    // Git shows what the driver prints and gives up on the whole diff at a non-zero exit: a
    // version that does not load (a half-edited file) is reported where its diff would be.
    QString problems;
    QTextStream problemStream(&problems);
    QTextStream &readErrors = asGit ? problemStream : err;
    const auto a = readSide(before, readErrors);
    const auto b = a ? readSide(after, readErrors) : std::nullopt;
    if (!a || !b) {
        if (!asGit)
            return 2;
        problemStream.flush();
        out << "anchorline diff " << files.at(0) << ": cannot compare, a version does not load "
            << "(git diff --no-ext-diff shows the lines):\n"
            << problems;
        return 0;
    }
    const std::vector<ItemChange> changes = SemanticDiff::compare(*a, *b);
    if (cli.parser().isSet(json)) {
        out << DatasetJson::toQString(SemanticDiff::toJson(changes).dump(2)) << '\n';
    } else {
        if (asGit)
            out << "anchorline diff " << files.at(0) << '\n';
        out << SemanticDiff::toText(changes);
        if (asGit && changes.empty())
            out << "(no change to the data)\n";
    }
    if (asGit)
        return 0;
    return changes.empty() ? 0 : 1;
}

} // namespace Anchorline::App
