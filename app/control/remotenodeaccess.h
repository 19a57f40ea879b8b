#pragma once

#include "app/control/nodeaccess.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>

namespace Ferry::App {

class ControlClient;
struct ControlMessage;

// NodeAccess to a node in another process, over the control socket: subscribes, keeps a copy
// of the node's peers, transfers and waiting offers from its events, and turns commands into
// control messages whose results come back to the reply handlers. Signals start once the copy
// is complete (synced()); the node going away is nodeLost(), and every command still waiting
// is then answered with an error.
class RemoteNodeAccess : public NodeAccess
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteNodeAccess)
public:
    // client: welcomed (InstanceGuard::claim, or ControlClient::welcomed).
    explicit RemoteNodeAccess(std::unique_ptr<ControlClient> client, QObject *parent = nullptr);
    ~RemoteNodeAccess() override;

    bool isSynced() const { return m_synced; }
    bool isLocal() const override { return false; }
    NodeInfo info() const override;
    QList<Net::PeerRecord> peers() const override;
    QList<Net::TransferInfo> transfers() const override;
    std::optional<Net::TransferInfo> transfer(const QUuid &id) const override;
    // Each with the time it has left, as the node counts it.
    QList<Net::IncomingRequest> pendingRequests() const override;

    void sendFiles(const QString &to, const QStringList &paths, const QString &message,
                   ReplyHandler reply) override;
    void acceptRequest(const QUuid &id, const QString &destination, const QString &by,
                       ReplyHandler reply) override;
    void declineRequest(const QUuid &id, const QString &by, ReplyHandler reply) override;
    void controlTransfer(TransferCommand command, const QUuid &id, ReplyHandler reply) override;
    // Asks the node's window to come forward; the node's quit. Only a GUI node has a window.
    void raiseWindow(ReplyHandler reply);
    void quitNode(ReplyHandler reply);
    // Detaches (no nodeLost follows).
    void close();

Q_SIGNALS:
    void synced();

private:
    struct Waiting
    {
        Net::IncomingRequest request;
        QElapsedTimer since;
    };

    void command(int type, QJsonObject fields, ReplyHandler reply);
    void onMessage(const ControlMessage &message);
    void onResult(const ControlMessage &message);
    void onEvent(const ControlMessage &message);
    void onDisconnected(const QString &reason);

    std::unique_ptr<ControlClient> m_client;
    QElapsedTimer m_welcomed; // the node's uptime counts on from the welcome
    QHash<qint64, ReplyHandler> m_replies;
    QHash<Net::RemoteIdentity, Net::PeerRecord> m_peers;
    QList<QUuid> m_transferOrder;
    QHash<QUuid, Net::TransferInfo> m_transfers;
    QList<QUuid> m_requestOrder;
    QHash<QUuid, Waiting> m_requests;
    bool m_synced = false;
    bool m_closed = false;
};

} // namespace Ferry::App
