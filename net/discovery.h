#pragma once

#include "net/deviceidentity.h"
#include "net/nodeconfig.h"
#include "net/peermetadata.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Ferry::Net {

class PeerRegistry;

// Multicast discovery of docs/PROTOCOL.md §12: announces this node on every suitable interface
// (IPv4 and, where the host has it, IPv6), answers queries, says goodbye, and feeds verified
// datagrams from others into the PeerRegistry. Owns its sockets: stop() closes every one.
class Discovery : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discovery)
public:
    struct Stats
    {
        quint64 datagramsSent = 0;
        quint64 bytesSent = 0;
        quint64 datagramsReceived = 0;
        quint64 bytesReceived = 0;
        quint64 dropped = 0; // malformed, forged, oversized, rate-limited, own or off-interface
        quint64 rateLimited = 0; // of those dropped: refused by the per-source limit, unread
    };

    static QHostAddress ipv4Group(); // 239.255.74.74
    static QHostAddress ipv6Group(); // ff02::7474

    Discovery(const DeviceIdentity &identity, const NodeConfig &config, PeerRegistry *registry,
              QObject *parent = nullptr);
    ~Discovery() override; // closes without a GOODBYE: call stop() for a clean shutdown

    // What this node announces. A change while running is announced at once.
    void setAdvertised(quint16 tcpPort, const PeerMetadata &metadata);

    // Opens the sockets, joins the groups, sends a QUERY. False with errorString() when no
    // socket at all could be opened (a missing IPv6 stack alone is not an error).
    bool start();
    // Sends GOODBYE (when asked) and closes every socket and timer.
    void stop(bool sayGoodbye = true);
    bool isRunning() const;
    QString errorString() const;

    quint16 port() const; // the bound UDP port (config port, or the one chosen for 0)
    QStringList activeInterfaces() const; // names of the interfaces in use now
    bool hasIpv6() const; // an IPv6 socket is open and has joined the group somewhere
    Stats stats() const;

Q_SIGNALS:
    void interfacesChanged(const QStringList &names);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ferry::Net
