#pragma once

#include <QStringList>
#include <QTextStream>

namespace Anchorline::App {

// Command-line subcommands. Each gets the arguments after its name and returns the exit code.
int runValidateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runStatsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runAnchorsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// export paints, so it needs a QGuiApplication (main() makes one, offscreen without a display).
int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runConvertCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runDiffCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runMergeCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// Dispatches `anchorline <command> ...`; returns -1 when args[1] names no command (start the GUI).
int runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Anchorline::App
