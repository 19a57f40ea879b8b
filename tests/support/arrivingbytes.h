#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>

namespace Ferry::TestSupport {

// A sequential device whose bytes arrive when the caller says so, like a socket's: reads take
// what has arrived and no more.
class ArrivingBytes : public QIODevice
{
public:
    ArrivingBytes() { open(QIODevice::ReadOnly); }
    void arrive(QByteArrayView bytes) { m_pending.append(bytes); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_pending.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_pending.size() - m_pos);
        std::copy_n(m_pending.constData() + m_pos, n, out);
        m_pos += n;
        if (m_pos == m_pending.size()) {
            m_pending.clear();
            m_pos = 0;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pending;
    qsizetype m_pos = 0;
};

} // namespace Ferry::TestSupport
