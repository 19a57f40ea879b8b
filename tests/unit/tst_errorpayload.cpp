// ErrorPayload of GOAWAY and RESET frames (docs/PROTOCOL.md §4, §8): u16 code, string ≤ 512.
#include "net/bytewriter.h"
#include "net/errorpayload.h"
#include "tests/support/decodestatus.h"
#include "tests/support/errorcode.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {

// Code and detail written raw, with the detail's length as given.
QByteArray rawPayload(quint16 code, const QByteArray &detail)
{
    QByteArray out;
    ByteWriter(out).u16(code).u16(quint16(detail.size())).bytes(detail);
    return out;
}

} // namespace

class TestErrorPayload : public QObject
{
    Q_OBJECT

private slots:
    void encodesExactBytes();
    void encodeCapsDetailAtCharacterBoundary();
    void decode_data();
    void decode();
    void convertsToRemoteError_data();
    void convertsToRemoteError();
};

void TestErrorPayload::encodesExactBytes()
{
    QCOMPARE(ErrorPayload::encode(ErrorCode::IdleTimeout, QStringLiteral("idle")),
             QByteArray::fromHex("0009 0004") + "idle");
    QCOMPARE(ErrorPayload::encode(ErrorCode::ShuttingDown, {}), QByteArray::fromHex("0010 0000"));
    QCOMPARE(ErrorPayload::encode(ErrorCode::IncompatibleVersion,
                                  QStringLiteral("we speak 1\u20131, you speak 2\u20133")),
             QByteArray::fromHex("0005 001f")
                 + "we speak 1\xE2\x80\x93"
                   "1, you speak 2\xE2\x80\x93"
                   "3");
}

void TestErrorPayload::encodeCapsDetailAtCharacterBoundary()
{
    const QString detail = QLatin1Char('x') + QString(600, QChar(0x20AC)); // 1801 bytes
    const QByteArray wire = ErrorPayload::encode(ErrorCode::InternalError, detail);
    // 1 + 3 * 170 = 511 bytes: the 171st euro would end at byte 514.
    QCOMPARE(wire.size(), qsizetype(2 + 2 + 511));
    const auto result = ErrorPayload::decode(wire);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.value->detail, QLatin1Char('x') + QString(170, QChar(0x20AC)));
}

void TestErrorPayload::decode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<DecodeStatus>("expected");
    QTest::addColumn<quint16>("code");
    QTest::addColumn<QString>("detail");

    const DecodeStatus ok = DecodeStatus::Ok;
    const DecodeStatus bad = DecodeStatus::Invalid;
    QTest::newRow("known code, detail")
        << rawPayload(16, "bye") << ok << quint16(16) << QStringLiteral("bye");
    QTest::newRow("known code, empty detail") << rawPayload(1, {}) << ok << quint16(1) << QString();
    // Unknown codes are kept raw (new codes may be added), including local-only and 0.
    QTest::newRow("unknown code 200")
        << rawPayload(200, "new") << ok << quint16(200) << QStringLiteral("new");
    QTest::newRow("unknown code 0xffff")
        << rawPayload(0xFFFF, {}) << ok << quint16(0xFFFF) << QString();
    QTest::newRow("code 0") << rawPayload(0, {}) << ok << quint16(0) << QString();
    QTest::newRow("local code 0x0101")
        << rawPayload(0x0101, {}) << ok << quint16(0x0101) << QString();
    QTest::newRow("detail 512 ascii") << rawPayload(17, QByteArray(512, 'd')) << ok << quint16(17)
                                      << QString(512, QLatin1Char('d'));
    QTest::newRow("detail 512 bytes of 2-byte chars")
        << rawPayload(17, QByteArray("\xC3\xA9").repeated(256)) << ok << quint16(17)
        << QString(256, QChar(0xE9));
    // Regression: a leading U+FEFF was dropped as a byte order mark.
    QTest::newRow("detail starting with U+FEFF") << rawPayload(1, QByteArray("\xEF\xBB\xBF") + "x")
                                                 << ok << quint16(1) << QStringLiteral("\ufeffx");
    QTest::newRow("detail 4-byte char") << rawPayload(15, "\xF0\x9F\x9B\x91") << ok << quint16(15)
                                        << QString::fromUtf8("\xF0\x9F\x9B\x91");

    QTest::newRow("empty") << QByteArray() << bad << quint16(0) << QString();
    QTest::newRow("1 byte") << QByteArray::fromHex("00") << bad << quint16(0) << QString();
    QTest::newRow("code only") << QByteArray::fromHex("0010") << bad << quint16(0) << QString();
    QTest::newRow("half a length")
        << QByteArray::fromHex("0010 00") << bad << quint16(0) << QString();
    QTest::newRow("detail shorter than length")
        << rawPayload(16, "bye").chopped(1) << bad << quint16(0) << QString();
    QTest::newRow("detail 513, all present")
        << rawPayload(17, QByteArray(513, 'd')) << bad << quint16(0) << QString();
    QTest::newRow("detail length 0xffff")
        << QByteArray::fromHex("0011 ffff") + QByteArray(0xFFFF, 'd') << bad << quint16(0)
        << QString();
    QTest::newRow("1 trailing byte")
        << rawPayload(16, "bye") + QByteArray(1, '\0') << bad << quint16(0) << QString();
    QTest::newRow("second payload appended")
        << rawPayload(16, "a") + rawPayload(16, "b") << bad << quint16(0) << QString();
    QTest::newRow("detail overlong") << rawPayload(1, "\xC0\xAF") << bad << quint16(0) << QString();
    QTest::newRow("detail surrogate")
        << rawPayload(1, "x\xED\xB0\x80") << bad << quint16(0) << QString();
    QTest::newRow("detail 0xFE") << rawPayload(1, "\xFE") << bad << quint16(0) << QString();
    QTest::newRow("detail truncated sequence")
        << rawPayload(1, "\xE2\x82") << bad << quint16(0) << QString();
    QTest::newRow("detail newline")
        << rawPayload(1, "line one\nline two") << bad << quint16(0) << QString();
    QTest::newRow("detail NUL") << rawPayload(1, QByteArray("a\0", 2)) << bad << quint16(0)
                                << QString();
}

void TestErrorPayload::decode()
{
    QFETCH(QByteArray, payload);
    QFETCH(DecodeStatus, expected);
    QFETCH(quint16, code);
    QFETCH(QString, detail);

    const auto result = ErrorPayload::decode(payload);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.value.has_value(), expected == DecodeStatus::Ok);
    QCOMPARE(result.why.isEmpty(), expected == DecodeStatus::Ok);
    if (expected != DecodeStatus::Ok)
        return;
    QCOMPARE(result.consumed, payload.size());
    QCOMPARE(result.value->code, code);
    QCOMPARE(result.value->detail, detail);
    QCOMPARE(ErrorPayload::encode(ErrorCode(code), detail), payload);
}

void TestErrorPayload::convertsToRemoteError_data()
{
    QTest::addColumn<quint16>("code");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("IdleTimeout") << quint16(9) << ErrorCode::IdleTimeout;
    QTest::newRow("TooManyConnections") << quint16(18) << ErrorCode::TooManyConnections;
    QTest::newRow("unknown 200 kept") << quint16(200) << ErrorCode(200);
}

void TestErrorPayload::convertsToRemoteError()
{
    QFETCH(quint16, code);
    QFETCH(ErrorCode, expected);

    const auto result = ErrorPayload::decode(rawPayload(code, "why"));
    QCOMPARE(result.status, DecodeStatus::Ok);
    const Error error = result.value->toError();
    QCOMPARE(error.code, expected);
    QCOMPARE(error.detail, QStringLiteral("why"));
    QVERIFY(error.remote);
    QVERIFY(error.isError());
}

QTEST_APPLESS_MAIN(TestErrorPayload)
#include "tst_errorpayload.moc"
