#include "net/handshakestate.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/hello.h"

namespace Ferry::Net {

namespace {
QString versionRange(quint16 min, quint16 max)
{
    return QStringLiteral("%1–%2").arg(min).arg(max);
}
} // namespace

Error HandshakeState::acceptProof(const RemoteIdentity &proven)
{
    if (proven == m_local.identity)
        return Error{ErrorCode::SelfConnection, QStringLiteral("the peer is this device")};
    if (!m_local.expected.isNull() && proven != m_local.expected)
        return Error{ErrorCode::IdentityMismatch,
                     QStringLiteral("expected %1, the peer proved %2")
                         .arg(m_local.expected.toText(), proven.toText())};
    m_proven = proven;
    return {};
}

QByteArray HandshakeState::helloPayload() const
{
    Hello hello;
    hello.minVersion = m_local.minVersion;
    hello.maxVersion = m_local.maxVersion;
    hello.identity = m_local.identity;
    hello.metadata = m_local.metadata;
    return hello.encode();
}

Error HandshakeState::acceptHello(QByteArrayView payload, const Admission &admission)
{
    if (m_proven.isNull())
        return Error{ErrorCode::ProtocolViolation, QStringLiteral("HELLO before TLS proof")};
    if (m_helloReceived)
        return Error{ErrorCode::ProtocolViolation, QStringLiteral("second HELLO")};
    m_helloReceived = true;
    const DecodeResult<Hello> hello = Hello::decode(payload);
    if (!hello.isOk())
        return Error{ErrorCode::BadHello, hello.why};
    if (hello.value->identity != m_proven)
        return Error{ErrorCode::IdentityMismatch,
                     QStringLiteral("HELLO claims %1 but TLS proved %2")
                         .arg(hello.value->identity.toText(), m_proven.toText())};
    const quint16 version = negotiateVersion(m_local.minVersion, m_local.maxVersion,
                                             hello.value->minVersion, hello.value->maxVersion);
    if (version == 0)
        return Error{ErrorCode::IncompatibleVersion,
                     QStringLiteral("we speak %1, you speak %2")
                         .arg(versionRange(m_local.minVersion, m_local.maxVersion),
                              versionRange(hello.value->minVersion, hello.value->maxVersion))};
    if (admission) {
        const Error refusal = admission(hello.value->identity);
        if (refusal.isError())
            return refusal;
    }
    m_peer = hello.value->identity;
    m_peerMetadata = hello.value->metadata;
    m_version = version;
    m_welcomeSent = true; // the caller sends welcomePayload() now
    return {};
}

QByteArray HandshakeState::welcomePayload() const
{
    QByteArray welcome;
    ByteWriter(welcome).u16(m_version);
    return welcome;
}

Error HandshakeState::acceptWelcome(QByteArrayView payload)
{
    quint16 version = 0;
    ByteReader(payload).readU16(version);
    if (!m_welcomeSent || m_welcomeReceived || version != m_version)
        return Error{ErrorCode::ProtocolViolation,
                     QStringLiteral("unexpected WELCOME (version %1, negotiated %2)")
                         .arg(version)
                         .arg(m_version)};
    m_welcomeReceived = true;
    return {};
}

} // namespace Ferry::Net
