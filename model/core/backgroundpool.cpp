#include "core/backgroundpool.h"

#include <QThread>
#include <QThreadPool>

namespace Anchorline::Model {

namespace {

struct Pool final : QThreadPool
{
    Pool() { setMaxThreadCount(std::max(2, QThread::idealThreadCount())); }
};

} // namespace

Q_GLOBAL_STATIC(Pool, pool)

QThreadPool *backgroundPool()
{
    return pool();
}

} // namespace Anchorline::Model
