#pragma once

#include "bench/support/samples.h"
#include "bench/support/sequence.h"

#include <QTimer>

#include <functional>

namespace Ferry::Bench {

// Sends one round trip after another, a gap apart, while something else runs (the bulk
// transfers of bench_connect (c)), and collects their times in microseconds.
class PingLoop
{
    Q_DISABLE_COPY_MOVE(PingLoop)
public:
    using Reply = std::function<void(qint64 ns)>; // ns < 0: the round trip failed
    using RoundTrip = std::function<void(Reply)>;

    PingLoop(RoundTrip roundTrip, int gapMs, Samples *micros);

    void start();
    // Stops sending; stopped runs once the round trip in flight (if any) is back.
    void stop(Done stopped);
    int sent() const { return m_sent; }
    int failures() const { return m_failures; }

private:
    void fire();
    void onReply(qint64 ns);

    RoundTrip m_roundTrip;
    Samples *m_micros;
    QTimer m_gap;
    bool m_running = false;
    bool m_inFlight = false;
    int m_sent = 0;
    int m_failures = 0;
    Done m_stopped;
};

} // namespace Ferry::Bench
