#include "bench/support/pingloop.h"

namespace Ferry::Bench {

PingLoop::PingLoop(RoundTrip roundTrip, int gapMs, Samples *micros)
    : m_roundTrip(std::move(roundTrip)), m_micros(micros)
{
    m_gap.setSingleShot(true);
    m_gap.setTimerType(Qt::PreciseTimer);
    m_gap.setInterval(gapMs);
    QObject::connect(&m_gap, &QTimer::timeout, &m_gap, [this] { fire(); });
}

void PingLoop::start()
{
    m_running = true;
    m_gap.start();
}

void PingLoop::stop(Done stopped)
{
    m_running = false;
    m_gap.stop();
    if (!m_inFlight)
        return stopped();
    m_stopped = std::move(stopped);
}

void PingLoop::fire()
{
    if (!m_running)
        return;
    m_inFlight = true;
    ++m_sent;
    m_roundTrip([this](qint64 ns) { onReply(ns); });
}

void PingLoop::onReply(qint64 ns)
{
    m_inFlight = false;
    if (ns < 0)
        ++m_failures;
    else if (m_running)
        m_micros->add(double(ns) / 1000.0); // a reply after the transfer ended is not "during"
    if (m_running)
        m_gap.start();
    else if (m_stopped)
        std::exchange(m_stopped, nullptr)();
}

} // namespace Ferry::Bench
