// anchorline-bench render: frame times of TimelineRenderer at 1600x900 (docs/architecture.md §6).

#include "benchutil.h"
#include "commands.h"
#include "core/partialdate.h"
#include "index/eventindex.h"
#include "io/datasetreader.h"
#include "layout/focuswarp.h"
#include "syntheticdata.h"
#include "timeline/timelinerenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace Anchorline::Bench {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats summarise(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    return s;
}

void print(const QString &name, double value, const char *unit, double target)
{
    std::printf("%s %.2f %s (target %g)\n", qPrintable(name), value, unit, target);
    std::fflush(stdout);
}

struct Scenario
{
    const char *name;
    double span; // days visible; 0 = fit all
    double center;
};

void benchmarkDataset(const Dataset &data, const QString &size, int frames, bool focus)
{
    const int count = int(data.events.size());
    const double target = count > 100000 ? 16 : 8;

    QElapsedTimer timer;
    timer.start();
    EventIndex index;
    index.build(data);
    print(QStringLiteral("index.build.%1").arg(size), timer.nsecsElapsed() / 1e6, "ms",
          count > 100000 ? 1000 : 100);

    // A filter keystroke: refilter and recount (the proxy's own pass is measured elsewhere).
    timer.restart();
    index.refilter([&](int event) { return event % 3 != 0; });
    print(QStringLiteral("index.refilter.%1").arg(size), timer.nsecsElapsed() / 1e6, "ms", 30);
    index.setAllVisible();

    // The focus scale's warp is built once per data or filter change, not per frame.
    std::shared_ptr<const FocusWarp> warp;
    if (focus) {
        timer.restart();
        warp = std::make_shared<const FocusWarp>(FocusWarp::fromIndex(index));
        print(QStringLiteral("focus.build.%1").arg(size), timer.nsecsElapsed() / 1e6, "ms",
              count > 100000 ? 100 : 10);
        std::printf("focus.breaks.%s %d\n", qPrintable(size), int(warp->breaks().size()));
    }

    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    RenderOptions options;
    options.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    options.today = daysFromCivil(2026, 1, 15);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);

    const auto [first, last] = renderer.overviewRange();
    const double middle = daysFromCivil(1965, 6, 1);
    const Scenario scenarios[] = {
        {"fit", 0, (first + last) / 2},
        {"mid", 3650, middle}, // ten years
        {"deep", 45, middle},  // six weeks
    };
    for (const Scenario &scenario : scenarios) {
        const double span = scenario.span > 0 ? scenario.span : last - first;
        TimelineViewState state;
        state.startDay = scenario.center - span / 2;
        state.endDay = scenario.center + span / 2;
        state.warp = warp;
        const FrameTimes measured =
            timeFrames(renderer, image, state, options, frames, span * 0.004, 10);
        const std::vector<double> &times = measured.wall;
        const std::vector<double> &cpuTimes = measured.cpu;
        const QString prefix =
            QStringLiteral("render.%1.%2").arg(QLatin1String(scenario.name), size);
        const Stats s = summarise(times);
        print(prefix + QStringLiteral(".median"), s.median, "ms", target);
        print(prefix + QStringLiteral(".p95"), s.p95, "ms", target);
        const Stats c = summarise(cpuTimes);
        print(prefix + QStringLiteral(".cpu.median"), c.median, "ms", target);
        print(prefix + QStringLiteral(".cpu.p95"), c.p95, "ms", target);
    }
    if (qEnvironmentVariableIsSet("ANCHORLINE_BENCH_SAVE")) {
        // For looking at what was measured.
        const QString dir = qEnvironmentVariable("ANCHORLINE_BENCH_SAVE");
        for (const Scenario &scenario : scenarios) {
            const double span = scenario.span > 0 ? scenario.span : last - first;
            TimelineViewState state;
            state.startDay = scenario.center - span / 2;
            state.endDay = scenario.center + span / 2;
            state.warp = warp;
            QPainter painter(&image);
            renderer.render(painter, QRectF(0, 0, 1600, 900), state, options);
            painter.end();
            image.save(
                QStringLiteral("%1/render-%2-%3.png").arg(dir, QLatin1String(scenario.name), size));
        }
    }
}

} // namespace

int runRender(const QStringList &args)
{
    QString file;
    QList<int> sizes;
    int frames = 60;
    bool focus = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            for (const QString &part : args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes << part.toInt();
        } else if (args[i] == QLatin1String("--scale") && i + 1 < args.size()) {
            focus = args[++i] == QLatin1String("focus");
        } else if (args[i] == QLatin1String("--frames") && i + 1 < args.size()) {
            frames = std::max(1, args[++i].toInt());
        } else if (!args[i].startsWith(QLatin1Char('-')) && file.isEmpty()) {
            file = args[i];
        } else {
            std::fprintf(stderr, "anchorline-bench render: bad argument '%s'\n",
                         qPrintable(args[i]));
            return 2;
        }
    }
    if (file.isEmpty() && sizes.isEmpty()) {
        std::fprintf(stderr,
                     "usage: anchorline-bench render FILE | render --sizes 10000,100000,1000000 "
                     "[--scale linear|focus]\n");
        return 2;
    }
    if (!file.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        LoadResult result = DatasetReader::readFile(file);
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.errorText()));
            return 1;
        }
        const Dataset &data = *result.dataset;
        const QString size = sizeLabel(int(data.events.size()));
        const double seconds = timer.nsecsElapsed() / 1e9;
        print(QStringLiteral("load.%1.throughput").arg(size),
              QFileInfo(file).size() / 1e6 / std::max(seconds, 1e-9), "MB/s", 80);
        benchmarkDataset(data, size, frames, focus);
    }
    for (int n : sizes) {
        SyntheticOptions options;
        options.events = n;
        const Dataset data = makeSyntheticDataset(options);
        benchmarkDataset(data, sizeLabel(n), frames, focus);
    }
    return 0;
}

} // namespace Anchorline::Bench
