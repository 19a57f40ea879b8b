#include "tests/support/recordinghandler.h"

namespace Ferry::Test {

void RecordingHandler::handleStream(Net::Stream *stream)
{
    streams.append(stream);
    if (!m_drain)
        return;
    const QPointer<Net::Stream> guard(stream);
    const auto drain = [this, guard] {
        while (guard && guard->messagesAvailable() > 0) {
            bytesTaken += guard->takeMessage().size();
            ++messagesTaken;
        }
    };
    QObject::connect(stream, &Net::Stream::messageReceived, stream, drain);
    drain();
}

} // namespace Ferry::Test
