// anchorline-bench load: end-to-end load speed (read, parse, build, validate) and peak memory per
// event beyond the file's text (docs/architecture.md §6: ≥ 80 MB/s at 100k and 1M events, ≤ 1
// KB/event). Each file is measured in a fresh child process, so the generator's own memory does not
// count.

#include "benchutil.h"
#include "commands.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "syntheticdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cstdio>

namespace Anchorline::Bench {

using namespace Anchorline::Model;

namespace {

// Measures one file in this process; prints the figures.
int measureFile(const QString &path, int runs)
{
    const qint64 bytes = QFileInfo(path).size();
    const qint64 rssBefore = procStatusKb("VmRSS");
    const qint64 hwmBefore = procStatusKb("VmHWM");
    double bestWall = 1e100;
    double bestCpu = 1e100;
    std::size_t events = 0;
    qint64 hwmAfterFirst = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = cpuMilliseconds();
        timer.start();
        LoadResult result = DatasetReader::readFile(path, benchReadOptions());
        const double wall = timer.nsecsElapsed() / 1e6;
        const double cpu = cpuMilliseconds() - cpuStart;
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.errorText()));
            return 1;
        }
        events = result.dataset->events.size();
        if (run == 0)
            hwmAfterFirst = procStatusKb("VmHWM");
        bestWall = std::min(bestWall, wall);
        bestCpu = std::min(bestCpu, cpu);
    }
    const QString size = sizeLabel(int(events));
    const double mb = double(bytes) / 1e6;
    printFigure(QStringLiteral("load.%1.throughput").arg(size), mb / (bestWall / 1e3), "MB/s",
                "80");
    printFigure(QStringLiteral("load.%1.throughput.cpu").arg(size), mb / (bestCpu / 1e3), "MB/s",
                "80");
    printFigure(QStringLiteral("load.%1.time").arg(size), bestWall, "ms", "none");
    printFigure(QStringLiteral("load.%1.time.cpu").arg(size), bestCpu, "ms", "none");
    // Peak growth of the first load, minus the file's text (readFile holds it while parsing).
    const qint64 baseline = std::max(rssBefore, qint64(0));
    const qint64 peakKb = std::max(hwmAfterFirst, hwmBefore) - baseline;
    const double perEvent = events ? (double(peakKb) * 1024.0 - double(bytes)) / double(events) : 0;
    printFigure(QStringLiteral("load.%1.memory-per-event").arg(size), perEvent, "B", "1024");
    return 0;
}

} // namespace

ReadOptions benchReadOptions()
{
    ReadOptions options;
    options.maxFileSize = qint64(2) * 1024 * 1024 * 1024; // 1M events is ~370 MB
    return options;
}

QString syntheticFile(int events, const QString &dir)
{
    const QString path = QStringLiteral("%1/synthetic-%2.anchorline.json").arg(dir).arg(events);
    if (QFileInfo::exists(path))
        return path;
    SyntheticOptions options;
    options.events = events;
    const SaveResult saved = DatasetWriter::writeFile(makeSyntheticDataset(options), path);
    if (!saved.ok) {
        std::fprintf(stderr, "anchorline-bench: %s\n", qPrintable(saved.error));
        return {};
    }
    return path;
}

QString benchDataDir()
{
    const QString dir = qEnvironmentVariableIsSet("ANCHORLINE_BENCH_DATA")
                            ? qEnvironmentVariable("ANCHORLINE_BENCH_DATA")
                            : QDir::tempPath() + QStringLiteral("/anchorline-bench");
    QDir().mkpath(dir);
    return dir;
}

int runLoadChild(const QStringList &args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
        return 1;
    return child.exitCode();
}

int runLoad(const QStringList &args)
{
    QString file;
    QList<int> sizes{100000, 1000000};
    int runs = 3;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--file") && i + 1 < args.size()) {
            file = args[++i];
        } else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &part : args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes << part.toInt();
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else {
            std::fprintf(stderr, "usage: anchorline-bench load [--sizes 100000,1000000] "
                                 "[--runs 3] | load --file FILE\n");
            return 2;
        }
    }
    if (!file.isEmpty())
        return measureFile(file, runs);
    const QString dir = benchDataDir();
    int status = 0;
    for (int n : sizes) {
        const QString path = syntheticFile(n, dir);
        if (path.isEmpty())
            return 1;
        status |= runLoadChild({QStringLiteral("load"), QStringLiteral("--file"), path,
                                QStringLiteral("--runs"), QString::number(runs)});
    }
    return status;
}

} // namespace Anchorline::Bench
