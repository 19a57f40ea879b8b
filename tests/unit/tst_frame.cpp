// Frame layer of docs/PROTOCOL.md §4: encoding, incremental decoding, the size cap and the
// structural rules of validateFrame().
#include "net/frame.h"
#include "tests/support/decodestatus.h"
#include "tests/support/errorcode.h"

#include <QtTest>

using namespace Ferry::Net;

namespace {

const FrameType kAllTypes[] = {
    FrameType::Hello, FrameType::Welcome, FrameType::GoAway, FrameType::Open,
    FrameType::Data,  FrameType::Fin,     FrameType::Reset,  FrameType::Window,
};

// A frame header with any length, whether or not the payload follows.
QByteArray rawHeader(quint8 type, quint32 stream, quint32 length)
{
    QByteArray out(1, char(type));
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((stream >> shift) & 0xFF));
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((length >> shift) & 0xFF));
    return out;
}

Frame makeFrame(quint8 type, quint32 stream, qsizetype payloadSize)
{
    Frame f;
    f.type = type;
    f.stream = stream;
    f.payload = QByteArray(payloadSize, '\x5A');
    return f;
}

} // namespace

class TestFrame : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryType_data();
    void roundTripsEveryType();
    void encodesExactBytes();
    void appendFrameAppends();
    void needsMoreForEveryPrefix_data();
    void needsMoreForEveryPrefix();
    void tooLargeAsSoonAsHeaderIsIn_data();
    void tooLargeAsSoonAsHeaderIsIn();
    void exactlyOneMiBIsAccepted();
    void decodesFramesBackToBack();
    void unknownTypeDecodesRaw();
    void validatesStructure_data();
    void validatesStructure();
    void namesFrameTypes_data();
    void namesFrameTypes();
};

void TestFrame::roundTripsEveryType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<quint32>("stream");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("HELLO") << int(FrameType::Hello) << 0u << QByteArray("FRRY\x00\x01\x00\x01", 8);
    QTest::newRow("WELCOME") << int(FrameType::Welcome) << 0u << QByteArray::fromHex("0001");
    QTest::newRow("GOAWAY") << int(FrameType::GoAway) << 0u << QByteArray::fromHex("00100000");
    QTest::newRow("OPEN") << int(FrameType::Open) << 1u << QByteArray::fromHex("0001");
    QTest::newRow("DATA") << int(FrameType::Data) << 3u
                          << QByteArray::fromHex("011122334455667788");
    QTest::newRow("DATA empty") << int(FrameType::Data) << 5u << QByteArray();
    QTest::newRow("DATA binary") << int(FrameType::Data) << 7u << QByteArray("\x00\xFF\x00\x11", 4);
    QTest::newRow("FIN") << int(FrameType::Fin) << 2u << QByteArray();
    QTest::newRow("RESET") << int(FrameType::Reset) << 0xFFFFFFFFu
                           << QByteArray::fromHex("000e0000");
    QTest::newRow("WINDOW") << int(FrameType::Window) << 0x80000000u
                            << QByteArray::fromHex("00100000");
    QTest::newRow("DATA 64 KiB") << int(FrameType::Data) << 9u << QByteArray(65536, 'x');
}

void TestFrame::roundTripsEveryType()
{
    QFETCH(int, type);
    QFETCH(quint32, stream);
    QFETCH(QByteArray, payload);

    const QByteArray wire = encodeFrame(FrameType(type), stream, payload);
    QCOMPARE(wire.size(), Frame::kHeaderSize + payload.size());
    QCOMPARE(wire.left(Frame::kHeaderSize),
             rawHeader(quint8(type), stream, quint32(payload.size())));
    QCOMPARE(wire.mid(Frame::kHeaderSize), payload);

    const auto result = decodeFrame(wire);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, wire.size());
    QVERIFY(result.value.has_value());
    QCOMPARE(int(result.value->type), type);
    QCOMPARE(result.value->stream, stream);
    QCOMPARE(result.value->payload, payload);
    QCOMPARE(validateFrame(*result.value).code, ErrorCode::None);
}

void TestFrame::encodesExactBytes()
{
    // DATA PING on stream 1, as in docs/PROTOCOL.md §11.
    QCOMPARE(encodeFrame(FrameType::Data, 1, QByteArray::fromHex("011122334455667788")),
             QByteArray::fromHex("11 00000001 00000009 011122334455667788"));
    QCOMPARE(encodeFrame(FrameType::Fin, 0x01020304, {}),
             QByteArray::fromHex("12 01020304 00000000"));
}

void TestFrame::appendFrameAppends()
{
    QByteArray out("prefix");
    appendFrame(out, FrameType::Welcome, 0, QByteArray::fromHex("0001"));
    appendFrame(out, FrameType::Fin, 3, {});
    QCOMPARE(out,
             QByteArray("prefix") + QByteArray::fromHex("02 00000000 00000002 0001")
                 + QByteArray::fromHex("12 00000003 00000000"));
}

void TestFrame::needsMoreForEveryPrefix_data()
{
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("FIN, no payload") << encodeFrame(FrameType::Fin, 1, {});
    QTest::newRow("WELCOME") << encodeFrame(FrameType::Welcome, 0, QByteArray::fromHex("0001"));
    QTest::newRow("DATA 300 bytes") << encodeFrame(FrameType::Data, 7, QByteArray(300, 'd'));
    QTest::newRow("unknown type") << encodeFrame(FrameType(0x42), 1, QByteArray("abc"));
}

void TestFrame::needsMoreForEveryPrefix()
{
    QFETCH(QByteArray, wire);

    for (qsizetype n = 0; n < wire.size(); ++n) {
        const auto result = decodeFrame(QByteArrayView(wire).first(n));
        QVERIFY2(result.status == DecodeStatus::NeedMore,
                 qPrintable(QStringLiteral("prefix %1").arg(n)));
        QCOMPARE(result.consumed, qsizetype(0));
        QVERIFY(!result.value.has_value());
    }
    const auto whole = decodeFrame(wire);
    QCOMPARE(whole.status, DecodeStatus::Ok);
    QCOMPARE(whole.consumed, wire.size());
}

void TestFrame::tooLargeAsSoonAsHeaderIsIn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<DecodeStatus>("expected");

    const quint32 max = Frame::kMaxPayload;
    const quint8 data = quint8(FrameType::Data);
    QTest::newRow("1 MiB + 1, header only")
        << rawHeader(data, 1, max + 1) << DecodeStatus::TooLarge;
    QTest::newRow("1 MiB + 1, some payload")
        << rawHeader(data, 1, max + 1) + QByteArray(100, 'p') << DecodeStatus::TooLarge;
    QTest::newRow("2^31, header only") << rawHeader(data, 1, 0x80000000u) << DecodeStatus::TooLarge;
    QTest::newRow("u32 max, header only")
        << rawHeader(data, 1, 0xFFFFFFFFu) << DecodeStatus::TooLarge;
    QTest::newRow("u32 max on stream 0 HELLO")
        << rawHeader(quint8(FrameType::Hello), 0, 0xFFFFFFFFu) << DecodeStatus::TooLarge;
    QTest::newRow("u32 max, unknown type")
        << rawHeader(0xFF, 9, 0xFFFFFFFFu) << DecodeStatus::TooLarge;
    // The length is only looked at once all 9 header bytes are in.
    QTest::newRow("u32 max, 8 header bytes")
        << rawHeader(data, 1, 0xFFFFFFFFu).left(8) << DecodeStatus::NeedMore;
    QTest::newRow("exactly 1 MiB, header only")
        << rawHeader(data, 1, max) << DecodeStatus::NeedMore;
    QTest::newRow("exactly 1 MiB, payload short by 1")
        << rawHeader(data, 1, max) + QByteArray(max - 1, 'p') << DecodeStatus::NeedMore;
}

void TestFrame::tooLargeAsSoonAsHeaderIsIn()
{
    QFETCH(QByteArray, input);
    QFETCH(DecodeStatus, expected);

    const auto result = decodeFrame(input);
    QCOMPARE(result.status, expected);
    QVERIFY(!result.value.has_value());
    QCOMPARE(result.consumed, qsizetype(0));
    QCOMPARE(result.why.isEmpty(), expected != DecodeStatus::TooLarge);
}

void TestFrame::exactlyOneMiBIsAccepted()
{
    QByteArray payload(Frame::kMaxPayload, '\0');
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 7);
    const QByteArray wire = encodeFrame(FrameType::Data, 11, payload);
    QCOMPARE(wire.left(Frame::kHeaderSize), QByteArray::fromHex("11 0000000b 00100000"));

    const auto result = decodeFrame(wire + QByteArray("next"));
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, Frame::kHeaderSize + qsizetype(Frame::kMaxPayload));
    QCOMPARE(result.value->payload, payload);
    QCOMPARE(validateFrame(*result.value).code, ErrorCode::None);
}

void TestFrame::decodesFramesBackToBack()
{
    const QByteArray first = encodeFrame(FrameType::Open, 1, QByteArray::fromHex("0001"));
    const QByteArray second
        = encodeFrame(FrameType::Data, 1, QByteArray::fromHex("011122334455667788"));
    const QByteArray third = encodeFrame(FrameType::Fin, 1, {});
    const QByteArray buffer = first + second + third.left(5);

    QByteArrayView rest(buffer);
    const auto a = decodeFrame(rest);
    QCOMPARE(a.status, DecodeStatus::Ok);
    QCOMPARE(a.consumed, first.size());
    QCOMPARE(a.value->type, quint8(FrameType::Open));
    QCOMPARE(a.value->payload, QByteArray::fromHex("0001"));
    rest = rest.sliced(a.consumed);

    const auto b = decodeFrame(rest);
    QCOMPARE(b.status, DecodeStatus::Ok);
    QCOMPARE(b.consumed, second.size());
    QCOMPARE(b.value->type, quint8(FrameType::Data));
    QCOMPARE(b.value->payload, QByteArray::fromHex("011122334455667788"));
    rest = rest.sliced(b.consumed);

    QCOMPARE(rest.size(), qsizetype(5));
    QCOMPARE(decodeFrame(rest).status, DecodeStatus::NeedMore);
}

void TestFrame::unknownTypeDecodesRaw()
{
    // decodeFrame only frames bytes; refusing the type is validateFrame's job, so that the
    // connection can answer UnknownFrameType rather than a generic error.
    const auto result = decodeFrame(rawHeader(0x77, 4, 2) + QByteArray("zz"));
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, qsizetype(11));
    QCOMPARE(result.value->type, quint8(0x77));
    QCOMPARE(validateFrame(*result.value).code, ErrorCode::UnknownFrameType);
}

void TestFrame::validatesStructure_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<quint32>("stream");
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<ErrorCode>("expected");

    const auto fixedSize = [](FrameType t) {
        switch (t) {
        case FrameType::Welcome:
            return 2;
        case FrameType::Fin:
            return 0;
        case FrameType::Window:
            return 4;
        default:
            return 8;
        }
    };
    // Every known type on stream 0 and on a stream, with a payload of a legal size.
    for (const FrameType t : kAllTypes) {
        const bool connectionLevel = quint8(t) < 0x10;
        const QByteArray name = frameTypeName(quint8(t)).toLatin1();
        QTest::addRow("%s on stream 0", name.constData())
            << int(t) << 0u << fixedSize(t)
            << (connectionLevel ? ErrorCode::None : ErrorCode::ProtocolViolation);
        QTest::addRow("%s on stream 1", name.constData())
            << int(t) << 1u << fixedSize(t)
            << (connectionLevel ? ErrorCode::ProtocolViolation : ErrorCode::None);
        QTest::addRow("%s on stream u32 max", name.constData())
            << int(t) << 0xFFFFFFFFu << fixedSize(t)
            << (connectionLevel ? ErrorCode::ProtocolViolation : ErrorCode::None);
    }
    const int welcome = int(FrameType::Welcome);
    const int fin = int(FrameType::Fin);
    const int window = int(FrameType::Window);
    QTest::newRow("WELCOME payload 0") << welcome << 0u << 0 << ErrorCode::ProtocolViolation;
    QTest::newRow("WELCOME payload 1") << welcome << 0u << 1 << ErrorCode::ProtocolViolation;
    QTest::newRow("WELCOME payload 3") << welcome << 0u << 3 << ErrorCode::ProtocolViolation;
    QTest::newRow("FIN payload 1") << fin << 1u << 1 << ErrorCode::ProtocolViolation;
    QTest::newRow("FIN payload 4") << fin << 1u << 4 << ErrorCode::ProtocolViolation;
    QTest::newRow("WINDOW payload 0") << window << 1u << 0 << ErrorCode::ProtocolViolation;
    QTest::newRow("WINDOW payload 3") << window << 1u << 3 << ErrorCode::ProtocolViolation;
    QTest::newRow("WINDOW payload 5") << window << 1u << 5 << ErrorCode::ProtocolViolation;
    QTest::newRow("WINDOW payload 8") << window << 1u << 8 << ErrorCode::ProtocolViolation;
    // Variable-size payloads: any size is the frame layer's business only up to 1 MiB.
    QTest::newRow("HELLO empty") << int(FrameType::Hello) << 0u << 0 << ErrorCode::None;
    QTest::newRow("GOAWAY empty") << int(FrameType::GoAway) << 0u << 0 << ErrorCode::None;
    QTest::newRow("OPEN empty") << int(FrameType::Open) << 1u << 0 << ErrorCode::None;
    QTest::newRow("DATA empty") << int(FrameType::Data) << 1u << 0 << ErrorCode::None;
    QTest::newRow("DATA 1 MiB") << int(FrameType::Data) << 1u << int(Frame::kMaxPayload)
                                << ErrorCode::None;
    QTest::newRow("RESET empty") << int(FrameType::Reset) << 1u << 0 << ErrorCode::None;
    // Unknown types, whatever the stream: UnknownFrameType, not ProtocolViolation.
    for (const int t : {0x00, 0x04, 0x0F, 0x15, 0xFF}) {
        QTest::addRow("unknown 0x%02x on stream 0", t)
            << t << 0u << 0 << ErrorCode::UnknownFrameType;
        QTest::addRow("unknown 0x%02x on stream 1", t)
            << t << 1u << 4 << ErrorCode::UnknownFrameType;
    }
}

void TestFrame::validatesStructure()
{
    QFETCH(int, type);
    QFETCH(quint32, stream);
    QFETCH(int, payloadSize);
    QFETCH(ErrorCode, expected);

    const FrameCheck check = validateFrame(makeFrame(quint8(type), stream, payloadSize));
    QCOMPARE(check.code, expected);
    QCOMPARE(check.why.isEmpty(), expected == ErrorCode::None);
}

void TestFrame::namesFrameTypes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");

    QTest::newRow("HELLO") << 0x01 << QStringLiteral("HELLO");
    QTest::newRow("WINDOW") << 0x14 << QStringLiteral("WINDOW");
    QTest::newRow("unknown") << 0x0f << QStringLiteral("0x0f");
}

void TestFrame::namesFrameTypes()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    QCOMPARE(frameTypeName(quint8(type)), name);
}

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
