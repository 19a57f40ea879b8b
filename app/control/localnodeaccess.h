#pragma once

#include "app/control/nodeaccess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <functional>

namespace Ferry::Net {
class PeerRegistry;
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::App {

// NodeAccess to a node in this process: its SpacedropService and PeerRegistry. Keeps who
// decided each offer, so that every front-end (this process's and, through ControlServer, the
// attached ones) is told the outcome and by whom, and a late answer is refused with it.
class LocalNodeAccess : public NodeAccess
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalNodeAccess)
public:
    using InfoSource = std::function<NodeInfo()>;

    // registry may be null (a node without discovery or manual peers: tests).
    LocalNodeAccess(Net::SpacedropService *spacedrop, Net::PeerRegistry *registry, InfoSource info,
                    QObject *parent = nullptr);
    ~LocalNodeAccess() override;

    bool isLocal() const override { return true; }
    NodeInfo info() const override { return m_info(); }
    QList<Net::PeerRecord> peers() const override;
    QList<Net::TransferInfo> transfers() const override;
    std::optional<Net::TransferInfo> transfer(const QUuid &id) const override;
    // Each with the time it has left before it is declined by itself.
    QList<Net::IncomingRequest> pendingRequests() const override;
    std::optional<Net::PeerRecord> findPeer(const QString &nameOrIdentity,
                                            QString *why) const override;

    void sendFiles(const QString &to, const QStringList &paths, const QString &message,
                   ReplyHandler reply) override;
    void acceptRequest(const QUuid &id, const QString &destination, const QString &by,
                       ReplyHandler reply) override;
    void declineRequest(const QUuid &id, const QString &by, ReplyHandler reply) override;
    void controlTransfer(TransferCommand command, const QUuid &id, ReplyHandler reply) override;

private:
    // Closed offers remembered for the answers that come late.
    static constexpr int kMaxRemembered = 256;

    struct Closed
    {
        Outcome outcome;
        QString by;
    };

    void onRequestReceived(const Net::IncomingRequest &request);
    void onRequestClosed(const QUuid &id);
    // Why id cannot be answered any more; empty when it can.
    QString answerProblem(const QUuid &id) const;

    QPointer<Net::SpacedropService> m_spacedrop;
    QPointer<Net::PeerRegistry> m_registry;
    InfoSource m_info;
    QHash<QUuid, QElapsedTimer> m_raised; // waiting offers: since when
    QHash<QUuid, QString> m_deciding; // the answer being applied, by whom
    QHash<QUuid, Closed> m_closed;
    QList<QUuid> m_closedOrder; // oldest first, to forget beyond kMaxRemembered
};

} // namespace Ferry::App
