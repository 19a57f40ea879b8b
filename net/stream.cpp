#include "net/stream.h"

#include "net/frame.h"
#include "net/multiplexer.h"

namespace Ferry::Net {

Stream::Stream(const RemoteIdentity &peer, Header header, bool incoming, Milliseconds idleTimeout,
               QObject *parent)
    : QObject(parent), m_peer(peer), m_header(std::move(header)), m_incoming(incoming)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        reset(ErrorCode::Timeout,
              QStringLiteral("nothing received for %1 s").arg(m_idleTimer.interval() / 1000.0));
    });
    setIdleTimeout(idleTimeout);
}

Stream::~Stream() = default;

bool Stream::send(QByteArray message)
{
    if (m_closed || m_localFinishRequested || message.size() > Frame::kMaxPayload)
        return false;
    if (!m_mux) {
        m_unattached.push_back(std::move(message));
        return true;
    }
    m_mux->queueStreamData(m_id, std::move(message));
    return true;
}

void Stream::finish()
{
    if (m_closed || m_localFinishRequested)
        return;
    m_localFinishRequested = true;
    if (m_mux)
        m_mux->queueStreamFin(m_id);
}

void Stream::reset(ErrorCode code, const QString &detail)
{
    if (m_closed)
        return;
    if (m_mux)
        m_mux->resetStream(m_id, code, detail); // tells the peer, then terminate()
    else
        terminate(Error{code, detail, false});
}

QByteArray Stream::takeMessage()
{
    if (m_inbox.empty())
        return {};
    QByteArray message = std::move(m_inbox.front());
    m_inbox.pop_front();
    if (m_mux && !m_closed)
        m_mux->streamConsumed(m_id, message.size());
    return message;
}

qint64 Stream::bytesQueued() const
{
    if (!m_mux) {
        qint64 total = 0;
        for (const QByteArray &m : m_unattached)
            total += m.size();
        return total;
    }
    return m_mux->streamQueuedBytes(m_id);
}

void Stream::growReceiveWindow(qint64 bytes)
{
    if (m_mux && !m_closed)
        m_mux->growReceiveWindow(m_id, bytes);
}

void Stream::setIdleTimeout(Milliseconds timeout)
{
    m_idleTimer.stop();
    m_idleTimer.setInterval(timeout);
    if (timeout.count() > 0 && !m_closed)
        m_idleTimer.start();
}

void Stream::attach(Multiplexer *mux, quint32 id)
{
    m_mux = mux;
    m_id = id;
    setParent(mux);
    while (!m_unattached.empty()) {
        mux->queueStreamData(m_id, std::move(m_unattached.front()));
        m_unattached.pop_front();
    }
    if (m_localFinishRequested)
        mux->queueStreamFin(m_id);
}

void Stream::deliverMessage(QByteArray message)
{
    noteActivity();
    m_inbox.push_back(std::move(message));
    Q_EMIT messageReceived();
}

void Stream::deliverFin()
{
    noteActivity();
    m_remoteFinished = true;
    Q_EMIT remoteFinished();
    finishIfDone();
}

void Stream::noteSent(qint64 bytes)
{
    if (!m_closed)
        Q_EMIT bytesSent(bytes);
}

void Stream::noteFinSent()
{
    m_localFinSent = true;
    finishIfDone();
}

void Stream::noteActivity()
{
    if (m_idleTimer.interval() > 0 && !m_closed)
        m_idleTimer.start();
}

void Stream::finishIfDone()
{
    if (m_localFinSent && m_remoteFinished)
        terminate(Error{});
}

void Stream::terminate(const Error &error)
{
    if (m_closed)
        return;
    m_closed = true;
    m_idleTimer.stop();
    m_unattached.clear();
    if (m_mux)
        m_mux->forgetStream(m_id);
    Q_EMIT closed(error);
    deleteLater();
}

} // namespace Ferry::Net
