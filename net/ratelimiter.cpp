#include "net/ratelimiter.h"

#include <algorithm>

namespace Ferry::Net {

RateLimiter::RateLimiter(double perSecond, double burst, int maxSources)
    : m_perSecond(std::max(perSecond, 0.0)),
      m_burst(std::max(burst, 1.0)),
      m_maxSources(std::max(maxSources, 1))
{ }

bool RateLimiter::allow(const QHostAddress &source, qint64 nowMs)
{
    auto it = m_buckets.find(source);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxSources) {
            m_buckets.remove(m_recency.back());
            m_recency.pop_back();
        }
        m_recency.push_front(source);
        it = m_buckets.insert(source, Bucket{m_burst, nowMs, m_recency.begin()});
    } else {
        m_recency.splice(m_recency.begin(), m_recency, it->recency);
        const qint64 elapsedMs = std::max<qint64>(nowMs - it->lastMs, 0); // clock never goes back
        it->tokens = std::min(m_burst, it->tokens + double(elapsedMs) * m_perSecond / 1000.0);
        it->lastMs = std::max(nowMs, it->lastMs);
    }
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

} // namespace Ferry::Net
