#include "core/freedmemory.h"

#include "core/backgroundpool.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Anchorline::Model {

QFuture<void> returnFreedMemory()
{
#if defined(__GLIBC__)
    return QtConcurrent::run(backgroundPool(), [] { malloc_trim(0); });
#else
    return QtFuture::makeReadyFuture();
#endif
}

ResidentMemory residentMemory()
{
    ResidentMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    // "VmRSS:\t  1269824 kB"
    const auto kib = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
    };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            memory.residentKiB = kib(line);
        else if (line.startsWith("VmHWM:"))
            memory.peakKiB = kib(line);
    }
    return memory;
}

} // namespace Anchorline::Model
