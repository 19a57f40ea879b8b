// Spacedrop transfers that must fail cleanly (docs/PROTOCOL.md §13.2–§13.5): a sender breaking the
// rules, offers over the limits, a full disk, sources changing under the sender, a stalled sender;
// and the edge sizes (empty files only, a file over 4 GiB).
#include "tests/support/errorcode.h"
#include "tests/support/rawspacedropsender.h"
#include "tests/support/spacedroppeer.h"
#include "tests/support/testnode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <functional>

#include <sys/stat.h>

using namespace Ferry;
using Net::ErrorCode;
using Net::TransferState;
using Test::RawSpacedropSender;
using Test::SpacedropPeer;

// What a broken sender does after its (correct) offer of files a and b, and after ACCEPT.
using Script
    = std::function<void(RawSpacedropSender &raw, const QByteArray &a, const QByteArray &b)>;
Q_DECLARE_METATYPE(Script)

class TestSpacedropFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void brokenSenderIsRefused_data();
    void brokenSenderIsRefused();
    void hostilePathIsRefusedBeforeAsking_data();
    void hostilePathIsRefusedBeforeAsking();
    void offerOverTheCapsIsDeclinedTooLarge_data();
    void offerOverTheCapsIsDeclinedTooLarge();
    void insufficientSpaceDeclines();
    void diskFullDuringTransferFailsBothSides();
    void sourceChangedWhileSendingFails_data();
    void sourceChangedWhileSendingFails();
    void stalledSenderInterruptsAndKeepsPart();
    void zeroLengthFilesOnly();
    void fileOver4GiBArrivesIntact();

private:
    void expectReceiverHealthy();
    QString source(const QString &relative) const { return m_source->filePath(relative); }

    std::unique_ptr<SpacedropPeer> a;
    std::unique_ptr<SpacedropPeer> b;
    std::unique_ptr<QTemporaryDir> m_source;
};

void TestSpacedropFailures::init()
{
    m_source = std::make_unique<QTemporaryDir>();
    a = std::make_unique<SpacedropPeer>(QStringLiteral("sender"));
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"));
    QVERIFY(Test::linkPeers(*a, *b));
}

void TestSpacedropFailures::cleanup()
{
    a.reset();
    b.reset();
    m_source.reset();
}

// After a broken sender, a well-behaved one still gets a file through to the same receiver.
void TestSpacedropFailures::expectReceiverHealthy()
{
    SpacedropPeer other(QStringLiteral("friend"));
    QVERIFY(Test::connectNodes(*other.node, *b->node));
    b->service->policy().setAcceptFrom({other.id()});
    QVERIFY(Test::writeFile(source(QStringLiteral("friend/hello.txt")), 70'000, 9));
    const QUuid id = other.service->sendFiles(b->id(), QStringLiteral("receiver"),
                                              {source(QStringLiteral("friend/hello.txt"))});
    QVERIFY(Test::waitForState(other, id, TransferState::Completed));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QFile received(b->downloads.filePath(QStringLiteral("hello.txt")));
    QVERIFY(received.open(QIODevice::ReadOnly));
    QFile sent(source(QStringLiteral("friend/hello.txt")));
    QVERIFY(sent.open(QIODevice::ReadOnly));
    QCOMPARE(received.readAll(), sent.readAll());
}

void TestSpacedropFailures::brokenSenderIsRefused_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<bool>("beforeAccept"); // the script runs right after the offer
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("left"); // what stays in the destination
    const auto row
        = [](const char *name, ErrorCode code, Script script, bool early = false,
             QStringList left = {}) { QTest::newRow(name) << script << early << code << left; };
    using R = RawSpacedropSender;
    using B = const QByteArray;
    row("wrong digest", ErrorCode::IntegrityMismatch, [](R &raw, B &a, B &b) {
        raw.sendChunks(0, 0, a);
        raw.sendFileEnd(0, Test::sha256(b));
    });
    row("more bytes than declared", ErrorCode::SizeMismatch,
        [](R &raw, B &a, B &) { raw.sendChunks(0, 0, a + 'x'); });
    row("fewer bytes than declared", ErrorCode::SizeMismatch, [](R &raw, B &a, B &) {
        raw.sendChunks(0, 0, a.chopped(1));
        raw.sendFileEnd(0, Test::sha256(a.chopped(1)));
    });
    // The first file was complete and verified: it stays (§13.3).
    row("FIN before every file", ErrorCode::SizeMismatch,
        [](R &raw, B &a, B &) {
            raw.sendChunks(0, 0, a);
            raw.sendFileEnd(0, Test::sha256(a));
            raw.finish();
        },
        false, {QStringLiteral("a.bin")});
    row("CHUNK for the wrong file", ErrorCode::MalformedMessage,
        [](R &raw, B &, B &b) { raw.sendChunks(1, 0, b); });
    row("CHUNK at a wrong offset", ErrorCode::MalformedMessage, [](R &raw, B &a, B &) {
        raw.sendChunks(0, 0, a.first(1000));
        raw.sendChunks(0, 5000, a.sliced(5000, 1000));
    });
    row("first CHUNK not at 0", ErrorCode::MalformedMessage,
        [](R &raw, B &a, B &) { raw.sendChunks(0, 100, a.sliced(100)); });
    row("FILE_END for the wrong file", ErrorCode::MalformedMessage, [](R &raw, B &a, B &b) {
        raw.sendChunks(0, 0, a);
        raw.sendFileEnd(1, Test::sha256(b));
    });
    row(
        "CHUNK before ACCEPT", ErrorCode::MalformedMessage,
        [](R &raw, B &a, B &) { raw.sendChunks(0, 0, a); }, true);
    row("unknown kind", ErrorCode::MalformedMessage,
        [](R &raw, B &, B &) { raw.send(QByteArray::fromHex("7f00")); });
    row("a receiver's kind (DONE)", ErrorCode::MalformedMessage, [](R &raw, B &, B &) {
        raw.send(Net::Spacedrop::encodeSignal(Net::Spacedrop::Kind::Done));
    });
}

void TestSpacedropFailures::brokenSenderIsRefused()
{
    QFETCH(Script, script);
    QFETCH(bool, beforeAccept);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, left);
    // Before ACCEPT: a person is asked, so that no ACCEPT can race the script.
    b->service->policy().setAcceptAll(!beforeAccept);
    RawSpacedropSender raw;
    QVERIFY(Test::connectNodes(*raw.node, *b->node));
    const QByteArray fileA = Test::randomBytes(300'000, 1);
    const QByteArray fileB = Test::randomBytes(200'000, 2);
    const QUuid id = raw.offer(b->id(),
                               {Test::fileEntry(QStringLiteral("a.bin"), fileA.size()),
                                Test::fileEntry(QStringLiteral("b.bin"), fileB.size())});
    if (!beforeAccept)
        QVERIFY(raw.waitForAccept().has_value());
    script(raw, fileA, fileB);
    QVERIFY(raw.waitClosed());
    QCOMPARE(raw.closeError()->code, code);
    QVERIFY(raw.closeError()->remote);
    QVERIFY(Test::waitForState(*b, id, TransferState::Failed));
    QCOMPARE(b->info(id).error.code, code);
    QCOMPARE(Test::listTree(b->downloadsPath()), left); // no .part, no unverified file
    expectReceiverHealthy();
}

void TestSpacedropFailures::hostilePathIsRefusedBeforeAsking_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << QStringLiteral("../x");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("climbing out") << QStringLiteral("a/../../b");
    QTest::newRow("empty component") << QStringLiteral("a//b");
    QTest::newRow("control character") << QStringLiteral("a\nb");
}

void TestSpacedropFailures::hostilePathIsRefusedBeforeAsking()
{
    QFETCH(QString, path);
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    RawSpacedropSender raw;
    QVERIFY(Test::connectNodes(*raw.node, *b->node));
    raw.offer(b->id(), {Test::fileEntry(QStringLiteral("fine.txt"), 3), Test::fileEntry(path, 5)});
    QVERIFY(raw.waitClosed());
    QCOMPARE(raw.closeError()->code, ErrorCode::MalformedMessage);
    QVERIFY(raw.closeError()->remote);
    QVERIFY(requests.isEmpty());
    QVERIFY(b->service->transfers().isEmpty());
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty());
    expectReceiverHealthy();
}

void TestSpacedropFailures::offerOverTheCapsIsDeclinedTooLarge_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<qint64>("fileSize");
    QTest::newRow("entries") << 11 << qint64(10); // 12 entries with the folder
    QTest::newRow("total bytes") << 1 << qint64((1 << 20) + 1);
}

void TestSpacedropFailures::offerOverTheCapsIsDeclinedTooLarge()
{
    QFETCH(int, files);
    QFETCH(qint64, fileSize);
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.spacedropMaxEntries = 10;
    config.spacedropMaxTotalBytes = 1 << 20;
    b = std::make_unique<SpacedropPeer>(QStringLiteral("small receiver"), config);
    QVERIFY(Test::linkPeers(*a, *b));
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    for (int i = 0; i < files; ++i)
        QVERIFY(Test::writeFile(source(QStringLiteral("many/f%1.bin").arg(i)), fileSize, i));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("many"))});
    QVERIFY(Test::waitForState(*a, id, TransferState::Declined));
    QCOMPARE(a->info(id).declineReason, int(Net::Spacedrop::DeclineReason::TooLarge));
    qInfo("declined: %s", qPrintable(a->info(id).error.detail));
    QVERIFY(requests.isEmpty());
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty());
}

void TestSpacedropFailures::insufficientSpaceDeclines()
{
    Test::ScopedTmpfs small(16 << 20);
    if (!small.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: ") + small.error()));
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), 64 << 20));
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    QVERIFY(requests.wait(10'000));
    QString error;
    QVERIFY(!b->service->acceptRequest(id, small.path(), &error));
    qInfo("refused: %s", qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("space")));
    QVERIFY(Test::waitForState(*a, id, TransferState::Declined));
    QCOMPARE(a->info(id).declineReason, int(Net::Spacedrop::DeclineReason::InsufficientSpace));
    QVERIFY(Test::listTree(small.path()).isEmpty());
}

void TestSpacedropFailures::diskFullDuringTransferFailsBothSides()
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.spacedropFreeSpaceMargin = 0;
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"), config);
    QVERIFY(Test::linkPeers(*a, *b));
    Test::ScopedTmpfs disk(48 << 20);
    if (!disk.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: ") + disk.error()));
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), 40 << 20));
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    QVERIFY(requests.wait(10'000));
    QVERIFY(b->service->acceptRequest(id, disk.path()));
    // ACCEPT leaves only once the event loop runs again: the disk fills before any data lands.
    QVERIFY(Test::writeFile(disk.filePath(QStringLiteral("filler")), 20 << 20));
    QVERIFY(Test::waitForState(*b, id, TransferState::Failed));
    QCOMPARE(b->info(id).error.code, ErrorCode::DiskFull);
    QVERIFY(Test::waitForState(*a, id, TransferState::Failed));
    QCOMPARE(a->info(id).error.code, ErrorCode::DiskFull);
    QVERIFY(a->info(id).error.remote);
    QCOMPARE(Test::listTree(disk.path()), QStringList{QStringLiteral("filler")});
}

void TestSpacedropFailures::sourceChangedWhileSendingFails_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("grown") << QStringLiteral("grow");
    QTest::newRow("modified time") << QStringLiteral("touch");
    QTest::newRow("next file deleted") << QStringLiteral("delete next");
    // §13.3: "or vanished, while it was sent", also when the open file is unlinked.
    QTest::newRow("file deleted while sent") << QStringLiteral("delete");
}

void TestSpacedropFailures::sourceChangedWhileSendingFails()
{
    QFETCH(QString, change);
    b->service->policy().setAcceptAll(true);
    const QString big = source(QStringLiteral("set/1-big.bin"));
    const QString next = source(QStringLiteral("set/2-next.bin"));
    QVERIFY(Test::writeFile(big, 64 << 20));
    QVERIFY(Test::writeFile(next, 1000));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("set"))});
    // Held in the middle of the first file by the receiver's pause.
    QVERIFY(QTest::qWaitFor([&] { return b->info(id).doneBytes > 0; }, 10'000));
    QVERIFY(b->service->pauseTransfer(id));
    QVERIFY(Test::waitForState(*a, id, TransferState::Paused));
    if (change == QLatin1String("grow")) {
        QFile file(big);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write("more"), 4);
    } else if (change == QLatin1String("touch")) {
        QFile file(big);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
    } else {
        QVERIFY(QFile::remove(change == QLatin1String("delete") ? big : next));
    }
    QVERIFY(b->service->resumeTransfer(id));
    QVERIFY(Test::waitUntil([&] { return isFinalState(a->info(id).state); }, 20'000));
    QCOMPARE(a->info(id).state, TransferState::Failed);
    QCOMPARE(a->info(id).error.code, ErrorCode::SourceChanged);
    qInfo("sender: %s", qPrintable(a->info(id).error.toString()));
    QVERIFY(Test::waitForState(*b, id, TransferState::Failed));
    QCOMPARE(b->info(id).error.code, ErrorCode::SourceChanged);
    QVERIFY(b->info(id).error.remote);
    QVERIFY(!Test::hasPartFiles(b->downloadsPath()));
}

// A sender that goes quiet after ACCEPT without pausing: the receiver gives up after the stall
// timeout, as an interruption (resumable), keeping what it has.
void TestSpacedropFailures::stalledSenderInterruptsAndKeepsPart()
{
    b->service->policy().setAcceptAll(true);
    RawSpacedropSender raw;
    QVERIFY(Test::connectNodes(*raw.node, *b->node));
    const QByteArray data = Test::randomBytes(1 << 20, 5);
    const QUuid id = raw.offer(b->id(), {Test::fileEntry(QStringLiteral("slow.bin"), data.size())});
    QVERIFY(raw.waitForAccept().has_value());
    raw.sendChunks(0, 0, data.first(300'000));
    QVERIFY(QTest::qWaitFor([&] { return b->info(id).doneBytes == 300'000; }));
    QElapsedTimer quiet;
    quiet.start();
    const qint64 stall = b->node->config().spacedropStallTimeout.count();
    QVERIFY(Test::waitForState(*b, id, TransferState::Interrupted, int(stall) + 3'000));
    qInfo("interrupted after %lld ms of silence", quiet.elapsed());
    QVERIFY(quiet.elapsed() >= stall / 2); // not at once: only after the silence
    QCOMPARE(b->info(id).error.code, ErrorCode::Timeout);
    QVERIFY(raw.waitClosed());
    QCOMPARE(raw.closeError()->code, ErrorCode::Timeout);
    const QFileInfo part(b->downloads.filePath(QStringLiteral("slow.bin.part")));
    QVERIFY(part.exists());
    QCOMPARE(part.size(), 300'000);
    QVERIFY(!QFileInfo::exists(b->downloads.filePath(QStringLiteral("slow.bin"))));
}

void TestSpacedropFailures::zeroLengthFilesOnly()
{
    b->service->policy().setAcceptAll(true);
    for (int i = 0; i < 3; ++i)
        QVERIFY(Test::writeFile(source(QStringLiteral("empty/e%1.txt").arg(i)), 0));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("empty"))});
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QCOMPARE(b->info(id).totalBytes, quint64(0));
    QCOMPARE(b->info(id).filesDone, 3);
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

// Offsets and sizes above 32 bits; the all-zero stretches stay holes on the receiver.
void TestSpacedropFailures::fileOver4GiBArrivesIntact()
{
    b->service->policy().setAcceptAll(true);
    const qint64 size = (qint64(4) << 30) + (1 << 20);
    const QString path = source(QStringLiteral("huge.img"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size));
        for (const qint64 at : {qint64(0), qint64(3) << 30, (qint64(4) << 30) - 7, size - 4096}) {
            QVERIFY(file.seek(at));
            QCOMPARE(file.write(Test::randomBytes(4096, quint32(at >> 12))), 4096);
        }
    }
    QElapsedTimer timer;
    timer.start();
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"), {path});
    QVERIFY(Test::waitUntil([&] { return isFinalState(b->info(id).state); }, 240'000));
    QCOMPARE(b->info(id).state, TransferState::Completed);
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    qInfo("4 GiB + 1 MiB in %.1f s: %.0f MB/s", timer.elapsed() / 1000.0,
          double(size) / 1e3 / double(std::max<qint64>(timer.elapsed(), 1)));
    const QString received = b->downloads.filePath(QStringLiteral("huge.img"));
    QCOMPARE(QFileInfo(received).size(), size);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(received).constData(), &st), 0);
    qInfo("%lld bytes on disk", qint64(st.st_blocks) * 512);
    QVERIFY(qint64(st.st_blocks) * 512 < (64 << 20)); // holes, not 4 GiB of zeros
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

QTEST_GUILESS_MAIN(TestSpacedropFailures)
#include "tst_spacedropfailures.moc"
