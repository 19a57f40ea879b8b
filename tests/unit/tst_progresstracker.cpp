// ProgressTracker: which file is moving, files done, speed and time left from "bytes done".
#include "net/operations/spacedrop/progresstracker.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {
SpacedropEntry entry(const QString &path, quint64 size, bool folder = false)
{
    SpacedropEntry e;
    e.path = path;
    e.size = size;
    e.type = folder ? SpacedropEntry::Type::Folder : SpacedropEntry::Type::File;
    return e;
}
} // namespace

class TestProgressTracker : public QObject
{
    Q_OBJECT
private slots:
    void currentFileFollowsTheBytes();
    void speedAndEtaFromRecentSamples();
    void smallWobbleDoesNotResetTheSpeed();
};

void TestProgressTracker::currentFileFollowsTheBytes()
{
    const SpacedropEntries entries{
        entry(QStringLiteral("d"), 0, true), entry(QStringLiteral("d/a"), 100),
        entry(QStringLiteral("d/empty"), 0), entry(QStringLiteral("d/b"), 50)};
    ProgressTracker tracker(entries);
    TransferInfo info;
    info.totalBytes = 150;
    info.state = TransferState::Running;
    tracker.update(info, 40);
    QCOMPARE(info.currentFile, QStringLiteral("d/a"));
    QCOMPARE(info.currentFileBytes, quint64(40));
    QCOMPARE(info.filesDone, 0);
    tracker.update(info, 100); // a done, the empty file too: b is next
    QCOMPARE(info.currentFile, QStringLiteral("d/b"));
    QCOMPARE(info.currentFileBytes, quint64(0));
    QCOMPARE(info.filesDone, 2);
    tracker.update(info, 500); // clamped
    QCOMPARE(info.doneBytes, quint64(150));
    QCOMPARE(info.filesDone, 3);
    QVERIFY(info.currentFile.isEmpty());
}

void TestProgressTracker::speedAndEtaFromRecentSamples()
{
    ProgressTracker tracker({entry(QStringLiteral("a"), 100'000'000)});
    TransferInfo info;
    info.totalBytes = 100'000'000;
    info.state = TransferState::Running;
    QElapsedTimer clock;
    clock.start();
    tracker.update(info, 0);
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 300, 1000);
    tracker.update(info, 10'000'000);
    QVERIFY(info.bytesPerSecond > 0);
    QVERIFY(info.etaSeconds > 0);
    // 10 MB in ~0.3 s or a bit more: the ETA for the remaining 90 MB is a few seconds.
    QVERIFY2(info.etaSeconds <= 30, qPrintable(QString::number(info.etaSeconds)));
    info.state = TransferState::Paused;
    tracker.update(info, 10'000'000);
    QCOMPARE(info.bytesPerSecond, 0.0);
}

void TestProgressTracker::smallWobbleDoesNotResetTheSpeed()
{
    ProgressTracker tracker({entry(QStringLiteral("a"), 100'000'000)});
    TransferInfo info;
    info.totalBytes = 100'000'000;
    info.state = TransferState::Running;
    QElapsedTimer clock;
    clock.start();
    tracker.update(info, 1'000'000);
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 250, 1000);
    tracker.update(info, 5'000'000);
    tracker.update(info, 4'999'987); // an estimate 13 bytes (a CHUNK header) lower
    QCOMPARE(info.doneBytes, quint64(5'000'000));
    QVERIFY(info.bytesPerSecond > 0);
}

QTEST_GUILESS_MAIN(TestProgressTracker)
#include "tst_progresstracker.moc"
