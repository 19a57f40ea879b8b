// libFuzzer target: decodeFrame + validateFrame (docs/PROTOCOL.md §4), once on the whole input
// and then as a connection sees it: the input arrives in random-sized chunks that FrameReader
// reads from the device after each chunk.
#include "fuzzcheck.h"
#include "net/frame.h"
#include "net/framereader.h"
#include "tests/support/arrivingbytes.h"

#include <QList>

using namespace Ferry::Net;
using namespace FuzzSupport;

namespace {

// The §4 rules, written independently of validateFrame().
ErrorCode expectedCheck(const Frame &frame)
{
    const qsizetype size = frame.payload.size();
    switch (frame.type) {
    case 0x01: // HELLO
    case 0x03: // GOAWAY
        return frame.stream == 0 ? ErrorCode::None : ErrorCode::ProtocolViolation;
    case 0x02: // WELCOME
        return frame.stream == 0 && size == 2 ? ErrorCode::None : ErrorCode::ProtocolViolation;
    case 0x10: // OPEN
    case 0x11: // DATA
    case 0x13: // RESET
        return frame.stream != 0 ? ErrorCode::None : ErrorCode::ProtocolViolation;
    case 0x12: // FIN
        return frame.stream != 0 && size == 0 ? ErrorCode::None : ErrorCode::ProtocolViolation;
    case 0x14: // WINDOW
        return frame.stream != 0 && size == 4 ? ErrorCode::None : ErrorCode::ProtocolViolation;
    default:
        return ErrorCode::UnknownFrameType;
    }
}

void checkFrame(const Frame &frame)
{
    const FrameCheck check = validateFrame(frame);
    FUZZ_CHECK(check.code == expectedCheck(frame));
    FUZZ_CHECK(check.why.isEmpty() == (check.code == ErrorCode::None));
    FUZZ_CHECK(!frameTypeName(frame.type).isEmpty());
}

struct Outcome
{
    QList<Frame> frames;
    DecodeStatus end = DecodeStatus::NeedMore; // NeedMore (out of bytes) or TooLarge
    qsizetype endOffset = 0; // where the undecoded bytes start
};

// One decode of a buffer, with every property that holds whatever the bytes.
DecodeResult<Frame> decodeChecked(QByteArrayView input)
{
    auto result = decodeFrame(input);
    const bool haveHeader = input.size() >= Frame::kHeaderSize;
    const quint32 length = haveHeader ? be32(input, 5) : 0;
    switch (result.status) {
    case DecodeStatus::Ok:
        FUZZ_CHECK(result.value.has_value());
        FUZZ_CHECK(haveHeader && length <= Frame::kMaxPayload);
        FUZZ_CHECK(result.consumed == Frame::kHeaderSize + qsizetype(length));
        FUZZ_CHECK(result.consumed <= input.size());
        FUZZ_CHECK(result.value->type == quint8(input[0]));
        FUZZ_CHECK(result.value->stream == be32(input, 1));
        FUZZ_CHECK(result.value->payload == input.sliced(Frame::kHeaderSize, length));
        FUZZ_CHECK(
            encodeFrame(FrameType(result.value->type), result.value->stream, result.value->payload)
            == input.first(result.consumed));
        break;
    case DecodeStatus::NeedMore:
        FUZZ_CHECK(!result.value.has_value() && result.consumed == 0);
        FUZZ_CHECK(!haveHeader
                   || (length <= Frame::kMaxPayload
                       && input.size() < Frame::kHeaderSize + qsizetype(length)));
        break;
    case DecodeStatus::TooLarge:
        // Refused from the header alone, without waiting for the payload.
        FUZZ_CHECK(!result.value.has_value() && !result.why.isEmpty());
        FUZZ_CHECK(haveHeader && length > Frame::kMaxPayload);
        break;
    case DecodeStatus::Invalid:
        FUZZ_CHECK(!"decodeFrame frames bytes and never says Invalid");
    }
    return result;
}

// The whole input decoded frame after frame, as if it had arrived at once.
Outcome decodeAtOnce(QByteArrayView input)
{
    Outcome outcome;
    qsizetype offset = 0;
    for (;;) {
        auto result = decodeChecked(input.sliced(offset));
        if (!result.isOk()) {
            outcome.end = result.status;
            break;
        }
        checkFrame(*result.value);
        // A frame is not complete one byte earlier.
        FUZZ_CHECK(decodeFrame(input.sliced(offset, result.consumed - 1)).status
                   == DecodeStatus::NeedMore);
        outcome.frames.append(std::move(*result.value));
        offset += result.consumed;
    }
    outcome.endOffset = offset;
    return outcome;
}

// A deterministic stream of chunk sizes derived from the input, so that a crash reproduces.
class ChunkSizes
{
public:
    explicit ChunkSizes(QByteArrayView input)
    {
        for (const char c : input)
            m_state = (m_state ^ quint8(c)) * 0x100000001B3ull; // FNV-1a
    }
    qsizetype next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        switch (m_state % 4) {
        case 0:
            return 1; // byte by byte
        case 1:
            return 1 + qsizetype((m_state >> 8) % 8); // around the 9-byte header
        case 2:
            return 1 + qsizetype((m_state >> 8) % 64);
        default:
            return 1 + qsizetype((m_state >> 8) % 4096);
        }
    }

private:
    quint64 m_state = 0xCBF29CE484222325ull;
};

// What a connection does: after each chunk arrives, read every complete frame with a
// FrameReader, stop at TooLarge.
Outcome decodeStreaming(QByteArrayView input)
{
    Outcome outcome;
    ChunkSizes chunks(input);
    Ferry::TestSupport::ArrivingBytes device;
    FrameReader reader;
    qsizetype received = 0;
    qsizetype decodedUpTo = 0;
    while (received < input.size() && outcome.end != DecodeStatus::TooLarge) {
        const qsizetype n = qMin(chunks.next(), input.size() - received);
        device.arrive(input.sliced(received, n));
        received += n;
        for (;;) {
            auto result = reader.next(device);
            if (result.status == DecodeStatus::TooLarge) {
                FUZZ_CHECK(!result.value.has_value() && !result.why.isEmpty());
                outcome.end = DecodeStatus::TooLarge;
                break;
            }
            FUZZ_CHECK(result.status != DecodeStatus::Invalid);
            if (!result.isOk()) {
                // Out of bytes: the reader took everything that arrived.
                FUZZ_CHECK(device.bytesAvailable() == 0);
                break;
            }
            checkFrame(*result.value);
            decodedUpTo += result.consumed;
            outcome.frames.append(std::move(*result.value));
        }
        FUZZ_CHECK(decodedUpTo <= received);
    }
    outcome.endOffset = decodedUpTo;
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = inputView(data, size);
    const Outcome atOnce = decodeAtOnce(input);
    const Outcome streamed = decodeStreaming(input);

    // Chunking changes nothing: same frames, same verdict, at the same offset.
    FUZZ_CHECK(streamed.frames.size() == atOnce.frames.size());
    for (qsizetype i = 0; i < atOnce.frames.size(); ++i) {
        FUZZ_CHECK(streamed.frames[i].type == atOnce.frames[i].type);
        FUZZ_CHECK(streamed.frames[i].stream == atOnce.frames[i].stream);
        FUZZ_CHECK(streamed.frames[i].payload == atOnce.frames[i].payload);
    }
    FUZZ_CHECK(streamed.end == atOnce.end);
    FUZZ_CHECK(streamed.endOffset == atOnce.endOffset);
    return 0;
}
