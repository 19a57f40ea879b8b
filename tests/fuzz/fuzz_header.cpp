// libFuzzer target: Header::decode, the OPEN frame payload (docs/PROTOCOL.md §7).
#include "fuzzcheck.h"
#include "net/header.h"

using namespace Ferry::Net;
using namespace FuzzSupport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    const auto result = Header::decode(input);

    const bool wellFormed = input.size() >= 2 && be16(input, 0) != 0;
    FUZZ_CHECK(result.status == (wellFormed ? DecodeStatus::Ok : DecodeStatus::Invalid));
    FUZZ_CHECK(result.value.has_value() == wellFormed);
    FUZZ_CHECK(result.why.isEmpty() == wellFormed);
    if (!wellFormed)
        return 0;

    FUZZ_CHECK(result.consumed == input.size());
    FUZZ_CHECK(result.value->tag == be16(input, 0));
    FUZZ_CHECK(result.value->arguments == input.sliced(2));
    FUZZ_CHECK(result.value->encode() == input);
    return 0;
}
