#pragma once

#include "app/options.h"
#include "net/errorcode.h"
#include "net/peerrecord.h"
#include "net/remoteidentity.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Ferry::App {

class HeadlessTransfers;
class NodeAccess;
class NodeConnector;
class NodeHost;
class ReceiveCommand;
class SendCommand;
class SignalWatcher;

// The terminal front-end's commands: identity, peers, ping and the headless node here; send and
// receive in classes of their own. Each ends by calling finished(exit code) exactly once; main()
// then leaves the event loop. The headless node claims its data folder (one node per folder: a
// second one refuses to start) and serves it to the other front-ends; peers uses the folder's
// running node when there is one (NodeConnector). identity and ping need no node of the folder.
class CliCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)
public:
    explicit CliCommands(const Options &options, QObject *parent = nullptr);
    ~CliCommands() override;

    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool runTransferCommand();
    void onIdentityLoaded();
    void printIdentity(const NodeHost &host);
    void printDiscoveryState(const NodeHost &host);
    void runHeadless();
    void onHeadlessReady();
    void showHeadlessEvents(const NodeHost &host);
    void runPeers();
    void onPeersReady();
    void printPeers();
    void watchPeers();
    void runPing();
    void pingByName();
    void resolveTarget(bool final);
    void onReached(const Net::RemoteIdentity &peer, const Net::Error &error);
    void pingNext(const Net::RemoteIdentity &peer);
    void stopOnSignal(const QString &message);
    void finish(int exitCode);
    void quietStop(const NodeHost &host); // what stopping loses is not news

    Options m_options;
    std::unique_ptr<NodeHost> m_host; // identity, ping: a node of their own, unserved
    std::unique_ptr<NodeConnector> m_connector; // headless, peers: the data folder's node
    NodeAccess *m_access = nullptr; // peers: from ready on
    std::unique_ptr<SignalWatcher> m_signals;
    std::unique_ptr<SendCommand> m_send;
    std::unique_ptr<ReceiveCommand> m_receive;
    std::unique_ptr<HeadlessTransfers> m_transfers; // headless: its Spacedrop log
    QList<qint64> m_rtts;
    QHash<Net::RemoteIdentity, Net::PeerRecord> m_shown; // peers --watch: as last printed
    Net::RemoteIdentity m_target; // ping NAME: once found
    bool m_settled = false; // ping NAME: the first answers to our query are in
    bool m_finished = false;
};

} // namespace Ferry::App
