#pragma once

#include "app/options.h"
#include "app/terminaloutput.h"
#include "app/transferprinter.h"

#include <QObject>
#include <QUuid>

#include <memory>

namespace Ferry::App {

class NodeHost;
class SignalWatcher;

// `ferry send --to DEVICE PATH...`: finds the device (like `ping NAME`), offers the files and
// shows the transfer until it ends. Exit codes: 0 completed; 1 the device was not found, or the
// transfer was declined, failed or cancelled by the receiver; 2 a PATH does not exist (checked
// before any network work); 130 Ctrl-C, 143 SIGTERM (the transfer is cancelled and the receiver
// told). An interrupted transfer is retried for as long as the command runs.
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
    void onIdentityLoaded();
    void onNodeStarted();
    void resolveTarget(bool final);
    void onChanged(const Net::TransferInfo &info);
    void onTerminationRequested(int signalNumber);
    void finish(int exitCode);

    Options m_options;
    TerminalOutput m_out;
    TransferPrinter m_printer;
    std::unique_ptr<NodeHost> m_host;
    std::unique_ptr<SignalWatcher> m_signals;
    QUuid m_id; // once the device is found and the send started
    bool m_settled = false; // the first answers to our discovery query are in
    bool m_cancelling = false; // Ctrl-C
    int m_cancelExitCode = 130;
    bool m_finished = false;
};

} // namespace Ferry::App
