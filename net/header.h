#pragma once

#include "net/decoderesult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Ferry::Net {

// Operation tags of docs/PROTOCOL.md §7. Assigned once, never reused.
enum class OperationTag : quint16 {
    Ping = 0x0001,
    Spacedrop = 0x0002,
};

// The payload of an OPEN frame: which operation the stream is for, and its arguments.
struct Header
{
    quint16 tag = 0; // raw, so that unknown tags can be answered with UnknownOperation
    QByteArray arguments;

    static Header of(OperationTag tag, QByteArray arguments = {})
    {
        return Header{static_cast<quint16>(tag), std::move(arguments)};
    }
    QByteArray encode() const;
    // Invalid when shorter than the tag or when the tag is 0 (never assigned).
    static DecodeResult<Header> decode(QByteArrayView payload);
};

} // namespace Ferry::Net
