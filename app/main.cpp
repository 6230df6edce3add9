#include "commands.h"
#include "core/freedmemory.h"
#include "interfacelanguage.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHashSeed>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

const char *const commandHelp = R"(
Commands (run without a window):
  validate FILE...              check files; on stderr file:line:col: /pointer: message per
                                error ("warning:" for defaults filled in), on stdout a summary
  stats FILE                    counts of events, sources, anchors, ... and the date range
  anchors FILE --library DIR    resolve every evidence anchor against the texts in DIR
  export FILE -o OUT.png|OUT.svg|OUT.pdf [options]
                                the timeline as an image, as the window draws it; no display
                                needed. Options:
      --from DATE --to DATE     date window (EDTF: 2013, 2026-12, 2022-12-16); default: all
      --width PX --height PX    pixel size (default 1920x1080; 3840x2160 and wider draw at 2x)
      --page A4|A3              landscape page instead of a pixel size (PNG at 300 dpi)
      --dpi N                   resolution written into the file and scale of the text
      --theme light|dark|high-contrast
      --scale linear|focus      time scale; focus compresses long stretches without events
      --lanes ID,...            lanes to show, in order: actor ids or short names (jp,us)
      --filter TEXT             only events matching TEXT (as the search box)
      --title TEXT | --no-title --no-legend --caption (cited sources' short references)
      --pages-wide N            PDF: split the date window over N pages
      --today DATE|none         where the "today" line is drawn (default: the current date)
      --library DIR             source texts; notes cited sources without a text in DIR
                                With --today, the same input gives the same bytes (PNG, SVG,
                                PDF).
  convert IN OUT                convert by file name: IN is .anchorline.json, TimelineJS .json
                                (recognised by content) or .csv (TimelineJS spreadsheet columns
                                plus Id, Date (EDTF), Kind, Actors, Themes, Evidence); OUT is
                                one of those or .csl.json / .bib (the sources as CSL-JSON or
                                BibTeX). Entries that cannot be used are listed on stderr as
                                file: /pointer: message (JSON) or file:line:0: row N: message
                                (CSV); the rest is converted.
  diff A B [--json]             what changed between two datasets, by id and field; exit 0
                                when equal, 1 when different. --git PATH OLD HEX MODE NEW HEX
                                MODE: as Git's external diff driver (docs/user-guide.md)
  merge BASE OURS THEIRS [-o OUT] [--name PATH]
                                three-way merge by id and field, as Git's merge driver (%O %A
                                %B; without -o it writes OURS). Conflicts keep our value, are
                                listed on stderr and in the file's "conflicts"; exit 1

Exit codes: 0 success, 1 invalid input or failed check (validate, stats, anchors), unreadable
input or unwritable output (export, convert), or entries of IN left out (convert: the rest is
still written), 2 wrong usage (unknown option, bad value, unknown lane or format); diff and merge
exit 2 when an input cannot be read (merge then writes nothing).
)";

bool isCommand(const char *arg)
{
    const QString name = QString::fromLocal8Bit(arg);
    return name == QLatin1String("validate") || name == QLatin1String("stats") ||
           name == QLatin1String("anchors") || name == QLatin1String("export") ||
           name == QLatin1String("convert") || name == QLatin1String("diff") ||
           name == QLatin1String("merge");
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
    parser.addOption(QCommandLineOption(
        QStringLiteral("language"),
        QStringLiteral("Interface language: ja or en (default: the setting ui/language, else the "
                       "system locale)."),
        QStringLiteral("LANG")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("Dataset to open (*.anchorline.json); without it, the bundled dataset."),
        QStringLiteral("[FILE]"));
}

// The interface language: --language, else the setting ui/language (system | en | ja), else the
// system locale.
void installTranslations(QApplication &app, const QString &option)
{
    QString choice = option;
    if (choice.isEmpty())
        choice =
            QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    Anchorline::App::installInterfaceLanguage(
        app, choice == QLatin1String("system") || choice.isEmpty() ? QLocale::system()
                                                                   : QLocale(choice));
}

// anchorline-bench all (docs/architecture.md §6, start-up <= 300 ms): with
// ANCHORLINE_EXIT_AFTER_FIRST_PAINT set, prints the ms from the top of main() to the main window's
// first paint, then quits. The times of the steps before it go to stderr (`# startup: window 33 ms,
// ...`), to see which costs.
struct FirstPaintProbe final : QObject
{
    QElapsedTimer clock;
    bool seen = false;
    QByteArray steps;
    void step(const char *name)
    {
        steps += QByteArray(steps.isEmpty() ? "# startup: " : ", ") + name + ' ' +
                 QByteArray::number(clock.elapsed()) + " ms";
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !seen) {
            seen = true;
            step("first paint");
            std::fprintf(stderr, "%s\n", steps.constData());
            std::printf("startup.first-paint %lld\n", qlonglong(clock.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

// anchorline-bench open (issue 10: the window stays responsive while a large file loads): with
// ANCHORLINE_MEASURE_OPEN=FILE, the shown window opens FILE as File ▸ Open does while a 5 ms timer
// ticks on the GUI thread. Prints the longest gap between ticks while the file loads (parse on
// the worker, progress dialog on the GUI thread); the hand-over, from the last tick before the
// loaded dataset reached the document until the window has painted it (models, views and the
// first frame, all on the GUI thread); and the longest gap between ticks from that last tick
// until a second after that paint: what the hand-over holds the event loop in one piece, the
// figure the 50 ms target is about, since work the window does in later turns lets input in
// between (the second takes in that later work, and the heaps being trimmed on a worker). Then
// the window's resident memory, and its peak.
struct OpenStallProbe final : QObject
{
    static constexpr int SettleMs = 1000;
    QElapsedTimer clock;
    QTimer ticker;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    qint64 handOverStart = -1;
    qint64 loadingStall = 0;
    qint64 painted = -1;
    bool waitingForPaint = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && waitingForPaint) {
            waitingForPaint = false;
            QTimer::singleShot(0, this, [this] {
                painted = clock.elapsed();
                tick();
                QTimer::singleShot(SettleMs, this, [this] { finish(); });
            });
        }
        return false;
    }
    void tick()
    {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    }
    void start(Anchorline::App::MainWindow &window, const QString &path)
    {
        window.installEventFilter(this);
        ticker.setInterval(5);
        ticker.setTimerType(Qt::PreciseTimer);
        connect(&ticker, &QTimer::timeout, this, [this] { tick(); });
        QTimer::singleShot(300, this, [this, &window, path] {
            clock.start();
            ticker.start();
            const bool ok = window.openFile(path);
            // The loader has handed the dataset over: what follows is GUI work. The ticks go on,
            // and the next one measures this turn.
            loadingStall = longestGap;
            longestGap = 0;
            handOverStart = lastTick;
            std::printf("open.ok %d\nopen.returned %lld\n", int(ok), qlonglong(clock.elapsed()));
            waitingForPaint = true;
            window.update();
        });
    }
    void finish()
    {
        tick();
        // What the window holds once it has settled with the file, and the most it held on the
        // way (the file's bytes and the dataset being built are both alive while it loads).
        const Anchorline::Model::ResidentMemory memory = Anchorline::Model::residentMemory();
        std::printf("open.painted %lld\nopen.loading.longest-stall %lld\nopen.hand-over %lld\n"
                    "open.hand-over.longest-stall %lld\nopen.window-memory-kib %lld\n"
                    "open.peak-memory-kib %lld\n",
                    qlonglong(painted), qlonglong(loadingStall), qlonglong(painted - handOverStart),
                    qlonglong(longestGap), qlonglong(memory.residentKiB),
                    qlonglong(memory.peakKiB));
        std::fflush(stdout);
        QCoreApplication::quit();
    }
};

} // namespace

int main(int argc, char *argv[])
{
    FirstPaintProbe probe; // see above
    probe.clock.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Anchorline"));
    QCoreApplication::setApplicationName(QStringLiteral("Anchorline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANCHORLINE_VERSION));

    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        // The same input gives the same bytes: Qt's PDF writer lists fonts in hash order, which
        // a random hash seed changes from run to run.
        QHashSeed::setDeterministicGlobalSeed();
        // Painting needs fonts and a GUI application, but never a window or a display.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Anchorline::App::runCommandLine(app.arguments(), out, err);
    }
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
    // Lets Wayland compositors match the window to the .desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.anchorline.Anchorline"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    installTranslations(app, parser.value(QStringLiteral("language")));
    probe.step("application");

    Anchorline::App::MainWindow window;
    probe.step("window");
    if (parser.isSet(QStringLiteral("library")))
        window.setLibraryFolder(
            QFileInfo(parser.value(QStringLiteral("library"))).absoluteFilePath());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openBundledDataset(); // small and in the binary: the first frame shows it
    probe.step("dataset");
    if (qEnvironmentVariableIsSet("ANCHORLINE_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&probe);
    OpenStallProbe openProbe; // see above
    if (qEnvironmentVariableIsSet("ANCHORLINE_MEASURE_OPEN"))
        openProbe.start(window, qEnvironmentVariable("ANCHORLINE_MEASURE_OPEN"));
    window.show();
    probe.step("shown");
    if (files.isEmpty()) {
        window.offerRecovery();
    } else {
        // A file named on the command line opens as one from File ▸ Open does: once the window
        // is on screen, behind its progress bar, so that a large file never keeps the window
        // from showing (issue 25). Recovery is offered when it is open.
        QTimer::singleShot(0, &window, [&window, path = files.front()] {
            window.openFile(path);
            window.offerRecovery();
        });
    }
    return app.exec();
}
