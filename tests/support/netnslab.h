#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Ferry::Test {

// A lab LAN of network-namespace hosts made by scripts/netns-lab.sh (h1 10.77.0.1 / fd77::1,
// h2 …2, …, veth links on one bridge), for end-to-end tests. Needs root and iproute2; run inside
// scripts/in-sandbox.sh. The destructor removes the lab (and kills whatever still runs in it).
class NetnsLab
{
public:
    static constexpr int kToolMs = 10'000; // netns-lab.sh, ip, sysctl

    // Why this machine cannot make a lab (not root, no ip command), or a null string.
    static QString unavailableReason();
    // Why the lab script is not found (FERRY_SOURCE_DIR is not the source tree), or a null string.
    static QString missingScriptReason();

    // prefix must be unique per process and test, so that parallel runs and a lab leaked by a
    // killed run never collide.
    NetnsLab(const QString &prefix, int hosts);
    ~NetnsLab();
    Q_DISABLE_COPY_MOVE(NetnsLab)

    // False with why() set when the lab could not be made.
    bool up();
    QString why() const { return m_why; }

    QString host(int i) const { return QStringLiteral("%1-h%2").arg(m_prefix).arg(i); }
    bool setLink(int i, bool up);
    // Runs a command on host i (ip netns exec) to its end; false with why() otherwise.
    bool exec(int i, const QStringList &command);

    // Runs a helper tool to its end; false with its output in why otherwise.
    static bool runTool(const QString &program, const QStringList &arguments, QString *why,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

private:
    QProcessEnvironment labEnvironment() const;

    QString m_prefix;
    int m_hosts;
    bool m_made = false;
    QString m_why;
};

} // namespace Ferry::Test
