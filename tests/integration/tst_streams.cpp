// Streams over one connection (docs/PROTOCOL.md §6, §7, §9): opening, finishing, resets, flow
// control, fairness and limits, between real nodes over TLS on loopback.
#include "net/node.h"
#include "net/operations/pingclient.h"
#include "net/stream.h"
#include "tests/support/recordinghandler.h"
#include "tests/support/testnode.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ferry;
using Net::ErrorCode;

namespace {
constexpr quint16 kTestTag = 0x7F01; // private to these tests
const Net::Header kTestHeader = Net::Header::of(static_cast<Net::OperationTag>(kTestTag));
} // namespace

class TestStreams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pingMeasuresRoundTrip();
    void pingTimesOutWhenPeerNeverAnswers();
    void pingToUnknownPeerFailsNotConnected();
    void streamWaitsForDialInProgress();
    void messagesArriveInOrderAndStreamFinishes();
    void unknownOperationResetsOnlyThatStream();
    void resetCarriesCodeAndDetail();
    void windowBoundsUnreadData();
    void grownWindowLetsMoreIn();
    void pingAnswersDuringBulkTransfer();
    void incomingStreamsAreCapped();
    void idleStreamTimesOut();
    void idleConnectionCloses();
    void disconnectEndsStreamsWithReason();
    void oversizedMessageIsRejectedLocally();
    void peerSignalsPairUpAcrossConnections();

private:
    std::unique_ptr<Net::Node> a;
    std::unique_ptr<Net::Node> b;
};

void TestStreams::init()
{
    a = Test::startNode(QStringLiteral("a"));
    b = Test::startNode(QStringLiteral("b"));
    QVERIFY(Test::connectNodes(*a, *b));
}

void TestStreams::cleanup()
{
    a.reset();
    b.reset();
}

void TestStreams::pingMeasuresRoundTrip()
{
    Net::PingClient client(a.get());
    QSignalSpy done(&client, &Net::PingClient::finished);
    const quint64 id = client.ping(b->identity());
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done[0][0].toULongLong(), id);
    QCOMPARE(done[0][1].value<Net::RemoteIdentity>(), b->identity());
    QVERIFY(!done[0][3].value<Net::Error>().isError());
    QVERIFY(done[0][2].toLongLong() > 0);
    // The stream is gone on both sides once both FINs crossed.
    QTRY_VERIFY(b->findChildren<Net::Stream *>().isEmpty());
    QTRY_VERIFY(a->findChildren<Net::Stream *>().isEmpty());
}

void TestStreams::pingTimesOutWhenPeerNeverAnswers()
{
    Test::RecordingHandler silent; // takes Ping streams and never answers
    b->registerHandler(quint16(Net::OperationTag::Ping), &silent);
    Net::PingClient client(a.get());
    QSignalSpy done(&client, &Net::PingClient::finished);
    client.ping(b->identity());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
    QCOMPARE(done[0][3].value<Net::Error>().code, ErrorCode::Timeout);
    // The peer learns it too: the stream is reset with Timeout.
    QTRY_VERIFY(silent.streams.size() == 1 && silent.streams[0].isNull());
    QVERIFY(a->isConnected(b->identity())); // a stream timeout is not a connection failure
}

void TestStreams::pingToUnknownPeerFailsNotConnected()
{
    Net::PingClient client(a.get());
    QSignalSpy done(&client, &Net::PingClient::finished);
    client.ping(Net::DeviceIdentity::generate().remoteIdentity());
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done[0][3].value<Net::Error>().code, ErrorCode::NotConnected);
}

void TestStreams::streamWaitsForDialInProgress()
{
    auto c = Test::startNode(QStringLiteral("c"));
    a->dial(QStringLiteral("127.0.0.1"), c->port(), c->identity());
    Net::PingClient client(a.get()); // opened before the handshake finished
    QSignalSpy done(&client, &Net::PingClient::finished);
    client.ping(c->identity());
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(!done[0][3].value<Net::Error>().isError(),
             qPrintable(done[0][3].value<Net::Error>().toString()));
}

void TestStreams::messagesArriveInOrderAndStreamFinishes()
{
    Test::RecordingHandler handler;
    b->registerHandler(kTestTag, &handler);
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    QSignalSpy outClosed(out, &Net::Stream::closed);
    for (int i = 0; i < 100; ++i)
        QVERIFY(out->send(QByteArray::number(i)));
    out->finish();
    QTRY_COMPARE(handler.streams.size(), 1);
    Net::Stream *in = handler.streams[0];
    QSignalSpy inClosed(in, &Net::Stream::closed);
    QTRY_VERIFY(in->isRemoteFinished());
    QCOMPARE(in->messagesAvailable(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(in->takeMessage(), QByteArray::number(i));
    QVERIFY(in->send(QByteArray())); // empty messages are legal
    in->finish();
    QTRY_COMPARE(outClosed.size(), 1);
    QCOMPARE(outClosed[0][0].value<Net::Error>().code, ErrorCode::None);
    QTRY_COMPARE(inClosed.size(), 1);
    QCOMPARE(inClosed[0][0].value<Net::Error>().code, ErrorCode::None);
}

void TestStreams::unknownOperationResetsOnlyThatStream()
{
    Net::Stream *stream = a->openStream(b->identity(), Net::Header{0x7EEE, {}});
    QSignalSpy closed(stream, &Net::Stream::closed);
    QTRY_COMPARE(closed.size(), 1);
    const auto error = closed[0][0].value<Net::Error>();
    QCOMPARE(error.code, ErrorCode::UnknownOperation);
    QVERIFY(error.remote);
    QVERIFY(error.detail.contains(QStringLiteral("7eee")));
    Net::PingClient client(a.get()); // the connection still serves others
    QSignalSpy done(&client, &Net::PingClient::finished);
    client.ping(b->identity());
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(!done[0][3].value<Net::Error>().isError());
}

void TestStreams::resetCarriesCodeAndDetail()
{
    Test::RecordingHandler handler;
    b->registerHandler(kTestTag, &handler);
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    QSignalSpy outClosed(out, &Net::Stream::closed);
    out->send("hello");
    QTRY_COMPARE(handler.streams.size(), 1);
    handler.streams[0]->reset(ErrorCode::Cancelled, QStringLiteral("user said no"));
    QTRY_COMPARE(outClosed.size(), 1);
    const auto error = outClosed[0][0].value<Net::Error>();
    QCOMPARE(error.code, ErrorCode::Cancelled);
    QCOMPARE(error.detail, QStringLiteral("user said no"));
    QVERIFY(error.remote);
}

void TestStreams::windowBoundsUnreadData()
{
    Test::RecordingHandler lazy; // never reads
    b->registerHandler(kTestTag, &lazy);
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    const QByteArray chunk(256 * 1024, 'x');
    for (int i = 0; i < 32; ++i) // 8 MiB, four windows' worth
        out->send(chunk);
    QTRY_COMPARE(lazy.streams.size(), 1);
    Net::Stream *in = lazy.streams[0];
    QTRY_COMPARE(in->messagesAvailable(), 8); // exactly the 2 MiB window
    QTest::qWait(200); // (a negative check: nothing more may arrive)
    QCOMPARE(in->messagesAvailable(), 8);
    QCOMPARE(out->bytesQueued(), qint64(24) * chunk.size());
    // Reading gives window back, and the rest flows.
    int taken = 0;
    QSignalSpy more(in, &Net::Stream::messageReceived);
    while (taken < 32) {
        while (in->messagesAvailable() > 0) {
            QCOMPARE(in->takeMessage().size(), chunk.size());
            ++taken;
        }
        if (taken < 32)
            QTRY_VERIFY(in->messagesAvailable() > 0);
    }
    QTRY_COMPARE(out->bytesQueued(), qint64(0));
}

void TestStreams::grownWindowLetsMoreIn()
{
    Test::RecordingHandler lazy; // never reads
    b->registerHandler(kTestTag, &lazy);
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    const QByteArray chunk(256 * 1024, 'x');
    for (int i = 0; i < 32; ++i)
        out->send(chunk);
    QTRY_COMPARE(lazy.streams.size(), 1);
    Net::Stream *in = lazy.streams[0];
    QTRY_COMPARE(in->messagesAvailable(), 8);
    in->growReceiveWindow(3 << 20); // 2 MiB + 3 MiB unread may now be in flight
    QTRY_COMPARE(in->messagesAvailable(), 20);
    QTest::qWait(200); // (a negative check: nothing more may arrive)
    QCOMPARE(in->messagesAvailable(), 20);
    QCOMPARE(out->bytesQueued(), qint64(12) * chunk.size());
}

void TestStreams::pingAnswersDuringBulkTransfer()
{
    Test::RecordingHandler sink(true);
    b->registerHandler(kTestTag, &sink);
    Net::Stream *bulk = a->openStream(b->identity(), kTestHeader);
    const QByteArray chunk(1024 * 1024, 'b');
    constexpr qint64 kTotal = 512; // MiB: far more than is sent while one ping runs
    qint64 sent = 0;
    const auto refill = [&] {
        while (bulk->bytesQueued() < 4 * chunk.size() && sent < kTotal) {
            bulk->send(chunk);
            ++sent;
        }
    };
    connect(bulk, &Net::Stream::bytesSent, this, refill);
    refill();
    QTRY_VERIFY(sink.bytesTaken > 8 * chunk.size()); // the transfer is well under way

    Net::PingClient client(a.get());
    QSignalSpy done(&client, &Net::PingClient::finished);
    const qint64 bulkAtPing = sink.bytesTaken;
    client.ping(b->identity());
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(!done[0][3].value<Net::Error>().isError(),
             qPrintable(done[0][3].value<Net::Error>().toString()));
    // Fairness, not speed: the PONG came back while the bulk stream still had most of its data
    // to deliver, so the ping did not queue behind it.
    QVERIFY2(sink.bytesTaken - bulkAtPing < 64 * chunk.size(),
             qPrintable(QStringLiteral("%1 MiB of bulk data passed the ping")
                            .arg((sink.bytesTaken - bulkAtPing) >> 20)));
    QVERIFY(sink.bytesTaken < kTotal * chunk.size());
    bulk->reset(ErrorCode::Cancelled);
}

void TestStreams::incomingStreamsAreCapped()
{
    auto config = Net::NodeConfig::forTests();
    config.maxIncomingStreams = 5;
    auto c = Test::startNode(QStringLiteral("c"), config);
    QVERIFY(Test::connectNodes(*a, *c));
    Test::RecordingHandler handler;
    c->registerHandler(kTestTag, &handler);
    QList<QPointer<Net::Stream>> streams;
    QList<Net::Error> errors;
    for (int i = 0; i < 8; ++i) {
        Net::Stream *s = a->openStream(c->identity(), kTestHeader);
        connect(s, &Net::Stream::closed, this,
                [&errors](const Net::Error &e) { errors.append(e); });
        s->send("x");
        streams.append(s);
    }
    QTRY_COMPARE(errors.size(), 3);
    for (const Net::Error &e : std::as_const(errors))
        QCOMPARE(e.code, ErrorCode::TooManyStreams);
    QCOMPARE(handler.streams.size(), 5);
    // Closing one makes room for another.
    handler.streams[0]->reset(ErrorCode::Cancelled);
    Net::Stream *again = a->openStream(c->identity(), kTestHeader);
    QSignalSpy againClosed(again, &Net::Stream::closed);
    QTRY_COMPARE(handler.streams.size(), 6);
    QCOMPARE(againClosed.size(), 0);
}

void TestStreams::idleStreamTimesOut()
{
    Test::RecordingHandler handler;
    b->registerHandler(kTestTag, &handler);
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    out->setIdleTimeout(Net::Milliseconds{0}); // only the receiver's timer runs
    QSignalSpy closed(out, &Net::Stream::closed);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(closed[0][0].value<Net::Error>().code, ErrorCode::Timeout);
    QVERIFY(closed[0][0].value<Net::Error>().remote);
}

void TestStreams::idleConnectionCloses()
{
    QSignalSpy aLost(a.get(), &Net::Node::peerDisconnected);
    QSignalSpy bLost(b.get(), &Net::Node::peerDisconnected);
    QTRY_COMPARE_WITH_TIMEOUT(aLost.size(), 1, 6000);
    QTRY_COMPARE(bLost.size(), 1);
    const auto codeA = aLost[0][1].value<Net::Error>().code;
    const auto codeB = bLost[0][1].value<Net::Error>().code;
    QCOMPARE(codeA, ErrorCode::IdleTimeout);
    QCOMPARE(codeB, ErrorCode::IdleTimeout);
}

void TestStreams::disconnectEndsStreamsWithReason()
{
    Test::RecordingHandler handler;
    b->registerHandler(kTestTag, &handler);
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    out->send("x");
    QSignalSpy closed(out, &Net::Stream::closed);
    QSignalSpy bLost(b.get(), &Net::Node::peerDisconnected);
    QTRY_COMPARE(handler.streams.size(), 1);
    QSignalSpy inClosed(handler.streams[0].data(), &Net::Stream::closed);
    b->stop();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed[0][0].value<Net::Error>().code, ErrorCode::ShuttingDown);
    QVERIFY(closed[0][0].value<Net::Error>().remote);
    QCOMPARE(inClosed.size(), 1);
    QCOMPARE(bLost.size(), 1);
    QTRY_VERIFY(!a->isConnected(b->identity()));
}

void TestStreams::oversizedMessageIsRejectedLocally()
{
    Net::Stream *out = a->openStream(b->identity(), kTestHeader);
    QVERIFY(!out->send(QByteArray(Net::Frame::kMaxPayload + 1, 'x')));
    QVERIFY(out->send(QByteArray(16, 'x')));
    out->reset(ErrorCode::Cancelled);
}

void TestStreams::peerSignalsPairUpAcrossConnections()
{
    // Two connections to one peer make one peerConnected; only the last one closing makes the
    // peerDisconnected, and each happens exactly once (net/INVARIANTS.md).
    auto c = Test::startNode(QStringLiteral("c"));
    QSignalSpy up(a.get(), &Net::Node::peerConnected);
    QSignalSpy down(a.get(), &Net::Node::peerDisconnected);
    QSignalSpy dialed(a.get(), &Net::Node::dialFinished);
    a->dial(QStringLiteral("127.0.0.1"), c->port(), c->identity());
    a->dial(QStringLiteral("127.0.0.1"), c->port(), c->identity());
    QTRY_COMPARE(dialed.size(), 2);
    QCOMPARE(up.size(), 1);
    QTRY_COMPARE(c->connectionCount(), 2);
    c->disconnectPeer(a->identity());
    QTRY_COMPARE(down.size(), 1);
    QCOMPARE(down[0][0].value<Net::RemoteIdentity>(), c->identity());
    QCOMPARE(down[0][1].value<Net::Error>().code, ErrorCode::Disconnected);
    QTRY_COMPARE(a->connectionCount(), 1); // b is still connected
    QTest::qWait(100);
    QCOMPARE(down.size(), 1);
    QCOMPARE(up.size(), 1);
}

QTEST_GUILESS_MAIN(TestStreams)
#include "tst_streams.moc"
