#pragma once

#include <QStringList>

// Each subcommand of anchorline-bench lives in its own file and registers here; main.cpp only
// dispatches. `args` excludes the program name and the subcommand.
namespace Anchorline::Bench {

int runGenerate(const QStringList &args);
int runRender(const QStringList &args);
int runExport(const QStringList &args);
int runFilter(const QStringList &args);
int runLoad(const QStringList &args);
// The window with a large file (issue 25): start-up with the 1M-event file named on the command
// line, then File ▸ Open of the 100k and the 1M file: stalls, hand-over, memory.
int runOpen(const QStringList &args);
int runAll(const QStringList &args);
int runChart(const QStringList &args);

} // namespace Anchorline::Bench
