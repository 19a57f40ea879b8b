// libFuzzer target: PingMessage::decode (docs/PROTOCOL.md §9).
#include "fuzzcheck.h"
#include "net/operations/pingmessage.h"

using namespace Ferry::Net;
using namespace FuzzSupport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    const auto result = PingMessage::decode(input);

    const bool wellFormed = input.size() == PingMessage::kSize
        && (quint8(input[0]) == 0x01 || quint8(input[0]) == 0x02);
    FUZZ_CHECK(result.status == (wellFormed ? DecodeStatus::Ok : DecodeStatus::Invalid));
    FUZZ_CHECK(result.value.has_value() == wellFormed);
    FUZZ_CHECK(result.why.isEmpty() == wellFormed);
    if (!wellFormed)
        return 0;

    FUZZ_CHECK(result.consumed == PingMessage::kSize);
    FUZZ_CHECK(quint8(result.value->kind) == quint8(input[0]));
    FUZZ_CHECK(result.value->nonce == ((quint64(be32(input, 1)) << 32) | be32(input, 5)));
    FUZZ_CHECK(result.value->encode() == input);
    return 0;
}
