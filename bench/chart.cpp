// anchorline-bench chart: how cost grows with the number of events. Measures frame time (fit all,
// 1600x900) and load time (read, parse, build, validate) at 10k…1M events and draws them on
// log-log axes as an SVG (docs/performance-chart.svg).

#include "benchutil.h"
#include "commands.h"
#include "core/partialdate.h"
#include "index/eventindex.h"
#include "io/datasetreader.h"
#include "syntheticdata.h"
#include "timeline/timelinerenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace Anchorline::Bench {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

struct Point
{
    int events = 0;
    double frameMs = 0;    // median wall time of a fit-all frame
    double frameCpuMs = 0; // median CPU time of the same
    double loadMs = 0;     // best wall time of DatasetReader::readFile
    double loadCpuMs = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void measureFrames(const Dataset &data, int frames, Point &point)
{
    EventIndex index;
    index.build(data);
    TimelineRenderer renderer;
    renderer.setData(&data, &index);
    RenderOptions options;
    options.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    options.today = daysFromCivil(2026, 1, 15);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const auto [first, last] = renderer.overviewRange();
    TimelineViewState state;
    state.startDay = first;
    state.endDay = last;
    const FrameTimes times =
        timeFrames(renderer, image, state, options, frames, (last - first) * 0.004, 5);
    const std::vector<double> &wall = times.wall;
    const std::vector<double> &cpu = times.cpu;
    point.frameMs = median(wall);
    point.frameCpuMs = median(cpu);
}

bool measureLoad(const QString &path, int runs, Point &point, Dataset &data)
{
    point.loadMs = point.loadCpuMs = 1e100;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = cpuMilliseconds();
        timer.start();
        LoadResult result = DatasetReader::readFile(path, benchReadOptions());
        point.loadMs = std::min(point.loadMs, timer.nsecsElapsed() / 1e6);
        point.loadCpuMs = std::min(point.loadCpuMs, cpuMilliseconds() - cpuStart);
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.errorText()));
            return false;
        }
        data = std::move(*result.dataset);
    }
    return true;
}

QString tickLabel(double value)
{
    if (value >= 1e6)
        return QStringLiteral("%1M").arg(value / 1e6);
    if (value >= 1e3)
        return QStringLiteral("%1k").arg(value / 1e3);
    return QString::number(value);
}

void drawChart(QPainter &p, const QSizeF &size, const std::vector<Point> &points)
{
    const QRectF plot(90, 50, size.width() - 300, size.height() - 120);
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    p.setFont(font);

    const double xMin = std::log10(10000.0);
    const double xMax = std::log10(1000000.0);
    const double yMin = -1; // 0.1 ms
    const double yMax = 5;  // 100 s
    auto x = [&](double events) {
        return plot.left() + (std::log10(events) - xMin) / (xMax - xMin) * plot.width();
    };
    auto y = [&](double ms) {
        const double v = std::log10(std::max(ms, 0.1));
        return plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height();
    };

    // Grid and ticks.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (double events : {10000.0, 30000.0, 100000.0, 300000.0, 1000000.0})
        p.drawLine(QPointF(x(events), plot.top()), QPointF(x(events), plot.bottom()));
    for (int e = int(yMin); e <= int(yMax); ++e)
        p.drawLine(QPointF(plot.left(), y(std::pow(10.0, e))),
                   QPointF(plot.right(), y(std::pow(10.0, e))));
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(plot);
    for (double events : {10000.0, 30000.0, 100000.0, 300000.0, 1000000.0})
        p.drawText(QRectF(x(events) - 40, plot.bottom() + 6, 80, 20), Qt::AlignHCenter,
                   tickLabel(events));
    for (int e = int(yMin); e <= int(yMax); ++e) {
        const double ms = std::pow(10.0, e);
        const QString label =
            ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
        p.drawText(QRectF(0, y(ms) - 10, plot.left() - 8, 20), Qt::AlignRight | Qt::AlignVCenter,
                   label);
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 30, plot.width(), 20), Qt::AlignHCenter,
               QStringLiteral("events (log scale)"));
    p.save();
    p.translate(18, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-150, -10, 300, 20), Qt::AlignHCenter, QStringLiteral("time (log scale)"));
    p.restore();
    QFont title = font;
    title.setPointSize(12);
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRectF(plot.left(), 10, plot.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Anchorline: cost against the number of events"));
    p.setFont(font);

    // Targets, dashed, so the gap is visible.
    struct Series
    {
        QString name;
        QColor color;
        double Point::*field;
        bool dashed;
    };
    const Series series[] = {
        {QStringLiteral("frame, fit all (wall)"), QColor(0x00, 0x72, 0xB2), &Point::frameMs, false},
        {QStringLiteral("frame, fit all (CPU)"), QColor(0x56, 0xB4, 0xE9), &Point::frameCpuMs,
         true},
        {QStringLiteral("load (wall)"), QColor(0xD5, 0x5E, 0x00), &Point::loadMs, false},
        {QStringLiteral("load (CPU)"), QColor(0xE6, 0x9F, 0x00), &Point::loadCpuMs, true},
    };
    for (const Series &s : series) {
        QPainterPath path;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const QPointF at(x(points[i].events), y(points[i].*s.field));
            if (i == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        p.setPen(QPen(s.color, 2, s.dashed ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.color);
        for (const Point &point : points)
            p.drawEllipse(QPointF(x(point.events), y(point.*s.field)), 3.5, 3.5);
    }
    // Target lines: 8 ms (100k) / 16 ms (1M) per frame; load at 80 MB/s is drawn per point.
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DotLine));
    p.drawLine(QPointF(plot.left(), y(16)), QPointF(plot.right(), y(16)));
    p.drawText(QPointF(plot.left() + 4, y(16) - 4), QStringLiteral("16 ms (one 60 Hz frame)"));

    // Legend.
    double ly = plot.top() + 10;
    const double lx = plot.right() + 20;
    for (const Series &s : series) {
        p.setPen(QPen(s.color, 2, s.dashed ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(lx, ly), QPointF(lx + 30, ly));
        p.setPen(Qt::black);
        p.drawText(QPointF(lx + 38, ly + 4), s.name);
        ly += 24;
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DotLine));
    p.drawLine(QPointF(lx, ly), QPointF(lx + 30, ly));
    p.setPen(Qt::black);
    p.drawText(QPointF(lx + 38, ly + 4), QStringLiteral("frame target"));
}

} // namespace

int runChart(const QStringList &args)
{
    QString output;
    QList<int> sizes{10000, 30000, 100000, 300000, 1000000};
    int frames = 10;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if ((args[i] == QLatin1String("-o") || args[i] == QLatin1String("--output")) &&
            i + 1 < args.size()) {
            output = args[++i];
        } else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &part : args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes << part.toInt();
        } else if (args[i] == QLatin1String("--frames") && i + 1 < args.size()) {
            frames = std::max(1, args[++i].toInt());
        } else {
            output.clear();
            break;
        }
    }
    if (output.isEmpty()) {
        std::fprintf(stderr, "usage: anchorline-bench chart -o FILE.svg [--sizes "
                             "10000,30000,100000,300000,1000000] [--frames 10]\n");
        return 2;
    }
    const QString dir = benchDataDir();
    std::vector<Point> points;
    for (int n : sizes) {
        const QString path = syntheticFile(n, dir);
        if (path.isEmpty())
            return 1;
        Point point;
        point.events = n;
        Dataset data;
        if (!measureLoad(path, 2, point, data))
            return 1;
        measureFrames(data, frames, point);
        const QString size = sizeLabel(n);
        printFigure(QStringLiteral("chart.load.%1").arg(size), point.loadMs, "ms", "none");
        printFigure(QStringLiteral("chart.load.%1.cpu").arg(size), point.loadCpuMs, "ms", "none");
        printFigure(QStringLiteral("chart.frame.fit.%1").arg(size), point.frameMs, "ms",
                    n > 100000 ? "16" : "8");
        printFigure(QStringLiteral("chart.frame.fit.%1.cpu").arg(size), point.frameCpuMs, "ms",
                    n > 100000 ? "16" : "8");
        points.push_back(point);
    }
    const QSize size(900, 520);
    QSvgGenerator svg;
    svg.setFileName(output);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(QStringLiteral("Anchorline: frame and load time against the number of events"));
    svg.setDescription(QStringLiteral("Made by anchorline-bench chart"));
    QPainter painter(&svg);
    drawChart(painter, QSizeF(size), points);
    painter.end();
    std::printf("# chart written to %s\n", qPrintable(output));
    return 0;
}

} // namespace Anchorline::Bench
