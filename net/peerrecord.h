#pragma once

#include "net/peermetadata.h"
#include "net/remoteidentity.h"

#include <QFlags>
#include <QHostAddress>
#include <QList>
#include <QMetaType>

namespace Ferry::Net {

// How a peer came to be known. A peer may be known several ways at once.
enum class PeerSource : quint8 {
    Multicast = 0x1, // heard its announcements
    Manual = 0x2, // the user added its address
    Incoming = 0x4, // it connected to us
};
Q_DECLARE_FLAGS(PeerSources, PeerSource)
Q_DECLARE_OPERATORS_FOR_FLAGS(PeerSources)

// One address a peer was seen at. IPv6 link-local addresses carry their scope (interface).
struct PeerAddress
{
    QHostAddress address;
    quint16 port = 0;
    PeerSource source = PeerSource::Multicast;
    qint64 lastSeenMs = 0; // monotonic clock of the registry

    friend bool operator==(const PeerAddress &a, const PeerAddress &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

// What the registry knows of one peer (see PeerRegistry). Keyed by identity, never by address.
struct PeerRecord
{
    enum class State { Discovered, Connected, Lost };

    RemoteIdentity identity;
    PeerMetadata metadata; // from announcements; replaced by the HELLO's once connected
    quint16 minVersion = 0;
    quint16 maxVersion = 0;
    QList<PeerAddress> addresses; // most recently seen first
    PeerSources sources;
    State state = State::Discovered;
    bool verified = false; // a TLS connection has proved this identity at least once
    qint64 lastSeenMs = 0;
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::PeerRecord)
