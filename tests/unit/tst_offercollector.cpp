// OfferCollector: an offer is whole (OFFER + ENTRIES adding up) before anyone is asked, and
// the receiver's caps are applied (docs/PROTOCOL.md §13.2, §13.5).
#include "net/operations/spacedrop/offercollector.h"

#include <QtTest>

using namespace Ferry::Net;
using Status = OfferCollector::Status;

namespace {
SpacedropEntry file(const QString &path, quint64 size)
{
    SpacedropEntry e;
    e.path = path;
    e.size = size;
    return e;
}

QByteArray offer(quint32 count, quint64 total)
{
    Spacedrop::Offer o;
    o.id = QUuid::createUuid();
    o.entryCount = count;
    o.totalBytes = total;
    o.message = QStringLiteral("hi");
    return o.encode();
}

QByteArray entries(const SpacedropEntries &list)
{
    return Spacedrop::EntryBatch{list}.encode();
}
} // namespace

class TestOfferCollector : public QObject
{
    Q_OBJECT
private slots:
    void collectsOverSeveralMessages();
    void refuses_data();
    void refuses();
    void stopsAtTheFirstVerdict();
};

void TestOfferCollector::collectsOverSeveralMessages()
{
    OfferCollector c(10, 1000, 1 << 20);
    QCOMPARE(c.add(offer(3, 30)), Status::NeedMore);
    QCOMPARE(c.add(entries({file(QStringLiteral("a"), 10)})), Status::NeedMore);
    QCOMPARE(c.add(entries({file(QStringLiteral("b"), 0), file(QStringLiteral("c"), 20)})),
             Status::Complete);
    QCOMPARE(c.entries().size(), 3);
    QCOMPARE(c.entries().at(2).path, QStringLiteral("c"));
    QCOMPARE(c.offer().message, QStringLiteral("hi"));
}

void TestOfferCollector::refuses_data()
{
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<int>("expected");
    const auto two = entries({file(QStringLiteral("a"), 5), file(QStringLiteral("b"), 5)});
    QTest::newRow("first message not an OFFER") << QList<QByteArray>{two} << int(Status::Malformed);
    QTest::newRow("too many entries for this receiver")
        << QList<QByteArray>{offer(11, 10)} << int(Status::TooLarge);
    QTest::newRow("too many bytes for this receiver")
        << QList<QByteArray>{offer(1, 1001)} << int(Status::TooLarge);
    QTest::newRow("more entries than announced")
        << QList<QByteArray>{offer(1, 10), two} << int(Status::Malformed);
    QTest::newRow("sizes add up to more than total")
        << QList<QByteArray>{offer(2, 9), two} << int(Status::Malformed);
    QTest::newRow("sizes add up to less than total")
        << QList<QByteArray>{offer(2, 11), two} << int(Status::Malformed);
    QTest::newRow("a second OFFER")
        << QList<QByteArray>{offer(2, 10), offer(2, 10)} << int(Status::Malformed);
    QTest::newRow("hostile path") << QList<QByteArray>{offer(1, 1),
                                                       QByteArray::fromHex(
                                                           "02 00000001 01 00 0000000000000001 "
                                                           "0000000000000000 0004 2e2e2f61")}
                                  << int(Status::Malformed);
    // 2 entries of 300 bytes of path each: over a 512-byte budget for encoded entries.
    QTest::newRow("entry list over the byte cap")
        << QList<QByteArray>{offer(2, 0),
                             entries({file(QString(300, QLatin1Char('x')), 0),
                                      file(QString(300, QLatin1Char('y')), 0)})}
        << int(Status::TooLarge);
}

void TestOfferCollector::refuses()
{
    QFETCH(QList<QByteArray>, messages);
    QFETCH(int, expected);
    OfferCollector c(10, 1000, 512);
    Status status = Status::NeedMore;
    for (const QByteArray &m : messages)
        status = c.add(m);
    QCOMPARE(int(status), expected);
    QVERIFY(!c.why().isEmpty());
}

void TestOfferCollector::stopsAtTheFirstVerdict()
{
    OfferCollector c(10, 1000, 1 << 20);
    QCOMPARE(c.add(offer(20, 10)), Status::TooLarge);
    QCOMPARE(c.add(entries({file(QStringLiteral("a"), 10)})), Status::TooLarge);
    QCOMPARE(c.status(), Status::TooLarge);
}

QTEST_GUILESS_MAIN(TestOfferCollector)
#include "tst_offercollector.moc"
