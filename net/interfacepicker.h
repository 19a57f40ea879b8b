#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QNetworkInterface;

namespace Ferry::Net {

// What discovery needs to know of one network interface. A plain value, so that the choice of
// interfaces is tested with made-up ones (QNetworkInterface cannot be built by hand).
struct InterfaceInfo
{
    QString name;
    int index = 0;
    bool up = false;
    bool running = false;
    bool canMulticast = false;
    bool loopback = false;
    bool hasIpv4 = false; // an IPv4 address: Qt joins IPv4 groups through one
    bool hasIpv6 = false;

    static InterfaceInfo from(const QNetworkInterface &interface);

    friend bool operator==(const InterfaceInfo &a, const InterfaceInfo &b)
    {
        return a.name == b.name && a.index == b.index && a.up == b.up && a.running == b.running
            && a.canMulticast == b.canMulticast && a.loopback == b.loopback
            && a.hasIpv4 == b.hasIpv4 && a.hasIpv6 == b.hasIpv6;
    }
};

// The interfaces discovery uses (docs/PROTOCOL.md §12.1), in the order given: up, running,
// multicast-capable and with an address; loopback only when allowLoopback (then even without
// the MULTICAST flag: IPv4 multicast on a named lo works, see toolchain.md §3b); and, when
// allowList is not empty, only those named in it. Each name at most once.
QList<InterfaceInfo> pickInterfaces(const QList<InterfaceInfo> &all, const QStringList &allowList,
                                    bool allowLoopback);

} // namespace Ferry::Net
