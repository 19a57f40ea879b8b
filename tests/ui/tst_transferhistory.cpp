// TransferHistory: finished transfers kept in a versioned JSON file. Every stored field round
// trips; the file is capped; entries that do not validate are skipped while the rest loads; a
// file that cannot be read at all is moved aside (never overwritten) and reported.
#include "tests/support/testnode.h"
#include "ui/models/historyentry.h"
#include "ui/models/transferhistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Net::TransferInfo;
using Net::TransferState;
using Ui::TransferHistory;

namespace {

TransferInfo finishedTransfer(qint64 finishedMs, TransferState state = TransferState::Completed)
{
    TransferInfo info;
    info.id = QUuid::createUuid();
    info.direction = Net::TransferDirection::Incoming;
    info.peer = Test::freshIdentity().remoteIdentity();
    info.peerName = QStringLiteral("Anna's phone");
    info.message = QStringLiteral("the photos, \"as promised\"\nsee you");
    info.state = state;
    info.fileCount = 12;
    info.folderCount = 3;
    info.topLevelCount = 2;
    info.firstName = QStringLiteral("Holiday ✈");
    info.destination = QStringLiteral("/home/anna/Downloads");
    info.localPath = QStringLiteral("/home/anna/Downloads/Holiday ✈ (1)");
    info.totalBytes = (quint64(1) << 60) + 7; // beyond a double's exact range
    info.doneBytes = (quint64(1) << 59) + 3;
    info.filesDone = 5;
    info.error
        = Net::Error{Net::ErrorCode::IntegrityMismatch, QStringLiteral("digest differs"), true};
    info.declineReason = 4;
    info.startedMs = finishedMs / 2;
    info.finishedMs = finishedMs;
    info.attempts = 3;
    // Live-only: not kept.
    info.pausedHere = true;
    info.pausedByPeer = true;
    info.currentFile = QStringLiteral("Holiday ✈/a.jpg");
    info.currentFileBytes = 10;
    info.currentFileSize = 20;
    info.bytesPerSecond = 1e6;
    info.etaSeconds = 42;
    return info;
}

void compareStored(const TransferInfo &got, const TransferInfo &want)
{
    QCOMPARE(got.id, want.id);
    QCOMPARE(got.direction, want.direction);
    QCOMPARE(got.peer, want.peer);
    QCOMPARE(got.peerName, want.peerName);
    QCOMPARE(got.message, want.message);
    QCOMPARE(got.state, want.state);
    QCOMPARE(got.fileCount, want.fileCount);
    QCOMPARE(got.folderCount, want.folderCount);
    QCOMPARE(got.topLevelCount, want.topLevelCount);
    QCOMPARE(got.firstName, want.firstName);
    QCOMPARE(got.destination, want.destination);
    QCOMPARE(got.localPath, want.localPath);
    QCOMPARE(got.totalBytes, want.totalBytes);
    QCOMPARE(got.doneBytes, want.doneBytes);
    QCOMPARE(got.filesDone, want.filesDone);
    QCOMPARE(got.error.code, want.error.code);
    QCOMPARE(got.error.detail, want.error.detail);
    QCOMPARE(got.error.remote, want.error.remote);
    QCOMPARE(got.declineReason, want.declineReason);
    QCOMPARE(got.startedMs, want.startedMs);
    QCOMPARE(got.finishedMs, want.finishedMs);
    QCOMPARE(got.attempts, want.attempts);
    // What a finished transfer does not keep.
    QCOMPARE(got.pausedHere, false);
    QCOMPARE(got.pausedByPeer, false);
    QCOMPARE(got.currentFile, QString());
    QCOMPARE(got.currentFileBytes, quint64(0));
    QCOMPARE(got.currentFileSize, quint64(0));
    QCOMPARE(got.bytesPerSecond, 0.0);
    QCOMPARE(got.etaSeconds, qint64(-1));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray historyWith(const QJsonArray &transfers)
{
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("transfers"), transfers);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestTransferHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingFileLoadsEmpty();
    void everyStoredFieldRoundTrips_data();
    void everyStoredFieldRoundTrips();
    void unfinishedTransfersAreNotRecorded_data();
    void unfinishedTransfersAreNotRecorded();
    void recordReplacesTheSameIdAndKeepsNewestFirst();
    void keepsAtMostMaxEntries();
    void writesShortlyAfterAChangeAndOnDestruction();
    void unreadableFileIsMovedAside_data();
    void unreadableFileIsMovedAside();
    void secondUnreadableFileDoesNotReplaceTheFirst();
    void oversizedFileIsRefused();
    void invalidEntriesAreSkipped_data();
    void invalidEntriesAreSkipped();
    void forgetAndClear();
    void unwritableFileIsReportedAndRetried();
    void recordingBeforeLoadingKeepsTheFile_data();
    void recordingBeforeLoadingKeepsTheFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTransferHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTransferHistory::missingFileLoadsEmpty()
{
    TransferHistory history(path());
    QSignalSpy changed(&history, &TransferHistory::changed);
    history.load();
    QCOMPARE(changed.size(), 1);
    QVERIFY(history.entries().isEmpty());
    QCOMPARE(history.loadError(), QString());
    history.flush(); // nothing changed: nothing written
    QVERIFY(!QFileInfo::exists(path()));
}

void TestTransferHistory::everyStoredFieldRoundTrips_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("direction");
    QTest::newRow("completed, incoming") << int(TransferState::Completed) << 1;
    QTest::newRow("failed, outgoing") << int(TransferState::Failed) << 0;
    QTest::newRow("declined") << int(TransferState::Declined) << 1;
    QTest::newRow("cancelled") << int(TransferState::Cancelled) << 0;
}

void TestTransferHistory::everyStoredFieldRoundTrips()
{
    QFETCH(int, state);
    QFETCH(int, direction);
    TransferInfo info = finishedTransfer(1'700'000'000'000, TransferState(state));
    info.direction = Net::TransferDirection(direction);
    {
        TransferHistory history(path());
        history.load();
        QSignalSpy changed(&history, &TransferHistory::changed);
        history.record(info);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(history.entries().size(), 1);
        compareStored(history.entries().first(), info);
        history.flush();
        QCOMPARE(history.saveError(), QString());
    }
    QCOMPARE(QFileInfo(path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    TransferHistory again(path());
    again.load();
    QCOMPARE(again.loadError(), QString());
    QCOMPARE(again.entries().size(), 1);
    compareStored(again.entries().first(), info);
}

void TestTransferHistory::unfinishedTransfersAreNotRecorded_data()
{
    QTest::addColumn<int>("state");
    for (const TransferState s :
         {TransferState::Preparing, TransferState::Connecting, TransferState::WaitingForAnswer,
          TransferState::AwaitingDecision, TransferState::Running, TransferState::Paused,
          TransferState::Interrupted})
        QTest::newRow(qPrintable(Net::transferStateName(s))) << int(s);
}

void TestTransferHistory::unfinishedTransfersAreNotRecorded()
{
    QFETCH(int, state);
    TransferHistory history(path());
    QSignalSpy changed(&history, &TransferHistory::changed);
    history.record(finishedTransfer(1000, TransferState(state)));
    QVERIFY(history.entries().isEmpty());
    QCOMPARE(changed.size(), 0);
    history.flush();
    QVERIFY(!QFileInfo::exists(path()));
}

void TestTransferHistory::recordReplacesTheSameIdAndKeepsNewestFirst()
{
    TransferHistory history(path());
    const TransferInfo older = finishedTransfer(1'000'000);
    const TransferInfo newer = finishedTransfer(2'000'000);
    history.record(newer);
    history.record(older); // recorded later, finished earlier: after the newer one
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries().at(0).id, newer.id);
    QCOMPARE(history.entries().at(1).id, older.id);
    TransferInfo changed = older;
    changed.state = TransferState::Failed;
    changed.finishedMs = 3'000'000;
    history.record(changed);
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries().at(0).id, older.id);
    QCOMPARE(history.entries().at(0).state, TransferState::Failed);
}

void TestTransferHistory::keepsAtMostMaxEntries()
{
    QList<QUuid> ids; // oldest first
    {
        TransferHistory history(path());
        for (int i = 0; i < TransferHistory::kMaxEntries + 10; ++i) {
            const TransferInfo info = finishedTransfer(1'000'000 + i);
            ids.append(info.id);
            history.record(info);
        }
        QCOMPARE(history.entries().size(), TransferHistory::kMaxEntries);
        QCOMPARE(history.entries().first().id, ids.last());
        QCOMPARE(history.entries().last().id, ids.at(10));
    }
    TransferHistory again(path());
    again.load();
    QCOMPARE(again.entries().size(), TransferHistory::kMaxEntries);
    QCOMPARE(again.entries().first().id, ids.last());
    QCOMPARE(again.entries().last().id, ids.at(10));

    // A file holding more (written by hand or by another version) loads only the newest.
    QJsonArray transfers;
    for (int i = 0; i < TransferHistory::kMaxEntries + 5; ++i)
        transfers.append(Ui::HistoryEntry::toJson(finishedTransfer(5'000'000 + i)));
    QVERIFY(writeBytes(path(), historyWith(transfers)));
    again.load();
    QCOMPARE(again.entries().size(), TransferHistory::kMaxEntries);
    QCOMPARE(again.entries().first().finishedMs,
             qint64(5'000'000 + TransferHistory::kMaxEntries + 4));
    QCOMPARE(again.loadError(), QString());
}

// Debounced: not written by record() itself, but within a short while; and at the latest when
// the history goes away.
void TestTransferHistory::writesShortlyAfterAChangeAndOnDestruction()
{
    const TransferInfo first = finishedTransfer(1000);
    auto history = std::make_unique<TransferHistory>(path());
    history->record(first);
    QVERIFY(!QFileInfo::exists(path()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path()), 3 * TransferHistory::kSaveDelayMs);
    const TransferInfo second = finishedTransfer(2000);
    history->record(second);
    history.reset();
    TransferHistory again(path());
    again.load();
    QCOMPARE(again.entries().size(), 2);
    QCOMPARE(again.entries().at(0).id, second.id);
}

void TestTransferHistory::unreadableFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("transfers: none");
    QTest::newRow("truncated")
        << historyWith({Ui::HistoryEntry::toJson(finishedTransfer(1))}).left(40);
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("no version") << QByteArray(R"({"transfers": []})");
    QTest::newRow("version as text") << QByteArray(R"({"version": "1", "transfers": []})");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "transfers": []})");
    QTest::newRow("transfers not a list") << QByteArray(R"({"version": 1, "transfers": {}})");
    QTest::newRow("deeply nested") << QByteArray(100'000, '[');
}

void TestTransferHistory::unreadableFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QVERIFY(writeBytes(path(), content));
    TransferHistory history(path());
    QSignalSpy changed(&history, &TransferHistory::changed);
    history.load();
    QCOMPARE(changed.size(), 1);
    QVERIFY(history.entries().isEmpty());
    QVERIFY(!history.loadError().isEmpty());
    QVERIFY(history.loadError().contains(path()));
    QVERIFY(!QFileInfo::exists(path()));
    QCOMPARE(readBytes(path() + QStringLiteral(".unreadable")), content); // kept as it was
    // Life goes on: the next record writes a fresh file, the unreadable copy stays.
    const TransferInfo info = finishedTransfer(1000);
    history.record(info);
    history.flush();
    TransferHistory again(path());
    again.load();
    QCOMPARE(again.loadError(), QString());
    QCOMPARE(again.entries().size(), 1);
    QCOMPARE(readBytes(path() + QStringLiteral(".unreadable")), content);
}

void TestTransferHistory::secondUnreadableFileDoesNotReplaceTheFirst()
{
    QVERIFY(writeBytes(path(), "first"));
    TransferHistory history(path());
    history.load();
    QVERIFY(writeBytes(path(), "second"));
    history.load();
    QCOMPARE(readBytes(path() + QStringLiteral(".unreadable")), QByteArray("first"));
    QCOMPARE(readBytes(path() + QStringLiteral(".unreadable.1")), QByteArray("second"));
}

void TestTransferHistory::oversizedFileIsRefused()
{
    // Valid JSON, one entry, padded past the cap: refused unread.
    QByteArray json = historyWith({Ui::HistoryEntry::toJson(finishedTransfer(1))});
    json.append(QByteArray(TransferHistory::kMaxFileBytes, ' '));
    QVERIFY(writeBytes(path(), json));
    TransferHistory history(path());
    history.load();
    QVERIFY(history.entries().isEmpty());
    QVERIFY(history.loadError().contains(QString::number(TransferHistory::kMaxFileBytes)));
    QVERIFY(!QFileInfo::exists(path()));
    QCOMPARE(QFileInfo(path() + QStringLiteral(".unreadable")).size(), json.size());
}

void TestTransferHistory::invalidEntriesAreSkipped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the key is removed
    const auto row = [](const char *name, const char *key, const QJsonValue &value) {
        QTest::newRow(name) << QString::fromLatin1(key) << value;
    };
    const QJsonValue missing(QJsonValue::Undefined);
    row("id missing", "id", missing);
    row("id not a uuid", "id", QStringLiteral("not-a-uuid"));
    row("id a number", "id", 12);
    row("direction unknown", "direction", QStringLiteral("sideways"));
    row("peer missing", "peer", missing);
    row("peer not an identity", "peer", QStringLiteral("aaaa"));
    row("peer huge", "peer", QString(10'000, u'a'));
    row("state missing", "state", missing);
    row("state running", "state", QStringLiteral("running"));
    row("state a number", "state", 7);
    row("peerName not text", "peerName", QJsonArray{1, 2});
    row("peerName huge", "peerName", QString(Ui::HistoryEntry::kMaxText + 1, u'n'));
    row("localPath relative", "localPath", QStringLiteral("../../etc/passwd"));
    row("destination huge", "destination",
        QStringLiteral("/") + QString(Ui::HistoryEntry::kMaxPath, u'd'));
    row("fileCount negative", "fileCount", -1);
    row("fileCount fractional", "fileCount", 1.5);
    row("fileCount absurd", "fileCount", 1e300);
    row("fileCount text", "fileCount", QStringLiteral("12"));
    row("filesDone above fileCount", "filesDone", 13);
    row("topLevelCount negative", "topLevelCount", -16);
    row("totalBytes a number", "totalBytes", 100);
    row("totalBytes negative", "totalBytes", QStringLiteral("-1"));
    row("totalBytes padded", "totalBytes", QStringLiteral("0100"));
    row("totalBytes too large", "totalBytes", QStringLiteral("18446744073709551616"));
    row("doneBytes above total", "doneBytes", QStringLiteral("1152921504606846984"));
    row("errorCode too large", "errorCode", 70'000);
    row("errorRemote text", "errorRemote", QStringLiteral("yes"));
    row("declineReason too large", "declineReason", 256);
    row("startedMs after year 9999", "startedMs", QStringLiteral("253402300800000"));
    row("finishedMs not decimal", "finishedMs", QStringLiteral("1e12"));
    row("attempts negative", "attempts", -3);
}

// One bad entry between two good ones: only it is skipped; the file is not moved.
void TestTransferHistory::invalidEntriesAreSkipped()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const TransferInfo good1 = finishedTransfer(3000);
    const TransferInfo good2 = finishedTransfer(1000);
    QJsonObject bad = Ui::HistoryEntry::toJson(finishedTransfer(2000));
    if (value.isUndefined())
        bad.remove(key);
    else
        bad.insert(key, value);
    QString why;
    QVERIFY(!Ui::HistoryEntry::fromJson(bad, &why));
    QVERIFY(!why.isEmpty());
    const QByteArray json
        = historyWith({Ui::HistoryEntry::toJson(good1), bad, Ui::HistoryEntry::toJson(good2),
                       QJsonValue(7), QStringLiteral("text")});
    QVERIFY(writeBytes(path(), json));
    TransferHistory history(path());
    history.load();
    QCOMPARE(history.loadError(), QString());
    QCOMPARE(history.entries().size(), 2);
    compareStored(history.entries().at(0), good1);
    compareStored(history.entries().at(1), good2);
    QCOMPARE(readBytes(path()), json); // not moved, not rewritten by loading
}

void TestTransferHistory::forgetAndClear()
{
    TransferHistory history(path());
    history.load();
    const TransferInfo a = finishedTransfer(1000);
    const TransferInfo b = finishedTransfer(2000);
    history.record(a);
    history.record(b);
    QSignalSpy changed(&history, &TransferHistory::changed);
    QVERIFY(history.forget(a.id));
    QVERIFY(!history.forget(a.id));
    QVERIFY(!history.forget(QUuid::createUuid()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(history.entries().size(), 1);
    history.flush();
    {
        TransferHistory again(path());
        again.load();
        QCOMPARE(again.entries().size(), 1);
        QCOMPARE(again.entries().first().id, b.id);
    }
    history.clear();
    QCOMPARE(changed.size(), 2);
    history.clear(); // already empty: no change
    QCOMPARE(changed.size(), 2);
    history.flush();
    TransferHistory again(path());
    again.load();
    QVERIFY(again.entries().isEmpty());
    QCOMPARE(again.loadError(), QString());
}

void TestTransferHistory::unwritableFileIsReportedAndRetried()
{
    // The history's folder is a regular file: nothing can be written under it.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(writeBytes(blocker, "x"));
    const QString blocked = blocker + QStringLiteral("/history.json");
    {
        TransferHistory history(blocked);
        history.record(finishedTransfer(1000));
        history.flush();
        QVERIFY(!history.saveError().isEmpty());
        QCOMPARE(history.entries().size(), 1); // kept in memory
        // The folder becomes usable: the next flush writes what is still pending.
        QVERIFY(QFile::remove(blocker));
        QVERIFY(QDir().mkdir(blocker));
        history.flush();
        QCOMPARE(history.saveError(), QString());
    }
    TransferHistory again(blocked);
    again.load();
    QCOMPARE(again.entries().size(), 1);
}

void TestTransferHistory::recordingBeforeLoadingKeepsTheFile_data()
{
    QTest::addColumn<bool>("loadAfterwards"); // else the write itself finds the file
    QTest::newRow("then load") << true;
    QTest::newRow("then write") << false;
}

// A history that records before it ever loaded must not replace the file with what it recorded.
void TestTransferHistory::recordingBeforeLoadingKeepsTheFile()
{
    QFETCH(bool, loadAfterwards);
    const TransferInfo old = finishedTransfer(1'000'000);
    const TransferInfo recent = finishedTransfer(2'000'000);
    {
        TransferHistory first(path());
        first.record(old);
    }
    {
        TransferHistory second(path());
        second.record(recent);
        if (loadAfterwards) {
            second.load();
            QCOMPARE(second.entries().size(), 2);
            QCOMPARE(second.entries().at(0).id, recent.id);
            QCOMPARE(second.entries().at(1).id, old.id);
        }
        second.flush();
        QCOMPARE(second.saveError(), QString());
    }
    TransferHistory again(path());
    again.load();
    QCOMPARE(again.entries().size(), 2);
    compareStored(again.entries().at(0), recent);
    compareStored(again.entries().at(1), old);
}

QTEST_GUILESS_MAIN(TestTransferHistory)
#include "tst_transferhistory.moc"
