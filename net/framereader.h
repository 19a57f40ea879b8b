#pragma once

#include "net/frame.h"

class QIODevice;

namespace Ferry::Net {

// Reads frames (docs/PROTOCOL.md §4) from a device as their bytes arrive. The payload is read
// straight from the device into the frame's own buffer: no intermediate copy, so a 1 MiB DATA
// frame costs one memcpy out of the socket's buffer. At most one frame is held, and its buffer is
// allocated only once its header has passed the kMaxPayload cap.
class FrameReader
{
public:
    // Ok with the next complete frame; NeedMore once the device has nothing more to give;
    // TooLarge as soon as a header announces more than kMaxPayload (nothing more is read).
    DecodeResult<Frame> next(QIODevice &device);

private:
    char m_header[Frame::kHeaderSize] = {};
    qsizetype m_headerFilled = 0;
    bool m_inPayload = false;
    Frame m_frame;
    qsizetype m_payloadFilled = 0;
};

} // namespace Ferry::Net
