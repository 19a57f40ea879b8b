// The Spacedrop messages of docs/PROTOCOL.md §13.2: exact bytes and every field rule. The path
// rules and the split of an entry list into ENTRIES messages: tst_spacedropmessage_entries.cpp.
#include "net/bytewriter.h"
#include "net/operations/spacedrop/spacedropmessage.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

using namespace Ferry::Net;
using namespace Ferry::Net::Spacedrop;

namespace {

const QUuid kId = QUuid::fromString(QStringLiteral("00112233-4455-6677-8899-aabbccddeeff"));
const char kIdHex[] = "00112233445566778899aabbccddeeff";

QByteArray hex(const QByteArray &text)
{
    return QByteArray::fromHex(text);
}

QByteArray digestOf(int first) // 32 bytes first, first + 1, …
{
    QByteArray out;
    for (int i = 0; i < kDigestSize; ++i)
        out.append(char(first + i));
    return out;
}

SpacedropEntry file(const QString &path, quint64 size, qint64 mtimeMs = 0, bool exec = false)
{
    return {SpacedropEntry::Type::File, exec, size, mtimeMs, path};
}

SpacedropEntry folder(const QString &path)
{
    return {SpacedropEntry::Type::Folder, false, 0, 0, path};
}

QByteArray rawOffer(quint8 flags, quint32 count, const QByteArray &message = "hi",
                    const char *id = kIdHex)
{
    QByteArray out;
    ByteWriter(out).u8(0x01).bytes(hex(id)).u8(flags).u32(count).u64(5);
    ByteWriter(out).u16(quint16(message.size())).bytes(message);
    return out;
}

QByteArray rawDecline(quint8 reason, const QByteArray &detail)
{
    QByteArray out;
    ByteWriter(out).u8(0x83).u8(reason).u16(quint16(detail.size())).bytes(detail);
    return out;
}

// Decodes message with the decoder of kind; on Ok, re-encodes the value.
struct Decoded
{
    DecodeStatus status = DecodeStatus::NeedMore;
    QString why;
    qsizetype consumed = 0;
    QByteArray reencoded;
};

template<typename T, typename F> Decoded from(const DecodeResult<T> &result, F encode)
{
    Decoded d{result.status, result.why, result.consumed, {}};
    if (result.value)
        d.reencoded = encode(*result.value);
    return d;
}

Decoded decodeAs(Kind kind, QByteArrayView m)
{
    switch (kind) {
    case Kind::Offer:
        return from(Offer::decode(m), [](const Offer &v) { return v.encode(); });
    case Kind::Entries:
        return from(EntryBatch::decode(m), [](const EntryBatch &v) { return v.encode(); });
    case Kind::Asking:
        return from(Asking::decode(m), [](const Asking &v) { return v.encode(); });
    case Kind::Accept:
        return from(Accept::decode(m), [](const Accept &v) { return v.encode(); });
    case Kind::Decline:
        return from(Decline::decode(m), [](const Decline &v) { return v.encode(); });
    case Kind::Chunk:
        return from(Chunk::decode(m), [&](const Chunk &v) {
            return Chunk::encode(v.index, v.offset, m.sliced(Chunk::kHeaderSize, v.dataSize));
        });
    case Kind::FileEnd:
        return from(FileEnd::decode(m), [](const FileEnd &v) { return v.encode(); });
    case Kind::Pause:
    case Kind::Resume:
    case Kind::Done:
        return from(decodeSignal(m, kind), [](Kind v) { return encodeSignal(v); });
    }
    return {};
}

// One valid sample of each message, as the §13.6 example has them where it has one.
QList<std::pair<Kind, QByteArray>> samples()
{
    return {
        {Kind::Offer,
         hex("01 00112233445566778899aabbccddeeff 00 00000002 0000000000000005"
             "0002 6869")},
        {Kind::Entries,
         hex("02 00000002  02 00 0000000000000000 0000000000000000"
             "0007 486f6c69646179  01 00 0000000000000005 0000018bcfe56800"
             "000d 486f6c696461792f612e747874")},
        {Kind::Asking, hex("81 0000ea60")},
        {Kind::Accept, hex("82 00000003 0000000000001000") + digestOf(1)},
        {Kind::Decline, hex("83 02 000f 6e6f626f647920616e737765726564")},
        {Kind::Chunk, hex("03 00000001 0000000000000000 68656c6c6f")},
        {Kind::FileEnd,
         hex("04 00000001 2cf24dba5fb0a30e26e83b2ac5b9e29e"
             "1b161e5c1fa7425e73043362938b9824")},
        {Kind::Pause, hex("10")},
        {Kind::Resume, hex("11")},
        {Kind::Done, hex("84")},
    };
}

} // namespace

class TestSpacedropMessage : public QObject
{
    Q_OBJECT

private slots:
    void encodesExactBytes_data();
    void encodesExactBytes();
    void decodesFields();
    void decode_data();
    void decode();
    void encodeMakesTextSound();
    void chunkHeaderInPlace();
    void kindsAndReasonNames();
};

void TestSpacedropMessage::encodesExactBytes_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("wire");

    const auto s = samples();
    QTest::newRow("OFFER") << Offer{kId, false, 2, 5, QStringLiteral("hi")}.encode() << s[0].second;
    QTest::newRow("OFFER retry, caps, unicode message")
        << Offer{kId, true, kMaxEntryCount, ~0ull, QStringLiteral("\u00e9\u2615")}.encode()
        << hex(QByteArray("01") + kIdHex + "01 000f4240 ffffffffffffffff 0005 c3a9e29895");
    const SpacedropEntries holiday = {folder(QStringLiteral("Holiday")),
                                      file(QStringLiteral("Holiday/a.txt"), 5, 1700000000000)};
    QTest::newRow("ENTRIES") << EntryBatch{holiday}.encode() << s[1].second;
    QTest::newRow("ENTRIES executable, mtime -1, unicode")
        << EntryBatch{{file(QStringLiteral("\u00e9"), 0x0102030405060708, -1, true)}}.encode()
        << hex("02 00000001 01 01 0102030405060708 ffffffffffffffff 0002 c3a9");
    QTest::newRow("ENTRIES via encodeAll")
        << EntryBatch::encodeAll(holiday).value(0) << s[1].second;
    QTest::newRow("ASKING") << Asking{60000}.encode() << s[2].second;
    QTest::newRow("ACCEPT fresh") << Accept{}.encode()
                                  << hex("82 00000000 0000000000000000") + QByteArray(32, '\0');
    QTest::newRow("ACCEPT resume") << Accept{3, 4096, digestOf(1)}.encode() << s[3].second;
    QTest::newRow("DECLINE") << Decline{2, QStringLiteral("nobody answered")}.encode()
                             << s[4].second;
    QTest::newRow("DECLINE unknown reason, empty detail")
        << Decline{200, {}}.encode() << hex("83 c8 0000");
    QTest::newRow("CHUNK") << Chunk::encode(1, 0, "hello") << s[5].second;
    QTest::newRow("CHUNK max fields")
        << Chunk::encode(~0u, ~0ull, "x") << hex("03 ffffffff ffffffffffffffff 78");
    QTest::newRow("FILE_END")
        << FileEnd{1, QCryptographicHash::hash("hello", QCryptographicHash::Sha256)}.encode()
        << s[6].second;
    QTest::newRow("PAUSE") << encodeSignal(Kind::Pause) << s[7].second;
    QTest::newRow("RESUME") << encodeSignal(Kind::Resume) << s[8].second;
    QTest::newRow("DONE") << encodeSignal(Kind::Done) << s[9].second;
}

void TestSpacedropMessage::encodesExactBytes()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, wire);

    QCOMPARE(encoded.toHex(' '), wire.toHex(' '));
    // The documented bytes decode and encode back to themselves.
    const Decoded d = decodeAs(*kindOf(wire), wire);
    QCOMPARE(d.status, DecodeStatus::Ok);
    QCOMPARE(d.consumed, wire.size());
    QCOMPARE(d.reencoded, wire);
}

void TestSpacedropMessage::decodesFields()
{
    const auto s = samples();
    const auto offer = Offer::decode(s[0].second);
    QVERIFY(offer.isOk());
    QCOMPARE(offer.value->id, kId);
    QVERIFY(!offer.value->retry);
    QCOMPARE(offer.value->entryCount, 2u);
    QCOMPARE(offer.value->totalBytes, 5u);
    QCOMPARE(offer.value->message, QStringLiteral("hi"));

    const auto batch = EntryBatch::decode(s[1].second);
    QVERIFY(batch.isOk());
    const SpacedropEntries expected = {folder(QStringLiteral("Holiday")),
                                       file(QStringLiteral("Holiday/a.txt"), 5, 1700000000000)};
    QCOMPARE(batch.value->entries, expected);

    QCOMPARE(Asking::decode(s[2].second).value->timeoutMs, 60000u);
    const auto accept = Accept::decode(s[3].second);
    QCOMPARE(accept.value->resumeIndex, 3u);
    QCOMPARE(accept.value->resumeOffset, 4096u);
    QCOMPARE(accept.value->prefixSha256, digestOf(1));
    const auto decline = Decline::decode(s[4].second);
    QCOMPARE(decline.value->reason, quint8(DeclineReason::TimedOut));
    QCOMPARE(decline.value->detail, QStringLiteral("nobody answered"));

    const auto chunk = Chunk::decode(s[5].second);
    QCOMPARE(chunk.value->index, 1u);
    QCOMPARE(chunk.value->offset, 0u);
    QCOMPARE(chunk.value->dataSize, 5);
    QCOMPARE(s[5].second.sliced(Chunk::kHeaderSize), QByteArray("hello"));
    const auto end = FileEnd::decode(s[6].second);
    QCOMPARE(end.value->index, 1u);
    QCOMPARE(end.value->sha256, s[6].second.sliced(5));
    QCOMPARE(*decodeSignal(s[9].second, Kind::Done).value, Kind::Done);
}

void TestSpacedropMessage::decode_data()
{
    QTest::addColumn<int>("decoder");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<DecodeStatus>("expected");

    const DecodeStatus ok = DecodeStatus::Ok;
    const DecodeStatus bad = DecodeStatus::Invalid;
    const auto row = [](Kind k, const QString &name, const QByteArray &m, DecodeStatus status) {
        QTest::newRow(qPrintable(name)) << int(k) << m << status;
    };
    const QList<quint8> kinds = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x10, 0x11,
                                 0x12, 0x81, 0x82, 0x83, 0x84, 0x85, 0xff};
    for (const auto &[kind, message] : samples()) {
        const QString name = QStringLiteral("kind 0x%1").arg(quint8(kind), 2, 16, QLatin1Char('0'));
        row(kind, name + QStringLiteral(" valid"), message, ok);
        // A message is a whole DATA payload: a short one is Invalid, never NeedMore.
        const qsizetype shortest = kind == Kind::Chunk ? Chunk::kHeaderSize + 1 : message.size();
        for (qsizetype n = 0; n < shortest; ++n)
            row(kind, name + QStringLiteral(" cut to %1").arg(n), message.left(n), bad);
        row(kind, name + QStringLiteral(" + 1 byte"), message + '\0',
            kind == Kind::Chunk ? ok : bad);
        row(kind, name + QStringLiteral(" + itself"), message + message,
            kind == Kind::Chunk ? ok : bad);
        for (const quint8 other : kinds) {
            if (other != quint8(kind))
                row(kind,
                    name + QStringLiteral(" as kind 0x%1").arg(other, 2, 16, QLatin1Char('0')),
                    char(other) + message.mid(1), bad);
        }
    }

    // OFFER
    row(Kind::Offer, "OFFER retry", rawOffer(0x01, 1), ok);
    for (const quint8 flags : {0x02, 0x03, 0x80, 0xff})
        row(Kind::Offer, QStringLiteral("OFFER flags 0x%1").arg(flags, 0, 16), rawOffer(flags, 1),
            bad);
    row(Kind::Offer, "OFFER count 0", rawOffer(0, 0), bad);
    row(Kind::Offer, "OFFER count 1", rawOffer(0, 1), ok);
    row(Kind::Offer, "OFFER count 1 000 000", rawOffer(0, 1'000'000), ok);
    row(Kind::Offer, "OFFER count 1 000 001", rawOffer(0, 1'000'001), bad);
    row(Kind::Offer, "OFFER count 2^32-1", rawOffer(0, ~0u), bad);
    row(Kind::Offer, "OFFER null id", rawOffer(0, 1, "hi", "00000000000000000000000000000000"),
        bad);
    row(Kind::Offer, "OFFER id not version 4",
        rawOffer(0, 1, "", "ffffffffffffffffffffffffffffffff"), ok);
    row(Kind::Offer, "OFFER empty message", rawOffer(0, 1, ""), ok);
    row(Kind::Offer, "OFFER message 1024 bytes", rawOffer(0, 1, QByteArray(1024, 'm')), ok);
    row(Kind::Offer, "OFFER message 1025 bytes", rawOffer(0, 1, QByteArray(1025, 'm')), bad);
    row(Kind::Offer, "OFFER message 512 x U+00E9",
        rawOffer(0, 1, QByteArray("\xC3\xA9").repeated(512)), ok);
    row(Kind::Offer, "OFFER message U+FEFF first", rawOffer(0, 1, "\xEF\xBB\xBFhi"), ok);
    row(Kind::Offer, "OFFER message length past end", rawOffer(0, 1, "hi").chopped(1), bad);
    const QList<std::pair<const char *, QByteArray>> badText = {
        {"newline", "a\nb"},
        {"tab", "a\tb"},
        {"NUL", QByteArray(1, '\0')},
        {"DEL", "\x7F"},
        {"ESC [31m", "\x1B[31m"},
        {"U+0085", "\xC2\x85"},
        {"U+009B", "\xC2\x9B"},
        {"overlong NUL", "\xC0\x80"},
        {"surrogate", "\xED\xA0\x80"},
        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"0xFF", "\xFF"},
        {"cut sequence", "ab\xE2\x82"},
    };
    for (const auto &[name, text] : badText) {
        row(Kind::Offer, QStringLiteral("OFFER message %1").arg(QLatin1String(name)),
            rawOffer(0, 1, text), bad);
        row(Kind::Decline, QStringLiteral("DECLINE detail %1").arg(QLatin1String(name)),
            rawDecline(1, text), bad);
    }

    // ASKING, ACCEPT, DECLINE, CHUNK
    row(Kind::Asking, "ASKING 0 ms", hex("81 00000000"), ok);
    row(Kind::Accept, "ACCEPT offset 0, digest not zero",
        hex("82 00000000 0000000000000000") + QByteArray(31, '\0') + '\1', bad);
    row(Kind::Accept, "ACCEPT offset 1, zero digest",
        hex("82 00000000 0000000000000001") + QByteArray(32, '\0'), ok);
    row(Kind::Accept, "ACCEPT index 2^32-1 offset 2^64-1",
        hex("82 ffffffff ffffffffffffffff") + digestOf(0x80), ok);
    for (const quint8 reason : {0, 1, 6, 7, 255})
        row(Kind::Decline, QStringLiteral("DECLINE reason %1").arg(reason), rawDecline(reason, "x"),
            ok);
    row(Kind::Decline, "DECLINE detail 1024 bytes", rawDecline(1, QByteArray(1024, 'd')), ok);
    row(Kind::Decline, "DECLINE detail 1025 bytes", rawDecline(1, QByteArray(1025, 'd')), bad);
    row(Kind::Decline, "DECLINE detail length past end", rawDecline(1, "ab").chopped(1), bad);
    const QByteArray chunkHeader = hex("03 00000000 0000000000000000");
    row(Kind::Chunk, "CHUNK no data", chunkHeader, bad);
    row(Kind::Chunk, "CHUNK 1 MiB", chunkHeader + QByteArray(Chunk::kMaxData, 'x'), ok);
    row(Kind::Chunk, "CHUNK 1 MiB + 1", chunkHeader + QByteArray(Chunk::kMaxData + 1, 'x'), bad);
    row(Kind::Pause, "PAUSE read as RESUME", hex("11"), bad);
    row(Kind::Offer, "OFFER over 1 MiB", rawOffer(0, 1) + QByteArray(kMaxMessage, '\0'), bad);
}

void TestSpacedropMessage::decode()
{
    QFETCH(int, decoder);
    QFETCH(QByteArray, message);
    QFETCH(DecodeStatus, expected);

    const Decoded d = decodeAs(Kind(decoder), message);
    QCOMPARE(d.status, expected);
    if (expected != DecodeStatus::Ok) {
        QVERIFY(!d.why.isEmpty());
        QVERIFY(d.reencoded.isEmpty());
        return;
    }
    QVERIFY2(d.why.isEmpty(), qPrintable(d.why));
    QCOMPARE(d.consumed, message.size());
    // Canonical: what decodes encodes back to exactly the same bytes.
    QVERIFY(d.reencoded == message);
}

void TestSpacedropMessage::encodeMakesTextSound()
{
    const Offer offer{kId, false, 1, 0, QStringLiteral("a\nb\u009b") + QString(1100, QChar(0xE9))};
    const auto decoded = Offer::decode(offer.encode());
    QVERIFY(decoded.isOk());
    QCOMPARE(decoded.value->message, QStringLiteral("a b ") + QString(510, QChar(0xE9)));
    const auto decline = Decline::decode(Decline{1, QString(2000, QLatin1Char('\t'))}.encode());
    QVERIFY(decline.isOk());
    QCOMPARE(decline.value->detail, QString(1024, QLatin1Char(' ')));
}

void TestSpacedropMessage::chunkHeaderInPlace()
{
    // A reader fills the data part of a preallocated message and writes the header last.
    QByteArray message(Chunk::kHeaderSize + 3, 'z');
    Chunk::writeHeader(message.data(), 0x01020304, 0x05060708090a0b0c);
    QCOMPARE(message, Chunk::encode(0x01020304, 0x05060708090a0b0c, "zzz"));
    QCOMPARE(message.toHex(' '), hex("03 01020304 05060708090a0b0c 7a7a7a").toHex(' '));
}

void TestSpacedropMessage::kindsAndReasonNames()
{
    for (const auto &[kind, message] : samples())
        QCOMPARE(kindOf(message), std::optional<Kind>(kind));
    for (const char unknown : {'\x00', '\x05', '\x0f', '\x12', '\x80', '\x85', '\xff'})
        QCOMPARE(kindOf(QByteArray(1, unknown)), std::nullopt);
    QCOMPARE(kindOf({}), std::nullopt);

    QCOMPARE(declineReasonName(1), QStringLiteral("Declined"));
    QCOMPARE(declineReasonName(2), QStringLiteral("TimedOut"));
    QCOMPARE(declineReasonName(3), QStringLiteral("InsufficientSpace"));
    QCOMPARE(declineReasonName(4), QStringLiteral("TooLarge"));
    QCOMPARE(declineReasonName(5), QStringLiteral("Busy"));
    QCOMPARE(declineReasonName(6), QStringLiteral("Unavailable"));
    QCOMPARE(declineReasonName(0), QStringLiteral("Unknown(0)"));
    QCOMPARE(declineReasonName(7), QStringLiteral("Unknown(7)"));
    // Only the one-byte kinds have a signal decoder.
    QCOMPARE(decodeSignal(hex("01"), Kind::Offer).status, DecodeStatus::Invalid);
}

QTEST_APPLESS_MAIN(TestSpacedropMessage)
#include "tst_spacedropmessage.moc"
