// RemoteIdentity text forms and base32 (docs/PROTOCOL.md §2).
#include "net/remoteidentity.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Ferry::Net;

namespace {

QByteArray sequentialKey()
{
    QByteArray key(RemoteIdentity::kSize, '\0');
    for (qsizetype i = 0; i < key.size(); ++i)
        key[i] = char(i);
    return key;
}

const QString kSequentialText
    = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dypq");

} // namespace

class TestRemoteIdentity : public QObject
{
    Q_OBJECT
private slots:
    void textRoundTrip_data();
    void textRoundTrip();
    void knownTextForm();
    void parseIsCaseInsensitive();
    void badTextIsRejected_data();
    void badTextIsRejected();
    void everyIdentityHasOneTextForm();
    void fromRawKeyNeedsExactSize();
    void shortForm();
    void fingerprintFormat();
    void base32MatchesRfc4648_data();
    void base32MatchesRfc4648();
    void base32DecodeRejectsForeignCharacters();
};

void TestRemoteIdentity::textRoundTrip_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("zeros") << QByteArray(RemoteIdentity::kSize, '\0');
    QTest::newRow("ones") << QByteArray(RemoteIdentity::kSize, '\xff');
    QTest::newRow("sequential") << sequentialKey();
    QByteArray random(RemoteIdentity::kSize, '\0');
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("random") << random;
}

void TestRemoteIdentity::textRoundTrip()
{
    QFETCH(QByteArray, key);
    const RemoteIdentity id = RemoteIdentity::fromRawKey(key);
    QVERIFY(!id.isNull());
    const QString text = id.toText();
    QCOMPARE(text.size(), 52);
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-z2-7]{52}$")).match(text).hasMatch(),
             qPrintable(text));
    const auto parsed = RemoteIdentity::fromText(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, id);
    QCOMPARE(parsed->rawKey(), key);
}

void TestRemoteIdentity::knownTextForm()
{
    // Python: base64.b32encode(bytes(range(32))).lower().rstrip(b"=")
    QCOMPARE(RemoteIdentity::fromRawKey(sequentialKey()).toText(), kSequentialText);
    QCOMPARE(RemoteIdentity::fromRawKey(QByteArray(32, '\0')).toText(), QString(52, u'a'));
}

void TestRemoteIdentity::parseIsCaseInsensitive()
{
    const RemoteIdentity expected = RemoteIdentity::fromRawKey(sequentialKey());
    const auto upper = RemoteIdentity::fromText(kSequentialText.toUpper());
    QVERIFY(upper.has_value());
    QCOMPARE(*upper, expected);
    QString mixed = kSequentialText;
    for (qsizetype i = 0; i < mixed.size(); i += 2)
        mixed[i] = mixed[i].toUpper();
    const auto parsedMixed = RemoteIdentity::fromText(mixed);
    QVERIFY(parsedMixed.has_value());
    QCOMPARE(*parsedMixed, expected);
}

void TestRemoteIdentity::badTextIsRejected_data()
{
    QTest::addColumn<QString>("text");
    const QString good = kSequentialText;
    QTest::newRow("empty") << QString();
    QTest::newRow("51 chars") << good.left(51);
    QTest::newRow("53 chars") << good + QLatin1Char('a');
    QTest::newRow("56 chars with padding") << good + QStringLiteral("====");
    QTest::newRow("short form") << RemoteIdentity::fromRawKey(sequentialKey()).shortText();
    const auto withCharAt = [&good](qsizetype at, QChar c) {
        QString t = good;
        t[at] = c;
        return t;
    };
    QTest::newRow("digit 0") << withCharAt(3, u'0');
    QTest::newRow("digit 1") << withCharAt(3, u'1');
    QTest::newRow("digit 8") << withCharAt(10, u'8');
    QTest::newRow("digit 9") << withCharAt(10, u'9');
    QTest::newRow("padding char inside") << withCharAt(20, u'=');
    QTest::newRow("space") << withCharAt(0, u' ');
    QTest::newRow("dash") << withCharAt(4, u'-');
    QTest::newRow("non-ASCII letter") << withCharAt(5, QChar(0x00E9));
    QTest::newRow("fullwidth A") << withCharAt(5, QChar(0xFF21));
    // Unicode case folding would map these to 'k' and 's'; only ASCII letters count.
    QTest::newRow("Kelvin sign") << withCharAt(5, QChar(0x212A));
    QTest::newRow("long s") << withCharAt(5, QChar(0x017F));
    QTest::newRow("NUL") << withCharAt(7, QChar(0));
    QTest::newRow("leading space, trimmed length") << QLatin1Char(' ') + good.left(51);
    // 32 bytes are 256 bits = 51 characters of 5 bits + 1 bit: the 52nd character carries 1 key
    // bit and 4 padding bits, which must be zero. Only 'a' (0) and 'q' (16) are valid there.
    QTest::newRow("padding bits: b") << withCharAt(51, u'b');
    QTest::newRow("padding bits: p") << withCharAt(51, u'p');
    QTest::newRow("padding bits: r") << withCharAt(51, u'r');
    QTest::newRow("padding bits: 7") << withCharAt(51, u'7');
    QTest::newRow("padding bits: upper B") << withCharAt(51, u'B');
}

void TestRemoteIdentity::badTextIsRejected()
{
    QFETCH(QString, text);
    QVERIFY(!RemoteIdentity::fromText(text).has_value());
}

void TestRemoteIdentity::everyIdentityHasOneTextForm()
{
    // Of the 32 possible last characters exactly two parse; they differ in the last key bit.
    QStringList accepted;
    for (const QChar c : QStringLiteral("abcdefghijklmnopqrstuvwxyz234567")) {
        QString text = kSequentialText;
        text[51] = c;
        if (const auto id = RemoteIdentity::fromText(text)) {
            accepted << QString(c);
            QCOMPARE(id->toText(), text);
        }
    }
    QCOMPARE(accepted, QStringList({QStringLiteral("a"), QStringLiteral("q")}));
}

void TestRemoteIdentity::fromRawKeyNeedsExactSize()
{
    QVERIFY(RemoteIdentity::fromRawKey({}).isNull());
    QVERIFY(RemoteIdentity::fromRawKey(QByteArray(31, 'x')).isNull());
    QVERIFY(RemoteIdentity::fromRawKey(QByteArray(33, 'x')).isNull());
    QVERIFY(!RemoteIdentity::fromRawKey(QByteArray(32, 'x')).isNull());
    QVERIFY(RemoteIdentity().isNull());
}

void TestRemoteIdentity::shortForm()
{
    const RemoteIdentity id = RemoteIdentity::fromRawKey(sequentialKey());
    QCOMPARE(id.shortText(), QStringLiteral("aaaq-eaye"));
    QVERIFY(id.toText().startsWith(id.shortText().remove(QLatin1Char('-'))));
}

void TestRemoteIdentity::fingerprintFormat()
{
    // SHA-256 of 32 zero bytes is 66687aadf862bd776c8fc18b8e9f8e20 0897…; the first 16 bytes.
    const RemoteIdentity zeros = RemoteIdentity::fromRawKey(QByteArray(32, '\0'));
    QCOMPARE(zeros.fingerprint(), QStringLiteral("6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20"));

    const QString fp = RemoteIdentity::fromRawKey(sequentialKey()).fingerprint();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$")).match(fp).hasMatch(),
        qPrintable(fp));
    QCOMPARE(fp.size(), 39);
    QVERIFY(fp != zeros.fingerprint());
}

void TestRemoteIdentity::base32MatchesRfc4648_data()
{
    // RFC 4648 §10, lower-cased and without the '=' padding.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("my");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("mzxq");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("mzxw6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("mzxw6yq");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("mzxw6ytb");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("mzxw6ytboi");
}

void TestRemoteIdentity::base32MatchesRfc4648()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QCOMPARE(base32Encode(data), text);
    const auto decoded = base32Decode(text);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, data);
    const auto decodedUpper = base32Decode(text.toUpper());
    QVERIFY(decodedUpper.has_value());
    QCOMPARE(*decodedUpper, data);
}

void TestRemoteIdentity::base32DecodeRejectsForeignCharacters()
{
    QVERIFY(!base32Decode(QStringLiteral("my==")).has_value());
    QVERIFY(!base32Decode(QStringLiteral("mzx1")).has_value());
    QVERIFY(!base32Decode(QStringLiteral("mz q")).has_value());
}

QTEST_GUILESS_MAIN(TestRemoteIdentity)
#include "tst_remoteidentity.moc"
