// End-to-end tests of the ferry command line: real ferry processes (FERRY_BIN) on loopback,
// judged only by what they print and how they exit. Every test has its own data folders.
// Run inside scripts/in-sandbox.sh (a private network namespace with an unlocked keyring).
#include "net/nodeconfig.h"
#include "net/remoteidentity.h"
#include "tests/support/ferryprocess.h"
#include "tests/support/processoutput.h"

#include <QDir>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <memory>

using Ferry::Net::RemoteIdentity;
using namespace Ferry::Test;

namespace {

const int kConnectTimeoutMs = int(Ferry::Net::NodeConfig{}.connectTimeout.count());

// st_mode & 07777 of path, -1 if it cannot be stat'ed. QFileInfo::permissions() mixes in the
// "user" bits of the current user, so the raw mode is checked.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A port that nobody listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// A running headless node on 127.0.0.1 with a free port.
struct Headless
{
    std::unique_ptr<FerryProcess> process;
    QString identity;
    quint16 port = 0;
};

void startHeadless(Headless &node, const QString &dataDir, const QString &name)
{
    node.process = std::make_unique<FerryProcess>(
        QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                    QStringLiteral("--name"), name, QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")});
    const QRegularExpressionMatch listening = node.process->waitForOutput(kListeningLine, kLineMs);
    QVERIFY2(listening.hasMatch(), qPrintable(node.process->transcript()));
    QCOMPARE(listening.captured(1), QStringLiteral("127.0.0.1"));
    node.port = listening.captured(2).toUShort();
    QVERIFY(node.port != 0);
    node.identity = kIdentityLine.match(node.process->out()).captured(1);
    QVERIFY2(!node.identity.isEmpty(), qPrintable(node.process->transcript()));
}

// The identity `ferry identity` prints for dataDir.
QString identityOf(const QString &dataDir)
{
    const auto run = runFerry({QStringLiteral("identity"), QStringLiteral("--data-dir"), dataDir});
    if (!run->exitedWith(0)) {
        qWarning().noquote() << run->transcript();
        return {};
    }
    return kIdentityLine.match(run->out()).captured(1);
}

// Pings a fresh headless node while expecting another device's identity. Leaves the node running.
void pingExpectingSomeoneElse(Headless &node, std::unique_ptr<FerryProcess> &ping,
                              const QTemporaryDir &dirs)
{
    const QString otherIdentity = identityOf(dirs.filePath(QStringLiteral("other")));
    QVERIFY(!otherIdentity.isEmpty());
    startHeadless(node, dirs.filePath(QStringLiteral("node")), QStringLiteral("Alpha e2e"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(otherIdentity != node.identity);
    ping = runFerry({QStringLiteral("ping"), QStringLiteral("127.0.0.1:%1").arg(node.port),
                     QStringLiteral("--expect"), otherIdentity, QStringLiteral("--data-dir"),
                     dirs.filePath(QStringLiteral("ping"))});
}

const QRegularExpression kRefusedLine(QStringLiteral("^refused .*$"),
                                      QRegularExpression::MultilineOption);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void identityIsStableAcrossRuns();
    void identityFallsBackToFileWhenNoKeychain();
    void headlessAndPingOnLoopback();
    void pingWithWrongExpectedIdentityIsRefused();
    void refusedNodeLearnsIdentityMismatch();
    void pingNobodyFailsCleanly();
    void usageErrors_data();
    void usageErrors();
    void headlessStopsCleanlyOnSigterm();
    void peersWithNobodyAroundSaysSo();
    void pingUnknownNameFails();
    void peersFindsHeadlessNodeOnNamedInterface();
};

void TestCli::initTestCase()
{
    QVERIFY2(!ferryBinary().isEmpty(), "FERRY_BIN must name the ferry executable");
    QVERIFY2(QFileInfo(ferryBinary()).isExecutable(), qPrintable(ferryBinary()));
}

void TestCli::identityIsStableAcrossRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("identity"), QStringLiteral("--data-dir"), dir.path()};

    const auto first = runFerry(args);
    QVERIFY2(first->exitedWith(0), qPrintable(first->transcript()));
    const auto second = runFerry(args);
    QVERIFY2(second->exitedWith(0), qPrintable(second->transcript()));

    const QString identity = field(first->out(), QStringLiteral("identity"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-z2-7]{52}$")).match(identity).hasMatch(),
             qPrintable(identity));
    QCOMPARE(field(second->out(), QStringLiteral("identity")), identity);

    const QString shortText = field(first->out(), QStringLiteral("short"));
    QCOMPARE(shortText, identity.left(4) + QLatin1Char('-') + identity.mid(4, 4));
    const QString fingerprint = field(first->out(), QStringLiteral("fingerprint"));
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$"))
                 .match(fingerprint)
                 .hasMatch(),
             qPrintable(fingerprint));
    QCOMPARE(field(second->out(), QStringLiteral("fingerprint")), fingerprint);
    // The fingerprint belongs to this identity, not just any well-formed text.
    const auto parsed = RemoteIdentity::fromText(identity);
    QVERIFY(parsed);
    QCOMPARE(parsed->fingerprint(), fingerprint);

    // Made by the first run, found again by the second.
    QVERIFY2(
        field(first->out(), QStringLiteral("key stored")).endsWith(QLatin1String("(created now)")),
        qPrintable(first->out()));
    QVERIFY2(!field(second->out(), QStringLiteral("key stored")).contains(QLatin1String("created")),
             qPrintable(second->out()));

    // In the sandbox (scripts/in-sandbox.sh) an unlocked keyring is running: the real keychain
    // path must have been taken, silently, with no fallback file.
    if (qEnvironmentVariableIsSet("FERRY_SANDBOX")
        && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QCOMPARE(field(first->out(), QStringLiteral("key stored")),
                 QStringLiteral("Secret Service keychain (created now)"));
        QCOMPARE(ferryMessages(first->err()), QStringList());
        QCOMPARE(ferryMessages(second->err()), QStringList());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("keys"))));
    }
}

void TestCli::identityFallsBackToFileWhenNoKeychain()
{
    QTemporaryDir dir;
    QTemporaryDir runtimeDir;
    QVERIFY(dir.isValid() && runtimeDir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString keysDir = dataDir + QLatin1String("/keys");
    const QProcessEnvironment env = environmentWithoutKeychain(runtimeDir.path());
    const QStringList args{QStringLiteral("identity"), QStringLiteral("--data-dir"), dataDir};

    const auto first = runFerry(args, env);
    QVERIFY2(first->exitedWith(0), qPrintable(first->transcript()));
    // With no bus at all QtKeychain fails at once (toolchain.md §4a), well before Ferry's own
    // 5 s keychain timeout would have to step in.
    QVERIFY2(first->elapsedMs() < 4000, qPrintable(QString::number(first->elapsedMs())));

    // stderr also carries ferry.identity log lines; the user-facing message is the "ferry:" one.
    const QStringList messages = ferryMessages(first->err());
    QCOMPARE(messages.size(), 1);
    const QString warning = messages.first();
    QVERIFY2(warning.startsWith(QLatin1String("ferry: warning: ")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("file")), qPrintable(warning));
    QVERIFY2(warning.contains(QDir::toNativeSeparators(keysDir)), qPrintable(warning));
    QCOMPARE(field(first->out(), QStringLiteral("key stored")),
             QStringLiteral("file in %1 (created now)").arg(keysDir));

    // Exactly one file (no temporary left behind), readable by the owner only, in a private dir.
    const QFileInfoList files
        = QDir(keysDir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().isFile());
    QCOMPARE(modeOf(files.first().absoluteFilePath()), 0600);
    QCOMPARE(modeOf(keysDir), 0700);

    const auto second = runFerry(args, env);
    QVERIFY2(second->exitedWith(0), qPrintable(second->transcript()));
    QCOMPARE(field(second->out(), QStringLiteral("identity")),
             field(first->out(), QStringLiteral("identity")));
    QCOMPARE(field(second->out(), QStringLiteral("key stored")),
             QStringLiteral("file in %1").arg(keysDir));
    // Said every time the fallback is used, not only when the key is made.
    QCOMPARE(ferryMessages(second->err()), messages);
}

void TestCli::headlessAndPingOnLoopback()
{
    QTemporaryDir nodeDir;
    QTemporaryDir pingDir;
    QVERIFY(nodeDir.isValid() && pingDir.isValid());
    const QString pingIdentity = identityOf(pingDir.path());
    QVERIFY(!pingIdentity.isEmpty());
    Headless node;
    startHeadless(node, nodeDir.path(), QStringLiteral("Alpha e2e"));
    if (QTest::currentTestFailed())
        return;

    const auto ping = runFerry({QStringLiteral("ping"),
                                QStringLiteral("127.0.0.1:%1").arg(node.port), QStringLiteral("-c"),
                                QStringLiteral("3"), QStringLiteral("--data-dir"), pingDir.path()});
    QVERIFY2(ping->exitedWith(0), qPrintable(ping->transcript()));
    const QString out = ping->out();
    QCOMPARE(field(out, QStringLiteral("identity")), node.identity);
    const auto nodeIdentity = RemoteIdentity::fromText(node.identity);
    QVERIFY(nodeIdentity);
    QCOMPARE(field(out, QStringLiteral("fingerprint")), nodeIdentity->fingerprint());
    QVERIFY2(field(out, QStringLiteral("peer")).startsWith(QLatin1String("\"Alpha e2e\" (")),
             qPrintable(out));
    QVERIFY2(field(out, QStringLiteral("protocol")).startsWith(QLatin1String("version ")),
             qPrintable(out));
    const QStringList rtts = linesStartingWith(out, QStringLiteral("rtt"));
    QCOMPARE(rtts.size(), 4);
    const QRegularExpression rttLine(QStringLiteral("^rtt +\\d+\\.\\d{3} ms$"));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(rttLine.match(rtts[i]).hasMatch(), qPrintable(rtts[i]));
    QVERIFY2(rtts[3].startsWith(QLatin1String("rtt min/avg/max ")), qPrintable(rtts[3]));

    // The node saw this very pinger arrive, then leave.
    const QRegularExpression disconnected(QStringLiteral("^disconnected .*$"),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(node.process->waitForOutput(disconnected, kLineMs).hasMatch(),
             qPrintable(node.process->transcript()));
    const QString log = node.process->out();
    const QStringList connectedLines = linesStartingWith(log, QStringLiteral("connected "));
    const QStringList disconnectedLines = linesStartingWith(log, QStringLiteral("disconnected "));
    QCOMPARE(connectedLines.size(), 1);
    QCOMPARE(disconnectedLines.size(), 1);
    QVERIFY2(connectedLines[0].contains(shortOf(pingIdentity)), qPrintable(log));
    QVERIFY2(connectedLines[0].endsWith(QLatin1String(" from 127.0.0.1")), qPrintable(log));
    QVERIFY2(disconnectedLines[0].contains(shortOf(pingIdentity)), qPrintable(log));
    QVERIFY(log.indexOf(connectedLines[0]) < log.indexOf(disconnectedLines[0]));
    // The pinger said goodbye (GOAWAY ShuttingDown) rather than just dropping the socket.
    QVERIFY2(disconnectedLines[0].contains(QLatin1String("ShuttingDown")), qPrintable(log));
    QVERIFY2(node.process->isRunning(), qPrintable(node.process->transcript()));
}

void TestCli::pingWithWrongExpectedIdentityIsRefused()
{
    QTemporaryDir dirs;
    QVERIFY(dirs.isValid());
    Headless node;
    std::unique_ptr<FerryProcess> ping;
    pingExpectingSomeoneElse(node, ping, dirs);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(ping->exitedWith(1), qPrintable(ping->transcript()));
    QCOMPARE(ferryMessages(ping->err()).size(), 1);
    QVERIFY2(
        ferryMessages(ping->err())
            .first()
            .startsWith(QStringLiteral("ferry: cannot connect to 127.0.0.1:%1: IdentityMismatch")
                            .arg(node.port)),
        qPrintable(ping->transcript()));
    QCOMPARE(ping->out(), QString());

    // The node refused it and never counted it as connected.
    QVERIFY2(node.process->waitForOutput(kRefusedLine, kLineMs).hasMatch(),
             qPrintable(node.process->transcript()));
    QVERIFY2(!node.process->out().contains(QLatin1String("\nconnected ")),
             qPrintable(node.process->transcript()));
    QVERIFY2(node.process->isRunning(), qPrintable(node.process->transcript()));
}

// The dialler's Connection::close() queues GOAWAY IdentityMismatch once TLS is up, so that the
// node learns why (docs/PROTOCOL.md §5.4). The node should log that reason, not a TLS failure.
void TestCli::refusedNodeLearnsIdentityMismatch()
{
    QTemporaryDir dirs;
    QVERIFY(dirs.isValid());
    Headless node;
    std::unique_ptr<FerryProcess> ping;
    pingExpectingSomeoneElse(node, ping, dirs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(ping->exitedWith(1), qPrintable(ping->transcript()));

    const QRegularExpressionMatch line = node.process->waitForOutput(kRefusedLine, kLineMs);
    QVERIFY2(line.hasMatch(), qPrintable(node.process->transcript()));
    QVERIFY2(line.captured(0).contains(QLatin1String("IdentityMismatch (from peer)")),
             qPrintable(line.captured(0)));
}

void TestCli::pingNobodyFailsCleanly()
{
    QTemporaryDir pingDir;
    QVERIFY(pingDir.isValid());
    const quint16 port = closedPort();
    QVERIFY(port != 0);

    const auto ping = runFerry({QStringLiteral("ping"), QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--data-dir"), pingDir.path()});
    QVERIFY2(ping->exitedWith(1), qPrintable(ping->transcript()));
    QVERIFY2(ping->elapsedMs() < kConnectTimeoutMs, qPrintable(QString::number(ping->elapsedMs())));
    QVERIFY2(ping->err().contains(
                 QStringLiteral("ferry: cannot connect to 127.0.0.1:%1: ConnectFailed").arg(port)),
             qPrintable(ping->transcript()));
    QCOMPARE(ping->out(), QString());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QString &args, const QString &message) {
        QTest::newRow(name) << args.split(QLatin1Char(' ')) << message;
    };
    row("ping without target", QStringLiteral("ping"), QStringLiteral("ping needs one HOST:PORT"));
    // (`ping host`, without a port, is a device name: see pingUnknownNameFails.)
    row("ping empty port", QStringLiteral("ping host:"), QStringLiteral("not HOST:PORT: host:"));
    row("ping port 0", QStringLiteral("ping host:0"), QStringLiteral("not HOST:PORT: host:0"));
    row("ping bracketed v6 without port", QStringLiteral("ping [::1]"),
        QStringLiteral("not HOST:PORT: [::1]"));
    row("ping unbracketed v6", QStringLiteral("ping ::1:5"),
        QStringLiteral("not HOST:PORT: ::1:5"));
    row("ping two targets", QStringLiteral("ping 127.0.0.1:5 127.0.0.1:6"),
        QStringLiteral("ping needs one HOST:PORT"));
    row("port too large", QStringLiteral("--port 70000"),
        QStringLiteral("not a port number: 70000"));
    row("unknown command", QStringLiteral("bogus"), QStringLiteral("unknown command: bogus"));
    row("unknown option", QStringLiteral("--bogus identity"), QStringLiteral("bogus"));
    row("expect not an identity", QStringLiteral("--expect nonsense ping 127.0.0.1:5"),
        QStringLiteral("not an identity: nonsense"));
    row("count zero", QStringLiteral("ping 127.0.0.1:5 -c 0"), QStringLiteral("count must be"));
    row("listen not an address", QStringLiteral("--headless --listen nowhere"),
        QStringLiteral("not an IP address: nowhere"));
    row("peers with an argument", QStringLiteral("peers now"),
        QStringLiteral("unknown command: peers now"));
    row("wait not a number", QStringLiteral("peers --wait soon"),
        QStringLiteral("wait must be 0–3600 seconds, not soon"));
    row("wait negative", QStringLiteral("peers --wait=-1"),
        QStringLiteral("wait must be 0–3600 seconds, not -1"));
    row("peer not an address", QStringLiteral("--peer ::1:5 peers"),
        QStringLiteral("not HOST[:PORT]: ::1:5"));
    row("peer port 0", QStringLiteral("--peer host:0 --headless"),
        QStringLiteral("not HOST[:PORT]: host:0"));
    row("interfaces empty", QStringLiteral("--interfaces , peers"),
        QStringLiteral("--interfaces needs at least one interface name"));
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));

    const auto run = runFerry(arguments + QStringList{QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(run->exitedWith(2), qPrintable(run->transcript()));
    const QString err = run->err();
    QVERIFY2(err.startsWith(QLatin1String("ferry: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("ferry --help")), qPrintable(err));
    QCOMPARE(run->out(), QString());
    // Refused before doing anything: no identity loaded, nothing written.
    QVERIFY(!QFileInfo::exists(dataDir));
}

void TestCli::headlessStopsCleanlyOnSigterm()
{
    QTemporaryDir nodeDir;
    QVERIFY(nodeDir.isValid());
    Headless node;
    startHeadless(node, nodeDir.path(), QStringLiteral("Alpha e2e"));
    if (QTest::currentTestFailed())
        return;

    node.process->terminate(); // SIGTERM
    QVERIFY2(node.process->waitForExit(5000), qPrintable(node.process->transcript()));
    QVERIFY2(node.process->exitedWith(0), qPrintable(node.process->transcript()));
    QVERIFY2(node.process->out().endsWith(QLatin1String("\nstopping\n")),
             qPrintable(node.process->transcript()));
    // No error; at most (outside the sandbox) the keychain fallback warning.
    const QStringList messages = ferryMessages(node.process->err());
    for (const QString &line : messages)
        QVERIFY2(line.startsWith(QLatin1String("ferry: warning: ")), qPrintable(line));
    // The listening socket went with it.
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, node.port), qPrintable(server.errorString()));
}

// In the sandbox only lo exists, and discovery leaves loopback alone unless it is named: nobody.
void TestCli::peersWithNobodyAroundSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto run = runFerry({QStringLiteral("peers"), QStringLiteral("--wait"),
                               QStringLiteral("0.5"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run->exitedWith(0), qPrintable(run->transcript()));
    QVERIFY2(run->out().startsWith(QLatin1String("No devices found.\n")),
             qPrintable(run->transcript()));
    QVERIFY2(run->out().contains(QLatin1String("--peer HOST[:PORT]")), qPrintable(run->out()));
    QVERIFY2(run->elapsedMs() < kRunMs, qPrintable(run->transcript()));
}

void TestCli::pingUnknownNameFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto run
        = runFerry({QStringLiteral("ping"), QStringLiteral("nobody-here"), QStringLiteral("--wait"),
                    QStringLiteral("0.5"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run->exitedWith(1), qPrintable(run->transcript()));
    QCOMPARE(ferryMessages(run->err()).size(), 1);
    QVERIFY2(ferryMessages(run->err())
                 .first()
                 .startsWith(QLatin1String("ferry: cannot ping nobody-here: ")),
             qPrintable(run->transcript()));
    QCOMPARE(run->out(), QString());
}

// --interfaces (here lo, which is otherwise left out) decides where discovery runs; the peers
// list shows the node once, with its name, identity, address and state.
void TestCli::peersFindsHeadlessNodeOnNamedInterface()
{
    QTemporaryDir dirs;
    QVERIFY(dirs.isValid());
    Headless node;
    const QStringList onLo{QStringLiteral("--interfaces"), QStringLiteral("lo")};
    node.process = std::make_unique<FerryProcess>(
        QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"),
                    dirs.filePath(QStringLiteral("node")), QStringLiteral("--name"),
                    QStringLiteral("Alpha e2e"), QStringLiteral("--port"), QStringLiteral("0")}
        + onLo);
    const QRegularExpressionMatch listening = node.process->waitForOutput(kListeningLine, kLineMs);
    QVERIFY2(listening.hasMatch(), qPrintable(node.process->transcript()));
    node.port = listening.captured(2).toUShort();
    node.identity = kIdentityLine.match(node.process->out()).captured(1);
    QVERIFY2(field(node.process->out(), QStringLiteral("discovery")).endsWith(QLatin1String(" lo")),
             qPrintable(node.process->transcript()));

    const auto run = runFerry(QStringList{QStringLiteral("peers"), QStringLiteral("--data-dir"),
                                          dirs.filePath(QStringLiteral("peers"))}
                              + onLo);
    QVERIFY2(run->exitedWith(0), qPrintable(run->transcript()));
    const QStringList lines = run->out().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QRegularExpression line(
        QStringLiteral("^\"Alpha e2e\" \\((.+)\\) (\\S+) (\\S+) discovered$"));
    const QRegularExpressionMatch m = line.match(lines.first());
    QVERIFY2(m.hasMatch(), qPrintable(lines.first()));
    QCOMPARE(m.captured(2), shortOf(node.identity));
    QVERIFY2(m.captured(3)
                 .split(QLatin1Char(','))
                 .contains(QStringLiteral("127.0.0.1:%1").arg(node.port)),
             qPrintable(lines.first()));

    // The peers command only listened (PROBE, §12.3): the node answered it but never listed it,
    // so it neither found nor lost it. The node heard the probe seconds before the command
    // exited, so a listing would have been printed by now.
    QVERIFY2(linesStartingWith(node.process->out(), QStringLiteral("found ")).isEmpty(),
             qPrintable(node.process->transcript()));
    QVERIFY2(linesStartingWith(node.process->out(), QStringLiteral("lost ")).isEmpty(),
             qPrintable(node.process->transcript()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
