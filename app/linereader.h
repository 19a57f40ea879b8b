#pragma once

#include <QByteArray>
#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Ferry::App {

// Reads standard input line by line without ever blocking the event loop: a terminal, a pipe or
// a file. After readAvailable the descriptor has data (or its end), so one read() returns at once;
// stdin itself is left blocking, since the shell shares it.
class LineReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineReader)
public:
    explicit LineReader(int fd = 0, QObject *parent = nullptr);
    ~LineReader() override;

    bool atEnd() const { return m_atEnd; }

Q_SIGNALS:
    void lineRead(const QString &line); // without its new line
    void ended(); // end of input (or it cannot be read): no more lines, once

private:
    void readAvailable();
    void end();

    int m_fd;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_partial;
    bool m_atEnd = false;
};

} // namespace Ferry::App
