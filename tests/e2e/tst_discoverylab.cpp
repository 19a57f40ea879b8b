// Discovery end to end: ferry processes on the hosts of a lab LAN (tests/support/netnslab.h)
// find each other by multicast, over IPv4 and IPv6, and notice when one leaves without a word.
// Each test builds its own lab and removes it afterwards. Needs root; run it inside
// scripts/in-sandbox.sh. As in tst_multihost.cpp, every ferry runs without a session bus, so
// each host keeps its key in its own data folder, like the separate machine it stands for.
#include "net/nodeconfig.h"
#include "tests/support/ferryprocess.h"
#include "tests/support/netnslab.h"
#include "tests/support/processoutput.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Ferry::Test;

namespace {

// A peer is lost when not heard for this long (docs/PROTOCOL.md §12.3), plus room for the
// interval of the expiry check and a loaded machine.
const int kLostMs = int(Ferry::Net::NodeConfig{}.peerExpiry.count()) + 10'000;
// An interface that comes back is picked up by the next rescan, then announced on.
const int kBackMs
    = int((Ferry::Net::NodeConfig{}.interfaceRescan + Ferry::Net::NodeConfig{}.announceInterval
           + Ferry::Net::NodeConfig{}.announceJitter)
              .count())
    + 5'000;

// Well within the expiry time: only a GOODBYE explains a peer lost this soon.
const int kGoodbyeMs = int(Ferry::Net::NodeConfig{}.peerExpiry.count()) / 3;

// One line of `ferry peers`: "NAME" (OS) SHORT ADDRESS,ADDRESS… STATE.
struct Listed
{
    QString name;
    QString shortId;
    QStringList addresses;
    QString state;
};

const QRegularExpression kPeerLine(
    QStringLiteral("^(?:[+~] \\w+ )?\"(.*)\" \\((.*)\\) (\\S+) (\\S+) (discovered|connected)$"));

QList<Listed> listedPeers(const QString &out, const QString &prefix = {})
{
    QList<Listed> peers;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(prefix))
            continue;
        const QRegularExpressionMatch m = kPeerLine.match(line);
        if (m.hasMatch())
            peers.append({m.captured(1), m.captured(3), m.captured(4).split(QLatin1Char(',')),
                          m.captured(5)});
    }
    return peers;
}

std::optional<Listed> entryFor(const QList<Listed> &peers, const QString &shortId)
{
    for (const Listed &p : peers) {
        if (p.shortId == shortId)
            return p;
    }
    return std::nullopt;
}

bool anyStartsWith(const QStringList &addresses, const QString &prefix)
{
    return std::any_of(addresses.cbegin(), addresses.cend(),
                       [&](const QString &a) { return a.startsWith(prefix); });
}

} // namespace

class TestDiscoveryLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void threeHostsListEachOtherOverIpv4AndIpv6();
    void hostWithoutIpv6DiscoversAndIsDiscovered();
    void killedHostIsLostWithinExpiry();
    void hostWhoseLinkComesBackReappears();
    void pingByNameAndByIdentityAcrossHosts();

private:
    QString dataDir(int i) const { return m_tmp->filePath(QStringLiteral("h%1").arg(i)); }
    FerryProcess *spawn(int hostIndex, const QStringList &arguments);
    // Starts `ferry --headless --name NAME` on the host (default port) and records its identity.
    void startHeadless(int hostIndex, const QString &name);
    FerryProcess *peers(int hostIndex);
    FerryProcess *watch(int hostIndex, const QString &expectShortId);
    QString shortId(int hostIndex) const { return shortOf(m_identities.value(hostIndex)); }

    std::unique_ptr<NetnsLab> m_lab;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<FerryProcess>> m_processes;
    QHash<int, FerryProcess *> m_nodes;
    QHash<int, QString> m_identities;
};

void TestDiscoveryLab::initTestCase()
{
    QString unavailable = NetnsLab::unavailableReason();
    if (unavailable.isEmpty())
        unavailable = NetnsLab::missingScriptReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    QVERIFY2(QFileInfo(ferryBinary()).isExecutable(), "FERRY_BIN must name the ferry executable");
}

void TestDiscoveryLab::init()
{
    static int run = 0;
    m_lab = std::make_unique<NetnsLab>(
        QStringLiteral("fd%1x%2").arg(QCoreApplication::applicationPid()).arg(++run), 3);
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    const QString runtimeDir = m_tmp->filePath(QStringLiteral("run"));
    QVERIFY(makePrivateRuntimeDir(runtimeDir));
    m_env = environmentWithoutKeychain(runtimeDir);
    m_env.remove(QStringLiteral("FERRY_INTERFACES")); // every suitable interface: eth0
    QVERIFY2(m_lab->up(), qPrintable(m_lab->why()));
}

void TestDiscoveryLab::cleanup()
{
    // Processes first: a namespace with a process still in it outlives `ip netns del`.
    m_processes.clear();
    m_nodes.clear();
    m_identities.clear();
    m_lab.reset();
    m_tmp.reset();
}

FerryProcess *TestDiscoveryLab::spawn(int hostIndex, const QStringList &arguments)
{
    m_processes.push_back(std::make_unique<FerryProcess>(
        m_lab->host(hostIndex),
        arguments + QStringList{QStringLiteral("--data-dir"), dataDir(hostIndex)}, m_env));
    return m_processes.back().get();
}

void TestDiscoveryLab::startHeadless(int hostIndex, const QString &name)
{
    FerryProcess *node
        = spawn(hostIndex, {QStringLiteral("--headless"), QStringLiteral("--name"), name});
    const QRegularExpressionMatch listening = node->waitForOutput(kListeningLine, kLineMs);
    QVERIFY2(listening.hasMatch(), qPrintable(node->transcript()));
    QCOMPARE(listening.captured(2), QStringLiteral("47474"));
    const QString identity = kIdentityLine.match(node->out()).captured(1);
    QVERIFY2(!identity.isEmpty(), qPrintable(node->transcript()));
    QVERIFY2(field(node->out(), QStringLiteral("discovery")).endsWith(QLatin1String(" on eth0")),
             qPrintable(node->transcript()));
    m_nodes.insert(hostIndex, node);
    m_identities.insert(hostIndex, identity);
}

// `ferry peers` on the host, run to its end. It uses the host's data folder, so it is the host's
// own identity and does not list the host's headless node.
FerryProcess *TestDiscoveryLab::peers(int hostIndex)
{
    FerryProcess *process = spawn(hostIndex, {QStringLiteral("peers")});
    process->waitForExit(kRunMs);
    return process;
}

// `ferry peers --watch` on the host, once its list shows expectShortId.
FerryProcess *TestDiscoveryLab::watch(int hostIndex, const QString &expectShortId)
{
    FerryProcess *process = spawn(hostIndex,
                                  {QStringLiteral("peers"), QStringLiteral("--watch"),
                                   QStringLiteral("--wait"), QStringLiteral("1")});
    const bool listed = QTest::qWaitFor(
        [&] {
            return entryFor(listedPeers(process->out()), expectShortId) || !process->isRunning();
        },
        kLineMs);
    if (!listed || !process->isRunning())
        qWarning().noquote() << process->transcript();
    return process;
}

void TestDiscoveryLab::threeHostsListEachOtherOverIpv4AndIpv6()
{
    const QStringList names{QString(), QStringLiteral("Host one"), QStringLiteral("Host two"),
                            QStringLiteral("Host three")};
    for (int i = 1; i <= 3; ++i) {
        startHeadless(i, names[i]);
        if (QTest::currentTestFailed())
            return;
    }
    // One after the other: a peers command is a short-lived instance of its host's identity,
    // and its GOODBYE would make a concurrent one on another host forget that host.
    for (int i = 1; i <= 3; ++i) {
        FerryProcess *p = peers(i);
        QVERIFY2(p->exitedWith(0), qPrintable(p->transcript()));
        const QList<Listed> listed = listedPeers(p->out());
        QCOMPARE(listed.size(), 2);
        for (int j = 1; j <= 3; ++j) {
            if (j == i)
                continue;
            const auto entry = entryFor(listed, shortId(j));
            QVERIFY2(entry, qPrintable(p->out()));
            QCOMPARE(entry->name, names[j]);
            QCOMPARE(entry->state, QStringLiteral("discovered"));
            QVERIFY2(entry->addresses.contains(QStringLiteral("10.77.0.%1:47474").arg(j)),
                     qPrintable(p->out()));
            // IPv6 multicast comes from the link-local address; the ULA may be seen too.
            QVERIFY2(anyStartsWith(entry->addresses, QStringLiteral("[fd77::%1]:").arg(j))
                         || anyStartsWith(entry->addresses, QStringLiteral("[fe80::")),
                     qPrintable(p->out()));
        }
    }
    // Each headless node printed the other two as found.
    for (int i = 1; i <= 3; ++i) {
        for (int j = 1; j <= 3; ++j) {
            if (j == i)
                continue;
            const QRegularExpression found(
                QStringLiteral("^found +%1 ").arg(QRegularExpression::escape(shortId(j))),
                QRegularExpression::MultilineOption);
            QVERIFY2(m_nodes[i]->waitForOutput(found, kLineMs).hasMatch(),
                     qPrintable(m_nodes[i]->transcript()));
        }
    }

    // A node that stops says GOODBYE: the others forget it at once, long before expiry. (The
    // peers command on h3 was h3 too, and its own GOODBYE may have made them forget h3 until the
    // node's next announcement: wait until they know it again.)
    const auto count = [this](int i, const QString &what) {
        const QStringList lines = linesStartingWith(m_nodes[i]->out(), what + QLatin1Char(' '));
        return std::count_if(lines.cbegin(), lines.cend(), [this](const QString &line) {
            return line.contains(QLatin1Char(' ') + shortId(3) + QLatin1Char(' '));
        });
    };
    const auto knowsThree = [&] {
        return count(1, QStringLiteral("found")) > count(1, QStringLiteral("lost"))
            && count(2, QStringLiteral("found")) > count(2, QStringLiteral("lost"));
    };
    QVERIFY2(QTest::qWaitFor(knowsThree, kLineMs),
             qPrintable(m_nodes[1]->transcript() + m_nodes[2]->transcript()));
    const auto lostBefore
        = std::make_pair(count(1, QStringLiteral("lost")), count(2, QStringLiteral("lost")));
    m_nodes[3]->terminate();
    QVERIFY(m_nodes[3]->waitForExit(5000));
    QVERIFY2(m_nodes[3]->exitedWith(0), qPrintable(m_nodes[3]->transcript()));
    QVERIFY2(m_nodes[3]->out().endsWith(QLatin1String("\nstopping\n")),
             qPrintable(m_nodes[3]->transcript()));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return count(1, QStringLiteral("lost")) > lostBefore.first
                         && count(2, QStringLiteral("lost")) > lostBefore.second;
                 },
                 kGoodbyeMs),
             qPrintable(m_nodes[1]->transcript() + m_nodes[2]->transcript()));
}

void TestDiscoveryLab::hostWithoutIpv6DiscoversAndIsDiscovered()
{
    QVERIFY2(m_lab->exec(3,
                         {QStringLiteral("sysctl"), QStringLiteral("-qw"),
                          QStringLiteral("net.ipv6.conf.all.disable_ipv6=1")}),
             qPrintable(m_lab->why()));
    startHeadless(1, QStringLiteral("Host one"));
    startHeadless(3, QStringLiteral("No six"));
    if (QTest::currentTestFailed())
        return;

    FerryProcess *fromThree = peers(3);
    QVERIFY2(fromThree->exitedWith(0), qPrintable(fromThree->transcript()));
    const auto one = entryFor(listedPeers(fromThree->out()), shortId(1));
    QVERIFY2(one, qPrintable(fromThree->transcript()));
    QCOMPARE(one->addresses, QStringList{QStringLiteral("10.77.0.1:47474")});

    FerryProcess *fromOne = peers(1);
    QVERIFY2(fromOne->exitedWith(0), qPrintable(fromOne->transcript()));
    const auto three = entryFor(listedPeers(fromOne->out()), shortId(3));
    QVERIFY2(three, qPrintable(fromOne->transcript()));
    QCOMPARE(three->name, QStringLiteral("No six"));
    QCOMPARE(three->addresses, QStringList{QStringLiteral("10.77.0.3:47474")});
}

// SIGKILL: no GOODBYE, no GOAWAY. Only expiry can tell the others.
void TestDiscoveryLab::killedHostIsLostWithinExpiry()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    FerryProcess *watcher = watch(2, shortId(1));
    QVERIFY2(watcher->isRunning(), qPrintable(watcher->transcript()));

    m_nodes[1]->kill();
    QVERIFY(m_nodes[1]->waitForExit(5000));
    const QRegularExpression lost(QStringLiteral("^- lost \"Host one\" \\(.*\\) %1$")
                                      .arg(QRegularExpression::escape(shortId(1))),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(watcher->waitForOutput(lost, kLostMs).hasMatch(), qPrintable(watcher->transcript()));

    watcher->terminate();
    QVERIFY(watcher->waitForExit(5000));
    QVERIFY2(watcher->exitedWith(0), qPrintable(watcher->transcript()));
    QCOMPARE(linesStartingWith(watcher->out(), QStringLiteral("- lost ")).size(), 1);
}

void TestDiscoveryLab::hostWhoseLinkComesBackReappears()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;
    FerryProcess *watcher = watch(2, shortId(1));
    QVERIFY2(watcher->isRunning(), qPrintable(watcher->transcript()));

    QVERIFY2(m_lab->setLink(1, false), qPrintable(m_lab->why()));
    const QString id = QRegularExpression::escape(shortId(1));
    const QRegularExpression lost(QStringLiteral("^- lost .* %1$").arg(id),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(watcher->waitForOutput(lost, kLostMs).hasMatch(), qPrintable(watcher->transcript()));

    QVERIFY2(m_lab->setLink(1, true), qPrintable(m_lab->why()));
    const QRegularExpression found(
        QStringLiteral("^\\+ found \"Host one\" .* %1 .*10\\.77\\.0\\.1:47474.*$").arg(id),
        QRegularExpression::MultilineOption);
    QVERIFY2(watcher->waitForOutput(found, kBackMs).hasMatch(), qPrintable(watcher->transcript()));
    QVERIFY2(m_nodes[1]->isRunning(), qPrintable(m_nodes[1]->transcript()));
}

void TestDiscoveryLab::pingByNameAndByIdentityAcrossHosts()
{
    startHeadless(1, QStringLiteral("Host one"));
    if (QTest::currentTestFailed())
        return;

    FerryProcess *byName = spawn(2,
                                 {QStringLiteral("ping"), QStringLiteral("host ONE"),
                                  QStringLiteral("-c"), QStringLiteral("2")});
    QVERIFY(byName->waitForExit(kRunMs));
    QVERIFY2(byName->exitedWith(0), qPrintable(byName->transcript()));
    QCOMPARE(field(byName->out(), QStringLiteral("identity")), m_identities[1]);
    QVERIFY2(field(byName->out(), QStringLiteral("peer")).startsWith(QLatin1String("\"Host one\"")),
             qPrintable(byName->out()));
    QCOMPARE(linesStartingWith(byName->out(), QStringLiteral("rtt")).size(), 3);

    // The short form the peers list shows is enough to name it.
    FerryProcess *byId = spawn(3, {QStringLiteral("ping"), shortId(1)});
    QVERIFY(byId->waitForExit(kRunMs));
    QVERIFY2(byId->exitedWith(0), qPrintable(byId->transcript()));
    QCOMPARE(field(byId->out(), QStringLiteral("identity")), m_identities[1]);

    // The node saw both pingers connect (and it was a real connection across the link).
    const QRegularExpression second(QStringLiteral("(^connected .*$\\n(?:.*\\n)*){2}"),
                                    QRegularExpression::MultilineOption);
    QVERIFY2(m_nodes[1]->waitForOutput(second, kLineMs).hasMatch(),
             qPrintable(m_nodes[1]->transcript()));

    FerryProcess *nobody = spawn(2,
                                 {QStringLiteral("ping"), QStringLiteral("Host nine"),
                                  QStringLiteral("--wait"), QStringLiteral("1")});
    QVERIFY(nobody->waitForExit(kRunMs));
    QVERIFY2(nobody->exitedWith(1), qPrintable(nobody->transcript()));
    QVERIFY2(nobody->err().contains(QLatin1String("ferry: cannot ping Host nine: ")),
             qPrintable(nobody->transcript()));
}

QTEST_GUILESS_MAIN(TestDiscoveryLab)
#include "tst_discoverylab.moc"
