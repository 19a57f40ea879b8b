// The control socket in one process (docs/CONTROL.md): a ControlServer over a real Spacedrop
// node, front-ends attached through ControlClient/RemoteNodeAccess, and hostile clients (garbage,
// huge lengths, no hello, a client that never reads). The issue this pins down is Spacedrop's
// several-clients bug: every front-end sees the one offer and only the first answer counts.
#include "app/control/controlclient.h"
#include "app/control/controlserver.h"
#include "app/control/localnodeaccess.h"
#include "app/control/remotenodeaccess.h"
#include "net/peerregistry.h"
#include "tests/support/spacedroppeer.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::App;
using Net::TransferState;
using Test::SpacedropPeer;
using Outcome = ControlValues::RequestOutcome;

namespace {

constexpr int kWaitMs = 10'000;

// A node whose changes the test makes up: for the hostile clients, which must not need a
// network to be refused.
class FakeAccess : public NodeAccess
{
public:
    bool isLocal() const override { return true; }
    NodeInfo info() const override
    {
        NodeInfo node;
        node.kind = kind;
        node.pid = 1;
        node.version = QStringLiteral("0.1.0");
        node.identity = Net::RemoteIdentity::fromRawKey(QByteArray(32, '\x01'));
        return node;
    }
    QList<Net::PeerRecord> peers() const override { return {}; }
    QList<Net::TransferInfo> transfers() const override { return {}; }
    QList<Net::IncomingRequest> pendingRequests() const override { return {}; }
    void sendFiles(const QString &, const QStringList &, const QString &,
                   ReplyHandler reply) override
    {
        reply({false, QStringLiteral("fake"), {}});
    }
    void acceptRequest(const QUuid &, const QString &, const QString &, ReplyHandler reply) override
    {
        reply({false, QStringLiteral("fake"), {}});
    }
    void declineRequest(const QUuid &, const QString &, ReplyHandler reply) override
    {
        reply({false, QStringLiteral("fake"), {}});
    }
    void controlTransfer(TransferCommand, const QUuid &, ReplyHandler reply) override
    {
        reply({false, QStringLiteral("fake"), {}});
    }
    // count transfer events of about bytes each.
    void emitTransfers(int count, int bytes)
    {
        for (int i = 0; i < count; ++i) {
            Net::TransferInfo info;
            info.id = QUuid::createUuid();
            info.message = QString(bytes, QLatin1Char('m'));
            Q_EMIT transferAdded(info);
        }
    }

    NodeInfo::Kind kind = NodeInfo::Kind::Headless;
};

// A front-end of this process attached over the socket, synced; null (with a warning) if not.
std::unique_ptr<RemoteNodeAccess> attach(const QString &path, const QString &command)
{
    auto client = std::make_unique<ControlClient>();
    QSignalSpy welcomed(client.get(), &ControlClient::welcomed);
    client->connectToNode(path, NodeInfo::Kind::Cli, command);
    if (!QTest::qWaitFor([&] { return welcomed.count() > 0; }, kWaitMs)) {
        qWarning("no welcome for %s", qPrintable(command));
        return {};
    }
    auto access = std::make_unique<RemoteNodeAccess>(std::move(client));
    if (!QTest::qWaitFor([&] { return access->isSynced(); }, kWaitMs)) {
        qWarning("no sync for %s", qPrintable(command));
        return {};
    }
    return access;
}

// A client that speaks raw bytes.
struct RawClient
{
    explicit RawClient(const QString &path) { socket.connectToServer(path); }
    bool connected() { return socket.waitForConnected(kWaitMs); }
    // Waits for the node to close the connection; the messages it sent before.
    QList<ControlMessage> untilClosed()
    {
        const bool closed = QTest::qWaitFor(
            [this] { return socket.state() == QLocalSocket::UnconnectedState; }, kWaitMs);
        if (!closed)
            qWarning("the node kept the connection open");
        QByteArray bytes = socket.readAll();
        QList<ControlMessage> messages;
        for (;;) {
            const auto result = ControlMessage::decode(bytes);
            if (!result.isOk())
                return messages;
            messages.append(*result.value);
            bytes.remove(0, result.consumed);
        }
    }
    QLocalSocket socket;
};

QByteArray helloBytes(int protocol = ControlMessage::kProtocolVersion)
{
    ControlMessage hello = ControlClient::hello(NodeInfo::Kind::Cli, QStringLiteral("raw"));
    hello.fields.insert(QStringLiteral("protocol"), protocol);
    return hello.encode();
}

} // namespace

class TestControlServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyFrontEndSeesOneRequestAndOnlyTheFirstAnswerCounts();
    void lateAnswerIsRefusedWithTheOutcome();
    void answerGivenInTheWindowIsNamed();
    void attachedFrontEndSendsThroughTheNode();
    void hostileInputGetsAnErrorAndTheNodeServesOn_data();
    void hostileInputGetsAnErrorAndTheNodeServesOn();
    void silentClientIsDropped();
    void clientThatDoesNotReadIsDropped();
    void tooManyClientsAreRefused();
    void raiseAndQuitReachTheNode();
    void nodeGoingAwayAnswersWaitingCommands();

private:
    // The receiving node served on m_path, as a window would serve it.
    void serveReceiver();
    QUuid offerFile(); // the sender offers a 64 KiB file to the receiver

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SpacedropPeer> m_sender;
    std::unique_ptr<SpacedropPeer> m_receiver;
    std::unique_ptr<Net::PeerRegistry> m_registry;
    std::unique_ptr<LocalNodeAccess> m_access;
    std::unique_ptr<ControlServer> m_server;
};

void TestControlServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("control.sock"));
}

void TestControlServer::cleanup()
{
    m_server.reset();
    m_access.reset();
    m_registry.reset();
    m_receiver.reset();
    m_sender.reset();
    QVERIFY(!QFileInfo::exists(m_path)); // the server removed its socket
}

void TestControlServer::serveReceiver()
{
    m_sender = std::make_unique<SpacedropPeer>(QStringLiteral("sender"));
    m_receiver = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"));
    QVERIFY(Test::linkPeers(*m_sender, *m_receiver));
    // The receiver knows the sender (as discovery would have told it).
    m_registry = std::make_unique<Net::PeerRegistry>(m_receiver->id());
    Net::PeerInfo sender;
    sender.identity = m_sender->id();
    sender.metadata.deviceName = QStringLiteral("sender");
    sender.address = QHostAddress::LocalHost;
    sender.port = m_sender->node->port();
    m_registry->observeConnected(sender, 0);
    SpacedropPeer *receiver = m_receiver.get();
    m_access
        = std::make_unique<LocalNodeAccess>(receiver->service.get(), m_registry.get(), [receiver] {
              NodeInfo node;
              node.kind = NodeInfo::Kind::Gui;
              node.pid = QCoreApplication::applicationPid();
              node.identity = receiver->id();
              node.receiving = true;
              node.destination = receiver->downloadsPath();
              return node;
          });
    m_server = std::make_unique<ControlServer>(m_access.get());
    QVERIFY2(m_server->listen(m_path), qPrintable(m_server->errorString()));
}

QUuid TestControlServer::offerFile()
{
    const QString file = m_dir->filePath(QStringLiteral("photo.jpg"));
    if (!Test::writeFile(file, 64 * 1024, 7))
        return {};
    return m_sender->service->sendFiles(m_receiver->id(), QStringLiteral("receiver"), {file});
}

void TestControlServer::everyFrontEndSeesOneRequestAndOnlyTheFirstAnswerCounts()
{
    serveReceiver();
    const auto one = attach(m_path, QStringLiteral("one"));
    const auto two = attach(m_path, QStringLiteral("two"));
    QVERIFY(one && two);
    QCOMPARE(m_server->subscriberCount(), 2);
    QSignalSpy windowSaw(m_access.get(), &NodeAccess::requestReceived);
    QSignalSpy oneSaw(one.get(), &NodeAccess::requestReceived);
    QSignalSpy twoSaw(two.get(), &NodeAccess::requestReceived);
    QSignalSpy windowClosed(m_access.get(), &NodeAccess::requestClosed);
    QSignalSpy oneClosed(one.get(), &NodeAccess::requestClosed);
    QSignalSpy twoClosed(two.get(), &NodeAccess::requestClosed);

    const QUuid id = offerFile();
    QVERIFY(!id.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(oneSaw.count() + twoSaw.count(), 2, kWaitMs);
    QCOMPARE(windowSaw.count(), 1);
    QCOMPARE(oneSaw.first().first().value<Net::IncomingRequest>().id, id);
    QCOMPARE(twoSaw.first().first().value<Net::IncomingRequest>().id, id);
    QCOMPARE(one->pendingRequests().size(), 1);

    // A front-end that attaches now is shown the waiting offer, with the time it has left.
    const auto late = attach(m_path, QStringLiteral("late"));
    QVERIFY(late);
    QCOMPARE(late->pendingRequests().size(), 1);
    QCOMPARE(late->pendingRequests().first().id, id);
    QVERIFY(late->pendingRequests().first().timeoutMs
            <= m_receiver->node->config().spacedropDecisionTimeout.count());

    // Both answer before either hears back: the node takes the first and refuses the second.
    QList<NodeAccess::Reply> replies(2);
    int answered = 0;
    one->acceptRequest(id, {}, {}, [&](const NodeAccess::Reply &r) { replies[0] = r, ++answered; });
    two->acceptRequest(id, {}, {}, [&](const NodeAccess::Reply &r) { replies[1] = r, ++answered; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, kWaitMs);
    QVERIFY(replies[0].ok);
    QVERIFY(!replies[1].ok);
    QVERIFY2(replies[1].error.contains(QStringLiteral("already accepted by ferry one")),
             qPrintable(replies[1].error));

    // Everyone is told once, with the winner's name; nobody sees the offer any more.
    QTRY_COMPARE_WITH_TIMEOUT(oneClosed.count() + twoClosed.count(), 2, kWaitMs);
    QCOMPARE(windowClosed.count(), 1);
    for (QSignalSpy *spy : {&windowClosed, &oneClosed, &twoClosed}) {
        QCOMPARE(spy->first().at(0).toUuid(), id);
        QCOMPARE(spy->first().at(1).value<Outcome>(), Outcome::Accepted);
        QVERIFY(spy->first().at(2).toString().startsWith(QStringLiteral("ferry one (pid ")));
    }
    QVERIFY(one->pendingRequests().isEmpty() && two->pendingRequests().isEmpty());

    // The file arrives once, and every front-end's copy of the transfer says so.
    QVERIFY(Test::waitForState(*m_receiver, id, TransferState::Completed));
    QFile sent(m_dir->filePath(QStringLiteral("photo.jpg")));
    QFile arrived(m_receiver->downloads.filePath(QStringLiteral("photo.jpg")));
    QVERIFY(sent.open(QIODevice::ReadOnly) && arrived.open(QIODevice::ReadOnly));
    QCOMPARE(arrived.readAll(), sent.readAll());
    QCOMPARE(Test::listTree(m_receiver->downloadsPath()), QStringList{QStringLiteral("photo.jpg")});
    QTRY_COMPARE_WITH_TIMEOUT(int(two->transfer(id).value_or(Net::TransferInfo{}).state),
                              int(TransferState::Completed), kWaitMs);
    QCOMPARE(one->transfers().size(), 1);
}

// The window's prompt answers through the service itself (not through the control access):
// attached front-ends still learn who answered.
void TestControlServer::answerGivenInTheWindowIsNamed()
{
    serveReceiver();
    const auto one = attach(m_path, QStringLiteral("one"));
    QVERIFY(one);
    QSignalSpy oneSaw(one.get(), &NodeAccess::requestReceived);
    QSignalSpy oneClosed(one.get(), &NodeAccess::requestClosed);
    const QUuid id = offerFile();
    QTRY_COMPARE_WITH_TIMEOUT(oneSaw.count(), 1, kWaitMs);
    QVERIFY(m_receiver->service->acceptRequest(id));
    QTRY_COMPARE_WITH_TIMEOUT(oneClosed.count(), 1, kWaitMs);
    QCOMPARE(oneClosed.first().at(1).value<Outcome>(), Outcome::Accepted);
    QCOMPARE(oneClosed.first().at(2).toString(),
             QStringLiteral("the Ferry window (pid %1)").arg(QCoreApplication::applicationPid()));
}

void TestControlServer::lateAnswerIsRefusedWithTheOutcome()
{
    serveReceiver();
    const auto one = attach(m_path, QStringLiteral("one"));
    QVERIFY(one);
    QSignalSpy oneSaw(one.get(), &NodeAccess::requestReceived);
    QSignalSpy oneClosed(one.get(), &NodeAccess::requestClosed);
    const QUuid id = offerFile();
    QTRY_COMPARE_WITH_TIMEOUT(oneSaw.count(), 1, kWaitMs);

    // The window (a front-end in the node's process) says no first.
    bool declined = false;
    m_access->declineRequest(id, QStringLiteral("the window"),
                             [&](const NodeAccess::Reply &r) { declined = r.ok; });
    QVERIFY(declined);
    QTRY_COMPARE_WITH_TIMEOUT(oneClosed.count(), 1, kWaitMs);
    QCOMPARE(oneClosed.first().at(1).value<Outcome>(), Outcome::Declined);
    QCOMPARE(oneClosed.first().at(2).toString(), QStringLiteral("the window"));

    NodeAccess::Reply late{true, {}, {}};
    bool answered = false;
    one->acceptRequest(id, {}, {}, [&](const NodeAccess::Reply &r) { late = r, answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY(!late.ok);
    QCOMPARE(late.error, QStringLiteral("the offer was already declined by the window"));
    QVERIFY(Test::waitForState(*m_sender, id, TransferState::Declined));
    QVERIFY(Test::listTree(m_receiver->downloadsPath()).isEmpty());
}

void TestControlServer::attachedFrontEndSendsThroughTheNode()
{
    serveReceiver();
    const auto client = attach(m_path, QStringLiteral("send"));
    QVERIFY(client);
    QCOMPARE(client->findPeer(QStringLiteral("sender"), nullptr)->identity, m_sender->id());
    const QString file = m_dir->filePath(QStringLiteral("back.bin"));
    QVERIFY(Test::writeFile(file, 10'000, 3));
    m_sender->service->policy().setAcceptAll(true);

    NodeAccess::Reply reply;
    bool answered = false;
    client->sendFiles(m_sender->id().toText(), {QStringLiteral("relative/path")}, {},
                      [&](const NodeAccess::Reply &r) { reply = r, answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY(!reply.ok); // the node runs elsewhere, in another working folder
    QVERIFY2(reply.error.contains(QStringLiteral("absolute")), qPrintable(reply.error));

    answered = false;
    client->sendFiles(QStringLiteral("sender"), {file}, QStringLiteral("hi"),
                      [&](const NodeAccess::Reply &r) { reply = r, answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QVERIFY(client->transfer(reply.id)); // its first states came before the answer
    QTRY_COMPARE_WITH_TIMEOUT(int(client->transfer(reply.id)->state), int(TransferState::Completed),
                              kWaitMs);
    QCOMPARE(Test::listTree(m_sender->downloadsPath()), QStringList{QStringLiteral("back.bin")});
}

void TestControlServer::hostileInputGetsAnErrorAndTheNodeServesOn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("HTTP request") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << QStringLiteral("bytes (at most 1048576)");
    QTest::newRow("huge length") << QByteArray("\x7f\xff\xff\xff{}", 6)
                                 << QStringLiteral("2147483647 bytes");
    QTest::newRow("zero length") << QByteArray(4, '\0') << QStringLiteral("empty message");
    QTest::newRow("binary garbage")
        << QByteArray("\x00\x00\x00\x05\xff\xfe\x00\x01\x02", 9) << QStringLiteral("not UTF-8");
    QTest::newRow("command before hello")
        << ControlMessage{ControlMessage::Type::Quit, {{QStringLiteral("seq"), 1}}}.encode()
        << QStringLiteral("the first message must be hello");
    QTest::newRow("unknown protocol") << helloBytes(99) << QStringLiteral("protocol 99");
    QTest::newRow("hello twice") << helloBytes() + helloBytes()
                                 << QStringLiteral("hello was said already");
    QTest::newRow("a node's message") << helloBytes()
            + ControlMessage{ControlMessage::Type::PeerLost,
                             {{QStringLiteral("identity"),
                               Net::RemoteIdentity::fromRawKey(QByteArray(32, 'x')).toText()}}}
                  .encode() << QStringLiteral("cannot send peerLost");
}

void TestControlServer::hostileInputGetsAnErrorAndTheNodeServesOn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    FakeAccess access;
    ControlServer server(&access);
    QVERIFY(server.listen(m_path));
    {
        RawClient raw(m_path);
        QVERIFY(raw.connected());
        raw.socket.write(bytes);
        const QList<ControlMessage> got = raw.untilClosed();
        QVERIFY(!got.isEmpty());
        const ControlMessage &last = got.last();
        QCOMPARE(last.type, ControlMessage::Type::Error);
        const QString message = last.fields.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(error), qPrintable(message));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, kWaitMs);
    // Nothing broke: the next front-end is served.
    const auto client = attach(m_path, QStringLiteral("after"));
    QVERIFY(client);
    QCOMPARE(client->info().pid, 1);
}

void TestControlServer::silentClientIsDropped()
{
    FakeAccess access;
    ControlServer server(&access);
    server.setLimits({32, 8 << 20, 200});
    QVERIFY(server.listen(m_path));
    RawClient raw(m_path);
    QVERIFY(raw.connected());
    const QList<ControlMessage> got = raw.untilClosed();
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first()
                .fields.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("no hello")));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, kWaitMs);
}

void TestControlServer::clientThatDoesNotReadIsDropped()
{
    FakeAccess access;
    ControlServer server(&access);
    server.setLimits({32, 64 * 1024, 10'000});
    QVERIFY(server.listen(m_path));
    RawClient stuck(m_path);
    stuck.socket.setReadBufferSize(1024); // and never read: the kernel's buffers fill up
    QVERIFY(stuck.connected());
    stuck.socket.write(
        helloBytes()
        + ControlMessage{ControlMessage::Type::Subscribe, {{QStringLiteral("seq"), 1}}}.encode());
    QTRY_COMPARE_WITH_TIMEOUT(server.subscriberCount(), 1, kWaitMs);
    const auto reader = attach(m_path, QStringLiteral("reader"));
    QVERIFY(reader);
    QCOMPARE(server.subscriberCount(), 2);

    // Far more than the socket buffers and the 64 KiB limit hold: the stuck client is dropped,
    // the reading one gets every event.
    constexpr int kEvents = 400;
    for (int i = 0; i < kEvents / 10; ++i) {
        access.emitTransfers(10, 3000); // ~36 KiB at once: within the limit for a reader
        QTest::qWait(2); // let the reader's socket drain
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.subscriberCount(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(reader->transfers().size(), kEvents, kWaitMs);
}

void TestControlServer::tooManyClientsAreRefused()
{
    FakeAccess access;
    ControlServer server(&access);
    server.setLimits({2, 8 << 20, 10'000});
    QVERIFY(server.listen(m_path));
    const auto a = attach(m_path, QStringLiteral("a"));
    const auto b = attach(m_path, QStringLiteral("b"));
    QVERIFY(a && b);
    RawClient third(m_path);
    QVERIFY(third.connected());
    const QList<ControlMessage> got = third.untilClosed();
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first()
                .fields.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("too many front-ends")));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, kWaitMs);
}

void TestControlServer::raiseAndQuitReachTheNode()
{
    FakeAccess access;
    access.kind = NodeInfo::Kind::Gui;
    ControlServer server(&access);
    QVERIFY(server.listen(m_path));
    QSignalSpy raised(&server, &ControlServer::raiseRequested);
    QSignalSpy quit(&server, &ControlServer::quitRequested);
    const auto client = attach(m_path, QStringLiteral("gui"));
    QVERIFY(client);
    QCOMPARE(client->info().kind, NodeInfo::Kind::Gui);
    int ok = 0;
    client->raiseWindow([&](const NodeAccess::Reply &r) { ok += r.ok ? 1 : 0; });
    client->quitNode([&](const NodeAccess::Reply &r) { ok += r.ok ? 1 : 0; });
    QTRY_COMPARE_WITH_TIMEOUT(ok, 2, kWaitMs);
    QCOMPARE(raised.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, kWaitMs);

    // A headless node has no window to raise.
    FakeAccess headless;
    ControlServer other(&headless);
    QVERIFY(other.listen(m_dir->filePath(QStringLiteral("other.sock"))));
    const auto second = attach(other.socketPath(), QStringLiteral("gui"));
    QVERIFY(second);
    NodeAccess::Reply reply;
    bool answered = false;
    second->raiseWindow([&](const NodeAccess::Reply &r) { reply = r, answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY(!reply.ok);
    QCOMPARE(reply.error, QStringLiteral("this node has no window"));
}

void TestControlServer::nodeGoingAwayAnswersWaitingCommands()
{
    auto access = std::make_unique<FakeAccess>();
    auto server = std::make_unique<ControlServer>(access.get());
    QVERIFY(server->listen(m_path));
    const auto client = attach(m_path, QStringLiteral("c"));
    QVERIFY(client);
    QSignalSpy lost(client.get(), &NodeAccess::nodeLost);
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kWaitMs);
    NodeAccess::Reply reply;
    bool answered = false;
    client->declineRequest(QUuid::createUuid(), {},
                           [&](const NodeAccess::Reply &r) { reply = r, answered = true; });
    QVERIFY(!answered); // never from within the call
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY(!reply.ok);
}

QTEST_GUILESS_MAIN(TestControlServer)
#include "tst_controlserver.moc"
