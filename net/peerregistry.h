#pragma once

#include "net/announcement.h"
#include "net/peerinfo.h"
#include "net/peerrecord.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Ferry::Net {

// PeerRegistry::Limits. Outside the class only because a nested struct with default member
// initializers cannot be a default argument of its enclosing class's constructor.
struct PeerRegistryLimits
{
    int maxPeers = 256;
    int maxAddressesPerPeer = 8;
    qint64 expiryMs = 15'000; // not heard for this long: lost (unless connected or manual)
};

// Every peer this node knows of, from announcements, manual addresses and connections, keyed by
// identity (docs/PROTOCOL.md §12.3). Pure bookkeeping: no sockets, and time is passed in (a
// monotonic clock in milliseconds), so that expiry is tested without waiting.
//
// Signals: every peerDiscovered is followed by exactly one peerLost for that identity (unless
// the registry is destroyed first) before any new peerDiscovered of it; peerUpdated in between
// when anything shown changes (metadata, versions, the set of addresses, sources, state), never
// for a mere lastSeen refresh. Enforced by construction: a record is in m_peers exactly between
// the two signals; the only insertions emit peerDiscovered and the only removals emit peerLost.
// Signals are emitted after the registry is consistent, so slots may call back into it.
// Proved by tst_peerregistry: cleanup() of every test, signalsPairUpUnderRandomOperations.
//
// Capacity (a flood of forged identities costs bounded memory):
// - A new multicast peer when maxPeers are known displaces the least recently seen peer that is
//   multicast-only, unverified and not connected, but only once that peer has been silent for
//   half the expiry (so it has missed an announcement: §12.3 announces every 5 s ± 1 s).
//   Otherwise the newcomer is dropped. So a LAN with more honest devices than the cap keeps a
//   stable list instead of churning, and stale entries make room before they expire.
// - Connected, manual and incoming peers, and any peer once verified by TLS, are never
//   displaced. A connection or a manual peer may displace any multicast-only, unverified,
//   unconnected peer, and is admitted even beyond maxPeers when there is none (their number is
//   bounded by Node's connection limits and by the user).
// - At most maxAddressesPerPeer addresses per peer, most recently seen first; the oldest goes.
//
// Addresses: one entry per host address (a new port for the same host replaces the old one);
// IPv4-mapped IPv6 is stored as IPv4; IPv4 and IPv6 addresses of one identity are addresses of
// one peer. An address the user gave keeps source Manual when multicast sees it too; GOODBYE and
// clear() remove only addresses with source Multicast. Incoming connections add no address (the
// remote port is not where the peer listens); an outgoing connection moves the address it used
// to the front.
class PeerRegistry : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRegistry)
public:
    using Limits = PeerRegistryLimits;

    explicit PeerRegistry(const RemoteIdentity &self, Limits limits = {},
                          QObject *parent = nullptr);
    ~PeerRegistry() override;

    // A verified (signature checked) datagram from `from`. Own announcements are ignored.
    // ANNOUNCE and QUERY add or refresh the peer (metadata only while not connected). With the
    // latest accepted instance, a lower sequence is a replay and ignored; the latest sequence
    // again (Discovery sends one datagram on every interface and family) only adds or refreshes
    // the address it came from, and only of a known peer: it does not refresh the peer's
    // lastSeen, so a replay neither keeps alive nor brings back a peer.
    // Another instance is a restart and becomes the latest. GOODBYE is honoured only as §12.3
    // says (same instance, higher sequence): it removes the Multicast source and its addresses.
    void observeAnnouncement(const Announcement &announcement, const QHostAddress &from,
                             qint64 nowMs);
    // A manual address whose owner proved its identity in a handshake. `host` is an IP literal;
    // when it is a host name, info.address (where the connection went) is recorded instead.
    void observeManual(const PeerInfo &info, const QString &host, quint16 port, qint64 nowMs);
    // Connections (from Node): a connected peer never expires; its metadata comes from HELLO.
    void observeConnected(const PeerInfo &info, qint64 nowMs);
    // Back to Discovered (lastSeen = now), or lost when no source is left (source Incoming
    // ends with the connection).
    void observeDisconnected(const RemoteIdentity &peer, qint64 nowMs);
    // Loses every peer not heard for expiryMs or more and not connected or manual.
    void expire(qint64 nowMs);
    // Forgets multicast knowledge (networking turned off): loses every multicast-only peer.
    void clear();

    QList<PeerRecord> peers() const; // sorted by name, then identity
    std::optional<PeerRecord> peer(const RemoteIdentity &identity) const;
    // By full identity text, by unique identity prefix (≥ 4 characters, the short form's dash
    // ignored, case-insensitive), or by unique device name (case-insensitive, exact). A text
    // matching one device by name and another by prefix is ambiguous. Empty when none or
    // ambiguous; `why` says which.
    std::optional<PeerRecord> find(const QString &nameOrIdentity, QString *why = nullptr) const;

Q_SIGNALS:
    void peerDiscovered(const Ferry::Net::PeerRecord &peer);
    void peerUpdated(const Ferry::Net::PeerRecord &peer);
    void peerLost(const Ferry::Net::RemoteIdentity &identity);
    // The peer's state became Connected (after its peerDiscovered or peerUpdated), and left it
    // again (before a peerLost that the disconnection causes). Each pairs with the other.
    void peerConnected(const Ferry::Net::RemoteIdentity &identity);
    void peerDisconnected(const Ferry::Net::RemoteIdentity &identity);

private:
    void observeGoodbye(const Announcement &announcement);
    // Finds or makes room for `identity`; nullptr when full. `displaced` receives a peer that
    // was removed to make room (its peerLost is the caller's to emit).
    PeerRecord *admit(const RemoteIdentity &identity, bool privileged, qint64 nowMs,
                      std::optional<RemoteIdentity> *displaced, bool *isNew);
    std::optional<RemoteIdentity> displaceable(bool privileged, qint64 nowMs) const;
    void rememberInstance(const RemoteIdentity &identity, quint64 instance, quint32 sequence);
    // Emits peerLost (displaced), then peerDiscovered (isNew) or peerUpdated (shown change).
    void publish(const PeerRecord &before, const RemoteIdentity &identity, bool isNew,
                 const std::optional<RemoteIdentity> &displaced);

    RemoteIdentity m_self;
    Limits m_limits;
    QHash<RemoteIdentity, PeerRecord> m_peers;
    // Latest accepted (instance, sequence) per identity. Kept after a peer is lost, so that a
    // replayed datagram cannot bring it back; entries of unknown peers are pruned when there are
    // more than twice maxPeers.
    QHash<RemoteIdentity, QPair<quint64, quint32>> m_instances;
};

} // namespace Ferry::Net
