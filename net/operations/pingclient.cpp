#include "net/operations/pingclient.h"

#include "net/header.h"
#include "net/node.h"
#include "net/operations/pingmessage.h"
#include "net/stream.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace Ferry::Net {

PingClient::PingClient(Node *node, QObject *parent) : QObject(parent), m_node(node) { }

quint64 PingClient::ping(const RemoteIdentity &peer)
{
    const quint64 id = m_nextId++;
    const quint64 nonce = QRandomGenerator::system()->generate64();
    const QPointer<Stream> stream = m_node->openStream(peer, Header::of(OperationTag::Ping));

    // Shared per-ping state; the first outcome wins and the rest are ignored.
    struct State
    {
        QElapsedTimer clock;
        QTimer timeout;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    const auto report = [this, id, peer, state, stream](qint64 rtt, const Error &error) {
        if (state->done)
            return;
        state->done = true;
        state->timeout.stop();
        if (stream && !stream->isClosed()) {
            if (error.isError())
                stream->reset(error.code == ErrorCode::Timeout ? ErrorCode::Timeout
                                                               : ErrorCode::MalformedMessage,
                              error.detail);
            else
                stream->finish();
        }
        Q_EMIT finished(id, peer, rtt, error);
    };

    state->timeout.setSingleShot(true);
    connect(&state->timeout, &QTimer::timeout, this, [report, this] {
        report(-1,
               Error{ErrorCode::Timeout,
                     QStringLiteral("no answer within %1 ms")
                         .arg(m_node->config().pingTimeout.count())});
    });
    connect(stream, &Stream::messageReceived, this, [stream, nonce, state, report] {
        if (!stream)
            return;
        const DecodeResult<PingMessage> pong = PingMessage::decode(stream->takeMessage());
        const qint64 rtt = state->clock.nsecsElapsed() / 1000;
        if (!pong.isOk() || pong.value->kind != PingMessage::Kind::Pong
            || pong.value->nonce != nonce)
            return report(-1, Error{ErrorCode::MalformedMessage, QStringLiteral("bad PONG")});
        report(rtt, Error{});
    });
    connect(stream, &Stream::closed, this, [report](const Error &error) {
        report(-1,
               error.isError() ? error
                               : Error{ErrorCode::MalformedMessage,
                                       QStringLiteral("the peer finished without a PONG")});
    });
    state->clock.start();
    state->timeout.start(m_node->config().pingTimeout);
    stream->send(PingMessage{PingMessage::Kind::Ping, nonce}.encode());
    return id;
}

} // namespace Ferry::Net
