#pragma once

#include "app/control/controlmessage.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLocalSocket;
QT_END_NAMESPACE

namespace Ferry::App {

// One end of a control connection (docs/CONTROL.md), on either side: frames ControlMessages
// over a QLocalSocket, with bounded memory both ways. A message that does not decode ends the
// connection with an "error" message to the other side; so does a peer that stops reading
// while more than maxQueuedBytes wait to be written to it (then without a goodbye: it would not
// read it). closed(reason) comes exactly once, however the connection ends.
class ControlChannel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlChannel)
public:
    static constexpr qint64 kDefaultMaxQueuedBytes = 8 << 20;
    static constexpr int kCloseGraceMs = 1000; // for the goodbye to be read

    // Takes socket (connected); alreadyRead: bytes read from it before (they are decoded first).
    ControlChannel(QLocalSocket *socket, qint64 maxQueuedBytes = kDefaultMaxQueuedBytes,
                   QObject *parent = nullptr, const QByteArray &alreadyRead = {});
    ~ControlChannel() override;

    bool isOpen() const { return !m_closed; }
    // Queues message; false when the channel is closed, the message cannot be encoded (too
    // large) or the peer has too much unread (the channel is then closed).
    bool send(const ControlMessage &message);
    // Says why in an "error" message, then closes (after kCloseGraceMs at most).
    void fail(const QString &why);
    void close(const QString &reason);
    // Decodes what was handed in (alreadyRead) and what arrives from now on. Separate from the
    // constructor so that the owner connects messageReceived first.
    void start();

Q_SIGNALS:
    void messageReceived(const Ferry::App::ControlMessage &message);
    void closed(const QString &reason);

private:
    void readAvailable();
    void finishClose();

    QLocalSocket *m_socket;
    qint64 m_maxQueued;
    QByteArray m_buffer;
    QTimer m_graceTimer;
    QString m_reason;
    bool m_closing = false; // fail(): the goodbye is on its way
    bool m_closed = false;
    bool m_started = false;
};

} // namespace Ferry::App
