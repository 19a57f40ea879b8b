#include "app/control/controlchannel.h"

#include <QLocalSocket>
#include <QPointer>

namespace Ferry::App {

ControlChannel::ControlChannel(QLocalSocket *socket, qint64 maxQueuedBytes, QObject *parent,
                               const QByteArray &alreadyRead)
    : QObject(parent), m_socket(socket), m_maxQueued(maxQueuedBytes), m_buffer(alreadyRead)
{
    m_socket->setParent(this);
    m_graceTimer.setSingleShot(true);
    m_graceTimer.setInterval(kCloseGraceMs);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlChannel::readAvailable);
    connect(m_socket, &QLocalSocket::disconnected, this, &ControlChannel::finishClose);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this] {
        if (m_reason.isEmpty())
            m_reason = m_socket->errorString();
        if (m_socket->state() == QLocalSocket::UnconnectedState)
            finishClose();
    });
}

ControlChannel::~ControlChannel()
{
    // Whatever is still queued (a last answer, a goodbye) gets one chance to leave.
    if (!m_closed && m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->flush();
    m_socket->disconnect(this);
}

void ControlChannel::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_socket->state() != QLocalSocket::ConnectedState) {
        m_reason = QStringLiteral("the connection was closed");
        return finishClose();
    }
    readAvailable();
}

bool ControlChannel::send(const ControlMessage &message)
{
    if (m_closed || m_closing)
        return false;
    const QByteArray bytes = message.encode();
    if (bytes.isEmpty())
        return false;
    if (m_socket->bytesToWrite() + bytes.size() > m_maxQueued) {
        close(QStringLiteral("the other side does not read (%1 bytes unread)")
                  .arg(m_socket->bytesToWrite()));
        return false;
    }
    return m_socket->write(bytes) == bytes.size();
}

void ControlChannel::fail(const QString &why)
{
    if (m_closed || m_closing)
        return;
    send(
        ControlMessage{ControlMessage::Type::Error, {{QStringLiteral("message"), why.left(1024)}}});
    m_closing = true;
    m_reason = why;
    m_graceTimer.start();
    m_socket->disconnectFromServer(); // after what is queued is written
}

void ControlChannel::close(const QString &reason)
{
    if (m_closed)
        return;
    if (m_reason.isEmpty() || !m_closing)
        m_reason = reason;
    m_socket->abort();
    finishClose();
}

void ControlChannel::finishClose()
{
    if (m_closed || !m_started)
        return;
    m_closed = true;
    m_graceTimer.stop();
    m_buffer.clear();
    if (m_reason.isEmpty())
        m_reason = QStringLiteral("the other side closed the connection");
    Q_EMIT closed(m_reason);
}

void ControlChannel::readAvailable()
{
    if (!m_started || m_closed)
        return;
    m_buffer += m_socket->readAll();
    const QPointer<ControlChannel> self(this);
    qsizetype used = 0;
    while (!m_closing && !m_closed) {
        const auto result = ControlMessage::decode(QByteArrayView(m_buffer).sliced(used));
        if (result.status == Net::DecodeStatus::NeedMore)
            break;
        if (!result.isOk()) {
            m_buffer.clear();
            return fail(QStringLiteral("bad message: %1").arg(result.why));
        }
        used += result.consumed;
        Q_EMIT messageReceived(*result.value);
        if (!self)
            return; // the owner let go of the channel
    }
    m_buffer.remove(0, used);
}

} // namespace Ferry::App
