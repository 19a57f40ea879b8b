#pragma once

#include <QElapsedTimer>
#include <QUdpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace Ferry::Bench {

// The baseline of bench_discovery (b): one datagram from a plain socket to discovery's IPv4
// group on lo, until N plain sockets sharing the port have read it. What the kernel and the
// event loop cost with no Ferry code at all.
class MulticastFanOut
{
public:
    MulticastFanOut(int receivers, quint16 port);
    ~MulticastFanOut();

    // done gets the time from the send until the last receiver read the datagram.
    void send(std::function<void(qint64 ns)> done);

private:
    quint16 m_port;
    std::vector<std::unique_ptr<QUdpSocket>> m_receivers;
    QUdpSocket m_sender;
    QElapsedTimer m_clock;
    int m_received = 0;
    std::function<void(qint64)> m_done;
};

} // namespace Ferry::Bench
