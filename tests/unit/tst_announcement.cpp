// Discovery datagrams of docs/PROTOCOL.md §12.2: encode, the rules decode enforces, and the
// signature that stops anyone announcing (or saying goodbye for) a key they do not hold.
#include "net/announcement.h"
#include "net/bytewriter.h"
#include "net/deviceidentity.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

#include <functional>

using namespace Ferry::Net;

namespace {

DeviceIdentity identityFromSeed(int first)
{
    QByteArray seed;
    for (int i = 0; i < DeviceIdentity::kSeedSize; ++i)
        seed.append(char(first + i));
    return DeviceIdentity::fromPrivateSeed(seed).value_or(DeviceIdentity());
}

// The key of docs/PROTOCOL.md §12.4: seed 01 02 … 20.
DeviceIdentity exampleSigner()
{
    static const DeviceIdentity signer = identityFromSeed(0x01);
    return signer;
}

DeviceIdentity otherSigner()
{
    static const DeviceIdentity signer = identityFromSeed(0x41);
    return signer;
}

QByteArray u16(quint16 v)
{
    QByteArray out;
    ByteWriter(out).u16(v);
    return out;
}

// A datagram written field by field with no caps or checks, so that each field can be broken,
// then signed by `signer` over everything before the signature (so that a row fails for the
// rule it breaks, not for its signature).
struct RawDatagram
{
    QByteArray magic = "FRYD";
    quint8 format = 1;
    quint8 kind = 1;
    quint16 minVersion = 1;
    quint16 maxVersion = 1;
    QByteArray identity = exampleSigner().remoteIdentity().rawKey();
    QByteArray instance = QByteArray::fromHex("0102030405060708");
    QByteArray sequence = QByteArray::fromHex("00000001");
    quint16 tcpPort = 47474;
    QByteArray name = "Ana's laptop";
    QByteArray os = "Linux";
    QByteArray model = "";
    QByteArray appVersion = "0.1.0";
    int extensionLength = -1; // -1: extensions.size()
    QByteArray extensions;
    DeviceIdentity signer = exampleSigner();
    qsizetype signatureSize = 64; // shorter: the signature cut
    QByteArray trailing;

    // (field name, its bytes) in wire order, the signature last.
    QList<std::pair<QByteArray, QByteArray>> fields() const
    {
        QList<std::pair<QByteArray, QByteArray>> out = {
            {"magic", magic},
            {"format", QByteArray(1, char(format))},
            {"kind", QByteArray(1, char(kind))},
            {"min_version", u16(minVersion)},
            {"max_version", u16(maxVersion)},
            {"identity", identity},
            {"instance", instance},
            {"sequence", sequence},
            {"tcp_port", u16(tcpPort)},
            {"device_name length", u16(quint16(name.size()))},
            {"device_name", name},
            {"os length", u16(quint16(os.size()))},
            {"os", os},
            {"device_model length", u16(quint16(model.size()))},
            {"device_model", model},
            {"app_version length", u16(quint16(appVersion.size()))},
            {"app_version", appVersion},
            {"extension_length",
             u16(quint16(extensionLength < 0 ? extensions.size() : extensionLength))},
            {"extensions", extensions},
        };
        QByteArray body;
        for (const auto &field : out)
            body += field.second;
        out.append({"signature", signer.sign(body).first(signatureSize)});
        return out;
    }
    QByteArray bytes() const
    {
        QByteArray out;
        for (const auto &field : fields())
            out += field.second;
        return out + trailing;
    }
};

Announcement sample(Announcement::Kind kind)
{
    Announcement a;
    a.kind = kind;
    a.minVersion = 1;
    a.maxVersion = 3;
    a.identity = exampleSigner().remoteIdentity();
    a.instance = 0xFEDCBA9876543210;
    a.sequence = 42;
    a.tcpPort = 50123;
    a.metadata.deviceName = QStringLiteral("Ana\u2019s laptop \u2615");
    a.metadata.os = QStringLiteral("Linux");
    a.metadata.deviceModel = QStringLiteral("ThinkPad X1 Carbon");
    a.metadata.appVersion = QStringLiteral("0.1.0");
    return a;
}

void compareAnnouncement(const Announcement &actual, const Announcement &expected)
{
    QCOMPARE(int(actual.kind), int(expected.kind));
    QCOMPARE(actual.minVersion, expected.minVersion);
    QCOMPARE(actual.maxVersion, expected.maxVersion);
    QCOMPARE(actual.identity.rawKey(), expected.identity.rawKey());
    QCOMPARE(actual.instance, expected.instance);
    QCOMPARE(actual.sequence, expected.sequence);
    QCOMPARE(actual.tcpPort, expected.tcpPort);
    QCOMPARE(actual.metadata.deviceName, expected.metadata.deviceName);
    QCOMPARE(actual.metadata.os, expected.metadata.os);
    QCOMPARE(actual.metadata.deviceModel, expected.metadata.deviceModel);
    QCOMPARE(actual.metadata.appVersion, expected.metadata.appVersion);
    QVERIFY(actual.metadata.capabilities.isEmpty());
}

// Offset of the identity field and of the signature in a datagram.
constexpr qsizetype kIdentityAt = 10;

} // namespace

Q_DECLARE_METATYPE(Ferry::Net::Announcement)

class TestAnnouncement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void encodesExactBytes();
    void encodeSignsWithSignerIdentity();
    void encodeMakesFieldsSound_data();
    void encodeMakesFieldsSound();
    void encodeOfPortZeroIsRefused();
    void decode_data();
    void decode();
    void refusesEveryStrictPrefix();
    void refusesFlippedBitAtEveryByte_data();
    void refusesFlippedBitAtEveryByte();
    void refusesForgedSigner();
};

void TestAnnouncement::initTestCase()
{
    QVERIFY(!exampleSigner().isNull());
    QVERIFY(!otherSigner().isNull());
}

void TestAnnouncement::roundTrips_data()
{
    QTest::addColumn<Announcement>("announcement");

    QTest::newRow("announce") << sample(Announcement::Kind::Announce);
    QTest::newRow("query") << sample(Announcement::Kind::Query);
    QTest::newRow("goodbye") << sample(Announcement::Kind::Goodbye);
    QTest::newRow("probe") << sample(Announcement::Kind::Probe);

    Announcement minimal;
    minimal.identity = exampleSigner().remoteIdentity();
    minimal.instance = 1;
    minimal.tcpPort = 1;
    minimal.metadata.deviceName = QStringLiteral("x");
    QTest::newRow("name only, port 1") << minimal;

    Announcement atCaps = sample(Announcement::Kind::Announce);
    atCaps.minVersion = 0xFFFF;
    atCaps.maxVersion = 0xFFFF;
    atCaps.instance = ~quint64(0);
    atCaps.sequence = ~quint32(0);
    atCaps.tcpPort = 0xFFFF;
    atCaps.metadata.deviceName = QString(64, QChar(0xE9)); // 128 bytes
    atCaps.metadata.os = QString(32, QLatin1Char('o'));
    atCaps.metadata.deviceModel = QString::fromUtf8("\xF0\x9F\x92\xBB").repeated(16); // 64 bytes
    atCaps.metadata.appVersion = QString(32, QLatin1Char('9'));
    QTest::newRow("every field at its top") << atCaps;
}

void TestAnnouncement::roundTrips()
{
    QFETCH(Announcement, announcement);

    const QByteArray wire = announcement.encode(exampleSigner());
    QVERIFY(wire.size() <= Announcement::kMaxDatagram);
    const auto result = Announcement::decode(wire);
    QVERIFY2(result.isOk(), qPrintable(result.why));
    QCOMPARE(result.consumed, wire.size());
    compareAnnouncement(*result.value, announcement);
    // Canonical and deterministic (pure Ed25519): encoding again gives the same bytes.
    QCOMPARE(result.value->encode(exampleSigner()), wire);
}

void TestAnnouncement::encodesExactBytes()
{
    // The example of docs/PROTOCOL.md §12.4; the signature was computed independently (Python
    // cryptography) over the 88 bytes before it.
    Announcement a;
    a.kind = Announcement::Kind::Announce;
    a.instance = 0x0102030405060708;
    a.sequence = 1;
    a.tcpPort = 47474;
    a.metadata.deviceName = QStringLiteral("Ana's laptop");
    a.metadata.os = QStringLiteral("Linux");
    a.metadata.appVersion = QStringLiteral("0.1.0");
    const QByteArray expected
        = QByteArray::fromHex("46525944 01 01 0001 0001"
                              "79b5562e8fe654f94078b112e8a98ba7901f853ae695bed7e0e3910bad049664"
                              "0102030405060708 00000001 b972"
                              "000c 416e612773206c6170746f70"
                              "0005 4c696e7578"
                              "0000"
                              "0005 302e312e30"
                              "0000"
                              "7dda1ecfba3d215aaa7b24d3ff389ff5a3fc839d88999a760187208fcab65b48"
                              "fd8712902040b6bbe7e42d28f6137fe1cfccdb7508f81415c8f67a5901bb8d0b");
    QCOMPARE(expected.size(), 152);
    QCOMPARE(a.encode(exampleSigner()).toHex(' '), expected.toHex(' '));
    QCOMPARE(RawDatagram().bytes().toHex(' '), expected.toHex(' '));
}

void TestAnnouncement::encodeSignsWithSignerIdentity()
{
    // The identity field is the signer's, whatever the struct held: a datagram can only claim
    // the key that signed it.
    Announcement a = sample(Announcement::Kind::Announce);
    a.identity = otherSigner().remoteIdentity();
    const auto result = Announcement::decode(a.encode(exampleSigner()));
    QVERIFY2(result.isOk(), qPrintable(result.why));
    QCOMPARE(result.value->identity.rawKey(), exampleSigner().remoteIdentity().rawKey());
}

void TestAnnouncement::encodeMakesFieldsSound_data()
{
    QTest::addColumn<Announcement>("announcement");
    QTest::addColumn<Announcement>("expected");

    // A row for sample() changed by edit, which also says what the peer must decode.
    const auto row
        = [](const char *name, const std::function<void(Announcement &, Announcement &)> &edit) {
              Announcement sent = sample(Announcement::Kind::Announce);
              Announcement got = sent;
              edit(sent, got);
              QTest::newRow(name) << sent << got;
          };
    row("newline in name", [](Announcement &a, Announcement &e) {
        a.metadata.deviceName = QStringLiteral("Ana\nlaptop");
        e.metadata.deviceName = QStringLiteral("Ana laptop");
    });
    row("C1 CSI in name", [](Announcement &a, Announcement &e) {
        a.metadata.deviceName = QStringLiteral("a\u009Bb");
        e.metadata.deviceName = QStringLiteral("a b");
    });
    row("blank name", [](Announcement &a, Announcement &e) {
        a.metadata.deviceName = QStringLiteral("  ");
        e.metadata.deviceName = QStringLiteral("Ferry device");
    });
    row("empty name", [](Announcement &a, Announcement &e) {
        a.metadata.deviceName.clear();
        e.metadata.deviceName = QStringLiteral("Ferry device");
    });
    row("only controls", [](Announcement &a, Announcement &e) {
        a.metadata.deviceName = QStringLiteral("\t\r\n");
        e.metadata.deviceName = QStringLiteral("Ferry device");
    });
    row("controls in os, model and version", [](Announcement &a, Announcement &e) {
        a.metadata.os = QStringLiteral("Li\x01nux");
        a.metadata.deviceModel = QStringLiteral("\x7FX1");
        a.metadata.appVersion = QStringLiteral("0.1\r");
        e.metadata.os = QStringLiteral("Li nux");
        e.metadata.deviceModel = QStringLiteral(" X1");
        e.metadata.appVersion = QStringLiteral("0.1 ");
    });
    row("name over its cap, cut inside a character", [](Announcement &a, Announcement &e) {
        a.metadata.deviceName = QLatin1Char('a') + QString(70, QChar(0x20AC)); // 211 bytes
        e.metadata.deviceName = QLatin1Char('a') + QString(42, QChar(0x20AC)); // 127 bytes
    });
    row("os, model and version over caps", [](Announcement &a, Announcement &e) {
        a.metadata.os = QString(40, QLatin1Char('o'));
        a.metadata.deviceModel = QString(65, QChar(0xE9));
        a.metadata.appVersion = QString(33, QLatin1Char('v'));
        e.metadata.os = QString(32, QLatin1Char('o'));
        e.metadata.deviceModel = QString(32, QChar(0xE9));
        e.metadata.appVersion = QString(32, QLatin1Char('v'));
    });
    row("versions 0-0", [](Announcement &a, Announcement &e) {
        a.minVersion = a.maxVersion = 0;
        e.minVersion = e.maxVersion = 1;
    });
    row("versions 3-2", [](Announcement &a, Announcement &e) {
        a.minVersion = 3;
        a.maxVersion = 2;
        e.minVersion = e.maxVersion = 3;
    });
    // Receivers refuse instance 0; the encoder sends 1 rather than a datagram nobody accepts.
    row("instance 0", [](Announcement &a, Announcement &e) {
        a.instance = 0;
        e.instance = 1;
    });
    row("capabilities are not announced", [](Announcement &a, Announcement &e) {
        a.metadata.capabilities = {1, 2};
        e.metadata.capabilities.clear();
    });
}

void TestAnnouncement::encodeMakesFieldsSound()
{
    QFETCH(Announcement, announcement);
    QFETCH(Announcement, expected);

    const auto result = Announcement::decode(announcement.encode(exampleSigner()));
    QVERIFY2(result.isOk(), qPrintable(result.why));
    compareAnnouncement(*result.value, expected);
}

void TestAnnouncement::encodeOfPortZeroIsRefused()
{
    // Port 0 is a caller bug the encoder cannot fix; the receiver's rule catches it.
    Announcement a = sample(Announcement::Kind::Announce);
    a.tcpPort = 0;
    const auto result = Announcement::decode(a.encode(exampleSigner()));
    QCOMPARE(result.status, DecodeStatus::Invalid);
    QVERIFY2(result.why.contains(QLatin1String("tcp_port 0")), qPrintable(result.why));
}

void TestAnnouncement::decode_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<DecodeStatus>("expected");
    QTest::addColumn<QString>("why"); // part of the reason, for Invalid and TooLarge

    const DecodeStatus ok = DecodeStatus::Ok;
    const DecodeStatus bad = DecodeStatus::Invalid;
    // A row for the valid RawDatagram changed by edit.
    const auto row = [](const char *name, DecodeStatus status, const char *why,
                        const std::function<void(RawDatagram &)> &edit) {
        RawDatagram raw;
        edit(raw);
        QTest::newRow(name) << raw.bytes() << status << QString::fromUtf8(why);
    };
    row("valid", ok, "", [](RawDatagram &) {});
    row("query", ok, "", [](RawDatagram &d) { d.kind = 2; });
    row("goodbye", ok, "", [](RawDatagram &d) { d.kind = 3; });

    row("magic FRRY (HELLO's)", bad, "bad magic", [](RawDatagram &d) { d.magic = "FRRY"; });
    row("magic lower case", bad, "bad magic", [](RawDatagram &d) { d.magic = "fryd"; });
    row("format 0", bad, "unknown format 0", [](RawDatagram &d) { d.format = 0; });
    row("format 2", bad, "unknown format 2", [](RawDatagram &d) { d.format = 2; });
    row("kind 0", bad, "unknown kind 0", [](RawDatagram &d) { d.kind = 0; });
    row("kind 5", bad, "unknown kind 5", [](RawDatagram &d) { d.kind = 5; });
    row("kind 255", bad, "unknown kind 255", [](RawDatagram &d) { d.kind = 255; });

    row("min 0", bad, "version range", [](RawDatagram &d) { d.minVersion = 0; });
    row("min 0 max 0", bad, "version range", [](RawDatagram &d) {
        d.minVersion = 0;
        d.maxVersion = 0;
    });
    row("min > max", bad, "version range", [](RawDatagram &d) {
        d.minVersion = 2;
        d.maxVersion = 1;
    });
    row("versions 1-65535", ok, "", [](RawDatagram &d) { d.maxVersion = 0xFFFF; });

    row("instance 0", bad, "instance 0", [](RawDatagram &d) { d.instance = QByteArray(8, 0); });
    row("sequence 0", ok, "", [](RawDatagram &d) { d.sequence = QByteArray(4, 0); });
    row("port 0", bad, "tcp_port 0", [](RawDatagram &d) { d.tcpPort = 0; });
    row("port 65535", ok, "", [](RawDatagram &d) { d.tcpPort = 0xFFFF; });

    row("name at cap 128", ok, "", [](RawDatagram &d) { d.name = QByteArray(128, 'n'); });
    row("name 129 bytes, all present", bad, "over its cap",
        [](RawDatagram &d) { d.name = QByteArray(129, 'n'); });
    row("empty name", bad, "blank", [](RawDatagram &d) { d.name = ""; });
    row("blank name", bad, "blank", [](RawDatagram &d) { d.name = "   "; });
    row("name with spaces around", ok, "", [](RawDatagram &d) { d.name = " a "; });
    row("name newline", bad, "control", [](RawDatagram &d) { d.name = "a\nb"; });
    row("name NUL", bad, "control", [](RawDatagram &d) { d.name = QByteArray("a\0b", 3); });
    row("name escape sequence", bad, "control", [](RawDatagram &d) { d.name = "\x1B[2Jx"; });
    row("name C1 CSI U+009B", bad, "control",
        [](RawDatagram &d) { d.name = QByteArray("a") + "\xC2\x9B" + "b"; });
    row("name overlong NUL", bad, "UTF-8", [](RawDatagram &d) { d.name = "a\xC0\x80"; });
    row("name surrogate", bad, "UTF-8", [](RawDatagram &d) { d.name = "\xED\xA0\x80"; });
    row("name truncated sequence", bad, "UTF-8", [](RawDatagram &d) { d.name = "ab\xE2\x82"; });
    row("os 33 bytes", bad, "over its cap", [](RawDatagram &d) { d.os = QByteArray(33, 'o'); });
    row("os tab", bad, "control", [](RawDatagram &d) { d.os = "Li\tnux"; });
    row("model at cap 64", ok, "", [](RawDatagram &d) { d.model = QByteArray(64, 'm'); });
    row("model 65 bytes", bad, "over its cap",
        [](RawDatagram &d) { d.model = QByteArray(65, 'm'); });
    row("model above U+10FFFF", bad, "UTF-8", [](RawDatagram &d) { d.model = "\xF4\x90\x80\x80"; });
    row("app version 33 bytes", bad, "over its cap",
        [](RawDatagram &d) { d.appVersion = QByteArray(33, '1'); });
    row("app version DEL", bad, "control", [](RawDatagram &d) { d.appVersion = "0.1\x7F"; });

    row("extensions present", ok, "",
        [](RawDatagram &d) { d.extensions = QByteArray("\x00\x01later", 7); });
    row("extensions at cap 256", ok, "",
        [](RawDatagram &d) { d.extensions = QByteArray(256, '\xEE'); });
    row("extension_length 257", bad, "extensions",
        [](RawDatagram &d) { d.extensions = QByteArray(257, '\xEE'); });
    row("extension_length 65535", bad, "extensions", [](RawDatagram &d) {
        d.extensionLength = 0xFFFF;
        d.extensions = QByteArray(100, 'x');
    });
    // The extensions claim more than is there: what is read as extensions eats the signature.
    row("extension_length past the end", bad, "", [](RawDatagram &d) { d.extensionLength = 200; });

    row("63-byte signature", bad, "signature", [](RawDatagram &d) { d.signatureSize = 63; });
    row("no signature", bad, "signature", [](RawDatagram &d) { d.signatureSize = 0; });
    row("byte after the signature", bad, "after the fields",
        [](RawDatagram &d) { d.trailing = QByteArray(1, '\0'); });
    row("signature twice", bad, "after the fields", [](RawDatagram &d) {
        const QList<std::pair<QByteArray, QByteArray>> fields = d.fields();
        d.trailing = fields.last().second;
    });
    row("signed by another key", bad, "bad signature",
        [](RawDatagram &d) { d.signer = otherSigner(); });
    row("key that is no point", bad, "bad signature",
        [](RawDatagram &d) { d.identity = QByteArray(32, '\xFF'); });

    const QByteArray valid = RawDatagram().bytes();
    QTest::newRow("1024 bytes") << valid + QByteArray(1024 - valid.size(), 'x') << bad
                                << "after the fields";
    QTest::newRow("1025 bytes") << valid + QByteArray(1025 - valid.size(), 'x')
                                << DecodeStatus::TooLarge << "1025";
    QTest::newRow("64 KiB of zeros") << QByteArray(65536, '\0') << DecodeStatus::TooLarge << "";

    // Truncated at every field boundary and in the middle of every multi-byte field.
    qsizetype offset = 0;
    for (const auto &[field, bytes] : RawDatagram().fields()) {
        QTest::addRow("truncated before %s", field.constData()) << valid.left(offset) << bad << "";
        if (bytes.size() > 1)
            QTest::addRow("truncated inside %s", field.constData())
                << valid.left(offset + bytes.size() / 2) << bad << "";
        offset += bytes.size();
    }
    QCOMPARE(offset, valid.size());
}

void TestAnnouncement::decode()
{
    QFETCH(QByteArray, datagram);
    QFETCH(DecodeStatus, expected);
    QFETCH(QString, why);

    const auto result = Announcement::decode(datagram);
    QVERIFY2(result.status == expected, qPrintable(result.why));
    QCOMPARE(result.status, expected);
    QCOMPARE(result.value.has_value(), expected == DecodeStatus::Ok);
    QCOMPARE(result.why.isEmpty(), expected == DecodeStatus::Ok);
    QVERIFY2(result.why.contains(why), qPrintable(result.why));
    if (expected != DecodeStatus::Ok)
        return;
    QCOMPARE(result.consumed, datagram.size());
    QCOMPARE(result.value->identity.rawKey(), exampleSigner().remoteIdentity().rawKey());
}

void TestAnnouncement::refusesEveryStrictPrefix()
{
    const QByteArray full = sample(Announcement::Kind::Announce).encode(exampleSigner());
    QVERIFY(Announcement::decode(full).isOk());
    for (qsizetype n = 0; n < full.size(); ++n) {
        const auto result = Announcement::decode(QByteArrayView(full).first(n));
        // A datagram is whole or nothing: never NeedMore.
        QVERIFY2(result.status == DecodeStatus::Invalid, qPrintable(QString::number(n)));
        QVERIFY(!result.value.has_value());
    }
}

void TestAnnouncement::refusesFlippedBitAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::newRow("announce") << sample(Announcement::Kind::Announce).encode(exampleSigner());
    QTest::newRow("goodbye") << sample(Announcement::Kind::Goodbye).encode(exampleSigner());
    RawDatagram withExtensions;
    withExtensions.extensions = "later fields";
    QTest::newRow("with extensions") << withExtensions.bytes();
}

void TestAnnouncement::refusesFlippedBitAtEveryByte()
{
    QFETCH(QByteArray, datagram);
    QVERIFY(Announcement::decode(datagram).isOk());
    // No byte, extensions included, can be changed without the key: not the kind (an ANNOUNCE
    // turned into a GOODBYE), not the port, not the signature itself. One bit per byte, a
    // different bit at each position; every bit of every byte costs 8 times as long.
    for (qsizetype at = 0; at < datagram.size(); ++at) {
        QByteArray forged = datagram;
        forged[at] = char(forged[at] ^ (1 << (at % 8)));
        const auto result = Announcement::decode(forged);
        QVERIFY2(result.status == DecodeStatus::Invalid,
                 qPrintable(QStringLiteral("bit %1 of byte %2").arg(at % 8).arg(at)));
    }
}

void TestAnnouncement::refusesForgedSigner()
{
    const QByteArray mine = sample(Announcement::Kind::Goodbye).encode(exampleSigner());
    const QByteArray theirs = sample(Announcement::Kind::Goodbye).encode(otherSigner());
    const QByteArray myKey = exampleSigner().remoteIdentity().rawKey();
    const QByteArray theirKey = otherSigner().remoteIdentity().rawKey();
    QVERIFY(Announcement::decode(mine).isOk());
    QVERIFY(Announcement::decode(theirs).isOk());
    QCOMPARE(mine.mid(kIdentityAt, 32), myKey);

    // Their datagram with my identity put in: signed, but not by the key it claims.
    QByteArray claimed = theirs;
    claimed.replace(kIdentityAt, 32, myKey);
    QCOMPARE(Announcement::decode(claimed).status, DecodeStatus::Invalid);

    // My datagram with their identity: my signature does not verify under their key.
    QByteArray swapped = mine;
    swapped.replace(kIdentityAt, 32, theirKey);
    QCOMPARE(Announcement::decode(swapped).status, DecodeStatus::Invalid);

    // My fields, their signature (both over the same fields apart from the identity).
    QByteArray mixed = mine;
    mixed.replace(mixed.size() - 64, 64, theirs.right(64));
    QCOMPARE(Announcement::decode(mixed).status, DecodeStatus::Invalid);
}

QTEST_GUILESS_MAIN(TestAnnouncement)
#include "tst_announcement.moc"
