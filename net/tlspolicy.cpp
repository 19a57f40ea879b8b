#include "net/tlspolicy.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Ferry::Net {

QSslConfiguration TlsPolicy::configuration(const DeviceIdentity &identity)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3OrLater);
    config.setLocalCertificate(identity.certificate());
    config.setPrivateKey(identity.privateKey());
    // Every peer certificate is self-signed, so verification reports errors, which the
    // connection accepts only for a single Ed25519 certificate; no CA is ever consulted.
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCaCertificates({});

    // AES-128-GCM is 5–8 % faster than AES-256-GCM here (docs/PROTOCOL.md §3, performance.md).
    static const char *const preferred[]
        = {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"};
    QList<QSslCipher> ciphers;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const char *name : preferred) {
        for (const QSslCipher &cipher : supported) {
            if (cipher.name() == QLatin1String(name))
                ciphers.append(cipher);
        }
    }
    if (!ciphers.isEmpty())
        config.setCiphers(ciphers);
    return config;
}

TlsPolicy::Proof TlsPolicy::peerProof(const QSslSocket &socket)
{
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    if (socket.peerCertificate().isNull())
        return {std::nullopt, QStringLiteral("the peer presented no certificate")};
    if (chain.size() > 1)
        return {
            std::nullopt,
            QStringLiteral("the peer presented %1 certificates, expected one").arg(chain.size())};
    auto identity = identityFromCertificate(socket.peerCertificate());
    if (!identity)
        return {std::nullopt, QStringLiteral("the peer's certificate key is not Ed25519")};
    return {identity, {}};
}

} // namespace Ferry::Net
