#pragma once

#include "app/control/nodeinfo.h"
#include "app/nodehost.h"
#include "app/options.h"

#include <QObject>

#include <memory>

namespace Ferry::App {

class ControlServer;
class NodeAccess;
class RemoteNodeAccess;

// How a CLI command gets a node: it claims the data folder (InstanceGuard); when a node runs
// there already it attaches to it (RemoteNodeAccess), otherwise it starts its own (NodeHost, as
// before) and serves it on the control socket while it runs, so that later commands attach to
// it. Either way the command then works through access().
class NodeConnector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeConnector)
public:
    enum class Mode {
        AttachOrStart,
        StartOnly, // a running node is an error (ferry --headless: a second node is not wanted)
    };

    NodeConnector(const Options &options, NodeHost::Start how, NodeInfo::Kind kind,
                  const QString &command, Mode mode = Mode::AttachOrStart,
                  QObject *parent = nullptr);
    ~NodeConnector() override;

    // Then ready() or failed() (connect to them first).
    void connectToNode();
    // From ready() on: the node, wherever it runs.
    NodeAccess *access() const;
    // This process's own node and its server, or null when attached.
    NodeHost *host() const { return m_host.get(); }
    ControlServer *server() const { return m_server.get(); }
    RemoteNodeAccess *remote() const { return m_remote.get(); }
    // Own node: says goodbye to its peers and stops; attached: detaches. Then stopped().
    void stop();

Q_SIGNALS:
    void ready();
    void warned(const QString &warning); // own node: e.g. where the key had to be stored
    void failed(const QString &reason);
    void stopped();
    // Attached: the node went away (after ready()).
    void nodeLost(const QString &reason);

private:
    void startOwn();
    void fail(const QString &reason);

    Options m_options;
    NodeHost::Start m_how;
    NodeInfo::Kind m_kind;
    QString m_command;
    Mode m_mode;
    std::unique_ptr<NodeHost> m_host;
    std::unique_ptr<ControlServer> m_server;
    std::unique_ptr<RemoteNodeAccess> m_remote;
    bool m_failed = false;
};

} // namespace Ferry::App
