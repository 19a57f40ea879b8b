// The trust decisions of the handshake (docs/PROTOCOL.md §3, §5.3), without sockets.
#include "net/deviceidentity.h"
#include "net/handshakestate.h"
#include "net/hello.h"
#include "tests/support/errorcode.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {
RemoteIdentity key(char fill)
{
    return RemoteIdentity::fromRawKey(QByteArray(RemoteIdentity::kSize, fill));
}
HandshakeState::Local local(quint16 min = 1, quint16 max = 1, RemoteIdentity expected = {})
{
    PeerMetadata metadata;
    metadata.deviceName = QStringLiteral("us");
    return HandshakeState::Local{key('U'), metadata, min, max, expected};
}
QByteArray helloFrom(const RemoteIdentity &id, quint16 min = 1, quint16 max = 1)
{
    Hello hello;
    hello.identity = id;
    hello.minVersion = min;
    hello.maxVersion = max;
    hello.metadata.deviceName = QStringLiteral("them");
    return hello.encode();
}
QByteArray u16(quint16 v)
{
    return QByteArray::fromHex(QByteArray::number(v, 16).rightJustified(4, '0'));
}
} // namespace

class TestHandshakeState : public QObject
{
    Q_OBJECT
private slots:
    void completesAfterHelloAndWelcome();
    void refusesSelf();
    void refusesUnexpectedProvenKey();
    void refusesHelloClaimingAnotherKey();
    void refusesMalformedHello();
    void refusesSecondHello();
    void refusesHelloBeforeProof();
    void negotiatesVersion_data();
    void negotiatesVersion();
    void refusesWelcome_data();
    void refusesWelcome();
    void admissionCanRefuse();
};

void TestHandshakeState::completesAfterHelloAndWelcome()
{
    HandshakeState hs(local());
    QCOMPARE(hs.acceptProof(key('P')).code, ErrorCode::None);
    const auto ours = Hello::decode(hs.helloPayload());
    QVERIFY(ours.isOk());
    QCOMPARE(ours.value->identity, key('U'));
    QCOMPARE(hs.acceptHello(helloFrom(key('P'))).code, ErrorCode::None);
    QVERIFY(!hs.isComplete()); // our WELCOME is out, theirs is not in yet
    QCOMPARE(hs.welcomePayload(), u16(1));
    QCOMPARE(hs.acceptWelcome(u16(1)).code, ErrorCode::None);
    QVERIFY(hs.isComplete());
    QCOMPARE(hs.peer(), key('P'));
    QCOMPARE(hs.peerMetadata().deviceName, QStringLiteral("them"));
    QCOMPARE(hs.version(), quint16(1));
}

void TestHandshakeState::refusesSelf()
{
    HandshakeState hs(local());
    QCOMPARE(hs.acceptProof(key('U')).code, ErrorCode::SelfConnection);
}

void TestHandshakeState::refusesUnexpectedProvenKey()
{
    HandshakeState hs(local(1, 1, key('E')));
    const Error error = hs.acceptProof(key('P'));
    QCOMPARE(error.code, ErrorCode::IdentityMismatch);
    QVERIFY(error.detail.contains(key('E').toText()));
    HandshakeState expected(local(1, 1, key('E')));
    QCOMPARE(expected.acceptProof(key('E')).code, ErrorCode::None);
}

void TestHandshakeState::refusesHelloClaimingAnotherKey()
{
    HandshakeState hs(local());
    hs.acceptProof(key('P'));
    QCOMPARE(hs.acceptHello(helloFrom(key('Q'))).code, ErrorCode::IdentityMismatch);
    QVERIFY(hs.peer().isNull());
}

void TestHandshakeState::refusesMalformedHello()
{
    HandshakeState hs(local());
    hs.acceptProof(key('P'));
    QByteArray bad = helloFrom(key('P'));
    bad[0] = 'X';
    QCOMPARE(hs.acceptHello(bad).code, ErrorCode::BadHello);
}

void TestHandshakeState::refusesSecondHello()
{
    HandshakeState hs(local());
    hs.acceptProof(key('P'));
    QCOMPARE(hs.acceptHello(helloFrom(key('P'))).code, ErrorCode::None);
    QCOMPARE(hs.acceptHello(helloFrom(key('P'))).code, ErrorCode::ProtocolViolation);
}

void TestHandshakeState::refusesHelloBeforeProof()
{
    HandshakeState hs(local());
    QCOMPARE(hs.acceptHello(helloFrom(key('P'))).code, ErrorCode::ProtocolViolation);
}

void TestHandshakeState::negotiatesVersion_data()
{
    QTest::addColumn<int>("ourMin");
    QTest::addColumn<int>("ourMax");
    QTest::addColumn<int>("theirMin");
    QTest::addColumn<int>("theirMax");
    QTest::addColumn<int>("version"); // 0: IncompatibleVersion
    QTest::newRow("same") << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("overlap, highest common") << 1 << 3 << 2 << 5 << 3;
    QTest::newRow("they are newer") << 1 << 2 << 2 << 9 << 2;
    QTest::newRow("disjoint, we are older") << 1 << 1 << 2 << 3 << 0;
    QTest::newRow("disjoint, we are newer") << 4 << 5 << 1 << 3 << 0;
}

void TestHandshakeState::negotiatesVersion()
{
    QFETCH(int, ourMin);
    QFETCH(int, ourMax);
    QFETCH(int, theirMin);
    QFETCH(int, theirMax);
    QFETCH(int, version);
    HandshakeState hs(local(quint16(ourMin), quint16(ourMax)));
    hs.acceptProof(key('P'));
    const Error error = hs.acceptHello(helloFrom(key('P'), quint16(theirMin), quint16(theirMax)));
    if (version == 0) {
        QCOMPARE(error.code, ErrorCode::IncompatibleVersion);
        QVERIFY(error.detail.contains(QStringLiteral("%1–%2").arg(ourMin).arg(ourMax)));
        QVERIFY(error.detail.contains(QStringLiteral("%1–%2").arg(theirMin).arg(theirMax)));
        return;
    }
    QCOMPARE(error.code, ErrorCode::None);
    QCOMPARE(hs.version(), quint16(version));
    QCOMPARE(hs.welcomePayload(), u16(quint16(version)));
}

void TestHandshakeState::refusesWelcome_data()
{
    QTest::addColumn<bool>("afterHello");
    QTest::addColumn<QByteArray>("welcome");
    QTest::newRow("before our HELLO check") << false << u16(1);
    QTest::newRow("other version") << true << u16(2);
    QTest::newRow("version 0") << true << u16(0);
    QTest::newRow("truncated") << true << QByteArray("\x00", 1);
}

void TestHandshakeState::refusesWelcome()
{
    QFETCH(bool, afterHello);
    QFETCH(QByteArray, welcome);
    HandshakeState hs(local());
    hs.acceptProof(key('P'));
    if (afterHello)
        QCOMPARE(hs.acceptHello(helloFrom(key('P'))).code, ErrorCode::None);
    QCOMPARE(hs.acceptWelcome(welcome).code, ErrorCode::ProtocolViolation);
    QVERIFY(!hs.isComplete());
}

void TestHandshakeState::admissionCanRefuse()
{
    HandshakeState hs(local());
    hs.acceptProof(key('P'));
    RemoteIdentity asked;
    const Error error = hs.acceptHello(helloFrom(key('P')), [&](const RemoteIdentity &peer) {
        asked = peer;
        return Error{ErrorCode::TooManyConnections, QStringLiteral("full")};
    });
    QCOMPARE(asked, key('P'));
    QCOMPARE(error.code, ErrorCode::TooManyConnections);
    QCOMPARE(hs.acceptWelcome(u16(1)).code, ErrorCode::ProtocolViolation); // we sent no WELCOME
}

QTEST_GUILESS_MAIN(TestHandshakeState)
#include "tst_handshakestate.moc"
