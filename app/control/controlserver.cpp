#include "app/control/controlserver.h"

#include "app/control/controlchannel.h"
#include "app/control/controllog.h"
#include "app/control/controlvalues.h"
#include "app/control/localnodeaccess.h"
#include "app/nodehost.h"
#include "net/operations/spacedrop/spacedropservice.h"

#include <QDir>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

namespace Ferry::App {

namespace {

using Type = ControlMessage::Type;

QString clientDescription(const QJsonObject &hello)
{
    NodeInfo as;
    const QString kind = hello.value(QStringLiteral("kind")).toString();
    as.kind = kind == QLatin1String("gui")
        ? NodeInfo::Kind::Gui
        : (kind == QLatin1String("headless") ? NodeInfo::Kind::Headless : NodeInfo::Kind::Cli);
    as.pid = qint64(hello.value(QStringLiteral("pid")).toDouble());
    as.command = hello.value(QStringLiteral("command")).toString();
    if (as.command.isEmpty())
        as.command = QStringLiteral("client");
    return describeNode(as);
}

ControlMessage eventMessage(Type type, const QString &field, const QJsonValue &value)
{
    return ControlMessage{type, {{field, value}}};
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ControlServer::ControlServer(NodeHost *host, Kind kind, const QString &command, QObject *parent)
    : QObject(parent), m_host(host), m_kind(kind), m_command(command)
{
    const auto start = [this] {
        NodeHost *host = m_host;
        const Kind kind = m_kind;
        const QString command = m_command;
        m_ownAccess = std::make_unique<LocalNodeAccess>(
            host->spacedrop(), host->service()->registry(),
            [host, kind, command] { return host->nodeInfo(kind, command); });
        setAccess(m_ownAccess.get());
    };
    if (host->spacedrop())
        start();
    // Again whenever the node is rebuilt (the window's settings changed how it listens).
    connect(host, &NodeHost::nodeStarted, this, [this, start] {
        if (!m_access)
            start();
    });
    connect(host, &NodeHost::nodeReleasing, this, [this] {
        const QList<ControlChannel *> channels = m_clients.keys();
        for (ControlChannel *channel : channels)
            channel->fail(tr("the node is restarting (its settings changed)"));
        if (m_access)
            m_access->disconnect(this);
        m_access = nullptr;
        m_ownAccess.reset();
    });
    connect(host, &NodeHost::failed, this, [this](const QString &reason) {
        const QList<ControlChannel *> channels = m_clients.keys();
        for (ControlChannel *channel : channels)
            channel->fail(tr("the node could not start: %1").arg(reason));
    });
}

ControlServer::ControlServer(NodeAccess *access, QObject *parent) : QObject(parent)
{
    m_kind = access->info().kind;
    setAccess(access);
}

ControlServer::~ControlServer()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        it.key()->disconnect(this);
    if (m_server)
        m_server->close(); // removes the socket file, before the lock goes
}

int ControlServer::subscriberCount() const
{
    int count = 0;
    for (const Client &client : m_clients)
        count += client.subscribed ? 1 : 0;
    return count;
}

bool ControlServer::listen(InstanceGuard::Claim &claim)
{
    if (!claim.isOwner()) {
        m_error = tr("this process does not own the data folder %1").arg(claim.dataDir);
        return false;
    }
    m_lock = std::move(claim.lock);
    return listen(claim.socketPath);
}

bool ControlServer::listen(const QString &path)
{
    m_server = std::make_unique<QLocalServer>();
    // The runtime folder is the user's alone already; the socket file says so too.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server.get(), &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
    QLocalServer::removeServer(path);
    if (!m_server->listen(path)) {
        m_error = tr("cannot listen on %1: %2").arg(path, m_server->errorString());
        m_server.reset();
        return false;
    }
    m_path = path;
    qCInfo(lcControl).noquote() << "serving front-ends on" << path;
    return true;
}

void ControlServer::setAccess(NodeAccess *access)
{
    m_access = access;
    connect(access, &NodeAccess::peerDiscovered, this, [this](const Net::PeerRecord &peer) {
        broadcast(eventMessage(Type::PeerDiscovered, QStringLiteral("peer"),
                               ControlValues::peerToJson(peer)));
    });
    connect(access, &NodeAccess::peerUpdated, this, [this](const Net::PeerRecord &peer) {
        broadcast(eventMessage(Type::PeerUpdated, QStringLiteral("peer"),
                               ControlValues::peerToJson(peer)));
    });
    connect(access, &NodeAccess::peerLost, this, [this](const Net::RemoteIdentity &identity) {
        broadcast(eventMessage(Type::PeerLost, QStringLiteral("identity"), identity.toText()));
    });
    connect(access, &NodeAccess::transferAdded, this, [this](const Net::TransferInfo &info) {
        broadcast(eventMessage(Type::TransferAdded, QStringLiteral("transfer"),
                               ControlValues::transferToJson(info)));
    });
    connect(access, &NodeAccess::transferChanged, this, [this](const Net::TransferInfo &info) {
        broadcast(eventMessage(Type::TransferChanged, QStringLiteral("transfer"),
                               ControlValues::transferToJson(info)));
    });
    connect(access, &NodeAccess::transferRemoved, this, [this](const QUuid &id) {
        broadcast(eventMessage(Type::TransferRemoved, QStringLiteral("id"), idText(id)));
    });
    connect(access, &NodeAccess::requestReceived, this, &ControlServer::showRequest);
    connect(access, &NodeAccess::requestClosed, this,
            [this](const QUuid &id, ControlValues::RequestOutcome outcome, const QString &by) {
                qCInfo(lcControl).noquote()
                    << "request" << idText(id) << ControlValues::outcomeName(outcome)
                    << (by.isEmpty() ? QString() : QStringLiteral("by %1").arg(by));
                QJsonObject fields{
                    {QStringLiteral("id"), idText(id)},
                    {QStringLiteral("outcome"), ControlValues::outcomeName(outcome)}};
                if (!by.isEmpty())
                    fields.insert(QStringLiteral("by"), by.left(ControlValues::kMaxNameBytes / 4));
                broadcast(ControlMessage{Type::RequestClosed, fields});
            });
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->welcomed)
            welcome(*it);
    }
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto *channel = new ControlChannel(socket, m_limits.maxQueuedBytes, this);
        const int number = ++m_connections;
        Client client{channel, false, false, QStringLiteral("client #%1").arg(number), 0};
        m_clients.insert(channel, client);
        connect(channel, &ControlChannel::messageReceived, this,
                [this, channel](const ControlMessage &message) { onMessage(channel, message); });
        connect(channel, &ControlChannel::closed, this,
                [this, channel](const QString &reason) { forget(channel, reason); });
        if (m_clients.size() > m_limits.maxClients) {
            qCWarning(lcControl) << "refusing a front-end: already" << m_limits.maxClients;
            channel->start();
            channel->fail(tr("too many front-ends are attached to this node"));
            continue;
        }
        QTimer::singleShot(m_limits.helloTimeoutMs, channel, [this, channel] {
            const auto it = m_clients.constFind(channel);
            if (it != m_clients.cend() && !it->welcomed)
                channel->fail(tr("no hello within %1 ms").arg(m_limits.helloTimeoutMs));
        });
        channel->start();
        Q_EMIT clientsChanged();
    }
}

void ControlServer::forget(ControlChannel *channel, const QString &reason)
{
    const auto it = m_clients.find(channel);
    if (it == m_clients.end())
        return;
    qCInfo(lcControl).noquote() << it->description << "left:" << reason;
    m_clients.erase(it);
    channel->deleteLater();
    Q_EMIT clientsChanged();
}

void ControlServer::onMessage(ControlChannel *channel, const ControlMessage &message)
{
    const auto it = m_clients.find(channel);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    if (message.type == Type::Hello) {
        if (client.welcomed)
            return channel->fail(tr("hello was said already"));
        return onHello(client, message);
    }
    if (!client.welcomed)
        return channel->fail(tr("the first message must be hello"));
    if (!ControlMessage::isCommand(message.type))
        return channel->fail(
            tr("a front-end cannot send %1").arg(ControlMessage::typeName(message.type)));
    if (!m_access)
        return reply(channel, message.seq(), false, tr("the node is starting"));
    runCommand(client, message);
}

void ControlServer::onHello(Client &client, const ControlMessage &message)
{
    const int protocol = message.fields.value(QStringLiteral("protocol")).toInt();
    if (protocol != ControlMessage::kProtocolVersion)
        return client.channel->fail(tr("control protocol %1 is not spoken here (this node "
                                       "speaks %2)")
                                        .arg(protocol)
                                        .arg(ControlMessage::kProtocolVersion));
    client.description = clientDescription(message.fields);
    client.welcomed = true;
    client.helloSeq = message.seq();
    qCInfo(lcControl).noquote() << client.description << "attached";
    if (m_access)
        welcome(client);
}

void ControlServer::welcome(Client &client)
{
    client.channel->send(
        ControlMessage{Type::Welcome,
                       {{QStringLiteral("protocol"), ControlMessage::kProtocolVersion},
                        {QStringLiteral("node"), ControlValues::nodeToJson(m_access->info())}}});
}

void ControlServer::subscribe(Client &client, qint64 seq)
{
    if (client.subscribed)
        return reply(client.channel, seq, false, tr("subscribed already"));
    client.subscribed = true;
    // A client that does not read is dropped while this is queued (and `client` with it): sends
    // to its closed channel are no-ops.
    ControlChannel *channel = client.channel;
    const QString description = client.description;
    reply(channel, seq, true, {});
    for (const Net::PeerRecord &peer : m_access->peers())
        channel->send(eventMessage(Type::PeerDiscovered, QStringLiteral("peer"),
                                   ControlValues::peerToJson(peer)));
    for (const Net::TransferInfo &info : m_access->transfers())
        channel->send(eventMessage(Type::TransferAdded, QStringLiteral("transfer"),
                                   ControlValues::transferToJson(info)));
    for (const Net::IncomingRequest &request : m_access->pendingRequests()) {
        if (channel->send(eventMessage(Type::RequestReceived, QStringLiteral("request"),
                                       ControlValues::requestToJson(request))))
            qCInfo(lcControl).noquote()
                << "request" << idText(request.id) << "shown to" << description;
    }
    channel->send(ControlMessage{Type::Synced, {{QStringLiteral("seq"), double(seq)}}});
}

void ControlServer::showRequest(const Net::IncomingRequest &request)
{
    qCInfo(lcControl).noquote() << "request" << idText(request.id) << "from"
                                << request.sender.shortText() << "waits for an answer;"
                                << subscriberCount() << "front-end(s) attached";
    const ControlMessage message = eventMessage(Type::RequestReceived, QStringLiteral("request"),
                                                ControlValues::requestToJson(request));
    const QList<ControlChannel *> channels = m_clients.keys(); // send() may drop a client
    for (ControlChannel *channel : channels) {
        const auto it = m_clients.constFind(channel);
        if (it == m_clients.cend() || !it->subscribed)
            continue;
        const QString description = it->description;
        if (channel->send(message))
            qCInfo(lcControl).noquote()
                << "request" << idText(request.id) << "shown to" << description;
    }
}

void ControlServer::broadcast(const ControlMessage &message)
{
    // send() may drop a client that does not read: walk a copy.
    const QList<ControlChannel *> channels = m_clients.keys();
    for (ControlChannel *channel : channels) {
        const auto it = m_clients.constFind(channel);
        if (it != m_clients.cend() && it->subscribed)
            channel->send(message);
    }
}

void ControlServer::reply(ControlChannel *channel, qint64 seq, bool ok, const QString &error,
                          const QUuid &id)
{
    QJsonObject fields{{QStringLiteral("seq"), double(seq)}, {QStringLiteral("ok"), ok}};
    if (!ok)
        fields.insert(QStringLiteral("error"), error.left(ControlValues::kMaxTextBytes / 4));
    if (!id.isNull())
        fields.insert(QStringLiteral("id"), idText(id));
    channel->send(ControlMessage{Type::Result, fields});
}

void ControlServer::runCommand(Client &client, const ControlMessage &message)
{
    ControlChannel *channel = client.channel;
    const qint64 seq = message.seq();
    switch (message.type) {
    case Type::Subscribe:
        return subscribe(client, seq);
    case Type::Raise: {
        if (m_kind != Kind::Gui)
            return reply(channel, seq, false, tr("this node has no window"));
        QStringList paths; // decode() checked them: absolute, at most kMaxPaths
        const QJsonArray items = message.fields.value(QStringLiteral("paths")).toArray();
        for (const QJsonValue &path : items)
            paths.append(path.toString());
        if (!paths.isEmpty())
            qCInfo(lcControl).noquote()
                << client.description << "offers" << paths.size() << "path(s) for sending";
        reply(channel, seq, true, {});
        return Q_EMIT raiseRequested(paths);
    }
    case Type::Quit:
        qCInfo(lcControl).noquote() << client.description << "asked the node to quit";
        reply(channel, seq, true, {});
        // After this message is on its way: the quit stops the node.
        return void(QTimer::singleShot(0, this, &ControlServer::quitRequested));
    default:
        return runSpacedropCommand(client, message);
    }
}

void ControlServer::runSpacedropCommand(Client &client, const ControlMessage &message)
{
    const QPointer<ControlChannel> channel(client.channel);
    const qint64 seq = message.seq();
    const auto answer = [this, channel, seq](const NodeAccess::Reply &result) {
        if (channel)
            reply(channel, seq, result.ok, result.error, result.id);
    };
    const QJsonObject &f = message.fields;
    const QUuid id = QUuid::fromString(f.value(QStringLiteral("id")).toString());
    switch (message.type) {
    case Type::Send: {
        QStringList paths;
        for (const QJsonValue &path : f.value(QStringLiteral("paths")).toArray()) {
            if (!QDir::isAbsolutePath(path.toString()))
                return answer({false, tr("paths must be absolute: %1").arg(path.toString()), {}});
            paths.append(path.toString());
        }
        return m_access->sendFiles(f.value(QStringLiteral("to")).toString(), paths,
                                   f.value(QStringLiteral("message")).toString(), answer);
    }
    case Type::Accept: {
        const QString destination = f.value(QStringLiteral("destination")).toString();
        if (!destination.isEmpty() && !QDir::isAbsolutePath(destination))
            return answer({false, tr("the destination must be an absolute path"), {}});
        return m_access->acceptRequest(id, destination, client.description, answer);
    }
    case Type::Decline:
        return m_access->declineRequest(id, client.description, answer);
    case Type::Cancel:
        return m_access->controlTransfer(NodeAccess::TransferCommand::Cancel, id, answer);
    case Type::Pause:
        return m_access->controlTransfer(NodeAccess::TransferCommand::Pause, id, answer);
    case Type::Resume:
        return m_access->controlTransfer(NodeAccess::TransferCommand::Resume, id, answer);
    case Type::Retry:
        return m_access->controlTransfer(NodeAccess::TransferCommand::Retry, id, answer);
    default:
        return answer({false, tr("not a command"), {}});
    }
}

} // namespace Ferry::App
