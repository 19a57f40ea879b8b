#pragma once

#include "net/operationhandler.h"

namespace Ferry::Net {

// Serves Ping (docs/PROTOCOL.md §9): answers one PING with a PONG carrying the same nonce, then
// finishes the stream. Anything else on the stream resets it with MalformedMessage.
class PingResponder : public OperationHandler
{
public:
    void handleStream(Stream *stream) override;
};

} // namespace Ferry::Net
