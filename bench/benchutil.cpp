#include "benchutil.h"

#include <QFile>
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

} // namespace Anchorline::Bench
