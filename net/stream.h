#pragma once

#include "net/errorcode.h"
#include "net/header.h"
#include "net/nodeconfig.h"
#include "net/remoteidentity.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace Ferry::Net {

class Multiplexer;

// One operation's bidirectional, message-oriented channel to a verified peer (docs/PROTOCOL.md
// §6). Created by Node::openStream() or handed to an OperationHandler for incoming streams.
// Owned by its connection's Multiplexer; it emits closed() exactly once and is deleted soon
// after, so hold it in a QPointer.
class Stream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Stream)
public:
    ~Stream() override;

    quint32 id() const { return m_id; } // 0 until attached to a connection
    const RemoteIdentity &peer() const { return m_peer; }
    const Header &header() const { return m_header; }
    bool isIncoming() const { return m_incoming; }
    bool isClosed() const { return m_closed; }
    bool isRemoteFinished() const { return m_remoteFinished; }

    // Queues one message (at most 1 MiB). False when the stream is closed, finished by us, or
    // the message is too large. Messages are sent in order, paced by the peer's window.
    bool send(QByteArray message);
    // No more messages from us (FIN after the queued ones).
    void finish();
    // Aborts both directions now with a reason for the peer; queued messages are dropped.
    void reset(ErrorCode code, const QString &detail = {});

    qsizetype messagesAvailable() const { return qsizetype(m_inbox.size()); }
    // Takes the oldest received message; taking gives the peer window back.
    QByteArray takeMessage();
    // Bytes queued by send() that have not yet been handed to the socket.
    qint64 bytesQueued() const;

    // Lets the peer have bytes more unread data in flight on this stream than the initial
    // window (a bulk receiver that keeps up: more in flight, fewer stalls on WINDOW round trips).
    void growReceiveWindow(qint64 bytes);

    // Resets the stream with Timeout when nothing arrives for this long (0 = never).
    void setIdleTimeout(Milliseconds timeout);

Q_SIGNALS:
    void messageReceived(); // at least one message is available
    void remoteFinished(); // the peer sent FIN: no messages after those available
    void bytesSent(qint64 bytes); // DATA bytes handed to the socket (refill here)
    void closed(const Ferry::Net::Error &error); // once; error.code None when both sides finished

private:
    friend class Multiplexer;
    friend class Node;
    Stream(const RemoteIdentity &peer, Header header, bool incoming, Milliseconds idleTimeout,
           QObject *parent);

    // Called by the owning Multiplexer.
    void attach(Multiplexer *mux, quint32 id);
    void deliverMessage(QByteArray message);
    void deliverFin();
    void noteSent(qint64 bytes);
    void noteFinSent();
    void noteActivity();
    void terminate(const Error &error); // the single path to closed()
    void finishIfDone();

    QPointer<Multiplexer> m_mux;
    RemoteIdentity m_peer;
    Header m_header;
    quint32 m_id = 0;
    bool m_incoming = false;
    bool m_localFinishRequested = false;
    bool m_localFinSent = false;
    bool m_remoteFinished = false;
    bool m_closed = false;
    std::deque<QByteArray> m_inbox;
    std::deque<QByteArray> m_unattached; // sent before the connection existed
    QTimer m_idleTimer;
};

} // namespace Ferry::Net
