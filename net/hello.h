#pragma once

#include "net/decoderesult.h"
#include "net/peermetadata.h"
#include "net/remoteidentity.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Ferry::Net {

// The HELLO payload of docs/PROTOCOL.md §5.2.
struct Hello
{
    static constexpr char kMagic[4] = {'F', 'R', 'R', 'Y'};

    quint16 minVersion = 1;
    quint16 maxVersion = 1;
    RemoteIdentity identity;
    PeerMetadata metadata;

    // Makes the fields sound first (control characters become spaces, a name that would be blank
    // becomes "Ferry device", versions at least 1 and ordered), then cuts strings at their
    // caps on a character boundary and the capability list at its cap, so that encode() always
    // yields a HELLO that decode() accepts.
    QByteArray encode() const;
    // Invalid for anything §5.3 step 1 refuses; trailing bytes are ignored (later versions).
    static DecodeResult<Hello> decode(QByteArrayView payload);
};

// §5.3 step 5: the highest version both ranges contain, or 0 when there is none.
quint16 negotiateVersion(quint16 ourMin, quint16 ourMax, quint16 peerMin, quint16 peerMax);

} // namespace Ferry::Net
