#include "tests/support/ferryprocess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace Ferry::Test {

QString ferryBinary()
{
    return qEnvironmentVariable("FERRY_BIN");
}

FerryProcess::FerryProcess(const QStringList &arguments, const QProcessEnvironment &env)
{
    m_shownProgram = QStringLiteral("ferry");
    start(ferryBinary(), arguments, env);
}

FerryProcess::FerryProcess(const QString &host, const QStringList &arguments,
                           const QProcessEnvironment &env)
{
    m_shownProgram = QStringLiteral("ip");
    start(QStringLiteral("ip"),
          QStringList{QStringLiteral("netns"), QStringLiteral("exec"), host, ferryBinary()}
              + arguments,
          env);
}

void FerryProcess::start(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &env)
{
    m_process.setProcessEnvironment(env);
    m_process.start(program, arguments);
    m_clock.start();
}

FerryProcess::~FerryProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!QTest::qWaitFor([this] { return !isRunning(); }, 5000)) {
        m_process.kill();
        if (!QTest::qWaitFor([this] { return !isRunning(); }, 5000))
            qWarning("ferry (pid %lld) did not exit after SIGKILL", m_process.processId());
    }
}

bool FerryProcess::waitForExit(int ms)
{
    const bool exited = QTest::qWaitFor([this] { return !isRunning(); }, ms);
    m_elapsedMs = m_clock.elapsed();
    return exited;
}

QRegularExpressionMatch FerryProcess::waitForOutput(const QRegularExpression &re, int ms)
{
    // Stops early when the process exits; what it printed before exiting still counts.
    const bool seen
        = QTest::qWaitFor([&] { return re.match(out()).hasMatch() || !isRunning(); }, ms);
    Q_UNUSED(seen)
    return re.match(out());
}

bool FerryProcess::exitedWith(int code) const
{
    return !isRunning() && m_process.error() != QProcess::FailedToStart
        && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == code;
}

QString FerryProcess::out()
{
    m_out += m_process.readAllStandardOutput();
    return QString::fromUtf8(m_out);
}

QString FerryProcess::err()
{
    m_err += m_process.readAllStandardError();
    return QString::fromUtf8(m_err);
}

QString FerryProcess::transcript()
{
    return QStringLiteral("%1 %2\n  state %3, exit status %4, exit code %5, error %6, "
                          "%7 ms\n  stdout:\n%8\n  stderr:\n%9")
        .arg(m_shownProgram, m_process.arguments().join(QLatin1Char(' ')))
        .arg(m_process.state())
        .arg(m_process.exitStatus())
        .arg(m_process.exitCode())
        .arg(m_process.errorString())
        .arg(m_elapsedMs >= 0 ? m_elapsedMs : m_clock.elapsed())
        .arg(out(), err());
}

std::unique_ptr<FerryProcess> runFerry(const QStringList &arguments, const QProcessEnvironment &env)
{
    auto process = std::make_unique<FerryProcess>(arguments, env);
    process->waitForExit(kRunMs);
    return process;
}

QProcessEnvironment environmentWithoutKeychain(const QString &runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    return env;
}

bool makePrivateRuntimeDir(const QString &runtimeDir)
{
    return QDir().mkpath(runtimeDir)
        && QFile::setPermissions(runtimeDir,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ExeOwner);
}

} // namespace Ferry::Test
