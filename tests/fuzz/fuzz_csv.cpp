// libFuzzer target: the CSV importer on arbitrary bytes (./dev fuzz).
// Whatever it imports must export and import again.

#include "interchange/csvio.h"
#include "io/loadresult.h"

#include <cstdint>
#include <cstdlib>

using namespace Anchorline::Model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImportResult result = CsvIo::import(bytes, QStringLiteral("fuzz"));
    for (const LoadError &problem : result.problems)
        (void)problem.toString();
    const QByteArray exported = CsvIo::toCsv(result.dataset);
    (void)CsvIo::import(exported, QStringLiteral("fuzz-exported"));
    return 0;
}
