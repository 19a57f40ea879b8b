#include "net/errorpayload.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"

namespace Ferry::Net {

QByteArray ErrorPayload::encode(ErrorCode code, const QString &detail)
{
    QByteArray out;
    ByteWriter(out).u16(static_cast<quint16>(code)).string(detail, kMaxDetail);
    return out;
}

DecodeResult<ErrorPayload> ErrorPayload::decode(QByteArrayView payload)
{
    ByteReader reader(payload);
    ErrorPayload result;
    reader.readU16(result.code);
    reader.readString(kMaxDetail, result.detail);
    if (!reader.failed() && !reader.atEnd())
        reader.fail(QStringLiteral("%1 trailing bytes").arg(reader.remaining()));
    if (reader.failed())
        return DecodeResult<ErrorPayload>::invalid(QStringLiteral("error payload: ")
                                                   + reader.error());
    return DecodeResult<ErrorPayload>::ok(std::move(result), payload.size());
}

Error ErrorPayload::toError() const
{
    return Error{static_cast<ErrorCode>(code), detail, true};
}

} // namespace Ferry::Net
