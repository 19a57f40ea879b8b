// Several Spacedrop transfers at once (docs/PROTOCOL.md §13, §13.5): many senders, many
// receivers, both directions on one connection, a Ping beside a big transfer, and the cap on
// offers waiting for an answer.
#include "net/operations/pingclient.h"
#include "tests/support/errorcode.h"
#include "tests/support/rawspacedropsender.h"
#include "tests/support/spacedroppeer.h"
#include "tests/support/testnode.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

class TestSpacedropMulti : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twoSendersToOneReceiver();
    void oneSenderToThreeReceivers();
    void bothDirectionsAtOnce();
    void pingAnswersDuringABigTransfer();
    void offersBeyondThePendingCapAreRefused();

private:
    SpacedropPeer &peer(const QString &name);
    QString source(const QString &relative) const { return m_source->filePath(relative); }
    static bool allCompleted(const QList<std::pair<SpacedropPeer *, QUuid>> &transfers);

    std::vector<std::unique_ptr<SpacedropPeer>> m_peers;
    std::unique_ptr<QTemporaryDir> m_source;
};

void TestSpacedropMulti::init()
{
    m_source = std::make_unique<QTemporaryDir>();
}

void TestSpacedropMulti::cleanup()
{
    m_peers.clear();
    m_source.reset();
}

// A new peer that accepts everything (the tests here are about concurrency, not consent).
SpacedropPeer &TestSpacedropMulti::peer(const QString &name)
{
    m_peers.push_back(std::make_unique<SpacedropPeer>(name));
    m_peers.back()->service->policy().setAcceptAll(true);
    return *m_peers.back();
}

bool TestSpacedropMulti::allCompleted(const QList<std::pair<SpacedropPeer *, QUuid>> &transfers)
{
    const bool done = Test::waitUntil(
        [&] {
            for (const auto &[p, id] : transfers) {
                if (isFinalState(p->info(id).state))
                    continue;
                return false;
            }
            return true;
        },
        30'000);
    for (const auto &[p, id] : transfers) {
        if (p->info(id).state != TransferState::Completed) {
            qWarning("%s: %s is %s (%s)", qPrintable(p->name), qPrintable(id.toString()),
                     qPrintable(Net::transferStateName(p->info(id).state)),
                     qPrintable(p->info(id).error.toString()));
            return false;
        }
    }
    return done;
}

void TestSpacedropMulti::twoSendersToOneReceiver()
{
    SpacedropPeer &a = peer(QStringLiteral("a"));
    SpacedropPeer &b = peer(QStringLiteral("b"));
    SpacedropPeer &c = peer(QStringLiteral("c"));
    QVERIFY(Test::linkPeers(a, c));
    QVERIFY(Test::linkPeers(b, c));
    QVERIFY(Test::writeFile(source(QStringLiteral("fromA/x.bin")), 24 << 20, 1));
    QVERIFY(Test::writeFile(source(QStringLiteral("fromA/sub/y.bin")), 100'000, 2));
    QVERIFY(Test::writeFile(source(QStringLiteral("fromB/z.bin")), 20 << 20, 3));
    const QUuid fromA = a.service->sendFiles(c.id(), c.name, {source(QStringLiteral("fromA"))});
    const QUuid fromB = b.service->sendFiles(c.id(), c.name, {source(QStringLiteral("fromB"))});
    QVERIFY(allCompleted({{&a, fromA}, {&b, fromB}, {&c, fromA}, {&c, fromB}}));
    for (const QString &top : {QStringLiteral("fromA"), QStringLiteral("fromB")})
        QVERIFY(Test::sameTree(source(top), c.downloads.filePath(top)));
}

void TestSpacedropMulti::oneSenderToThreeReceivers()
{
    SpacedropPeer &a = peer(QStringLiteral("a"));
    QList<QPair<Net::RemoteIdentity, QString>> targets;
    QList<SpacedropPeer *> receivers;
    for (const QString &name : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}) {
        SpacedropPeer &r = peer(name);
        QVERIFY(Test::linkPeers(a, r));
        targets.append({r.id(), name});
        receivers.append(&r);
    }
    QVERIFY(Test::writeFile(source(QStringLiteral("album/one.bin")), 12 << 20, 1));
    QVERIFY(Test::writeFile(source(QStringLiteral("album/two.bin")), 300'000, 2));
    const QList<QUuid> ids = a.service->sendFilesToMany(targets, {source(QStringLiteral("album"))});
    QCOMPARE(ids.size(), 3);
    QList<std::pair<SpacedropPeer *, QUuid>> all;
    for (int i = 0; i < 3; ++i)
        all << std::pair{&a, ids[i]} << std::pair{receivers[i], ids[i]};
    QVERIFY(allCompleted(all));
    for (SpacedropPeer *r : receivers)
        QVERIFY(Test::sameTree(m_source->path(), r->downloadsPath()));
}

void TestSpacedropMulti::bothDirectionsAtOnce()
{
    SpacedropPeer &a = peer(QStringLiteral("a"));
    SpacedropPeer &b = peer(QStringLiteral("b"));
    QVERIFY(Test::linkPeers(a, b));
    QVERIFY(Test::writeFile(source(QStringLiteral("a/toB.bin")), 24 << 20, 1));
    QVERIFY(Test::writeFile(source(QStringLiteral("b/toA.bin")), 24 << 20, 2));
    const QUuid ab = a.service->sendFiles(b.id(), b.name, {source(QStringLiteral("a/toB.bin"))});
    const QUuid ba = b.service->sendFiles(a.id(), a.name, {source(QStringLiteral("b/toA.bin"))});
    QVERIFY(allCompleted({{&a, ab}, {&b, ab}, {&a, ba}, {&b, ba}}));
    QVERIFY(Test::sameTree(source(QStringLiteral("a")), b.downloadsPath()));
    QVERIFY(Test::sameTree(source(QStringLiteral("b")), a.downloadsPath()));
}

// Streams share the connection fairly: a Ping (either way) is not queued behind megabytes.
void TestSpacedropMulti::pingAnswersDuringABigTransfer()
{
    SpacedropPeer &a = peer(QStringLiteral("a"));
    SpacedropPeer &b = peer(QStringLiteral("b"));
    QVERIFY(Test::linkPeers(a, b));
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), 256 << 20));
    const QUuid id = a.service->sendFiles(b.id(), b.name, {source(QStringLiteral("big.bin"))});
    QVERIFY(Test::waitUntil([&] { return b.info(id).doneBytes > (8 << 20); }, 10'000));
    for (SpacedropPeer *from : {&a, &b}) {
        SpacedropPeer *to = from == &a ? &b : &a;
        Net::PingClient ping(from->node.get());
        QSignalSpy done(&ping, &Net::PingClient::finished);
        ping.ping(to->id());
        QVERIFY(Test::waitUntil([&] { return !done.isEmpty(); }, 5'000));
        const auto error = done[0][3].value<Net::Error>();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        qInfo("ping %s -> %s: %.2f ms, transfer %s at %llu MiB", qPrintable(from->name),
              qPrintable(to->name), done[0][2].toLongLong() / 1000.0,
              qPrintable(Net::transferStateName(b.info(id).state)), b.info(id).doneBytes >> 20);
    }
    QVERIFY(allCompleted({{&a, id}, {&b, id}}));
}

// §13.5: at most 4 offers from one sender wait for an answer; a fifth is refused before it is
// read (RESET TooManyStreams: the sender retries later) and the receiver carries on.
void TestSpacedropMulti::offersBeyondThePendingCapAreRefused()
{
    SpacedropPeer &a = peer(QStringLiteral("a"));
    SpacedropPeer &b = peer(QStringLiteral("b"));
    b.service->policy().setAcceptAll(false);
    QVERIFY(Test::linkPeers(a, b));
    QSignalSpy requests(b.service.get(), &Net::SpacedropService::requestReceived);
    QSet<QUuid> refused;
    QObject context;
    connect(a.service.get(), &Net::SpacedropService::transferChanged, &context,
            [&](const Net::TransferInfo &info) {
                if (info.state == TransferState::Interrupted
                    && info.error.code == Net::ErrorCode::TooManyStreams)
                    refused.insert(info.id);
            });
    QList<QUuid> ids;
    for (int i = 0; i < 5; ++i) {
        const QString path = source(QStringLiteral("f%1.txt").arg(i));
        QVERIFY(Test::writeFile(path, 1000 + i, quint32(i)));
        ids.append(a.service->sendFiles(b.id(), b.name, {path}));
    }
    QVERIFY(QTest::qWaitFor([&] { return requests.size() == 4 && !refused.isEmpty(); }, 5'000));
    QCOMPARE(refused.size(), 1);
    const QUuid fifth = *refused.begin();
    QCOMPARE(b.service->pendingRequests().size(), 4);
    QVERIFY(b.info(fifth).id.isNull()); // never shown on the receiver
    // Answering the four makes room: the fifth's retry is asked about and goes through.
    for (const QUuid &id : ids) {
        if (id != fifth)
            QVERIFY(b.service->declineRequest(id));
    }
    QVERIFY(requests.wait(5'000));
    QCOMPARE(requests.last().first().value<Net::IncomingRequest>().id, fifth);
    QVERIFY(b.service->acceptRequest(fifth));
    QVERIFY(allCompleted({{&a, fifth}, {&b, fifth}}));
    QVERIFY(a.info(fifth).attempts >= 2);
    for (const QUuid &id : ids) {
        if (id != fifth)
            QVERIFY(Test::waitForState(a, id, TransferState::Declined));
    }
}

QTEST_GUILESS_MAIN(TestSpacedropMulti)
#include "tst_spacedropmulti.moc"
