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
int runAll(const QStringList &args);
int runChart(const QStringList &args);

} // namespace Anchorline::Bench
