#pragma once

#include "app/control/nodeaccess.h"
#include "app/options.h"
#include "app/terminaloutput.h"
#include "app/transferprinter.h"

#include <QObject>
#include <QUuid>

#include <memory>

namespace Ferry::App {

class NodeConnector;
class SignalWatcher;

// `ferry send --to DEVICE PATH...`: finds the device (like `ping NAME`), offers the files and
// shows the transfer until it ends. The transfer goes through the data folder's running node
// when there is one (the window, ferry --headless, another command), else through a node of its
// own, which then serves later commands too (NodeConnector). Exit codes: 0 completed; 1 the
// device was not found, or the transfer was declined, failed or cancelled by the receiver; 2 a
// PATH does not exist (checked before any network work); 130 Ctrl-C, 143 SIGTERM (the transfer
// is cancelled and the receiver told). An interrupted transfer is retried for as long as the
// command runs.
class SendCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendCommand)
public:
    explicit SendCommand(const Options &options, QObject *parent = nullptr);
    ~SendCommand() override;

    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool checkPaths();
    void onReady();
    void resolveTarget(bool final);
    void onSendStarted(const NodeAccess::Reply &reply);
    void onChanged(const Net::TransferInfo &info);
    void onTerminationRequested(int signalNumber);
    void finish(int exitCode);

    Options m_options;
    TerminalOutput m_out;
    TransferPrinter m_printer;
    std::unique_ptr<NodeConnector> m_connector;
    NodeAccess *m_access = nullptr; // from ready on
    std::unique_ptr<SignalWatcher> m_signals;
    QUuid m_id; // once the node started the send
    bool m_requested = false; // the device is found and the send asked for
    bool m_settled = false; // the first answers to our discovery query are in
    bool m_cancelling = false; // Ctrl-C
    int m_cancelExitCode = 130;
    bool m_finished = false;
};

} // namespace Ferry::App
