#include "net/operations/pingmessage.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

namespace Ferry::Net {

QByteArray PingMessage::encode() const
{
    QByteArray out;
    ByteWriter(out).u8(static_cast<quint8>(kind)).u64(nonce);
    return out;
}

DecodeResult<PingMessage> PingMessage::decode(QByteArrayView message)
{
    if (message.size() != kSize)
        return DecodeResult<PingMessage>::invalid(
            QStringLiteral("ping message of %1 bytes, must be %2").arg(message.size()).arg(kSize));
    ByteReader r(message);
    quint8 kind = 0;
    PingMessage m;
    r.readU8(kind);
    r.readU64(m.nonce);
    if (kind != static_cast<quint8>(Kind::Ping) && kind != static_cast<quint8>(Kind::Pong))
        return DecodeResult<PingMessage>::invalid(QStringLiteral("unknown ping kind %1").arg(kind));
    m.kind = static_cast<Kind>(kind);
    return DecodeResult<PingMessage>::ok(m, kSize);
}

} // namespace Ferry::Net
