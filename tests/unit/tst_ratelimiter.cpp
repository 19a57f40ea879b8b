// RateLimiter: the per-source token bucket of docs/PROTOCOL.md §12.3 (20 datagrams/s, bursts of
// 40), with a bounded number of tracked sources. Time is passed in.
#include "net/ratelimiter.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {
const QHostAddress kA(QStringLiteral("192.168.1.2"));
const QHostAddress kB(QStringLiteral("fe80::2"));

// How many datagrams from `source` are allowed out of `tries` at `nowMs`.
int allowed(RateLimiter &limiter, const QHostAddress &source, int tries, qint64 nowMs)
{
    int n = 0;
    for (int i = 0; i < tries; ++i)
        n += limiter.allow(source, nowMs) ? 1 : 0;
    return n;
}
} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void burstThenRefuse();
    void refillOverTime_data();
    void refillOverTime();
    void steadyRateIsSustained();
    void sourcesAreIndependent();
    void clockGoingBackDoesNotRefill();
    void evictsLeastRecentlyUsed();
    void floodOfSourcesStaysBounded();
};

void TestRateLimiter::burstThenRefuse()
{
    RateLimiter limiter(20, 40, 16);
    QCOMPARE(allowed(limiter, kA, 100, 1000), 40); // a new source starts full
    QVERIFY(!limiter.allow(kA, 1000));
}

void TestRateLimiter::refillOverTime_data()
{
    QTest::addColumn<qint64>("waitMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("nothing") << qint64(0) << 0;
    QTest::newRow("49 ms: not a whole token") << qint64(49) << 0;
    QTest::newRow("50 ms: one token") << qint64(50) << 1;
    QTest::newRow("1 s: 20 tokens") << qint64(1000) << 20;
    QTest::newRow("2 s: the whole burst") << qint64(2000) << 40;
    QTest::newRow("an hour: still capped at the burst") << qint64(3'600'000) << 40;
}

void TestRateLimiter::refillOverTime()
{
    QFETCH(qint64, waitMs);
    QFETCH(int, expected);
    RateLimiter limiter(20, 40, 16);
    QCOMPARE(allowed(limiter, kA, 40, 0), 40);
    QCOMPARE(allowed(limiter, kA, 100, waitMs), expected);
}

void TestRateLimiter::steadyRateIsSustained()
{
    RateLimiter limiter(20, 40, 16);
    allowed(limiter, kA, 40, 0);
    // One datagram every 50 ms for a minute: all allowed; twice that rate: half refused.
    int ok = 0;
    for (qint64 t = 50; t <= 60'000; t += 50)
        ok += limiter.allow(kA, t) ? 1 : 0;
    QCOMPARE(ok, 1200);
    ok = 0;
    for (qint64 t = 60'025; t <= 120'000; t += 25)
        ok += limiter.allow(kA, t) ? 1 : 0;
    QVERIFY2(ok >= 1199 && ok <= 1201, qPrintable(QString::number(ok)));
}

void TestRateLimiter::sourcesAreIndependent()
{
    RateLimiter limiter(20, 40, 16);
    QCOMPARE(allowed(limiter, kA, 100, 0), 40);
    QCOMPARE(allowed(limiter, kB, 100, 0), 40); // A's flood costs B nothing
    QCOMPARE(limiter.trackedSources(), 2);
}

void TestRateLimiter::clockGoingBackDoesNotRefill()
{
    RateLimiter limiter(20, 40, 16);
    allowed(limiter, kA, 40, 10'000);
    QCOMPARE(allowed(limiter, kA, 10, 0), 0);
    QCOMPARE(allowed(limiter, kA, 10, 10'000), 0); // the time back does not count twice
    QCOMPARE(allowed(limiter, kA, 10, 10'050), 1);
}

void TestRateLimiter::evictsLeastRecentlyUsed()
{
    RateLimiter limiter(20, 40, 3);
    const QHostAddress c(QStringLiteral("10.0.0.3")), d(QStringLiteral("10.0.0.4"));
    allowed(limiter, kA, 40, 0); // A and B empty their buckets
    allowed(limiter, kB, 40, 0);
    allowed(limiter, c, 1, 0);
    QVERIFY(!limiter.allow(kA, 0)); // A is now the most recently used, B the least
    allowed(limiter, d, 1, 0); // forgets B
    QCOMPARE(limiter.trackedSources(), 3);
    QVERIFY(!limiter.allow(kA, 0)); // A still tracked, still empty
    QCOMPARE(limiter.trackedSources(), 3);
    QVERIFY(limiter.allow(kB, 0)); // B was forgotten: starts full again (forgets C)
    QCOMPARE(limiter.trackedSources(), 3);
    QVERIFY(!limiter.allow(kA, 0));
}

void TestRateLimiter::floodOfSourcesStaysBounded()
{
    RateLimiter limiter(20, 40, 1024);
    allowed(limiter, kA, 40, 0);
    int allowedFromFlood = 0;
    for (quint32 n = 0; n < 100'000; ++n) {
        allowedFromFlood += limiter.allow(QHostAddress(0x0a000000 + n), 0) ? 1 : 0;
        if (n % 100 == 0) // A keeps sending, so it stays tracked and stays limited
            QVERIFY(!limiter.allow(kA, 0));
        QVERIFY(limiter.trackedSources() <= 1024);
    }
    QCOMPARE(allowedFromFlood, 100'000); // each forged source gets its first datagram
    QCOMPARE(limiter.trackedSources(), 1024);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
