// The sender side of the multiplexer (docs/PROTOCOL.md §6.4–§6.5): control first, round-robin
// DATA, windows respected, FIN after the last DATA.
#include "net/framescheduler.h"

#include <QTest>

using namespace Ferry::Net;

namespace {
QList<Frame> decodeAll(const FrameBatch &batch)
{
    const QByteArray bytes = batch.joined();
    QList<Frame> frames;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        auto r = decodeFrame(QByteArrayView(bytes).sliced(pos));
        if (!r.isOk())
            qFatal("undecodable batch");
        pos += r.consumed;
        frames.append(*r.value);
    }
    return frames;
}
QString shape(const QList<Frame> &frames)
{
    QStringList parts;
    for (const Frame &f : frames)
        parts << frameTypeName(f.type) + QString::number(f.stream);
    return parts.join(QLatin1Char(' '));
}
} // namespace

class TestFrameScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlFramesGoFirst();
    void dataIsRoundRobinAcrossStreams();
    void finFollowsLastData();
    void windowBlocksAndWindowUpdateUnblocks();
    void windowOverflowIsRefused();
    void batchStopsNearMaxBytes();
    void removedStreamDropsItsQueue();
    void sentReportsBytesAndFins();
};

void TestFrameScheduler::controlFramesGoFirst()
{
    FrameScheduler s;
    s.addStream(1);
    s.queueData(1, "a");
    s.queueControl(FrameType::Window, 3, QByteArray(4, '\1'));
    QCOMPARE(shape(decodeAll(s.takeBatch(1 << 20))), QStringLiteral("WINDOW3 DATA1"));
    QVERIFY(!s.hasWork());
}

void TestFrameScheduler::dataIsRoundRobinAcrossStreams()
{
    FrameScheduler s;
    for (quint32 id : {1u, 3u, 5u})
        s.addStream(id);
    for (int i = 0; i < 3; ++i)
        s.queueData(1, "big");
    s.queueData(3, "x");
    s.queueData(5, "y");
    s.queueData(5, "z");
    QCOMPARE(shape(decodeAll(s.takeBatch(1 << 20))),
             QStringLiteral("DATA1 DATA3 DATA5 DATA1 DATA5 DATA1"));
}

void TestFrameScheduler::finFollowsLastData()
{
    FrameScheduler s;
    s.addStream(1);
    s.addStream(3);
    s.queueData(1, "a");
    s.queueData(1, "b");
    s.queueFin(1);
    s.queueFin(3);
    s.queueData(1, "late"); // after FIN: dropped
    QCOMPARE(shape(decodeAll(s.takeBatch(1 << 20))), QStringLiteral("DATA1 FIN3 DATA1 FIN1"));
    QVERIFY(!s.hasWork());
    QVERIFY(!s.hasStream(1));
}

void TestFrameScheduler::windowBlocksAndWindowUpdateUnblocks()
{
    FrameScheduler s;
    s.addStream(1);
    s.addStream(3);
    const QByteArray mib(1024 * 1024, 'x');
    for (int i = 0; i < 3; ++i)
        s.queueData(1, mib);
    s.queueData(3, "small");
    const QList<Frame> first = decodeAll(s.takeBatch(64 << 20));
    QCOMPARE(shape(first), QStringLiteral("DATA1 DATA3 DATA1")); // 2 MiB window used up
    QCOMPARE(s.sendWindow(1), qint64(0));
    QVERIFY(!s.hasWork());
    QVERIFY(s.takeBatch(64 << 20).isEmpty());
    QCOMPARE(s.queuedBytes(1), qint64(mib.size()));
    QVERIFY(s.addWindow(1, 1024 * 1024 - 1)); // one byte short
    QVERIFY(!s.hasWork());
    QVERIFY(s.addWindow(1, 1));
    QCOMPARE(shape(decodeAll(s.takeBatch(64 << 20))), QStringLiteral("DATA1"));
}

void TestFrameScheduler::windowOverflowIsRefused()
{
    FrameScheduler s;
    s.addStream(1);
    QVERIFY(!s.addWindow(1, 0x7FFFFFFFu));
    QVERIFY(s.addWindow(1, quint32(FrameScheduler::kMaxWindow - FrameScheduler::kInitialWindow)));
    QVERIFY(!s.addWindow(1, 1));
    QVERIFY(s.addWindow(99, 5)); // unknown stream (raced with a reset): ignored
}

void TestFrameScheduler::batchStopsNearMaxBytes()
{
    FrameScheduler s;
    s.addStream(1);
    for (int i = 0; i < 10; ++i)
        s.queueData(1, QByteArray(100, 'x'));
    const QList<Frame> frames = decodeAll(s.takeBatch(250));
    QCOMPARE(frames.size(), 3); // 109 + 109 < 250, a third frame passes the mark
    QCOMPARE(s.queuedBytes(1), qint64(700));
}

void TestFrameScheduler::removedStreamDropsItsQueue()
{
    FrameScheduler s;
    s.addStream(1);
    s.addStream(3);
    s.queueData(1, "a");
    s.queueData(3, "b");
    s.removeStream(1);
    QCOMPARE(s.queuedBytes(1), qint64(0));
    QCOMPARE(shape(decodeAll(s.takeBatch(1 << 20))), QStringLiteral("DATA3"));
}

void TestFrameScheduler::sentReportsBytesAndFins()
{
    FrameScheduler s;
    s.addStream(1);
    s.queueData(1, "hello");
    s.queueFin(1);
    FrameScheduler::Sent sent;
    s.takeBatch(1 << 20, &sent);
    QCOMPARE(sent.dataBytes.size(), 1);
    QCOMPARE(sent.dataBytes[0].first, 1u);
    QCOMPARE(sent.dataBytes[0].second, qint64(5));
    QCOMPARE(sent.fins, QList<quint32>{1});
}

QTEST_GUILESS_MAIN(TestFrameScheduler)
#include "tst_framescheduler.moc"
