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

void NodeHost::startNode(bool listen)
{
    Net::NodeConfig config;
    config.listenAddress = m_options.listenAddress;
    config.listenPort = m_options.port < 0 ? kDefaultPort : quint16(m_options.port);
    const Net::PeerMetadata metadata = Net::PeerMetadata::forThisDevice(m_options.deviceName);
    m_node = std::make_unique<Net::Node>(m_identity, metadata, config);
    if (listen && !m_node->start()) {
        if (m_options.port >= 0)
            return Q_EMIT failed(m_node->errorString());
        // The default port is taken (another program, another Ferry profile): any free port.
        config.listenPort = 0;
        m_node = std::make_unique<Net::Node>(m_identity, metadata, config);
        if (!m_node->start())
            return Q_EMIT failed(m_node->errorString());
    }
    Q_EMIT nodeStarted();
}

} // namespace Ferry::App
