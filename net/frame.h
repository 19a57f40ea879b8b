#pragma once

#include "net/decoderesult.h"
#include "net/errorcode.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Ferry::Net {

// Frame layer of docs/PROTOCOL.md §4: u8 type, u32 stream id, u32 length, payload.
enum class FrameType : quint8 {
    Hello = 0x01,
    Welcome = 0x02,
    GoAway = 0x03,
    Open = 0x10,
    Data = 0x11,
    Fin = 0x12,
    Reset = 0x13,
    Window = 0x14,
};

struct Frame
{
    static constexpr qsizetype kHeaderSize = 9;
    static constexpr quint32 kMaxPayload = 1024 * 1024;

    quint8 type = 0; // raw on decode: validateFrame() says whether it is known
    quint32 stream = 0;
    QByteArray payload;

    FrameType frameType() const { return static_cast<FrameType>(type); }
};

// Appends a frame header announcing length payload bytes, which the caller sends next.
void appendFrameHeader(QByteArray &out, FrameType type, quint32 stream, quint32 length);
// Appends one encoded frame to out (so that several frames go out in one socket write).
void appendFrame(QByteArray &out, FrameType type, quint32 stream, QByteArrayView payload);
QByteArray encodeFrame(FrameType type, quint32 stream, QByteArrayView payload);

// The 9-byte header alone: type, stream and payload length.
struct FrameHeader
{
    quint8 type = 0;
    quint32 stream = 0;
    quint32 length = 0;
};
// Decodes the header at the start of data: NeedMore under 9 bytes, TooLarge when it announces
// more than kMaxPayload. consumed is always kHeaderSize.
DecodeResult<FrameHeader> decodeFrameHeader(QByteArrayView data);

// Decodes the frame at the start of data: NeedMore until it is complete, TooLarge as soon as the
// header announces more than kMaxPayload (the payload is never waited for).
DecodeResult<Frame> decodeFrame(QByteArrayView data);

// The structural rules of §4 for a decoded frame: known type, stream 0 for connection frames and
// non-zero for stream frames, fixed payload sizes. Returns ErrorCode::None when the frame is sound.
struct FrameCheck
{
    ErrorCode code = ErrorCode::None;
    QString why;
};
FrameCheck validateFrame(const Frame &frame);

QString frameTypeName(quint8 type);

} // namespace Ferry::Net
