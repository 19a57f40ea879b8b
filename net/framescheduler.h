#pragma once

#include "net/frame.h"
#include "net/framebatch.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <deque>
#include <utility>

namespace Ferry::Net {

// The sending half of a connection's multiplexer (docs/PROTOCOL.md §6.4–§6.5), as pure value
// code: control frames first, then one DATA frame per stream in round-robin order while the
// stream's send window allows, each stream's FIN after its last DATA.
class FrameScheduler
{
public:
    static constexpr qint64 kInitialWindow = 2 * 1024 * 1024;
    static constexpr qint64 kMaxWindow = 0x7FFFFFFF;

    struct Sent
    {
        QList<QPair<quint32, qint64>> dataBytes; // per stream, DATA payload bytes written
        QList<quint32> fins; // streams whose FIN was written
    };

    void addStream(quint32 stream);
    // Forgets the stream and drops whatever it still had queued.
    void removeStream(quint32 stream);
    bool hasStream(quint32 stream) const { return m_streams.contains(stream); }

    void queueControl(FrameType type, quint32 stream, QByteArrayView payload);
    void queueData(quint32 stream, QByteArray message);
    void queueFin(quint32 stream);
    // False when the window would pass 2^31-1 (FlowControlViolation).
    bool addWindow(quint32 stream, quint32 increment);

    qint64 queuedBytes(quint32 stream) const;
    qint64 sendWindow(quint32 stream) const;
    bool hasWork() const;

    // The queued control frames alone (OPEN, RESET, WINDOW, FIN-less), emptied: a closing
    // connection still sends its RESETs before its GOAWAY.
    QByteArray takeControl() { return std::exchange(m_control, QByteArray()); }

    // Frames worth at least maxBytes (or all that can go now), in order.
    FrameBatch takeBatch(qint64 maxBytes, Sent *sent = nullptr);

private:
    struct Outbox
    {
        std::deque<QByteArray> messages;
        qint64 queued = 0;
        qint64 window = kInitialWindow;
        bool finQueued = false;
    };
    bool canSend(const Outbox &box) const;

    QByteArray m_control;
    QHash<quint32, Outbox> m_streams;
    std::deque<quint32> m_ready; // round-robin order of streams with DATA or FIN to send
};

} // namespace Ferry::Net
