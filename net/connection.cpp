#include "net/connection.h"

#include "net/errorpayload.h"
#include "net/logging.h"
#include "net/stream.h" // Stream * crosses a signal connection
#include "net/tlspolicy.h"

#include <QSslSocket>

namespace Ferry::Net {

namespace {
constexpr int kLingerMs = 2000; // time a closing socket gets to flush its GOAWAY

HandshakeState::Local handshakeLocal(const Connection::Local &local, const RemoteIdentity &expected)
{
    return HandshakeState::Local{local.identity.remoteIdentity(), local.metadata,
                                 local.config.minVersion, local.config.maxVersion, expected};
}
} // namespace

Connection::Connection(const Local &local, const QString &host, quint16 port,
                       const RemoteIdentity &expected, QObject *parent)
    : QObject(parent),
      m_local(local),
      m_direction(Direction::Outgoing),
      m_target(QStringLiteral("%1:%2").arg(host).arg(port)),
      m_handshake(handshakeLocal(local, expected))
{
    m_socket = new QSslSocket(this);
    setUpSocket();
    setUpMultiplexer();
    // Until TCP is up the handshake timer runs for the connect timeout, then for the handshake.
    m_handshakeTimer.start(m_local.config.connectTimeout);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_handshakeTimer.start(m_local.config.handshakeTimeout);
    });
    m_socket->connectToHostEncrypted(host, port);
}

Connection::Connection(const Local &local, qintptr socketDescriptor, QObject *parent)
    : QObject(parent),
      m_local(local),
      m_direction(Direction::Incoming),
      m_handshake(handshakeLocal(local, {}))
{
    m_socket = new QSslSocket(this);
    setUpSocket();
    setUpMultiplexer();
    m_handshakeTimer.start(m_local.config.handshakeTimeout);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                close(Error{ErrorCode::ConnectionLost, m_socket->errorString()});
            },
            Qt::QueuedConnection);
        return;
    }
    m_target = QStringLiteral("%1:%2").arg(peerAddress().toString()).arg(m_socket->peerPort());
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->startServerEncryption();
}

Connection::~Connection() = default;

// TCP_NODELAY (LowDelayOption) is set once the socket exists, on both sides: frames are already
// batched per event-loop turn, and with Nagle a lone small frame (FIN, WINDOW) meeting the peer's
// delayed ACK stalled the next one for 40 ms (bench_connect: p99 ping 40 ms → 80 µs).
void Connection::setUpSocket()
{
    m_socket->setSslConfiguration(TlsPolicy::configuration(m_local.identity));
    m_socket->setReadBufferSize(m_local.config.socketReadBufferSize);
    m_handshakeTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    m_lingerTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        const double seconds = m_handshakeTimer.interval() / 1000.0;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return close(Error{ErrorCode::ConnectFailed,
                               QStringLiteral("no TCP connection within %1 s").arg(seconds)});
        close(Error{ErrorCode::HandshakeTimeout,
                    QStringLiteral("no handshake within %1 s").arg(seconds)});
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        close(Error{ErrorCode::IdleTimeout,
                    QStringLiteral("idle for %1 s").arg(m_idleTimer.interval() / 1000.0)});
    });
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        close(Error{ErrorCode::Timeout,
                    QStringLiteral("the peer read nothing for %1 s")
                        .arg(m_stallTimer.interval() / 1000.0)});
    });
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        onDisconnected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(m_socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
            &Connection::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
}

void Connection::setUpMultiplexer()
{
    const Multiplexer::Limits limits{m_local.config.maxIncomingStreams,
                                     m_local.config.streamIdleTimeout};
    m_mux = new Multiplexer(m_direction == Direction::Outgoing, limits, this);
    connect(m_mux, &Multiplexer::framesQueued, this, &Connection::schedulePump);
    connect(m_mux, &Multiplexer::streamOpened, this, [this] { m_idleTimer.stop(); });
    connect(m_mux, &Multiplexer::allStreamsClosed, this, &Connection::armIdleTimer);
    connect(m_mux, &Multiplexer::incomingStream, this, &Connection::incomingStream);
}

QHostAddress Connection::peerAddress() const
{
    // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; show them as a.b.c.d.
    const QHostAddress address = m_socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

quint16 Connection::peerPort() const
{
    return m_socket->peerPort();
}

void Connection::onSslErrors()
{
    // Self-signed certificates always raise errors; we accept exactly one Ed25519 certificate
    // and judge the identity it proves in onEncrypted(), where the peer can be told why.
    if (TlsPolicy::peerProof(*m_socket).identity)
        m_socket->ignoreSslErrors();
}

void Connection::onEncrypted()
{
    const TlsPolicy::Proof proof = TlsPolicy::peerProof(*m_socket);
    if (!proof.identity)
        return fail(ErrorCode::IdentityMismatch, proof.why);
    if (const Error refusal = m_handshake.acceptProof(*proof.identity); refusal.isError())
        return fail(refusal.code, refusal.detail);
    m_state = State::Hello;
    m_mux->queueConnectionFrame(FrameType::Hello, m_handshake.helloPayload());
    pump();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Connection::onReadyRead()
{
    if (m_state == State::Closed) {
        m_socket->readAll(); // closing: what the peer still says no longer matters
        return;
    }
    if (m_state == State::Tls)
        return;
    while (m_state != State::Closed) {
        DecodeResult<Frame> result = m_reader.next(*m_socket);
        if (result.status == DecodeStatus::NeedMore)
            break;
        if (result.status == DecodeStatus::TooLarge)
            return fail(ErrorCode::FrameTooLarge, result.why);
        if (!handleFrame(std::move(*result.value)))
            return;
    }
}

bool Connection::handleFrame(Frame frame)
{
    const FrameCheck check = validateFrame(frame);
    if (check.code != ErrorCode::None) {
        fail(check.code, check.why);
        return false;
    }
    const FrameType type = frame.frameType();
    if (type == FrameType::GoAway) {
        const auto payload = ErrorPayload::decode(frame.payload);
        close(payload.isOk() ? payload.value->toError()
                             : Error{ErrorCode::ProtocolViolation, payload.why, true});
        return false;
    }
    if (m_state == State::Hello) {
        if (type == FrameType::Hello)
            return handleHello(frame);
        if (type == FrameType::Welcome)
            return handleWelcome(frame);
        fail(ErrorCode::ProtocolViolation,
             frameTypeName(frame.type) + QStringLiteral(" before the handshake completed"));
        return false;
    }
    if (type == FrameType::Hello || type == FrameType::Welcome) {
        fail(ErrorCode::ProtocolViolation,
             frameTypeName(frame.type) + QStringLiteral(" after the handshake"));
        return false;
    }
    armIdleTimer();
    if (const Error error = m_mux->handleFrame(frame); error.isError()) {
        fail(error.code, error.detail);
        return false;
    }
    // A stream's handler may have closed the connection.
    return m_state != State::Closed;
}

bool Connection::handleHello(const Frame &frame)
{
    if (const Error refusal = m_handshake.acceptHello(frame.payload, m_admission);
        refusal.isError()) {
        fail(refusal.code, refusal.detail);
        return false;
    }
    m_mux->queueConnectionFrame(FrameType::Welcome, m_handshake.welcomePayload());
    schedulePump();
    checkEstablished();
    return true;
}

bool Connection::handleWelcome(const Frame &frame)
{
    if (const Error refusal = m_handshake.acceptWelcome(frame.payload); refusal.isError()) {
        fail(refusal.code, refusal.detail);
        return false;
    }
    checkEstablished();
    return true;
}

void Connection::checkEstablished()
{
    if (m_state != State::Hello || !m_handshake.isComplete())
        return;
    m_state = State::Established;
    m_mux->start(peerIdentity());
    m_handshakeTimer.stop();
    armIdleTimer();
    qCDebug(lcNet) << "established" << m_target << peerIdentity().shortText() << "v" << version();
    Q_EMIT established();
}

void Connection::adoptStream(Stream *stream)
{
    if (const Error error = m_mux->adoptStream(stream); error.isError())
        close(error);
}

void Connection::schedulePump()
{
    if (m_pumpScheduled || m_state == State::Closed)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &Connection::pump, Qt::QueuedConnection);
}

void Connection::pump()
{
    m_pumpScheduled = false;
    const NodeConfig &c = m_local.config;
    while (m_state != State::Closed && m_state != State::Tls && m_mux->hasWork()
           && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < c.writeHighWater) {
        FrameScheduler::Sent sent;
        const FrameBatch batch = m_mux->takeBatch(c.batchBytes, &sent);
        if (batch.isEmpty())
            break;
        for (const QByteArray &piece : batch.pieces())
            m_socket->write(piece); // a large payload is shared into the socket, not copied
        // Only after the write: a stream told it is done may close the connection, whose GOAWAY
        // must follow this batch.
        m_mux->noteSent(sent);
    }
    if (m_state != State::Closed && !m_stallTimer.isActive()
        && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() > 0)
        m_stallTimer.start(c.writeStallTimeout);
}

void Connection::onBytesWritten()
{
    if (m_state == State::Closed)
        return;
    m_stallTimer.stop(); // progress; pump() re-arms it while bytes remain
    pump();
}

void Connection::armIdleTimer()
{
    if (m_state == State::Established && m_mux->openStreamCount() == 0)
        m_idleTimer.start(m_local.config.idleTimeout);
}

void Connection::fail(ErrorCode code, const QString &detail)
{
    qCInfo(lcNet) << "closing" << m_target << errorCodeName(code) << detail;
    close(Error{code, detail, false});
}

void Connection::close(const Error &reason)
{
    if (m_state == State::Closed)
        return;
    const bool canTell = m_socket->isEncrypted();
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_idleTimer.stop();
    m_stallTimer.stop();
    m_wroteGoAway = canTell && !reason.remote && isWireCode(reason.code);
    if (m_wroteGoAway) {
        // A RESET queued in this same turn (a cancel just before a quit) still goes first, so
        // the peer learns why the operation ended rather than just that we left.
        m_socket->write(m_mux->takeControlFrames());
        m_socket->write(
            encodeFrame(FrameType::GoAway, 0, ErrorPayload::encode(reason.code, reason.detail)));
    }
    m_mux->closeAll(reason);
    Q_EMIT closed(reason);
    if (!canTell || m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_socket->abort();
        return onDisconnected();
    }
    m_lingerTimer.start(kLingerMs);
    if (m_wroteGoAway) {
        // We said GOAWAY: wait for the peer to close (it does so when it reads the GOAWAY), up
        // to the linger time. Closing first would make our kernel answer the peer's next frame
        // (a WINDOW it sent before it read the GOAWAY) with a TCP RST, and an RST makes the
        // peer's kernel drop what it has not read yet: our last RESETs and the GOAWAY itself.
        return;
    }
    m_socket->disconnectFromHost();
}

void Connection::onSocketError()
{
    if (m_state == State::Closed)
        return;
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    if (m_state == State::Tls) {
        const bool tcpFailed = m_socket->state() != QAbstractSocket::ConnectedState
            && !m_socket->isEncrypted() && error != QAbstractSocket::SslHandshakeFailedError
            && error != QAbstractSocket::RemoteHostClosedError;
        close(Error{tcpFailed ? ErrorCode::ConnectFailed : ErrorCode::TlsFailed, text});
    } else if (m_state == State::Hello && error == QAbstractSocket::RemoteHostClosedError) {
        close(Error{ErrorCode::ConnectionLost,
                    QStringLiteral("the peer closed the connection during the handshake "
                                   "(it may have refused our certificate)")});
    } else {
        close(Error{ErrorCode::ConnectionLost, text});
    }
}

void Connection::onDisconnected()
{
    if (m_state != State::Closed)
        close(Error{ErrorCode::ConnectionLost, QStringLiteral("the peer closed the connection")});
    if (m_released)
        return;
    m_released = true;
    m_lingerTimer.stop();
    Q_EMIT released();
}

} // namespace Ferry::Net
