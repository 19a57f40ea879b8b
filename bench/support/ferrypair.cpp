#include "bench/support/ferrypair.h"

#include "net/connection.h"
#include "net/stream.h"

#include <QPointer>

namespace Ferry::Bench {

using namespace Ferry::Net;

namespace {
constexpr qint64 kMessage = 1 << 20;
constexpr qint64 kQueueTarget = 4 << 20;

std::unique_ptr<Node> startNode(const DeviceIdentity &identity, const QString &name)
{
    NodeConfig config;
    config.listenAddress = QHostAddress::LocalHost;
    auto node = std::make_unique<Node>(identity, PeerMetadata::forThisDevice(name), config);
    if (!node->start())
        fatal(name + QStringLiteral(": ") + node->errorString());
    return node;
}
} // namespace

void DiscardHandler::expect(qint64 total, Done reached)
{
    m_expected = total;
    m_received = 0;
    m_reached = std::move(reached);
}

void DiscardHandler::handleStream(Stream *stream)
{
    const QPointer<Stream> guard(stream);
    QObject::connect(stream, &Stream::messageReceived, stream, [this, guard] {
        while (guard && guard->messagesAvailable() > 0)
            m_received += guard->takeMessage().size();
        if (m_received >= m_expected && m_reached)
            std::exchange(m_reached, nullptr)();
    });
    QObject::connect(stream, &Stream::remoteFinished, stream, [guard] {
        if (guard)
            guard->finish();
    });
}

FerryPair::FerryPair(QObject *parent)
    : QObject(parent),
      m_identityA(DeviceIdentity::generate()),
      m_identityB(DeviceIdentity::generate())
{
    m_a = startNode(m_identityA, QStringLiteral("bench-a"));
    m_b = startNode(m_identityB, QStringLiteral("bench-b"));
    m_b->registerHandler(kBulkTag, &m_discard);
    m_pinger = std::make_unique<PingClient>(m_a.get());
    connect(m_pinger.get(), &PingClient::finished, this,
            [this](quint64 id, const RemoteIdentity &, qint64 rtt, const Error &error) {
                const qint64 ns = m_pingClocks.take(id).nsecsElapsed();
                if (auto done = m_pings.take(id))
                    done(error.isError() ? -1 : ns, rtt);
            });
    m_chunk.resize(kMessage);
    for (qsizetype i = 0; i < m_chunk.size(); ++i)
        m_chunk[i] = char(i * 131 + (i >> 8));
}

FerryPair::~FerryPair()
{
    m_pinger.reset();
    m_a.reset();
    m_b.reset();
}

void FerryPair::dial(std::function<void(qint64, qint64)> done)
{
    struct State
    {
        QElapsedTimer clock;
        qint64 dialNs = -1;
        qint64 bothNs = -1;
        QMetaObject::Connection dialed;
        QMetaObject::Connection accepted;
        std::function<void(qint64, qint64)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    const auto check = [state] {
        if (state->dialNs < 0 || state->bothNs < 0)
            return;
        disconnect(state->dialed);
        disconnect(state->accepted);
        std::exchange(state->done, nullptr)(state->dialNs, qMax(state->dialNs, state->bothNs));
    };
    state->dialed = connect(m_a.get(), &Node::dialFinished, this,
                            [state, check](quint64, const RemoteIdentity &, const Error &error) {
                                if (error.isError())
                                    fatal(QStringLiteral("dial failed: ") + error.toString());
                                state->dialNs = state->clock.nsecsElapsed();
                                check();
                            });
    state->accepted = connect(m_b.get(), &Node::peerConnected, this, [state, check] {
        state->bothNs = state->clock.nsecsElapsed();
        check();
    });
    state->clock.start();
    m_a->dial(QStringLiteral("127.0.0.1"), m_b->port(), m_b->identity());
}

void FerryPair::disconnectPeers(Done done)
{
    auto remaining = std::make_shared<int>(0);
    auto finished = std::make_shared<Done>(std::move(done));
    for (Node *node : {m_a.get(), m_b.get()}) {
        const auto connections
            = node->findChildren<Connection *>(QString(), Qt::FindDirectChildrenOnly);
        for (Connection *c : connections) {
            ++*remaining;
            connect(c, &QObject::destroyed, this, [remaining, finished] {
                if (--*remaining == 0)
                    (*finished)();
            });
        }
    }
    if (*remaining == 0)
        return (*finished)();
    m_a->disconnectPeer(m_b->identity());
}

void FerryPair::ping(std::function<void(qint64, qint64)> done)
{
    QElapsedTimer clock;
    clock.start();
    const quint64 id = m_pinger->ping(m_b->identity());
    m_pingClocks.insert(id, clock);
    m_pings.insert(id, std::move(done));
}

void FerryPair::bulk(qint64 total, Elapsed done)
{
    struct State
    {
        QElapsedTimer clock;
        qint64 sent = 0;
        qint64 elapsed = -1;
        bool closed = false;
        Elapsed done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    const auto finishIfOver = [state] {
        if (state->elapsed >= 0 && state->closed && state->done)
            std::exchange(state->done, nullptr)(state->elapsed);
    };
    m_discard.expect(total, [state, finishIfOver] {
        state->elapsed = state->clock.nsecsElapsed();
        finishIfOver();
    });
    const QPointer<Stream> stream
        = m_a->openStream(m_b->identity(), Header{kBulkTag, QByteArray()});
    const auto refill = [this, state, stream, total] {
        while (stream && state->sent < total && stream->bytesQueued() < kQueueTarget) {
            const qint64 n = qMin(kMessage, total - state->sent);
            stream->send(n == kMessage ? m_chunk : m_chunk.first(n));
            state->sent += n;
            if (state->sent == total)
                stream->finish();
        }
    };
    connect(stream, &Stream::bytesSent, stream, refill);
    connect(stream, &Stream::closed, this, [state, finishIfOver](const Error &error) {
        if (error.isError())
            fatal(QStringLiteral("bulk stream failed: ") + error.toString());
        state->closed = true;
        finishIfOver();
    });
    state->clock.start();
    refill();
}

} // namespace Ferry::Bench
