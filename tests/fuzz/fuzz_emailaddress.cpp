// EmailAddress from any text: parse, split lists, and the round trip a valid mailbox promises
// (written out and read again, it is the same mailbox).
#include "FuzzSupport.h"
#include "core/base/EmailAddress.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    if (const std::optional<EmailAddress> address = EmailAddress::parse(text)) {
        FUZZ_CHECK(address->isValid());
        const std::optional<EmailAddress> again = EmailAddress::parse(address->toString());
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->address() == address->address());
    }
    for (const QString &piece : EmailAddress::splitList(text)) {
        FUZZ_CHECK(!piece.isEmpty());
        (void)EmailAddress::parse(piece);
    }
    (void)EmailAddress::isValidAddress(text);
    return 0;
}
