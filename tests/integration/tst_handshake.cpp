// Handshake and identity rules (docs/PROTOCOL.md §3, §5) between real nodes over TLS on loopback.
#include "net/node.h"
#include "tests/support/rawpeer.h"
#include "tests/support/testnode.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ferry;
using Net::ErrorCode;

class TestHandshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handshakeEstablishesBothSidesWithMetadata();
    void versionNegotiatesHighestCommon();
    void incompatibleVersionIsReportedOnBothSides();
    void wrongExpectedIdentityIsRefusedOnBothSides();
    void helloClaimingAnotherIdentityIsRefused();
    void malformedHelloIsRefusedWithBadHello();
    void selfConnectionIsRefused();
    void silentTcpClientTimesOut();
    void silentTlsClientTimesOut();
    void framesBeforeHandshakeAreRefused();
    void welcomeWithWrongVersionIsRefused();
    void connectionsPerPeerAreCapped();
};

void TestHandshake::handshakeEstablishesBothSidesWithMetadata()
{
    auto a = Test::startNode(QStringLiteral("alpha"));
    auto b = Test::startNode(QStringLiteral("beta"));
    QSignalSpy aConnected(a.get(), &Net::Node::peerConnected);
    QSignalSpy bConnected(b.get(), &Net::Node::peerConnected);
    QSignalSpy dialed(a.get(), &Net::Node::dialFinished);
    const quint64 id = a->dial(QStringLiteral("127.0.0.1"), b->port());
    QTRY_COMPARE(dialed.size(), 1);
    QCOMPARE(dialed[0][0].toULongLong(), id);
    QVERIFY(!dialed[0][2].value<Net::Error>().isError());
    QTRY_COMPARE(bConnected.size(), 1);
    QCOMPARE(aConnected.size(), 1);

    const auto aView = aConnected[0][1].value<Net::PeerInfo>();
    QCOMPARE(aView.identity, b->identity());
    QCOMPARE(aView.metadata.deviceName, QStringLiteral("beta"));
    QCOMPARE(aView.metadata.appVersion, QStringLiteral(FERRY_VERSION));
    QVERIFY(aView.metadata.capabilities.contains(quint16(Net::OperationTag::Ping)));
    QCOMPARE(aView.protocolVersion, quint16(1));
    QVERIFY(aView.outgoing);
    const auto bView = bConnected[0][1].value<Net::PeerInfo>();
    QCOMPARE(bView.identity, a->identity());
    QCOMPARE(bView.metadata.deviceName, QStringLiteral("alpha"));
    QVERIFY(!bView.outgoing);
    QCOMPARE(a->connectionCount(), 1);
    QCOMPARE(b->connectionCount(), 1);
}

void TestHandshake::versionNegotiatesHighestCommon()
{
    auto configA = Net::NodeConfig::forTests();
    configA.minVersion = 1;
    configA.maxVersion = 3;
    auto configB = Net::NodeConfig::forTests();
    configB.minVersion = 2;
    configB.maxVersion = 5;
    auto a = Test::startNode(QStringLiteral("a"), configA);
    auto b = Test::startNode(QStringLiteral("b"), configB);
    QVERIFY(Test::connectNodes(*a, *b));
    QCOMPARE(a->peerInfo(b->identity())->protocolVersion, quint16(3));
    QCOMPARE(b->peerInfo(a->identity())->protocolVersion, quint16(3));
}

void TestHandshake::incompatibleVersionIsReportedOnBothSides()
{
    auto configB = Net::NodeConfig::forTests();
    configB.minVersion = 2;
    configB.maxVersion = 3;
    auto a = Test::startNode(QStringLiteral("old"));
    auto b = Test::startNode(QStringLiteral("new"), configB);
    QSignalSpy dialed(a.get(), &Net::Node::dialFinished);
    QSignalSpy rejected(b.get(), &Net::Node::incomingRejected);
    QSignalSpy connectedA(a.get(), &Net::Node::peerConnected);
    a->dial(QStringLiteral("127.0.0.1"), b->port());
    QTRY_COMPARE(dialed.size(), 1);
    QTRY_COMPARE(rejected.size(), 1);
    const auto aError = dialed[0][2].value<Net::Error>();
    const auto bError = rejected[0][1].value<Net::Error>();
    QCOMPARE(aError.code, ErrorCode::IncompatibleVersion);
    QCOMPARE(bError.code, ErrorCode::IncompatibleVersion);
    QVERIFY2(aError.detail.contains(QStringLiteral("1–1")), qPrintable(aError.detail));
    QVERIFY2(aError.detail.contains(QStringLiteral("2–3")), qPrintable(aError.detail));
    QCOMPARE(connectedA.size(), 0);
    QTRY_COMPARE(a->connectionCount(), 0);
    QTRY_COMPARE(b->connectionCount(), 0);
}

void TestHandshake::wrongExpectedIdentityIsRefusedOnBothSides()
{
    auto a = Test::startNode(QStringLiteral("a"));
    auto b = Test::startNode(QStringLiteral("b"));
    auto c = Test::startNode(QStringLiteral("c"));
    QSignalSpy dialed(a.get(), &Net::Node::dialFinished);
    QSignalSpy rejected(b.get(), &Net::Node::incomingRejected);
    QSignalSpy bConnected(b.get(), &Net::Node::peerConnected);
    // b's address, but c's identity: b must not be trusted as c.
    a->dial(QStringLiteral("127.0.0.1"), b->port(), c->identity());
    QTRY_COMPARE(dialed.size(), 1);
    QCOMPARE(dialed[0][2].value<Net::Error>().code, ErrorCode::IdentityMismatch);
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0][1].value<Net::Error>().code, ErrorCode::IdentityMismatch);
    QVERIFY(rejected[0][1].value<Net::Error>().remote);
    QCOMPARE(bConnected.size(), 0);
    QVERIFY(!a->isConnected(b->identity()));
    QVERIFY(!a->isConnected(c->identity()));
}

void TestHandshake::helloClaimingAnotherIdentityIsRefused()
{
    auto node = Test::startNode(QStringLiteral("n"));
    QSignalSpy connected(node.get(), &Net::Node::peerConnected);
    Test::RawPeer liar(Test::RawPeer::Mode::Tls);
    liar.connectTo(node->port());
    QVERIFY(liar.waitReady());
    Net::Hello hello = liar.defaultHello();
    hello.identity = Net::DeviceIdentity::generate().remoteIdentity(); // not the TLS key
    QVERIFY(!liar.handshake(hello, 3000));
    QVERIFY(liar.waitGoAway());
    QCOMPARE(liar.goAway()->code, quint16(ErrorCode::IdentityMismatch));
    QVERIFY(liar.waitDisconnected());
    QCOMPARE(connected.size(), 0);
}

void TestHandshake::malformedHelloIsRefusedWithBadHello()
{
    auto node = Test::startNode(QStringLiteral("n"));
    Test::RawPeer peer(Test::RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QByteArray hello = peer.defaultHello().encode();
    hello[0] = 'X'; // bad magic
    peer.sendFrame(Net::FrameType::Hello, 0, hello);
    QVERIFY(peer.waitGoAway());
    QCOMPARE(peer.goAway()->code, quint16(ErrorCode::BadHello));
    QVERIFY(peer.waitDisconnected());
}

void TestHandshake::selfConnectionIsRefused()
{
    auto node = Test::startNode(QStringLiteral("me"));
    QSignalSpy dialed(node.get(), &Net::Node::dialFinished);
    QSignalSpy connected(node.get(), &Net::Node::peerConnected);
    node->dial(QStringLiteral("127.0.0.1"), node->port());
    QTRY_COMPARE(dialed.size(), 1);
    QCOMPARE(dialed[0][2].value<Net::Error>().code, ErrorCode::SelfConnection);
    QCOMPARE(connected.size(), 0);
    QTRY_COMPARE(node->connectionCount(), 0);
}

void TestHandshake::silentTcpClientTimesOut()
{
    auto node = Test::startNode(QStringLiteral("n"));
    QSignalSpy rejected(node.get(), &Net::Node::incomingRejected);
    Test::RawPeer slow(Test::RawPeer::Mode::Tcp);
    slow.connectTo(node->port());
    QVERIFY(slow.waitReady());
    QTRY_COMPARE(node->pendingCount(), 1);
    // Slowloris: never sends a byte. The handshake timeout must end it.
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 5000);
    QCOMPARE(rejected[0][1].value<Net::Error>().code, ErrorCode::HandshakeTimeout);
    QVERIFY(slow.waitDisconnected());
    QTRY_COMPARE(node->connectionCount(), 0);
}

void TestHandshake::silentTlsClientTimesOut()
{
    auto node = Test::startNode(QStringLiteral("n"));
    QSignalSpy rejected(node.get(), &Net::Node::incomingRejected);
    Test::RawPeer mute(Test::RawPeer::Mode::Tls);
    mute.connectTo(node->port());
    QVERIFY(mute.waitReady()); // TLS done, but no HELLO ever
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 5000);
    QCOMPARE(rejected[0][1].value<Net::Error>().code, ErrorCode::HandshakeTimeout);
    QVERIFY(mute.waitGoAway());
    QCOMPARE(mute.goAway()->code, quint16(ErrorCode::HandshakeTimeout));
}

void TestHandshake::framesBeforeHandshakeAreRefused()
{
    auto node = Test::startNode(QStringLiteral("n"));
    Test::RawPeer peer(Test::RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    peer.sendFrame(Net::FrameType::Open, 1, Net::Header::of(Net::OperationTag::Ping).encode());
    QVERIFY(peer.waitGoAway());
    QCOMPARE(peer.goAway()->code, quint16(ErrorCode::ProtocolViolation));
    QVERIFY(peer.waitDisconnected());
}

void TestHandshake::welcomeWithWrongVersionIsRefused()
{
    auto node = Test::startNode(QStringLiteral("n"));
    Test::RawPeer peer(Test::RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    peer.sendFrame(Net::FrameType::Hello, 0, peer.defaultHello().encode());
    QByteArray welcome("\x00\x07", 2); // version 7 was never negotiated
    peer.sendFrame(Net::FrameType::Welcome, 0, welcome);
    QVERIFY(peer.waitGoAway());
    QCOMPARE(peer.goAway()->code, quint16(ErrorCode::ProtocolViolation));
}

void TestHandshake::connectionsPerPeerAreCapped()
{
    auto config = Net::NodeConfig::forTests();
    config.maxConnectionsPerPeer = 2;
    auto a = Test::startNode(QStringLiteral("a"));
    auto b = Test::startNode(QStringLiteral("b"), config);
    QSignalSpy dialed(a.get(), &Net::Node::dialFinished);
    for (int i = 0; i < 3; ++i)
        a->dial(QStringLiteral("127.0.0.1"), b->port(), b->identity());
    QTRY_COMPARE(dialed.size(), 3);
    int refused = 0;
    for (const auto &call : std::as_const(dialed)) {
        const auto error = call[2].value<Net::Error>();
        if (error.isError()) {
            QCOMPARE(error.code, ErrorCode::TooManyConnections);
            ++refused;
        }
    }
    QCOMPARE(refused, 1);
    QTRY_COMPARE(b->connectionCount(), 2);
    QVERIFY(a->isConnected(b->identity()));
}

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
