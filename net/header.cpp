#include "net/header.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

namespace Ferry::Net {

QByteArray Header::encode() const
{
    QByteArray out;
    ByteWriter(out).u16(tag).bytes(arguments);
    return out;
}

DecodeResult<Header> Header::decode(QByteArrayView payload)
{
    ByteReader r(payload);
    Header h;
    if (!r.readU16(h.tag))
        return DecodeResult<Header>::invalid(QStringLiteral("header: ") + r.error());
    if (h.tag == 0)
        return DecodeResult<Header>::invalid(QStringLiteral("header: tag 0 is never assigned"));
    r.readBytes(r.remaining(), h.arguments);
    return DecodeResult<Header>::ok(std::move(h), payload.size());
}

} // namespace Ferry::Net
