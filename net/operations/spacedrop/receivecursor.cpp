#include "net/operations/spacedrop/receivecursor.h"

#include <QCoreApplication>

namespace Ferry::Net {

namespace {
Error malformed(const QString &why)
{
    return Error{ErrorCode::MalformedMessage, why};
}
} // namespace

void ReceiveCursor::start(const SpacedropEntries &entries, quint32 resumeIndex,
                          quint64 resumeOffset)
{
    m_entries = entries;
    m_resumeIndex = resumeIndex;
    m_resumeOffset = resumeOffset;
    m_files.clear();
    m_heldBefore = resumeOffset;
    for (quint32 i = 0; i < quint32(entries.size()); ++i) {
        if (!entries[i].isFile())
            continue;
        if (i < resumeIndex)
            m_heldBefore += entries[i].size;
        else
            m_files.append(i);
    }
    m_cursor = 0;
    m_open = false;
    m_bytes = 0;
}

ReceiveCursor::Step ReceiveCursor::open(quint64 offset)
{
    const quint32 index = current();
    const bool resumeFile = index == m_resumeIndex && m_resumeOffset > 0;
    if (offset != 0 && !(resumeFile && offset == m_resumeOffset))
        return Step{
            malformed(QStringLiteral("file %1 starts at offset %2").arg(index).arg(offset))};
    if (resumeFile && offset == 0)
        m_heldBefore -= m_resumeOffset; // the sender's prefix differed: the file starts again
    m_open = true;
    m_bytes = offset;
    return Step{{}, true, offset, index == m_resumeIndex};
}

ReceiveCursor::Step ReceiveCursor::chunk(quint32 index, quint64 offset, quint64 size)
{
    if (allReceived() || index != current())
        return Step{malformed(QStringLiteral("CHUNK for entry %1 out of order").arg(index))};
    Step step;
    if (!m_open) {
        step = open(offset);
        if (step.error.isError())
            return step;
    }
    if (offset != m_bytes)
        return Step{
            malformed(QStringLiteral("CHUNK at offset %1, expected %2").arg(offset).arg(m_bytes))};
    const SpacedropEntry &entry = m_entries[current()];
    if (size > entry.size - m_bytes)
        return Step{Error{ErrorCode::SizeMismatch,
                          QStringLiteral("%1: the sender sent more than the %2 bytes it declared")
                              .arg(entry.path)
                              .arg(entry.size)}};
    m_bytes += size;
    return step;
}

ReceiveCursor::Step ReceiveCursor::fileEnd(quint32 index)
{
    if (allReceived() || index != current())
        return Step{malformed(QStringLiteral("FILE_END for entry %1 out of order").arg(index))};
    const SpacedropEntry &entry = m_entries[current()];
    Step step;
    if (!m_open) {
        // No CHUNK: an empty file, or a resume file the receiver already held whole.
        const bool heldWhole = current() == m_resumeIndex && m_resumeOffset == entry.size;
        step = open(heldWhole ? m_resumeOffset : 0);
        if (step.error.isError())
            return step;
    }
    if (m_bytes != entry.size)
        return Step{Error{ErrorCode::SizeMismatch,
                          QStringLiteral("%1: %2 bytes received, %3 declared")
                              .arg(entry.path)
                              .arg(m_bytes)
                              .arg(entry.size)}};
    m_open = false;
    m_bytes = 0;
    ++m_cursor;
    return step;
}

} // namespace Ferry::Net
