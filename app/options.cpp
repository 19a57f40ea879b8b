#include "app/options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Ferry::App {

namespace {
QString usageText(const QCommandLineParser &parser)
{
    // Parsed before QCoreApplication exists, so Qt cannot know the program's name.
    return parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("ferry"))
        + QStringLiteral("\nCommands:\n"
                         "  (none)            start the desktop app\n"
                         "  identity          print this device's identity\n"
                         "  ping HOST:PORT    connect, verify, and measure the round trip\n");
}
} // namespace

bool parseHostPort(const QString &text, QString &host, quint16 &port)
{
    QString h;
    QString p;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":"))
            return false;
        h = text.mid(1, close - 1);
        p = text.mid(close + 2);
        if (QHostAddress(h).protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || text.indexOf(QLatin1Char(':')) != colon)
            return false; // bare IPv6 needs brackets
        h = text.left(colon);
        p = text.mid(colon + 1);
    }
    bool ok = false;
    const uint value = p.toUInt(&ok);
    if (!ok || value == 0 || value > 65535 || h.isEmpty() || h.contains(QLatin1Char(' ')))
        return false;
    host = h;
    port = static_cast<quint16>(value);
    return true;
}

ParseOutcome parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ferry shares files with devices on the local network, peer to peer."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run the node without a window."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep settings and keys in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Device name shown to others."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Listen on ADDRESS (default: all)."),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port (0: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption expect(QStringLiteral("expect"),
                                    QStringLiteral("ping: accept only this identity."),
                                    QStringLiteral("IDENTITY"));
    const QCommandLineOption count({QStringLiteral("c"), QStringLiteral("count")},
                                   QStringLiteral("ping: send N pings (default 1)."),
                                   QStringLiteral("N"));
    parser.addOptions({help, version, headless, dataDir, name, listen, port, expect, count});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("identity | ping HOST:PORT (none: desktop app)"));

    ParseOutcome out;
    const auto usageError = [&](const QString &message) {
        out.exit = true;
        out.exitCode = 2;
        out.error = QStringLiteral("ferry: %1\nTry 'ferry --help'.\n").arg(message);
        return out;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out.exit = true;
        out.output = usageText(parser);
        return out;
    }
    if (parser.isSet(version)) {
        out.exit = true;
        out.output = QStringLiteral("ferry %1\n").arg(QStringLiteral(FERRY_VERSION));
        return out;
    }
    Options &o = out.options;
    o.dataDir = parser.value(dataDir);
    o.deviceName = parser.value(name).trimmed();
    if (parser.isSet(listen)) {
        o.listenAddress = QHostAddress(parser.value(listen));
        if (o.listenAddress.isNull())
            return usageError(QStringLiteral("not an IP address: %1").arg(parser.value(listen)));
    }
    if (parser.isSet(port)) {
        bool ok = false;
        o.port = parser.value(port).toInt(&ok);
        if (!ok || o.port < 0 || o.port > 65535)
            return usageError(QStringLiteral("not a port number: %1").arg(parser.value(port)));
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command.isEmpty()) {
        o.command = parser.isSet(headless) ? Options::Command::Headless : Options::Command::Gui;
    } else if (command == QLatin1String("identity") && positional.size() == 1) {
        o.command = Options::Command::Identity;
    } else if (command == QLatin1String("ping")) {
        o.command = Options::Command::Ping;
        if (positional.size() != 2)
            return usageError(QStringLiteral("ping needs one HOST:PORT"));
        o.pingTarget = positional[1];
        QString host;
        quint16 p = 0;
        if (!parseHostPort(o.pingTarget, host, p))
            return usageError(QStringLiteral("not HOST:PORT: %1").arg(o.pingTarget));
    } else {
        return usageError(
            QStringLiteral("unknown command: %1").arg(positional.join(QLatin1Char(' '))));
    }
    if (parser.isSet(expect)) {
        const auto id = Ferry::Net::RemoteIdentity::fromText(parser.value(expect));
        if (!id)
            return usageError(QStringLiteral("not an identity: %1").arg(parser.value(expect)));
        o.expect = *id;
    }
    if (parser.isSet(count)) {
        bool ok = false;
        o.count = parser.value(count).toInt(&ok);
        if (!ok || o.count < 1 || o.count > 1000)
            return usageError(QStringLiteral("count must be 1–1000"));
    }
    return out;
}

} // namespace Ferry::App
