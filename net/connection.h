#pragma once

#include "net/deviceidentity.h"
#include "net/errorcode.h"
#include "net/frame.h"
#include "net/framereader.h"
#include "net/handshakestate.h"
#include "net/header.h"
#include "net/multiplexer.h"
#include "net/nodeconfig.h"
#include "net/peermetadata.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace Ferry::Net {

class Stream;

// One TLS connection to a peer: the TLS identity check, the HELLO/WELCOME handshake, timeouts,
// frame reading and writing (docs/PROTOCOL.md §3–§5). The streams multiplexed over it live in its
// Multiplexer (§6), which it feeds frames and asks for batches to write.
// Closed through exactly one path, close(), which reports closed() once.
class Connection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class Direction { Outgoing, Incoming };
    enum class State { Tls, Hello, Established, Closed };

    struct Local
    {
        DeviceIdentity identity;
        PeerMetadata metadata;
        NodeConfig config;
    };

    // Outgoing: dials host:port; expected may be null (learn the identity from TLS).
    Connection(const Local &local, const QString &host, quint16 port,
               const RemoteIdentity &expected, QObject *parent = nullptr);
    // Incoming: takes over an accepted socket descriptor and starts TLS as the server.
    Connection(const Local &local, qintptr socketDescriptor, QObject *parent = nullptr);
    ~Connection() override;

    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    const RemoteIdentity &peerIdentity() const { return m_handshake.peer(); }
    const PeerMetadata &peerMetadata() const { return m_handshake.peerMetadata(); }
    quint16 version() const { return m_handshake.version(); }
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QString target() const { return m_target; } // "host:port" as dialled or seen
    int openStreamCount() const { return m_mux->openStreamCount(); }

    // Asked once the peer's HELLO has passed every check, before WELCOME: a returned error
    // refuses the peer (GOAWAY with its code), e.g. when it has too many connections already.
    using Admission = HandshakeState::Admission;
    void setAdmission(Admission admission) { m_admission = std::move(admission); }

    // Opens a stream on this established connection; it emits closed() if that fails.
    void adoptStream(Stream *stream);
    // Ends the connection: GOAWAY with code (when it is a wire code and TLS is up), then closes.
    void close(const Error &reason);

Q_SIGNALS:
    void established();
    void incomingStream(Ferry::Net::Stream *stream);
    void closed(const Ferry::Net::Error &reason);
    // The socket is gone and the object may be deleted.
    void released();

private:
    void setUpSocket();
    void setUpMultiplexer();
    void onEncrypted();
    void onSslErrors();
    void onReadyRead();
    void onBytesWritten();
    void onSocketError();
    void onDisconnected();

    bool handleFrame(Frame frame);
    bool handleHello(const Frame &frame);
    bool handleWelcome(const Frame &frame);
    void checkEstablished();
    void fail(ErrorCode code, const QString &detail);

    void schedulePump();
    void pump();
    void armIdleTimer();

    Local m_local;
    Admission m_admission;
    Direction m_direction;
    State m_state = State::Tls;
    QSslSocket *m_socket = nullptr;
    Multiplexer *m_mux = nullptr; // child; owns the streams
    QString m_target;
    HandshakeState m_handshake;
    bool m_pumpScheduled = false;
    bool m_released = false;
    bool m_wroteGoAway = false; // closing: we told the peer, and wait for it to close

    FrameReader m_reader;

    QTimer m_handshakeTimer;
    QTimer m_idleTimer;
    QTimer m_stallTimer;
    QTimer m_lingerTimer;
};

} // namespace Ferry::Net
