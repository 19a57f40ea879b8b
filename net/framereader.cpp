#include "net/framereader.h"

#include <QIODevice>

namespace Ferry::Net {

namespace {
// What read() gave, with its -1 (nothing more, or an error the socket reports itself) as 0.
qsizetype readInto(QIODevice &device, char *out, qsizetype wanted)
{
    return std::max<qint64>(0, device.read(out, wanted));
}
} // namespace

DecodeResult<Frame> FrameReader::next(QIODevice &device)
{
    if (!m_inPayload) {
        m_headerFilled
            += readInto(device, m_header + m_headerFilled, Frame::kHeaderSize - m_headerFilled);
        if (m_headerFilled < Frame::kHeaderSize)
            return DecodeResult<Frame>::needMore();
        const DecodeResult<FrameHeader> header
            = decodeFrameHeader(QByteArrayView(m_header, Frame::kHeaderSize));
        if (!header.isOk())
            return DecodeResult<Frame>::tooLarge(header.why);
        m_frame.type = header.value->type;
        m_frame.stream = header.value->stream;
        m_frame.payload = QByteArray(header.value->length, Qt::Uninitialized);
        m_payloadFilled = 0;
        m_inPayload = true;
    }
    const qsizetype length = m_frame.payload.size();
    if (m_payloadFilled < length)
        m_payloadFilled
            += readInto(device, m_frame.payload.data() + m_payloadFilled, length - m_payloadFilled);
    if (m_payloadFilled < length)
        return DecodeResult<Frame>::needMore();
    m_inPayload = false;
    m_headerFilled = 0;
    return DecodeResult<Frame>::ok(std::exchange(m_frame, Frame()), Frame::kHeaderSize + length);
}

} // namespace Ferry::Net
