#pragma once

#include "app/options.h"
#include "app/terminaloutput.h"
#include "app/transferprinter.h"
#include "net/operations/spacedrop/transferinfo.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <memory>

namespace Ferry::App {

class LineReader;
class NodeHost;
class SignalWatcher;

// `ferry receive`: a listening node that receives into one folder until Ctrl-C (exit 0). Offers
// from senders that are not accepted without asking (--accept-from, --accept-all) are shown one
// at a time with "Accept? [y/N]"; the answers are lines read from standard input. Exit code 2
// when the folder is unusable, 1 when the node cannot start.
class ReceiveCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveCommand)
public:
    explicit ReceiveCommand(const Options &options, QObject *parent = nullptr);
    ~ReceiveCommand() override;

    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool checkDestination();
    void onIdentityLoaded();
    void onNodeStarted();
    void printPolicy();
    void onRequest(const Net::IncomingRequest &request);
    void askNext();
    void onAnswer(const QString &line);
    void onRequestClosed(const QUuid &id);
    void onInputEnded();
    void finish(int exitCode);

    Options m_options;
    TerminalOutput m_out;
    TransferPrinter m_printer;
    std::unique_ptr<NodeHost> m_host;
    std::unique_ptr<SignalWatcher> m_signals;
    std::unique_ptr<LineReader> m_input; // null with --accept-all: nobody is asked
    QList<Net::IncomingRequest> m_waiting; // to be asked, in order
    QUuid m_asking; // the request the next answer is for
    bool m_finished = false;
};

} // namespace Ferry::App
