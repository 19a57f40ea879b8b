#pragma once

#include "bench/support/sequence.h"
#include "net/deviceidentity.h"
#include "net/node.h"
#include "net/operationhandler.h"
#include "net/operations/pingclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Ferry::Bench {

// An unassigned tag for the benchmark's own bulk operation (never sent outside a benchmark).
constexpr quint16 kBulkTag = 0x7F01;

// Serves kBulkTag: takes every message and discards it, counting bytes; finishes its side when
// the peer finishes.
class DiscardHandler : public Net::OperationHandler
{
public:
    // The next bulk stream is expected to bring total bytes; reached runs when it has.
    void expect(qint64 total, Done reached);
    void handleStream(Net::Stream *stream) override;

private:
    qint64 m_expected = 0;
    qint64 m_received = 0;
    Done m_reached;
};

// Two Ferry nodes, A and B, in this process and thread, both listening on 127.0.0.1 port 0 with
// the default NodeConfig. A dials B; B serves Ping and the discard operation.
class FerryPair : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FerryPair)
public:
    using Elapsed = std::function<void(qint64 ns)>;

    explicit FerryPair(QObject *parent = nullptr);
    ~FerryPair() override;

    Net::Node &a() { return *m_a; }
    Net::Node &b() { return *m_b; }
    const Net::DeviceIdentity &identityA() const { return m_identityA; }
    const Net::DeviceIdentity &identityB() const { return m_identityB; }

    // A dials B (expecting B's identity). done gets the time until A's dialFinished and the time
    // until both A's dialFinished and B's peerConnected have been seen. The connection stays.
    void dial(std::function<void(qint64 dialNs, qint64 bothNs)> done);
    // A disconnects B; done runs once every connection object of both nodes is deleted.
    void disconnectPeers(Done done);
    // A pings B with PingClient (a new stream per ping). done gets the time from ping() to
    // PingClient::finished (ns < 0 on failure) and PingClient's own RTT in microseconds.
    void ping(std::function<void(qint64 ns, qint64 rttMicros)> done);
    // A sends total bytes to B's DiscardHandler on one stream in 1 MiB messages, refilling on
    // bytesSent while bytesQueued() < 4 MiB. done gets the time until B has taken the last byte,
    // and runs once the stream is closed on A.
    void bulk(qint64 total, Elapsed done);

private:
    Net::DeviceIdentity m_identityA;
    Net::DeviceIdentity m_identityB;
    DiscardHandler m_discard;
    std::unique_ptr<Net::Node> m_a;
    std::unique_ptr<Net::Node> m_b;
    std::unique_ptr<Net::PingClient> m_pinger;
    QHash<quint64, std::function<void(qint64, qint64)>> m_pings;
    QHash<quint64, QElapsedTimer> m_pingClocks;
    QByteArray m_chunk;
};

} // namespace Ferry::Bench
