// HELLO payload of docs/PROTOCOL.md §5.2 and version negotiation of §5.3.
#include "net/bytewriter.h"
#include "net/hello.h"
#include "tests/support/decodestatus.h"

#include <QtTest>

#include <functional>

using namespace Ferry::Net;

namespace {

QByteArray testKey()
{
    QByteArray key(RemoteIdentity::kSize, '\0');
    for (qsizetype i = 0; i < key.size(); ++i)
        key[i] = char(0xA0 + i);
    return key;
}

// A HELLO written field by field with no caps or checks, so that each field can be broken.
struct RawHello
{
    QByteArray magic = "FRRY";
    quint16 minVersion = 1;
    quint16 maxVersion = 1;
    QByteArray identity = testKey();
    QByteArray name = "Ana's laptop";
    QByteArray os = "Linux";
    QByteArray model = "X1";
    QByteArray appVersion = "0.1.0";
    int capabilityCount = -1; // -1: capabilities.size()
    QList<quint16> capabilities = {1, 0x0203};
    QByteArray trailing;

    // (field name, its bytes) in wire order.
    QList<std::pair<QByteArray, QByteArray>> fields() const
    {
        const auto u16 = [](quint16 v) {
            QByteArray out;
            ByteWriter(out).u16(v);
            return out;
        };
        QList<std::pair<QByteArray, QByteArray>> out = {
            {"magic", magic},
            {"min_version", u16(minVersion)},
            {"max_version", u16(maxVersion)},
            {"identity", identity},
            {"device_name length", u16(quint16(name.size()))},
            {"device_name", name},
            {"os length", u16(quint16(os.size()))},
            {"os", os},
            {"device_model length", u16(quint16(model.size()))},
            {"device_model", model},
            {"app_version length", u16(quint16(appVersion.size()))},
            {"app_version", appVersion},
            {"capability_count",
             QByteArray(1, char(capabilityCount < 0 ? capabilities.size() : capabilityCount))},
        };
        for (qsizetype i = 0; i < capabilities.size(); ++i)
            out.append({"capability " + QByteArray::number(i), u16(capabilities[i])});
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

Hello fullHello()
{
    Hello h;
    h.minVersion = 1;
    h.maxVersion = 3;
    h.identity = RemoteIdentity::fromRawKey(testKey());
    h.metadata.deviceName = QStringLiteral("Ana\u2019s laptop \u2615");
    h.metadata.os = QStringLiteral("Linux");
    h.metadata.deviceModel = QStringLiteral("ThinkPad X1 Carbon");
    h.metadata.appVersion = QStringLiteral("0.1.0");
    h.metadata.capabilities = {1, 0x0102, 0xFFFF};
    return h;
}

void compareHello(const Hello &actual, const Hello &expected)
{
    QCOMPARE(actual.minVersion, expected.minVersion);
    QCOMPARE(actual.maxVersion, expected.maxVersion);
    QCOMPARE(actual.identity, expected.identity);
    QCOMPARE(actual.metadata.deviceName, expected.metadata.deviceName);
    QCOMPARE(actual.metadata.os, expected.metadata.os);
    QCOMPARE(actual.metadata.deviceModel, expected.metadata.deviceModel);
    QCOMPARE(actual.metadata.appVersion, expected.metadata.appVersion);
    QCOMPARE(actual.metadata.capabilities, expected.metadata.capabilities);
}

} // namespace

Q_DECLARE_METATYPE(Ferry::Net::Hello)

class TestHello : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void encodesExactBytes();
    void encodeCapsFieldsSoThatOutputDecodes_data();
    void encodeCapsFieldsSoThatOutputDecodes();
    void encodeMakesUnsoundFieldsSound_data();
    void encodeMakesUnsoundFieldsSound();
    void decode_data();
    void decode();
    void refusesEveryStrictPrefix();
    void ignoresTrailingBytes_data();
    void ignoresTrailingBytes();
    void negotiatesVersion_data();
    void negotiatesVersion();
};

void TestHello::roundTrips_data()
{
    QTest::addColumn<Hello>("hello");

    QTest::newRow("full metadata") << fullHello();

    Hello minimal;
    minimal.identity = RemoteIdentity::fromRawKey(QByteArray(32, '\0'));
    minimal.metadata.deviceName = QStringLiteral("x");
    QTest::newRow("name only") << minimal;

    Hello atCaps = fullHello();
    atCaps.metadata.deviceName = QString(64, QChar(0xE9)); // 128 bytes
    atCaps.metadata.os = QString(32, QLatin1Char('o'));
    atCaps.metadata.deviceModel = QString::fromUtf8("\xF0\x9F\x92\xBB").repeated(16); // 64 bytes
    atCaps.metadata.appVersion = QString(32, QLatin1Char('9'));
    atCaps.metadata.capabilities.clear();
    for (quint16 i = 0; i < 32; ++i)
        atCaps.metadata.capabilities.append(i * 0x0801);
    QTest::newRow("every field at its cap") << atCaps;

    Hello wideVersions = fullHello();
    wideVersions.minVersion = 1;
    wideVersions.maxVersion = 0xFFFF;
    QTest::newRow("versions 1-65535") << wideVersions;

    Hello topVersion = fullHello();
    topVersion.minVersion = 0xFFFF;
    topVersion.maxVersion = 0xFFFF;
    QTest::newRow("versions 65535-65535") << topVersion;
}

void TestHello::roundTrips()
{
    QFETCH(Hello, hello);

    const QByteArray wire = hello.encode();
    const auto result = Hello::decode(wire);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, wire.size());
    QVERIFY(result.value.has_value());
    compareHello(*result.value, hello);
    // Canonical: encoding the decoded HELLO gives the same bytes.
    QCOMPARE(result.value->encode(), wire);
}

void TestHello::encodesExactBytes()
{
    Hello h;
    h.identity = RemoteIdentity::fromRawKey(testKey());
    h.metadata.deviceName = QStringLiteral("D's laptop");
    h.metadata.os = QStringLiteral("Linux");
    h.metadata.appVersion = QStringLiteral("0.1.0");
    h.metadata.capabilities = {1};
    const QByteArray expected = QByteArray::fromHex("46525259 0001 0001") + testKey()
        + QByteArray::fromHex("000a") + "D's laptop" + QByteArray::fromHex("0005") + "Linux"
        + QByteArray::fromHex("0000 0005") + "0.1.0" + QByteArray::fromHex("01 0001");
    QCOMPARE(h.encode(), expected);
}

void TestHello::encodeCapsFieldsSoThatOutputDecodes_data()
{
    QTest::addColumn<Hello>("hello");
    QTest::addColumn<Hello>("expected");

    const Hello base = fullHello();
    {
        Hello h = base, e = base;
        h.metadata.deviceName = QString(200, QLatin1Char('n'));
        e.metadata.deviceName = QString(128, QLatin1Char('n'));
        QTest::newRow("ascii name 200 -> 128") << h << e;
    }
    {
        Hello h = base, e = base;
        h.metadata.deviceName = QString(100, QChar(0xE9)); // 200 bytes
        e.metadata.deviceName = QString(64, QChar(0xE9)); // 128 bytes
        QTest::newRow("2-byte name 200 -> 128") << h << e;
    }
    {
        Hello h = base, e = base;
        h.metadata.deviceName = QLatin1Char('a') + QString(70, QChar(0x20AC)); // 211 bytes
        e.metadata.deviceName = QLatin1Char('a') + QString(42, QChar(0x20AC)); // 127 bytes
        QTest::newRow("3-byte name cut inside a character") << h << e;
    }
    {
        Hello h = base, e = base;
        const QString smile = QString::fromUtf8("\xF0\x9F\x98\x80");
        h.metadata.deviceName = QStringLiteral("ab") + smile.repeated(50); // 202 bytes
        e.metadata.deviceName = QStringLiteral("ab") + smile.repeated(31); // 126 bytes
        QTest::newRow("4-byte name cut inside a character") << h << e;
    }
    {
        Hello h = base, e = base;
        h.metadata.os = QString(40, QLatin1Char('o'));
        e.metadata.os = QString(32, QLatin1Char('o'));
        h.metadata.deviceModel = QString(65, QChar(0xE9));
        e.metadata.deviceModel = QString(32, QChar(0xE9));
        h.metadata.appVersion = QString(33, QLatin1Char('v'));
        e.metadata.appVersion = QString(32, QLatin1Char('v'));
        QTest::newRow("os, model and app version over caps") << h << e;
    }
    {
        Hello h = base, e = base;
        h.metadata.capabilities.clear();
        for (quint16 i = 1; i <= 40; ++i)
            h.metadata.capabilities.append(i);
        e.metadata.capabilities = h.metadata.capabilities.first(32);
        QTest::newRow("40 capabilities -> 32") << h << e;
    }
    {
        Hello h = base, e = base;
        h.metadata.capabilities = QList<quint16>(300, 7); // more than a u8 count can say
        e.metadata.capabilities = QList<quint16>(32, 7);
        QTest::newRow("300 capabilities -> 32") << h << e;
    }
}

void TestHello::encodeCapsFieldsSoThatOutputDecodes()
{
    QFETCH(Hello, hello);
    QFETCH(Hello, expected);

    const auto result = Hello::decode(hello.encode());
    QCOMPARE(result.status, DecodeStatus::Ok);
    compareHello(*result.value, expected);
}

void TestHello::decode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<DecodeStatus>("expected");

    // A row for the valid RawHello changed by edit.
    const auto row
        = [](const char *name, DecodeStatus status, const std::function<void(RawHello &)> &edit) {
              RawHello raw;
              edit(raw);
              QTest::newRow(name) << raw.bytes() << status;
          };
    const DecodeStatus ok = DecodeStatus::Ok;
    const DecodeStatus bad = DecodeStatus::Invalid;
    row("valid", ok, [](RawHello &) {});
    row("magic FRRX", bad, [](RawHello &h) { h.magic = "FRRX"; });
    row("magic lower case", bad, [](RawHello &h) { h.magic = "frry"; });
    row("magic zero", bad, [](RawHello &h) { h.magic = QByteArray(4, '\0'); });

    row("min 0", bad, [](RawHello &h) {
        h.minVersion = 0;
        h.maxVersion = 1;
    });
    row("min 0 max 0", bad, [](RawHello &h) {
        h.minVersion = 0;
        h.maxVersion = 0;
    });
    row("min > max", bad, [](RawHello &h) {
        h.minVersion = 2;
        h.maxVersion = 1;
    });
    row("min > max at top", bad, [](RawHello &h) {
        h.minVersion = 0xFFFF;
        h.maxVersion = 0xFFFE;
    });
    row("min = max = 2", ok, [](RawHello &h) {
        h.minVersion = 2;
        h.maxVersion = 2;
    });
    row("1-65535", ok, [](RawHello &h) {
        h.minVersion = 1;
        h.maxVersion = 0xFFFF;
    });

    row("name at cap 128", ok, [](RawHello &h) { h.name = QByteArray(128, 'n'); });
    row("name 129 bytes, all present", bad, [](RawHello &h) { h.name = QByteArray(129, 'n'); });
    row("2-byte name at cap", ok,
        [](RawHello &h) { h.name = QByteArray("\xC3\xA9").repeated(64); });
    row("empty name", bad, [](RawHello &h) { h.name = ""; });
    row("one space name", bad, [](RawHello &h) { h.name = " "; });
    row("spaces name", bad, [](RawHello &h) { h.name = "    "; });
    row("name with spaces around", ok, [](RawHello &h) { h.name = " a "; });
    // Regression: a leading U+FEFF was dropped as a BOM, so the name changed in transit.
    row("name starting with U+FEFF", ok,
        [](RawHello &h) { h.name = QByteArray("\xEF\xBB\xBF") + "Ana"; });
    row("name only U+FEFF", ok, [](RawHello &h) { h.name = "\xEF\xBB\xBF"; });
    row("name overlong NUL", bad, [](RawHello &h) { h.name = "a\xC0\x80"; });
    row("name surrogate", bad, [](RawHello &h) { h.name = "\xED\xA0\x80"; });
    row("name 0xFF", bad, [](RawHello &h) { h.name = "\xFF"; });
    row("name truncated sequence", bad, [](RawHello &h) { h.name = "ab\xE2\x82"; });
    row("name newline", bad, [](RawHello &h) { h.name = "a\nb"; });
    row("name NUL", bad, [](RawHello &h) { h.name = QByteArray("a\0b", 3); });
    row("name DEL", bad, [](RawHello &h) { h.name = "a\x7F"; });
    row("name escape sequence", bad, [](RawHello &h) { h.name = "\x1B[2Jx"; });

    row("empty os", ok, [](RawHello &h) { h.os = ""; });
    row("os at cap 32", ok, [](RawHello &h) { h.os = QByteArray(32, 'o'); });
    row("os 33 bytes", bad, [](RawHello &h) { h.os = QByteArray(33, 'o'); });
    row("os tab", bad, [](RawHello &h) { h.os = "Li\tnux"; });
    row("os lone continuation", bad, [](RawHello &h) { h.os = "\x80"; });
    row("empty model", ok, [](RawHello &h) { h.model = ""; });
    row("model at cap 64", ok, [](RawHello &h) { h.model = QByteArray(64, 'm'); });
    row("model 65 bytes", bad, [](RawHello &h) { h.model = QByteArray(65, 'm'); });
    row("model above U+10FFFF", bad, [](RawHello &h) { h.model = "\xF4\x90\x80\x80"; });
    row("app version at cap 32", ok, [](RawHello &h) { h.appVersion = QByteArray(32, '1'); });
    row("app version 33 bytes", bad, [](RawHello &h) { h.appVersion = QByteArray(33, '1'); });
    row("app version CR", bad, [](RawHello &h) { h.appVersion = "0.1\r"; });
    row("app version overlong", bad, [](RawHello &h) { h.appVersion = "\xE0\x80\x80"; });

    row("no capabilities", ok, [](RawHello &h) { h.capabilities = {}; });
    row("32 capabilities", ok, [](RawHello &h) { h.capabilities = QList<quint16>(32, 1); });
    row("capability_count 33", bad, [](RawHello &h) { h.capabilities = QList<quint16>(33, 1); });
    row("capability_count 255", bad, [](RawHello &h) {
        h.capabilities = {};
        h.capabilityCount = 255;
    });
    row("capability list short", bad, [](RawHello &h) {
        h.capabilities = {1, 2};
        h.capabilityCount = 3;
    });
    row("capability half there", bad, [](RawHello &h) {
        h.capabilities = {};
        h.capabilityCount = 1;
        h.trailing = "\x01";
    });
    row("capabilities 0 and 65535", ok, [](RawHello &h) { h.capabilities = {0, 0xFFFF}; });

    // Truncated at every field boundary and in the middle of every multi-byte field.
    const RawHello valid;
    const QByteArray full = valid.bytes();
    qsizetype offset = 0;
    for (const auto &[field, bytes] : valid.fields()) {
        QTest::addRow("truncated before %s", field.constData()) << full.left(offset) << bad;
        if (bytes.size() > 1)
            QTest::addRow("truncated inside %s", field.constData())
                << full.left(offset + bytes.size() / 2) << bad;
        offset += bytes.size();
    }
    QCOMPARE(offset, full.size());
    QTest::newRow("complete") << full << ok;
}

void TestHello::decode()
{
    QFETCH(QByteArray, payload);
    QFETCH(DecodeStatus, expected);

    const auto result = Hello::decode(payload);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.value.has_value(), expected == DecodeStatus::Ok);
    QCOMPARE(result.why.isEmpty(), expected == DecodeStatus::Ok);
    if (expected != DecodeStatus::Ok)
        return;
    QCOMPARE(result.consumed, payload.size());
    // A valid HELLO decodes back to its fields and re-encodes to the same bytes.
    QCOMPARE(result.value->identity.rawKey(), testKey());
    QCOMPARE(result.value->encode(), payload);
}

void TestHello::refusesEveryStrictPrefix()
{
    const QByteArray full = fullHello().encode();
    for (qsizetype n = 0; n < full.size(); ++n) {
        const auto result = Hello::decode(QByteArrayView(full).first(n));
        // A HELLO is a whole frame payload: a short one is Invalid, never NeedMore.
        QVERIFY2(result.status == DecodeStatus::Invalid,
                 qPrintable(QStringLiteral("prefix %1").arg(n)));
        QVERIFY(!result.value.has_value());
    }
}

void TestHello::ignoresTrailingBytes_data()
{
    QTest::addColumn<QByteArray>("trailing");

    QTest::newRow("one zero byte") << QByteArray(1, '\0');
    QTest::newRow("a future field") << QByteArray::fromHex("0004") + "abcd";
    QTest::newRow("invalid UTF-8") << QByteArray("\xFF\xFE\xC0\x80");
    QTest::newRow("1 KiB") << QByteArray(1024, '\x7F');
}

void TestHello::ignoresTrailingBytes()
{
    QFETCH(QByteArray, trailing);

    const Hello hello = fullHello();
    const QByteArray payload = hello.encode() + trailing;
    const auto result = Hello::decode(payload);
    QCOMPARE(result.status, DecodeStatus::Ok);
    QCOMPARE(result.consumed, payload.size());
    compareHello(*result.value, hello);
}

void TestHello::negotiatesVersion_data()
{
    QTest::addColumn<int>("ourMin");
    QTest::addColumn<int>("ourMax");
    QTest::addColumn<int>("peerMin");
    QTest::addColumn<int>("peerMax");
    QTest::addColumn<int>("expected");

    QTest::newRow("both 1-1") << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("same range") << 1 << 3 << 1 << 3 << 3;
    QTest::newRow("peer newer, overlap") << 1 << 3 << 2 << 5 << 3;
    QTest::newRow("peer older, overlap") << 2 << 5 << 1 << 3 << 3;
    QTest::newRow("peer range inside ours") << 1 << 9 << 4 << 6 << 6;
    QTest::newRow("our range inside peer's") << 4 << 6 << 1 << 9 << 6;
    QTest::newRow("touching at top of ours") << 1 << 2 << 2 << 3 << 2;
    QTest::newRow("touching at top of peer's") << 2 << 3 << 1 << 2 << 2;
    QTest::newRow("disjoint, peer newer") << 1 << 1 << 2 << 3 << 0;
    QTest::newRow("disjoint, peer older") << 2 << 3 << 1 << 1 << 0;
    QTest::newRow("disjoint by far") << 1 << 2 << 100 << 200 << 0;
    QTest::newRow("top of range") << 1 << 65535 << 65535 << 65535 << 65535;
    QTest::newRow("both full range") << 1 << 65535 << 1 << 65535 << 65535;
}

void TestHello::negotiatesVersion()
{
    QFETCH(int, ourMin);
    QFETCH(int, ourMax);
    QFETCH(int, peerMin);
    QFETCH(int, peerMax);
    QFETCH(int, expected);

    QCOMPARE(
        int(negotiateVersion(quint16(ourMin), quint16(ourMax), quint16(peerMin), quint16(peerMax))),
        expected);
    // Both sides compute the same version (§5.3).
    QCOMPARE(
        int(negotiateVersion(quint16(peerMin), quint16(peerMax), quint16(ourMin), quint16(ourMax))),
        expected);
}

void TestHello::encodeMakesUnsoundFieldsSound_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newline") << QStringLiteral("Ana\nlaptop") << QStringLiteral("Ana laptop");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[31mred") << QStringLiteral(" [31mred");
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009Bb") << QStringLiteral("a b");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Ferry device");
    QTest::newRow("only controls") << QStringLiteral("\t\r\n") << QStringLiteral("Ferry device");
    QTest::newRow("empty") << QString() << QStringLiteral("Ferry device");
    QTest::newRow("spaces past the cap")
        << QString(128, QLatin1Char(' ')) + QStringLiteral("x") << QStringLiteral("Ferry device");
    QTest::newRow("kept as is") << QStringLiteral(" Ana ") << QStringLiteral(" Ana ");
}

void TestHello::encodeMakesUnsoundFieldsSound()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Hello hello;
    hello.minVersion = 0; // below the minimum of 1
    hello.maxVersion = 0;
    hello.identity = RemoteIdentity::fromRawKey(QByteArray(32, '\x42'));
    hello.metadata.deviceName = name;
    hello.metadata.os = QStringLiteral("Li\x01nux");
    const auto decoded = Hello::decode(hello.encode());
    QVERIFY2(decoded.isOk(), qPrintable(decoded.why));
    QCOMPARE(decoded.value->metadata.deviceName, expected);
    QCOMPARE(decoded.value->metadata.os, QStringLiteral("Li nux"));
    QCOMPARE(decoded.value->minVersion, quint16(1));
    QCOMPARE(decoded.value->maxVersion, quint16(1));
}

QTEST_APPLESS_MAIN(TestHello)
#include "tst_hello.moc"
