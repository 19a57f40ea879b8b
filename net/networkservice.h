#pragma once

#include "net/deviceidentity.h"
#include "net/errorcode.h"
#include "net/nodeconfig.h"
#include "net/peermetadata.h"
#include "net/peerrecord.h"
#include "net/remoteidentity.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Ferry::Net {

class Discovery;
class Node;
class PeerRegistry;

// The network as the front-ends see it: the Node (connections, streams), the PeerRegistry fed by
// Discovery, connections and manual peers, and one switch that really turns everything off.
class NetworkService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkService)
public:
    NetworkService(const DeviceIdentity &identity, const PeerMetadata &metadata,
                   const NodeConfig &config, QObject *parent = nullptr);
    ~NetworkService() override;

    // Listens (falling back to any free TCP port when the configured one is taken, when
    // allowPortFallback) and starts discovery (when config.discoveryEnabled). False with
    // errorString() when the node cannot listen at all.
    bool start(bool allowPortFallback = true);
    // GOODBYE, GOAWAY, and every socket closed; start() again to come back.
    void stop();
    bool isRunning() const;
    QString errorString() const;

    // Manual peers, "host" or "host:port" (default port 47474); dialled now and retried every
    // config.manualPeerRetry while not connected. False for text that is not host[:port].
    bool addManualPeer(const QString &hostAndPort);
    QStringList manualPeers() const;

    // Connects to a known peer, trying its addresses (most recent first) until one handshake
    // succeeds. Reports through connectFinished exactly once.
    void connectToPeer(const RemoteIdentity &peer);

    // Replaced by a fresh node when start() falls back to another port: take it after start().
    Node *node() const;
    PeerRegistry *registry() const;
    Discovery *discovery() const; // null while stopped or when discovery is disabled

Q_SIGNALS:
    void connectFinished(const Ferry::Net::RemoteIdentity &peer, const Ferry::Net::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ferry::Net
