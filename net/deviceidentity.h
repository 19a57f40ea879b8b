#pragma once

#include "net/remoteidentity.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>
#include <optional>

namespace Ferry::Net {

// This device's long-term Ed25519 key pair and the self-signed certificate made from it
// (docs/PROTOCOL.md §2–§3). Cheap to copy (shared, immutable).
class DeviceIdentity
{
public:
    static constexpr qsizetype kSeedSize = 32;

    DeviceIdentity() = default;
    // A new random key pair.
    static DeviceIdentity generate();
    // From the 32-byte private seed kept in the keychain; nullopt when seed is malformed.
    static std::optional<DeviceIdentity> fromPrivateSeed(const QByteArray &seed);

    bool isNull() const { return !m_data; }
    RemoteIdentity remoteIdentity() const;
    QByteArray privateSeed() const; // secret: only for the SecretStore
    QSslCertificate certificate() const; // self-signed, CN=ferry-device, made at load time
    QSslKey privateKey() const; // opaque QSslKey over the Ed25519 key, for TLS
    // Ed25519 signature (RFC 8032, pure, 64 bytes) of message with this device's key.
    QByteArray sign(QByteArrayView message) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

// True when signature is identity's valid Ed25519 signature of message.
bool verifySignature(const RemoteIdentity &identity, QByteArrayView message,
                     QByteArrayView signature);

// The Ed25519 public key inside a certificate, or nullopt when it holds another kind of key.
std::optional<RemoteIdentity> identityFromCertificate(const QSslCertificate &certificate);

} // namespace Ferry::Net
