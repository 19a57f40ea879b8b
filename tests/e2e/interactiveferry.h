#pragma once

// A ferry process that a test can also type into (standard input) and interrupt (SIGINT, as
// Ctrl-C does): what tests/support/FerryProcess does not offer. Header-only, for
// tst_clispacedrop.
#include "tests/support/ferryprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

namespace Ferry::Test {

class InteractiveFerry
{
public:
    explicit InteractiveFerry(const QStringList &arguments)
    {
        m_process.start(ferryBinary(), arguments);
        m_clock.start();
    }
    ~InteractiveFerry()
    {
        if (!isRunning())
            return;
        m_process.terminate();
        if (!QTest::qWaitFor([this] { return !isRunning(); }, 5000)) {
            m_process.kill();
            if (!QTest::qWaitFor([this] { return !isRunning(); }, 5000))
                qWarning("ferry (pid %lld) did not exit after SIGKILL", m_process.processId());
        }
    }
    Q_DISABLE_COPY_MOVE(InteractiveFerry)

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    void type(const QByteArray &text) { m_process.write(text); }
    void closeInput() { m_process.closeWriteChannel(); }
    void interrupt() { ::kill(pid_t(m_process.processId()), SIGINT); }

    bool waitForExit(int ms)
    {
        const bool exited = QTest::qWaitFor([this] { return !isRunning(); }, ms);
        m_elapsedMs = m_clock.elapsed();
        return exited;
    }
    // Waits until stdout has a match of re (stops early when the process exits).
    QRegularExpressionMatch waitForOutput(const QRegularExpression &re, int ms)
    {
        const bool seen
            = QTest::qWaitFor([&] { return re.match(out()).hasMatch() || !isRunning(); }, ms);
        Q_UNUSED(seen)
        return re.match(out());
    }
    bool exitedWith(int code) const
    {
        return !isRunning() && m_process.error() != QProcess::FailedToStart
            && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == code;
    }
    qint64 elapsedMs() const { return m_elapsedMs >= 0 ? m_elapsedMs : m_clock.elapsed(); }
    QString out()
    {
        m_out += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_out);
    }
    QString err()
    {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }
    QString transcript()
    {
        return QStringLiteral("ferry %1\n  exit status %2, exit code %3, %4 ms\n  stdout:\n%5\n"
                              "  stderr:\n%6")
            .arg(m_process.arguments().join(QLatin1Char(' ')))
            .arg(m_process.exitStatus())
            .arg(m_process.exitCode())
            .arg(elapsedMs())
            .arg(out(), err());
    }

private:
    QProcess m_process;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace Ferry::Test
