#include "commands.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

namespace {

const char *const commandHelp = R"(
Commands (run without a window):
  validate FILE...              check files; prints file:line:col: /pointer: message per error
  stats FILE                    counts of events, sources, anchors, ... and the date range
  anchors FILE --library DIR    resolve every evidence anchor against the texts in DIR

Exit codes: 0 success, 1 invalid input or failed check, 2 wrong usage.
)";

bool isCommand(const char *arg)
{
    const QString name = QString::fromLocal8Bit(arg);
    return name == QLatin1String("validate") || name == QLatin1String("stats") ||
           name == QLatin1String("anchors");
}

bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Anchorline: an explorer for policy timelines.") +
        QLatin1String(commandHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        QCommandLineOption(QStringLiteral("library"),
                           QStringLiteral("Folder with the source texts (articles) to attach."),
                           QStringLiteral("DIR")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("Dataset to open (*.anchorline.json); without it, the bundled dataset."),
        QStringLiteral("[FILE]"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Anchorline"));
    QCoreApplication::setApplicationName(QStringLiteral("Anchorline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANCHORLINE_VERSION));

    if (argc > 1 && isCommand(argv[1])) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Anchorline::App::runCommandLine(app.arguments(), out, err);
    }

    if (wantsHelpOrVersion(argc, argv)) {
        // No display is needed to print help or the version.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Anchorline"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    Anchorline::App::MainWindow window;
    if (parser.isSet(QStringLiteral("library")))
        window.setLibraryFolder(
            QFileInfo(parser.value(QStringLiteral("library"))).absoluteFilePath());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openBundledDataset();
    else
        window.openFile(files.front());
    window.show();
    return app.exec();
}
