#include "net/node.h"

#include "net/listener.h"
#include "net/logging.h"
#include "net/operations/pingresponder.h"
#include "net/stream.h"

#include <QTcpSocket>

namespace Ferry::Net {

Node::Node(const DeviceIdentity &identity, const PeerMetadata &metadata, const NodeConfig &config,
           QObject *parent)
    : QObject(parent), m_pingResponder(std::make_unique<PingResponder>())
{
    qRegisterMetaType<Ferry::Net::Error>();
    qRegisterMetaType<Ferry::Net::RemoteIdentity>();
    qRegisterMetaType<Ferry::Net::PeerInfo>();
    m_local.identity = identity;
    m_local.metadata = metadata;
    m_local.config = config;
    registerHandler(static_cast<quint16>(OperationTag::Ping), m_pingResponder.get());
    m_listener = new Listener(this);
    connect(m_listener, &Listener::accepted, this, &Node::onAccepted);
}

Node::~Node()
{
    // Connections are children and go with us; they must not call back into a half-destroyed
    // node.
    for (Connection *c : findChildren<Connection *>(QString(), Qt::FindDirectChildrenOnly))
        c->disconnect(this);
}

bool Node::start()
{
    if (m_listener->isListening())
        return true;
    const NodeConfig &c = m_local.config;
    if (!m_listener->listen(c.listenAddress, c.listenPort)) {
        m_errorString = QStringLiteral("cannot listen on %1 port %2: %3")
                            .arg(c.listenAddress.toString())
                            .arg(c.listenPort)
                            .arg(m_listener->errorString());
        return false;
    }
    qCInfo(lcNet) << "listening on" << c.listenAddress.toString() << m_listener->serverPort();
    return true;
}

void Node::stop()
{
    m_listener->close();
    const auto connections = findChildren<Connection *>(QString(), Qt::FindDirectChildrenOnly);
    for (Connection *c : connections)
        c->close(Error{ErrorCode::ShuttingDown, QStringLiteral("the node is stopping")});
}

bool Node::isListening() const
{
    return m_listener->isListening();
}

quint16 Node::port() const
{
    return m_listener->serverPort();
}

void Node::registerHandler(quint16 tag, OperationHandler *handler)
{
    m_dispatcher.registerHandler(tag, handler);
    m_local.metadata.capabilities = m_dispatcher.tags();
}

quint64 Node::dial(const QString &host, quint16 port, const RemoteIdentity &expected)
{
    const quint64 id = m_nextDialId++;
    const NodeConfig &c = m_local.config;
    if (connectionCount() >= c.maxConnections || pendingCount() >= c.maxPendingHandshakes) {
        const Error error{ErrorCode::TooManyConnections,
                          QStringLiteral("%1 connections, %2 pending")
                              .arg(connectionCount())
                              .arg(pendingCount())};
        QMetaObject::invokeMethod(
            this, [this, id, error] { Q_EMIT dialFinished(id, RemoteIdentity(), error); },
            Qt::QueuedConnection);
        return id;
    }
    auto *connection = new Connection(m_local, host, port, expected, this);
    if (!expected.isNull())
        m_pendingExpected.insert(connection, expected);
    track(connection, id);
    return id;
}

void Node::onAccepted(qintptr descriptor)
{
    const NodeConfig &c = m_local.config;
    if (connectionCount() >= c.maxConnections || pendingCount() >= c.maxPendingHandshakes) {
        QTcpSocket refused;
        refused.setSocketDescriptor(descriptor);
        Q_EMIT incomingRejected(refused.peerAddress().toString(),
                                Error{ErrorCode::TooManyConnections,
                                      QStringLiteral("connection or handshake limit reached")});
        refused.abort();
        return;
    }
    auto *connection = new Connection(m_local, descriptor, this);
    int fromSameAddress = 0;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value() == 0 && it.key()->peerAddress() == connection->peerAddress())
            ++fromSameAddress;
    }
    track(connection, 0);
    if (fromSameAddress >= c.maxPendingPerAddress)
        connection->close(
            Error{ErrorCode::TooManyConnections,
                  QStringLiteral("%1 handshakes pending from this address").arg(fromSameAddress)});
}

void Node::track(Connection *connection, quint64 dialId)
{
    m_pending.insert(connection, dialId);
    connect(connection, &Connection::established, this,
            [this, connection] { onEstablished(connection); });
    connect(connection, &Connection::closed, this,
            [this, connection](const Error &reason) { onClosed(connection, reason); });
    connect(connection, &Connection::incomingStream, this,
            [this](Stream *stream) { m_dispatcher.dispatch(stream); });
    ++m_live;
    connect(connection, &Connection::released, this, [this, connection] {
        connection->deleteLater();
        if (--m_live == 0)
            Q_EMIT allConnectionsReleased();
    });
    connection->setAdmission([this, connection](const RemoteIdentity &peer) {
        int count = int(m_established.value(peer).size());
        for (auto it = m_admitted.cbegin(); it != m_admitted.cend(); ++it)
            count += it.value() == peer ? 1 : 0;
        if (count >= m_local.config.maxConnectionsPerPeer)
            return Error{ErrorCode::TooManyConnections,
                         QStringLiteral("%1 connections to this peer already").arg(count)};
        m_admitted.insert(connection, peer);
        return Error{};
    });
}

void Node::onEstablished(Connection *connection)
{
    const quint64 dialId = m_pending.take(connection);
    m_pendingExpected.remove(connection);
    const RemoteIdentity peer = connection->peerIdentity();
    QList<Connection *> &list = m_established[peer];
    if (list.size() >= m_local.config.maxConnectionsPerPeer) {
        if (list.isEmpty())
            m_established.remove(peer);
        m_pending.insert(connection, dialId); // so that onClosed reports the dial
        connection->close(
            Error{ErrorCode::TooManyConnections,
                  QStringLiteral("%1 connections to this peer already").arg(list.size())});
        return;
    }
    list.append(connection);
    const bool first = list.size() == 1;
    if (dialId != 0)
        Q_EMIT dialFinished(dialId, peer, Error{});
    if (first)
        Q_EMIT peerConnected(peer, infoOf(connection));
    flushWaitingStreams(peer, connection, Error{});
}

void Node::onClosed(Connection *connection, const Error &reason)
{
    m_admitted.remove(connection);
    if (m_pending.contains(connection)) {
        const quint64 dialId = m_pending.take(connection);
        const RemoteIdentity expected = m_pendingExpected.take(connection);
        if (dialId != 0)
            Q_EMIT dialFinished(dialId, expected, reason);
        else
            Q_EMIT incomingRejected(connection->target(), reason);
        if (!expected.isNull() && !isConnected(expected) && !dialPendingFor(expected))
            flushWaitingStreams(expected, nullptr, reason);
        return;
    }
    const RemoteIdentity peer = connection->peerIdentity();
    auto it = m_established.find(peer);
    if (it == m_established.end() || !it->removeOne(connection))
        return;
    if (it->isEmpty()) {
        m_established.erase(it);
        Q_EMIT peerDisconnected(peer, reason);
    }
}

Stream *Node::openStream(const RemoteIdentity &peer, const Header &header)
{
    auto *stream = new Stream(peer, header, false, m_local.config.streamIdleTimeout, this);
    if (Connection *connection = connectionFor(peer)) {
        connection->adoptStream(stream);
    } else if (dialPendingFor(peer)) {
        m_waitingStreams[peer].append(stream);
    } else {
        QMetaObject::invokeMethod(
            stream,
            [stream] {
                stream->terminate(
                    Error{ErrorCode::NotConnected,
                          QStringLiteral("not connected to %1").arg(stream->peer().shortText())});
            },
            Qt::QueuedConnection);
    }
    return stream;
}

void Node::flushWaitingStreams(const RemoteIdentity &peer, Connection *connection,
                               const Error &error)
{
    const QList<QPointer<Stream>> waiting = m_waitingStreams.take(peer);
    for (const QPointer<Stream> &stream : waiting) {
        if (!stream)
            continue;
        if (connection)
            connection->adoptStream(stream);
        else
            stream->terminate(error);
    }
}

void Node::disconnectPeer(const RemoteIdentity &peer)
{
    const QList<Connection *> connections = m_established.value(peer);
    for (Connection *c : connections)
        c->close(Error{ErrorCode::Disconnected, QStringLiteral("disconnected by this device")});
}

Connection *Node::connectionFor(const RemoteIdentity &peer) const
{
    const QList<Connection *> list = m_established.value(peer);
    for (Connection *c : list) {
        if (c->state() == Connection::State::Established)
            return c;
    }
    return nullptr;
}

bool Node::dialPendingFor(const RemoteIdentity &peer) const
{
    for (auto it = m_pendingExpected.cbegin(); it != m_pendingExpected.cend(); ++it) {
        if (it.value() == peer)
            return true;
    }
    return false;
}

bool Node::isConnected(const RemoteIdentity &peer) const
{
    return connectionFor(peer) != nullptr;
}

std::optional<PeerInfo> Node::peerInfo(const RemoteIdentity &peer) const
{
    if (const Connection *c = connectionFor(peer))
        return infoOf(c);
    return std::nullopt;
}

QList<PeerInfo> Node::connectedPeers() const
{
    QList<PeerInfo> peers;
    for (auto it = m_established.cbegin(); it != m_established.cend(); ++it) {
        if (const Connection *c = connectionFor(it.key()))
            peers.append(infoOf(c));
    }
    return peers;
}

int Node::connectionCount() const
{
    int established = 0;
    for (const auto &list : m_established)
        established += int(list.size());
    return established + pendingCount();
}

int Node::pendingCount() const
{
    return int(m_pending.size());
}

PeerInfo Node::infoOf(const Connection *connection)
{
    PeerInfo info;
    info.identity = connection->peerIdentity();
    info.metadata = connection->peerMetadata();
    info.protocolVersion = connection->version();
    info.address = connection->peerAddress();
    info.port = connection->peerPort();
    info.outgoing = connection->direction() == Connection::Direction::Outgoing;
    return info;
}

} // namespace Ferry::Net
