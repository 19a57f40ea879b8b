#include "net/framescheduler.h"

namespace Ferry::Net {

void FrameScheduler::addStream(quint32 stream)
{
    m_streams.insert(stream, Outbox{});
}

void FrameScheduler::removeStream(quint32 stream)
{
    m_streams.remove(stream);
    // m_ready may still name it; takeBatch() skips unknown ids.
}

void FrameScheduler::queueControl(FrameType type, quint32 stream, QByteArrayView payload)
{
    appendFrame(m_control, type, stream, payload);
}

void FrameScheduler::queueData(quint32 stream, QByteArray message)
{
    auto it = m_streams.find(stream);
    if (it == m_streams.end() || it->finQueued)
        return;
    const bool wasIdle = it->messages.empty();
    it->queued += message.size();
    it->messages.push_back(std::move(message));
    if (wasIdle)
        m_ready.push_back(stream);
}

void FrameScheduler::queueFin(quint32 stream)
{
    auto it = m_streams.find(stream);
    if (it == m_streams.end() || it->finQueued)
        return;
    it->finQueued = true;
    if (it->messages.empty())
        m_ready.push_back(stream);
}

bool FrameScheduler::addWindow(quint32 stream, quint32 increment)
{
    auto it = m_streams.find(stream);
    if (it == m_streams.end())
        return true; // raced with our RESET: ignored (§6.3)
    if (it->window + increment > kMaxWindow)
        return false;
    it->window += increment;
    return true;
}

qint64 FrameScheduler::queuedBytes(quint32 stream) const
{
    const auto it = m_streams.constFind(stream);
    return it == m_streams.cend() ? 0 : it->queued;
}

qint64 FrameScheduler::sendWindow(quint32 stream) const
{
    const auto it = m_streams.constFind(stream);
    return it == m_streams.cend() ? 0 : it->window;
}

bool FrameScheduler::canSend(const Outbox &box) const
{
    if (!box.messages.empty())
        return box.messages.front().size() <= box.window;
    return box.finQueued;
}

bool FrameScheduler::hasWork() const
{
    if (!m_control.isEmpty())
        return true;
    for (const quint32 id : m_ready) {
        const auto it = m_streams.constFind(id);
        if (it != m_streams.cend() && canSend(*it))
            return true;
    }
    return false;
}

FrameBatch FrameScheduler::takeBatch(qint64 maxBytes, Sent *sent)
{
    FrameBatch batch;
    batch.appendEncoded(std::exchange(m_control, QByteArray()));
    // Each pass gives every ready stream one frame; a pass that sends nothing means every
    // remaining stream waits for window.
    bool progressed = true;
    while (batch.size() < maxBytes && !m_ready.empty() && progressed) {
        progressed = false;
        const size_t passLength = m_ready.size();
        for (size_t i = 0; i < passLength && batch.size() < maxBytes; ++i) {
            const quint32 id = m_ready.front();
            m_ready.pop_front();
            auto it = m_streams.find(id);
            if (it == m_streams.end())
                continue;
            Outbox &box = *it;
            if (!canSend(box)) {
                m_ready.push_back(id); // blocked on window: keep its turn for later
                continue;
            }
            progressed = true;
            if (!box.messages.empty()) {
                QByteArray message = std::move(box.messages.front());
                box.messages.pop_front();
                box.queued -= message.size();
                box.window -= message.size();
                batch.append(FrameType::Data, id, message);
                if (sent)
                    sent->dataBytes.append({id, message.size()});
            }
            if (box.messages.empty() && box.finQueued) {
                batch.append(FrameType::Fin, id, {});
                if (sent)
                    sent->fins.append(id);
                m_streams.erase(it); // nothing more may be sent on it
                continue;
            }
            if (!box.messages.empty())
                m_ready.push_back(id);
        }
    }
    return batch;
}

} // namespace Ferry::Net
