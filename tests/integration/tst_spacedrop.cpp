// Spacedrop between two real nodes over TLS on loopback (docs/PROTOCOL.md §13): offers, answers,
// files and folders arriving intact, pause, resume and cancel from either side.
#include "net/operations/spacedrop/spacedropmessage.h"
#include "tests/support/spacedroppeer.h"
#include "tests/support/testnode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

class TestSpacedrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void singleFileArrivesIntact();
    void foldersKeepTheirTreeWithEmptyOnes();
    void manySmallFiles();
    void declineReachesTheSender();
    void unansweredOfferTimesOut();
    void policyAcceptsKnownSender();
    void existingFileIsNeverOverwritten();
    void senderCancelsMidTransfer();
    void receiverCancelsMidTransfer();
    void pauseHoldsAndResumeCompletes();

private:
    QUuid sendAndAccept(const QStringList &paths);
    QString source(const QString &relative) const { return m_source->filePath(relative); }

    std::unique_ptr<SpacedropPeer> a;
    std::unique_ptr<SpacedropPeer> b;
    std::unique_ptr<QTemporaryDir> m_source;
};

void TestSpacedrop::init()
{
    m_source = std::make_unique<QTemporaryDir>();
    a = std::make_unique<SpacedropPeer>(QStringLiteral("sender"));
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"));
    QVERIFY(Test::linkPeers(*a, *b));
}

void TestSpacedrop::cleanup()
{
    a.reset();
    b.reset();
}

QUuid TestSpacedrop::sendAndAccept(const QStringList &paths)
{
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"), paths);
    if (!requests.wait(10'000)) {
        qWarning("no request arrived");
        return {};
    }
    const auto request = requests.first().first().value<Net::IncomingRequest>();
    if (request.id != id || request.sender != a->id()) {
        qWarning("the request does not match the send");
        return {};
    }
    QString error;
    if (!b->service->acceptRequest(id, {}, &error)) {
        qWarning("accept failed: %s", qPrintable(error));
        return {};
    }
    return id;
}

void TestSpacedrop::singleFileArrivesIntact()
{
    const QString path = source(QStringLiteral("photo.jpg"));
    QVERIFY(Test::writeFile(path, 3 * (1 << 20) + 5));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
    const QDateTime mtime = QDateTime::fromMSecsSinceEpoch(1'600'000'000'123);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    const QUuid id = sendAndAccept({path});
    QVERIFY(!id.isNull());
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));

    const QString received = b->downloads.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
    QCOMPARE(QFileInfo(received).lastModified().toMSecsSinceEpoch(), mtime.toMSecsSinceEpoch());
    QVERIFY(QFileInfo(received).isExecutable());
    const Net::TransferInfo sent = a->info(id);
    QCOMPARE(sent.doneBytes, sent.totalBytes);
    QCOMPARE(sent.totalBytes, quint64(3 * (1 << 20) + 5));
    QCOMPARE(b->info(id).filesDone, 1);
    QCOMPARE(b->info(id).peerName, QStringLiteral("sender"));
}

void TestSpacedrop::foldersKeepTheirTreeWithEmptyOnes()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("Holiday/day 1/a.bin")), 100'000, 1));
    QVERIFY(Test::writeFile(source(QStringLiteral("Holiday/day 1/empty.txt")), 0, 2));
    QVERIFY(Test::writeFile(source(QStringLiteral("Holiday/day 2/deep/b.bin")), 2'500'000, 3));
    QVERIFY(QDir().mkpath(source(QStringLiteral("Holiday/empty folder/empty inside"))));
    QVERIFY(Test::writeFile(source(QStringLiteral("notes.txt")), 0, 4));
    const QUuid id
        = sendAndAccept({source(QStringLiteral("Holiday")), source(QStringLiteral("notes.txt"))});
    QVERIFY(!id.isNull());
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
    QCOMPARE(a->info(id).topLevelCount, 2);
    QCOMPARE(a->info(id).fileCount, 4);
}

void TestSpacedrop::manySmallFiles()
{
    for (int i = 0; i < 2'000; ++i)
        QVERIFY(Test::writeFile(source(QStringLiteral("tree/d%1/f%2.txt").arg(i % 20).arg(i)),
                                i % 5 == 0 ? 0 : 100 + i, quint32(i)));
    const QUuid id = sendAndAccept({source(QStringLiteral("tree"))});
    QVERIFY(!id.isNull());
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed, 60'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
    QCOMPARE(b->info(id).filesDone, 2'000);
}

void TestSpacedrop::declineReachesTheSender()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.txt")), 10));
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    QSignalSpy closed(b->service.get(), &Net::SpacedropService::requestClosed);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("a.txt"))});
    QVERIFY(requests.wait(10'000));
    QVERIFY(b->service->declineRequest(id));
    QVERIFY(Test::waitForState(*a, id, TransferState::Declined));
    QCOMPARE(a->info(id).declineReason, int(Net::Spacedrop::DeclineReason::Declined));
    QCOMPARE(b->info(id).state, TransferState::Declined);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!b->service->declineRequest(id)); // decided once
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty());
}

void TestSpacedrop::unansweredOfferTimesOut()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.txt")), 10));
    QSignalSpy closed(b->service.get(), &Net::SpacedropService::requestClosed);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("a.txt"))});
    QVERIFY(Test::waitForState(*a, id, TransferState::Declined, 10'000));
    QCOMPARE(a->info(id).declineReason, int(Net::Spacedrop::DeclineReason::TimedOut));
    QCOMPARE(closed.size(), 1);
    QString error;
    QVERIFY(!b->service->acceptRequest(id, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestSpacedrop::policyAcceptsKnownSender()
{
    b->service->policy().setAcceptFrom({a->id()});
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    QVERIFY(Test::writeFile(source(QStringLiteral("a.txt")), 1000));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("a.txt"))});
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(requests.isEmpty());
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

void TestSpacedrop::existingFileIsNeverOverwritten()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a.txt")), 1000, 1));
    QVERIFY(Test::writeFile(b->downloads.filePath(QStringLiteral("a.txt")), 7, 2));
    const QUuid id = sendAndAccept({source(QStringLiteral("a.txt"))});
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QCOMPARE(QFileInfo(b->downloads.filePath(QStringLiteral("a.txt"))).size(), 7);
    QCOMPARE(QFileInfo(b->downloads.filePath(QStringLiteral("a (1).txt"))).size(), 1000);
}

// Starts a 64 MiB send and pauses it from the receiver once data flows, so that the transfer
// is reliably in the middle.
static QUuid startAndHold(SpacedropPeer &a, SpacedropPeer &b, const QString &path)
{
    QSignalSpy requests(b.service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = a.service->sendFiles(b.id(), QStringLiteral("receiver"), {path});
    if (!requests.wait(10'000) || !b.service->acceptRequest(id))
        return {};
    if (!QTest::qWaitFor([&] { return b.info(id).doneBytes > 0; }, 10'000))
        return {};
    b.service->pauseTransfer(id);
    if (!Test::waitForState(a, id, TransferState::Paused))
        return {};
    return id;
}

void TestSpacedrop::senderCancelsMidTransfer()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), 64 << 20));
    const QUuid id = startAndHold(*a, *b, source(QStringLiteral("big.bin")));
    QVERIFY(!id.isNull());
    QVERIFY(a->service->cancelTransfer(id));
    QCOMPARE(a->info(id).state, TransferState::Cancelled);
    QVERIFY(Test::waitForState(*b, id, TransferState::Cancelled));
    QVERIFY(b->info(id).error.remote);
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty()); // no .part, no final file
}

void TestSpacedrop::receiverCancelsMidTransfer()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), 64 << 20));
    const QUuid id = startAndHold(*a, *b, source(QStringLiteral("big.bin")));
    QVERIFY(!id.isNull());
    QVERIFY(b->service->cancelTransfer(id));
    QCOMPARE(b->info(id).state, TransferState::Cancelled);
    QVERIFY(Test::waitForState(*a, id, TransferState::Cancelled));
    QCOMPARE(a->info(id).error.code, Net::ErrorCode::Cancelled);
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty());
}

void TestSpacedrop::pauseHoldsAndResumeCompletes()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), 64 << 20));
    const QUuid id = startAndHold(*a, *b, source(QStringLiteral("big.bin")));
    QVERIFY(!id.isNull());
    QVERIFY(Test::waitForState(*b, id, TransferState::Paused));
    QVERIFY(b->info(id).pausedHere);
    QVERIFY(a->info(id).pausedByPeer);
    // While paused, at most what was in flight (one stream window plus the sender's queue and
    // socket buffers) may still land; nothing beyond.
    const quint64 held = b->info(id).doneBytes;
    QVERIFY(!QTest::qWaitFor([&] { return b->info(id).doneBytes > held + (12 << 20); }, 600));
    QVERIFY(b->info(id).doneBytes < b->info(id).totalBytes);

    // The sender pauses too; the receiver resuming is then not enough.
    QVERIFY(a->service->pauseTransfer(id));
    QVERIFY(b->service->resumeTransfer(id));
    QVERIFY(Test::waitForState(*b, id, TransferState::Paused));
    QVERIFY(b->info(id).pausedByPeer);
    QVERIFY(a->service->resumeTransfer(id));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed, 30'000));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

QTEST_GUILESS_MAIN(TestSpacedrop)
#include "tst_spacedrop.moc"
