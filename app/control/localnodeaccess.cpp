#include "app/control/localnodeaccess.h"

#include "net/operations/spacedrop/spacedropservice.h"
#include "net/peerregistry.h"

namespace Ferry::App {

LocalNodeAccess::LocalNodeAccess(Net::SpacedropService *spacedrop, Net::PeerRegistry *registry,
                                 InfoSource info, QObject *parent)
    : NodeAccess(parent), m_spacedrop(spacedrop), m_registry(registry), m_info(std::move(info))
{
    using Net::SpacedropService;
    connect(spacedrop, &SpacedropService::transferAdded, this, &NodeAccess::transferAdded);
    connect(spacedrop, &SpacedropService::transferChanged, this, &NodeAccess::transferChanged);
    connect(spacedrop, &SpacedropService::transferRemoved, this, &NodeAccess::transferRemoved);
    connect(spacedrop, &SpacedropService::requestReceived, this,
            &LocalNodeAccess::onRequestReceived);
    connect(spacedrop, &SpacedropService::requestClosed, this, &LocalNodeAccess::onRequestClosed);
    for (const Net::IncomingRequest &request : spacedrop->pendingRequests())
        m_raised[request.id].start();
    if (!registry)
        return;
    connect(registry, &Net::PeerRegistry::peerDiscovered, this, &NodeAccess::peerDiscovered);
    connect(registry, &Net::PeerRegistry::peerUpdated, this, &NodeAccess::peerUpdated);
    connect(registry, &Net::PeerRegistry::peerLost, this, &NodeAccess::peerLost);
}

LocalNodeAccess::~LocalNodeAccess() = default;

QList<Net::PeerRecord> LocalNodeAccess::peers() const
{
    return m_registry ? m_registry->peers() : QList<Net::PeerRecord>();
}

QList<Net::TransferInfo> LocalNodeAccess::transfers() const
{
    return m_spacedrop ? m_spacedrop->transfers() : QList<Net::TransferInfo>();
}

std::optional<Net::TransferInfo> LocalNodeAccess::transfer(const QUuid &id) const
{
    return m_spacedrop ? m_spacedrop->transfer(id) : std::nullopt;
}

QList<Net::IncomingRequest> LocalNodeAccess::pendingRequests() const
{
    QList<Net::IncomingRequest> requests
        = m_spacedrop ? m_spacedrop->pendingRequests() : QList<Net::IncomingRequest>();
    for (Net::IncomingRequest &request : requests) {
        const auto raised = m_raised.constFind(request.id);
        if (raised != m_raised.cend())
            request.timeoutMs = qMax<qint64>(0, request.timeoutMs - raised->elapsed());
    }
    return requests;
}

std::optional<Net::PeerRecord> LocalNodeAccess::findPeer(const QString &nameOrIdentity,
                                                         QString *why) const
{
    if (m_registry)
        return m_registry->find(nameOrIdentity, why);
    return NodeAccess::findPeer(nameOrIdentity, why);
}

void LocalNodeAccess::sendFiles(const QString &to, const QStringList &paths, const QString &message,
                                ReplyHandler reply)
{
    QString why;
    const std::optional<Net::PeerRecord> peer = findPeer(to, &why);
    if (!m_spacedrop || !peer)
        return reply({false, m_spacedrop ? why : tr("the node has stopped"), {}});
    const QUuid id
        = m_spacedrop->sendFiles(peer->identity, peer->metadata.deviceName, paths, message);
    reply({true, {}, id});
}

QString LocalNodeAccess::answerProblem(const QUuid &id) const
{
    const auto closed = m_closed.constFind(id);
    if (closed == m_closed.cend())
        return m_raised.contains(id) ? QString() : tr("no offer is waiting with this id");
    const QString by = closed->by.isEmpty() ? QString() : tr(" by %1").arg(closed->by);
    switch (closed->outcome) {
    case Outcome::Accepted:
        return tr("the offer was already accepted%1").arg(by);
    case Outcome::Declined:
        return tr("the offer was already declined%1").arg(by);
    case Outcome::TimedOut:
        return tr("the offer timed out");
    case Outcome::Withdrawn:
        break;
    }
    return tr("the sender withdrew the offer");
}

void LocalNodeAccess::acceptRequest(const QUuid &id, const QString &destination, const QString &by,
                                    ReplyHandler reply)
{
    const QString problem = answerProblem(id);
    if (!problem.isEmpty() || !m_spacedrop)
        return reply({false, problem.isEmpty() ? tr("the node has stopped") : problem, {}});
    m_deciding.insert(id, by);
    QString error;
    const bool accepted = m_spacedrop->acceptRequest(id, destination, &error);
    m_deciding.remove(id); // (taken by onRequestClosed when the answer closed the offer)
    reply({accepted, error, id});
}

void LocalNodeAccess::declineRequest(const QUuid &id, const QString &by, ReplyHandler reply)
{
    const QString problem = answerProblem(id);
    if (!problem.isEmpty() || !m_spacedrop)
        return reply({false, problem.isEmpty() ? tr("the node has stopped") : problem, {}});
    m_deciding.insert(id, by);
    const bool declined = m_spacedrop->declineRequest(id);
    m_deciding.remove(id);
    reply({declined, declined ? QString() : tr("no offer is waiting with this id"), id});
}

void LocalNodeAccess::controlTransfer(TransferCommand command, const QUuid &id, ReplyHandler reply)
{
    if (!m_spacedrop)
        return reply({false, tr("the node has stopped"), {}});
    bool done = false;
    switch (command) {
    case TransferCommand::Cancel:
        done = m_spacedrop->cancelTransfer(id);
        break;
    case TransferCommand::Pause:
        done = m_spacedrop->pauseTransfer(id);
        break;
    case TransferCommand::Resume:
        done = m_spacedrop->resumeTransfer(id);
        break;
    case TransferCommand::Retry:
        done = m_spacedrop->retryTransfer(id);
        break;
    }
    if (!done)
        return reply({false,
                      tr("cannot %1 this transfer: it is unknown or not in a state that allows it")
                          .arg(commandName(command)),
                      id});
    reply({true, {}, id});
}

void LocalNodeAccess::onRequestReceived(const Net::IncomingRequest &request)
{
    m_raised[request.id].start();
    Q_EMIT requestReceived(request);
}

void LocalNodeAccess::onRequestClosed(const QUuid &id)
{
    m_raised.remove(id);
    const Outcome outcome
        = ControlValues::outcomeOf(m_spacedrop ? m_spacedrop->transfer(id) : std::nullopt);
    // An answer given through this access names who gave it; a time-out has nobody. In the
    // window's process the only other way to answer is the window's own prompt, which talks to
    // the service directly: name the window then.
    const bool answered = outcome == Outcome::Accepted || outcome == Outcome::Declined;
    QString by = answered ? m_deciding.take(id) : QString();
    if (answered && by.isEmpty()) {
        if (const NodeInfo node = m_info(); node.kind == NodeInfo::Kind::Gui)
            by = describeNode(node);
    }
    m_closed.insert(id, Closed{outcome, by});
    m_closedOrder.append(id);
    while (m_closedOrder.size() > kMaxRemembered)
        m_closed.remove(m_closedOrder.takeFirst());
    Q_EMIT requestClosed(id, outcome, by);
}

} // namespace Ferry::App
