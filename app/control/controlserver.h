#pragma once

#include "app/control/controlmessage.h"
#include "app/control/instanceguard.h"
#include "app/control/nodeaccess.h"
#include "app/control/nodeinfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLockFile;
QT_END_NAMESPACE

namespace Ferry::Net {
struct IncomingRequest;
} // namespace Ferry::Net

namespace Ferry::App {

class ControlChannel;
class LocalNodeAccess;
class NodeAccess;
class NodeHost;

// Serves a node in this process to the front-ends in other processes over the control socket
// (docs/CONTROL.md): the GUI and `ferry --headless` always, a CLI command while it runs a node
// of its own. Every front-end sees the same peers, transfers and offers; an offer is decided
// once, by whichever front-end (attached or in this process) answers first.
//
// Each client must say hello within kHelloTimeoutMs and may then subscribe and send commands.
// A client that sends something malformed gets an "error" message and is disconnected; one
// that stops reading while more than maxQueuedBytes wait for it is dropped; at most maxClients
// are served. None of it touches the node.
class ControlServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlServer)
public:
    using Kind = NodeInfo::Kind;
    struct Limits
    {
        int maxClients = 32;
        qint64 maxQueuedBytes = 8 << 20;
        int helloTimeoutMs = 10'000;
    };

    // Serves host's node from its nodeStarted on; hellos that come earlier are answered then.
    // command: for a CLI command's node ("send", "receive", "peers").
    ControlServer(NodeHost *host, Kind kind, const QString &command = {},
                  QObject *parent = nullptr);
    // Serves access (not owned), which must outlive the server.
    ControlServer(NodeAccess *access, QObject *parent = nullptr);
    ~ControlServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    // Listens at the claim's socket path, taking the claim's lock (held until the server is
    // destroyed). False with errorString() when it cannot listen.
    bool listen(InstanceGuard::Claim &claim);
    // Listens at path (a stale socket file there is removed first: the caller must hold the
    // instance's lock, or own the path, as tests do).
    bool listen(const QString &path);
    QString errorString() const { return m_error; }
    QString socketPath() const { return m_path; }
    // The node as front-ends in this process use it; null until host's node started.
    NodeAccess *access() const { return m_access; }
    int clientCount() const { return int(m_clients.size()); }
    // Front-ends that follow the node's offers (they can answer them).
    int subscriberCount() const;

Q_SIGNALS:
    // A front-end asks the window to come forward (GUI only) and, when paths (absolute) are
    // given, to offer them for sending.
    void raiseRequested(const QStringList &paths);
    void quitRequested(); // a front-end asks the node to stop
    void clientsChanged();

private:
    struct Client
    {
        ControlChannel *channel = nullptr;
        bool welcomed = false; // said hello, and was answered (or waits for the node)
        bool subscribed = false;
        QString description; // "ferry receive (pid 12)"
        qint64 helloSeq = 0;
    };

    void setAccess(NodeAccess *access);
    void onNewConnection();
    void onMessage(ControlChannel *channel, const ControlMessage &message);
    void onHello(Client &client, const ControlMessage &message);
    void welcome(Client &client);
    void subscribe(Client &client, qint64 seq);
    void runCommand(Client &client, const ControlMessage &message);
    void runSpacedropCommand(Client &client, const ControlMessage &message);
    void reply(ControlChannel *channel, qint64 seq, bool ok, const QString &error,
               const QUuid &id = {});
    void broadcast(const ControlMessage &message);
    void showRequest(const Net::IncomingRequest &request);
    void forget(ControlChannel *channel, const QString &reason);

    NodeHost *m_host = nullptr;
    Kind m_kind = Kind::Cli;
    QString m_command;
    QPointer<NodeAccess> m_access;
    std::unique_ptr<LocalNodeAccess> m_ownAccess; // the host's
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLocalServer> m_server;
    QString m_path;
    QString m_error;
    Limits m_limits;
    QHash<ControlChannel *, Client> m_clients;
    int m_connections = 0; // numbers the clients in logs until they say who they are
};

} // namespace Ferry::App
