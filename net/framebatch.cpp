#include "net/framebatch.h"

namespace Ferry::Net {

void FrameBatch::append(FrameType type, quint32 stream, const QByteArray &payload)
{
    m_size += Frame::kHeaderSize + payload.size();
    if (payload.size() < kSharedPayload) {
        appendFrame(m_small, type, stream, payload);
        return;
    }
    appendFrameHeader(m_small, type, stream, quint32(payload.size()));
    m_pieces.append(std::exchange(m_small, QByteArray()));
    m_pieces.append(payload);
}

void FrameBatch::appendEncoded(QByteArray encoded)
{
    m_size += encoded.size();
    if (m_small.isEmpty())
        m_small = std::move(encoded);
    else
        m_small.append(encoded);
}

QList<QByteArray> FrameBatch::pieces() const
{
    QList<QByteArray> all = m_pieces;
    if (!m_small.isEmpty())
        all.append(m_small);
    return all;
}

QByteArray FrameBatch::joined() const
{
    QByteArray out;
    out.reserve(m_size);
    for (const QByteArray &piece : pieces())
        out.append(piece);
    return out;
}

} // namespace Ferry::Net
