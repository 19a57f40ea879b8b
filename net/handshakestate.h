#pragma once

#include "net/errorcode.h"
#include "net/peermetadata.h"
#include "net/remoteidentity.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Ferry::Net {

// The trust decisions of docs/PROTOCOL.md §3 and §5 as a pure state machine, without sockets:
// the TLS-proven key, the peer's HELLO, its WELCOME. Every accept…() returns the error to close
// the connection with (GOAWAY code and detail), or no error.
class HandshakeState
{
public:
    struct Local
    {
        RemoteIdentity identity;
        PeerMetadata metadata;
        quint16 minVersion = 1;
        quint16 maxVersion = 1;
        RemoteIdentity expected; // dialling a known identity; null otherwise
    };
    // Asked once the peer's HELLO has passed every check, before WELCOME: an error refuses the
    // peer (e.g. TooManyConnections).
    using Admission = std::function<Error(const RemoteIdentity &peer)>;

    explicit HandshakeState(Local local) : m_local(std::move(local)) { }

    // §3: the key the peer proved in TLS. On success, send helloPayload().
    Error acceptProof(const RemoteIdentity &proven);
    QByteArray helloPayload() const;
    // §5.3: the peer's HELLO. On success, send welcomePayload().
    Error acceptHello(QByteArrayView payload, const Admission &admission = {});
    QByteArray welcomePayload() const;
    // §5.1: the peer's WELCOME.
    Error acceptWelcome(QByteArrayView payload);
    // Both WELCOMEs exchanged: the connection is established.
    bool isComplete() const { return m_welcomeSent && m_welcomeReceived; }

    const RemoteIdentity &peer() const { return m_peer; }
    const PeerMetadata &peerMetadata() const { return m_peerMetadata; }
    quint16 version() const { return m_version; }

private:
    Local m_local;
    RemoteIdentity m_proven;
    RemoteIdentity m_peer;
    PeerMetadata m_peerMetadata;
    quint16 m_version = 0;
    bool m_helloReceived = false;
    bool m_welcomeSent = false;
    bool m_welcomeReceived = false;
};

} // namespace Ferry::Net
