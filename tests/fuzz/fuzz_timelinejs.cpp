// libFuzzer target: the TimelineJS3 importer on arbitrary bytes (./dev fuzz).
// Whatever it imports must export and import again without problems.

#include "interchange/timelinejs.h"
#include "io/loadresult.h"

#include <cstdint>
#include <cstdlib>

using namespace Anchorline::Model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)TimelineJs::looksLikeTimelineJs(bytes);
    const ImportResult result = TimelineJs::import(bytes, QStringLiteral("fuzz"));
    for (const LoadError &problem : result.problems)
        (void)problem.toString();
    const QByteArray exported = TimelineJs::toJson(result.dataset);
    (void)TimelineJs::import(exported, QStringLiteral("fuzz-exported"));
    return 0;
}
