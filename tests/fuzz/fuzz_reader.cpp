// libFuzzer target: DatasetReader::readBytes on arbitrary bytes (./dev fuzz).
// Beyond "no crash": whatever loads must save and load again to the same bytes.

#include "io/datasetreader.h"
#include "io/datasetwriter.h"

#include <cstdint>
#include <cstdlib>

using namespace Anchorline::Model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ReadOptions options;
    options.maxFileSize = 1024 * 1024;
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("fuzz"), options);
    if (result.ok() != result.dataset.has_value())
        std::abort(); // a dataset exactly when there are no errors
    for (const LoadError &error : result.errors) {
        if (error.message.isEmpty() || error.line < 0 || error.column < 0)
            std::abort(); // every error says what and where
        (void)error.toString();
    }
    if (!result.ok())
        return 0;
    const QByteArray saved = DatasetWriter::toBytes(*result.dataset);
    const LoadResult again = DatasetReader::readBytes(saved, QStringLiteral("fuzz-saved"));
    if (!again.ok())
        std::abort(); // we wrote something we cannot read
    if (DatasetWriter::toBytes(*again.dataset) != saved)
        std::abort(); // the canonical form is a fixed point
    return 0;
}
