#include "net/operations/pingresponder.h"

#include "net/operations/pingmessage.h"
#include "net/stream.h"

#include <QPointer>

namespace Ferry::Net {

void PingResponder::handleStream(Stream *stream)
{
    if (!stream->header().arguments.isEmpty())
        return stream->reset(ErrorCode::MalformedMessage,
                             QStringLiteral("Ping takes no arguments"));
    const QPointer<Stream> guard(stream);
    const auto answer = [guard] {
        if (!guard || guard->messagesAvailable() == 0)
            return;
        const DecodeResult<PingMessage> ping = PingMessage::decode(guard->takeMessage());
        if (!ping.isOk() || ping.value->kind != PingMessage::Kind::Ping)
            return guard->reset(ErrorCode::MalformedMessage,
                                ping.isOk() ? QStringLiteral("expected PING") : ping.why);
        guard->send(PingMessage{PingMessage::Kind::Pong, ping.value->nonce}.encode());
        guard->finish();
    };
    QObject::connect(stream, &Stream::messageReceived, stream, answer);
    QObject::connect(stream, &Stream::remoteFinished, stream, [guard] {
        // A FIN before any PING leaves nothing to answer.
        if (guard && guard->messagesAvailable() == 0 && !guard->isClosed())
            guard->finish();
    });
    answer(); // the PING may have arrived with the OPEN
}

} // namespace Ferry::Net
