#include "app/nodehost.h"

#include "app/keychainsecretstore.h"
#include "net/discovery.h"
#include "net/filesecretstore.h"
#include "net/identitystore.h"
#include "net/operations/spacedrop/spacedropservice.h"
#include "net/peerregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ferry::App {

NodeHost::NodeHost(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_dataDir(dataDirFor(options))
{ }

QString NodeHost::dataDirFor(const Options &options)
{
    return options.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QDir(options.dataDir).absolutePath();
}

NodeHost::~NodeHost() = default;

void NodeHost::loadIdentity()
{
    const Net::NodeConfig defaults;
    m_keychain = std::make_unique<KeychainSecretStore>(defaults.keychainTimeout);
    m_fallback
        = std::make_unique<Net::FileSecretStore>(QDir(m_dataDir).filePath(QStringLiteral("keys")));
    // One keychain entry per data folder, so that several nodes on one account (tests, a second
    // profile) keep separate identities.
    const QString keyName = m_options.dataDir.isEmpty()
        ? QStringLiteral("device-key")
        : QStringLiteral("device-key:%1").arg(m_dataDir);
    m_identityStore = std::make_unique<Net::IdentityStore>(m_keychain.get(), m_fallback.get(),
                                                           keyName, defaults.keychainTimeout);
    connect(m_identityStore.get(), &Net::IdentityStore::loaded, this,
            [this](const Net::DeviceIdentity &identity, const Net::KeyStorage &storage) {
                m_identity = identity;
                m_storage = storage;
                Q_EMIT identityLoaded();
            });
    connect(m_identityStore.get(), &Net::IdentityStore::failed, this,
            [this](const QString &reason) {
                Q_EMIT failed(QStringLiteral("cannot load this device's identity: %1").arg(reason));
            });
    m_identityStore->load();
}

Net::NodeConfig NodeHost::configFor(const Options &options, Start how)
{
    Net::NodeConfig config;
    config.listenAddress = options.listenAddress;
    if (options.port >= 0)
        config.listenPort = quint16(options.port);
    else
        config.listenPort = how == Start::Transient ? 0 : kDefaultPort;
    config.discoveryEnabled = options.discovery && how != Start::DialOnly;
    // A short-lived command shares the device's identity with its real node: it only listens.
    config.discoveryPassive = how == Start::Transient;
    QStringList interfaces = options.interfaces;
    if (interfaces.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable("FERRY_INTERFACES");
        for (const QString &name : fromEnv.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                interfaces << name.trimmed();
        }
    }
    config.discoveryInterfaces = interfaces;
    // Naming interfaces is asking for exactly those, loopback included when it is named.
    config.discoveryLoopback = !interfaces.isEmpty();
    config.spacedropDecisionTimeout = Net::Milliseconds{options.requestTimeoutMs};
    // Seconds a transfer may see no progress before it counts as interrupted (slow or lossy
    // networks want more; the end-to-end tests want less).
    bool ok = false;
    const int stall = qEnvironmentVariableIntValue("FERRY_STALL_TIMEOUT", &ok);
    if (ok && stall > 0 && stall <= 3600)
        config.spacedropStallTimeout = Net::Milliseconds{stall * 1000};
    return config;
}

void NodeHost::startNode(Start how)
{
    const Net::NodeConfig config = configFor(m_options, how);
    const Net::PeerMetadata metadata = Net::PeerMetadata::forThisDevice(m_options.deviceName);
    m_service = std::make_unique<Net::NetworkService>(m_identity, metadata, config);
    makeSpacedrop(how);
    if (how != Start::DialOnly) {
        for (const QString &peer : std::as_const(m_options.peers))
            m_service->addManualPeer(peer);
        // An explicit --port must be that port; the default one may be taken by another program
        // or another Ferry profile, and then any free port will do.
        if (!m_service->start(m_options.port < 0))
            return Q_EMIT failed(m_service->errorString());
    }
    m_spacedrop->setNode(m_service->node()); // start() replaces the node on port fallback
    // Only the device's long-lived node (window, headless, receive) picks up the transfers an
    // earlier run left unfinished: a short command would start them and cut them off again.
    if (how == Start::Listen)
        m_spacedrop->restore();
    m_uptime.start();
    Q_EMIT nodeStarted();
}

void NodeHost::makeSpacedrop(Start how)
{
    m_spacedrop = std::make_unique<Net::SpacedropService>(
        m_service->node(), QDir(m_dataDir).filePath(QStringLiteral("spacedrop")));
    Net::SpacedropPolicy &policy = m_spacedrop->policy();
    // Short commands (send, ping, peers) are nobody's inbox: offers to them are declined at once.
    policy.setReceivingEnabled(how == Start::Listen);
    policy.setAcceptAll(m_options.acceptAll);
    policy.setAcceptFrom(
        QSet<Net::RemoteIdentity>(m_options.acceptFrom.cbegin(), m_options.acceptFrom.cend()));
    m_spacedrop->setDefaultDestination(m_options.destination.isEmpty()
                                           ? defaultDestination()
                                           : QDir(m_options.destination).absolutePath());
    Net::NetworkService *service = m_service.get();
    m_spacedrop->setConnector(
        [service](const Net::RemoteIdentity &peer) { service->connectToPeer(peer); });
    Net::SpacedropService *spacedrop = m_spacedrop.get();
    const auto available
        = [spacedrop](const Net::PeerRecord &peer) { spacedrop->notePeerAvailable(peer.identity); };
    connect(service->registry(), &Net::PeerRegistry::peerDiscovered, spacedrop, available);
    connect(service->registry(), &Net::PeerRegistry::peerUpdated, spacedrop, available);
}

void NodeHost::stopNode()
{
    Net::Node *node = this->node();
    if (!node)
        return Q_EMIT nodeStopped();
    const bool waitForGoodbyes = node->liveConnectionCount() > 0;
    if (waitForGoodbyes) {
        connect(node, &Net::Node::allConnectionsReleased, this, &NodeHost::nodeStopped,
                Qt::SingleShotConnection);
    }
    if (m_service->isRunning())
        m_service->stop();
    else
        node->stop();
    if (!waitForGoodbyes)
        Q_EMIT nodeStopped();
}

NodeInfo NodeHost::nodeInfo(NodeInfo::Kind kind, const QString &command) const
{
    NodeInfo info;
    info.kind = kind;
    info.command = command;
    info.pid = QCoreApplication::applicationPid();
    info.version = QStringLiteral(FERRY_VERSION);
    info.identity = m_identity.remoteIdentity();
    if (Net::Node *node = this->node()) {
        info.deviceName = node->metadata().deviceName;
        info.port = node->port();
    }
    if (m_spacedrop) {
        info.receiving = m_spacedrop->policy().receivingEnabled();
        info.destination = m_spacedrop->defaultDestination();
    }
    if (m_service) {
        info.warning = m_service->errorString();
        if (Net::Discovery *discovery = m_service->discovery()) {
            info.discovery = true;
            info.discoveryPort = discovery->port();
            info.interfaces = discovery->activeInterfaces();
        }
    }
    info.uptimeMs = m_uptime.isValid() ? m_uptime.elapsed() : 0;
    return info;
}

void NodeHost::releaseNode()
{
    if (!m_service)
        return;
    Q_EMIT nodeReleasing();
    m_spacedrop.reset(); // first: its transfers say goodbye while the node still exists
    m_service.reset();
}

QString NodeHost::defaultDestination()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && QFileInfo(downloads).isDir())
        return downloads;
    return QDir::homePath();
}

} // namespace Ferry::App
