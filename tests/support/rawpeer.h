#pragma once

#include "net/deviceidentity.h"
#include "net/errorpayload.h"
#include "net/frame.h"
#include "net/hello.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace Ferry::Test {

// A hand-driven peer for hostile-input tests: plain TCP or TLS with any identity, sending exactly
// the bytes a test asks for (garbage, half frames, huge lengths, rule-breaking frames, nothing at
// all) and recording every byte it receives.
class RawPeer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawPeer)
public:
    enum class Mode { Tcp, Tls };
    explicit RawPeer(Mode mode, Net::DeviceIdentity identity = Net::DeviceIdentity::generate(),
                     QObject *parent = nullptr);
    ~RawPeer() override;

    // Connects to 127.0.0.1:port, from `from` when given (other loopback addresses let tests
    // exceed per-address limits without blocking everyone on 127.0.0.1).
    void connectTo(quint16 port, const QHostAddress &from = {});
    // Waits for TCP (Tcp) or a finished TLS handshake (Tls).
    bool waitReady(int timeoutMs = 5000);
    bool waitDisconnected(int timeoutMs = 5000);
    bool isDisconnected() const;

    void sendRaw(const QByteArray &bytes);
    void sendFrame(Net::FrameType type, quint32 stream, const QByteArray &payload = {});
    Net::Hello defaultHello() const;
    // Sends `hello`, waits for the node's HELLO, sends WELCOME with the negotiated version and
    // waits for the node's WELCOME.
    bool handshake(const Net::Hello &hello, int timeoutMs = 5000);
    bool handshake() { return handshake(defaultHello()); }

    // Frames decoded from everything received so far.
    QList<Net::Frame> frames() const;
    // The first GOAWAY received, decoded.
    std::optional<Net::ErrorPayload> goAway() const;
    bool waitGoAway(int timeoutMs = 5000);
    // The first RESET received on stream id, decoded.
    std::optional<Net::ErrorPayload> resetOn(quint32 stream) const;

    const Net::DeviceIdentity &identity() const { return m_identity; }
    QSslSocket *socket() const { return m_socket; }
    qint64 bytesReceived() const { return m_received.size(); }

private:
    Mode m_mode;
    Net::DeviceIdentity m_identity;
    QSslSocket *m_socket;
    QByteArray m_received;
    bool m_disconnected = false;
};

} // namespace Ferry::Test
