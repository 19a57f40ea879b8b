#pragma once

#include <QHash>
#include <QHostAddress>

#include <list>

namespace Ferry::Net {

// A token bucket per source address, with a bounded number of sources (the least recently used
// is forgotten first), so that a flood of datagrams from many forged addresses costs bounded
// memory and CPU. Time is passed in (milliseconds, monotonic).
//
// A new (or forgotten) source starts with a full bucket of `burst` tokens; each allowed datagram
// takes one; tokens come back at `perSecond`, never above `burst`. Every call, refused or not,
// makes its source the most recently used, so a flooding source stays tracked (and empty)
// rather than being forgotten and refilled. O(1) per call.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst, int maxSources);

    // True when a datagram from `source` may be processed now (takes one token).
    bool allow(const QHostAddress &source, qint64 nowMs);
    int trackedSources() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
        std::list<QHostAddress>::iterator recency; // its place in m_recency
    };
    double m_perSecond;
    double m_burst;
    int m_maxSources;
    QHash<QHostAddress, Bucket> m_buckets;
    std::list<QHostAddress> m_recency; // most recently used first
};

} // namespace Ferry::Net
