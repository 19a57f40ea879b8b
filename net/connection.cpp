#include "net/connection.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/errorpayload.h"
#include "net/hello.h"
#include "net/logging.h"
#include "net/stream.h"
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
      m_handshake(handshakeLocal(local, expected)),
      m_nextStreamId(1)
{
    m_socket = new QSslSocket(this);
    setUpSocket();
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
      m_handshake(handshakeLocal(local, {})),
      m_nextStreamId(2)
{
    m_socket = new QSslSocket(this);
    setUpSocket();
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

Connection::~Connection()
{
    // Streams are children; make sure none outlives us believing it is attached.
    for (const QPointer<Stream> &stream : std::as_const(m_streams)) {
        if (stream)
            stream->m_connection = nullptr;
    }
}

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
    m_scheduler.queueControl(FrameType::Hello, 0, m_handshake.helloPayload());
    pump();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Connection::onReadyRead()
{
    if (m_state == State::Tls || m_state == State::Closed)
        return;
    m_inbuf.append(m_socket->readAll());
    while (m_state != State::Closed) {
        DecodeResult<Frame> result = decodeFrame(QByteArrayView(m_inbuf).sliced(m_inpos));
        if (result.status == DecodeStatus::NeedMore)
            break;
        if (result.status == DecodeStatus::TooLarge)
            return fail(ErrorCode::FrameTooLarge, result.why);
        m_inpos += result.consumed;
        if (!handleFrame(std::move(*result.value)))
            return;
    }
    // Drop what was consumed; large DATA frames make this cheap relative to the copy in.
    if (m_inpos > 0) {
        m_inbuf.remove(0, m_inpos);
        m_inpos = 0;
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
    if (m_streams.isEmpty())
        armIdleTimer();
    if (type == FrameType::Open)
        return handleOpen(frame);
    return handleStreamFrame(frame);
}

bool Connection::handleHello(const Frame &frame)
{
    if (const Error refusal = m_handshake.acceptHello(frame.payload, m_admission);
        refusal.isError()) {
        fail(refusal.code, refusal.detail);
        return false;
    }
    m_scheduler.queueControl(FrameType::Welcome, 0, m_handshake.welcomePayload());
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
    m_handshakeTimer.stop();
    armIdleTimer();
    qCDebug(lcNet) << "established" << m_target << peerIdentity().shortText() << "v" << version();
    Q_EMIT established();
}

bool Connection::handleOpen(const Frame &frame)
{
    const quint32 id = frame.stream;
    const bool peerParity = (id % 2 == 0) == (m_direction == Direction::Outgoing);
    if (!peerParity || id <= m_highestPeerStreamId) {
        fail(ErrorCode::ProtocolViolation,
             QStringLiteral("OPEN of stream %1 (wrong parity or not increasing)").arg(id));
        return false;
    }
    m_highestPeerStreamId = id;
    const auto refuse = [&](ErrorCode code, const QString &detail) {
        m_scheduler.queueControl(FrameType::Reset, id, ErrorPayload::encode(code, detail));
        schedulePump();
        return true;
    };
    DecodeResult<Header> header = Header::decode(frame.payload);
    if (!header.isOk())
        return refuse(ErrorCode::MalformedMessage, header.why);
    if (m_incomingOpen >= m_local.config.maxIncomingStreams)
        return refuse(ErrorCode::TooManyStreams,
                      QStringLiteral("%1 streams open").arg(m_incomingOpen));
    auto *stream = new Stream(peerIdentity(), std::move(*header.value), true,
                              m_local.config.streamIdleTimeout, this);
    m_scheduler.addStream(id);
    m_recvCredit.insert(id, FrameScheduler::kInitialWindow);
    m_streams.insert(id, stream);
    ++m_incomingOpen;
    m_idleTimer.stop();
    stream->attach(this, id);
    Q_EMIT incomingStream(stream);
    return m_state != State::Closed;
}

bool Connection::handleStreamFrame(const Frame &frame)
{
    const quint32 id = frame.stream;
    const QPointer<Stream> stream = m_streams.value(id);
    if (!stream) {
        const bool ours = (id % 2 == 1) == (m_direction == Direction::Outgoing);
        const bool seen = ours ? id < m_nextStreamId : id <= m_highestPeerStreamId;
        if (seen)
            return true; // raced with a RESET or FIN (§6.3)
        fail(ErrorCode::ProtocolViolation,
             frameTypeName(frame.type) + QStringLiteral(" on unopened stream %1").arg(id));
        return false;
    }
    switch (frame.frameType()) {
    case FrameType::Data: {
        if (stream->m_remoteFinished) {
            fail(ErrorCode::ProtocolViolation,
                 QStringLiteral("DATA after FIN on stream %1").arg(id));
            return false;
        }
        qint64 &credit = m_recvCredit[id];
        if (frame.payload.size() > credit) {
            fail(ErrorCode::FlowControlViolation,
                 QStringLiteral("%1 bytes on stream %2 with a window of %3")
                     .arg(frame.payload.size())
                     .arg(id)
                     .arg(credit));
            return false;
        }
        credit -= frame.payload.size();
        stream->deliverMessage(frame.payload);
        return m_state != State::Closed;
    }
    case FrameType::Fin:
        if (stream->m_remoteFinished) {
            fail(ErrorCode::ProtocolViolation, QStringLiteral("second FIN on stream %1").arg(id));
            return false;
        }
        stream->deliverFin();
        return m_state != State::Closed;
    case FrameType::Reset: {
        const auto payload = ErrorPayload::decode(frame.payload);
        m_scheduler.removeStream(id);
        stream->terminate(payload.isOk() ? payload.value->toError()
                                         : Error{ErrorCode::ProtocolViolation, payload.why, true});
        return m_state != State::Closed;
    }
    case FrameType::Window: {
        quint32 increment = 0;
        ByteReader(frame.payload).readU32(increment);
        if (increment == 0 || !m_scheduler.addWindow(id, increment)) {
            fail(ErrorCode::FlowControlViolation,
                 QStringLiteral("WINDOW of %1 on stream %2").arg(increment).arg(id));
            return false;
        }
        stream->noteActivity();
        schedulePump();
        return true;
    }
    default:
        Q_UNREACHABLE();
    }
    return true;
}

void Connection::adoptStream(Stream *stream)
{
    if (m_state != State::Established) {
        stream->terminate(Error{ErrorCode::NotConnected, QStringLiteral("connection not open")});
        return;
    }
    if (m_nextStreamId > 0xFFFFFFF0u) {
        stream->terminate(Error{ErrorCode::InternalError, QStringLiteral("stream ids exhausted")});
        return close(Error{ErrorCode::ShuttingDown, QStringLiteral("stream ids exhausted")});
    }
    const quint32 id = m_nextStreamId;
    m_nextStreamId += 2;
    m_scheduler.addStream(id);
    m_recvCredit.insert(id, FrameScheduler::kInitialWindow);
    m_streams.insert(id, stream);
    m_idleTimer.stop();
    m_scheduler.queueControl(FrameType::Open, id, stream->header().encode());
    stream->attach(this, id);
    schedulePump();
}

void Connection::queueStreamData(quint32 id, QByteArray message)
{
    m_scheduler.queueData(id, std::move(message));
    schedulePump();
}

void Connection::queueStreamFin(quint32 id)
{
    m_scheduler.queueFin(id);
    schedulePump();
}

void Connection::resetStream(quint32 id, ErrorCode code, const QString &detail)
{
    const QPointer<Stream> stream = m_streams.value(id);
    m_scheduler.removeStream(id);
    if (m_state == State::Established && isWireCode(code)) {
        m_scheduler.queueControl(FrameType::Reset, id, ErrorPayload::encode(code, detail));
        schedulePump();
    }
    if (stream)
        stream->terminate(Error{code, detail, false});
}

void Connection::streamConsumed(quint32 id, qint64 bytes)
{
    const QPointer<Stream> stream = m_streams.value(id);
    if (!stream || stream->m_remoteFinished)
        return;
    qint64 &consumed = m_recvConsumed[id];
    consumed += bytes;
    if (consumed < FrameScheduler::kInitialWindow / 2)
        return;
    QByteArray increment;
    ByteWriter(increment).u32(static_cast<quint32>(consumed));
    m_scheduler.queueControl(FrameType::Window, id, increment);
    m_recvCredit[id] += consumed;
    consumed = 0;
    schedulePump();
}

qint64 Connection::streamQueuedBytes(quint32 id) const
{
    return m_scheduler.queuedBytes(id);
}

void Connection::forgetStream(quint32 id)
{
    const QPointer<Stream> stream = m_streams.take(id);
    if (!stream)
        return;
    if (stream->isIncoming())
        --m_incomingOpen;
    m_scheduler.removeStream(id);
    m_recvCredit.remove(id);
    m_recvConsumed.remove(id);
    if (m_streams.isEmpty())
        armIdleTimer();
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
    while (m_state != State::Closed && m_state != State::Tls && m_scheduler.hasWork()
           && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < c.writeHighWater) {
        FrameScheduler::Sent sent;
        const QByteArray batch = m_scheduler.takeBatch(c.batchBytes, &sent);
        if (batch.isEmpty())
            break;
        m_socket->write(batch);
        for (const auto &[id, bytes] : std::as_const(sent.dataBytes)) {
            if (const QPointer<Stream> stream = m_streams.value(id))
                stream->noteSent(bytes);
        }
        for (const quint32 id : std::as_const(sent.fins)) {
            if (const QPointer<Stream> stream = m_streams.value(id))
                stream->noteFinSent();
        }
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
    if (m_state == State::Established && m_streams.isEmpty())
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
    if (canTell && !reason.remote && isWireCode(reason.code))
        m_socket->write(
            encodeFrame(FrameType::GoAway, 0, ErrorPayload::encode(reason.code, reason.detail)));
    const auto streams = m_streams.values();
    for (const QPointer<Stream> &stream : streams) {
        if (stream)
            stream->terminate(reason);
    }
    m_streams.clear();
    Q_EMIT closed(reason);
    if (!canTell || m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_socket->abort();
        return onDisconnected();
    }
    m_lingerTimer.start(kLingerMs);
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
