#pragma once

#include "net/decoderesult.h"
#include "net/errorcode.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Ferry::Net {

// ErrorPayload of GOAWAY and RESET frames (docs/PROTOCOL.md §4): u16 code, string detail ≤ 512.
struct ErrorPayload
{
    static constexpr qsizetype kMaxDetail = 512;

    quint16 code = 0; // raw: unknown codes are kept, not refused
    QString detail;

    static QByteArray encode(ErrorCode code, const QString &detail);
    static DecodeResult<ErrorPayload> decode(QByteArrayView payload);
    // As a typed error received from the peer.
    Error toError() const;
};

} // namespace Ferry::Net
