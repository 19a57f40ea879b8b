#pragma once

#include "net/remoteidentity.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Ferry::App {

// The parsed command line. Subcommands: (none) GUI, --headless, identity, ping.
struct Options
{
    enum class Command { Gui, Headless, Identity, Ping };

    Command command = Command::Gui;
    QString dataDir; // empty: the standard app data folder
    QString deviceName; // empty: the host name
    QHostAddress listenAddress = QHostAddress::Any;
    int port = -1; // -1: the default port, falling back to any free one
    QString pingTarget; // ping: HOST:PORT
    Ferry::Net::RemoteIdentity expect; // ping: only accept this identity
    int count = 1; // ping: how many
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

// "host:port", "[v6]:port" → host and port; false on anything else (port 1–65535 required).
bool parseHostPort(const QString &text, QString &host, quint16 &port);

} // namespace Ferry::App
