#pragma once

#include "net/decoderesult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Ferry::Net {

// PING / PONG messages of docs/PROTOCOL.md §9: u8 kind, u64 nonce.
struct PingMessage
{
    enum class Kind : quint8 { Ping = 0x01, Pong = 0x02 };
    static constexpr qsizetype kSize = 9;

    Kind kind = Kind::Ping;
    quint64 nonce = 0;

    QByteArray encode() const;
    static DecodeResult<PingMessage> decode(QByteArrayView message);
};

} // namespace Ferry::Net
