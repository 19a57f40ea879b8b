// libFuzzer target: ErrorPayload::decode, the GOAWAY / RESET payload (docs/PROTOCOL.md §4, §8).
#include "fuzzcheck.h"
#include "net/errorpayload.h"

using namespace Ferry::Net;
using namespace FuzzSupport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    const auto result = ErrorPayload::decode(input);

    // An oracle written from the spec alone: u16 code, u16 length = the rest, at most 512 bytes
    // of strict UTF-8 text, nothing after it.
    bool wellFormed = input.size() >= 4 && be16(input, 2) == input.size() - 4
        && input.size() - 4 <= ErrorPayload::kMaxDetail;
    std::optional<QString> detail;
    if (wellFormed)
        detail = strictUtf8(input.sliced(4));
    wellFormed = wellFormed && detail && isProtocolText(*detail);

    FUZZ_CHECK(result.status == (wellFormed ? DecodeStatus::Ok : DecodeStatus::Invalid));
    FUZZ_CHECK(result.value.has_value() == wellFormed);
    FUZZ_CHECK(result.why.isEmpty() == wellFormed);
    if (!wellFormed)
        return 0;

    const ErrorPayload &payload = *result.value;
    FUZZ_CHECK(result.consumed == input.size());
    FUZZ_CHECK(payload.code == be16(input, 0));
    FUZZ_CHECK(payload.detail == *detail);
    // Unknown codes are kept raw, and the payload re-encodes to exactly its bytes.
    FUZZ_CHECK(ErrorPayload::encode(ErrorCode(payload.code), payload.detail) == input);

    const Error error = payload.toError();
    FUZZ_CHECK(error.remote);
    FUZZ_CHECK(quint16(error.code) == payload.code);
    FUZZ_CHECK(!error.toString().isEmpty());
    return 0;
}
