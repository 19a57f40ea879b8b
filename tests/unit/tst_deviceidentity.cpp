// DeviceIdentity: the Ed25519 key, its seed, its self-signed certificate and the TLS key
// (docs/PROTOCOL.md §2–§3).
#include "net/deviceidentity.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

using namespace Ferry::Net;

namespace Ferry::Net {
char *toString(const RemoteIdentity &id)
{
    return qstrdup(id.isNull() ? "<null>" : qPrintable(id.toText()));
}
} // namespace Ferry::Net

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};

std::unique_ptr<X509, X509Free> parseDer(const QByteArray &der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, X509Free>(d2i_X509(nullptr, &in, long(der.size())));
}

// A self-signed certificate over an ECDSA P-256 key, made the way toolchain.md §6 did.
QSslCertificate ecCertificate()
{
    std::unique_ptr<EVP_PKEY, PkeyFree> pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    std::unique_ptr<X509, X509Free> x(X509_new());
    if (!pkey || !x)
        return QSslCertificate();
    X509_set_version(x.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 3600);
    X509_set_pubkey(x.get(), pkey.get());
    X509_NAME *name = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("ec-device"), -1, -1, 0);
    X509_set_issuer_name(x.get(), name);
    if (X509_sign(x.get(), pkey.get(), EVP_sha256()) <= 0)
        return QSslCertificate();
    unsigned char *der = nullptr;
    const int length = i2d_X509(x.get(), &der);
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}

QSslConfiguration tlsConfiguration(const DeviceIdentity &identity)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate());
    config.setPrivateKey(identity.privateKey());
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_3OrLater);
    return config;
}

} // namespace

class TestDeviceIdentity : public QObject
{
    Q_OBJECT
private slots:
    void nullIdentityIsEmpty();
    void generateMakesDistinctKeys();
    void seedRoundTrip();
    void rfc8032PublicKeyFromSeed();
    void badSeedsAreRejected_data();
    void badSeedsAreRejected();
    void certificateCarriesTheIdentity();
    void certificateIsSelfSignedWithTheKey();
    void identityFromCertificateRejectsOtherKeys();
    void privateKeyOutlivesIdentity();
    void mutualTls13HandshakeWithEd25519();
};

void TestDeviceIdentity::nullIdentityIsEmpty()
{
    const DeviceIdentity id;
    QVERIFY(id.isNull());
    QVERIFY(id.remoteIdentity().isNull());
    QVERIFY(id.privateSeed().isEmpty());
    QVERIFY(id.certificate().isNull());
    QVERIFY(id.privateKey().isNull());
}

void TestDeviceIdentity::generateMakesDistinctKeys()
{
    const DeviceIdentity a = DeviceIdentity::generate();
    const DeviceIdentity b = DeviceIdentity::generate();
    QVERIFY(!a.isNull());
    QVERIFY(!b.isNull());
    QCOMPARE(a.privateSeed().size(), DeviceIdentity::kSeedSize);
    QCOMPARE(a.remoteIdentity().rawKey().size(), RemoteIdentity::kSize);
    QVERIFY(a.privateSeed() != b.privateSeed());
    QVERIFY(a.remoteIdentity() != b.remoteIdentity());
}

void TestDeviceIdentity::seedRoundTrip()
{
    const DeviceIdentity original = DeviceIdentity::generate();
    const auto restored = DeviceIdentity::fromPrivateSeed(original.privateSeed());
    QVERIFY(restored.has_value());
    QCOMPARE(restored->remoteIdentity(), original.remoteIdentity());
    QCOMPARE(restored->privateSeed(), original.privateSeed());
    // A fresh certificate (new serial) for the same key: peers only look at the key.
    QVERIFY(restored->certificate() != original.certificate());
    QCOMPARE(identityFromCertificate(restored->certificate()), original.remoteIdentity());
}

void TestDeviceIdentity::rfc8032PublicKeyFromSeed()
{
    // RFC 8032 §7.1, TEST 1.
    const QByteArray seed
        = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray publicKey
        = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const auto id = DeviceIdentity::fromPrivateSeed(seed);
    QVERIFY(id.has_value());
    QCOMPARE(id->remoteIdentity().rawKey(), publicKey);
}

void TestDeviceIdentity::badSeedsAreRejected_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("1 byte") << QByteArray(1, '\x01');
    QTest::newRow("31 bytes") << QByteArray(31, '\x01');
    QTest::newRow("33 bytes") << QByteArray(33, '\x01');
    QTest::newRow("64 bytes (seed + public key)") << QByteArray(64, '\x01');
}

void TestDeviceIdentity::badSeedsAreRejected()
{
    QFETCH(QByteArray, seed);
    QVERIFY(!DeviceIdentity::fromPrivateSeed(seed).has_value());
}

void TestDeviceIdentity::certificateCarriesTheIdentity()
{
    const DeviceIdentity id = DeviceIdentity::generate();
    const QSslCertificate cert = id.certificate();
    QVERIFY(!cert.isNull());
    QCOMPARE(identityFromCertificate(cert), id.remoteIdentity());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{"ferry-device"});
    QCOMPARE(cert.issuerInfo(QSslCertificate::CommonName), QStringList{"ferry-device"});
    QCOMPARE(cert.version(), QByteArray("3"));
    QVERIFY(!cert.serialNumber().isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cert.effectiveDate() <= now.addSecs(-59 * 60));
    QVERIFY(cert.effectiveDate() >= now.addSecs(-61 * 60));
    QVERIFY(cert.expiryDate() >= now.addYears(20).addDays(-7));
    QVERIFY(cert.expiryDate() <= now.addYears(20).addDays(1));
    QCOMPARE(cert.publicKey().algorithm(), QSsl::Opaque);
}

void TestDeviceIdentity::certificateIsSelfSignedWithTheKey()
{
    const DeviceIdentity id = DeviceIdentity::generate();
    QVERIFY(id.certificate().isSelfSigned());
    const auto x = parseDer(id.certificate().toDer());
    QVERIFY(x);
    EVP_PKEY *pkey = X509_get0_pubkey(x.get());
    QVERIFY(pkey);
    QCOMPARE(EVP_PKEY_get_base_id(pkey), EVP_PKEY_ED25519);
    QCOMPARE(X509_verify(x.get(), pkey), 1);
    // Two certificates of different keys get different random serials.
    QVERIFY(DeviceIdentity::generate().certificate().serialNumber()
            != id.certificate().serialNumber());
}

void TestDeviceIdentity::identityFromCertificateRejectsOtherKeys()
{
    const QSslCertificate ec = ecCertificate();
    QVERIFY(!ec.isNull());
    QVERIFY(!identityFromCertificate(ec).has_value());
    QVERIFY(!identityFromCertificate(QSslCertificate()).has_value());
    QVERIFY(
        !identityFromCertificate(QSslCertificate(QByteArray("not a cert"), QSsl::Der)).has_value());
}

void TestDeviceIdentity::privateKeyOutlivesIdentity()
{
    // Each privateKey() owns its own reference to the EVP_PKEY (ASan checks the counting).
    QSslKey first;
    QSslKey second;
    {
        const DeviceIdentity id = DeviceIdentity::generate();
        first = id.privateKey();
        second = id.privateKey();
    }
    QVERIFY(!first.isNull());
    QVERIFY(!second.isNull());
    QCOMPARE(first.type(), QSsl::PrivateKey);
    QCOMPARE(first.algorithm(), QSsl::Opaque);
    QVERIFY(first.handle() != nullptr);
    QCOMPARE(first.handle(), second.handle());
}

void TestDeviceIdentity::mutualTls13HandshakeWithEd25519()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const DeviceIdentity serverId = DeviceIdentity::generate();
    const DeviceIdentity clientId = DeviceIdentity::generate();

    QSslServer server;
    server.setSslConfiguration(tlsConfiguration(serverId));
    // Self-signed certificates: accept exactly the pinned identity, nothing else.
    connect(&server, &QSslServer::sslErrors, this, [&](QSslSocket *s, const QList<QSslError> &) {
        if (identityFromCertificate(s->peerCertificate()) == clientId.remoteIdentity())
            s->ignoreSslErrors();
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    client.setSslConfiguration(tlsConfiguration(clientId));
    connect(&client, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &) {
        if (identityFromCertificate(client.peerCertificate()) == serverId.remoteIdentity())
            client.ignoreSslErrors();
    });
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy accepted(&server, &QSslServer::pendingConnectionAvailable);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                  QStringLiteral("ferry-device"));

    QTRY_COMPARE(accepted.count(), 1);
    std::unique_ptr<QSslSocket> peer(qobject_cast<QSslSocket *>(server.nextPendingConnection()));
    QVERIFY(peer);
    QCOMPARE(peer->sessionProtocol(), QSsl::TlsV1_3);
    QCOMPARE(identityFromCertificate(peer->peerCertificate()), clientId.remoteIdentity());

    QTRY_COMPARE(encrypted.count(), 1);
    QCOMPARE(client.sessionProtocol(), QSsl::TlsV1_3);
    QCOMPARE(identityFromCertificate(client.peerCertificate()), serverId.remoteIdentity());

    // Data flows both ways over the authenticated channel (the server really accepted us).
    peer->write("ping");
    QTRY_COMPARE(client.bytesAvailable(), qint64(4));
    QCOMPARE(client.readAll(), QByteArray("ping"));
    client.write("pong");
    QTRY_COMPARE(peer->bytesAvailable(), qint64(4));
    QCOMPARE(peer->readAll(), QByteArray("pong"));
    client.disconnectFromHost();
}

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
