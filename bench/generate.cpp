// anchorline-bench generate: writes a synthetic, valid Anchorline file.

#include "commands.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "syntheticdata.h"

#include <QElapsedTimer>
#include <cstdio>

namespace Anchorline::Bench {

int runGenerate(const QStringList &args)
{
    SyntheticOptions options;
    QString output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == QLatin1String("--events") && hasValue)
            options.events = args[++i].toInt(&ok);
        else if (arg == QLatin1String("--lanes") && hasValue)
            options.lanes = args[++i].toInt(&ok);
        else if (arg == QLatin1String("--seed") && hasValue)
            options.seed = args[++i].toUInt(&ok);
        else if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) && hasValue)
            output = args[++i];
        else
            ok = false;
        if (!ok || options.events < 0 || options.lanes < 1) {
            std::fprintf(stderr, "anchorline-bench generate: bad argument '%s'\n", qPrintable(arg));
            return 2;
        }
    }
    if (output.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: anchorline-bench generate --events N [--lanes 8] [--seed 42] -o FILE\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const Model::Dataset data = makeSyntheticDataset(options);
    const auto errors = Model::validateDataset(data, output);
    if (!errors.empty()) {
        // The generator must only ever produce valid files; say so loudly if it does not.
        for (std::size_t i = 0; i < errors.size() && i < 10; ++i)
            std::fprintf(stderr, "%s\n", qPrintable(errors[i].toString()));
        return 1;
    }
    const Model::SaveResult saved = Model::DatasetWriter::writeFile(data, output);
    if (!saved.ok) {
        std::fprintf(stderr, "anchorline-bench generate: %s\n", qPrintable(saved.error));
        return 1;
    }
    std::printf("generated %d events in %d lanes to %s in %lld ms\n", options.events, options.lanes,
                qPrintable(output), qlonglong(timer.elapsed()));
    return 0;
}

} // namespace Anchorline::Bench
