#include "net/frame.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

namespace Ferry::Net {

void appendFrame(QByteArray &out, FrameType type, quint32 stream, QByteArrayView payload)
{
    Q_ASSERT(payload.size() <= Frame::kMaxPayload);
    out.reserve(out.size() + Frame::kHeaderSize + payload.size());
    ByteWriter(out)
        .u8(static_cast<quint8>(type))
        .u32(stream)
        .u32(static_cast<quint32>(payload.size()))
        .bytes(payload);
}

QByteArray encodeFrame(FrameType type, quint32 stream, QByteArrayView payload)
{
    QByteArray out;
    appendFrame(out, type, stream, payload);
    return out;
}

DecodeResult<Frame> decodeFrame(QByteArrayView data)
{
    if (data.size() < Frame::kHeaderSize)
        return DecodeResult<Frame>::needMore();
    ByteReader reader(data);
    Frame frame;
    quint32 length = 0;
    reader.readU8(frame.type);
    reader.readU32(frame.stream);
    reader.readU32(length);
    if (length > Frame::kMaxPayload)
        return DecodeResult<Frame>::tooLarge(
            QStringLiteral("frame payload of %1 bytes over the cap of %2")
                .arg(length)
                .arg(Frame::kMaxPayload));
    if (reader.remaining() < static_cast<qsizetype>(length))
        return DecodeResult<Frame>::needMore();
    reader.readBytes(length, frame.payload);
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
