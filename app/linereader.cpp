#include "app/linereader.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Ferry::App {

namespace {
constexpr qsizetype kMaxLine = 4096; // an answer is a word; longer input is cut into lines
} // namespace

LineReader::LineReader(int fd, QObject *parent) : QObject(parent), m_fd(fd)
{
    if (::fcntl(fd, F_GETFD) < 0) { // closed: nothing will ever be read
        QTimer::singleShot(0, this, &LineReader::end);
        return;
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::readAvailable);
}

LineReader::~LineReader() = default;

void LineReader::readAvailable()
{
    char buffer[4096];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0)
        return end();
    m_partial.append(buffer, qsizetype(n));
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0 || m_partial.size() >= kMaxLine) {
        const qsizetype length = newline >= 0 ? newline : kMaxLine;
        QByteArray line = m_partial.left(length);
        m_partial.remove(0, newline >= 0 ? newline + 1 : kMaxLine);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(QString::fromUtf8(line));
    }
}

void LineReader::end()
{
    if (m_atEnd)
        return;
    m_atEnd = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (!m_partial.isEmpty()) // a last line without its new line
        Q_EMIT lineRead(QString::fromUtf8(std::exchange(m_partial, {})));
    Q_EMIT ended();
}

} // namespace Ferry::App
