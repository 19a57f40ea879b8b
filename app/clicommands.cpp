#include "app/clicommands.h"

#include "app/console.h"
#include "app/nodehost.h"
#include "app/signalwatcher.h"
#include "net/operations/pingclient.h"

#include <algorithm>

namespace Ferry::App {

namespace {
QString formatRtt(qint64 micros)
{
    return QStringLiteral("%1 ms").arg(double(micros) / 1000.0, 0, 'f', 3);
}

QString describePeer(const Net::PeerInfo &info)
{
    QString what = info.metadata.os;
    if (!info.metadata.deviceModel.isEmpty())
        what += QStringLiteral(", ") + info.metadata.deviceModel;
    if (!info.metadata.appVersion.isEmpty())
        what += QStringLiteral(", Ferry ") + info.metadata.appVersion;
    return QStringLiteral("\"%1\" (%2)").arg(info.metadata.deviceName, what);
}
} // namespace

CliCommands::CliCommands(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{ }

CliCommands::~CliCommands() = default;

void CliCommands::run()
{
    m_host = std::make_unique<NodeHost>(m_options);
    connect(m_host.get(), &NodeHost::failed, this, [this](const QString &reason) {
        printErr(QStringLiteral("ferry: %1\n").arg(reason));
        finish(1);
    });
    connect(m_host.get(), &NodeHost::identityLoaded, this, &CliCommands::onIdentityLoaded);
    m_host->loadIdentity();
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
    case Options::Command::Ping:
        return runPing();
    case Options::Command::Gui:
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
        connect(node, &Net::Node::peerConnected, this,
                [](const Net::RemoteIdentity &peer, const Net::PeerInfo &info) {
                    printOut(
                        QStringLiteral("connected    %1 %2 from %3\n")
                            .arg(peer.shortText(), describePeer(info), info.address.toString()));
                });
        connect(node, &Net::Node::peerDisconnected, this,
                [](const Net::RemoteIdentity &peer, const Net::Error &reason) {
                    printOut(QStringLiteral("disconnected %1 %2\n")
                                 .arg(peer.shortText(), reason.toString()));
                });
        connect(node, &Net::Node::incomingRejected, this,
                [](const QString &address, const Net::Error &error) {
                    printOut(QStringLiteral("refused      %1 %2\n").arg(address, error.toString()));
                });
    });
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::terminationRequested, this, [this] {
        printOut(QStringLiteral("stopping\n"));
        finish(0);
    });
    m_host->startNode(true);
}

void CliCommands::runPing()
{
    QString host;
    quint16 port = 0;
    parseHostPort(m_options.pingTarget, host, port);
    connect(m_host.get(), &NodeHost::nodeStarted, this, [this, host, port] {
        Net::Node *node = m_host->node();
        connect(node, &Net::Node::dialFinished, this,
                [this](quint64, const Net::RemoteIdentity &peer, const Net::Error &error) {
                    if (error.isError()) {
                        printErr(QStringLiteral("ferry: cannot connect to %1: %2\n")
                                     .arg(m_options.pingTarget, error.toString()));
                        return finish(1);
                    }
                    const Net::PeerInfo info = *m_host->node()->peerInfo(peer);
                    printOut(QStringLiteral("peer         %1\nidentity     %2\nfingerprint  %3\n"
                                            "protocol     version %4\n")
                                 .arg(describePeer(info), peer.toText(), peer.fingerprint())
                                 .arg(info.protocolVersion));
                    pingNext(peer);
                });
        node->dial(host, port, m_options.expect);
    });
    m_host->startNode(false);
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

void CliCommands::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Net::Node *node = m_host ? m_host->node() : nullptr;
    if (!node || node->liveConnectionCount() == 0)
        return Q_EMIT finished(exitCode);
    // Say goodbye first: peers learn why we left (GOAWAY) instead of seeing a dropped link.
    // Each connection gives up on its own after a short linger, so this cannot hang.
    connect(node, &Net::Node::allConnectionsReleased, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    node->stop();
}

} // namespace Ferry::App
