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
class NodeHost;
class ReceiveCommand;
class SendCommand;
class SignalWatcher;

// The terminal front-end's commands: identity, peers, ping and the headless node here; send and
// receive in classes of their own. Each ends by calling finished(exit code) exactly once; main()
// then leaves the event loop.
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
    void printIdentity();
    void printDiscoveryState();
    void runHeadless();
    void showHeadlessEvents();
    void runPeers();
    void printPeers();
    void watchPeers();
    void runPing();
    void pingByName();
    void resolveTarget(bool final);
    void onReached(const Net::RemoteIdentity &peer, const Net::Error &error);
    void pingNext(const Net::RemoteIdentity &peer);
    void stopOnSignal(const QString &message);
    void finish(int exitCode);

    Options m_options;
    std::unique_ptr<NodeHost> m_host;
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
