#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QElapsedTimer>
#include <QList>

#include <deque>

namespace Ferry::Net {

// Turns "bytes done" into what TransferInfo shows: the current file and its progress, files done,
// speed over the last few seconds and time left. Pure bookkeeping, no timers.
class ProgressTracker
{
public:
    explicit ProgressTracker(const SpacedropEntries &entries = {});

    // Bytes done over the whole transfer (resumed prefixes included); updates info's progress
    // fields. Calls that move nothing still age the speed samples.
    void update(TransferInfo &info, quint64 doneBytes);
    // Speed and ETA restart (after a pause or an interruption).
    void restartRate();

private:
    struct Sample
    {
        qint64 ms;
        quint64 bytes;
    };

    SpacedropEntries m_entries;
    QList<int> m_fileIndex; // entry index of each file, in order
    QList<quint64> m_fileEnd; // cumulative size at the end of each file
    QElapsedTimer m_clock;
    std::deque<Sample> m_samples;
};

} // namespace Ferry::Net
