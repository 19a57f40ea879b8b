#include "net/networkservice.h"

#include "net/discovery.h"
#include "net/logging.h"
#include "net/manualpeers.h"
#include "net/monotonicclock.h"
#include "net/node.h"
#include "net/peerregistry.h"

#include <algorithm>

namespace Ferry::Net {

struct NetworkService::Private
{
    // One connectToPeer: the peer's addresses, tried one at a time, most recent first.
    struct Attempt
    {
        RemoteIdentity peer;
        QList<PeerAddress> remaining;
        quint64 dialId = 0;
        int callers = 1; // connectToPeer calls waiting for this attempt
    };

    NetworkService *q = nullptr;
    DeviceIdentity identity;
    PeerMetadata metadata;
    NodeConfig config;
    std::unique_ptr<Node> node;
    std::unique_ptr<PeerRegistry> registry;
    std::unique_ptr<Discovery> discovery;
    std::unique_ptr<ManualPeers> manual;
    QList<Attempt> attempts;
    bool running = false;
    QString errorString;

    void makeNode(quint16 port);
    void startDiscovery();
    void dialNext(Attempt &attempt);
    void onDialFinished(quint64 dialId, const RemoteIdentity &peer, const Error &error);
    void finishAttempt(qsizetype index, const Error &error);
};

void NetworkService::Private::makeNode(quint16 port)
{
    NodeConfig c = config;
    c.listenPort = port;
    node = std::make_unique<Node>(identity, metadata, c);
    QObject::connect(node.get(), &Node::peerConnected, q,
                     [this](const RemoteIdentity &, const PeerInfo &info) {
                         registry->observeConnected(info, monotonicMs());
                     });
    QObject::connect(node.get(), &Node::peerDisconnected, q,
                     [this](const RemoteIdentity &peer, const Error &) {
                         registry->observeDisconnected(peer, monotonicMs());
                     });
    QObject::connect(node.get(), &Node::dialFinished, q,
                     [this](quint64 id, const RemoteIdentity &peer, const Error &error) {
                         onDialFinished(id, peer, error);
                     });
}

void NetworkService::Private::startDiscovery()
{
    if (!config.discoveryEnabled)
        return;
    discovery = std::make_unique<Discovery>(identity, config, registry.get());
    discovery->setAdvertised(node->port(), node->metadata());
    if (!discovery->start()) {
        // TCP and manual peers work without it; say why nobody will show up by themselves.
        errorString = QStringLiteral("discovery is off: %1").arg(discovery->errorString());
        qCWarning(lcNet).noquote() << errorString;
        discovery.reset();
    }
}

void NetworkService::Private::dialNext(Attempt &attempt)
{
    const PeerAddress next = attempt.remaining.takeFirst();
    // QHostAddress::toString() keeps an IPv6 scope ("fe80::1%eth0"): link-local works.
    attempt.dialId = node->dial(next.address.toString(), next.port, attempt.peer);
}

void NetworkService::Private::onDialFinished(quint64 dialId, const RemoteIdentity &,
                                             const Error &error)
{
    const auto it = std::find_if(attempts.begin(), attempts.end(),
                                 [dialId](const Attempt &a) { return a.dialId == dialId; });
    if (it == attempts.end())
        return;
    if (!error.isError())
        return finishAttempt(it - attempts.begin(), Error{});
    if (it->remaining.isEmpty()) // the error of the last address tried stands for them all
        return finishAttempt(it - attempts.begin(), error);
    qCDebug(lcNet) << "no answer from" << it->peer.shortText()
                   << "at one address:" << error.toString() << "- trying the next";
    dialNext(*it);
}

void NetworkService::Private::finishAttempt(qsizetype index, const Error &error)
{
    const Attempt done = attempts.takeAt(index);
    for (int i = 0; i < done.callers; ++i)
        Q_EMIT q->connectFinished(done.peer, error);
}

NetworkService::NetworkService(const DeviceIdentity &identity, const PeerMetadata &metadata,
                               const NodeConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<Ferry::Net::PeerRecord>();
    d->q = this;
    d->identity = identity;
    d->metadata = metadata;
    d->config = config;
    PeerRegistry::Limits limits;
    limits.maxPeers = config.maxPeers;
    limits.maxAddressesPerPeer = config.maxAddressesPerPeer;
    limits.expiryMs = config.peerExpiry.count();
    d->registry = std::make_unique<PeerRegistry>(identity.remoteIdentity(), limits);
    d->manual = std::make_unique<ManualPeers>(config.manualPeerRetry);
    connect(d->manual.get(), &ManualPeers::peerReached, this,
            [this](const PeerInfo &info, const QString &host, quint16 port) {
                d->registry->observeManual(info, host, port, monotonicMs());
            });
    d->makeNode(config.listenPort);
}

NetworkService::~NetworkService()
{
    // Discovery feeds the registry and ManualPeers watches the node: both go first.
    if (d->discovery)
        d->discovery->stop(true);
    d->discovery.reset();
    d->manual.reset();
    d->node.reset();
    d->registry.reset();
}

bool NetworkService::start(bool allowPortFallback)
{
    if (d->running)
        return true;
    d->errorString.clear();
    if (!d->node->start()) {
        const QString why = d->node->errorString();
        if (!allowPortFallback || d->config.listenPort == 0) {
            d->errorString = why;
            return false;
        }
        // The configured port is taken (another program, another Ferry profile): any free port,
        // and that is the port we announce.
        qCInfo(lcNet).noquote() << why << "- listening on any free port instead";
        d->makeNode(0);
        if (!d->node->start()) {
            d->errorString = d->node->errorString();
            return false;
        }
    }
    d->running = true;
    d->startDiscovery();
    d->manual->start(d->node.get()); // (Discovery expires the peers it heard of)
    return true;
}

void NetworkService::stop()
{
    if (!d->running)
        return;
    d->running = false;
    // Attempts under way end now; the dials' own results (ShuttingDown) are ignored.
    const QList<Private::Attempt> attempts = std::exchange(d->attempts, {});
    for (const Private::Attempt &a : attempts) {
        const Error stopped{ErrorCode::ShuttingDown, QStringLiteral("networking was turned off")};
        for (int i = 0; i < a.callers; ++i) {
            QMetaObject::invokeMethod(
                this, [this, peer = a.peer, stopped] { Q_EMIT connectFinished(peer, stopped); },
                Qt::QueuedConnection);
        }
    }
    d->manual->stop();
    if (d->discovery)
        d->discovery->stop(true); // GOODBYE
    d->discovery.reset();
    d->node->stop(); // GOAWAY to every peer, listener closed
    d->registry->clear();
}

bool NetworkService::isRunning() const
{
    return d->running;
}

QString NetworkService::errorString() const
{
    return d->errorString;
}

bool NetworkService::addManualPeer(const QString &hostAndPort)
{
    return d->manual->add(hostAndPort);
}

QStringList NetworkService::manualPeers() const
{
    return d->manual->texts();
}

void NetworkService::connectToPeer(const RemoteIdentity &peer)
{
    const auto report = [this, peer](const Error &error) {
        QMetaObject::invokeMethod(
            this, [this, peer, error] { Q_EMIT connectFinished(peer, error); },
            Qt::QueuedConnection);
    };
    if (d->node->isConnected(peer))
        return report(Error{});
    for (Private::Attempt &a : d->attempts) {
        if (a.peer == peer) {
            ++a.callers; // one dial sequence, one report per caller
            return;
        }
    }
    const std::optional<PeerRecord> record = d->registry->peer(peer);
    if (!record || record->addresses.isEmpty()) {
        return report(Error{ErrorCode::NotConnected,
                            QStringLiteral("no known address for %1").arg(peer.shortText())});
    }
    Private::Attempt attempt;
    attempt.peer = peer;
    attempt.remaining = record->addresses;
    d->attempts.append(attempt);
    d->dialNext(d->attempts.last());
}

Node *NetworkService::node() const
{
    return d->node.get();
}

PeerRegistry *NetworkService::registry() const
{
    return d->registry.get();
}

Discovery *NetworkService::discovery() const
{
    return d->discovery.get();
}

} // namespace Ferry::Net
