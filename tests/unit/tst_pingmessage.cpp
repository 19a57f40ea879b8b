// PING / PONG messages of docs/PROTOCOL.md §9: exactly 9 bytes, u8 kind, u64 nonce.
#include "net/operations/pingmessage.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

using namespace Ferry::Net;

class TestPingMessage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void decode_data();
    void decode();
};

void TestPingMessage::roundTrips_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<quint64>("nonce");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("PING as in §11")
        << int(PingMessage::Kind::Ping) << quint64(0x1122334455667788ull)
        << QByteArray::fromHex("01 1122334455667788");
    QTest::newRow("PONG as in §11")
        << int(PingMessage::Kind::Pong) << quint64(0x1122334455667788ull)
        << QByteArray::fromHex("02 1122334455667788");
    QTest::newRow("nonce 0") << int(PingMessage::Kind::Ping) << quint64(0)
                             << QByteArray::fromHex("01 0000000000000000");
    QTest::newRow("nonce max") << int(PingMessage::Kind::Pong) << quint64(0xFFFFFFFFFFFFFFFFull)
                               << QByteArray::fromHex("02 ffffffffffffffff");
}

void TestPingMessage::roundTrips()
{
    QFETCH(int, kind);
    QFETCH(quint64, nonce);
    QFETCH(QByteArray, wire);

    const PingMessage message{PingMessage::Kind(kind), nonce};
    QCOMPARE(message.encode(), wire);
    const auto result = PingMessage::decode(wire);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, PingMessage::kSize);
    QCOMPARE(int(result.value->kind), kind);
    QCOMPARE(result.value->nonce, nonce);
}

void TestPingMessage::decode_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<DecodeStatus>("expected");

    const QByteArray ping = QByteArray::fromHex("01 0102030405060708");
    // Every wrong size: a message is a whole DATA payload, so short is Invalid, never NeedMore.
    for (qsizetype size : {0, 1, 2, 3, 4, 5, 6, 7, 8})
        QTest::addRow("ping cut to %lld bytes", qlonglong(size))
            << ping.left(size) << DecodeStatus::Invalid;
    QTest::newRow("ping + 1 byte (10)") << ping + QByteArray(1, '\0') << DecodeStatus::Invalid;
    QTest::newRow("ping + 8 bytes (17)") << ping + ping.mid(1) << DecodeStatus::Invalid;
    QTest::newRow("ping, 9 bytes") << ping << DecodeStatus::Ok;
    QTest::newRow("pong, 9 bytes")
        << QByteArray::fromHex("02 0102030405060708") << DecodeStatus::Ok;
    for (const int kind : {0x00, 0x03, 0x10, 0x81, 0xFF})
        QTest::addRow("kind 0x%02x", kind)
            << QByteArray(1, char(kind)) + ping.mid(1) << DecodeStatus::Invalid;
}

void TestPingMessage::decode()
{
    QFETCH(QByteArray, message);
    QFETCH(DecodeStatus, expected);

    const auto result = PingMessage::decode(message);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.value.has_value(), expected == DecodeStatus::Ok);
    QCOMPARE(result.why.isEmpty(), expected == DecodeStatus::Ok);
    if (expected != DecodeStatus::Ok)
        return;
    QCOMPARE(result.consumed, qsizetype(9));
    QCOMPARE(quint8(result.value->kind), quint8(message[0]));
    QCOMPARE(result.value->nonce, quint64(0x0102030405060708ull));
    QCOMPARE(result.value->encode(), message);
}

QTEST_APPLESS_MAIN(TestPingMessage)
#include "tst_pingmessage.moc"
