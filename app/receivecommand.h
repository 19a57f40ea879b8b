#pragma once

#include "app/control/nodeaccess.h"
#include "app/options.h"
#include "app/terminaloutput.h"
#include "app/transferprinter.h"
#include "net/operations/spacedrop/transferinfo.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <memory>

namespace Ferry::App {

class LineReader;
class NodeConnector;
class SignalWatcher;

// `ferry receive`: receives into one folder until Ctrl-C (exit 0). It runs the data folder's
// node itself, or, when one runs already (the window, ferry --headless, another receive),
// attaches to it and answers the offers that node asks about (NodeConnector). Offers from
// senders that are not accepted without asking (--accept-from, --accept-all) are shown one at a
// time with "Accept? [y/N]"; the answers are lines read from standard input. Every attached
// front-end is asked; the first answer wins and the others print the outcome ("accepted
// elsewhere, by …"). Exit code 2 when the folder is unusable, 1 when the node cannot start, does
// not receive (a short command's) or goes away.
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
    void onReady();
    void printHeader(const NodeInfo &node);
    void printPolicy();
    void showTransfer(const Net::TransferInfo &info);
    void onRequest(const Net::IncomingRequest &request);
    void askNext();
    bool answersItself(const Net::IncomingRequest &request) const;
    void onAnswer(const QString &line);
    void answer(const QUuid &id, bool accept);
    void onRequestClosed(const QUuid &id, NodeAccess::Outcome outcome, const QString &by);
    void onInputEnded();
    void finish(int exitCode);

    Options m_options;
    bool m_destinationGiven = false; // --dest (else an attached node's own default)
    TerminalOutput m_out;
    TransferPrinter m_printer;
    std::unique_ptr<NodeConnector> m_connector;
    NodeAccess *m_access = nullptr; // from ready on
    QString m_self; // how answers from here are named to the other front-ends
    std::unique_ptr<SignalWatcher> m_signals;
    std::unique_ptr<LineReader> m_input; // null with --accept-all: nobody is asked
    QList<Net::IncomingRequest> m_waiting; // to be asked, in order
    QSet<QUuid> m_shown; // offers shown here (their outcome is shown too)
    QSet<QUuid> m_answered; // offers answered here
    QUuid m_asking; // the request the next answer is for
    bool m_finished = false;
};

} // namespace Ferry::App
