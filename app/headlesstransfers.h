#pragma once

#include "app/control/nodeaccess.h"
#include "app/options.h"
#include "app/terminaloutput.h"
#include "app/transferprinter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Ferry::App {

class ControlServer;

// What a headless node logs of Spacedrop: where files go and from whom they are accepted, each
// transfer's state changes and progress (a line at most every 2 s), the offers it is asked
// about, how many attached front-ends (ferry receive, the window) can answer them, and how each
// one ended and who decided it. With no front-end attached, nobody can answer: offers are
// declined when their time is up.
class HeadlessTransfers : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessTransfers)
public:
    // server: the node's control server (for its attached front-ends), may be null.
    HeadlessTransfers(const Options &options, NodeAccess *access, const ControlServer *server,
                      QObject *parent = nullptr);
    ~HeadlessTransfers() override;

private:
    void printPolicy(const Options &options, const QString &destination);
    void onRequest(const Net::IncomingRequest &request);
    void onRequestClosed(const QUuid &id, NodeAccess::Outcome outcome, const QString &by);

    QPointer<const ControlServer> m_server;
    QHash<QUuid, QString> m_senders; // offers waiting: who made them
    TerminalOutput m_out{false}; // a log, even on a terminal: no status line
    TransferPrinter m_printer{m_out, true};
};

} // namespace Ferry::App
