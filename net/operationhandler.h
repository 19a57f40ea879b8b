#pragma once

namespace Ferry::Net {

class Stream;

// Serves one operation (a Header tag) on incoming streams. Registered with Node::registerHandler.
class OperationHandler
{
public:
    virtual ~OperationHandler() = default;
    // Called when the peer opened a stream with this handler's tag. The handler owns the
    // conversation; the stream is deleted after it emits closed().
    virtual void handleStream(Stream *stream) = 0;
};

} // namespace Ferry::Net
