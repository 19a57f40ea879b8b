#include "app/control/nodeconnector.h"

#include "app/control/controlclient.h"
#include "app/control/controllog.h"
#include "app/control/controlserver.h"
#include "app/control/instanceguard.h"
#include "app/control/remotenodeaccess.h"

#include <QTimer>

namespace Ferry::App {

NodeConnector::NodeConnector(const Options &options, NodeHost::Start how, NodeInfo::Kind kind,
                             const QString &command, Mode mode, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_how(how),
      m_kind(kind),
      m_command(command),
      m_mode(mode)
{ }

NodeConnector::~NodeConnector() = default;

NodeAccess *NodeConnector::access() const
{
    if (m_remote)
        return m_remote.get();
    return m_server ? m_server->access() : nullptr;
}

void NodeConnector::connectToNode()
{
    InstanceGuard::Claim claim
        = InstanceGuard::claim(NodeHost::dataDirFor(m_options), {m_kind, m_command});
    if (claim.status == InstanceGuard::Claim::Status::Failed)
        return fail(claim.error);
    if (claim.isRunning()) {
        if (m_mode == Mode::StartOnly) {
            claim.client->close();
            return fail(tr("a Ferry node already runs for the data folder %1: %2")
                            .arg(claim.dataDir, describeNode(claim.node)));
        }
        m_remote = std::make_unique<RemoteNodeAccess>(std::move(claim.client));
        connect(m_remote.get(), &RemoteNodeAccess::synced, this, &NodeConnector::ready);
        connect(m_remote.get(), &NodeAccess::nodeLost, this, [this](const QString &reason) {
            if (m_remote->isSynced())
                Q_EMIT nodeLost(reason);
            else
                fail(tr("the running Ferry node went away: %1").arg(reason));
        });
        return;
    }
    m_host = std::make_unique<NodeHost>(m_options);
    m_server = std::make_unique<ControlServer>(m_host.get(), m_kind, m_command);
    if (!m_server->listen(claim)) // still the only node here; later commands cannot attach
        qCWarning(lcControl).noquote() << m_server->errorString();
    startOwn();
}

void NodeConnector::startOwn()
{
    connect(m_host.get(), &NodeHost::failed, this, &NodeConnector::fail);
    connect(m_host.get(), &NodeHost::identityLoaded, this, [this] {
        if (!m_host->keyStorage().warning.isEmpty())
            Q_EMIT warned(m_host->keyStorage().warning);
        m_host->startNode(m_how);
    });
    // After the server's own handler (connected first): access() is there.
    connect(m_host.get(), &NodeHost::nodeStarted, this, &NodeConnector::ready);
    // The identity store answers later (the keychain), never from within this call.
    m_host->loadIdentity();
}

void NodeConnector::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    QTimer::singleShot(0, this, [this, reason] { Q_EMIT failed(reason); });
}

void NodeConnector::stop()
{
    if (m_remote) {
        m_remote->close();
        return void(QTimer::singleShot(0, this, &NodeConnector::stopped));
    }
    if (!m_host)
        return void(QTimer::singleShot(0, this, &NodeConnector::stopped));
    connect(m_host.get(), &NodeHost::nodeStopped, this, &NodeConnector::stopped,
            Qt::SingleShotConnection);
    m_host->stopNode();
}

} // namespace Ferry::App
