#pragma once

#include "net/remoteidentity.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Ferry::App {

// The parsed command line. Subcommands: (none) GUI, --headless, identity, peers, ping.
struct Options
{
    enum class Command { Gui, Headless, Identity, Peers, Ping };

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
    int waitMs = 2000; // peers, ping NAME: how long to listen for devices
    bool watch = false; // peers: keep printing changes until interrupted
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
