#pragma once

#include "net/errorcode.h"
#include "net/remoteidentity.h"

#include <QHash>
#include <QObject>

namespace Ferry::Net {

class Node;

// Sends Pings (docs/PROTOCOL.md §9) and reports each one exactly once: its round-trip time, or
// why it failed (Timeout after the node's pingTimeout, NotConnected, a reset, …).
class PingClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PingClient)
public:
    explicit PingClient(Node *node, QObject *parent = nullptr);

    quint64 ping(const RemoteIdentity &peer);

Q_SIGNALS:
    // rttMicros is valid when error.code is None.
    void finished(quint64 pingId, const Ferry::Net::RemoteIdentity &peer, qint64 rttMicros,
                  const Ferry::Net::Error &error);

private:
    Node *m_node;
    quint64 m_nextId = 1;
};

} // namespace Ferry::Net
