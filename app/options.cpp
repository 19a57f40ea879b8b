#include "app/options.h"

#include "app/control/controlmessage.h"
#include "app/control/controlvalues.h"
#include "net/hostport.h"
#include "net/manualpeers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Ferry::App {

namespace {

QCommandLineOption option(const QStringList &names, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(names, description, valueName);
}

// Every option, declared once; parse() fills the parser.
struct Spec
{
    QCommandLineParser parser;
    const QCommandLineOption help
        = option({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version = option({QStringLiteral("v"), QStringLiteral("version")},
                                              QStringLiteral("Show the version."));
    const QCommandLineOption headless
        = option({QStringLiteral("headless")}, QStringLiteral("Run the node without a window."));
    const QCommandLineOption dataDir
        = option({QStringLiteral("data-dir")}, QStringLiteral("Keep settings and keys in DIR."),
                 QStringLiteral("DIR"));
    const QCommandLineOption name
        = option({QStringLiteral("name")}, QStringLiteral("Device name shown to others."),
                 QStringLiteral("NAME"));
    const QCommandLineOption listen
        = option({QStringLiteral("listen")}, QStringLiteral("Listen on ADDRESS (default: all)."),
                 QStringLiteral("ADDRESS"));
    const QCommandLineOption port
        = option({QStringLiteral("port")}, QStringLiteral("TCP port (0: any free port)."),
                 QStringLiteral("N"));
    const QCommandLineOption noDiscovery
        = option({QStringLiteral("no-discovery")},
                 QStringLiteral("Do not announce this device or look for others."));
    const QCommandLineOption interfaces
        = option({QStringLiteral("interfaces")},
                 QStringLiteral("Discover only on these network interfaces (comma-separated; "
                                "default: env FERRY_INTERFACES, else every suitable one)."),
                 QStringLiteral("A,B"));
    const QCommandLineOption peer
        = option({QStringLiteral("peer")},
                 QStringLiteral("Also connect to the device at HOST[:PORT] (default port 47474); "
                                "repeatable."),
                 QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption expect
        = option({QStringLiteral("expect")}, QStringLiteral("ping: accept only this identity."),
                 QStringLiteral("IDENTITY"));
    const QCommandLineOption count
        = option({QStringLiteral("c"), QStringLiteral("count")},
                 QStringLiteral("ping: send N pings (default 1)."), QStringLiteral("N"));
    const QCommandLineOption wait
        = option({QStringLiteral("wait")},
                 QStringLiteral("peers, ping NAME, send: look for devices this long (default 2)."),
                 QStringLiteral("SECONDS"));
    const QCommandLineOption watch
        = option({QStringLiteral("watch")},
                 QStringLiteral("peers: keep running and print every change until interrupted."));
    const QCommandLineOption to = option(
        {QStringLiteral("to")},
        QStringLiteral("send: the receiving device, by name or identity (found on the network)."),
        QStringLiteral("NAME|IDENTITY"));
    const QCommandLineOption message
        = option({QStringLiteral("message")},
                 QStringLiteral("send: a message shown to the receiver (at most 1024 bytes)."),
                 QStringLiteral("TEXT"));
    const QCommandLineOption dest = option(
        {QStringLiteral("dest")},
        QStringLiteral("receive, --headless: save received files in DIR (default: Downloads)."),
        QStringLiteral("DIR"));
    const QCommandLineOption acceptFrom
        = option({QStringLiteral("accept-from")},
                 QStringLiteral("receive, --headless: accept files from this device without "
                                "asking; repeatable."),
                 QStringLiteral("IDENTITY"));
    const QCommandLineOption acceptAll = option(
        {QStringLiteral("accept-all")},
        QStringLiteral("receive, --headless: accept files from every device without asking "
                       "(unsafe on untrusted networks)."));
    const QCommandLineOption requestTimeout
        = option({QStringLiteral("request-timeout")},
                 QStringLiteral("receive, --headless: decline an offer nobody answered within "
                                "SECONDS (default 60)."),
                 QStringLiteral("SECONDS"));
    const QCommandLineOption sendFiles
        = option({QStringLiteral("send-files")},
                 QStringLiteral("Open the window and offer the PATHs given as arguments for "
                                "sending to nearby devices."));

    Spec()
    {
        parser.setApplicationDescription(
            QStringLiteral("Ferry shares files with devices on the local network, peer to peer."));
        parser.addOptions({help,      version,        headless,   dataDir, name,   listen,
                           port,      noDiscovery,    interfaces, peer,    expect, count,
                           wait,      watch,          to,         message, dest,   acceptFrom,
                           acceptAll, requestTimeout, sendFiles});
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QStringLiteral("identity | peers | ping TARGET | send PATH... "
                                                    "| receive (none: desktop app)"));
    }

    QString usageText() const
    {
        // Parsed before QCoreApplication exists, so Qt cannot know the program's name.
        return parser.helpText().replace(QStringLiteral("<executable_name>"),
                                         QStringLiteral("ferry"))
            + QStringLiteral(
                   "\nCommands:\n"
                   "  (none)            start the desktop app\n"
                   "  --send-files PATH...\n"
                   "                    start the desktop app (or bring its window forward) and\n"
                   "                    ask which nearby devices should get these files and\n"
                   "                    folders; a PATH that does not exist is reported there\n"
                   "  identity          print this device's identity\n"
                   "  peers             list the devices found on the local network\n"
                   "                    (--watch: then print each change until interrupted)\n"
                   "  ping TARGET       connect, verify, and measure the round trip; TARGET is\n"
                   "                    HOST:PORT, [IPv6]:PORT, or a device's name or identity\n"
                   "                    (found on the local network)\n"
                   "  send --to DEVICE [--message TEXT] PATH...\n"
                   "                    send files and folders to a device, found by name or\n"
                   "                    identity like ping's (or reached with --peer); waits for\n"
                   "                    its answer, shows progress, and retries while the device\n"
                   "                    is away. Ctrl-C cancels. Exit status: 0 sent, 1 declined,\n"
                   "                    failed or cancelled by the receiver, 2 a bad command line\n"
                   "                    or a PATH that does not exist, 130 Ctrl-C (143 SIGTERM)\n"
                   "  receive [--dest DIR] [--accept-from IDENTITY]... [--accept-all]\n"
                   "                    receive files until Ctrl-C, asking Accept? [y/N] for\n"
                   "                    each offer (answers are lines on standard input) unless\n"
                   "                    the sender is accepted without asking. DIR must exist\n"
                   "                    (default: the Downloads folder, else the home folder).\n"
                   "                    --headless takes --dest and --accept-* too; it cannot\n"
                   "                    ask, so other offers are declined when their time is up\n"
                   "                    (--request-timeout SECONDS, default 60)\n"
                   "\nSizes and speeds are shown in binary units (1 KiB = 1024 bytes, MiB, GiB).\n"
                   "\nEnvironment:\n"
                   "  FERRY_INTERFACES  discover only on these interfaces (comma-separated);\n"
                   "                    --interfaces takes precedence\n"
                   "  FERRY_STALL_TIMEOUT  seconds a transfer may make no progress before it\n"
                   "                    counts as interrupted and is retried (default 30)\n");
    }
};

// An error in the command line: message, exit code 2, nothing done.
ParseOutcome usageError(const QString &message)
{
    ParseOutcome out;
    out.exit = true;
    out.exitCode = 2;
    out.error = QStringLiteral("ferry: %1\nTry 'ferry --help'.\n").arg(message);
    return out;
}

// The command and its target; a null string when fine, the usage error otherwise.
QString parseCommand(const QStringList &positional, bool headless, Options &o)
{
    const QString command = positional.value(0);
    if (command.isEmpty()) {
        o.command = headless ? Options::Command::Headless : Options::Command::Gui;
    } else if (command == QLatin1String("identity") && positional.size() == 1) {
        o.command = Options::Command::Identity;
    } else if (command == QLatin1String("peers") && positional.size() == 1) {
        o.command = Options::Command::Peers;
    } else if (command == QLatin1String("ping")) {
        o.command = Options::Command::Ping;
        if (positional.size() != 2 || positional[1].trimmed().isEmpty())
            return QStringLiteral("ping needs one HOST:PORT, NAME or IDENTITY");
        o.pingTarget = positional[1];
        // Text with a colon or a bracket is meant as an address and must be a whole one; anything
        // else is a device's name or identity.
        o.pingByName = !o.pingTarget.contains(QLatin1Char(':'))
            && !o.pingTarget.startsWith(QLatin1Char('['));
        QString host;
        quint16 p = 0;
        if (!o.pingByName && !Net::parseHostPort(o.pingTarget, host, p))
            return QStringLiteral("not HOST:PORT: %1").arg(o.pingTarget);
    } else if (command == QLatin1String("send")) {
        o.command = Options::Command::Send;
        o.sendPaths = positional.mid(1);
        if (o.sendPaths.isEmpty())
            return QStringLiteral("send needs at least one PATH");
    } else if (command == QLatin1String("receive") && positional.size() == 1) {
        o.command = Options::Command::Receive;
    } else {
        return QStringLiteral("unknown command: %1").arg(positional.join(QLatin1Char(' ')));
    }
    return {};
}

// --send-files PATH...: the window, offering the paths (made absolute; whether they exist is the
// window's to report, where the user sees it). A null string when fine, the usage error otherwise.
QString parseSendFiles(const QStringList &paths, bool headless, Options &o)
{
    if (headless)
        return QStringLiteral("--send-files is for the desktop app, not --headless");
    o.command = Options::Command::Gui;
    if (paths.isEmpty())
        return QStringLiteral("--send-files needs at least one PATH");
    // The window may run already: the paths must fit in the control protocol's raise.
    if (paths.size() > ControlMessage::kMaxPaths)
        return QStringLiteral("--send-files takes at most %1 paths, not %2")
            .arg(ControlMessage::kMaxPaths)
            .arg(paths.size());
    for (const QString &path : paths) {
        if (path.isEmpty())
            return QStringLiteral("--send-files: a PATH is empty");
        const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        if (absolute.toUtf8().size() > ControlValues::kMaxPathBytes)
            return QStringLiteral("a path longer than %1 bytes: %2…")
                .arg(ControlValues::kMaxPathBytes)
                .arg(path.left(64));
        o.sendFiles.append(absolute);
    }
    o.sendFiles.removeDuplicates();
    return {};
}

// Listening and discovery options; a null string when fine, the usage error otherwise.
QString parseNetworkOptions(const Spec &s, Options &o)
{
    if (s.parser.isSet(s.listen)) {
        o.listenAddress = QHostAddress(s.parser.value(s.listen));
        if (o.listenAddress.isNull())
            return QStringLiteral("not an IP address: %1").arg(s.parser.value(s.listen));
    }
    if (s.parser.isSet(s.port)) {
        bool ok = false;
        o.port = s.parser.value(s.port).toInt(&ok);
        if (!ok || o.port < 0 || o.port > 65535)
            return QStringLiteral("not a port number: %1").arg(s.parser.value(s.port));
    }
    o.discovery = !s.parser.isSet(s.noDiscovery);
    const QStringList names = s.parser.values(s.interfaces);
    for (const QString &list : names) {
        for (const QString &n : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!n.trimmed().isEmpty())
                o.interfaces << n.trimmed();
        }
    }
    if (s.parser.isSet(s.interfaces) && o.interfaces.isEmpty())
        return QStringLiteral("--interfaces needs at least one interface name");
    o.peers = s.parser.values(s.peer);
    for (const QString &peer : std::as_const(o.peers)) {
        QString host;
        quint16 p = 0;
        if (!Net::parseHostOptionalPort(peer, Net::ManualPeers::kDefaultPort, host, p))
            return QStringLiteral("not HOST[:PORT]: %1").arg(peer);
    }
    return {};
}

// ping and peers options; a null string when fine, the usage error otherwise.
QString parseCommandOptions(const Spec &s, Options &o)
{
    if (s.parser.isSet(s.expect)) {
        const auto id = Ferry::Net::RemoteIdentity::fromText(s.parser.value(s.expect));
        if (!id)
            return QStringLiteral("not an identity: %1").arg(s.parser.value(s.expect));
        o.expect = *id;
    }
    if (s.parser.isSet(s.count)) {
        bool ok = false;
        o.count = s.parser.value(s.count).toInt(&ok);
        if (!ok || o.count < 1 || o.count > 1000)
            return QStringLiteral("count must be 1–1000");
    }
    if (s.parser.isSet(s.wait)) {
        bool ok = false;
        const double seconds = s.parser.value(s.wait).toDouble(&ok);
        if (!ok || !(seconds >= 0 && seconds <= 3600))
            return QStringLiteral("wait must be 0–3600 seconds, not %1")
                .arg(s.parser.value(s.wait));
        o.waitMs = int(seconds * 1000);
    }
    o.watch = s.parser.isSet(s.watch);
    return {};
}

// What the protocol allows in a message: text without control characters (docs/PROTOCOL.md
// §13.2), at most 1024 bytes of UTF-8.
QString checkMessage(const QString &message)
{
    for (const QChar c : message) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return QStringLiteral("--message must be one line, without control characters");
    }
    if (message.toUtf8().size() > 1024)
        return QStringLiteral("--message is longer than 1024 bytes");
    return {};
}

// send and receive options; a null string when fine, the usage error otherwise.
QString parseTransferOptions(const Spec &s, Options &o)
{
    const bool sending = o.command == Options::Command::Send;
    const bool receiving = o.command == Options::Command::Receive
        || o.command == Options::Command::Headless || o.command == Options::Command::Gui;
    for (const QCommandLineOption *only : {&s.to, &s.message}) {
        if (!sending && s.parser.isSet(*only))
            return QStringLiteral("--%1 is only for send").arg(only->names().constFirst());
    }
    for (const QCommandLineOption *only :
         {&s.dest, &s.acceptFrom, &s.acceptAll, &s.requestTimeout}) {
        if (!receiving && s.parser.isSet(*only))
            return QStringLiteral("--%1 is only for receive and --headless")
                .arg(only->names().constFirst());
    }
    o.sendTo = s.parser.value(s.to).trimmed();
    if (sending && o.sendTo.isEmpty())
        return QStringLiteral("send needs --to NAME|IDENTITY");
    o.message = s.parser.value(s.message);
    if (const QString error = checkMessage(o.message); !error.isNull())
        return error;
    o.destination = s.parser.value(s.dest);
    if (s.parser.isSet(s.dest) && o.destination.isEmpty())
        return QStringLiteral("--dest needs a folder");
    for (const QString &text : s.parser.values(s.acceptFrom)) {
        const auto id = Ferry::Net::RemoteIdentity::fromText(text.trimmed());
        if (!id)
            return QStringLiteral("not an identity: %1 (--accept-from takes the 52-character "
                                  "identity that `ferry identity` prints)")
                .arg(text);
        o.acceptFrom.append(*id);
    }
    o.acceptAll = s.parser.isSet(s.acceptAll);
    if (s.parser.isSet(s.requestTimeout)) {
        bool ok = false;
        const int seconds = s.parser.value(s.requestTimeout).toInt(&ok);
        if (!ok || seconds < 5 || seconds > 3600)
            return QStringLiteral("--request-timeout must be 5–3600 seconds, not %1")
                .arg(s.parser.value(s.requestTimeout));
        o.requestTimeoutMs = seconds * 1000;
    }
    return {};
}

} // namespace

ParseOutcome parseOptions(const QStringList &arguments)
{
    Spec s;
    ParseOutcome out;
    if (!s.parser.parse(arguments))
        return usageError(s.parser.errorText());
    if (s.parser.isSet(s.help)) {
        out.exit = true;
        out.output = s.usageText();
        return out;
    }
    if (s.parser.isSet(s.version)) {
        out.exit = true;
        out.output = QStringLiteral("ferry %1\n").arg(QStringLiteral(FERRY_VERSION));
        return out;
    }
    Options &o = out.options;
    o.dataDir = s.parser.value(s.dataDir);
    o.deviceName = s.parser.value(s.name).trimmed();
    const QStringList positional = s.parser.positionalArguments();
    const bool headless = s.parser.isSet(s.headless);
    // With --send-files every argument is a path, even one named like a command.
    for (const QString &error :
         {parseNetworkOptions(s, o),
          s.parser.isSet(s.sendFiles) ? parseSendFiles(positional, headless, o)
                                      : parseCommand(positional, headless, o),
          parseCommandOptions(s, o), parseTransferOptions(s, o)}) {
        if (!error.isNull())
            return usageError(error);
    }
    return out;
}

} // namespace Ferry::App
