#pragma once

#include "app/control/nodeinfo.h"
#include "app/options.h"
#include "net/deviceidentity.h"
#include "net/keystorage.h"
#include "net/networkservice.h"
#include "net/node.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace Ferry::Net {
class IdentityStore;
class SecretStore;
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::App {

// Brings the network up for any front-end: loads (or creates) the device identity from the
// keychain or its fallback file, builds the NetworkService (node, discovery, manual peers) and
// the SpacedropService from the options, and starts them when asked to.
class NodeHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeHost)
public:
    static constexpr quint16 kDefaultPort = 47474;

    // How startNode() brings the network up.
    enum class Start {
        DialOnly, // no listening, no discovery: the node only dials (ping HOST:PORT)
        Listen, // the default port (falling back to any free one), discovery, manual peers
        Transient, // as Listen, but on any free port unless --port says otherwise (peers, ping)
    };

    explicit NodeHost(const Options &options, QObject *parent = nullptr);
    ~NodeHost() override;

    // Loads the identity; then builds the services and starts them as asked.
    void loadIdentity();
    void startNode(Start how);
    // Says goodbye to every peer (GOODBYE, GOAWAY) and stops; nodeStopped() when the goodbyes
    // are out (each connection gives up after a short linger, so this cannot hang). At once when
    // nothing runs.
    void stopNode();
    // After nodeStopped: drops the services (nodeReleasing first, so that nothing keeps
    // pointers into them), so that startNode() can build new ones, with setOptions()' options.
    void releaseNode();
    void setOptions(const Options &options) { m_options = options; }

    const Net::DeviceIdentity &identity() const { return m_identity; }
    const Net::KeyStorage &keyStorage() const { return m_storage; }
    Net::NetworkService *service() const { return m_service.get(); }
    // The service's node. It may be replaced while the service starts (port fallback): take it
    // after nodeStarted.
    Net::Node *node() const { return m_service ? m_service->node() : nullptr; }
    QString dataDir() const { return m_dataDir; }
    // Spacedrop on this node, from startNode() on (null before).
    Net::SpacedropService *spacedrop() const { return m_spacedrop.get(); }

    // What front-ends are told about this node (the control protocol's welcome): kind is the
    // program that runs it, command the CLI command (if any). Meaningful from nodeStarted on.
    NodeInfo nodeInfo(NodeInfo::Kind kind, const QString &command = {}) const;

    // Where received files go unless the user says otherwise: the Downloads folder when it
    // exists, else the home folder.
    static QString defaultDestination();
    // The data folder the options name (--data-dir), or the standard one: the instance that
    // InstanceGuard claims.
    static QString dataDirFor(const Options &options);

    // The configuration the options and the environment (FERRY_INTERFACES) ask for.
    static Net::NodeConfig configFor(const Options &options, Start how);

Q_SIGNALS:
    void identityLoaded();
    void nodeStarted();
    void nodeStopped();
    void nodeReleasing();
    void failed(const QString &reason);

private:
    void makeSpacedrop(Start how);

    Options m_options;
    QString m_dataDir;
    std::unique_ptr<Net::SecretStore> m_keychain;
    std::unique_ptr<Net::SecretStore> m_fallback;
    std::unique_ptr<Net::IdentityStore> m_identityStore;
    Net::DeviceIdentity m_identity;
    Net::KeyStorage m_storage;
    std::unique_ptr<Net::NetworkService> m_service;
    // After m_service: destroyed first, its transfers say goodbye while the node still exists.
    std::unique_ptr<Net::SpacedropService> m_spacedrop;
    QElapsedTimer m_uptime; // from nodeStarted
};

} // namespace Ferry::App
