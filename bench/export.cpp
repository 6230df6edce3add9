// anchorline-bench export: PNG, SVG and PDF export of the timeline (docs/architecture.md §6):
// a 7680x2160 PNG of 10k events in at most 1.5 s, SVG and PDF of the same in at most 1 s.

#include "commands.h"
#include "core/partialdate.h"
#include "export/timelineexport.h"
#include "syntheticdata.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace Anchorline::Bench {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

void print(const char *name, double value, const char *unit, double target)
{
    std::printf("%s %.0f %s (target %g)\n", name, value, unit, target);
    std::fflush(stdout);
}

} // namespace

int runExport(const QStringList &args)
{
    int events = 10000;
    int runs = 3;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--events") && i + 1 < args.size())
            events = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else {
            std::fprintf(stderr, "usage: anchorline-bench export [--events 10000] [--runs 3]\n");
            return 2;
        }
    }
    SyntheticOptions synthetic;
    synthetic.events = events;
    const Dataset data = makeSyntheticDataset(synthetic);
    const QString size = sizeLabel(events);

    ExportOptions options;
    options.pixelSize = QSize(7680, 2160);
    options.showCaption = true;
    options.today = daysFromCivil(2026, 1, 15);

    struct Case
    {
        ExportFormat format;
        const char *name;
        double target;
    };
    const Case cases[] = {{ExportFormat::Png, "export.png.7680x2160", 1500},
                          {ExportFormat::Svg, "export.svg.7680x2160", 1000},
                          {ExportFormat::Pdf, "export.pdf.7680x2160", 1000}};
    for (const Case &c : cases) {
        std::vector<double> times;
        qsizetype bytes = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            // Everything a command-line export does after loading: index, paint, encode.
            ExportInput input;
            input.dataset = &data;
            options.format = c.format;
            TimelineExporter exporter(std::move(input), options);
            QByteArray out;
            switch (c.format) {
            case ExportFormat::Png:
                out = exporter.toPng();
                break;
            case ExportFormat::Svg:
                out = exporter.toSvg();
                break;
            case ExportFormat::Pdf:
                out = exporter.toPdf();
                break;
            }
            times.push_back(timer.nsecsElapsed() / 1e6);
            bytes = out.size();
        }
        std::sort(times.begin(), times.end());
        const QByteArray name = QStringLiteral("%1.%2").arg(QLatin1String(c.name), size).toUtf8();
        print(name.constData(), times[times.size() / 2], "ms", c.target);
        const QByteArray sizeName = name + ".size";
        std::printf("%s %.1f MB (target none)\n", sizeName.constData(), double(bytes) / 1e6);
    }
    return 0;
}

} // namespace Anchorline::Bench
