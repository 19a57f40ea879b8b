#pragma once

#include <QString>

#include <deque>
#include <functional>

namespace Ferry::Bench {

using Done = std::function<void()>;

// Runs asynchronous steps one after the other. A step starts work and calls its Done when the
// work is over; the next step then starts from the event loop (never inside the signal handler
// that finished the previous one), so a step sees a quiet stack.
class Sequence
{
public:
    using Step = std::function<void(Done)>;

    Sequence &then(const QString &phase, Step step);
    // Adds times steps; body gets the iteration number, from 0.
    Sequence &repeat(const QString &phase, int times, std::function<void(int, Done)> body);
    // Starts the first step; finished runs after the last one.
    void run(Done finished);

    // What is running now, for the watchdog's message.
    static QString currentPhase();

private:
    struct Entry
    {
        QString phase;
        Step step;
    };
    void next();

    std::deque<Entry> m_steps;
    Done m_finished;
};

// Prints why to stderr and ends the process with status 1 (a benchmark that cannot measure what
// it promised must not print numbers).
[[noreturn]] void fatal(const QString &why);

// User + system CPU time of this process, in nanoseconds.
qint64 processCpuNs();

// The 1, 5 and 15 minute load averages from /proc/loadavg ("?" where unreadable). Other work on
// a 2-core machine moves every figure here, so the report shows it.
QString loadAverage();

} // namespace Ferry::Bench
