#include "app/control/remotenodeaccess.h"

#include "app/control/controlclient.h"
#include "app/control/controlmessage.h"
#include "app/control/controlvalues.h"

#include <QJsonArray>

#include <algorithm>

namespace Ferry::App {

namespace {

using Type = ControlMessage::Type;

QJsonObject withId(const QUuid &id)
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}};
}

QUuid idOf(const ControlMessage &message)
{
    return QUuid::fromString(message.fields.value(QStringLiteral("id")).toString());
}

} // namespace

RemoteNodeAccess::RemoteNodeAccess(std::unique_ptr<ControlClient> client, QObject *parent)
    : NodeAccess(parent), m_client(std::move(client))
{
    m_welcomed.start();
    connect(m_client.get(), &ControlClient::messageReceived, this, &RemoteNodeAccess::onMessage);
    connect(m_client.get(), &ControlClient::disconnected, this, &RemoteNodeAccess::onDisconnected);
    m_client->start();
    command(int(Type::Subscribe), {}, [this](const Reply &reply) {
        if (!reply.ok && !m_closed)
            m_client->close();
    });
}

RemoteNodeAccess::~RemoteNodeAccess()
{
    m_closed = true;
    m_client->disconnect(this);
}

NodeInfo RemoteNodeAccess::info() const
{
    NodeInfo node = m_client->node();
    node.uptimeMs += m_welcomed.elapsed();
    return node;
}

QList<Net::PeerRecord> RemoteNodeAccess::peers() const
{
    QList<Net::PeerRecord> peers = m_peers.values();
    std::sort(peers.begin(), peers.end(), [](const Net::PeerRecord &a, const Net::PeerRecord &b) {
        const int byName = a.metadata.deviceName.compare(b.metadata.deviceName);
        return byName != 0 ? byName < 0 : a.identity < b.identity;
    });
    return peers;
}

QList<Net::TransferInfo> RemoteNodeAccess::transfers() const
{
    QList<Net::TransferInfo> out;
    for (const QUuid &id : m_transferOrder)
        out.append(m_transfers.value(id));
    return out;
}

std::optional<Net::TransferInfo> RemoteNodeAccess::transfer(const QUuid &id) const
{
    const auto it = m_transfers.constFind(id);
    if (it == m_transfers.cend())
        return std::nullopt;
    return *it;
}

QList<Net::IncomingRequest> RemoteNodeAccess::pendingRequests() const
{
    QList<Net::IncomingRequest> out;
    for (const QUuid &id : m_requestOrder) {
        const Waiting &waiting = m_requests[id];
        Net::IncomingRequest request = waiting.request;
        request.timeoutMs = qMax<qint64>(0, request.timeoutMs - waiting.since.elapsed());
        out.append(request);
    }
    return out;
}

void RemoteNodeAccess::sendFiles(const QString &to, const QStringList &paths,
                                 const QString &message, ReplyHandler reply)
{
    QJsonObject fields{{QStringLiteral("to"), to},
                       {QStringLiteral("paths"), QJsonArray::fromStringList(paths)}};
    if (!message.isEmpty())
        fields.insert(QStringLiteral("message"), message);
    command(int(Type::Send), fields, std::move(reply));
}

void RemoteNodeAccess::acceptRequest(const QUuid &id, const QString &destination, const QString &,
                                     ReplyHandler reply)
{
    QJsonObject fields = withId(id);
    if (!destination.isEmpty())
        fields.insert(QStringLiteral("destination"), destination);
    command(int(Type::Accept), fields, std::move(reply));
}

void RemoteNodeAccess::declineRequest(const QUuid &id, const QString &, ReplyHandler reply)
{
    command(int(Type::Decline), withId(id), std::move(reply));
}

void RemoteNodeAccess::controlTransfer(TransferCommand which, const QUuid &id, ReplyHandler reply)
{
    static const QHash<TransferCommand, Type> kTypes{{TransferCommand::Cancel, Type::Cancel},
                                                     {TransferCommand::Pause, Type::Pause},
                                                     {TransferCommand::Resume, Type::Resume},
                                                     {TransferCommand::Retry, Type::Retry}};
    command(int(kTypes.value(which)), withId(id), std::move(reply));
}

void RemoteNodeAccess::raiseWindow(ReplyHandler reply)
{
    command(int(Type::Raise), {}, std::move(reply));
}

void RemoteNodeAccess::quitNode(ReplyHandler reply)
{
    command(int(Type::Quit), {}, std::move(reply));
}

void RemoteNodeAccess::close()
{
    m_closed = true;
    m_client->close();
}

void RemoteNodeAccess::command(int type, QJsonObject fields, ReplyHandler reply)
{
    const QByteArray tooLarge = ControlMessage{Type(type), fields}.encode();
    const qint64 seq = m_closed ? 0 : m_client->sendCommand(Type(type), std::move(fields));
    if (seq == 0) {
        // Answered later, as the node would: the caller may not expect its handler yet.
        const QString error = tooLarge.isEmpty() && !m_closed
            ? tr("the command is too large for the control connection")
            : tr("the connection to the node is closed");
        QMetaObject::invokeMethod(
            this,
            [reply, error] {
                reply({false, error, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_replies.insert(seq, std::move(reply));
}

void RemoteNodeAccess::onMessage(const ControlMessage &message)
{
    switch (message.type) {
    case Type::Result:
        return onResult(message);
    case Type::Synced:
        if (m_synced)
            return;
        m_synced = true;
        return Q_EMIT synced();
    case Type::Error:
        return; // the node closes the connection now: onDisconnected
    case Type::PeerDiscovered:
    case Type::PeerUpdated:
    case Type::PeerLost:
    case Type::TransferAdded:
    case Type::TransferChanged:
    case Type::TransferRemoved:
    case Type::RequestReceived:
    case Type::RequestClosed:
        return onEvent(message);
    default:
        m_client->close(); // a node does not send commands
    }
}

void RemoteNodeAccess::onResult(const ControlMessage &message)
{
    const ReplyHandler reply = m_replies.take(message.seq());
    if (!reply)
        return;
    const QJsonObject &f = message.fields;
    reply({f.value(QStringLiteral("ok")).toBool(), f.value(QStringLiteral("error")).toString(),
           idOf(message)});
}

void RemoteNodeAccess::onEvent(const ControlMessage &message)
{
    const QJsonObject &f = message.fields;
    const bool emitting = m_synced; // the snapshot is copied silently
    switch (message.type) {
    case Type::PeerDiscovered:
    case Type::PeerUpdated: {
        const auto peer
            = ControlValues::peerFromJson(f.value(QStringLiteral("peer")).toObject(), nullptr);
        const bool known = m_peers.contains(peer->identity);
        m_peers.insert(peer->identity, *peer);
        if (emitting && known)
            Q_EMIT peerUpdated(*peer);
        else if (emitting)
            Q_EMIT peerDiscovered(*peer);
        return;
    }
    case Type::PeerLost: {
        const auto id
            = Net::RemoteIdentity::fromText(f.value(QStringLiteral("identity")).toString());
        if (m_peers.remove(*id) && emitting)
            Q_EMIT peerLost(*id);
        return;
    }
    case Type::TransferAdded:
    case Type::TransferChanged: {
        const auto info = ControlValues::transferFromJson(
            f.value(QStringLiteral("transfer")).toObject(), nullptr);
        const bool known = m_transfers.contains(info->id);
        if (!known)
            m_transferOrder.append(info->id);
        m_transfers.insert(info->id, *info);
        if (emitting && known)
            Q_EMIT transferChanged(*info);
        else if (emitting)
            Q_EMIT transferAdded(*info);
        return;
    }
    case Type::TransferRemoved:
        if (m_transfers.remove(idOf(message))) {
            m_transferOrder.removeAll(idOf(message));
            if (emitting)
                Q_EMIT transferRemoved(idOf(message));
        }
        return;
    case Type::RequestReceived: {
        const auto request = ControlValues::requestFromJson(
            f.value(QStringLiteral("request")).toObject(), nullptr);
        if (m_requests.contains(request->id))
            return;
        Waiting waiting{*request, {}};
        waiting.since.start();
        m_requests.insert(request->id, waiting);
        m_requestOrder.append(request->id);
        if (emitting)
            Q_EMIT requestReceived(*request);
        return;
    }
    case Type::RequestClosed: {
        const QUuid id = idOf(message);
        if (!m_requests.remove(id))
            return;
        m_requestOrder.removeAll(id);
        const auto outcome
            = ControlValues::outcomeFromName(f.value(QStringLiteral("outcome")).toString());
        if (emitting)
            Q_EMIT requestClosed(id, *outcome, f.value(QStringLiteral("by")).toString());
        return;
    }
    default:
        return;
    }
}

void RemoteNodeAccess::onDisconnected(const QString &reason)
{
    const QHash<qint64, ReplyHandler> waiting = std::exchange(m_replies, {});
    const QString error = tr("the connection to the node was lost: %1").arg(reason);
    for (const ReplyHandler &reply : waiting)
        reply({false, error, {}});
    if (!m_closed)
        Q_EMIT nodeLost(reason);
}

} // namespace Ferry::App
