// Ed25519 signatures (RFC 8032, pure) made by DeviceIdentity::sign() and checked by
// verifySignature(): what signs discovery datagrams (docs/PROTOCOL.md §12.2).
#include "net/deviceidentity.h"

#include <QtTest>

#include <openssl/err.h>

using namespace Ferry::Net;

namespace {

// RFC 8032 §7.1, tests 1–3: secret key (seed), public key, message, signature.
struct Vector
{
    const char *secretKey;
    const char *publicKey;
    const char *message;
    const char *signature;
};
const Vector kVectors[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf"
     "9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f"
     "11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984"
     "dc6594a7c15e9716ed28dc027beceea1ec40a"},
};

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

RemoteIdentity vectorIdentity(int index)
{
    return RemoteIdentity::fromRawKey(hex(kVectors[index].publicKey));
}

// signature with its S half (little-endian, the last 32 bytes) increased by the group order L:
// the same point equation holds, so only the S < L check of RFC 8032 §5.1.7 refuses it.
QByteArray withSPlusOrder(const QByteArray &signature)
{
    const QByteArray order
        = hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    QByteArray out = signature;
    int carry = 0;
    for (int i = 0; i < 32; ++i) {
        const int sum = quint8(out[32 + i]) + quint8(order[i]) + carry;
        out[32 + i] = char(sum & 0xFF);
        carry = sum >> 8;
    }
    return out;
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void matchesRfc8032_data();
    void matchesRfc8032();
    void refuses_data();
    void refuses();
    void refusesEveryFlippedBit();
    void roundTripsMessagesOfAnySize_data();
    void roundTripsMessagesOfAnySize();
    void nullIdentitySignsNothing();
};

void TestSignature::matchesRfc8032_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("test 1, empty message") << 0;
    QTest::newRow("test 2, one byte") << 1;
    QTest::newRow("test 3, two bytes") << 2;
}

void TestSignature::matchesRfc8032()
{
    QFETCH(int, index);
    const Vector &v = kVectors[index];

    const auto device = DeviceIdentity::fromPrivateSeed(hex(v.secretKey));
    QVERIFY(device.has_value());
    QCOMPARE(device->remoteIdentity().rawKey(), hex(v.publicKey));
    const QByteArray signature = device->sign(hex(v.message));
    QCOMPARE(signature.toHex(), QByteArray(v.signature));
    QVERIFY(verifySignature(vectorIdentity(index), hex(v.message), hex(v.signature)));
}

void TestSignature::refuses_data()
{
    QTest::addColumn<RemoteIdentity>("identity");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    const RemoteIdentity id = vectorIdentity(1);
    const QByteArray message = hex(kVectors[1].message);
    const QByteArray signature = hex(kVectors[1].signature);
    QTest::newRow("wrong key") << vectorIdentity(2) << message << signature;
    QTest::newRow("wrong message") << id << hex("73") << signature;
    QTest::newRow("empty message") << id << QByteArray() << signature;
    QTest::newRow("message with a byte more") << id << hex("7200") << signature;
    QTest::newRow("another vector's signature") << id << message << hex(kVectors[2].signature);
    QTest::newRow("truncated signature (63 bytes)") << id << message << signature.first(63);
    QTest::newRow("signature with a byte more (65)") << id << message << signature + '\0';
    QTest::newRow("empty signature") << id << message << QByteArray();
    QTest::newRow("zero signature") << id << message << QByteArray(64, '\0');
    QTest::newRow("non-canonical S (S + L)") << id << message << withSPlusOrder(signature);
    QTest::newRow("null identity") << RemoteIdentity() << message << signature;
    // y = 2^255 - 1 is no curve point: the key does not even decode.
    QTest::newRow("key that is no point")
        << RemoteIdentity::fromRawKey(QByteArray(32, '\xFF')) << message << signature;
    QTest::newRow("all-zero key") << RemoteIdentity::fromRawKey(QByteArray(32, '\0')) << message
                                  << signature;
}

void TestSignature::refuses()
{
    QFETCH(RemoteIdentity, identity);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    QVERIFY(!verifySignature(identity, message, signature));
    // Forged input must not leave errors queued for the TLS code that reads OpenSSL's queue next.
    QCOMPARE(ERR_peek_error(), 0ul);
}

void TestSignature::refusesEveryFlippedBit()
{
    const RemoteIdentity id = vectorIdentity(2);
    const QByteArray message = hex(kVectors[2].message);
    const QByteArray signature = hex(kVectors[2].signature);
    QVERIFY(verifySignature(id, message, signature));
    for (qsizetype bit = 0; bit < signature.size() * 8; ++bit) {
        QByteArray forged = signature;
        forged[bit / 8] = char(forged[bit / 8] ^ (1 << (bit % 8)));
        QVERIFY2(!verifySignature(id, message, forged), qPrintable(QString::number(bit)));
    }
    for (qsizetype bit = 0; bit < message.size() * 8; ++bit) {
        QByteArray forged = message;
        forged[bit / 8] = char(forged[bit / 8] ^ (1 << (bit % 8)));
        QVERIFY2(!verifySignature(id, forged, signature), qPrintable(QString::number(bit)));
    }
    QCOMPARE(ERR_peek_error(), 0ul);
}

void TestSignature::roundTripsMessagesOfAnySize_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, 'x');
    QTest::newRow("a datagram") << QByteArray(1024, '\xA5');
    QTest::newRow("1 MiB") << QByteArray(1 << 20, '\x01');
}

void TestSignature::roundTripsMessagesOfAnySize()
{
    QFETCH(QByteArray, message);
    const DeviceIdentity device = DeviceIdentity::generate();
    QVERIFY(!device.isNull());
    const QByteArray signature = device.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(verifySignature(device.remoteIdentity(), message, signature));
    // Pure Ed25519 is deterministic: the same message gets the same signature.
    QCOMPARE(device.sign(message), signature);
    QVERIFY(!verifySignature(DeviceIdentity::generate().remoteIdentity(), message, signature));
}

void TestSignature::nullIdentitySignsNothing()
{
    QVERIFY(DeviceIdentity().sign("message").isEmpty());
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
