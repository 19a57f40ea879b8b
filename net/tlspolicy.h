#pragma once

#include "net/deviceidentity.h"
#include "net/remoteidentity.h"

#include <QSslConfiguration>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace Ferry::Net {

// The TLS rules of docs/PROTOCOL.md §3 in one place: TLS 1.3 only, mutual certificates, AES-128
// preferred, and the peer's identity taken from its (single, Ed25519) certificate. Certificate
// authorities, names and dates play no part.
class TlsPolicy
{
public:
    static QSslConfiguration configuration(const DeviceIdentity &identity);

    struct Proof
    {
        std::optional<RemoteIdentity> identity; // the proven key
        QString why; // when identity is empty
    };
    // The identity the peer's certificate proves, once TLS has verified possession of its key.
    static Proof peerProof(const QSslSocket &socket);
};

} // namespace Ferry::Net
