// NetworkService: Node, PeerRegistry, Discovery and manual peers wired together, several services
// in one process on loopback. Discovery runs on lo only, on a random port per test (never the
// well-known one); run it only in the sandbox (scripts/in-sandbox.sh).
#include "net/discovery.h"
#include "net/networkservice.h"
#include "net/node.h"
#include "net/peerregistry.h"
#include "tests/support/testnode.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace Ferry;
using Net::NetworkService;
using Net::PeerRecord;
using Net::PeerSource;

namespace {

constexpr int kWaitMs = 5000; // several announce intervals and retries of forTests()

quint16 randomPort()
{
    return quint16(QRandomGenerator::global()->bounded(20000, 60000));
}

Net::NodeConfig configOn(quint16 discoveryPort)
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.discoveryPort = discoveryPort;
    return config;
}

Net::NodeConfig withoutDiscovery()
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.discoveryEnabled = false;
    return config;
}

std::unique_ptr<NetworkService> makeService(const QString &name, const Net::NodeConfig &config)
{
    return std::make_unique<NetworkService>(Test::freshIdentity(),
                                            Net::PeerMetadata::forThisDevice(name), config);
}

Net::RemoteIdentity idOf(const NetworkService &service)
{
    return service.node()->identity();
}

// A TCP port on 127.0.0.1 that nobody listens on (bound once, then released).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Sockets this process holds open, of any kind (TCP, UDP, whatever Qt keeps).
int openSockets()
{
    const QFileInfoList fds = QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System);
    int sockets = 0;
    for (const QFileInfo &fd : fds) {
        if (fd.symLinkTarget().contains(QLatin1String("socket:")))
            ++sockets;
    }
    return sockets;
}

bool hasSource(const NetworkService &service, const Net::RemoteIdentity &peer, PeerSource source)
{
    const auto record = service.registry()->peer(peer);
    return record && record->sources.testFlag(source);
}

} // namespace

class TestNetworkService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void servicesDiscoverEachOtherAndConnectByIdentity();
    void connectToUnknownPeerFailsWithNotConnected();
    void connectTriesEachAddressUntilOneWorks();
    void manualPeerConnectsAndLearnsIdentity();
    void manualPeerThatIsDownIsRetried();
    void rejectsManualPeerThatIsNotHostPort();
    void stopClosesEverySocket();
    void takenPortFallsBackAndAnnouncesTheRealPort();
};

void TestNetworkService::initTestCase()
{
    qRegisterMetaType<Net::Error>();
    qRegisterMetaType<Net::RemoteIdentity>();
    if (qEnvironmentVariableIsEmpty("FERRY_SANDBOX"))
        qWarning("not in scripts/in-sandbox.sh: discovery stays on lo, but run it there");
}

void TestNetworkService::servicesDiscoverEachOtherAndConnectByIdentity()
{
    const Net::NodeConfig config = configOn(randomPort());
    auto a = makeService(QStringLiteral("Alpha"), config);
    auto b = makeService(QStringLiteral("Beta"), config);
    QVERIFY2(a->start(), qPrintable(a->errorString()));
    QVERIFY2(b->start(), qPrintable(b->errorString()));
    QVERIFY(a->discovery() && a->discovery()->isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(a->registry()->peer(idOf(*b)) && b->registry()->peer(idOf(*a)),
                             kWaitMs);
    const PeerRecord seen = *a->registry()->peer(idOf(*b));
    QCOMPARE(seen.metadata.deviceName, QStringLiteral("Beta"));
    QCOMPARE(seen.state, PeerRecord::State::Discovered);
    QVERIFY(!seen.verified);
    QVERIFY(!seen.addresses.isEmpty());
    QCOMPARE(seen.addresses.first().port, b->node()->port());

    QSignalSpy finished(a.get(), &NetworkService::connectFinished);
    a->connectToPeer(idOf(*b));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(finished.first().at(0).value<Net::RemoteIdentity>(), idOf(*b));
    QVERIFY2(!finished.first().at(1).value<Net::Error>().isError(),
             qPrintable(finished.first().at(1).value<Net::Error>().toString()));
    QVERIFY(a->node()->isConnected(idOf(*b)));
    QTRY_VERIFY(b->node()->isConnected(idOf(*a)));
    QCOMPARE(a->registry()->peer(idOf(*b))->state, PeerRecord::State::Connected);
    QVERIFY(a->registry()->peer(idOf(*b))->verified);

    // Already connected: reported at once, and no second connection is made.
    a->connectToPeer(idOf(*b));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!finished.at(1).at(1).value<Net::Error>().isError());
    QCOMPARE(a->node()->connectionCount(), 1);
}

void TestNetworkService::connectToUnknownPeerFailsWithNotConnected()
{
    auto a = makeService(QStringLiteral("Alpha"), withoutDiscovery());
    QVERIFY(a->start());
    const Net::RemoteIdentity stranger = Test::freshIdentity().remoteIdentity();
    QSignalSpy finished(a.get(), &NetworkService::connectFinished);
    a->connectToPeer(stranger);
    QCOMPARE(finished.size(), 0); // reported later, never from inside the call
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<Net::RemoteIdentity>(), stranger);
    QCOMPARE(finished.first().at(1).value<Net::Error>().code, Net::ErrorCode::NotConnected);
    QCOMPARE(a->node()->connectionCount(), 0);
}

// Addresses are tried most recent first; a dead one costs one failed dial, not the connection.
void TestNetworkService::connectTriesEachAddressUntilOneWorks()
{
    auto a = makeService(QStringLiteral("Alpha"), withoutDiscovery());
    auto b = makeService(QStringLiteral("Beta"), withoutDiscovery());
    QVERIFY(a->start());
    QVERIFY(b->start());
    Net::PeerInfo beta;
    beta.identity = idOf(*b);
    beta.metadata = b->node()->metadata();
    // b listens on 127.0.0.1 only: 127.0.0.2 (also loopback) refuses at once.
    a->registry()->observeManual(beta, QStringLiteral("127.0.0.1"), b->node()->port(), 1000);
    a->registry()->observeManual(beta, QStringLiteral("127.0.0.2"), b->node()->port(), 2000);
    QCOMPARE(a->registry()->peer(beta.identity)->addresses.size(), 2);

    QSignalSpy dials(a->node(), &Net::Node::dialFinished);
    QSignalSpy finished(a.get(), &NetworkService::connectFinished);
    a->connectToPeer(beta.identity);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QVERIFY2(!finished.first().at(1).value<Net::Error>().isError(),
             qPrintable(finished.first().at(1).value<Net::Error>().toString()));
    QCOMPARE(dials.size(), 2);
    QCOMPARE(dials.at(0).at(2).value<Net::Error>().code, Net::ErrorCode::ConnectFailed);
    QVERIFY(!dials.at(1).at(2).value<Net::Error>().isError());
    QVERIFY(a->node()->isConnected(beta.identity));

    // With only the dead address left the error is that dial's, not "no known address".
    a->node()->disconnectPeer(beta.identity);
    QTRY_VERIFY(!a->node()->isConnected(beta.identity));
    auto c = makeService(QStringLiteral("Gamma"), withoutDiscovery());
    c->registry()->observeManual(beta, QStringLiteral("127.0.0.2"), b->node()->port(), 1000);
    QSignalSpy failed(c.get(), &NetworkService::connectFinished);
    c->connectToPeer(beta.identity);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(failed.first().at(1).value<Net::Error>().code, Net::ErrorCode::ConnectFailed);
}

void TestNetworkService::manualPeerConnectsAndLearnsIdentity()
{
    auto a = makeService(QStringLiteral("Alpha"), withoutDiscovery());
    auto b = makeService(QStringLiteral("Beta"), withoutDiscovery());
    QVERIFY(b->start());
    const QString address = QStringLiteral("127.0.0.1:%1").arg(b->node()->port());
    QVERIFY(a->addManualPeer(address));
    QVERIFY(a->addManualPeer(address)); // the same address is listed once
    QCOMPARE(a->manualPeers(), QStringList{address});
    QVERIFY(a->start());
    QVERIFY(!a->discovery());

    QTRY_VERIFY_WITH_TIMEOUT(hasSource(*a, idOf(*b), PeerSource::Manual), kWaitMs);
    const PeerRecord record = *a->registry()->peer(idOf(*b));
    QVERIFY(record.verified); // learnt from the handshake, not from a claim
    QCOMPARE(record.metadata.deviceName, QStringLiteral("Beta"));
    QCOMPARE(record.state, PeerRecord::State::Connected);
    QCOMPARE(record.addresses.size(), 1);
    QCOMPARE(record.addresses.first().address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(record.addresses.first().port, b->node()->port());
    QCOMPARE(record.addresses.first().source, PeerSource::Manual);
    // b learns of a too, as a peer that came in.
    QTRY_VERIFY(hasSource(*b, idOf(*a), PeerSource::Incoming));
    QCOMPARE(a->registry()->peers().size(), 1);
}

void TestNetworkService::manualPeerThatIsDownIsRetried()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    auto a = makeService(QStringLiteral("Alpha"), withoutDiscovery());
    QVERIFY(a->addManualPeer(QStringLiteral("127.0.0.1:%1").arg(port)));
    QSignalSpy dials(a->node(), &Net::Node::dialFinished);
    QVERIFY(a->start());
    QTRY_VERIFY_WITH_TIMEOUT(!dials.isEmpty(), kWaitMs);
    QCOMPARE(dials.first().at(2).value<Net::Error>().code, Net::ErrorCode::ConnectFailed);
    QVERIFY(a->registry()->peers().isEmpty());

    Net::NodeConfig config = withoutDiscovery();
    config.listenPort = port;
    auto b = makeService(QStringLiteral("Beta"), config);
    QVERIFY2(b->start(false), qPrintable(b->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(hasSource(*a, idOf(*b), PeerSource::Manual), kWaitMs);
    QVERIFY(a->node()->isConnected(idOf(*b)));
    const qsizetype dialsWhenConnected = dials.size();
    QVERIFY(dialsWhenConnected >= 2);
    // Connected: no more retries (several retry intervals pass).
    QTest::qWait(int(3 * config.manualPeerRetry.count()));
    QCOMPARE(dials.size(), dialsWhenConnected);
}

void TestNetworkService::rejectsManualPeerThatIsNotHostPort()
{
    auto a = makeService(QStringLiteral("Alpha"), withoutDiscovery());
    QVERIFY(!a->addManualPeer(QStringLiteral("::1:5")));
    QVERIFY(!a->addManualPeer(QStringLiteral("host:0")));
    QVERIFY(!a->addManualPeer(QString()));
    QVERIFY(a->addManualPeer(QStringLiteral("[::1]")));
    QCOMPARE(a->manualPeers(), QStringList{QStringLiteral("[::1]")});
}

// Spacedrive's "networking off" left its listeners running. Here stop() leaves no socket open:
// the ports can be bound again by anyone, and the process holds no more sockets than before.
void TestNetworkService::stopClosesEverySocket()
{
    auto b = makeService(QStringLiteral("Beta"), withoutDiscovery()); // a peer to say GOAWAY to
    QVERIFY(b->start());
    const int before = openSockets();

    auto a = makeService(QStringLiteral("Alpha"), configOn(randomPort()));
    QVERIFY(a->start());
    QVERIFY(a->discovery() && a->discovery()->isRunning());
    const quint16 tcpPort = a->node()->port();
    const quint16 udpPort = a->discovery()->port();
    QVERIFY(Test::connectNodes(*b->node(), *a->node()));
    QVERIFY(openSockets() > before);
    QSignalSpy bLost(b->node(), &Net::Node::peerDisconnected);

    a->stop();
    QVERIFY(!a->isRunning());
    QVERIFY(!a->discovery());
    QVERIFY(!a->node()->isListening());
    QTRY_COMPARE(a->node()->liveConnectionCount(), 0);
    QTRY_COMPARE(bLost.size(), 1);
    QCOMPARE(bLost.first().at(1).value<Net::Error>().code, Net::ErrorCode::ShuttingDown);
    QTRY_COMPARE(openSockets(), before);

    QTcpServer tcp;
    QVERIFY2(tcp.listen(QHostAddress::LocalHost, tcpPort), qPrintable(tcp.errorString()));
    tcp.close();
    QUdpSocket udp; // without ShareAddress: fails if any socket still holds the port
    QVERIFY2(udp.bind(QHostAddress::AnyIPv4, udpPort, QUdpSocket::DontShareAddress),
             qPrintable(udp.errorString()));
    udp.close();

    // And back on again.
    QVERIFY(a->start());
    QVERIFY(a->isRunning());
    QVERIFY(a->node()->isListening());
    QVERIFY(a->discovery() && a->discovery()->isRunning());
    a->stop();
    QTRY_COMPARE(openSockets(), before);
}

void TestNetworkService::takenPortFallsBackAndAnnouncesTheRealPort()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Net::NodeConfig config = configOn(randomPort());
    auto observer = makeService(QStringLiteral("Observer"), config);
    QVERIFY(observer->start());

    config.listenPort = squatter.serverPort();
    auto a = makeService(QStringLiteral("Alpha"), config);
    QVERIFY(!a->start(false)); // that very port, or nothing
    QVERIFY(!a->isRunning());
    QVERIFY(a->errorString().contains(QString::number(squatter.serverPort())));

    QVERIFY2(a->start(true), qPrintable(a->errorString()));
    const quint16 real = a->node()->port();
    QVERIFY(real != 0 && real != squatter.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(observer->registry()->peer(idOf(*a)), kWaitMs);
    const PeerRecord seen = *observer->registry()->peer(idOf(*a));
    QCOMPARE(seen.addresses.first().port, real);

    // And the announced port is the one that answers.
    QSignalSpy finished(observer.get(), &NetworkService::connectFinished);
    observer->connectToPeer(idOf(*a));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QVERIFY(!finished.first().at(1).value<Net::Error>().isError());
}

QTEST_GUILESS_MAIN(TestNetworkService)
#include "tst_networkservice.moc"
