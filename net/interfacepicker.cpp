#include "net/interfacepicker.h"

#include <QNetworkInterface>
#include <QSet>

namespace Ferry::Net {

InterfaceInfo InterfaceInfo::from(const QNetworkInterface &interface)
{
    InterfaceInfo info;
    info.name = interface.name();
    info.index = interface.index();
    const QNetworkInterface::InterfaceFlags flags = interface.flags();
    info.up = flags.testFlag(QNetworkInterface::IsUp);
    info.running = flags.testFlag(QNetworkInterface::IsRunning);
    info.canMulticast = flags.testFlag(QNetworkInterface::CanMulticast);
    info.loopback = flags.testFlag(QNetworkInterface::IsLoopBack)
        || interface.type() == QNetworkInterface::Loopback;
    const QList<QNetworkAddressEntry> entries = interface.addressEntries();
    for (const QNetworkAddressEntry &entry : entries) {
        const QAbstractSocket::NetworkLayerProtocol protocol = entry.ip().protocol();
        info.hasIpv4 = info.hasIpv4 || protocol == QAbstractSocket::IPv4Protocol;
        info.hasIpv6 = info.hasIpv6 || protocol == QAbstractSocket::IPv6Protocol;
    }
    return info;
}

QList<InterfaceInfo> pickInterfaces(const QList<InterfaceInfo> &all, const QStringList &allowList,
                                    bool allowLoopback)
{
    QList<InterfaceInfo> picked;
    QSet<QString> seen;
    for (const InterfaceInfo &info : all) {
        if (info.name.isEmpty() || seen.contains(info.name))
            continue;
        if (!allowList.isEmpty() && !allowList.contains(info.name))
            continue;
        if (!info.up || !info.running || !(info.hasIpv4 || info.hasIpv6))
            continue;
        if (info.loopback ? !allowLoopback : !info.canMulticast)
            continue;
        seen.insert(info.name);
        picked.append(info);
    }
    return picked;
}

} // namespace Ferry::Net
