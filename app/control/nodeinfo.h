#pragma once

#include "net/remoteidentity.h"

#include <QString>
#include <QStringList>

namespace Ferry::App {

// What a Ferry node tells a front-end about itself (the control protocol's "welcome",
// docs/CONTROL.md), and what a front-end that runs its own node knows of it the same way.
struct NodeInfo
{
    // Which program runs the node: the window, `ferry --headless`, or a CLI command that had to
    // start its own node (send, receive, peers) and serves it while it runs.
    enum class Kind { Gui, Headless, Cli };

    Kind kind = Kind::Cli;
    QString command; // Cli: the command ("send", "receive", "peers"); empty otherwise
    qint64 pid = 0;
    QString version;
    Net::RemoteIdentity identity;
    QString deviceName;
    quint16 port = 0; // TCP, where peers connect
    bool receiving = false; // offers are asked about (else declined at once: a short command)
    QString destination; // where accepted files go unless the answer names another folder
    bool discovery = false; // discovery runs
    quint16 discoveryPort = 0;
    QStringList interfaces; // discovery's interfaces
    QString warning; // e.g. why discovery could not start
    qint64 uptimeMs = 0; // how long the node has run (when this was said)
};

// "gui", "headless", "cli": how the protocol and the logs name a kind.
QString nodeKindName(NodeInfo::Kind kind);

// "the window (pid 12)", "ferry --headless (pid 12)", "ferry send (pid 12)": for messages.
QString describeNode(const NodeInfo &info);

} // namespace Ferry::App
