#pragma once

#include "net/errorcode.h"
#include "net/frame.h"
#include "net/framescheduler.h"
#include "net/nodeconfig.h"
#include "net/remoteidentity.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Ferry::Net {

class Stream;

// The streams of one connection (docs/PROTOCOL.md §6): the stream table, stream ids, the receive
// windows, and the FrameScheduler through which every outgoing frame goes. It owns no socket; its
// Connection reads frames for it, asks it for batches to write, and is told through signals what
// it must do. A QObject child of the Connection; the streams are its children.
class Multiplexer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Multiplexer)
public:
    struct Limits
    {
        int maxIncomingStreams = 0;
        Milliseconds streamIdleTimeout{0};
    };

    // The dialler opens odd stream ids, the listener even ones (§6.1).
    Multiplexer(bool dialler, Limits limits, QObject *parent);
    ~Multiplexer() override;

    int openStreamCount() const { return int(m_streams.size()); }

    // The connection is established with peer: streams may open.
    void start(const RemoteIdentity &peer);
    // Ends every stream with reason; nothing more is sent on any of them.
    void closeAll(const Error &reason);

    // Opens a stream (it emits closed() if that fails). A returned error is one the whole
    // connection must close with.
    Error adoptStream(Stream *stream);
    // OPEN, DATA, FIN, RESET or WINDOW from the peer, already validated by validateFrame().
    // A returned error is a connection error (§6): close with it.
    Error handleFrame(const Frame &frame);

    // Sending. Connection frames (HELLO, WELCOME) share the queue, ahead of stream DATA.
    void queueConnectionFrame(FrameType type, QByteArrayView payload);
    bool hasWork() const { return m_scheduler.hasWork(); }
    FrameBatch takeBatch(qint64 maxBytes, FrameScheduler::Sent *sent);
    // After the batch was handed to the socket: tells its streams (producers refill here).
    void noteSent(const FrameScheduler::Sent &sent);
    // Control frames still queued (RESETs of cancelled operations), taken for a last write.
    QByteArray takeControlFrames() { return m_scheduler.takeControl(); }

Q_SIGNALS:
    void framesQueued(); // schedule a pump
    void streamOpened(); // by either side
    void incomingStream(Ferry::Net::Stream *stream); // opened by the peer
    void allStreamsClosed();

private:
    friend class Stream;
    Error handleOpen(const Frame &frame);
    Error handleStreamFrame(const Frame &frame);
    Error handleData(Stream &stream, const Frame &frame);
    Error handleWindow(Stream &stream, const Frame &frame);
    void addStream(quint32 id, Stream *stream);
    bool isOurs(quint32 id) const { return id % 2 == m_nextStreamId % 2; }

    // Used by Stream.
    void queueStreamData(quint32 id, QByteArray message);
    void queueStreamFin(quint32 id);
    void resetStream(quint32 id, ErrorCode code, const QString &detail);
    void streamConsumed(quint32 id, qint64 bytes);
    void growReceiveWindow(quint32 id, qint64 bytes);
    qint64 streamQueuedBytes(quint32 id) const { return m_scheduler.queuedBytes(id); }
    void forgetStream(quint32 id);

    Limits m_limits;
    RemoteIdentity m_peer;
    bool m_open = false; // between start() and closeAll()
    FrameScheduler m_scheduler;
    QHash<quint32, QPointer<Stream>> m_streams;
    QHash<quint32, qint64> m_recvCredit; // window we granted and the peer has not used
    QHash<quint32, qint64> m_recvConsumed; // consumed since our last WINDOW
    quint32 m_nextStreamId;
    quint32 m_highestPeerStreamId = 0;
    int m_incomingOpen = 0;
};

} // namespace Ferry::Net
