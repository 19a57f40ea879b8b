#pragma once

#include "app/control/controlvalues.h"
#include "app/control/nodeinfo.h"
#include "net/operations/spacedrop/transferinfo.h"
#include "net/peerrecord.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Ferry::App {

// A front-end's view of one Ferry node, the same whether the node runs in this process
// (LocalNodeAccess) or in another one reached over the control socket (RemoteNodeAccess): its
// peers, transfers and waiting offers, the commands on them, and their changes as signals.
//
// Commands answer through their reply handler exactly once, never after the access is
// destroyed; the changes a command causes are signalled before its reply. An offer is decided
// once: the first accept or decline wins and every other answer is refused ("already
// decided"); every front-end sees requestClosed with the outcome and who decided.
class NodeAccess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeAccess)
public:
    using Outcome = ControlValues::RequestOutcome;
    struct Reply
    {
        bool ok = true;
        QString error; // when !ok
        QUuid id; // send: the new transfer
    };
    using ReplyHandler = std::function<void(const Reply &)>;
    enum class TransferCommand { Cancel, Pause, Resume, Retry };

    explicit NodeAccess(QObject *parent = nullptr) : QObject(parent) { }

    virtual bool isLocal() const = 0;
    virtual NodeInfo info() const = 0;
    virtual QList<Net::PeerRecord> peers() const = 0;
    virtual QList<Net::TransferInfo> transfers() const = 0;
    virtual std::optional<Net::TransferInfo> transfer(const QUuid &id) const;
    virtual QList<Net::IncomingRequest> pendingRequests() const = 0;
    // As PeerRegistry::find: a full identity, a unique identity prefix or a unique device name.
    virtual std::optional<Net::PeerRecord> findPeer(const QString &nameOrIdentity,
                                                    QString *why) const;

    // to: a device's identity or its name (resolved by the node's peer list).
    virtual void sendFiles(const QString &to, const QStringList &paths, const QString &message,
                           ReplyHandler reply)
        = 0;
    // destination empty: the node's default. by: who decides, for the others' messages (a local
    // front-end's description; the node knows its remote front-ends itself).
    virtual void acceptRequest(const QUuid &id, const QString &destination, const QString &by,
                               ReplyHandler reply)
        = 0;
    virtual void declineRequest(const QUuid &id, const QString &by, ReplyHandler reply) = 0;
    virtual void controlTransfer(TransferCommand command, const QUuid &id, ReplyHandler reply) = 0;

    // The peer list searched the way PeerRegistry::find searches it.
    static std::optional<Net::PeerRecord> findIn(const QList<Net::PeerRecord> &peers,
                                                 const QString &nameOrIdentity, QString *why);
    static QString commandName(TransferCommand command); // "cancel", "pause", …

Q_SIGNALS:
    void peerDiscovered(const Ferry::Net::PeerRecord &peer);
    void peerUpdated(const Ferry::Net::PeerRecord &peer);
    void peerLost(const Ferry::Net::RemoteIdentity &identity);
    void transferAdded(const Ferry::Net::TransferInfo &info);
    void transferChanged(const Ferry::Net::TransferInfo &info);
    void transferRemoved(const QUuid &id);
    void requestReceived(const Ferry::Net::IncomingRequest &request);
    // by: the front-end that answered ("" when nobody did: time-out, sender gone, policy).
    void requestClosed(const QUuid &id, Ferry::App::ControlValues::RequestOutcome outcome,
                       const QString &by);
    // Remote only: the node went away (quit, crash); no more signals come.
    void nodeLost(const QString &reason);
};

} // namespace Ferry::App
