// IsoDateTime from any text (Close's "2013-02-01T00:54:51.331000+00:00" and everything near it):
// no crash, and a value read is written back in a form that reads as the same instant.
#include "FuzzSupport.h"
#include "core/base/IsoDateTime.h"

#include <QDateTime>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    const QDateTime parsed = IsoDateTime::parse(text);
    if (parsed.isValid()) {
        const QDateTime again = IsoDateTime::parse(IsoDateTime::format(parsed));
        FUZZ_CHECK(again.isValid());
        FUZZ_CHECK(again.toMSecsSinceEpoch() == parsed.toMSecsSinceEpoch());
    }
    if (const std::optional<qint64> micros = IsoDateTime::parseMicros(text)) {
        const std::optional<qint64> again = IsoDateTime::parseMicros(IsoDateTime::formatMicros(*micros));
        FUZZ_CHECK(again == micros);
    }
    (void)IsoDateTime::isDateOnly(text);
    return 0;
}
