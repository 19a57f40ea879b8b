// End-to-end tests across hosts: ferry processes on separate "hosts" (network namespaces of a lab
// LAN, tests/support/netnslab.h: h1 10.77.0.1 / fd77::1, h2 …2, h3 …3, veth links on one bridge),
// talking over real links instead of loopback. Each test builds its own lab and removes
// it afterwards, failed or not. Needs root and iproute2; run it inside scripts/in-sandbox.sh.
//
// Keychain: every ferry here runs WITHOUT a session bus, so it uses its fallback key file, and the
// tests check that it did. Why not the test's bus: whether a process in another network namespace
// reaches it depends on how dbus-daemon listens. An abstract socket (unix:abstract=…) is private
// to its network namespace and would be unreachable from a host; the path socket that
// dbus-run-session gives us in the sandbox (unix:path=/tmp/dbus-…, measured) is reachable from
// every namespace. Rather than depend on that accident, each host behaves like the separate
// machine it stands for, which would not share this keyring anyway.
#include "net/nodeconfig.h"
#include "net/remoteidentity.h"
#include "tests/support/ferryprocess.h"
#include "tests/support/netnslab.h"
#include "tests/support/processoutput.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Ferry::Test;

namespace {

// What a dial may take at most before the node's own timers end it (connect, then handshake).
const int kDialLimitMs = int(
    (Ferry::Net::NodeConfig{}.connectTimeout + Ferry::Net::NodeConfig{}.handshakeTimeout).count());

// A node's "connected" line for the peer whose identity is given, or a null string.
QString connectedLine(const QString &log, const QString &identity)
{
    const QStringList lines = linesStartingWith(log, QStringLiteral("connected "));
    for (const QString &line : lines) {
        if (line.contains(QLatin1Char(' ') + shortOf(identity) + QLatin1Char(' ')))
            return line;
    }
    return {};
}

// The peer address a "connected … from ADDRESS" line names; an IPv4 peer of a dual-stack
// listener may be shown in its IPv4-mapped form (::ffff:10.77.0.2).
QString fromAddress(const QString &line)
{
    QString address = line.section(QLatin1String(" from "), -1);
    if (address.startsWith(QLatin1String("::ffff:")))
        address.remove(0, 7);
    return address;
}

} // namespace

class TestMultiHost : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pingAcrossHostsOverIpv4();
    void pingAcrossHostsOverIpv6();
    void twoHostsPingOneNode();
    void pingFailsWhileLinkIsDownAndWorksAfterUp();
    void pingToHostThatVanishedEndsWithinConnectTimeout();

private:
    QString dataDir(int i) const { return m_tmp->filePath(QStringLiteral("h%1").arg(i)); }
    FerryProcess *spawn(int hostIndex, const QStringList &arguments);
    FerryProcess *run(int hostIndex, const QStringList &arguments, int ms = kRunMs);
    void startHeadless(int hostIndex, const QString &name);
    QString identityOn(int hostIndex);
    FerryProcess *ping(int fromHost, const QString &target, const QStringList &extra = {});
    void setLink(int hostIndex, bool up);
    void checkFallbackKey(int hostIndex);

    std::unique_ptr<NetnsLab> m_lab;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<FerryProcess>> m_processes;
    FerryProcess *m_node = nullptr; // the headless node on h1
    QString m_nodeIdentity;
    quint16 m_nodePort = 0;
};

void TestMultiHost::initTestCase()
{
    const QString unavailable = NetnsLab::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    QVERIFY2(QFileInfo(ferryBinary()).isExecutable(), "FERRY_BIN must name the ferry executable");
    const QString missingScript = NetnsLab::missingScriptReason();
    QVERIFY2(missingScript.isEmpty(), qPrintable(missingScript));
}

void TestMultiHost::init()
{
    static int run = 0;
    m_lab = std::make_unique<NetnsLab>(
        QStringLiteral("ft%1x%2").arg(QCoreApplication::applicationPid()).arg(++run), 3);
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    const QString runtimeDir = m_tmp->filePath(QStringLiteral("run"));
    QVERIFY(makePrivateRuntimeDir(runtimeDir));

    // No keychain on the hosts (see the top of this file); runtimeDir is the empty runtime dir.
    m_env = environmentWithoutKeychain(runtimeDir);
    QVERIFY2(m_lab->up(), qPrintable(m_lab->why()));
}

void TestMultiHost::cleanup()
{
    // Processes first: a namespace with a process still in it outlives `ip netns del`.
    m_processes.clear();
    m_node = nullptr;
    m_nodeIdentity.clear();
    m_nodePort = 0;
    m_lab.reset(); // removes the lab
    m_tmp.reset();
}

FerryProcess *TestMultiHost::spawn(int hostIndex, const QStringList &arguments)
{
    m_processes.push_back(std::make_unique<FerryProcess>(
        m_lab->host(hostIndex),
        arguments + QStringList{QStringLiteral("--data-dir"), dataDir(hostIndex)}, m_env));
    return m_processes.back().get();
}

FerryProcess *TestMultiHost::run(int hostIndex, const QStringList &arguments, int ms)
{
    FerryProcess *process = spawn(hostIndex, arguments);
    process->waitForExit(ms);
    return process;
}

// The keychain was out of reach, as intended: the key is in the host's fallback file, and ferry
// said so.
void TestMultiHost::checkFallbackKey(int hostIndex)
{
    const QString keys = dataDir(hostIndex) + QLatin1String("/keys");
    QCOMPARE(QDir(keys).entryList(QDir::Files).size(), 1);
}

void TestMultiHost::startHeadless(int hostIndex, const QString &name)
{
    // No --listen: the default (any address, IPv4 and IPv6) serves both families at once.
    m_node = spawn(hostIndex,
                   {QStringLiteral("--headless"), QStringLiteral("--name"), name,
                    QStringLiteral("--port"), QStringLiteral("0")});
    const QRegularExpressionMatch listening = m_node->waitForOutput(kListeningLine, kLineMs);
    QVERIFY2(listening.hasMatch(), qPrintable(m_node->transcript()));
    m_nodePort = listening.captured(2).toUShort();
    QVERIFY(m_nodePort != 0);
    m_nodeIdentity = kIdentityLine.match(m_node->out()).captured(1);
    QVERIFY2(!m_nodeIdentity.isEmpty(), qPrintable(m_node->transcript()));
    QVERIFY2(m_node->err().contains(QLatin1String("ferry: warning: ")),
             qPrintable(m_node->transcript()));
    checkFallbackKey(hostIndex);
}

QString TestMultiHost::identityOn(int hostIndex)
{
    FerryProcess *process = run(hostIndex, {QStringLiteral("identity")});
    if (!process->exitedWith(0)) {
        qWarning().noquote() << process->transcript();
        return {};
    }
    return kIdentityLine.match(process->out()).captured(1);
}

FerryProcess *TestMultiHost::ping(int fromHost, const QString &target, const QStringList &extra)
{
    return run(fromHost, QStringList{QStringLiteral("ping"), target} + extra);
}

void TestMultiHost::setLink(int hostIndex, bool up)
{
    QVERIFY2(m_lab->setLink(hostIndex, up), qPrintable(m_lab->why()));
}

void TestMultiHost::pingAcrossHostsOverIpv4()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    const QString pinger = identityOn(2);
    QVERIFY(!pinger.isEmpty());
    QVERIFY(pinger != m_nodeIdentity);

    FerryProcess *p = ping(
        2, QStringLiteral("10.77.0.1:%1").arg(m_nodePort),
        {QStringLiteral("--expect"), m_nodeIdentity, QStringLiteral("-c"), QStringLiteral("2")});
    QVERIFY2(p->exitedWith(0), qPrintable(p->transcript()));
    QCOMPARE(field(p->out(), QStringLiteral("identity")), m_nodeIdentity);
    QVERIFY2(field(p->out(), QStringLiteral("peer")).startsWith(QLatin1String("\"Host one\"")),
             qPrintable(p->out()));
    QCOMPARE(linesStartingWith(p->out(), QStringLiteral("rtt")).size(), 3);
    checkFallbackKey(2);

    // It came across the link, from h2's address, and left again.
    const QRegularExpression gone(QStringLiteral("^disconnected .*$"),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(m_node->waitForOutput(gone, kLineMs).hasMatch(), qPrintable(m_node->transcript()));
    const QString line = connectedLine(m_node->out(), pinger);
    QVERIFY2(!line.isEmpty(), qPrintable(m_node->transcript()));
    QCOMPARE(fromAddress(line), QStringLiteral("10.77.0.2"));
}

void TestMultiHost::pingAcrossHostsOverIpv6()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    const QString pinger = identityOn(2);
    QVERIFY(!pinger.isEmpty());

    FerryProcess *p = ping(2, QStringLiteral("[fd77::1]:%1").arg(m_nodePort),
                           {QStringLiteral("--expect"), m_nodeIdentity});
    QVERIFY2(p->exitedWith(0), qPrintable(p->transcript()));
    QCOMPARE(field(p->out(), QStringLiteral("identity")), m_nodeIdentity);
    QCOMPARE(linesStartingWith(p->out(), QStringLiteral("rtt")).size(), 1);

    const QRegularExpression gone(QStringLiteral("^disconnected .*$"),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(m_node->waitForOutput(gone, kLineMs).hasMatch(), qPrintable(m_node->transcript()));
    const QString line = connectedLine(m_node->out(), pinger);
    QVERIFY2(!line.isEmpty(), qPrintable(m_node->transcript()));
    QCOMPARE(fromAddress(line), QStringLiteral("fd77::2"));
}

void TestMultiHost::twoHostsPingOneNode()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    const QString second = identityOn(2);
    const QString third = identityOn(3);
    QVERIFY(!second.isEmpty() && !third.isEmpty());
    QVERIFY(second != third);

    // Both at once, so that the node holds two peers at the same time.
    const QStringList args{
        QStringLiteral("ping"),     QStringLiteral("10.77.0.1:%1").arg(m_nodePort),
        QStringLiteral("--expect"), m_nodeIdentity,
        QStringLiteral("-c"),       QStringLiteral("5")};
    FerryProcess *fromTwo = spawn(2, args);
    FerryProcess *fromThree = spawn(3, args);
    QVERIFY(fromTwo->waitForExit(kRunMs));
    QVERIFY(fromThree->waitForExit(kRunMs));
    QVERIFY2(fromTwo->exitedWith(0), qPrintable(fromTwo->transcript()));
    QVERIFY2(fromThree->exitedWith(0), qPrintable(fromThree->transcript()));
    QCOMPARE(field(fromTwo->out(), QStringLiteral("identity")), m_nodeIdentity);
    QCOMPARE(field(fromThree->out(), QStringLiteral("identity")), m_nodeIdentity);

    QVERIFY2(QTest::qWaitFor(
                 [this] {
                     return linesStartingWith(m_node->out(), QStringLiteral("disconnected ")).size()
                         >= 2;
                 },
                 kLineMs),
             qPrintable(m_node->transcript()));
    const QString log = m_node->out();
    QCOMPARE(linesStartingWith(log, QStringLiteral("connected ")).size(), 2);
    QCOMPARE(linesStartingWith(log, QStringLiteral("disconnected ")).size(), 2);
    const QString lineTwo = connectedLine(log, second);
    const QString lineThree = connectedLine(log, third);
    QVERIFY2(!lineTwo.isEmpty() && !lineThree.isEmpty(), qPrintable(log));
    QCOMPARE(fromAddress(lineTwo), QStringLiteral("10.77.0.2"));
    QCOMPARE(fromAddress(lineThree), QStringLiteral("10.77.0.3"));
}

// h1's link is down before anyone talked to it: h2 has no neighbour entry, its ARP requests go
// unanswered, and the kernel fails the connect (EHOSTUNREACH) after its ~3 s of probes.
void TestMultiHost::pingFailsWhileLinkIsDownAndWorksAfterUp()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    const QString target = QStringLiteral("10.77.0.1:%1").arg(m_nodePort);
    setLink(1, false);
    if (QTest::currentTestFailed())
        return;

    FerryProcess *down = ping(2, target, {QStringLiteral("--expect"), m_nodeIdentity});
    QVERIFY2(!down->isRunning(), qPrintable(down->transcript()));
    QVERIFY2(down->exitedWith(1), qPrintable(down->transcript()));
    QVERIFY2(down->err().contains(
                 QStringLiteral("ferry: cannot connect to %1: ConnectFailed").arg(target)),
             qPrintable(down->transcript()));
    QVERIFY2(!down->out().contains(QLatin1String("rtt")), qPrintable(down->transcript()));

    setLink(1, true);
    if (QTest::currentTestFailed())
        return;
    FerryProcess *up = ping(2, target, {QStringLiteral("--expect"), m_nodeIdentity});
    QVERIFY2(up->exitedWith(0), qPrintable(up->transcript()));
    QCOMPARE(field(up->out(), QStringLiteral("identity")), m_nodeIdentity);
    QVERIFY2(m_node->isRunning(), qPrintable(m_node->transcript()));
}

// h2 has just talked to h1, so its neighbour entry for 10.77.0.1 is fresh (REACHABLE for 15–45 s)
// and h2's SYNs go out and are dropped silently at the switch: the kernel reports nothing for
// far longer than the connect timeout, so only the node's own timer can end the dial. Ferry's
// TCP connect timeout is 10 s (NodeConfig::connectTimeout, docs/PROTOCOL.md §10), and a failed
// TCP connect is ConnectFailed (§8).
void TestMultiHost::pingToHostThatVanishedEndsWithinConnectTimeout()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    const QString target = QStringLiteral("10.77.0.1:%1").arg(m_nodePort);
    FerryProcess *before = ping(2, target, {QStringLiteral("--expect"), m_nodeIdentity});
    QVERIFY2(before->exitedWith(0), qPrintable(before->transcript()));

    setLink(1, false);
    if (QTest::currentTestFailed())
        return;
    // Waits past the node's last-resort limit (connect + handshake timeout), to tell a slow
    // failure from a hang.
    FerryProcess *down
        = run(2, {QStringLiteral("ping"), target, QStringLiteral("--expect"), m_nodeIdentity},
              kDialLimitMs + 5000);
    QVERIFY2(!down->isRunning(), qPrintable(down->transcript())); // no hang
    QVERIFY2(down->exitedWith(1), qPrintable(down->transcript()));
    // ConnectFailed (not HandshakeTimeout) shows that the connect timer, not the later
    // handshake timer, ended it; the time itself is not asserted (no timed assertions).
    QVERIFY2(down->err().contains(
                 QStringLiteral("ferry: cannot connect to %1: ConnectFailed").arg(target)),
             qPrintable(down->transcript()));

    setLink(1, true);
    if (QTest::currentTestFailed())
        return;
    FerryProcess *after = ping(2, target, {QStringLiteral("--expect"), m_nodeIdentity});
    QVERIFY2(after->exitedWith(0), qPrintable(after->transcript()));
}

QTEST_GUILESS_MAIN(TestMultiHost)
#include "tst_multihost.moc"
