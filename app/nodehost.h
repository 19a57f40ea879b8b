#pragma once

#include "app/options.h"
#include "net/deviceidentity.h"
#include "net/keystorage.h"
#include "net/node.h"

#include <QObject>

#include <memory>

namespace Ferry::Net {
class IdentityStore;
class SecretStore;
} // namespace Ferry::Net

namespace Ferry::App {

// Brings a node up for any front-end: loads (or creates) the device identity from the keychain or
// its fallback file, builds the Node from the options, and starts listening when asked to.
class NodeHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeHost)
public:
    static constexpr quint16 kDefaultPort = 47474;

    explicit NodeHost(const Options &options, QObject *parent = nullptr);
    ~NodeHost() override;

    // Loads the identity; then, for a node, builds and (when listen) starts it.
    void loadIdentity();
    void startNode(bool listen);

    const Net::DeviceIdentity &identity() const { return m_identity; }
    const Net::KeyStorage &keyStorage() const { return m_storage; }
    Net::Node *node() const { return m_node.get(); }
    QString dataDir() const { return m_dataDir; }

Q_SIGNALS:
    void identityLoaded();
    void nodeStarted();
    void failed(const QString &reason);

private:
    Options m_options;
    QString m_dataDir;
    std::unique_ptr<Net::SecretStore> m_keychain;
    std::unique_ptr<Net::SecretStore> m_fallback;
    std::unique_ptr<Net::IdentityStore> m_identityStore;
    Net::DeviceIdentity m_identity;
    Net::KeyStorage m_storage;
    std::unique_ptr<Net::Node> m_node;
};

} // namespace Ferry::App
