#include "net/peerregistry.h"

#include "net/logging.h"

#include <algorithm>

namespace Ferry::Net {

namespace {

// ::ffff:a.b.c.d is the same host as a.b.c.d (a dual-stack socket reports IPv4 senders so).
QHostAddress normalised(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16
                        | quint32(bytes[14]) << 8 | quint32(bytes[15]));
}

// Puts host:port first in the peer's addresses (one entry per host), dropping the oldest ones
// beyond the cap. An address the user gave stays Manual whoever sees it next.
void touchAddress(PeerRecord &peer, const QHostAddress &host, quint16 port, PeerSource source,
                  qint64 nowMs, int maxAddresses)
{
    PeerAddress entry{host, port, source, nowMs};
    const auto same = std::find_if(peer.addresses.begin(), peer.addresses.end(),
                                   [&](const PeerAddress &a) { return a.address == host; });
    if (same != peer.addresses.end()) {
        if (same->source == PeerSource::Manual)
            entry.source = PeerSource::Manual;
        peer.addresses.erase(same);
    }
    peer.addresses.prepend(entry);
    while (peer.addresses.size() > qMax(maxAddresses, 1))
        peer.addresses.removeLast();
}

void dropMulticast(PeerRecord &peer)
{
    peer.sources.setFlag(PeerSource::Multicast, false);
    peer.addresses.removeIf([](const PeerAddress &a) { return a.source == PeerSource::Multicast; });
}

// What a view shows: a change here is worth a peerUpdated; a lastSeen refresh or a new order of
// the same addresses is not (the IPv4 and IPv6 copies of each announcement would flip it).
bool sameShown(const PeerRecord &a, const PeerRecord &b)
{
    if (!(a.metadata == b.metadata) || a.minVersion != b.minVersion || a.maxVersion != b.maxVersion
        || a.sources != b.sources || a.state != b.state || a.verified != b.verified
        || a.addresses.size() != b.addresses.size())
        return false;
    return std::all_of(a.addresses.cbegin(), a.addresses.cend(),
                       [&](const PeerAddress &x) { return b.addresses.contains(x); });
}

// No source and no connection: nothing keeps it known any more.
bool nothingHolds(const PeerRecord &peer)
{
    return !peer.sources && peer.state != PeerRecord::State::Connected;
}

} // namespace

PeerRegistry::PeerRegistry(const RemoteIdentity &self, Limits limits, QObject *parent)
    : QObject(parent), m_self(self), m_limits(limits)
{ }

PeerRegistry::~PeerRegistry() = default;

void PeerRegistry::observeAnnouncement(const Announcement &announcement, const QHostAddress &from,
                                       qint64 nowMs)
{
    const RemoteIdentity &id = announcement.identity;
    // A PROBE says nothing about its sender (a passive command that will not stay).
    if (id.isNull() || id == m_self || announcement.kind == Announcement::Kind::Probe)
        return;
    if (announcement.kind == Announcement::Kind::Goodbye) {
        observeGoodbye(announcement);
        return;
    }
    const auto known = m_instances.constFind(id);
    if (known != m_instances.cend() && known->first == announcement.instance) {
        if (announcement.sequence < known->second)
            return; // replayed (or reordered): says nothing new
        // The sender sends each datagram once per interface and family: the same sequence again
        // is the copy that tells us (or refreshes) another address. It only touches that address:
        // replayed, it must neither keep alive nor bring back a peer.
        if (announcement.sequence == known->second) {
            const auto it = m_peers.find(id);
            if (it == m_peers.end() || from.isNull())
                return;
            const PeerRecord before = *it;
            touchAddress(*it, normalised(from), announcement.tcpPort, PeerSource::Multicast, nowMs,
                         m_limits.maxAddressesPerPeer);
            publish(before, id, false, std::nullopt);
            return;
        }
    }

    std::optional<RemoteIdentity> displaced;
    bool isNew = false;
    PeerRecord *peer = admit(id, false, nowMs, &displaced, &isNew);
    if (!peer) {
        qCDebug(lcDiscovery) << "peer table full, dropping" << id.shortText();
        return;
    }
    const PeerRecord before = *peer;
    peer->sources |= PeerSource::Multicast;
    peer->lastSeenMs = nowMs;
    if (peer->state != PeerRecord::State::Connected) { // once connected, HELLO's metadata wins
        peer->metadata = announcement.metadata;
        peer->metadata.capabilities = before.metadata.capabilities; // only HELLO carries them
        peer->minVersion = announcement.minVersion;
        peer->maxVersion = announcement.maxVersion;
    }
    if (!from.isNull())
        touchAddress(*peer, normalised(from), announcement.tcpPort, PeerSource::Multicast, nowMs,
                     m_limits.maxAddressesPerPeer);
    rememberInstance(id, announcement.instance, announcement.sequence);
    publish(before, id, isNew, displaced);
}

void PeerRegistry::observeGoodbye(const Announcement &announcement)
{
    const RemoteIdentity &id = announcement.identity;
    const auto known = m_instances.find(id);
    if (known == m_instances.end() || known->first != announcement.instance
        || announcement.sequence <= known->second)
        return; // another instance's, or a recorded one replayed
    known->second = announcement.sequence;
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    const PeerRecord before = *it;
    dropMulticast(*it);
    if (nothingHolds(*it)) {
        m_peers.erase(it);
        Q_EMIT peerLost(id);
        return;
    }
    publish(before, id, false, std::nullopt);
}

void PeerRegistry::observeManual(const PeerInfo &info, const QString &host, quint16 port,
                                 qint64 nowMs)
{
    if (info.identity.isNull() || info.identity == m_self)
        return;
    std::optional<RemoteIdentity> displaced;
    bool isNew = false;
    PeerRecord *peer = admit(info.identity, true, nowMs, &displaced, &isNew);
    const PeerRecord before = *peer;
    peer->sources |= PeerSource::Manual;
    peer->verified = true;
    peer->metadata = info.metadata; // proved in the handshake
    peer->lastSeenMs = nowMs;
    QHostAddress address(host);
    if (address.isNull())
        address = info.address;
    if (!address.isNull() && port != 0)
        touchAddress(*peer, normalised(address), port, PeerSource::Manual, nowMs,
                     m_limits.maxAddressesPerPeer);
    publish(before, info.identity, isNew, displaced);
}

void PeerRegistry::observeConnected(const PeerInfo &info, qint64 nowMs)
{
    if (info.identity.isNull() || info.identity == m_self)
        return;
    std::optional<RemoteIdentity> displaced;
    bool isNew = false;
    PeerRecord *peer = admit(info.identity, true, nowMs, &displaced, &isNew);
    const PeerRecord before = *peer;
    if (!info.outgoing)
        peer->sources |= PeerSource::Incoming;
    peer->state = PeerRecord::State::Connected;
    peer->verified = true;
    peer->metadata = info.metadata;
    peer->lastSeenMs = nowMs;
    if (info.outgoing) { // the address that worked goes first; an unknown one is not added
        const PeerAddress used{normalised(info.address), info.port};
        const qsizetype at = peer->addresses.indexOf(used);
        if (at >= 0)
            touchAddress(*peer, used.address, used.port, peer->addresses.at(at).source, nowMs,
                         m_limits.maxAddressesPerPeer);
    }
    publish(before, info.identity, isNew, displaced);
    if (isNew || before.state != PeerRecord::State::Connected)
        Q_EMIT peerConnected(info.identity);
}

void PeerRegistry::observeDisconnected(const RemoteIdentity &identity, qint64 nowMs)
{
    const auto it = m_peers.find(identity);
    if (it == m_peers.end() || it->state != PeerRecord::State::Connected)
        return;
    const PeerRecord before = *it;
    it->sources.setFlag(PeerSource::Incoming, false);
    it->state = PeerRecord::State::Discovered;
    it->lastSeenMs = nowMs;
    Q_EMIT peerDisconnected(identity);
    // A slot may have changed the registry: look the peer up again.
    const auto again = m_peers.find(identity);
    if (again == m_peers.end())
        return;
    if (nothingHolds(*again)) {
        m_peers.erase(again);
        Q_EMIT peerLost(identity);
        return;
    }
    publish(before, identity, false, std::nullopt);
}

void PeerRegistry::expire(qint64 nowMs)
{
    const auto isDue = [&](const PeerRecord &p) {
        return p.state != PeerRecord::State::Connected && !p.sources.testFlag(PeerSource::Manual)
            && nowMs - p.lastSeenMs >= m_limits.expiryMs;
    };
    QList<RemoteIdentity> due;
    for (const PeerRecord &p : std::as_const(m_peers)) {
        if (isDue(p))
            due.append(p.identity);
    }
    // One at a time, checked again: a slot of peerLost may have changed the registry.
    for (const RemoteIdentity &id : std::as_const(due)) {
        const auto it = m_peers.find(id);
        if (it != m_peers.end() && isDue(*it)) {
            m_peers.erase(it);
            Q_EMIT peerLost(id);
        }
    }
}

void PeerRegistry::clear()
{
    QList<QPair<RemoteIdentity, PeerRecord>> changed; // identity, state before
    for (auto it = m_peers.begin(); it != m_peers.end(); ++it) {
        if (!it->sources.testFlag(PeerSource::Multicast))
            continue;
        changed.append({it.key(), *it});
        dropMulticast(*it);
    }
    for (const auto &[id, before] : std::as_const(changed)) {
        const auto it = m_peers.find(id);
        if (it == m_peers.end())
            continue;
        if (nothingHolds(*it)) {
            m_peers.erase(it);
            Q_EMIT peerLost(id);
        } else {
            publish(before, id, false, std::nullopt);
        }
    }
}

QList<PeerRecord> PeerRegistry::peers() const
{
    QList<PeerRecord> list = m_peers.values();
    std::sort(list.begin(), list.end(), [](const PeerRecord &a, const PeerRecord &b) {
        const int byName
            = a.metadata.deviceName.compare(b.metadata.deviceName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        if (a.metadata.deviceName != b.metadata.deviceName)
            return a.metadata.deviceName < b.metadata.deviceName;
        return a.identity < b.identity;
    });
    return list;
}

std::optional<PeerRecord> PeerRegistry::peer(const RemoteIdentity &identity) const
{
    const auto it = m_peers.constFind(identity);
    if (it == m_peers.cend())
        return std::nullopt;
    return *it;
}

std::optional<PeerRecord> PeerRegistry::find(const QString &nameOrIdentity, QString *why) const
{
    const QString wanted = nameOrIdentity.trimmed();
    if (const auto id = RemoteIdentity::fromText(wanted)) {
        if (const auto found = peer(*id))
            return found;
    }
    QString prefix = wanted.toLower();
    if (prefix.size() > 4 && prefix.at(4) == QLatin1Char('-'))
        prefix.remove(4, 1); // "xxxx-xxxx", the short form
    const bool byPrefix = prefix.size() >= 4;

    QList<PeerRecord> matches;
    for (const PeerRecord &p : std::as_const(m_peers)) {
        if (p.metadata.deviceName.compare(wanted, Qt::CaseInsensitive) == 0
            || (byPrefix && p.identity.toText().startsWith(prefix)))
            matches.append(p);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (why) {
        if (matches.isEmpty()) {
            *why = tr("no device called %1").arg(wanted);
        } else {
            std::sort(matches.begin(), matches.end(), [](const PeerRecord &a, const PeerRecord &b) {
                return a.identity < b.identity;
            });
            QStringList names;
            for (const PeerRecord &p : std::as_const(matches))
                names.append(
                    QStringLiteral("%1 (%2)").arg(p.metadata.deviceName, p.identity.shortText()));
            *why = tr("%1 matches %2 devices: %3")
                       .arg(wanted)
                       .arg(matches.size())
                       .arg(names.join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

PeerRecord *PeerRegistry::admit(const RemoteIdentity &identity, bool privileged, qint64 nowMs,
                                std::optional<RemoteIdentity> *displaced, bool *isNew)
{
    const auto it = m_peers.find(identity);
    if (it != m_peers.end())
        return &*it;
    if (m_peers.size() >= m_limits.maxPeers) {
        *displaced = displaceable(privileged, nowMs);
        if (*displaced)
            m_peers.remove(**displaced);
        else if (!privileged)
            return nullptr;
    }
    *isNew = true;
    PeerRecord record;
    record.identity = identity;
    record.lastSeenMs = nowMs;
    return &*m_peers.insert(identity, record);
}

std::optional<RemoteIdentity> PeerRegistry::displaceable(bool privileged, qint64 nowMs) const
{
    const PeerRecord *oldest = nullptr;
    for (const PeerRecord &p : m_peers) {
        if (p.sources != PeerSources(PeerSource::Multicast) || p.verified
            || p.state == PeerRecord::State::Connected)
            continue;
        if (!privileged && nowMs - p.lastSeenMs < m_limits.expiryMs / 2)
            continue; // has not missed an announcement yet
        if (!oldest || p.lastSeenMs < oldest->lastSeenMs
            || (p.lastSeenMs == oldest->lastSeenMs && p.identity < oldest->identity))
            oldest = &p;
    }
    if (!oldest)
        return std::nullopt;
    return oldest->identity;
}

void PeerRegistry::rememberInstance(const RemoteIdentity &identity, quint64 instance,
                                    quint32 sequence)
{
    if (!m_instances.contains(identity) && m_instances.size() >= 2 * qMax(m_limits.maxPeers, 8)) {
        // Forget lost peers' instances all at once: amortised O(1), and bounded.
        for (auto it = m_instances.begin(); it != m_instances.end();)
            it = m_peers.contains(it.key()) ? std::next(it) : m_instances.erase(it);
    }
    m_instances.insert(identity, {instance, sequence});
}

void PeerRegistry::publish(const PeerRecord &before, const RemoteIdentity &identity, bool isNew,
                           const std::optional<RemoteIdentity> &displaced)
{
    // Copies: a slot may change the registry while a signal is out.
    const std::optional<PeerRecord> after = peer(identity);
    if (displaced)
        Q_EMIT peerLost(*displaced);
    if (!after)
        return;
    if (isNew)
        Q_EMIT peerDiscovered(*after);
    else if (!sameShown(before, *after))
        Q_EMIT peerUpdated(*after);
}

} // namespace Ferry::Net
