#pragma once

#include "io/datasetreader.h"
#include "timeline/timelinerenderer.h"

#include <QImage>
#include <QString>
#include <QtGlobal>
#include <vector>

// Small helpers shared by the benchmark subcommands.
namespace Anchorline::Bench {

// CPU time of the whole process in ms (CLOCK_PROCESS_CPUTIME_ID): on a shared machine it is the
// more reliable figure, wall time also counts the neighbours.
double cpuMilliseconds();
// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 when unknown.
qint64 procStatusKb(const char *field);
// `name value unit (target X)`, flushed at once.
void printFigure(const QString &name, double value, const char *unit, const char *target);

// The reader's options for benchmark files (room for files larger than the default cap).
Model::ReadOptions benchReadOptions();
// Where generated files are cached ($ANCHORLINE_BENCH_DATA or <tmp>/anchorline-bench).
QString benchDataDir();
// The synthetic file with `events` events in `dir`, generated on first use; "" on failure.
QString syntheticFile(int events, const QString &dir);
// Runs this program again with `args`, output forwarded; returns its exit code.
int runLoadChild(const QStringList &args);

// Wall and CPU times (ms) of `frames` frames painted into `image` after one warm-up frame (which
// fills the label cache, as the first frame of a session would). Every frame pans `state` by
// `pan` days, back and forth every `swing` frames, so that nothing is trivially reused.
struct FrameTimes
{
    std::vector<double> wall;
    std::vector<double> cpu;
};
FrameTimes timeFrames(Views::TimelineRenderer &renderer, QImage &image,
                      Views::TimelineViewState &state, const Views::RenderOptions &options,
                      int frames, double pan, int swing);

} // namespace Anchorline::Bench
