// Interrupted Spacedrop transfers (docs/PROTOCOL.md §13.3): a lost connection or a restarted
// service interrupts (never fails) a transfer; the receiver keeps its .part files and manifest,
// the sender retries by itself, and the retry continues from what the receiver holds.
#include "tests/support/errorcode.h"
#include "tests/support/rawspacedropsender.h"
#include "tests/support/spacedroppeer.h"
#include "tests/support/testnode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

namespace {
constexpr qint64 kBig = 64 << 20;
constexpr qint64 kKeepMs = 1'500;

// What a service reported about one transfer: its states, what it held when it was first
// interrupted (progress, and the size of its .part when part is set), and the lowest progress it
// showed during a later attempt (a resume never goes below what was held before).
struct Watch
{
    QString part;
    QList<TransferState> states;
    quint64 heldAtInterruption = 0;
    qint64 partAtInterruption = -1;
    quint64 lowestLater = std::numeric_limits<quint64>::max();

    bool interrupted() const { return states.contains(TransferState::Interrupted); }
    void follow(Net::SpacedropService *service, const QUuid &id, QObject *context)
    {
        QObject::connect(service, &Net::SpacedropService::transferChanged, context,
                         [this, id](const Net::TransferInfo &info) {
                             if (info.id == id)
                                 note(info);
                         });
    }
    void note(const Net::TransferInfo &info)
    {
        if (info.state == TransferState::Interrupted && !interrupted()) {
            heldAtInterruption = info.doneBytes;
            partAtInterruption = part.isEmpty() ? -1 : QFileInfo(part).size();
        }
        if (states.isEmpty() || states.last() != info.state)
            states.append(info.state);
        if (info.attempts >= 2 && info.doneBytes > 0)
            lowestLater = std::min(lowestLater, info.doneBytes);
    }
};
} // namespace

class TestSpacedropResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lostConnectionResumesWhereItStopped_data();
    void lostConnectionResumesWhereItStopped();
    void receiverServiceRestartResumes();
    void senderServiceRestartResumes();
    void pauseSurvivesAnInterruption_data();
    void pauseSurvivesAnInterruption();
    void senderPausedBeforeTheAnswerStaysPaused();
    void cancellingInterruptedIncomingRemovesItsFiles_data();
    void cancellingInterruptedIncomingRemovesItsFiles();
    void changedPrefixRestartsTheFile();
    void retryFromAnotherDeviceIsDeclined();
    void receiverGivesUpWhatNobodyResumes_data();
    void receiverGivesUpWhatNobodyResumes();
    void senderGivesUpAnUnreachableDevice();

private:
    void useShortKeep(); // peers that give an interrupted transfer up after kKeepMs
    QUuid sendBig();
    QUuid sendAndHold();
    QString source(const QString &relative) const { return m_source->filePath(relative); }
    QString part() const { return b->downloads.filePath(QStringLiteral("big.bin.part")); }

    std::unique_ptr<SpacedropPeer> a;
    std::unique_ptr<SpacedropPeer> b;
    std::unique_ptr<QTemporaryDir> m_source;
    std::unique_ptr<QObject> m_context; // of the watches' connections
};

void TestSpacedropResume::init()
{
    m_source = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<QObject>();
    a = std::make_unique<SpacedropPeer>(QStringLiteral("sender"));
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"));
    QVERIFY(Test::linkPeers(*a, *b));
    b->service->policy().setAcceptAll(true);
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
}

void TestSpacedropResume::cleanup()
{
    m_context.reset();
    a.reset();
    b.reset();
    m_source.reset();
}

// Starts the send and returns once the receiver holds a good part of it (well past the data in
// flight, so that a restart from 0 would show in the progress).
QUuid TestSpacedropResume::sendBig()
{
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    if (!Test::waitUntil([&] { return b->info(id).doneBytes > quint64(kBig / 3); }, 20'000)
        || b->info(id).state != TransferState::Running)
        return {};
    return id;
}

// Starts the send and pauses it from the receiver once data flows.
QUuid TestSpacedropResume::sendAndHold()
{
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    if (!QTest::qWaitFor([&] { return b->info(id).doneBytes > 0; }, 10'000))
        return {};
    b->service->pauseTransfer(id);
    return Test::waitForState(*a, id, TransferState::Paused) ? id : QUuid();
}

void TestSpacedropResume::lostConnectionResumesWhereItStopped_data()
{
    QTest::addColumn<bool>("receiverDrops");
    QTest::newRow("sender drops") << false;
    QTest::newRow("receiver drops") << true;
}

void TestSpacedropResume::lostConnectionResumesWhereItStopped()
{
    QFETCH(bool, receiverDrops);
    Watch sent;
    Watch received{part()};
    const QUuid id = sendBig();
    QVERIFY(!id.isNull());
    sent.follow(a->service.get(), id, m_context.get());
    received.follow(b->service.get(), id, m_context.get());
    if (receiverDrops)
        b->node->disconnectPeer(a->id());
    else
        a->node->disconnectPeer(b->id());
    // The receiver learns at once when it drops; otherwise when the GOAWAY arrives.
    QVERIFY(Test::waitUntil([&] { return received.interrupted(); }, 5'000));
    const quint64 held = received.heldAtInterruption;
    QVERIFY(held > 0);
    QVERIFY(received.partAtInterruption >= qint64(held)); // kept, with at least that
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
    QVERIFY(sent.interrupted());
    QVERIFY(!sent.states.contains(TransferState::Failed));
    QVERIFY(!received.states.contains(TransferState::Failed));
    QCOMPARE(a->info(id).attempts, 2);
    QCOMPARE(b->info(id).attempts, 2);
    // The receiver wrote what it held, then the rest: nothing twice beyond what was in flight.
    qInfo("held %llu of %lld bytes at the interruption; the retry showed %llu at least", held, kBig,
          received.lowestLater);
    QVERIFY(received.lowestLater >= held); // resumed, not restarted
}

void TestSpacedropResume::receiverServiceRestartResumes()
{
    Watch sent;
    const QUuid id = sendBig();
    QVERIFY(!id.isNull());
    sent.follow(a->service.get(), id, m_context.get());
    b->restartService();
    QCOMPARE(b->info(id).state, TransferState::Interrupted); // restored from its manifest
    const qint64 held = QFileInfo(part()).size();
    QVERIFY(held > 0);
    Watch received;
    received.follow(b->service.get(), id, m_context.get());
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
    QVERIFY(sent.states.contains(TransferState::Interrupted));
    QVERIFY(!sent.states.contains(TransferState::Failed));
    QVERIFY(received.lowestLater >= quint64(held));
}

void TestSpacedropResume::senderServiceRestartResumes()
{
    const QUuid id = sendAndHold();
    QVERIFY(!id.isNull());
    QVERIFY(b->service->resumeTransfer(id)); // sending again when the old service goes
    a->restartService();
    QCOMPARE(a->info(id).state, TransferState::Interrupted); // restored from its manifest
    QVERIFY(Test::waitForState(*b, id, TransferState::Interrupted));
    QVERIFY(QFileInfo::exists(part()));
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

void TestSpacedropResume::pauseSurvivesAnInterruption_data()
{
    QTest::addColumn<bool>("receiverPauses");
    QTest::newRow("paused by the receiver") << true;
    QTest::newRow("paused by the sender") << false;
}

// Each side's paused flag is its user's choice (§13.2): a retry on a new stream keeps it, and
// both sides agree on it, so that nothing flows and neither side's stall timeout fires.
void TestSpacedropResume::pauseSurvivesAnInterruption()
{
    QFETCH(bool, receiverPauses);
    SpacedropPeer &pauser = receiverPauses ? *b : *a;
    SpacedropPeer &other = receiverPauses ? *a : *b;
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    QVERIFY(QTest::qWaitFor([&] { return b->info(id).doneBytes > 0; }, 10'000));
    QVERIFY(pauser.service->pauseTransfer(id));
    QVERIFY(Test::waitForState(other, id, TransferState::Paused));
    a->node->disconnectPeer(b->id());
    QVERIFY(Test::waitForState(*a, id, TransferState::Interrupted));
    QVERIFY(QTest::qWaitFor([&] { return a->info(id).attempts == 2; }, 5'000));
    QVERIFY(Test::waitForState(pauser, id, TransferState::Paused, 3'000));
    QVERIFY(pauser.info(id).pausedHere);
    QVERIFY(Test::waitForState(other, id, TransferState::Paused, 3'000));
    QVERIFY(other.info(id).pausedByPeer);
    // Past the stall timeout, still paused, nothing more arrived than was in flight.
    const quint64 held = b->info(id).doneBytes;
    const int stall = int(a->node->config().spacedropStallTimeout.count());
    QVERIFY(
        !QTest::qWaitFor([&] { return a->info(id).state != TransferState::Paused; }, stall + 500));
    QCOMPARE(b->info(id).state, TransferState::Paused);
    QVERIFY(b->info(id).doneBytes <= held + (12 << 20));
    QVERIFY(pauser.service->resumeTransfer(id));
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

// A pause made while the offer waits for its answer holds once the answer is ACCEPT; the
// receiver is told, so that its stall timeout does not interrupt the transfer again and again.
void TestSpacedropResume::senderPausedBeforeTheAnswerStaysPaused()
{
    b->service->policy().setAcceptAll(false);
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    QVERIFY(requests.wait(10'000));
    QVERIFY(a->service->pauseTransfer(id));
    QVERIFY(b->service->acceptRequest(id));
    QVERIFY(Test::waitForState(*a, id, TransferState::Paused, 3'000));
    QVERIFY(Test::waitForState(*b, id, TransferState::Paused, 3'000));
    QVERIFY(b->info(id).pausedByPeer);
    const int stall = int(a->node->config().spacedropStallTimeout.count());
    QVERIFY(
        !QTest::qWaitFor([&] { return b->info(id).state != TransferState::Paused; }, stall + 500));
    QCOMPARE(a->info(id).attempts, 1);
    QVERIFY(a->service->resumeTransfer(id));
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
}

void TestSpacedropResume::cancellingInterruptedIncomingRemovesItsFiles_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("same run") << false;
    QTest::newRow("restored after a restart") << true;
}

void TestSpacedropResume::cancellingInterruptedIncomingRemovesItsFiles()
{
    QFETCH(bool, restart);
    const QUuid id = sendAndHold();
    QVERIFY(!id.isNull());
    a->service.reset(); // the sender goes away for good: nobody retries
    QVERIFY(Test::waitForState(*b, id, TransferState::Interrupted));
    if (restart)
        b->restartService();
    QCOMPARE(b->info(id).state, TransferState::Interrupted);
    const QDir manifests(b->state.filePath(QStringLiteral("incoming")));
    QCOMPARE(manifests.entryList(QDir::Files).size(), 1);
    QVERIFY(QFileInfo::exists(part()));
    QVERIFY(b->service->cancelTransfer(id));
    QCOMPARE(b->info(id).state, TransferState::Cancelled);
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty());
    QVERIFY(manifests.entryList(QDir::Files).isEmpty());
}

// The sender's file changed at its start (same size and time) while the transfer was
// interrupted: the prefix digest in ACCEPT no longer matches, so the file is sent from 0.
void TestSpacedropResume::changedPrefixRestartsTheFile()
{
    Watch received;
    const QUuid id = sendBig();
    QVERIFY(!id.isNull());
    received.follow(b->service.get(), id, m_context.get());
    a->node->disconnectPeer(b->id());
    // The sender saw the interruption synchronously; its retry waits for the event loop.
    QCOMPARE(a->info(id).state, TransferState::Interrupted);
    const QString path = source(QStringLiteral("big.bin"));
    const QDateTime mtime = QFileInfo(path).lastModified();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(Test::randomBytes(4096, 77)), 4096);
        QVERIFY(file.flush()); // before the time is set back, not at close
        QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(path).size(), kBig);
    QVERIFY(Test::waitUntil([&] { return received.interrupted(); }, 5'000));
    const quint64 held = received.heldAtInterruption;
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath())); // the new content
    qInfo("held %llu; the retry showed %llu at least", held, received.lowestLater);
    QVERIFY(received.lowestLater < held); // started again from 0
}

// Only the device that made a transfer may resume it (§13.3): another one naming its id is
// declined, and the interrupted transfer keeps its files.
void TestSpacedropResume::retryFromAnotherDeviceIsDeclined()
{
    const QUuid id = sendAndHold();
    QVERIFY(!id.isNull());
    a->service.reset(); // nobody retries for real
    QVERIFY(Test::waitForState(*b, id, TransferState::Interrupted));
    Test::RawSpacedropSender raw;
    QVERIFY(Test::connectNodes(*raw.node, *b->node));
    raw.offer(b->id(), {Test::fileEntry(QStringLiteral("big.bin"), kBig)}, id, true);
    const auto decline = Net::Spacedrop::Decline::decode(raw.waitForAnswer());
    QVERIFY(decline.isOk());
    QCOMPARE(decline.value->reason, quint8(Net::Spacedrop::DeclineReason::Busy));
    QCOMPARE(b->info(id).state, TransferState::Interrupted);
    QVERIFY(b->info(id).peer == a->id());
    QVERIFY(QFileInfo::exists(part()));
}

QTEST_GUILESS_MAIN(TestSpacedropResume)
#include "tst_spacedropresume.moc"

void TestSpacedropResume::useShortKeep()
{
    m_context = std::make_unique<QObject>();
    a.reset();
    b.reset();
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.spacedropKeepInterrupted = Net::Milliseconds{kKeepMs};
    config.spacedropConnectTimeout = Net::Milliseconds{300};
    a = std::make_unique<SpacedropPeer>(QStringLiteral("sender"), config);
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"), config);
    QVERIFY(Test::linkPeers(*a, *b));
    b->service->policy().setAcceptAll(true);
}

void TestSpacedropResume::receiverGivesUpWhatNobodyResumes_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("same run") << false;
    QTest::newRow("restored after a restart") << true;
}

// An interrupted incoming transfer that its sender never resumes does not hold its .part files
// for ever: after NodeConfig::spacedropKeepInterrupted it fails (Timeout) and they are deleted,
// with its manifest. The time counts from the interruption, across a restart too.
void TestSpacedropResume::receiverGivesUpWhatNobodyResumes()
{
    QFETCH(bool, restart);
    useShortKeep();
    const QUuid id = sendAndHold();
    QVERIFY(!id.isNull());
    QCOMPARE(b->info(id).interruptedSinceMs, 0);
    a->service.reset(); // the sender goes away for good: nobody retries
    QVERIFY(Test::waitForState(*b, id, TransferState::Interrupted));
    const qint64 since = b->info(id).interruptedSinceMs;
    QVERIFY(since > 0);
    QCOMPARE(b->info(id).giveUpAtMs, since + kKeepMs);
    const QDir manifests(b->state.filePath(QStringLiteral("incoming")));
    if (restart) {
        b->restartService();
        QCOMPARE(b->info(id).state, TransferState::Interrupted);
        QCOMPARE(b->info(id).interruptedSinceMs, since); // from the manifest
        QCOMPARE(b->info(id).giveUpAtMs, since + kKeepMs);
    }
    QVERIFY(QFileInfo::exists(part()));
    QCOMPARE(manifests.entryList(QDir::Files).size(), 1);
    QVERIFY(Test::waitForState(*b, id, TransferState::Failed));
    QVERIFY(QDateTime::currentMSecsSinceEpoch() - since >= kKeepMs);
    QCOMPARE(b->info(id).error.code, Net::ErrorCode::Timeout);
    QVERIFY2(b->info(id).error.detail.contains(QStringLiteral("partial files were deleted")),
             qPrintable(b->info(id).error.detail));
    QVERIFY(Test::listTree(b->downloadsPath()).isEmpty());
    QVERIFY(manifests.entryList(QDir::Files).isEmpty());
}

// A send to a device that never comes back stops retrying after the same time: it fails
// (Timeout), counted from the first interruption, not from each failed retry, and its
// manifest goes.
void TestSpacedropResume::senderGivesUpAnUnreachableDevice()
{
    useShortKeep();
    const QUuid id = sendAndHold();
    QVERIFY(!id.isNull());
    Watch sent;
    sent.follow(a->service.get(), id, m_context.get());
    b.reset(); // the receiver vanishes: every retry fails to connect
    QVERIFY(Test::waitForState(*a, id, TransferState::Interrupted));
    const qint64 since = a->info(id).interruptedSinceMs;
    QVERIFY(since > 0);
    const QDir manifests(a->state.filePath(QStringLiteral("outgoing")));
    QCOMPARE(manifests.entryList(QDir::Files).size(), 1);
    QVERIFY(Test::waitForState(*a, id, TransferState::Failed));
    QVERIFY(QDateTime::currentMSecsSinceEpoch() - since >= kKeepMs);
    QVERIFY(sent.states.contains(TransferState::Connecting)); // it did retry meanwhile
    QVERIFY(a->info(id).attempts >= 2);
    QCOMPARE(a->info(id).interruptedSinceMs, since);
    QCOMPARE(a->info(id).error.code, Net::ErrorCode::Timeout);
    QVERIFY(manifests.entryList(QDir::Files).isEmpty());
}
