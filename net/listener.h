#pragma once

#include <QTcpServer>

namespace Ferry::Net {

// Accepts TCP connections and hands over their descriptors; TLS starts in the Connection, so
// that pending-handshake limits are enforced before any TLS work is done.
class Listener : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)
public:
    using QTcpServer::QTcpServer;

Q_SIGNALS:
    void accepted(qintptr socketDescriptor);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace Ferry::Net
