#pragma once

#include "net/remoteidentity.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ferry::App {

// The parsed command line. Subcommands: (none) GUI, --headless, identity, peers, ping, send,
// receive. --send-files PATH... is the GUI with files to offer (the desktop's "send to").
struct Options
{
    enum class Command { Gui, Headless, Identity, Peers, Ping, Send, Receive };

    Command command = Command::Gui;
    QString dataDir; // empty: the standard app data folder
    QString deviceName; // empty: the host name
    QHostAddress listenAddress = QHostAddress::Any;
    int port = -1; // -1: the default port, falling back to any free one
    bool discovery = true; // --no-discovery: only manual peers and direct addresses
    QStringList interfaces; // discovery on these only (empty: FERRY_INTERFACES, else every one)
    QStringList peers; // --peer HOST[:PORT], dialled and retried
    QString pingTarget; // ping: HOST:PORT, or a device name or identity
    bool pingByName = false; // ping: pingTarget is a name or identity, found by discovery
    Ferry::Net::RemoteIdentity expect; // ping: only accept this identity
    int count = 1; // ping: how many
    int waitMs = 2000; // peers, ping NAME, send: how long to listen for devices
    bool watch = false; // peers: keep printing changes until interrupted
    QString sendTo; // send: the device's name or identity, found by discovery (or --peer)
    QString message; // send: shown to the receiver
    QStringList sendPaths; // send: files and folders, as given
    QStringList sendFiles; // window (--send-files): absolute paths to offer; not checked to exist
    QString destination; // receive, headless, window: where files land (empty: the default)
    QList<Ferry::Net::RemoteIdentity> acceptFrom; // ... accepted without asking
    bool acceptAll = false; // ... every sender accepted without asking
    int requestTimeoutMs = 60'000; // ... an unanswered offer is declined after this long
};

struct ParseOutcome
{
    Options options;
    bool exit = false; // print output/error and exit with exitCode
    int exitCode = 0;
    QString output; // for stdout (help, version)
    QString error; // for stderr
};

ParseOutcome parseOptions(const QStringList &arguments);

} // namespace Ferry::App
