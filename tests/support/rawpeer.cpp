#include "tests/support/rawpeer.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/tlspolicy.h"

#include <QSslSocket>
#include <QTest>

namespace Ferry::Test {

RawPeer::RawPeer(Mode mode, Net::DeviceIdentity identity, QObject *parent)
    : QObject(parent), m_mode(mode), m_identity(std::move(identity)), m_socket(new QSslSocket(this))
{
    if (m_mode == Mode::Tls) {
        m_socket->setSslConfiguration(Net::TlsPolicy::configuration(m_identity));
        connect(m_socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), m_socket,
                [this] { m_socket->ignoreSslErrors(); });
    }
    connect(m_socket, &QSslSocket::readyRead, this, [this] { m_received += m_socket->readAll(); });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            m_disconnected = true;
    });
}

RawPeer::~RawPeer() = default;

void RawPeer::connectTo(quint16 port, const QHostAddress &from)
{
    if (!from.isNull())
        m_socket->bind(from, 0);
    if (m_mode == Mode::Tls)
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    else
        m_socket->connectToHost(QHostAddress::LocalHost, port);
}

bool RawPeer::waitReady(int timeoutMs)
{
    return QTest::qWaitFor(
               [this] {
                   return m_disconnected
                       || (m_mode == Mode::Tls
                               ? m_socket->isEncrypted()
                               : m_socket->state() == QAbstractSocket::ConnectedState);
               },
               timeoutMs)
        && !m_disconnected;
}

bool RawPeer::waitDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

bool RawPeer::isDisconnected() const
{
    return m_disconnected;
}

void RawPeer::sendRaw(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void RawPeer::sendFrame(Net::FrameType type, quint32 stream, const QByteArray &payload)
{
    m_socket->write(Net::encodeFrame(type, stream, payload));
}

Net::Hello RawPeer::defaultHello() const
{
    Net::Hello hello;
    hello.identity = m_identity.remoteIdentity();
    hello.metadata.deviceName = QStringLiteral("raw peer");
    hello.metadata.os = QStringLiteral("Test");
    hello.metadata.appVersion = QStringLiteral("0");
    return hello;
}

bool RawPeer::handshake(const Net::Hello &hello, int timeoutMs)
{
    sendFrame(Net::FrameType::Hello, 0, hello.encode());
    const auto has = [this](Net::FrameType type) {
        const QList<Net::Frame> received = frames();
        return std::any_of(received.cbegin(), received.cend(),
                           [type](const Net::Frame &f) { return f.frameType() == type; });
    };
    if (!QTest::qWaitFor([&] { return has(Net::FrameType::Hello) || m_disconnected; }, timeoutMs)
        || !has(Net::FrameType::Hello))
        return false;
    const QList<Net::Frame> received = frames();
    const auto peerHello = Net::Hello::decode(received.first().payload);
    if (!peerHello.isOk())
        return false;
    const quint16 version
        = Net::negotiateVersion(hello.minVersion, hello.maxVersion, peerHello.value->minVersion,
                                peerHello.value->maxVersion);
    QByteArray welcome;
    Net::ByteWriter(welcome).u16(version);
    sendFrame(Net::FrameType::Welcome, 0, welcome);
    return QTest::qWaitFor([&] { return has(Net::FrameType::Welcome) || m_disconnected; },
                           timeoutMs)
        && has(Net::FrameType::Welcome);
}

QList<Net::Frame> RawPeer::frames() const
{
    QList<Net::Frame> out;
    qsizetype pos = 0;
    while (pos < m_received.size()) {
        auto result = Net::decodeFrame(QByteArrayView(m_received).sliced(pos));
        if (!result.isOk())
            break;
        pos += result.consumed;
        out.append(std::move(*result.value));
    }
    return out;
}

std::optional<Net::ErrorPayload> RawPeer::goAway() const
{
    for (const Net::Frame &frame : frames()) {
        if (frame.frameType() == Net::FrameType::GoAway) {
            auto payload = Net::ErrorPayload::decode(frame.payload);
            if (payload.isOk())
                return *payload.value;
        }
    }
    return std::nullopt;
}

bool RawPeer::waitGoAway(int timeoutMs)
{
    return QTest::qWaitFor([this] { return goAway().has_value(); }, timeoutMs);
}

std::optional<Net::ErrorPayload> RawPeer::resetOn(quint32 stream) const
{
    for (const Net::Frame &frame : frames()) {
        if (frame.frameType() == Net::FrameType::Reset && frame.stream == stream) {
            auto payload = Net::ErrorPayload::decode(frame.payload);
            if (payload.isOk())
                return *payload.value;
        }
    }
    return std::nullopt;
}

} // namespace Ferry::Test
