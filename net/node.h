#pragma once

#include "net/connection.h"
#include "net/deviceidentity.h"
#include "net/dispatcher.h"
#include "net/errorcode.h"
#include "net/header.h"
#include "net/nodeconfig.h"
#include "net/peerinfo.h"
#include "net/peermetadata.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ferry::Net {

class Listener;
class OperationHandler;
class PingResponder;
class Stream;

// A Ferry node: listens, dials, runs the handshake, keeps the verified connections, opens and
// dispatches streams. The one object front-ends talk to; it exposes commands and past-tense
// signals, and nothing of sockets or bytes.
class Node : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Node)
public:
    Node(const DeviceIdentity &identity, const PeerMetadata &metadata, const NodeConfig &config,
         QObject *parent = nullptr);
    ~Node() override;

    // Starts listening on config().listenAddress / listenPort. False with errorString() set.
    bool start();
    // Says GOAWAY ShuttingDown to every peer and stops listening.
    void stop();
    QString errorString() const { return m_errorString; }
    bool isListening() const;
    quint16 port() const;

    RemoteIdentity identity() const { return m_local.identity.remoteIdentity(); }
    const PeerMetadata &metadata() const { return m_local.metadata; }
    const NodeConfig &config() const { return m_local.config; }

    // Serves tag with handler (not owned; must outlive the node or be unregistered by deletion).
    void registerHandler(quint16 tag, OperationHandler *handler);

    // Connects to host:port. With expected set, only that identity is accepted. Reports through
    // dialFinished(id, …) exactly once.
    quint64 dial(const QString &host, quint16 port, const RemoteIdentity &expected = {});

    // A stream to a verified peer for the operation in header. Never null: when the peer is not
    // connected (and no dial to it is under way) the stream closes with NotConnected.
    Stream *openStream(const RemoteIdentity &peer, const Header &header);

    void disconnectPeer(const RemoteIdentity &peer);
    bool isConnected(const RemoteIdentity &peer) const;
    std::optional<PeerInfo> peerInfo(const RemoteIdentity &peer) const;
    QList<PeerInfo> connectedPeers() const;
    int connectionCount() const; // established and pending
    int pendingCount() const;
    // Connection objects still alive, closing ones included (their GOAWAY may be in flight).
    int liveConnectionCount() const { return m_live; }

Q_SIGNALS:
    void peerConnected(const Ferry::Net::RemoteIdentity &peer, const Ferry::Net::PeerInfo &info);
    void peerDisconnected(const Ferry::Net::RemoteIdentity &peer, const Ferry::Net::Error &reason);
    void dialFinished(quint64 dialId, const Ferry::Net::RemoteIdentity &peer,
                      const Ferry::Net::Error &error);
    void incomingRejected(const QString &address, const Ferry::Net::Error &error);
    // The last connection object is gone: every GOAWAY has been flushed or given up on. A
    // process that wants to say goodbye waits for this after stop().
    void allConnectionsReleased();

private:
    void onAccepted(qintptr descriptor);
    void track(Connection *connection, quint64 dialId);
    void onEstablished(Connection *connection);
    void onClosed(Connection *connection, const Error &reason);
    Connection *connectionFor(const RemoteIdentity &peer) const;
    bool dialPendingFor(const RemoteIdentity &peer) const;
    void flushWaitingStreams(const RemoteIdentity &peer, Connection *connection,
                             const Error &error);
    static PeerInfo infoOf(const Connection *connection);

    Connection::Local m_local;
    Dispatcher m_dispatcher;
    std::unique_ptr<PingResponder> m_pingResponder;
    Listener *m_listener = nullptr;
    QString m_errorString;
    quint64 m_nextDialId = 1;
    int m_live = 0;

    QHash<Connection *, quint64> m_pending; // value: dial id, 0 for incoming
    QHash<Connection *, RemoteIdentity> m_pendingExpected; // dials to a known identity
    QHash<Connection *, RemoteIdentity> m_admitted; // pending, past the HELLO checks
    QHash<RemoteIdentity, QList<Connection *>> m_established;
    QHash<RemoteIdentity, QList<QPointer<Stream>>> m_waitingStreams;
};

} // namespace Ferry::Net
