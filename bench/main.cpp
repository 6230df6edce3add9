// anchorline-bench: benchmarks and the synthetic dataset generator (docs/architecture.md §6).
// Every figure is printed as one line, `name value unit (target X)`.

#include "commands.h"

#include <QGuiApplication>
#include <cstdio>
#include <functional>

namespace {

struct Command
{
    const char *name;
    const char *usage;
    std::function<int(const QStringList &)> run;
};

const Command commands[] = {
    {"generate", "generate --events N [--lanes 8] [--seed 42] -o FILE",
     Anchorline::Bench::runGenerate},
    {"render",
     "render FILE | render --sizes 10000,100000,1000000 [--frames 60] [--scale linear|focus]",
     Anchorline::Bench::runRender},
    {"export", "export [--events 10000] [--runs 3]", Anchorline::Bench::runExport},
    {"filter", "filter [--events 100000]", Anchorline::Bench::runFilter},
    {"load", "load [--sizes 100000,1000000] [--runs 3] | load --file FILE [--runs 3]",
     Anchorline::Bench::runLoad},
    {"open", "open [--runs 3]", Anchorline::Bench::runOpen},
    {"all", "all [--quick]", Anchorline::Bench::runAll},
    {"chart", "chart -o FILE.svg [--sizes 10000,30000,100000,300000,1000000] [--frames 10]",
     Anchorline::Bench::runChart},
};

int usage()
{
    std::fprintf(stderr, "usage:\n");
    for (const Command &command : commands)
        std::fprintf(stderr, "  anchorline-bench %s\n", command.usage);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // The benchmark never opens a window; it must run on a headless machine too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString name = args.takeFirst();
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(args);
    }
    std::fprintf(stderr, "anchorline-bench: unknown command '%s'\n", qPrintable(name));
    return usage();
}
