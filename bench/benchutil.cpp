#include "benchutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <cstdio>
#include <ctime>

namespace Anchorline::Bench {

double cpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void printFigure(const QString &name, double value, const char *unit, const char *target)
{
    const int decimals = value >= 100 ? 0 : (value >= 10 ? 1 : 2);
    std::printf("%s %.*f %s (target %s)\n", qPrintable(name), decimals, value, unit, target);
    std::fflush(stdout);
}

FrameTimes timeFrames(Views::TimelineRenderer &renderer, QImage &image,
                      Views::TimelineViewState &state, const Views::RenderOptions &options,
                      int frames, double pan, int swing)
{
    FrameTimes times;
    times.wall.reserve(std::size_t(std::max(frames, 0)));
    times.cpu.reserve(std::size_t(std::max(frames, 0)));
    const QRectF target(QPointF(0, 0), QSizeF(image.size()));
    for (int frame = -1; frame < frames; ++frame) {
        const double shift = pan * ((frame / swing) % 2 ? -1 : 1);
        state.startDay += shift;
        state.endDay += shift;
        QElapsedTimer timer;
        const double cpuStart = cpuMilliseconds();
        timer.start();
        QPainter painter(&image);
        renderer.render(painter, target, state, options);
        painter.end();
        if (frame >= 0) {
            times.wall.push_back(timer.nsecsElapsed() / 1e6);
            times.cpu.push_back(cpuMilliseconds() - cpuStart);
        }
    }
    return times;
}

} // namespace Anchorline::Bench
