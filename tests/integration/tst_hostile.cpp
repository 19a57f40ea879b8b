// A malicious or broken peer must get a typed error and a closed connection, and the node must
// stay healthy and keep serving others: garbage, half frames, huge lengths, rule-breaking frames,
// floods of silent connections (docs/PROTOCOL.md §4–§6, net/INVARIANTS.md).
#include "net/bytewriter.h"
#include "net/node.h"
#include "net/operationhandler.h"
#include "net/operations/pingclient.h"
#include "net/stream.h"
#include "tests/support/rawpeer.h"
#include "tests/support/recordinghandler.h"
#include "tests/support/testnode.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Ferry;
using Net::ErrorCode;
using Net::FrameType;
using Test::RawPeer;

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void garbageBeforeTlsFailsTheHandshake();
    void garbageAfterTlsIsRefused_data();
    void garbageAfterTlsIsRefused();
    void hugeLengthIsRefusedWithoutWaitingForPayload();
    void halfFrameThenSilenceIsClosed();
    void ruleBreakingFrames_data();
    void ruleBreakingFrames();
    void dataBeyondWindowIsAFlowControlViolation();
    void malformedHeaderResetsOnlyTheStream();
    void randomFramesNeverCrashTheNode();
    void floodOfSilentConnectionsDoesNotLockOutOthers();
    void readerThatStopsReadingIsDisconnected();

private:
    void expectHealthy();
    std::unique_ptr<Net::Node> node;
};

void TestHostile::init()
{
    node = Test::startNode(QStringLiteral("target"));
}

void TestHostile::cleanup()
{
    expectHealthy();
    node.reset();
}

// After each attack a well-behaved peer still connects and pings.
void TestHostile::expectHealthy()
{
    if (QTest::currentTestFailed())
        return;
    auto friendly = Test::startNode(QStringLiteral("friend"));
    QVERIFY(Test::connectNodes(*friendly, *node));
    Net::PingClient ping(friendly.get());
    QSignalSpy done(&ping, &Net::PingClient::finished);
    ping.ping(node->identity());
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(!done[0][3].value<Net::Error>().isError());
}

void TestHostile::garbageBeforeTlsFailsTheHandshake()
{
    QSignalSpy rejected(node.get(), &Net::Node::incomingRejected);
    RawPeer peer(RawPeer::Mode::Tcp);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    peer.sendRaw(QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(peer.waitDisconnected());
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0][1].value<Net::Error>().code, ErrorCode::TlsFailed);
}

void TestHostile::garbageAfterTlsIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown type 0xff")
        << QByteArray::fromHex("ff000000000000000000") << int(ErrorCode::UnknownFrameType);
    QTest::newRow("unknown type 0x00")
        << QByteArray::fromHex("00000000000000000000") << int(ErrorCode::UnknownFrameType);
    QTest::newRow("http request") << QByteArray("GET / HTTP/1.1\r\n\r\n")
                                  << int(ErrorCode::FrameTooLarge);
    QTest::newRow("hello on stream 5")
        << Net::encodeFrame(FrameType::Hello, 5, "x") << int(ErrorCode::ProtocolViolation);
    QTest::newRow("empty hello") << Net::encodeFrame(FrameType::Hello, 0, {})
                                 << int(ErrorCode::BadHello);
    QTest::newRow("data before handshake")
        << Net::encodeFrame(FrameType::Data, 1, "x") << int(ErrorCode::ProtocolViolation);
}

void TestHostile::garbageAfterTlsIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    peer.sendRaw(bytes);
    QVERIFY(peer.waitGoAway());
    QCOMPARE(int(peer.goAway()->code), code);
    QVERIFY(peer.waitDisconnected());
    QTRY_COMPARE(node->connectionCount(), 0);
}

void TestHostile::hugeLengthIsRefusedWithoutWaitingForPayload()
{
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QVERIFY(peer.handshake());
    // Announces 4 GiB − 1 and sends none of it: refused at once, nothing buffered.
    peer.sendRaw(QByteArray::fromHex("1100000001ffffffff"));
    QVERIFY(peer.waitGoAway());
    QCOMPARE(peer.goAway()->code, quint16(ErrorCode::FrameTooLarge));
    QVERIFY(peer.waitDisconnected());
}

void TestHostile::halfFrameThenSilenceIsClosed()
{
    QSignalSpy lost(node.get(), &Net::Node::peerDisconnected);
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QVERIFY(peer.handshake());
    // Half of a frame header, then nothing: no stream is open, so the idle timeout ends it.
    peer.sendRaw(QByteArray::fromHex("1100"));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 6000);
    QCOMPARE(lost[0][1].value<Net::Error>().code, ErrorCode::IdleTimeout);
    QVERIFY(peer.waitDisconnected());
}

void TestHostile::ruleBreakingFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    const QByteArray ping = Net::Header::of(Net::OperationTag::Ping).encode();
    // The raw peer dialled, so its streams are odd and the node's are even.
    QTest::newRow("open with even id")
        << Net::encodeFrame(FrameType::Open, 2, ping) << int(ErrorCode::ProtocolViolation);
    QTest::newRow("open id not increasing")
        << Net::encodeFrame(FrameType::Open, 5, ping) + Net::encodeFrame(FrameType::Open, 3, ping)
        << int(ErrorCode::ProtocolViolation);
    QTest::newRow("data on never-opened stream")
        << Net::encodeFrame(FrameType::Data, 9, "x") << int(ErrorCode::ProtocolViolation);
    QTest::newRow("second hello") << Net::encodeFrame(FrameType::Hello, 0, "x")
                                  << int(ErrorCode::ProtocolViolation);
    QTest::newRow("fin with payload")
        << Net::encodeFrame(FrameType::Open, 1, ping) + Net::encodeFrame(FrameType::Fin, 1, "x")
        << int(ErrorCode::ProtocolViolation);
    QTest::newRow("data after fin") << Net::encodeFrame(FrameType::Open, 1, ping)
            + Net::encodeFrame(FrameType::Fin, 1, {}) + Net::encodeFrame(FrameType::Data, 1, "x")
                                    << int(ErrorCode::ProtocolViolation);
    QTest::newRow("window of zero") << Net::encodeFrame(FrameType::Open, 1, ping)
            + Net::encodeFrame(FrameType::Window, 1, QByteArray(4, '\0'))
                                    << int(ErrorCode::FlowControlViolation);
    QTest::newRow("window overflow") << Net::encodeFrame(FrameType::Open, 1, ping)
            + Net::encodeFrame(FrameType::Window, 1, QByteArray::fromHex("7fffffff"))
                                     << int(ErrorCode::FlowControlViolation);
    QTest::newRow("window of 3 bytes") << Net::encodeFrame(FrameType::Open, 1, ping)
            + Net::encodeFrame(FrameType::Window, 1, QByteArray(3, '\1'))
                                       << int(ErrorCode::ProtocolViolation);
}

void TestHostile::ruleBreakingFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QVERIFY(peer.handshake());
    peer.sendRaw(bytes);
    QVERIFY(peer.waitGoAway());
    QCOMPARE(int(peer.goAway()->code), code);
    QVERIFY(peer.waitDisconnected());
}

void TestHostile::dataBeyondWindowIsAFlowControlViolation()
{
    Test::RecordingHandler lazy; // keeps the stream open and never reads it
    node->registerHandler(0x7F01, &lazy);
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QVERIFY(peer.handshake());
    peer.sendFrame(FrameType::Open, 1, Net::Header{0x7F01, {}}.encode());
    const QByteArray mib(1024 * 1024, 'z');
    for (int i = 0; i < 2; ++i) // exactly the 2 MiB window: allowed
        peer.sendFrame(FrameType::Data, 1, mib);
    QTRY_COMPARE(lazy.streams.size(), 1);
    QTRY_COMPARE(lazy.streams[0]->messagesAvailable(), 2);
    QVERIFY(!peer.goAway());
    peer.sendFrame(FrameType::Data, 1, QByteArray(1, 'z')); // one byte over
    QVERIFY(peer.waitGoAway());
    QCOMPARE(peer.goAway()->code, quint16(ErrorCode::FlowControlViolation));
    QVERIFY(peer.waitDisconnected());
}

void TestHostile::malformedHeaderResetsOnlyTheStream()
{
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QVERIFY(peer.handshake());
    peer.sendFrame(FrameType::Open, 1, QByteArray("\x00", 1)); // shorter than a tag
    peer.sendFrame(FrameType::Open, 3, QByteArray("\x00\x00", 2)); // tag 0
    peer.sendFrame(FrameType::Open, 5, QByteArray::fromHex("00010102")); // Ping with arguments
    QTRY_VERIFY(peer.resetOn(1) && peer.resetOn(3) && peer.resetOn(5));
    QCOMPARE(peer.resetOn(1)->code, quint16(ErrorCode::MalformedMessage));
    QCOMPARE(peer.resetOn(3)->code, quint16(ErrorCode::MalformedMessage));
    QCOMPARE(peer.resetOn(5)->code, quint16(ErrorCode::MalformedMessage));
    QVERIFY(!peer.goAway());
    QVERIFY(!peer.isDisconnected());
}

void TestHostile::randomFramesNeverCrashTheNode()
{
    // Structurally valid frame headers with random types, ids and payloads, many times over.
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 40; ++round) {
        RawPeer peer(RawPeer::Mode::Tls);
        peer.connectTo(node->port());
        QVERIFY(peer.waitReady());
        QVERIFY(peer.handshake());
        QByteArray bytes;
        for (int i = 0; i < 20; ++i) {
            QByteArray payload(int(rng->bounded(64)), Qt::Uninitialized);
            for (char &c : payload)
                c = char(rng->bounded(256));
            const quint8 types[] = {0x01, 0x02, 0x03, 0x10, 0x11, 0x12, 0x13, 0x14, 0x42};
            Net::ByteWriter(bytes)
                .u8(types[rng->bounded(int(sizeof types))])
                .u32(rng->bounded(8))
                .u32(quint32(payload.size()))
                .bytes(payload);
        }
        peer.sendRaw(bytes);
        QTRY_VERIFY(peer.goAway() || peer.frames().size() > 2 || peer.isDisconnected());
    }
    QTRY_VERIFY(node->connectionCount() <= 40);
}

void TestHostile::floodOfSilentConnectionsDoesNotLockOutOthers()
{
    // 30 silent connections from 127.0.0.2: only maxPendingPerAddress (4) may wait for a
    // handshake at a time; the rest are refused at once, and 127.0.0.1 is unaffected.
    QSignalSpy rejected(node.get(), &Net::Node::incomingRejected);
    std::vector<std::unique_ptr<RawPeer>> attackers;
    for (int i = 0; i < 30; ++i) {
        attackers.push_back(std::make_unique<RawPeer>(RawPeer::Mode::Tcp));
        attackers.back()->connectTo(node->port(), QHostAddress(QStringLiteral("127.0.0.2")));
    }
    QTRY_COMPARE(rejected.size(), 26);
    for (const auto &call : std::as_const(rejected))
        QCOMPARE(call[1].value<Net::Error>().code, ErrorCode::TooManyConnections);
    QVERIFY(node->pendingCount() <= node->config().maxPendingPerAddress);
    expectHealthy(); // while the four are still pending
}

namespace {
// Answers each stream with a full window of data, which a stalled reader never takes.
class Flooder : public Net::OperationHandler
{
public:
    void handleStream(Net::Stream *stream) override
    {
        const QByteArray mib(1024 * 1024, 'f');
        stream->send(mib);
        stream->send(mib);
    }
};
} // namespace

void TestHostile::readerThatStopsReadingIsDisconnected()
{
    Flooder flooder;
    node->registerHandler(0x7F02, &flooder);
    QSignalSpy lost(node.get(), &Net::Node::peerDisconnected);
    RawPeer peer(RawPeer::Mode::Tls);
    peer.connectTo(node->port());
    QVERIFY(peer.waitReady());
    QVERIFY(peer.handshake());
    // Stop reading: the kernel buffers fill and the node's writes stop making progress.
    peer.socket()->setReadBufferSize(1);
    peer.socket()->blockSignals(true);
    for (quint32 id = 1; id < 40; id += 2)
        peer.sendFrame(FrameType::Open, id, Net::Header{0x7F02, {}}.encode());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QCOMPARE(lost[0][1].value<Net::Error>().code, ErrorCode::Timeout);
    QVERIFY(lost[0][1].value<Net::Error>().detail.contains(QStringLiteral("read nothing")));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
