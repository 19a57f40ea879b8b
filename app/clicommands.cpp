#include "app/clicommands.h"

#include "app/connectorreport.h"
#include "app/console.h"
#include "app/control/controlserver.h"
#include "app/control/nodeaccess.h"
#include "app/control/nodeconnector.h"
#include "app/headlesstransfers.h"
#include "app/nodehost.h"
#include "app/peerformat.h"
#include "app/receivecommand.h"
#include "app/sendcommand.h"
#include "app/signalwatcher.h"
#include "net/discovery.h"
#include "net/hostport.h"
#include "net/operations/pingclient.h"
#include "net/peerregistry.h"

#include <QTimer>

#include <algorithm>

namespace Ferry::App {

namespace {

// Every node answers a QUERY within 0.5 s (docs/PROTOCOL.md §12.3): after this, a name that
// matches one device is not about to match a second one.
constexpr int kSettleMs = 700;

QString formatRtt(qint64 micros)
{
    return QStringLiteral("%1 ms").arg(double(micros) / 1000.0, 0, 'f', 3);
}

} // namespace

CliCommands::CliCommands(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{ }

CliCommands::~CliCommands() = default;

void CliCommands::run()
{
    if (runTransferCommand())
        return;
    if (m_options.command == Options::Command::Headless)
        return runHeadless();
    if (m_options.command == Options::Command::Peers)
        return runPeers();
    m_host = std::make_unique<NodeHost>(m_options);
    connect(m_host.get(), &NodeHost::failed, this, [this](const QString &reason) {
        printErr(QStringLiteral("ferry: %1\n").arg(reason));
        finish(1);
    });
    connect(m_host.get(), &NodeHost::identityLoaded, this, &CliCommands::onIdentityLoaded);
    m_host->loadIdentity();
}

// send and receive: their own classes, which bring up their own node.
bool CliCommands::runTransferCommand()
{
    const auto forward = [this](int exitCode) { Q_EMIT finished(exitCode); };
    if (m_options.command == Options::Command::Send) {
        m_send = std::make_unique<SendCommand>(m_options);
        connect(m_send.get(), &SendCommand::finished, this, forward);
        m_send->run();
        return true;
    }
    if (m_options.command == Options::Command::Receive) {
        m_receive = std::make_unique<ReceiveCommand>(m_options);
        connect(m_receive.get(), &ReceiveCommand::finished, this, forward);
        m_receive->run();
        return true;
    }
    return false;
}

void CliCommands::onIdentityLoaded()
{
    // Never silent about where the key went (the keychain may have been unusable).
    if (!m_host->keyStorage().warning.isEmpty())
        printErr(QStringLiteral("ferry: warning: %1\n").arg(m_host->keyStorage().warning));
    switch (m_options.command) {
    case Options::Command::Identity:
        printIdentity(*m_host);
        return finish(0);
    case Options::Command::Ping:
        return runPing();
    case Options::Command::Headless:
    case Options::Command::Peers:
    case Options::Command::Gui:
    case Options::Command::Send:
    case Options::Command::Receive:
        break;
    }
    finish(2);
}

void CliCommands::printIdentity(const NodeHost &host)
{
    const Net::RemoteIdentity id = host.identity().remoteIdentity();
    const Net::KeyStorage &storage = host.keyStorage();
    printOut(
        QStringLiteral("identity     %1\nshort        %2\nfingerprint  %3\nkey stored   %4%5\n")
            .arg(id.toText(), id.shortText(), id.fingerprint(), storage.location,
                 storage.created ? QStringLiteral(" (created now)") : QString()));
}

// Discovery that could not start is a warning, not a failure: TCP and --peer still work.
void CliCommands::printDiscoveryState(const NodeHost &host)
{
    Net::NetworkService *service = host.service();
    if (!service->errorString().isEmpty())
        printErr(QStringLiteral("ferry: warning: %1\n").arg(service->errorString()));
}

void CliCommands::runHeadless()
{
    m_connector = std::make_unique<NodeConnector>(m_options, NodeHost::Start::Listen,
                                                  NodeInfo::Kind::Headless, QString(),
                                                  NodeConnector::Mode::StartOnly);
    reportConnectorProblems(
        m_connector.get(), this, [](const QString &line) { printErr(line + QLatin1Char('\n')); },
        [this](int code) { finish(code); });
    connect(m_connector.get(), &NodeConnector::ready, this, &CliCommands::onHeadlessReady);
    stopOnSignal(QStringLiteral("stopping\n"));
    m_connector->connectToNode();
}

void CliCommands::onHeadlessReady()
{
    const NodeHost &host = *m_connector->host();
    Net::Node *node = host.node();
    printOut(QStringLiteral("Ferry %1 headless node \"%2\"\n")
                 .arg(QStringLiteral(FERRY_VERSION), node->metadata().deviceName));
    printIdentity(host);
    printOut(QStringLiteral("listening    %1 port %2\n")
                 .arg(m_options.listenAddress.toString())
                 .arg(node->port()));
    printDiscoveryState(host);
    if (Net::Discovery *discovery = host.service()->discovery()) {
        printOut(QStringLiteral("discovery    UDP port %1 on %2\n")
                     .arg(discovery->port())
                     .arg(discovery->activeInterfaces().join(QStringLiteral(", "))));
        connect(discovery, &Net::Discovery::interfacesChanged, this, [](const QStringList &names) {
            printOut(QStringLiteral("interfaces   %1\n").arg(names.join(QStringLiteral(", "))));
        });
    }
    ControlServer *server = m_connector->server();
    if (!server->socketPath().isEmpty())
        printOut(QStringLiteral("control      %1\n").arg(server->socketPath()));
    showHeadlessEvents(host);
    m_transfers = std::make_unique<HeadlessTransfers>(m_options, server->access(), server);
    connect(server, &ControlServer::quitRequested, this, [this] {
        printOut(QStringLiteral("stopping: a front-end asked this node to quit\n"));
        finish(0);
    });
}

void CliCommands::showHeadlessEvents(const NodeHost &host)
{
    Net::Node *node = host.node();
    connect(node, &Net::Node::peerConnected, this,
            [](const Net::RemoteIdentity &peer, const Net::PeerInfo &info) {
                printOut(QStringLiteral("connected    %1 %2 from %3\n")
                             .arg(peer.shortText(), describePeer(info.metadata),
                                  info.address.toString()));
            });
    connect(
        node, &Net::Node::peerDisconnected, this,
        [](const Net::RemoteIdentity &peer, const Net::Error &reason) {
            printOut(
                QStringLiteral("disconnected %1 %2\n").arg(peer.shortText(), reason.toString()));
        });
    connect(node, &Net::Node::incomingRejected, this,
            [](const QString &address, const Net::Error &error) {
                printOut(QStringLiteral("refused      %1 %2\n").arg(address, error.toString()));
            });
    Net::PeerRegistry *registry = host.service()->registry();
    connect(registry, &Net::PeerRegistry::peerDiscovered, this,
            [this](const Net::PeerRecord &peer) {
                m_shown.insert(peer.identity, peer);
                printOut(QStringLiteral("found        %1 %2 at %3\n")
                             .arg(peer.identity.shortText(), describePeer(peer.metadata),
                                  addressList(peer.addresses)));
            });
    connect(registry, &Net::PeerRegistry::peerUpdated, this,
            [this](const Net::PeerRecord &peer) { m_shown.insert(peer.identity, peer); });
    connect(registry, &Net::PeerRegistry::peerLost, this,
            [this](const Net::RemoteIdentity &identity) {
                const Net::PeerRecord last = m_shown.take(identity);
                printOut(QStringLiteral("lost         %1 %2\n")
                             .arg(identity.shortText(), describePeer(last.metadata)));
            });
}

void CliCommands::runPeers()
{
    m_connector = std::make_unique<NodeConnector>(m_options, NodeHost::Start::Transient,
                                                  NodeInfo::Kind::Cli, QStringLiteral("peers"));
    reportConnectorProblems(
        m_connector.get(), this, [](const QString &line) { printErr(line + QLatin1Char('\n')); },
        [this](int code) { finish(code); });
    connect(m_connector.get(), &NodeConnector::nodeLost, this, [this](const QString &reason) {
        printErr(QStringLiteral("ferry: the Ferry node went away: %1\n").arg(reason));
        finish(1);
    });
    connect(m_connector.get(), &NodeConnector::ready, this, &CliCommands::onPeersReady);
    if (m_options.watch)
        stopOnSignal({});
    m_connector->connectToNode();
}

void CliCommands::onPeersReady()
{
    m_access = m_connector->access();
    if (m_connector->host())
        printDiscoveryState(*m_connector->host());
    if (ControlServer *server = m_connector->server())
        connect(server, &ControlServer::quitRequested, this, [this] { finish(0); });
    // A running node has been listening already: only what is left of --wait.
    const qint64 listened = m_access->isLocal() ? 0 : m_access->info().uptimeMs;
    QTimer::singleShot(std::max<qint64>(0, m_options.waitMs - listened), this, [this] {
        printPeers();
        if (!m_options.watch)
            return finish(0);
        watchPeers();
    });
}

void CliCommands::printPeers()
{
    const QList<Net::PeerRecord> peers = m_access->peers();
    for (const Net::PeerRecord &peer : peers) {
        m_shown.insert(peer.identity, peer);
        printOut(peerLine(peer) + QLatin1Char('\n'));
    }
    if (!peers.isEmpty())
        return;
    printOut(QStringLiteral("No devices found.\n"));
    printOut(m_access->info().discovery
                 ? QStringLiteral("Is Ferry running on the other device, on this network? "
                                  "A device elsewhere can be added with --peer HOST[:PORT].\n")
                 : QStringLiteral("Discovery is off: add devices with --peer HOST[:PORT].\n"));
}

void CliCommands::watchPeers()
{
    connect(m_access, &NodeAccess::peerDiscovered, this, [this](const Net::PeerRecord &peer) {
        m_shown.insert(peer.identity, peer);
        printOut(QStringLiteral("+ found %1\n").arg(peerLine(peer)));
    });
    connect(m_access, &NodeAccess::peerUpdated, this, [this](const Net::PeerRecord &peer) {
        const QString before = peerLine(m_shown.value(peer.identity));
        m_shown.insert(peer.identity, peer);
        if (peerLine(peer) != before) // only what the line shows
            printOut(QStringLiteral("~ updated %1\n").arg(peerLine(peer)));
    });
    connect(m_access, &NodeAccess::peerLost, this, [this](const Net::RemoteIdentity &identity) {
        Net::PeerRecord last = m_shown.take(identity);
        last.identity = identity;
        printOut(QStringLiteral("- lost %1\n").arg(peerLabel(last)));
    });
}

void CliCommands::runPing()
{
    if (m_options.pingByName)
        return pingByName();
    QString host;
    quint16 port = 0;
    Net::parseHostPort(m_options.pingTarget, host, port);
    connect(m_host.get(), &NodeHost::nodeStarted, this, [this, host, port] {
        Net::Node *node = m_host->node();
        connect(node, &Net::Node::dialFinished, this,
                [this](quint64, const Net::RemoteIdentity &peer, const Net::Error &error) {
                    onReached(peer, error);
                });
        node->dial(host, port, m_options.expect);
    });
    m_host->startNode(NodeHost::Start::DialOnly);
}

// Listens for devices until the target is found (or --wait is over), then connects to it.
void CliCommands::pingByName()
{
    connect(m_host.get(), &NodeHost::nodeStarted, this, [this] {
        printDiscoveryState(*m_host);
        Net::NetworkService *service = m_host->service();
        connect(service, &Net::NetworkService::connectFinished, this,
                [this](const Net::RemoteIdentity &peer, const Net::Error &error) {
                    if (peer == m_target)
                        onReached(peer, error);
                });
        const auto retry = [this] { resolveTarget(false); };
        connect(service->registry(), &Net::PeerRegistry::peerDiscovered, this, retry);
        connect(service->registry(), &Net::PeerRegistry::peerUpdated, this, retry);
        QTimer::singleShot(std::min(kSettleMs, m_options.waitMs), this, [this] {
            m_settled = true;
            resolveTarget(false);
        });
        QTimer::singleShot(m_options.waitMs, this, [this] { resolveTarget(true); });
    });
    m_host->startNode(NodeHost::Start::Transient);
}

void CliCommands::resolveTarget(bool final)
{
    if (!m_target.isNull() || m_finished || (!final && !m_settled))
        return;
    QString why;
    const std::optional<Net::PeerRecord> found
        = m_host->service()->registry()->find(m_options.pingTarget, &why);
    if (!found) {
        if (!final)
            return; // it may still appear
        printErr(QStringLiteral("ferry: cannot ping %1: %2\n").arg(m_options.pingTarget, why));
        return finish(1);
    }
    if (!m_options.expect.isNull() && found->identity != m_options.expect) {
        printErr(
            QStringLiteral("ferry: cannot ping %1: it is %2, not the expected %3\n")
                .arg(m_options.pingTarget, found->identity.toText(), m_options.expect.toText()));
        return finish(1);
    }
    m_target = found->identity;
    m_host->service()->connectToPeer(m_target);
}

void CliCommands::onReached(const Net::RemoteIdentity &peer, const Net::Error &error)
{
    if (error.isError()) {
        printErr(QStringLiteral("ferry: cannot connect to %1: %2\n")
                     .arg(m_options.pingTarget, error.toString()));
        return finish(1);
    }
    const std::optional<Net::PeerInfo> known = m_host->node()->peerInfo(peer);
    if (!known) { // connected a moment ago (connectToPeer reports that later), gone since
        printErr(QStringLiteral("ferry: cannot connect to %1: the connection was lost\n")
                     .arg(m_options.pingTarget));
        return finish(1);
    }
    const Net::PeerInfo &info = *known;
    printOut(QStringLiteral("peer         %1\nidentity     %2\nfingerprint  %3\n"
                            "protocol     version %4\n")
                 .arg(describePeer(info.metadata), peer.toText(), peer.fingerprint())
                 .arg(info.protocolVersion));
    pingNext(peer);
}

void CliCommands::pingNext(const Net::RemoteIdentity &peer)
{
    auto *client = new Net::PingClient(m_host->node(), this);
    connect(client, &Net::PingClient::finished, this,
            [this, client, peer](quint64, const Net::RemoteIdentity &, qint64 rtt,
                                 const Net::Error &error) {
                client->deleteLater();
                if (error.isError()) {
                    printErr(QStringLiteral("ferry: ping failed: %1\n").arg(error.toString()));
                    return finish(1);
                }
                m_rtts.append(rtt);
                printOut(QStringLiteral("rtt          %1\n").arg(formatRtt(rtt)));
                if (m_rtts.size() < m_options.count)
                    return pingNext(peer);
                if (m_rtts.size() > 1) {
                    const auto [min, max] = std::minmax_element(m_rtts.cbegin(), m_rtts.cend());
                    qint64 sum = 0;
                    for (qint64 r : std::as_const(m_rtts))
                        sum += r;
                    printOut(
                        QStringLiteral("rtt min/avg/max %1 / %2 / %3\n")
                            .arg(formatRtt(*min), formatRtt(sum / m_rtts.size()), formatRtt(*max)));
                }
                finish(0);
            });
    client->ping(peer);
}

// SIGINT/SIGTERM end the command cleanly (GOODBYE, GOAWAY), with exit code 0.
void CliCommands::stopOnSignal(const QString &message)
{
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::terminationRequested, this, [this, message] {
        printOut(message);
        finish(0);
    });
}

void CliCommands::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Nothing more to show: the peers, interfaces and transfers that stopping loses are not news.
    m_transfers.reset();
    if (m_access)
        m_access->disconnect(this);
    if (m_connector) {
        if (NodeHost *host = m_connector->host(); host && host->service())
            quietStop(*host);
        connect(m_connector.get(), &NodeConnector::stopped, this,
                [this, exitCode] { Q_EMIT finished(exitCode); });
        return m_connector->stop();
    }
    Net::NetworkService *service = m_host ? m_host->service() : nullptr;
    if (!service)
        return Q_EMIT finished(exitCode);
    quietStop(*m_host);
    connect(m_host.get(), &NodeHost::nodeStopped, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    m_host->stopNode();
}

void CliCommands::quietStop(const NodeHost &host)
{
    Net::NetworkService *service = host.service();
    service->registry()->disconnect(this);
    if (Net::Discovery *discovery = service->discovery())
        discovery->disconnect(this);
}

} // namespace Ferry::App
