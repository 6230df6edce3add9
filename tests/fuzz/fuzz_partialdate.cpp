// libFuzzer target: PartialDate::parse on arbitrary text (./dev fuzz).
// Valid dates must print canonically and parse back to the same date, with ordered bounds.

#include "core/partialdate.h"

#include <QLocale>
#include <cstdint>
#include <cstdlib>

using namespace Anchorline::Model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PartialDate::ParseResult result = PartialDate::parse(text);
    if (!result.ok()) {
        if (result.date.isValid())
            std::abort(); // an error never comes with a valid date
        return 0;
    }
    const PartialDate &date = result.date;
    if (!date.isValid() || date.earliest() > date.latest())
        std::abort();
    const PartialDate::ParseResult again = PartialDate::parse(date.toString());
    if (!again.ok() || !(again.date == date) || again.date.earliest() != date.earliest() ||
        again.date.latest() != date.latest())
        std::abort();
    (void)date.toDisplayString(QLocale::c());
    (void)(date <=> again.date);
    return 0;
}
