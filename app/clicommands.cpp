#include "app/clicommands.h"

#include "app/console.h"
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
        printIdentity();
        return finish(0);
    case Options::Command::Headless:
        return runHeadless();
    case Options::Command::Peers:
        return runPeers();
    case Options::Command::Ping:
        return runPing();
    case Options::Command::Gui:
    case Options::Command::Send:
    case Options::Command::Receive:
        break;
    }
    finish(2);
}

void CliCommands::printIdentity()
{
    const Net::RemoteIdentity id = m_host->identity().remoteIdentity();
    const Net::KeyStorage &storage = m_host->keyStorage();
    printOut(
        QStringLiteral("identity     %1\nshort        %2\nfingerprint  %3\nkey stored   %4%5\n")
            .arg(id.toText(), id.shortText(), id.fingerprint(), storage.location,
                 storage.created ? QStringLiteral(" (created now)") : QString()));
}

// Discovery that could not start is a warning, not a failure: TCP and --peer still work.
void CliCommands::printDiscoveryState()
{
    Net::NetworkService *service = m_host->service();
    if (!service->errorString().isEmpty())
        printErr(QStringLiteral("ferry: warning: %1\n").arg(service->errorString()));
}

void CliCommands::runHeadless()
{
    connect(m_host.get(), &NodeHost::nodeStarted, this, [this] {
        Net::Node *node = m_host->node();
        printOut(QStringLiteral("Ferry %1 headless node \"%2\"\n")
                     .arg(QStringLiteral(FERRY_VERSION), node->metadata().deviceName));
        printIdentity();
        printOut(QStringLiteral("listening    %1 port %2\n")
                     .arg(m_options.listenAddress.toString())
                     .arg(node->port()));
        printDiscoveryState();
        if (Net::Discovery *discovery = m_host->service()->discovery()) {
            printOut(QStringLiteral("discovery    UDP port %1 on %2\n")
                         .arg(discovery->port())
                         .arg(discovery->activeInterfaces().join(QStringLiteral(", "))));
            connect(
                discovery, &Net::Discovery::interfacesChanged, this, [](const QStringList &names) {
                    printOut(
                        QStringLiteral("interfaces   %1\n").arg(names.join(QStringLiteral(", "))));
                });
        }
        showHeadlessEvents();
        m_transfers = std::make_unique<HeadlessTransfers>(m_options, m_host->spacedrop());
    });
    stopOnSignal(QStringLiteral("stopping\n"));
    m_host->startNode(NodeHost::Start::Listen);
}

void CliCommands::showHeadlessEvents()
{
    Net::Node *node = m_host->node();
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
    Net::PeerRegistry *registry = m_host->service()->registry();
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
    connect(m_host.get(), &NodeHost::nodeStarted, this, [this] {
        printDiscoveryState();
        QTimer::singleShot(m_options.waitMs, this, [this] {
            printPeers();
            if (!m_options.watch)
                return finish(0);
            watchPeers();
        });
    });
    if (m_options.watch)
        stopOnSignal({});
    m_host->startNode(NodeHost::Start::Transient);
}

void CliCommands::printPeers()
{
    const QList<Net::PeerRecord> peers = m_host->service()->registry()->peers();
    for (const Net::PeerRecord &peer : peers) {
        m_shown.insert(peer.identity, peer);
        printOut(peerLine(peer) + QLatin1Char('\n'));
    }
    if (!peers.isEmpty())
        return;
    printOut(QStringLiteral("No devices found.\n"));
    printOut(m_host->service()->discovery()
                 ? QStringLiteral("Is Ferry running on the other device, on this network? "
                                  "A device elsewhere can be added with --peer HOST[:PORT].\n")
                 : QStringLiteral("Discovery is off: add devices with --peer HOST[:PORT].\n"));
}

void CliCommands::watchPeers()
{
    Net::PeerRegistry *registry = m_host->service()->registry();
    connect(registry, &Net::PeerRegistry::peerDiscovered, this,
            [this](const Net::PeerRecord &peer) {
                m_shown.insert(peer.identity, peer);
                printOut(QStringLiteral("+ found %1\n").arg(peerLine(peer)));
            });
    connect(registry, &Net::PeerRegistry::peerUpdated, this, [this](const Net::PeerRecord &peer) {
        const QString before = peerLine(m_shown.value(peer.identity));
        m_shown.insert(peer.identity, peer);
        if (peerLine(peer) != before) // only what the line shows
            printOut(QStringLiteral("~ updated %1\n").arg(peerLine(peer)));
    });
    connect(registry, &Net::PeerRegistry::peerLost, this,
            [this](const Net::RemoteIdentity &identity) {
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
        printDiscoveryState();
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
    Net::NetworkService *service = m_host ? m_host->service() : nullptr;
    if (!service)
        return Q_EMIT finished(exitCode);
    // Nothing more to show: the peers, interfaces and transfers that stopping loses are not news.
    service->registry()->disconnect(this);
    if (Net::Discovery *discovery = service->discovery())
        discovery->disconnect(this);
    m_transfers.reset();
    connect(m_host.get(), &NodeHost::nodeStopped, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    m_host->stopNode();
}

} // namespace Ferry::App
