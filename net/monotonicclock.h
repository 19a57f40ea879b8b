#pragma once

#include <QElapsedTimer>

namespace Ferry::Net {

// Milliseconds on the monotonic clock (CLOCK_MONOTONIC on Linux). The one time base for every
// `nowMs` given to PeerRegistry and RateLimiter, whoever gives it: Discovery, connections and
// manual peers must agree, or expiry goes wrong.
inline qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

} // namespace Ferry::Net
