// TransferListModel over real Spacedrop services (two in-process nodes on loopback): rows follow
// the service, progress reaches the view at a bounded rate, the actions reach the service,
// finished transfers are recorded in the history and come back in a fresh model.
#include "tests/support/rawspacedropsender.h"
#include "tests/support/spacedroppeer.h"
#include "ui/models/transferhistory.h"
#include "ui/models/transferlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;
using Ui::TransferHistory;
using Ui::TransferListModel;
using Role = TransferListModel::Role;

namespace {

constexpr qint64 kBig = 64 << 20;

QVariant roleOf(const TransferListModel &model, const QUuid &id, int role)
{
    const int row = model.rowOf(id);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
}

TransferState stateOf(const TransferListModel &model, const QUuid &id)
{
    return TransferState(roleOf(model, id, Role::StateRole).toInt());
}

QList<QUuid> idsOf(const TransferListModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row), Role::IdRole).toUuid());
    return ids;
}

Net::TransferInfo historyEntry(qint64 startedMs, const Net::RemoteIdentity &peer)
{
    Net::TransferInfo info;
    info.id = QUuid::createUuid();
    info.direction = Net::TransferDirection::Incoming;
    info.peer = peer;
    info.peerName = QStringLiteral("old friend");
    info.state = TransferState::Completed;
    info.firstName = QStringLiteral("old.txt");
    info.topLevelCount = 1;
    info.fileCount = 1;
    info.totalBytes = 10;
    info.doneBytes = 10;
    info.startedMs = startedMs;
    info.finishedMs = startedMs + 1000;
    return info;
}

// Each dataChanged of one transfer's row: when, and the state it showed.
struct RowWatch
{
    QList<qint64> atMs;
    QList<TransferState> states;
};

} // namespace

class TestTransferListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void liveTransferIsShownRecordedAndReloaded();
    void progressIsCoalescedPerRow();
    void transfersPresentBeforehandAreShown();
    void historyAndLiveRowsAreNewestFirst();
    void pauseResumeCancelAndRemoveReachTheService();
    void failedSingleItemSendIsSentAgain();
    void failedSendOfSeveralItemsCannotBeRetried();
    void interruptedSendCanBeRetried();
    void declinedTransferCanOnlyBeRemoved();
    void removeFinishedClearsListAndHistory();

private:
    QString source(const QString &relative) const { return m_source->filePath(relative); }
    QString historyPath() const { return m_state->filePath(QStringLiteral("history.json")); }
    std::unique_ptr<TransferListModel> makeModel(SpacedropPeer *peer, TransferHistory *history);

    std::unique_ptr<SpacedropPeer> a;
    std::unique_ptr<SpacedropPeer> b;
    std::unique_ptr<QTemporaryDir> m_source;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<TransferHistory> m_history; // a's
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
};

void TestTransferListModel::init()
{
    m_source = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    a = std::make_unique<SpacedropPeer>(QStringLiteral("sender"));
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"));
    QVERIFY(Test::linkPeers(*a, *b));
    b->service->policy().setAcceptAll(true);
    m_history = std::make_unique<TransferHistory>(historyPath());
    m_history->load();
}

void TestTransferListModel::cleanup()
{
    m_testers.clear();
    a.reset();
    b.reset();
    m_history.reset();
    m_source.reset();
    m_state.reset();
}

std::unique_ptr<TransferListModel> TestTransferListModel::makeModel(SpacedropPeer *peer,
                                                                    TransferHistory *history)
{
    auto model = std::make_unique<TransferListModel>();
    m_testers.append(std::make_shared<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    model->setHistory(history);
    model->setService(peer ? peer->service.get() : nullptr);
    return model;
}

void TestTransferListModel::liveTransferIsShownRecordedAndReloaded()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("photo.jpg")), 3 << 20));
    auto sent = makeModel(a.get(), m_history.get());
    auto received = makeModel(b.get(), nullptr);
    QSignalSpy inserted(sent.get(), &QAbstractItemModel::rowsInserted);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("photo.jpg"))});
    QCOMPARE(inserted.size(), 1); // at once: Preparing
    QCOMPARE(sent->rowOf(id), 0);
    const QModelIndex row = sent->index(0);
    QCOMPARE(row.data(Role::IdRole).toUuid(), id);
    QCOMPARE(TransferState(row.data(Role::StateRole).toInt()), TransferState::Preparing);
    QCOMPARE(row.data(Role::DirectionRole).toInt(), int(Net::TransferDirection::Outgoing));
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("photo.jpg"));
    QCOMPARE(row.data(Role::PeerNameRole).toString(), QStringLiteral("receiver"));
    QCOMPARE(row.data(Role::PeerIdentityRole).toString(), b->id().toText());
    QCOMPARE(row.data(Role::LocalPathRole).toString(), source(QStringLiteral("photo.jpg")));
    QCOMPARE(row.data(Role::CanCancelRole).toBool(), true);
    QCOMPARE(row.data(Role::CanRemoveRole).toBool(), false);
    QCOMPARE(row.data(Role::FromHistoryRole).toBool(), false);
    QVERIFY(!row.data(Role::FinishedRole).toDateTime().isValid());

    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QTRY_COMPARE(stateOf(*sent, id), TransferState::Completed);
    const QModelIndex done = sent->index(sent->rowOf(id));
    QCOMPARE(done.data(Role::ProgressRole).toDouble(), 1.0);
    QCOMPARE(done.data(Role::DoneBytesRole).toULongLong(), qulonglong(3 << 20));
    QCOMPARE(done.data(Role::TotalBytesRole).toULongLong(), qulonglong(3 << 20));
    QCOMPARE(done.data(Role::FileCountRole).toInt(), 1);
    QCOMPARE(done.data(Role::TopLevelCountRole).toInt(), 1);
    QCOMPARE(done.data(Role::SpeedRole).toDouble(), 0.0);
    QCOMPARE(done.data(Role::EtaRole).toLongLong(), -1);
    QCOMPARE(done.data(Role::ErrorCodeRole).toInt(), 0);
    QVERIFY(done.data(Role::FinishedRole).toDateTime().isValid());
    QVERIFY(done.data(Role::StartedRole).toDateTime()
            <= done.data(Role::FinishedRole).toDateTime());
    QCOMPARE(done.data(Role::CanRemoveRole).toBool(), true);
    for (const int role :
         {Role::CanPauseRole, Role::CanResumeRole, Role::CanCancelRole, Role::CanRetryRole})
        QCOMPARE(done.data(role).toBool(), false);
    const auto info = done.data(Role::InfoRole).value<Net::TransferInfo>();
    QCOMPARE(info.id, id);
    QCOMPARE(sent->transferAt(sent->rowOf(id))->state, TransferState::Completed);

    // The receiving side: where the file went.
    QTRY_COMPARE(stateOf(*received, id), TransferState::Completed);
    QCOMPARE(roleOf(*received, id, Role::DirectionRole).toInt(),
             int(Net::TransferDirection::Incoming));
    QCOMPARE(roleOf(*received, id, Role::DestinationRole).toString(), b->downloadsPath());
    QCOMPARE(roleOf(*received, id, Role::LocalPathRole).toString(),
             b->downloads.filePath(QStringLiteral("photo.jpg")));
    QCOMPARE(roleOf(*received, id, Role::PeerIdentityRole).toString(), a->id().toText());

    // Recorded once finished; written when the history goes; shown by a fresh model.
    QCOMPARE(m_history->entries().size(), 1);
    QCOMPARE(m_history->entries().first().id, id);
    QCOMPARE(m_history->entries().first().state, TransferState::Completed);
    sent.reset();
    m_history.reset();
    TransferHistory reloaded(historyPath());
    reloaded.load();
    auto fresh = makeModel(nullptr, &reloaded);
    QCOMPARE(fresh->rowCount(), 1);
    const QModelIndex kept = fresh->index(0);
    QCOMPARE(kept.data(Role::IdRole).toUuid(), id);
    QCOMPARE(kept.data(Role::FromHistoryRole).toBool(), true);
    QCOMPARE(TransferState(kept.data(Role::StateRole).toInt()), TransferState::Completed);
    QCOMPARE(kept.data(Role::LocalPathRole).toString(), source(QStringLiteral("photo.jpg")));
    QCOMPARE(kept.data(Role::ProgressRole).toDouble(), 1.0);
    QCOMPARE(kept.data(Role::CanRemoveRole).toBool(), true);
    QCOMPARE(kept.data(Role::CanCancelRole).toBool(), false);
    QCOMPARE(kept.data(Role::CanRetryRole).toBool(), false);
}

// The service reports progress every 20 ms (NodeConfig::forTests()); the model shows at most one
// change per row per kRefreshMs, state changes aside.
void TestTransferListModel::progressIsCoalescedPerRow()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
    auto model = makeModel(b.get(), nullptr); // the receiver's: its progress follows the disk
    QElapsedTimer clock;
    clock.start();
    RowWatch watch;
    QUuid id;
    int serviceReports = 0;
    connect(model.get(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    if (model->data(model->index(row), Role::IdRole).toUuid() != id)
                        continue;
                    watch.atMs.append(clock.elapsed());
                    watch.states.append(stateOf(*model, id));
                }
            });
    connect(b->service.get(), &Net::SpacedropService::transferChanged, this,
            [&](const Net::TransferInfo &info) { serviceReports += info.id == id ? 1 : 0; });
    id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                               {source(QStringLiteral("big.bin"))});
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed, 30'000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(stateOf(*model, id), TransferState::Completed);

    int stateChanges = 0;
    for (int i = 0; i < watch.atMs.size(); ++i) {
        if (i == 0 || watch.states.at(i) != watch.states.at(i - 1)) {
            ++stateChanges;
            continue;
        }
        // Same state as the one before: a progress update, kRefreshMs after the previous one.
        QVERIFY2(watch.atMs.at(i) - watch.atMs.at(i - 1) >= TransferListModel::kRefreshMs - 2,
                 qPrintable(QStringLiteral("updates at %1 and %2 ms")
                                .arg(watch.atMs.at(i - 1))
                                .arg(watch.atMs.at(i))));
    }
    const qint64 progressUpdates = watch.atMs.size() - stateChanges;
    qInfo("%lld ms: the service reported %d times, the model showed %lld progress updates and "
          "%d state changes",
          elapsed, serviceReports, progressUpdates, stateChanges);
    QVERIFY(progressUpdates <= elapsed / TransferListModel::kRefreshMs + 1);
    QVERIFY(stateChanges <= 4); // Running, Completed (and a pause it never had)
    QVERIFY(watch.atMs.size() < serviceReports); // coalesced, not forwarded one to one
}

void TestTransferListModel::transfersPresentBeforehandAreShown()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("one.txt")), 1000));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("one.txt"))});
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QVERIFY(m_history->entries().isEmpty()); // nobody recorded it yet
    auto model = makeModel(a.get(), m_history.get());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(stateOf(*model, id), TransferState::Completed);
    QCOMPARE(m_history->entries().size(), 1); // finished while nobody watched: kept now
    QCOMPARE(model->rowCount(), 1); // once, as the live row
    QCOMPARE(roleOf(*model, id, Role::FromHistoryRole).toBool(), false);
}

void TestTransferListModel::historyAndLiveRowsAreNewestFirst()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Net::TransferInfo older = historyEntry(now - 3'600'000, b->id());
    const Net::TransferInfo newer = historyEntry(now + 3'600'000, b->id()); // a clock set ahead
    m_history->record(older);
    m_history->record(newer);
    auto model = makeModel(a.get(), m_history.get());
    QCOMPARE(idsOf(*model), (QList<QUuid>{newer.id, older.id}));
    QVERIFY(Test::writeFile(source(QStringLiteral("one.txt")), 1000));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("one.txt"))});
    QCOMPARE(idsOf(*model), (QList<QUuid>{newer.id, id, older.id}));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Completed);
    QCOMPARE(idsOf(*model), (QList<QUuid>{newer.id, id, older.id}));
    QCOMPARE(roleOf(*model, newer.id, Role::FromHistoryRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::FromHistoryRole).toBool(), false);

    // A history row goes when the history forgets it; the service going away leaves the
    // finished transfer as a history row.
    QVERIFY(m_history->forget(older.id));
    QCOMPARE(idsOf(*model), (QList<QUuid>{newer.id, id}));
    a->service.reset();
    QCOMPARE(idsOf(*model), (QList<QUuid>{newer.id, id}));
    QCOMPARE(roleOf(*model, id, Role::FromHistoryRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::CanRetryRole).toBool(), false);
}

void TestTransferListModel::pauseResumeCancelAndRemoveReachTheService()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
    auto model = makeModel(a.get(), m_history.get());
    QVERIFY(!model->pause(QUuid::createUuid()));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    QVERIFY(!model->remove(id)); // not finished
    QVERIFY(Test::waitUntil([&] { return stateOf(*model, id) == TransferState::Running; }, 10'000));
    QCOMPARE(roleOf(*model, id, Role::CanPauseRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::CanResumeRole).toBool(), false);
    QVERIFY(!model->resume(id));
    QVERIFY(model->pause(id));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Paused);
    QVERIFY(a->info(id).pausedHere);
    QCOMPARE(roleOf(*model, id, Role::CanPauseRole).toBool(), false);
    QCOMPARE(roleOf(*model, id, Role::CanResumeRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::SpeedRole).toDouble(), 0.0);
    QVERIFY(model->resume(id));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Running);
    QVERIFY(model->cancel(id));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Cancelled);
    QCOMPARE(a->info(id).state, TransferState::Cancelled);
    QVERIFY(!model->cancel(id));
    QCOMPARE(roleOf(*model, id, Role::CanRemoveRole).toBool(), true);
    QCOMPARE(m_history->entries().size(), 1);

    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(model->remove(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model->rowOf(id), -1);
    QVERIFY(!a->service->transfer(id));
    QVERIFY(m_history->entries().isEmpty());
    QVERIFY(!model->remove(id));
}

// The scan fails (the file is not there yet); once it is, retry sends the same selection as a
// new transfer, which takes the failed one's place.
void TestTransferListModel::failedSingleItemSendIsSentAgain()
{
    auto model = makeModel(a.get(), m_history.get());
    const QString path = source(QStringLiteral("late.txt"));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"), {path});
    QVERIFY(Test::waitForState(*a, id, TransferState::Failed));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Failed);
    QCOMPARE(roleOf(*model, id, Role::ErrorCodeRole).toInt(), int(Net::ErrorCode::ReadFailed));
    QVERIFY(!roleOf(*model, id, Role::ErrorDetailRole).toString().isEmpty());
    QCOMPARE(roleOf(*model, id, Role::CanRetryRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::CanResumeRole).toBool(), false);
    QCOMPARE(m_history->entries().size(), 1); // a send that failed while preparing is kept too
    QVERIFY(Test::writeFile(path, 5000));
    QVERIFY(model->retry(id));
    QCOMPARE(model->rowOf(id), -1);
    QCOMPARE(model->rowCount(), 1);
    const QUuid again = model->data(model->index(0), Role::IdRole).toUuid();
    QVERIFY(again != id);
    QCOMPARE(roleOf(*model, again, Role::LocalPathRole).toString(), path);
    QVERIFY(Test::waitForState(*b, again, TransferState::Completed));
    QVERIFY(Test::sameTree(m_source->path(), b->downloadsPath()));
    QTRY_COMPARE(stateOf(*model, again), TransferState::Completed);
    QCOMPARE(m_history->entries().size(), 1); // the new one; the failed one was forgotten
    QCOMPARE(m_history->entries().first().id, again);
}

void TestTransferListModel::failedSendOfSeveralItemsCannotBeRetried()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("here.txt")), 10));
    auto model = makeModel(a.get(), m_history.get());
    const QUuid id = a->service->sendFiles(
        b->id(), QStringLiteral("receiver"),
        {source(QStringLiteral("here.txt")), source(QStringLiteral("gone.txt"))});
    QVERIFY(Test::waitForState(*a, id, TransferState::Failed));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Failed);
    QCOMPARE(roleOf(*model, id, Role::TopLevelCountRole).toInt(), 2);
    QCOMPARE(roleOf(*model, id, Role::CanRetryRole).toBool(), false);
    QVERIFY(!model->retry(id));
    QCOMPARE(model->rowCount(), 1);
}

// A send interrupted by a restart of the sender's service: a model attached to the new service
// offers to resume (retry) it, and retrying reaches the service.
void TestTransferListModel::interruptedSendCanBeRetried()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
    auto model = makeModel(a.get(), m_history.get());
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("big.bin"))});
    QVERIFY(QTest::qWaitFor([&] { return b->info(id).doneBytes > 0; }, 10'000));
    QVERIFY(b->service->pauseTransfer(id));
    QVERIFY(Test::waitForState(*a, id, TransferState::Paused));
    QVERIFY(b->service->resumeTransfer(id));
    a->restartService();
    QCOMPARE(model->rowOf(id), -1); // the old service went: unfinished, so not in the history
    model->setService(a->service.get());
    QCOMPARE(stateOf(*model, id), TransferState::Interrupted);
    QCOMPARE(roleOf(*model, id, Role::CanRetryRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::CanResumeRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::CanPauseRole).toBool(), false);
    QCOMPARE(roleOf(*model, id, Role::CanCancelRole).toBool(), true);
    QCOMPARE(roleOf(*model, id, Role::CanRemoveRole).toBool(), false);
    QVERIFY(model->retry(id));
    QCOMPARE(a->info(id).attempts, 1); // restored with none; this is the first of this run
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QTRY_COMPARE(stateOf(*model, id), TransferState::Completed);
}

void TestTransferListModel::declinedTransferCanOnlyBeRemoved()
{
    b->service->policy().setAcceptAll(false);
    QVERIFY(Test::writeFile(source(QStringLiteral("offer.txt")), 10));
    auto sent = makeModel(a.get(), nullptr);
    auto received = makeModel(b.get(), nullptr);
    QSignalSpy requests(b->service.get(), &Net::SpacedropService::requestReceived);
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {source(QStringLiteral("offer.txt"))});
    QTRY_COMPARE(requests.size(), 1);
    QTRY_COMPARE(stateOf(*received, id), TransferState::AwaitingDecision);
    QCOMPARE(roleOf(*received, id, Role::CanCancelRole).toBool(), true);
    QVERIFY(b->service->declineRequest(id));
    QVERIFY(Test::waitForState(*a, id, TransferState::Declined));
    QTRY_COMPARE(stateOf(*sent, id), TransferState::Declined);
    QTRY_COMPARE(stateOf(*received, id), TransferState::Declined);
    for (const TransferListModel *model : {sent.get(), received.get()}) {
        QCOMPARE(roleOf(*model, id, Role::CanRemoveRole).toBool(), true);
        for (const int role :
             {Role::CanPauseRole, Role::CanResumeRole, Role::CanCancelRole, Role::CanRetryRole})
            QCOMPARE(roleOf(*model, id, role).toBool(), false);
    }
    QVERIFY(roleOf(*sent, id, Role::DeclineReasonRole).toInt() != 0);
    QVERIFY(received->remove(id));
    QCOMPARE(received->rowCount(), 0);
    QCOMPARE(sent->rowCount(), 1); // the other side's list is its own
}

void TestTransferListModel::removeFinishedClearsListAndHistory()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_history->record(historyEntry(now - 1000, b->id()));
    QVERIFY(Test::writeFile(source(QStringLiteral("one.txt")), 10));
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
    auto model = makeModel(a.get(), m_history.get());
    const QUuid done = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                             {source(QStringLiteral("one.txt"))});
    QVERIFY(Test::waitForState(*a, done, TransferState::Completed));
    const QUuid running = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                                {source(QStringLiteral("big.bin"))});
    QVERIFY(QTest::qWaitFor([&] { return b->info(running).doneBytes > 0; }, 10'000));
    QVERIFY(model->pause(running));
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(m_history->entries().size(), 2);
    model->removeFinished();
    QCOMPARE(idsOf(*model), QList<QUuid>{running});
    QVERIFY(m_history->entries().isEmpty());
    QVERIFY(!a->service->transfer(done));
    QVERIFY(a->service->transfer(running));
}

QTEST_GUILESS_MAIN(TestTransferListModel)
#include "tst_transferlistmodel.moc"
