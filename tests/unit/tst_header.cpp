// Header, the OPEN frame payload of docs/PROTOCOL.md §7: u16 tag, then the arguments.
#include "net/header.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

using namespace Ferry::Net;

class TestHeader : public QObject
{
    Q_OBJECT

private slots:
    void encodesExactBytes_data();
    void encodesExactBytes();
    void decode_data();
    void decode();
};

void TestHeader::encodesExactBytes_data()
{
    QTest::addColumn<quint16>("tag");
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ping, no arguments")
        << quint16(OperationTag::Ping) << QByteArray() << QByteArray::fromHex("0001");
    QTest::newRow("tag byte order")
        << quint16(0x1234) << QByteArray("ab") << QByteArray::fromHex("1234 6162");
    QTest::newRow("max tag, binary arguments")
        << quint16(0xFFFF) << QByteArray("\x00\xFF", 2) << QByteArray::fromHex("ffff 00ff");
}

void TestHeader::encodesExactBytes()
{
    QFETCH(quint16, tag);
    QFETCH(QByteArray, arguments);
    QFETCH(QByteArray, expected);

    const Header header{tag, arguments};
    QCOMPARE(header.encode(), expected);
    const auto result = Header::decode(expected);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, expected.size());
    QCOMPARE(result.value->tag, tag);
    QCOMPARE(result.value->arguments, arguments);
}

void TestHeader::decode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<DecodeStatus>("expected");
    QTest::addColumn<quint16>("tag");
    QTest::addColumn<QByteArray>("arguments");

    const DecodeStatus ok = DecodeStatus::Ok;
    const DecodeStatus bad = DecodeStatus::Invalid;
    QTest::newRow("empty") << QByteArray() << bad << quint16(0) << QByteArray();
    QTest::newRow("1 byte") << QByteArray::fromHex("00") << bad << quint16(0) << QByteArray();
    QTest::newRow("1 byte 0x01") << QByteArray::fromHex("01") << bad << quint16(0) << QByteArray();
    QTest::newRow("tag 0") << QByteArray::fromHex("0000") << bad << quint16(0) << QByteArray();
    QTest::newRow("tag 0 with arguments")
        << QByteArray::fromHex("0000 78797a") << bad << quint16(0) << QByteArray();
    QTest::newRow("ping") << QByteArray::fromHex("0001") << ok << quint16(1) << QByteArray();
    QTest::newRow("ping with arguments")
        << QByteArray::fromHex("0001 aa") << ok << quint16(1) << QByteArray::fromHex("aa");
    QTest::newRow("tag 0x0100 (low byte 0)")
        << QByteArray::fromHex("0100") << ok << quint16(0x0100) << QByteArray();
    QTest::newRow("unknown tag kept raw")
        << QByteArray::fromHex("beef 00") << ok << quint16(0xBEEF) << QByteArray(1, '\0');
    QTest::newRow("max tag") << QByteArray::fromHex("ffff") << ok << quint16(0xFFFF)
                             << QByteArray();
    QTest::newRow("1 MiB of arguments")
        << QByteArray::fromHex("0002") + QByteArray(1024 * 1024, 'a') << ok << quint16(2)
        << QByteArray(1024 * 1024, 'a');
}

void TestHeader::decode()
{
    QFETCH(QByteArray, payload);
    QFETCH(DecodeStatus, expected);
    QFETCH(quint16, tag);
    QFETCH(QByteArray, arguments);

    const auto result = Header::decode(payload);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.value.has_value(), expected == DecodeStatus::Ok);
    QCOMPARE(result.why.isEmpty(), expected == DecodeStatus::Ok);
    if (expected != DecodeStatus::Ok)
        return;
    QCOMPARE(result.consumed, payload.size());
    QCOMPARE(result.value->tag, tag);
    QCOMPARE(result.value->arguments, arguments);
    QCOMPARE(result.value->encode(), payload);
}

QTEST_APPLESS_MAIN(TestHeader)
#include "tst_header.moc"
