#pragma once

#include "net/operationhandler.h"
#include "net/stream.h"

#include <QList>
#include <QPointer>

namespace Ferry::Test {

// An OperationHandler that keeps every incoming stream for the test to drive. With drain set it
// takes (and counts) every message as it arrives, like a fast consumer; without, messages pile up
// in the stream, like a consumer that stopped reading.
class RecordingHandler : public Net::OperationHandler
{
public:
    explicit RecordingHandler(bool drain = false) : m_drain(drain) { }

    void handleStream(Net::Stream *stream) override;

    QList<QPointer<Net::Stream>> streams;
    qint64 bytesTaken = 0;
    qint64 messagesTaken = 0;

private:
    bool m_drain;
};

} // namespace Ferry::Test
