#include "app/nodehost.h"

#include "app/keychainsecretstore.h"
#include "net/filesecretstore.h"
#include "net/identitystore.h"

#include <QDir>
#include <QStandardPaths>

namespace Ferry::App {

NodeHost::NodeHost(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_dataDir = options.dataDir.isEmpty()
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
    return config;
}

void NodeHost::startNode(Start how)
{
    const Net::NodeConfig config = configFor(m_options, how);
    const Net::PeerMetadata metadata = Net::PeerMetadata::forThisDevice(m_options.deviceName);
    m_service = std::make_unique<Net::NetworkService>(m_identity, metadata, config);
    if (how != Start::DialOnly) {
        for (const QString &peer : std::as_const(m_options.peers))
            m_service->addManualPeer(peer);
        // An explicit --port must be that port; the default one may be taken by another program
        // or another Ferry profile, and then any free port will do.
        if (!m_service->start(m_options.port < 0))
            return Q_EMIT failed(m_service->errorString());
    }
    Q_EMIT nodeStarted();
}

} // namespace Ferry::App
