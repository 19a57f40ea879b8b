#include "net/frame.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

namespace Ferry::Net {

void appendFrameHeader(QByteArray &out, FrameType type, quint32 stream, quint32 length)
{
    Q_ASSERT(length <= Frame::kMaxPayload);
    ByteWriter(out).u8(static_cast<quint8>(type)).u32(stream).u32(length);
}

void appendFrame(QByteArray &out, FrameType type, quint32 stream, QByteArrayView payload)
{
    out.reserve(out.size() + Frame::kHeaderSize + payload.size());
    appendFrameHeader(out, type, stream, static_cast<quint32>(payload.size()));
    ByteWriter(out).bytes(payload);
}

QByteArray encodeFrame(FrameType type, quint32 stream, QByteArrayView payload)
{
    QByteArray out;
    appendFrame(out, type, stream, payload);
    return out;
}

DecodeResult<FrameHeader> decodeFrameHeader(QByteArrayView data)
{
    if (data.size() < Frame::kHeaderSize)
        return DecodeResult<FrameHeader>::needMore();
    ByteReader reader(data.first(Frame::kHeaderSize));
    FrameHeader header;
    reader.readU8(header.type);
    reader.readU32(header.stream);
    reader.readU32(header.length);
    if (header.length > Frame::kMaxPayload)
        return DecodeResult<FrameHeader>::tooLarge(
            QStringLiteral("frame payload of %1 bytes over the cap of %2")
                .arg(header.length)
                .arg(Frame::kMaxPayload));
    return DecodeResult<FrameHeader>::ok(header, Frame::kHeaderSize);
}

DecodeResult<Frame> decodeFrame(QByteArrayView data)
{
    DecodeResult<FrameHeader> header = decodeFrameHeader(data);
    if (!header.isOk())
        return header.status == DecodeStatus::TooLarge ? DecodeResult<Frame>::tooLarge(header.why)
                                                       : DecodeResult<Frame>::needMore();
    const qsizetype length = header.value->length;
    if (data.size() - Frame::kHeaderSize < length)
        return DecodeResult<Frame>::needMore();
    Frame frame;
    frame.type = header.value->type;
    frame.stream = header.value->stream;
    frame.payload = data.sliced(Frame::kHeaderSize, length).toByteArray();
    return DecodeResult<Frame>::ok(std::move(frame), Frame::kHeaderSize + length);
}

FrameCheck validateFrame(const Frame &frame)
{
    const auto violation = [&](const QString &why) {
        return FrameCheck{ErrorCode::ProtocolViolation,
                          frameTypeName(frame.type) + QLatin1Char(' ') + why};
    };
    const qsizetype size = frame.payload.size();
    switch (frame.frameType()) {
    case FrameType::Hello:
    case FrameType::GoAway:
        if (frame.stream != 0)
            return violation(QStringLiteral("on stream %1, must be on stream 0").arg(frame.stream));
        return {};
    case FrameType::Welcome:
        if (frame.stream != 0)
            return violation(QStringLiteral("on stream %1, must be on stream 0").arg(frame.stream));
        if (size != 2)
            return violation(QStringLiteral("payload of %1 bytes, must be 2").arg(size));
        return {};
    case FrameType::Open:
    case FrameType::Data:
    case FrameType::Reset:
        if (frame.stream == 0)
            return violation(QStringLiteral("on stream 0"));
        return {};
    case FrameType::Fin:
        if (frame.stream == 0)
            return violation(QStringLiteral("on stream 0"));
        if (size != 0)
            return violation(QStringLiteral("with a payload of %1 bytes").arg(size));
        return {};
    case FrameType::Window:
        if (frame.stream == 0)
            return violation(QStringLiteral("on stream 0"));
        if (size != 4)
            return violation(QStringLiteral("payload of %1 bytes, must be 4").arg(size));
        return {};
    }
    return FrameCheck{
        ErrorCode::UnknownFrameType,
        QStringLiteral("unknown frame type 0x%1").arg(frame.type, 2, 16, QLatin1Char('0'))};
}

QString frameTypeName(quint8 type)
{
    switch (static_cast<FrameType>(type)) {
    case FrameType::Hello:
        return QStringLiteral("HELLO");
    case FrameType::Welcome:
        return QStringLiteral("WELCOME");
    case FrameType::GoAway:
        return QStringLiteral("GOAWAY");
    case FrameType::Open:
        return QStringLiteral("OPEN");
    case FrameType::Data:
        return QStringLiteral("DATA");
    case FrameType::Fin:
        return QStringLiteral("FIN");
    case FrameType::Reset:
        return QStringLiteral("RESET");
    case FrameType::Window:
        return QStringLiteral("WINDOW");
    }
    return QStringLiteral("0x%1").arg(type, 2, 16, QLatin1Char('0'));
}

} // namespace Ferry::Net
