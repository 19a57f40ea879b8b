#include "net/operations/spacedrop/progresstracker.h"

#include <algorithm>

namespace Ferry::Net {

namespace {
constexpr qint64 kRateWindowMs = 3'000;
constexpr qint64 kMinRateSpanMs = 200;
constexpr quint64 kRestartBytes = 1 << 20;
} // namespace

ProgressTracker::ProgressTracker(const SpacedropEntries &entries) : m_entries(entries)
{
    quint64 sum = 0;
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries[i].isFile())
            continue;
        sum += entries[i].size;
        m_fileIndex.append(i);
        m_fileEnd.append(sum);
    }
    m_clock.start();
}

void ProgressTracker::restartRate()
{
    m_samples.clear();
}

void ProgressTracker::update(TransferInfo &info, quint64 doneBytes)
{
    doneBytes = std::min(doneBytes, info.totalBytes);
    // Estimates may wobble back by a message header or so; only a restarted file (a prefix
    // that did not match) really moves backwards.
    if (!m_samples.empty() && doneBytes < m_samples.back().bytes) {
        if (m_samples.back().bytes - doneBytes > kRestartBytes)
            m_samples.clear();
        else
            doneBytes = m_samples.back().bytes;
    }
    info.doneBytes = doneBytes;

    // The file being moved is the first one whose end lies beyond doneBytes; files of size 0
    // right at doneBytes count as done.
    const auto it = std::upper_bound(m_fileEnd.cbegin(), m_fileEnd.cend(), doneBytes);
    const int position = int(it - m_fileEnd.cbegin());
    if (info.state != TransferState::Completed)
        info.filesDone = std::max(info.filesDone, position);
    if (position < m_fileIndex.size()) {
        const SpacedropEntry &entry = m_entries[m_fileIndex[position]];
        const quint64 start = m_fileEnd[position] - entry.size;
        info.currentFile = entry.path;
        info.currentFileSize = entry.size;
        info.currentFileBytes = doneBytes - start;
    } else {
        info.currentFile.clear();
        info.currentFileBytes = info.currentFileSize = 0;
    }

    const qint64 now = m_clock.elapsed();
    m_samples.push_back({now, doneBytes});
    while (m_samples.size() > 2 && now - m_samples[1].ms >= kRateWindowMs)
        m_samples.pop_front();
    const Sample &first = m_samples.front();
    const qint64 span = now - first.ms;
    if (info.state != TransferState::Running || span < kMinRateSpanMs) {
        if (info.state != TransferState::Running)
            info.bytesPerSecond = 0;
        info.etaSeconds = info.bytesPerSecond > 0
            ? qint64((info.totalBytes - doneBytes) / info.bytesPerSecond)
            : -1;
        return;
    }
    info.bytesPerSecond = double(doneBytes - first.bytes) * 1000.0 / double(span);
    info.etaSeconds = info.bytesPerSecond > 0
        ? qint64(double(info.totalBytes - doneBytes) / info.bytesPerSecond + 0.5)
        : -1;
}

} // namespace Ferry::Net
