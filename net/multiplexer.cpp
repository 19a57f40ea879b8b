#include "net/multiplexer.h"

#include "net/bytereader.h"
#include "net/bytewriter.h"
#include "net/errorpayload.h"
#include "net/header.h"
#include "net/stream.h"

namespace Ferry::Net {

Multiplexer::Multiplexer(bool dialler, Limits limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_nextStreamId(dialler ? 1 : 2)
{ }

Multiplexer::~Multiplexer()
{
    // Streams are children; make sure none outlives us believing it is attached.
    for (const QPointer<Stream> &stream : std::as_const(m_streams)) {
        if (stream)
            stream->m_mux = nullptr;
    }
}

void Multiplexer::start(const RemoteIdentity &peer)
{
    m_peer = peer;
    m_open = true;
}

void Multiplexer::closeAll(const Error &reason)
{
    m_open = false;
    const auto streams = m_streams.values();
    for (const QPointer<Stream> &stream : streams) {
        if (stream)
            stream->terminate(reason);
    }
    m_streams.clear();
}

void Multiplexer::addStream(quint32 id, Stream *stream)
{
    m_scheduler.addStream(id);
    m_recvCredit.insert(id, FrameScheduler::kInitialWindow);
    m_streams.insert(id, stream);
    Q_EMIT streamOpened();
}

Error Multiplexer::adoptStream(Stream *stream)
{
    if (!m_open) {
        stream->terminate(Error{ErrorCode::NotConnected, QStringLiteral("connection not open")});
        return {};
    }
    if (m_nextStreamId > 0xFFFFFFF0u) {
        stream->terminate(Error{ErrorCode::InternalError, QStringLiteral("stream ids exhausted")});
        return Error{ErrorCode::ShuttingDown, QStringLiteral("stream ids exhausted")};
    }
    const quint32 id = m_nextStreamId;
    m_nextStreamId += 2;
    addStream(id, stream);
    m_scheduler.queueControl(FrameType::Open, id, stream->header().encode());
    stream->attach(this, id);
    Q_EMIT framesQueued();
    return {};
}

Error Multiplexer::handleFrame(const Frame &frame)
{
    if (frame.frameType() == FrameType::Open)
        return handleOpen(frame);
    return handleStreamFrame(frame);
}

Error Multiplexer::handleOpen(const Frame &frame)
{
    const quint32 id = frame.stream;
    if (isOurs(id) || id <= m_highestPeerStreamId)
        return Error{ErrorCode::ProtocolViolation,
                     QStringLiteral("OPEN of stream %1 (wrong parity or not increasing)").arg(id)};
    m_highestPeerStreamId = id;
    // Refusing a stream is not a connection error: RESET it and keep serving the others (§6.1).
    const auto refuse = [&](ErrorCode code, const QString &detail) {
        m_scheduler.queueControl(FrameType::Reset, id, ErrorPayload::encode(code, detail));
        Q_EMIT framesQueued();
        return Error{};
    };
    DecodeResult<Header> header = Header::decode(frame.payload);
    if (!header.isOk())
        return refuse(ErrorCode::MalformedMessage, header.why);
    if (m_incomingOpen >= m_limits.maxIncomingStreams)
        return refuse(ErrorCode::TooManyStreams,
                      QStringLiteral("%1 streams open").arg(m_incomingOpen));
    auto *stream
        = new Stream(m_peer, std::move(*header.value), true, m_limits.streamIdleTimeout, this);
    ++m_incomingOpen;
    addStream(id, stream);
    stream->attach(this, id);
    Q_EMIT incomingStream(stream);
    return {};
}

Error Multiplexer::handleStreamFrame(const Frame &frame)
{
    const quint32 id = frame.stream;
    const QPointer<Stream> stream = m_streams.value(id);
    if (!stream) {
        const bool seen = isOurs(id) ? id < m_nextStreamId : id <= m_highestPeerStreamId;
        if (seen)
            return {}; // raced with a RESET or FIN (§6.3)
        return Error{ErrorCode::ProtocolViolation,
                     frameTypeName(frame.type) + QStringLiteral(" on unopened stream %1").arg(id)};
    }
    switch (frame.frameType()) {
    case FrameType::Data:
        return handleData(*stream, frame);
    case FrameType::Fin:
        if (stream->isRemoteFinished())
            return Error{ErrorCode::ProtocolViolation,
                         QStringLiteral("second FIN on stream %1").arg(id)};
        stream->deliverFin();
        return {};
    case FrameType::Reset: {
        const auto payload = ErrorPayload::decode(frame.payload);
        m_scheduler.removeStream(id);
        stream->terminate(payload.isOk() ? payload.value->toError()
                                         : Error{ErrorCode::ProtocolViolation, payload.why, true});
        return {};
    }
    case FrameType::Window:
        return handleWindow(*stream, frame);
    default:
        Q_UNREACHABLE();
    }
    return {};
}

Error Multiplexer::handleData(Stream &stream, const Frame &frame)
{
    const quint32 id = frame.stream;
    if (stream.isRemoteFinished())
        return Error{ErrorCode::ProtocolViolation,
                     QStringLiteral("DATA after FIN on stream %1").arg(id)};
    qint64 &credit = m_recvCredit[id];
    if (frame.payload.size() > credit)
        return Error{ErrorCode::FlowControlViolation,
                     QStringLiteral("%1 bytes on stream %2 with a window of %3")
                         .arg(frame.payload.size())
                         .arg(id)
                         .arg(credit)};
    credit -= frame.payload.size();
    stream.deliverMessage(frame.payload);
    return {};
}

Error Multiplexer::handleWindow(Stream &stream, const Frame &frame)
{
    const quint32 id = frame.stream;
    quint32 increment = 0;
    ByteReader(frame.payload).readU32(increment);
    if (increment == 0 || !m_scheduler.addWindow(id, increment))
        return Error{ErrorCode::FlowControlViolation,
                     QStringLiteral("WINDOW of %1 on stream %2").arg(increment).arg(id)};
    stream.noteActivity();
    Q_EMIT framesQueued();
    return {};
}

void Multiplexer::queueConnectionFrame(FrameType type, QByteArrayView payload)
{
    m_scheduler.queueControl(type, 0, payload);
}

FrameBatch Multiplexer::takeBatch(qint64 maxBytes, FrameScheduler::Sent *sent)
{
    return m_scheduler.takeBatch(maxBytes, sent);
}

void Multiplexer::noteSent(const FrameScheduler::Sent &sent)
{
    for (const auto &[id, bytes] : std::as_const(sent.dataBytes)) {
        if (const QPointer<Stream> stream = m_streams.value(id))
            stream->noteSent(bytes);
    }
    for (const quint32 id : std::as_const(sent.fins)) {
        if (const QPointer<Stream> stream = m_streams.value(id))
            stream->noteFinSent();
    }
}

void Multiplexer::queueStreamData(quint32 id, QByteArray message)
{
    m_scheduler.queueData(id, std::move(message));
    Q_EMIT framesQueued();
}

void Multiplexer::queueStreamFin(quint32 id)
{
    m_scheduler.queueFin(id);
    Q_EMIT framesQueued();
}

void Multiplexer::resetStream(quint32 id, ErrorCode code, const QString &detail)
{
    const QPointer<Stream> stream = m_streams.value(id);
    m_scheduler.removeStream(id);
    if (m_open && isWireCode(code)) {
        m_scheduler.queueControl(FrameType::Reset, id, ErrorPayload::encode(code, detail));
        Q_EMIT framesQueued();
    }
    if (stream)
        stream->terminate(Error{code, detail, false});
}

// Window goes back in one WINDOW per half initial window consumed (§6.4), not per message.
void Multiplexer::streamConsumed(quint32 id, qint64 bytes)
{
    const QPointer<Stream> stream = m_streams.value(id);
    if (!stream || stream->isRemoteFinished())
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
    Q_EMIT framesQueued();
}

void Multiplexer::growReceiveWindow(quint32 id, qint64 bytes)
{
    const QPointer<Stream> stream = m_streams.value(id);
    qint64 &credit = m_recvCredit[id];
    // The window may never pass 2^31 - 1 (docs/PROTOCOL.md §6.4).
    bytes = std::min<qint64>(bytes, 0x7FFFFFFF - credit - m_recvConsumed.value(id));
    if (!stream || stream->isRemoteFinished() || bytes <= 0)
        return;
    QByteArray increment;
    ByteWriter(increment).u32(static_cast<quint32>(bytes));
    m_scheduler.queueControl(FrameType::Window, id, increment);
    credit += bytes;
    Q_EMIT framesQueued();
}

void Multiplexer::forgetStream(quint32 id)
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
        Q_EMIT allStreamsClosed();
}

} // namespace Ferry::Net
