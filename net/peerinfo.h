#pragma once

#include "net/peermetadata.h"
#include "net/remoteidentity.h"

#include <QHostAddress>
#include <QMetaType>

namespace Ferry::Net {

// What the UI and CLI learn about a connected, verified peer.
struct PeerInfo
{
    RemoteIdentity identity;
    PeerMetadata metadata;
    quint16 protocolVersion = 0;
    QHostAddress address;
    quint16 port = 0;
    bool outgoing = false; // we dialled it
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::PeerInfo)
