#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/spacedropentry.h"

#include <QList>

namespace Ferry::Net {

// Where the receiver stands in the sender's data (docs/PROTOCOL.md §13.2): which file comes next,
// how much of it has arrived, and whether a CHUNK or FILE_END is allowed. Pure bookkeeping: the
// caller writes; this only says what is right.
class ReceiveCursor
{
public:
    // What the caller must do for an accepted CHUNK or FILE_END.
    struct Step
    {
        Error error; // set: refuse the message (RESET with error.code)
        bool open = false; // first open the current file for writing …
        quint64 openAt = 0; // … keeping this many bytes of its .part
        bool resumeFile = false; // … which is the resume point's own .part
    };

    // After ACCEPT (resumeIndex, resumeOffset): the files from the resume point are expected.
    void start(const SpacedropEntries &entries, quint32 resumeIndex, quint64 resumeOffset);

    Step chunk(quint32 index, quint64 offset, quint64 size);
    Step fileEnd(quint32 index);

    bool allReceived() const { return m_cursor >= m_files.size(); }
    int fileCount() const { return int(m_files.size()); } // files expected in this attempt
    // Bytes the receiver holds that this attempt does not carry: the complete files before the
    // resume point and, unless the sender restarted it, the resume file's prefix.
    quint64 heldBefore() const { return m_heldBefore; }

private:
    Step open(quint64 offset);
    quint32 current() const { return m_files.value(m_cursor, 0); }

    SpacedropEntries m_entries;
    QList<quint32> m_files; // file entries from the resume point, in order
    int m_cursor = 0;
    bool m_open = false;
    quint64 m_bytes = 0; // of the current file, start offset included
    quint32 m_resumeIndex = 0;
    quint64 m_resumeOffset = 0;
    quint64 m_heldBefore = 0;
};

} // namespace Ferry::Net
