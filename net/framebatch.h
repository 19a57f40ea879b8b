#pragma once

#include "net/frame.h"

#include <QByteArray>
#include <QList>

namespace Ferry::Net {

// Encoded frames on their way to one socket write each piece: headers and small payloads are
// packed together, and a large payload stays the QByteArray it was queued as, so that QIODevice
// shares it into the socket's buffer instead of copying it (Qt shares chunks of 4 KiB and more).
class FrameBatch
{
public:
    // Payloads at least this large travel as their own piece.
    static constexpr qsizetype kSharedPayload = 16 * 1024;

    void append(FrameType type, quint32 stream, const QByteArray &payload);
    // Bytes already encoded (a whole control queue, for instance) go in as they are.
    void appendEncoded(QByteArray encoded);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The pieces in order, the last small one included.
    QList<QByteArray> pieces() const;
    // Everything as one buffer (for tests and for tracing).
    QByteArray joined() const;

private:
    QList<QByteArray> m_pieces;
    QByteArray m_small; // being packed, not yet in m_pieces
    qsizetype m_size = 0;
};

} // namespace Ferry::Net
