// PeerRegistry: the discovery bookkeeping of docs/PROTOCOL.md §12.3, without sockets. Time is
// passed in, so expiry is tested at its exact boundary without waiting. Every test also checks
// the signal invariant (net/peerregistry.h): discovered, updated…, lost, per identity.
#include "net/peerregistry.h"

#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace Ferry::Net;

namespace Ferry::Net {
inline char *toString(const RemoteIdentity &id)
{
    return qstrdup(qPrintable(id.shortText()));
}
} // namespace Ferry::Net

namespace {

RemoteIdentity key(char fill)
{
    return RemoteIdentity::fromRawKey(QByteArray(RemoteIdentity::kSize, fill));
}
// Distinct identities for floods; those with equal n / 4096 share their first 4 text characters.
RemoteIdentity keyN(quint32 n)
{
    QByteArray raw(RemoteIdentity::kSize, 'k');
    raw[0] = char(n >> 24);
    raw[1] = char(n >> 16);
    raw[2] = char(n >> 8);
    raw[3] = char(n);
    return RemoteIdentity::fromRawKey(raw);
}
const RemoteIdentity kSelf = key('S');

Announcement announcement(const RemoteIdentity &id, quint64 instance, quint32 sequence,
                          const QString &name = QStringLiteral("desk"),
                          Announcement::Kind kind = Announcement::Kind::Announce)
{
    Announcement a;
    a.kind = kind;
    a.identity = id;
    a.instance = instance;
    a.sequence = sequence;
    a.tcpPort = 4747;
    a.metadata.deviceName = name;
    a.metadata.os = QStringLiteral("Linux");
    a.metadata.appVersion = QStringLiteral("0.1.0");
    return a;
}
Announcement goodbyeFrom(const RemoteIdentity &id, quint64 instance, quint32 sequence)
{
    return announcement(id, instance, sequence, QStringLiteral("desk"),
                        Announcement::Kind::Goodbye);
}
PeerInfo info(const RemoteIdentity &id, const QString &name, bool outgoing,
              const QHostAddress &address = QHostAddress(QStringLiteral("192.168.1.9")))
{
    PeerInfo i;
    i.identity = id;
    i.metadata.deviceName = name;
    i.metadata.capabilities = {1, 2};
    i.protocolVersion = 1;
    i.address = address;
    i.port = outgoing ? 4747 : 50123;
    i.outgoing = outgoing;
    return i;
}
const QHostAddress kV4(QStringLiteral("192.168.1.9"));
const QHostAddress kV6(QStringLiteral("fe80::1234"));

// Checks, as signals arrive, that each identity goes discovered → updated* → lost.
struct Pairing
{
    QSet<RemoteIdentity> known;
    QString violation;
    qsizetype maxKnown = 0;

    void attach(PeerRegistry *registry)
    {
        QObject::connect(registry, &PeerRegistry::peerDiscovered, registry,
                         [this](const PeerRecord &p) {
                             if (known.contains(p.identity))
                                 fail(p.identity, "discovered twice");
                             known.insert(p.identity);
                             maxKnown = qMax(maxKnown, known.size());
                         });
        QObject::connect(registry, &PeerRegistry::peerUpdated, registry,
                         [this](const PeerRecord &p) {
                             if (!known.contains(p.identity))
                                 fail(p.identity, "updated before discovered");
                         });
        QObject::connect(registry, &PeerRegistry::peerLost, registry,
                         [this](const RemoteIdentity &id) {
                             if (!known.remove(id))
                                 fail(id, "lost before discovered");
                         });
    }
    void fail(const RemoteIdentity &id, const char *what)
    {
        if (violation.isEmpty())
            violation = id.shortText() + QLatin1Char(' ') + QLatin1String(what);
    }
};

} // namespace

class TestPeerRegistry : public QObject
{
    Q_OBJECT
private slots:
    void init() { make(); }
    void cleanup();

    void announceDiscoversAndRefreshIsQuiet();
    void changeEmitsUpdated_data();
    void changeEmitsUpdated();
    void probeIsNotRecorded();
    void queryAlsoAnnounces();
    void expiresAtBoundary_data();
    void expiresAtBoundary();
    void goodbye_data();
    void goodbye();
    void replayedGoodbyeDoesNotResurrect();
    void replayedAnnounceIgnored();
    void restartWithNewInstanceAccepted();
    void ownIdentityIgnored();
    void ipv4AndIpv6AreOnePeer();
    void duplicateAddressNotRepeated();
    void mappedIpv4Normalised();
    void addressesCappedMostRecentFirst();
    void floodOfForgedIdentitiesStaysBounded();
    void newPeerWhenFullWaitsForAStaleOne();
    void connectedAndManualPeersAreNeverDisplaced();
    void connectedPeerDoesNotExpire();
    void helloMetadataWinsWhileConnected();
    void incomingOnlyPeerLostOnDisconnect();
    void connectionSignalsPairUp();
    void goodbyeOfConnectedPeerKeepsIt();
    void manualNeverExpires();
    void clearKeepsManualAndConnected();
    void peersSortedByName();
    void find_data();
    void find();
    void signalsPairUpUnderRandomOperations();

private:
    void make(PeerRegistry::Limits limits = {});
    int discovered() const { return int(m_discovered->count()); }
    int updated() const { return int(m_updated->count()); }
    int lost() const { return int(m_lost->count()); }
    void resetSpies();
    PeerRecord record(const RemoteIdentity &id) const
    {
        return m_registry->peer(id).value_or(PeerRecord{});
    }

    std::unique_ptr<PeerRegistry> m_registry;
    std::unique_ptr<Pairing> m_pairing;
    std::unique_ptr<QSignalSpy> m_discovered, m_updated, m_lost;
};

void TestPeerRegistry::make(PeerRegistry::Limits limits)
{
    m_discovered.reset();
    m_updated.reset();
    m_lost.reset();
    m_registry = std::make_unique<PeerRegistry>(kSelf, limits);
    m_pairing = std::make_unique<Pairing>();
    m_pairing->attach(m_registry.get());
    resetSpies();
}

void TestPeerRegistry::resetSpies()
{
    m_discovered = std::make_unique<QSignalSpy>(m_registry.get(), &PeerRegistry::peerDiscovered);
    m_updated = std::make_unique<QSignalSpy>(m_registry.get(), &PeerRegistry::peerUpdated);
    m_lost = std::make_unique<QSignalSpy>(m_registry.get(), &PeerRegistry::peerLost);
}

// The invariant, after every test: pairing never broken, and what the signals announced is
// exactly what the registry holds.
void TestPeerRegistry::cleanup()
{
    QCOMPARE(m_pairing->violation, QString());
    QSet<RemoteIdentity> held;
    for (const PeerRecord &p : m_registry->peers())
        held.insert(p.identity);
    QCOMPARE(held, m_pairing->known);
}

void TestPeerRegistry::announceDiscoversAndRefreshIsQuiet()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 1000);
    QCOMPARE(discovered(), 1);
    const PeerRecord p = m_discovered->at(0).at(0).value<PeerRecord>();
    QCOMPARE(p.identity, a);
    QCOMPARE(p.metadata.deviceName, QStringLiteral("desk"));
    QCOMPARE(p.state, PeerRecord::State::Discovered);
    QVERIFY(p.sources == PeerSource::Multicast);
    QVERIFY(!p.verified);
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.at(0).address, kV4);
    QCOMPARE(p.addresses.at(0).port, quint16(4747)); // the announced TCP port, not the UDP one
    for (quint32 seq = 2; seq < 10; ++seq)
        m_registry->observeAnnouncement(announcement(a, 7, seq), kV4, 1000 + seq * 5000);
    QCOMPARE(updated(), 0); // refreshes keep the UI quiet
    QCOMPARE(record(a).lastSeenMs, qint64(1000 + 9 * 5000));
}

void TestPeerRegistry::changeEmitsUpdated_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<int>("updates");
    QTest::newRow("nothing") << 0 << 0;
    QTest::newRow("name") << 1 << 1;
    QTest::newRow("os") << 2 << 1;
    QTest::newRow("model") << 3 << 1;
    QTest::newRow("app version") << 4 << 1;
    QTest::newRow("protocol versions") << 5 << 1;
    QTest::newRow("new address") << 6 << 1;
    QTest::newRow("new port") << 7 << 1;
}

void TestPeerRegistry::changeEmitsUpdated()
{
    QFETCH(int, change);
    QFETCH(int, updates);
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 0);
    Announcement next = announcement(a, 7, 2);
    QHostAddress from = kV4;
    switch (change) {
    case 1:
        next.metadata.deviceName = QStringLiteral("renamed");
        break;
    case 2:
        next.metadata.os = QStringLiteral("Windows");
        break;
    case 3:
        next.metadata.deviceModel = QStringLiteral("X1");
        break;
    case 4:
        next.metadata.appVersion = QStringLiteral("0.2.0");
        break;
    case 5:
        next.maxVersion = 2;
        break;
    case 6:
        from = QHostAddress(QStringLiteral("10.0.0.2"));
        break;
    case 7:
        next.tcpPort = 4848;
        break;
    }
    m_registry->observeAnnouncement(next, from, 100);
    QCOMPARE(updated(), updates);
    QCOMPARE(discovered(), 1);
    if (updates)
        QCOMPARE(m_updated->at(0).at(0).value<PeerRecord>().lastSeenMs, qint64(100));
}

void TestPeerRegistry::probeIsNotRecorded()
{
    // A PROBE comes from a passive command sharing a device's identity: listing it would point
    // others at a port that is about to close.
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(
        announcement(a, 7, 1, QStringLiteral("p"), Announcement::Kind::Probe), kV4, 0);
    QCOMPARE(discovered(), 0);
    QVERIFY(m_registry->peers().isEmpty());
}

void TestPeerRegistry::queryAlsoAnnounces()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(
        announcement(a, 7, 1, QStringLiteral("q"), Announcement::Kind::Query), kV4, 0);
    QCOMPARE(discovered(), 1);
    QCOMPARE(record(a).metadata.deviceName, QStringLiteral("q"));
    m_registry->observeAnnouncement(
        announcement(a, 7, 1, QStringLiteral("q"), Announcement::Kind::Announce), kV4, 0);
    QCOMPARE(updated(), 0); // same sequence from the same address: a duplicate
}

void TestPeerRegistry::expiresAtBoundary_data()
{
    QTest::addColumn<qint64>("silentMs");
    QTest::addColumn<bool>("lost");
    QTest::newRow("just heard") << qint64(0) << false;
    QTest::newRow("14 999 ms") << qint64(14'999) << false;
    QTest::newRow("15 000 ms") << qint64(15'000) << true;
    QTest::newRow("15 001 ms") << qint64(15'001) << true;
    QTest::newRow("an hour") << qint64(3'600'000) << true;
}

void TestPeerRegistry::expiresAtBoundary()
{
    QFETCH(qint64, silentMs);
    QFETCH(bool, lost);
    const qint64 t0 = 123'456;
    m_registry->observeAnnouncement(announcement(key('a'), 7, 1), kV4, t0);
    m_registry->expire(t0 + silentMs);
    QCOMPARE(this->lost(), lost ? 1 : 0);
    QCOMPARE(m_registry->peers().size(), lost ? 0 : 1);
    m_registry->expire(t0 + silentMs + 100'000);
    QCOMPARE(this->lost(), 1); // lost once, whatever happens next
}

void TestPeerRegistry::goodbye_data()
{
    QTest::addColumn<quint64>("instance");
    QTest::addColumn<quint32>("sequence");
    QTest::addColumn<bool>("honoured");
    QTest::newRow("same instance, next sequence") << quint64(7) << quint32(6) << true;
    QTest::newRow("same instance, much later") << quint64(7) << quint32(1000) << true;
    QTest::newRow("same instance, same sequence") << quint64(7) << quint32(5) << false;
    QTest::newRow("same instance, older sequence") << quint64(7) << quint32(4) << false;
    QTest::newRow("another instance") << quint64(8) << quint32(100) << false;
}

void TestPeerRegistry::goodbye()
{
    QFETCH(quint64, instance);
    QFETCH(quint32, sequence);
    QFETCH(bool, honoured);
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 5), kV4, 0);
    m_registry->observeAnnouncement(goodbyeFrom(a, instance, sequence), kV4, 10);
    QCOMPARE(lost(), honoured ? 1 : 0);
    QCOMPARE(m_registry->peer(a).has_value(), !honoured);
    if (honoured)
        QCOMPARE(m_lost->at(0).at(0).value<RemoteIdentity>(), a);
    QCOMPARE(updated(), 0);
}

void TestPeerRegistry::replayedGoodbyeDoesNotResurrect()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(goodbyeFrom(a, 7, 9), kV4, 0); // before any announce: nothing
    QCOMPARE(lost(), 0);
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 0);
    m_registry->observeAnnouncement(goodbyeFrom(a, 7, 2), kV4, 10);
    QCOMPARE(lost(), 1);
    // Recorded datagrams replayed later, from anywhere: no effect.
    m_registry->observeAnnouncement(goodbyeFrom(a, 7, 2), kV4, 20);
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 30);
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV6, 30);
    m_registry->observeAnnouncement(announcement(a, 7, 2), kV6, 30);
    QCOMPARE(discovered(), 1);
    QCOMPARE(lost(), 1);
    QVERIFY(m_registry->peers().isEmpty());
}

void TestPeerRegistry::replayedAnnounceIgnored()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 5, QStringLiteral("now")), kV4, 0);
    m_registry->observeAnnouncement(announcement(a, 7, 3, QStringLiteral("old")), kV6, 10'000);
    m_registry->observeAnnouncement(announcement(a, 7, 5, QStringLiteral("now")), kV4, 10'000);
    QCOMPARE(updated(), 0);
    QCOMPARE(record(a).metadata.deviceName, QStringLiteral("now"));
    QCOMPARE(record(a).addresses.size(), 1);
    QCOMPARE(record(a).lastSeenMs, qint64(0)); // a replay does not keep a peer alive
    m_registry->expire(15'000);
    QCOMPARE(lost(), 1);
    // The last datagram replayed after expiry, even from a new address, does not bring it back.
    m_registry->observeAnnouncement(announcement(a, 7, 5, QStringLiteral("now")), kV6, 16'000);
    QCOMPARE(discovered(), 1);
}

void TestPeerRegistry::restartWithNewInstanceAccepted()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 100), kV4, 0);
    m_registry->observeAnnouncement(announcement(a, 8, 1, QStringLiteral("restarted")), kV4, 10);
    QCOMPARE(updated(), 1);
    QCOMPARE(record(a).metadata.deviceName, QStringLiteral("restarted"));
    m_registry->observeAnnouncement(goodbyeFrom(a, 7, 101), kV4, 20); // the old instance's
    QCOMPARE(lost(), 0);
    m_registry->observeAnnouncement(goodbyeFrom(a, 8, 2), kV4, 30);
    QCOMPARE(lost(), 1);
    QCOMPARE(discovered(), 1);
}

void TestPeerRegistry::ownIdentityIgnored()
{
    m_registry->observeAnnouncement(announcement(kSelf, 7, 1), kV4, 0);
    m_registry->observeAnnouncement(announcement(kSelf, 7, 2), kV6, 0);
    m_registry->observeConnected(info(kSelf, QStringLiteral("me"), true), 0);
    m_registry->observeManual(info(kSelf, QStringLiteral("me"), true), kV4.toString(), 4747, 0);
    m_registry->observeAnnouncement(announcement(RemoteIdentity(), 7, 1), kV4, 0);
    QCOMPARE(discovered(), 0);
    QVERIFY(m_registry->peers().isEmpty());
}

void TestPeerRegistry::ipv4AndIpv6AreOnePeer()
{
    const RemoteIdentity a = key('a');
    // Discovery sends one datagram on each family: the same sequence arrives twice.
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 0);
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV6, 1);
    m_registry->observeAnnouncement(announcement(a, 7, 2), kV6, 5000);
    m_registry->observeAnnouncement(announcement(a, 7, 2), kV4, 5001);
    QCOMPARE(m_registry->peers().size(), 1);
    QCOMPARE(discovered(), 1);
    QCOMPARE(updated(), 1); // the second address, once
    const PeerRecord p = record(a);
    QCOMPARE(p.addresses.size(), 2);
    QCOMPARE(p.addresses.at(0).address, kV4); // most recently seen first
    QCOMPARE(p.addresses.at(1).address, kV6);
    QCOMPARE(p.addresses.at(0).lastSeenMs, qint64(5001));
}

void TestPeerRegistry::duplicateAddressNotRepeated()
{
    const RemoteIdentity a = key('a');
    for (quint32 seq = 1; seq <= 5; ++seq)
        m_registry->observeAnnouncement(announcement(a, 7, seq), kV4, seq);
    QCOMPARE(record(a).addresses.size(), 1);
    Announcement moved = announcement(a, 7, 6);
    moved.tcpPort = 5000; // restarted its listener elsewhere: the port is replaced
    m_registry->observeAnnouncement(moved, kV4, 10);
    QCOMPARE(record(a).addresses.size(), 1);
    QCOMPARE(record(a).addresses.at(0).port, quint16(5000));
}

void TestPeerRegistry::mappedIpv4Normalised()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1),
                                    QHostAddress(QStringLiteral("::ffff:192.168.1.9")), 0);
    m_registry->observeAnnouncement(announcement(a, 7, 2), kV4, 1);
    const PeerRecord p = record(a);
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.at(0).address.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(p.addresses.at(0).address, kV4);
    QCOMPARE(updated(), 0);
}

void TestPeerRegistry::addressesCappedMostRecentFirst()
{
    const RemoteIdentity a = key('a');
    for (quint32 i = 1; i <= 20; ++i)
        m_registry->observeAnnouncement(announcement(a, 7, i), QHostAddress(0x0a000000 + i), i);
    const PeerRecord p = record(a);
    QCOMPARE(p.addresses.size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(p.addresses.at(i).address, QHostAddress(quint32(0x0a000000 + 20 - i)));
}

// 10 000 signed-looking identities from 10 000 addresses, and one identity from 10 000
// addresses: memory stays bounded by the caps.
void TestPeerRegistry::floodOfForgedIdentitiesStaysBounded()
{
    const RemoteIdentity honest = key('h');
    m_registry->observeAnnouncement(announcement(honest, 1, 1), kV4, 0);
    qint64 now = 0;
    for (quint32 n = 0; n < 10'000; ++n) {
        now = n; // 1 ms apart: the oldest become displaceable after 7.5 s
        m_registry->observeAnnouncement(announcement(keyN(n), n + 1, 1),
                                        QHostAddress(0x0a000000 + n), now);
        if (n % 4000 == 0) // the honest peer keeps announcing
            m_registry->observeAnnouncement(announcement(honest, 1, n + 2), kV4, now);
    }
    QVERIFY(m_registry->peers().size() <= 256);
    QVERIFY(m_pairing->maxKnown <= 256);
    QVERIFY(m_registry->peer(honest)); // never silent long enough to be displaced
    const RemoteIdentity one = keyN(999'999);
    for (quint32 n = 0; n < 10'000; ++n)
        m_registry->observeAnnouncement(announcement(one, 1, n + 1), QHostAddress(0x0b000000 + n),
                                        now + 8000); // displaces a forged peer gone silent
    QCOMPARE(record(one).addresses.size(), 8);
    QVERIFY(m_registry->peers().size() <= 256);
}

void TestPeerRegistry::newPeerWhenFullWaitsForAStaleOne()
{
    make({4, 8, 15'000});
    for (char c = 'a'; c < 'e'; ++c)
        m_registry->observeAnnouncement(announcement(key(c), 1, 1), kV4, 0);
    QCOMPARE(discovered(), 4);
    // Full of peers that announce on time: a newcomer is dropped, nobody churns.
    m_registry->observeAnnouncement(announcement(key('x'), 1, 1), kV6, 1000);
    QCOMPARE(discovered(), 4);
    QVERIFY(!m_registry->peer(key('x')));
    // 'd' misses its announcements; the others keep announcing.
    for (char c = 'a'; c < 'd'; ++c)
        m_registry->observeAnnouncement(announcement(key(c), 1, 2), kV4, 7000);
    m_registry->observeAnnouncement(announcement(key('x'), 1, 2), kV6, 7499);
    QCOMPARE(discovered(), 4); // 'd' silent for 7 499 ms: not yet
    m_registry->observeAnnouncement(announcement(key('x'), 1, 3), kV6, 7500);
    QCOMPARE(lost(), 1);
    QCOMPARE(m_lost->at(0).at(0).value<RemoteIdentity>(), key('d'));
    QCOMPARE(discovered(), 5);
    QVERIFY(m_registry->peer(key('x')));
    QCOMPARE(m_registry->peers().size(), 4);
}

void TestPeerRegistry::connectedAndManualPeersAreNeverDisplaced()
{
    make({3, 8, 15'000});
    m_registry->observeManual(info(key('c'), QStringLiteral("c"), true), QStringLiteral("10.0.0.3"),
                              4747, 0);
    m_registry->observeAnnouncement(announcement(key('a'), 1, 1), kV4, 0);
    m_registry->observeAnnouncement(announcement(key('b'), 1, 1), kV4, 1);
    m_registry->observeConnected(info(key('b'), QStringLiteral("b"), true), 2);
    m_registry->observeDisconnected(key('b'), 4); // verified now: still not displaceable
    QCOMPARE(lost(), 0);
    // A connection displaces the only multicast-only, unverified peer at once.
    m_registry->observeConnected(info(key('d'), QStringLiteral("d"), false), 5);
    QCOMPARE(lost(), 1);
    QCOMPARE(m_lost->at(0).at(0).value<RemoteIdentity>(), key('a'));
    // Nothing left to displace: a multicast newcomer is dropped, however late …
    m_registry->observeAnnouncement(announcement(key('e'), 1, 1), kV4, 1'000'000);
    QVERIFY(!m_registry->peer(key('e')));
    // … and a connection is admitted beyond the cap (Node bounds connections).
    m_registry->observeConnected(info(key('f'), QStringLiteral("f"), false), 6);
    QCOMPARE(m_registry->peers().size(), 4);
    QCOMPARE(lost(), 1);
    m_registry->observeDisconnected(key('f'), 7);
    QCOMPARE(lost(), 2);
    QCOMPARE(m_registry->peers().size(), 3);
}

void TestPeerRegistry::connectedPeerDoesNotExpire()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 0);
    m_registry->observeConnected(info(a, QStringLiteral("desk"), true, kV4), 10);
    QCOMPARE(record(a).state, PeerRecord::State::Connected);
    QVERIFY(record(a).verified);
    m_registry->expire(3'600'000);
    QCOMPARE(lost(), 0);
    m_registry->observeDisconnected(a, 3'600'000);
    QCOMPARE(record(a).state, PeerRecord::State::Discovered);
    QVERIFY(record(a).verified);
    m_registry->expire(3'600'000 + 14'999);
    QCOMPARE(lost(), 0);
    m_registry->expire(3'600'000 + 15'000);
    QCOMPARE(lost(), 1);
}

void TestPeerRegistry::helloMetadataWinsWhileConnected()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1, QStringLiteral("announced")), kV4, 0);
    m_registry->observeConnected(info(a, QStringLiteral("hello"), true, kV4), 10);
    QCOMPARE(updated(), 1);
    QCOMPARE(m_updated->at(0).at(0).value<PeerRecord>().metadata.deviceName,
             QStringLiteral("hello"));
    m_registry->observeAnnouncement(announcement(a, 7, 2, QStringLiteral("announced 2")), kV4, 20);
    QCOMPARE(updated(), 1);
    QCOMPARE(record(a).metadata.deviceName, QStringLiteral("hello"));
    QCOMPARE(record(a).lastSeenMs, qint64(20));
    m_registry->observeDisconnected(a, 30);
    m_registry->observeAnnouncement(announcement(a, 7, 3, QStringLiteral("announced 3")), kV4, 40);
    QCOMPARE(record(a).metadata.deviceName, QStringLiteral("announced 3"));
    // Capabilities come only with HELLO: an announcement does not erase them.
    QCOMPARE(record(a).metadata.capabilities, QList<quint16>({1, 2}));
}

void TestPeerRegistry::connectionSignalsPairUp()
{
    QStringList events;
    connect(m_registry.get(), &PeerRegistry::peerConnected, this,
            [&](const RemoteIdentity &) { events << QStringLiteral("connected"); });
    connect(m_registry.get(), &PeerRegistry::peerDisconnected, this,
            [&](const RemoteIdentity &) { events << QStringLiteral("disconnected"); });
    connect(m_registry.get(), &PeerRegistry::peerDiscovered, this,
            [&](const PeerRecord &) { events << QStringLiteral("discovered"); });
    connect(m_registry.get(), &PeerRegistry::peerLost, this,
            [&](const RemoteIdentity &) { events << QStringLiteral("lost"); });
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 0);
    m_registry->observeConnected(info(a, QStringLiteral("desk"), true, kV4), 1);
    m_registry->observeConnected(info(a, QStringLiteral("desk"), true, kV4), 2); // a 2nd link
    m_registry->observeDisconnected(a, 3);
    m_registry->observeDisconnected(a, 4); // already disconnected: nothing
    // An incoming-only peer: its disconnection is also its loss, in that order.
    m_registry->observeConnected(info(key('b'), QStringLiteral("caller"), false), 5);
    m_registry->observeDisconnected(key('b'), 6);
    QCOMPARE(events,
             QStringList({QStringLiteral("discovered"), QStringLiteral("connected"),
                          QStringLiteral("disconnected"), QStringLiteral("discovered"),
                          QStringLiteral("connected"), QStringLiteral("disconnected"),
                          QStringLiteral("lost")}));
    QCOMPARE(record(a).state, PeerRecord::State::Discovered);
}

void TestPeerRegistry::incomingOnlyPeerLostOnDisconnect()
{
    const RemoteIdentity a = key('a');
    m_registry->observeConnected(info(a, QStringLiteral("caller"), false), 0);
    QCOMPARE(discovered(), 1);
    const PeerRecord p = record(a);
    QVERIFY(p.sources == PeerSource::Incoming);
    QCOMPARE(p.state, PeerRecord::State::Connected);
    QVERIFY(p.addresses.isEmpty()); // its source port is not where it listens
    m_registry->observeDisconnected(a, 10);
    QCOMPARE(lost(), 1);
    m_registry->observeDisconnected(a, 20); // no double loss
    QCOMPARE(lost(), 1);
    // Dialled without discovery or manual source: lost on disconnect too.
    m_registry->observeConnected(info(key('b'), QStringLiteral("dialled"), true), 30);
    m_registry->observeDisconnected(key('b'), 40);
    QCOMPARE(lost(), 2);
}

void TestPeerRegistry::goodbyeOfConnectedPeerKeepsIt()
{
    const RemoteIdentity a = key('a');
    m_registry->observeAnnouncement(announcement(a, 7, 1), kV4, 0);
    m_registry->observeConnected(info(a, QStringLiteral("desk"), true, kV4), 10);
    m_registry->observeAnnouncement(goodbyeFrom(a, 7, 2), kV4, 20);
    QCOMPARE(lost(), 0);
    QVERIFY(!record(a).sources.testFlag(PeerSource::Multicast));
    QVERIFY(record(a).addresses.isEmpty());
    m_registry->observeDisconnected(a, 30);
    QCOMPARE(lost(), 1);
}

void TestPeerRegistry::manualNeverExpires()
{
    const RemoteIdentity a = key('a');
    m_registry->observeManual(
        info(a, QStringLiteral("far"), true, QHostAddress(quint32(0x0a000005))),
        QStringLiteral("far.example"), 4747, 0);
    QCOMPARE(discovered(), 1);
    const PeerRecord p = record(a);
    QVERIFY(p.sources == PeerSource::Manual);
    QVERIFY(p.verified);
    QCOMPARE(p.addresses.size(), 1); // a host name: the address the connection went to
    QCOMPARE(p.addresses.at(0).address, QHostAddress(quint32(0x0a000005)));
    QCOMPARE(p.addresses.at(0).source, PeerSource::Manual);
    m_registry->expire(365LL * 24 * 3'600'000);
    QCOMPARE(lost(), 0);
}

void TestPeerRegistry::clearKeepsManualAndConnected()
{
    const RemoteIdentity multicast = key('m'), manual = key('n'), connected = key('c');
    for (const RemoteIdentity &id : {multicast, manual, connected})
        m_registry->observeAnnouncement(announcement(id, 1, 1), kV6, 0);
    m_registry->observeManual(info(manual, QStringLiteral("n"), true), QStringLiteral("10.0.0.7"),
                              4747, 1);
    m_registry->observeConnected(info(connected, QStringLiteral("c"), true), 2);
    resetSpies();
    m_registry->clear();
    QCOMPARE(lost(), 1);
    QCOMPARE(m_lost->at(0).at(0).value<RemoteIdentity>(), multicast);
    QCOMPARE(updated(), 2);
    QVERIFY(record(manual).sources == PeerSource::Manual);
    QCOMPARE(record(manual).addresses.size(), 1);
    QCOMPARE(record(manual).addresses.at(0).address, QHostAddress(QStringLiteral("10.0.0.7")));
    QCOMPARE(record(connected).state, PeerRecord::State::Connected);
    m_registry->clear(); // nothing multicast left: quiet
    QCOMPARE(lost(), 1);
    QCOMPARE(updated(), 2);
}

void TestPeerRegistry::peersSortedByName()
{
    const QStringList names = {QStringLiteral("zeta"), QStringLiteral("Alpha"),
                               QStringLiteral("beta"), QStringLiteral("alpha")};
    char fill = 'a';
    for (const QString &name : names)
        m_registry->observeAnnouncement(announcement(key(fill++), 1, 1, name), kV4, 0);
    QStringList got;
    for (const PeerRecord &p : m_registry->peers())
        got.append(p.metadata.deviceName);
    QCOMPARE(got,
             QStringList({QStringLiteral("Alpha"), QStringLiteral("alpha"), QStringLiteral("beta"),
                          QStringLiteral("zeta")}));
}

void TestPeerRegistry::find_data()
{
    // Peers: 0 "Laptop", 1 "Desk", 2 and 3 both "twin", 4 and 5 share their first 4 characters.
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::addColumn<QString>("why");
    const auto text = [](int i) { return keyN(quint32(i) << 24).toText(); };
    QTest::newRow("name") << QStringLiteral("Laptop") << 0 << QString();
    QTest::newRow("name, other case") << QStringLiteral("LAPTOP") << 0 << QString();
    QTest::newRow("name, padded") << QStringLiteral("  desk ") << 1 << QString();
    QTest::newRow("full identity") << text(1) << 1 << QString();
    QTest::newRow("full identity, upper case") << text(2).toUpper() << 2 << QString();
    QTest::newRow("short form") << keyN(0).shortText() << 0 << QString();
    QTest::newRow("prefix of 4") << text(1).left(4) << 1 << QString();
    QTest::newRow("prefix upper case") << text(1).left(6).toUpper() << 1 << QString();
    QTest::newRow("prefix of 3") << text(1).left(3) << -1 << QStringLiteral("no device called");
    QTest::newRow("name prefix") << QStringLiteral("Lap") << -1
                                 << QStringLiteral("no device called Lap");
    QTest::newRow("unknown") << QStringLiteral("nope") << -1
                             << QStringLiteral("no device called nope");
    QTest::newRow("unknown identity")
        << keyN(99).toText() << -1 << QStringLiteral("no device called");
    QTest::newRow("ambiguous name")
        << QStringLiteral("twin") << -1 << QStringLiteral("twin matches 2 devices: twin (");
    QTest::newRow("ambiguous prefix") << text(4).left(4) << -1 << QStringLiteral("matches 2");
    QTest::newRow("longer prefix decides")
        << keyN((4u << 24) | 1).toText().left(12) << 5 << QString();
}

void TestPeerRegistry::find()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    QFETCH(QString, why);
    const QStringList names
        = {QStringLiteral("Laptop"), QStringLiteral("Desk"), QStringLiteral("twin"),
           QStringLiteral("twin"),   QStringLiteral("four"), QStringLiteral("five")};
    QList<RemoteIdentity> ids;
    for (int i = 0; i < names.size(); ++i) {
        // 4 and 5 differ only past their 5th character.
        ids.append(i < 5 ? keyN(quint32(i) << 24) : keyN((4u << 24) | 1));
        m_registry->observeAnnouncement(announcement(ids.last(), 1, 1, names.at(i)), kV4, 0);
    }
    QVERIFY(ids.at(4).toText().left(4) == ids.at(5).toText().left(4));
    QString reason;
    const std::optional<PeerRecord> found = m_registry->find(query, &reason);
    if (expected < 0) {
        QVERIFY(!found);
        QVERIFY2(reason.startsWith(why) || reason.contains(why), qPrintable(reason));
    } else {
        QVERIFY2(found, qPrintable(reason));
        QCOMPARE(found->identity, ids.at(expected));
    }
}

// The invariant of net/peerregistry.h under thousands of random operations on a small set of
// identities, with a small table so that displacement happens too (checked in cleanup()).
void TestPeerRegistry::signalsPairUpUnderRandomOperations()
{
    make({6, 3, 15'000});
    QRandomGenerator random(20240611);
    QHash<int, quint32> sequences;
    qint64 now = 0;
    for (int step = 0; step < 6000; ++step) {
        now += random.bounded(2000);
        const int who = random.bounded(12);
        const RemoteIdentity id = keyN(quint32(who));
        const quint64 instance = 1 + random.bounded(2);
        const QHostAddress from(quint32(0x0a000000 + random.bounded(5)));
        switch (random.bounded(9)) {
        case 0:
        case 1:
        case 2:
            m_registry->observeAnnouncement(announcement(id, instance, ++sequences[who]), from,
                                            now);
            break;
        case 3:
            m_registry->observeAnnouncement(goodbyeFrom(id, instance, ++sequences[who]), from, now);
            break;
        case 4:
            m_registry->observeConnected(info(id, QStringLiteral("c"), random.bounded(2)), now);
            break;
        case 5:
            m_registry->observeDisconnected(id, now);
            break;
        case 6:
            if (random.bounded(10) == 0)
                m_registry->observeManual(info(id, QStringLiteral("m"), true), from.toString(),
                                          4747, now);
            break;
        case 7:
            m_registry->expire(now);
            break;
        case 8:
            if (random.bounded(20) == 0)
                m_registry->clear();
            break;
        }
        QVERIFY2(m_pairing->violation.isEmpty(), qPrintable(m_pairing->violation));
        QCOMPARE(m_registry->peers().size(), m_pairing->known.size());
    }
    QVERIFY(discovered() > 50); // the walk did go through many lifecycles
    QCOMPARE(discovered() - lost(), int(m_registry->peers().size()));
}

QTEST_GUILESS_MAIN(TestPeerRegistry)
#include "tst_peerregistry.moc"
