#pragma once

#include "net/decoderesult.h"
#include "net/peermetadata.h"
#include "net/remoteidentity.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Ferry::Net {

class DeviceIdentity;

// A discovery datagram (docs/PROTOCOL.md §12.2): who a device is, where it listens, signed with
// its key. Only a hint: TLS proves the identity later.
struct Announcement
{
    // Probe: a query from a passive sender (a short-lived CLI command), which must not be listed.
    enum class Kind : quint8 { Announce = 1, Query = 2, Goodbye = 3, Probe = 4 };
    static constexpr char kMagic[4] = {'F', 'R', 'Y', 'D'};
    static constexpr quint8 kFormat = 1;
    static constexpr qsizetype kMaxDatagram = 1024;
    static constexpr qsizetype kMaxExtensions = 256;
    static constexpr qsizetype kSignatureSize = 64;

    Kind kind = Kind::Announce;
    quint16 minVersion = 1;
    quint16 maxVersion = 1;
    RemoteIdentity identity;
    quint64 instance = 0;
    quint32 sequence = 0;
    quint16 tcpPort = 0;
    PeerMetadata metadata; // name, OS, model, app version (capabilities are not announced)

    // Signed with `signer`, whose identity replaces `identity`. Fields are made sound and cut at
    // their caps as in Hello::encode(), so that decode() accepts the result.
    QByteArray encode(const DeviceIdentity &signer) const;
    // Invalid for anything §12.2 drops, a bad signature included.
    static DecodeResult<Announcement> decode(QByteArrayView datagram);
};

} // namespace Ferry::Net
