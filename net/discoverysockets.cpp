#include "net/discoverysockets.h"

#include "net/discovery.h"
#include "net/logging.h"

#include <QNetworkDatagram>

#include <algorithm>

namespace Ferry::Net {

namespace {
// Datagrams read per readyRead: the rest wait for the next turn of the event loop (the read
// notifier fires again while any are queued), so a flood cannot monopolise this thread.
constexpr int kMaxReadsPerTurn = 256;
} // namespace

DiscoverySockets::DiscoverySockets(qsizetype maxDatagram, Receiver receiver, QObject *parent)
    : QObject(parent), m_maxDatagram(maxDatagram), m_receiver(std::move(receiver))
{
    connect(&m_socket4, &QUdpSocket::readyRead, this, [this] { readPending(m_socket4); });
    connect(&m_socket6, &QUdpSocket::readyRead, this, [this] { readPending(m_socket6); });
}

DiscoverySockets::~DiscoverySockets() = default;

bool DiscoverySockets::bind(QUdpSocket &socket, const QHostAddress &any, quint16 port)
{
    // Several nodes on one host (and several in one test process) share the discovery port.
    if (!socket.bind(any, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return false;
    socket.setSocketOption(QAbstractSocket::MulticastTtlOption, 1); // never leaves the link
    socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1); // other nodes here
    return true;
}

bool DiscoverySockets::open(quint16 port)
{
    close();
    m_error.clear();
    const bool have4 = bind(m_socket4, QHostAddress::AnyIPv4, port);
    const bool have6 = bind(m_socket6, QHostAddress::AnyIPv6, have4 ? m_socket4.localPort() : port);
    if (!have4 && !have6) {
        m_error = QStringLiteral("cannot bind UDP port %1: %2 (IPv4), %3 (IPv6)")
                      .arg(port)
                      .arg(m_socket4.errorString(), m_socket6.errorString());
        return false;
    }
    if (!have4)
        qCWarning(lcDiscovery) << "no IPv4 discovery:" << m_socket4.errorString();
    if (!have6 && !m_ipv6FailureLogged) {
        // A host without IPv6, or with it disabled, simply uses IPv4 (§12.1).
        m_ipv6FailureLogged = true;
        qCInfo(lcDiscovery) << "no IPv6 discovery, IPv4 only:" << m_socket6.errorString();
    }
    m_port = have4 ? m_socket4.localPort() : m_socket6.localPort();
    return true;
}

void DiscoverySockets::close()
{
    // Closing a socket drops its memberships; leaving first says so on the wire (IGMP/MLD).
    for (const Active &active : std::as_const(m_interfaces))
        leave(active);
    m_interfaces.clear();
    m_socket4.close();
    m_socket6.close();
    m_port = 0;
}

bool DiscoverySockets::isOpen() const
{
    return m_socket4.state() == QAbstractSocket::BoundState
        || m_socket6.state() == QAbstractSocket::BoundState;
}

void DiscoverySockets::join(Active &active)
{
    const QString &name = active.info.name;
    if (!active.ipv4 && active.info.hasIpv4 && m_socket4.state() == QAbstractSocket::BoundState) {
        active.ipv4 = m_socket4.joinMulticastGroup(Discovery::ipv4Group(), active.interface);
        if (!active.ipv4 && !m_joinFailuresLogged.contains(name)) {
            m_joinFailuresLogged.insert(name); // retried at every rescan: log once
            qCWarning(lcDiscovery) << "cannot join" << Discovery::ipv4Group() << "on" << name
                                   << m_socket4.errorString();
        }
    }
    if (!active.ipv6 && active.info.hasIpv6 && m_socket6.state() == QAbstractSocket::BoundState) {
        active.ipv6 = m_socket6.joinMulticastGroup(Discovery::ipv6Group(), active.interface);
        if (!active.ipv6 && !m_ipv6FailureLogged) {
            m_ipv6FailureLogged = true;
            qCInfo(lcDiscovery) << "cannot join" << Discovery::ipv6Group() << "on" << name
                                << m_socket6.errorString() << "- IPv4 only there";
        }
    }
}

void DiscoverySockets::leave(const Active &active)
{
    // Fails harmlessly when the interface is already gone (the kernel dropped the membership).
    if (active.ipv4)
        m_socket4.leaveMulticastGroup(Discovery::ipv4Group(), active.interface);
    if (active.ipv6)
        m_socket6.leaveMulticastGroup(Discovery::ipv6Group(), active.interface);
}

DiscoverySockets::Rescan DiscoverySockets::rescan(const QStringList &allowList, bool allowLoopback)
{
    QList<InterfaceInfo> infos;
    QHash<QString, QNetworkInterface> byName;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : all) {
        infos.append(InterfaceInfo::from(interface));
        byName.insert(interface.name(), interface);
    }
    const QStringList before = interfaceNames();
    QList<Active> next;
    Rescan result;
    for (const InterfaceInfo &info : pickInterfaces(infos, allowList, allowLoopback)) {
        const auto old = std::find_if(m_interfaces.cbegin(), m_interfaces.cend(),
                                      [&](const Active &a) { return a.info.name == info.name; });
        Active active;
        if (old != m_interfaces.cend() && old->info.index == info.index)
            active = *old; // keeps its memberships
        active.info = info;
        active.interface = byName.value(info.name);
        join(active);
        if (!active.ipv4 && !active.ipv6)
            continue;
        if (old == m_interfaces.cend() || old->info.index != info.index)
            result.added.append(info.name); // new here, or a new interface under an old name
        next.append(active);
    }
    for (const Active &old : std::as_const(m_interfaces)) {
        const bool kept = std::any_of(next.cbegin(), next.cend(), [&](const Active &a) {
            return a.info.name == old.info.name && a.info.index == old.info.index;
        });
        if (!kept)
            leave(old); // gone, or the same name on a new interface (joined afresh above)
    }
    m_interfaces = next;
    result.changed = interfaceNames() != before;
    return result;
}

QStringList DiscoverySockets::interfaceNames() const
{
    QStringList names;
    for (const Active &active : m_interfaces)
        names.append(active.info.name);
    return names;
}

bool DiscoverySockets::hasIpv6() const
{
    return std::any_of(m_interfaces.cbegin(), m_interfaces.cend(),
                       [](const Active &a) { return a.ipv6; });
}

bool DiscoverySockets::isInUse(int interfaceIndex) const
{
    return interfaceIndex <= 0 // unknown: the platform did not say where it came in
        || std::any_of(
               m_interfaces.cbegin(), m_interfaces.cend(),
               [interfaceIndex](const Active &a) { return a.info.index == interfaceIndex; });
}

bool DiscoverySockets::write(QUdpSocket &socket, const Active &active, const QHostAddress &group,
                             const QByteArray &bytes)
{
    socket.setMulticastInterface(active.interface);
    if (socket.writeDatagram(bytes, group, m_port) == bytes.size())
        return true;
    qCDebug(lcDiscovery) << "cannot send on" << active.info.name << group << socket.errorString();
    return false;
}

DiscoverySockets::Sent DiscoverySockets::send(const QByteArray &bytes, const QStringList &only)
{
    Sent sent;
    const auto count = [&sent, &bytes](bool ok) {
        sent.datagrams += ok ? 1 : 0;
        sent.bytes += ok ? quint64(bytes.size()) : 0;
    };
    for (const Active &active : std::as_const(m_interfaces)) {
        if (!only.isEmpty() && !only.contains(active.info.name))
            continue;
        if (active.ipv4)
            count(write(m_socket4, active, Discovery::ipv4Group(), bytes));
        if (active.ipv6)
            count(write(m_socket6, active, Discovery::ipv6Group(), bytes));
    }
    return sent;
}

void DiscoverySockets::readPending(QUdpSocket &socket)
{
    for (int i = 0; i < kMaxReadsPerTurn && socket.hasPendingDatagrams(); ++i) {
        m_receiver(socket.receiveDatagram(m_maxDatagram + 1));
        if (socket.state() != QAbstractSocket::BoundState)
            return; // the receiver closed us
    }
}

} // namespace Ferry::Net
