#include "tests/support/netnslab.h"

#include <QDebug>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace Ferry::Test {

namespace {
QString labScript()
{
    return qEnvironmentVariable("FERRY_SOURCE_DIR") + QLatin1String("/scripts/netns-lab.sh");
}
} // namespace

QString NetnsLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root: the lab hosts are network namespaces (ip netns add)");
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        return QStringLiteral("needs the ip command (iproute2) to build the lab");
    return {};
}

QString NetnsLab::missingScriptReason()
{
    if (!QFileInfo(labScript()).isExecutable())
        return QStringLiteral("FERRY_SOURCE_DIR must be the source tree; no %1").arg(labScript());
    return {};
}

NetnsLab::NetnsLab(const QString &prefix, int hosts) : m_prefix(prefix), m_hosts(hosts) { }

NetnsLab::~NetnsLab()
{
    if (!m_made)
        return;
    QString why;
    if (!runTool(labScript(), {QStringLiteral("down")}, &why, labEnvironment()))
        qWarning().noquote() << "could not remove the lab:" << why;
}

QProcessEnvironment NetnsLab::labEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETNS_PREFIX"), m_prefix);
    env.insert(QStringLiteral("NETNS_HOSTS"), QString::number(m_hosts));
    return env;
}

bool NetnsLab::up()
{
    const bool made = runTool(labScript(), {QStringLiteral("up")}, &m_why, labEnvironment());
    // A half-made lab (a timed-out script) is removed too; one that already existed belongs to
    // someone else and is left alone.
    m_made = made || !m_why.contains(QLatin1String("already exists"));
    return made;
}

bool NetnsLab::setLink(int i, bool up)
{
    return runTool(QStringLiteral("ip"),
                   {QStringLiteral("-n"), host(i), QStringLiteral("link"), QStringLiteral("set"),
                    QStringLiteral("eth0"), up ? QStringLiteral("up") : QStringLiteral("down")},
                   &m_why);
}

bool NetnsLab::exec(int i, const QStringList &command)
{
    return runTool(QStringLiteral("ip"),
                   QStringList{QStringLiteral("netns"), QStringLiteral("exec"), host(i)} + command,
                   &m_why);
}

bool NetnsLab::runTool(const QString &program, const QStringList &arguments, QString *why,
                       const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished
        = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kToolMs);
    if (!finished)
        process.kill();
    const QString output = QString::fromUtf8(process.readAll());
    if (finished && process.error() != QProcess::FailedToStart
        && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (why) {
        *why = QStringLiteral("%1 %2: %3 (exit %4)\n%5")
                   .arg(program, arguments.join(QLatin1Char(' ')),
                        finished ? process.errorString() : QStringLiteral("timed out"))
                   .arg(process.exitCode())
                   .arg(output);
    }
    return false;
}

} // namespace Ferry::Test
