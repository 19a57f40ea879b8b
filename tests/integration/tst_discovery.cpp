// Multicast discovery (docs/PROTOCOL.md §12) between several Discovery instances in one process,
// on lo. Run it only in the sandbox (scripts/in-sandbox.sh), where lo is multicast-capable and
// nothing can leave the machine. Each test uses its own random port, never the well-known one.
#include "net/announcement.h"
#include "net/deviceidentity.h"
#include "net/discovery.h"
#include "net/peerregistry.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <sys/resource.h>

#include <algorithm>
#include <memory>

using namespace Ferry;
using Net::Discovery;

namespace {

// One device: identity, registry and discovery, announcing tcpPort under name.
struct Device
{
    Net::DeviceIdentity identity = Net::DeviceIdentity::generate();
    Net::RemoteIdentity id = identity.remoteIdentity();
    std::unique_ptr<Net::PeerRegistry> registry;
    std::unique_ptr<Discovery> discovery;
    quint16 tcpPort = 0;
    QString name;

    bool knows(const Device &other) const { return registry->peer(other.id).has_value(); }
    QString nameOf(const Device &other) const
    {
        const auto record = registry->peer(other.id);
        return record ? record->metadata.deviceName : QString();
    }
};

quint16 randomPort()
{
    return quint16(QRandomGenerator::global()->bounded(20000, 60000));
}

Net::NodeConfig configOn(quint16 port)
{
    Net::NodeConfig config = Net::NodeConfig::forTests();
    config.discoveryPort = port;
    return config;
}

// For tests where only a query answer (or an immediate announce) may explain what is seen.
Net::NodeConfig quietConfigOn(quint16 port)
{
    Net::NodeConfig config = configOn(port);
    config.announceInterval = Net::Milliseconds{60'000};
    config.peerExpiry = Net::Milliseconds{120'000};
    return config;
}

std::unique_ptr<Device> makeDevice(const QString &name, const Net::NodeConfig &config)
{
    auto device = std::make_unique<Device>();
    device->name = name;
    device->tcpPort = quint16(QRandomGenerator::global()->bounded(1024, 65536));
    Net::PeerRegistry::Limits limits;
    limits.maxPeers = config.maxPeers;
    limits.maxAddressesPerPeer = config.maxAddressesPerPeer;
    limits.expiryMs = config.peerExpiry.count();
    device->registry = std::make_unique<Net::PeerRegistry>(device->id, limits);
    device->discovery
        = std::make_unique<Discovery>(device->identity, config, device->registry.get());
    device->discovery->setAdvertised(device->tcpPort, Net::PeerMetadata::forThisDevice(name));
    return device;
}

std::unique_ptr<Device> startDevice(const QString &name, const Net::NodeConfig &config)
{
    auto device = makeDevice(name, config);
    if (!device->discovery->start())
        qWarning() << "start failed:" << device->discovery->errorString();
    return device;
}

QNetworkInterface loopback()
{
    return QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
}

// A raw IPv4 multicast socket on lo, outside Discovery: it sends whatever bytes a test forges
// and, when listening, records every datagram sent to the group.
class RawMulticast
{
public:
    RawMulticast(quint16 groupPort, bool listen) : m_groupPort(groupPort)
    {
        const bool bound = m_socket.bind(QHostAddress::AnyIPv4, listen ? groupPort : 0,
                                         QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
        if (!bound)
            qWarning() << "raw bind:" << m_socket.errorString();
        if (listen && !m_socket.joinMulticastGroup(Discovery::ipv4Group(), loopback()))
            qWarning() << "raw join:" << m_socket.errorString();
        m_socket.setMulticastInterface(loopback());
        m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, 1);
        m_socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
        QObject::connect(&m_socket, &QUdpSocket::readyRead, [this] {
            while (m_socket.hasPendingDatagrams())
                m_received.append(m_socket.receiveDatagram().data());
        });
    }
    bool send(const QByteArray &bytes)
    {
        return m_socket.writeDatagram(bytes, Discovery::ipv4Group(), m_groupPort) == bytes.size();
    }
    const QList<QByteArray> &received() const { return m_received; }

private:
    quint16 m_groupPort;
    QUdpSocket m_socket;
    QList<QByteArray> m_received;
};

QByteArray announcementBy(const Net::DeviceIdentity &signer, const QString &name,
                          Net::Announcement::Kind kind = Net::Announcement::Kind::Announce)
{
    Net::Announcement announcement;
    announcement.kind = kind;
    announcement.instance = QRandomGenerator::global()->generate64() | 1;
    announcement.sequence = 1;
    announcement.tcpPort = 4242;
    announcement.metadata = Net::PeerMetadata::forThisDevice(name);
    return announcement.encode(signer);
}

qint64 cpuMicros()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000
        + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threeNodesDiscoverEachOther();
    void goodbyeLosesPeerAtOnce();
    void silentStopLosesPeerAfterExpiry();
    void newNameIsAnnouncedAtOnce();
    void queryFromNewcomerIsAnswered();
    void passiveNodeListensWithoutBeingListed();
    void forgedDatagramsChangeNothing();
    void floodFromOneSourceIsRateLimited();
    void stopClosesEverySocket();
    void unknownInterfaceInAllowListSendsNothing();
};

void TestDiscovery::initTestCase()
{
    // Guard for the network-safety rule: these tests multicast, so they run in the sandbox only.
    if (qEnvironmentVariableIsEmpty("FERRY_SANDBOX"))
        QSKIP("run inside scripts/in-sandbox.sh (discovery multicasts)");
    QVERIFY2(loopback().isValid(), "no lo interface");
}

void TestDiscovery::threeNodesDiscoverEachOther()
{
    const Net::NodeConfig config = configOn(randomPort());
    std::vector<std::unique_ptr<Device>> devices;
    for (const char *name : {"ana", "ben", "cleo"}) {
        devices.push_back(makeDevice(QString::fromLatin1(name), config));
        QSignalSpy interfaces(devices.back()->discovery.get(), &Discovery::interfacesChanged);
        QVERIFY(devices.back()->discovery->start());
        QCOMPARE(interfaces.size(), 1);
        QCOMPARE(interfaces[0][0].toStringList(), QStringList{QStringLiteral("lo")});
        QCOMPARE(devices.back()->discovery->port(), config.discoveryPort);
    }
    const bool ipv6 = devices[0]->discovery->hasIpv6();
    const auto allAddressesKnown = [&] {
        for (const auto &self : devices) {
            if (self->registry->peers().size() != 2)
                return false;
            for (const Net::PeerRecord &peer : self->registry->peers()) {
                if (peer.addresses.size() != (ipv6 ? 2 : 1))
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAddressesKnown(), 3000);

    for (const auto &self : devices) {
        QVERIFY(!self->knows(*self));
        for (const auto &other : devices) {
            if (other == self)
                continue;
            const auto record = self->registry->peer(other->id);
            QVERIFY(record);
            QCOMPARE(record->metadata.deviceName, other->name);
            QVERIFY(record->sources.testFlag(Net::PeerSource::Multicast));
            QStringList addresses;
            for (const Net::PeerAddress &address : record->addresses) {
                QCOMPARE(address.port, other->tcpPort);
                addresses.append(address.address.toString());
            }
            addresses.sort();
            const QStringList expected = ipv6
                ? QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}
                : QStringList{QStringLiteral("127.0.0.1")};
            QCOMPARE(addresses, expected);
        }
        const Discovery::Stats stats = self->discovery->stats();
        QVERIFY(stats.datagramsSent > 0);
        QVERIFY(stats.datagramsReceived > 0);
        QCOMPARE(stats.rateLimited, quint64(0));
    }
    if (!ipv6)
        qInfo("no IPv6 on lo here: IPv4 only");
}

void TestDiscovery::goodbyeLosesPeerAtOnce()
{
    const Net::NodeConfig config = configOn(randomPort());
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY(a->knows(*b) && b->knows(*a));

    QSignalSpy lost(a->registry.get(), &Net::PeerRegistry::peerLost);
    QElapsedTimer clock;
    clock.start();
    b->discovery->stop(true);
    QVERIFY(!b->discovery->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 1000);
    // Sooner than expiry could have done it: B was heard at most one period before it stopped.
    const qint64 earliestExpiry = config.peerExpiry.count() - config.announceInterval.count()
        - config.announceJitter.count();
    QVERIFY2(clock.elapsed() < earliestExpiry, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(lost[0][0].value<Net::RemoteIdentity>(), b->id);
    QVERIFY(!a->knows(*b));
}

void TestDiscovery::silentStopLosesPeerAfterExpiry()
{
    const Net::NodeConfig config = configOn(randomPort());
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY(a->knows(*b) && b->knows(*a));

    QSignalSpy lost(a->registry.get(), &Net::PeerRegistry::peerLost);
    QElapsedTimer clock;
    clock.start();
    b->discovery->stop(false);
    QVERIFY(!b->discovery->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 4 * int(config.peerExpiry.count()));
    // Last heard at most one announce interval (+ jitter) before the stop.
    const qint64 earliest = config.peerExpiry.count() - config.announceInterval.count()
        - config.announceJitter.count();
    QVERIFY2(clock.elapsed() >= earliest, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(lost[0][0].value<Net::RemoteIdentity>(), b->id);
}

void TestDiscovery::newNameIsAnnouncedAtOnce()
{
    const Net::NodeConfig config = quietConfigOn(randomPort());
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    auto c = startDevice(QStringLiteral("c"), config);
    QTRY_VERIFY(b->knows(*a) && c->knows(*a) && a->knows(*b) && a->knows(*c));

    QSignalSpy updatedB(b->registry.get(), &Net::PeerRegistry::peerUpdated);
    QSignalSpy updatedC(c->registry.get(), &Net::PeerRegistry::peerUpdated);
    const QString renamed = QStringLiteral("ana's new name");
    QElapsedTimer clock;
    clock.start();
    a->discovery->setAdvertised(a->tcpPort, Net::PeerMetadata::forThisDevice(renamed));
    // The periodic announce is a minute away: only the immediate one explains this.
    QTRY_VERIFY_WITH_TIMEOUT(b->nameOf(*a) == renamed && c->nameOf(*a) == renamed, 1000);
    QVERIFY(clock.elapsed() < config.announceInterval.count());
    for (QSignalSpy *spy : {&updatedB, &updatedC}) {
        // Updates about the other peer (an address added) may come meanwhile.
        const bool announced = std::any_of(spy->cbegin(), spy->cend(), [&](const auto &args) {
            const auto record = args[0].template value<Net::PeerRecord>();
            return record.identity == a->id && record.metadata.deviceName == renamed;
        });
        QVERIFY(announced);
    }
    QCOMPARE(b->registry->peers().size(), 2);

    // The same advertisement again is no news: nothing is sent.
    const quint64 sent = a->discovery->stats().datagramsSent;
    a->discovery->setAdvertised(a->tcpPort, Net::PeerMetadata::forThisDevice(renamed));
    QCOMPARE(a->discovery->stats().datagramsSent, sent);
}

void TestDiscovery::queryFromNewcomerIsAnswered()
{
    const Net::NodeConfig config = quietConfigOn(randomPort());
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY(a->knows(*b) && b->knows(*a));

    QElapsedTimer clock;
    clock.start();
    auto newcomer = startDevice(QStringLiteral("newcomer"), config);
    // Its QUERY announces it; the others' answers (at most one a second each, §12.3) announce
    // them. Their periodic announce is a minute away, so only the answers explain this.
    QTRY_VERIFY_WITH_TIMEOUT(a->knows(*newcomer) && b->knows(*newcomer), 500);
    // Within a second and the answer delay; a node that answered B less than a second ago defers
    // its answer rather than staying silent (that would leave the newcomer waiting a minute).
    QTRY_VERIFY_WITH_TIMEOUT(newcomer->knows(*a) && newcomer->knows(*b), 5000);
    QVERIFY2(clock.elapsed() < config.announceInterval.count() / 10,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(newcomer->registry->peers().size(), 2);
}

void TestDiscovery::passiveNodeListensWithoutBeingListed()
{
    // `ferry peers` runs with the device's own identity: it must learn the others without
    // standing in for the device (no listing, no goodbye that would make others lose it).
    const Net::NodeConfig config = quietConfigOn(randomPort());
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY(a->knows(*b) && b->knows(*a));
    Net::NodeConfig passive = config;
    passive.discoveryPassive = true;
    auto p = startDevice(QStringLiteral("passive"), passive);
    QSignalSpy aLost(a->registry.get(), &Net::PeerRegistry::peerLost);
    QTRY_VERIFY_WITH_TIMEOUT(p->knows(*a) && p->knows(*b), 5000); // its PROBE was answered
    QVERIFY(!a->knows(*p));
    QVERIFY(!b->knows(*p));
    const quint64 sentBeforeStop = p->discovery->stats().datagramsSent;
    p->discovery->stop(true); // asked for a goodbye: a passive node still says nothing
    QCOMPARE(p->discovery->stats().datagramsSent, sentBeforeStop);
    QCOMPARE(aLost.size(), 0);
    QCOMPARE(a->registry->peers().size(), 1);
}

void TestDiscovery::forgedDatagramsChangeNothing()
{
    const quint16 port = randomPort();
    const Net::NodeConfig config = configOn(port);
    RawMulticast wire(port, true); // records the real GOODBYE to replay it later
    RawMulticast attacker(port, false);
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY(a->knows(*b) && b->knows(*a));

    QSignalSpy discovered(a->registry.get(), &Net::PeerRegistry::peerDiscovered);
    QSignalSpy lost(a->registry.get(), &Net::PeerRegistry::peerLost);
    const quint64 droppedBefore = a->discovery->stats().dropped;
    const Net::DeviceIdentity mallory = Net::DeviceIdentity::generate();

    QByteArray noise(300, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                          noise.size() / 4);
    QByteArray flippedBody = announcementBy(mallory, QStringLiteral("mallory"));
    flippedBody[flippedBody.size() / 2] = char(flippedBody[flippedBody.size() / 2] ^ 0x04);
    QByteArray flippedSignature = announcementBy(mallory, QStringLiteral("mallory"));
    flippedSignature[flippedSignature.size() - 1] = char(flippedSignature.back() ^ 0x01);
    // B's identity, re-signed with Mallory's key: a new name (and a GOODBYE) in B's name.
    const auto claimingB = [&](Net::Announcement::Kind kind) {
        QByteArray body = announcementBy(mallory, QStringLiteral("evil"), kind);
        body.chop(Net::Announcement::kSignatureSize);
        body.replace(10, Net::RemoteIdentity::kSize, b->id.rawKey());
        return body + mallory.sign(body);
    };
    const QList<QByteArray> forged = {noise,
                                      flippedBody,
                                      flippedSignature,
                                      claimingB(Net::Announcement::Kind::Announce),
                                      claimingB(Net::Announcement::Kind::Goodbye),
                                      QByteArray(2000, 'F')};
    for (const QByteArray &bytes : forged)
        QVERIFY(attacker.send(bytes));
    // Datagrams from one socket are read in order: once this valid one is in, so are the others.
    const Net::DeviceIdentity marker = Net::DeviceIdentity::generate();
    QVERIFY(attacker.send(announcementBy(marker, QStringLiteral("marker"))));
    QTRY_VERIFY(a->registry->peer(marker.remoteIdentity()).has_value());

    QCOMPARE(discovered.size(), 1); // the marker only
    QVERIFY(lost.isEmpty());
    QVERIFY(!a->registry->peer(mallory.remoteIdentity()));
    QCOMPARE(a->nameOf(*b), b->name);
    QVERIFY(a->discovery->stats().dropped >= droppedBefore + quint64(forged.size()));

    // A recorded GOODBYE, replayed after B came back with a new instance, does nothing.
    b->discovery->stop(true);
    QTRY_VERIFY(!a->knows(*b));
    QByteArray goodbye;
    for (const QByteArray &bytes : wire.received()) {
        const auto decoded = Net::Announcement::decode(bytes);
        if (decoded.isOk() && decoded.value->identity == b->id
            && decoded.value->kind == Net::Announcement::Kind::Goodbye)
            goodbye = bytes;
    }
    QVERIFY(!goodbye.isEmpty());
    QVERIFY(b->discovery->start());
    QTRY_VERIFY(a->knows(*b));
    lost.clear();
    QVERIFY(attacker.send(goodbye));
    const Net::DeviceIdentity marker2 = Net::DeviceIdentity::generate();
    QVERIFY(attacker.send(announcementBy(marker2, QStringLiteral("marker 2"))));
    QTRY_VERIFY(a->registry->peer(marker2.remoteIdentity()).has_value());
    QVERIFY(a->knows(*b));
    QVERIFY(lost.isEmpty());
}

void TestDiscovery::floodFromOneSourceIsRateLimited()
{
    const quint16 port = randomPort();
    const Net::NodeConfig config = configOn(port);
    auto a = startDevice(QStringLiteral("a"), config);
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY(a->knows(*b) && b->knows(*a));
    const QList<Net::PeerRecord> peersBefore = a->registry->peers();
    QSignalSpy discovered(a->registry.get(), &Net::PeerRegistry::peerDiscovered);
    QSignalSpy lost(a->registry.get(), &Net::PeerRegistry::peerLost);

    // Well-formed but with a bad signature: the most expensive kind to refuse.
    QByteArray bytes = announcementBy(Net::DeviceIdentity::generate(), QStringLiteral("flood"));
    bytes[bytes.size() - 1] = char(bytes.back() ^ 0x01);
    RawMulticast attacker(port, false);
    const Discovery::Stats before = a->discovery->stats();
    const qint64 cpuBefore = cpuMicros();
    QElapsedTimer clock;
    clock.start();
    constexpr int kFlood = 5000;
    constexpr int kBatch = 50; // fits in a socket buffer, so the kernel drops none
    int sent = 0;
    for (int i = 0; i < kFlood / kBatch; ++i) {
        for (int j = 0; j < kBatch; ++j)
            sent += attacker.send(bytes) ? 1 : 0;
        QCoreApplication::processEvents(); // the receivers read this batch
    }
    QCOMPARE(sent, kFlood);
    const auto received
        = [&] { return a->discovery->stats().datagramsReceived - before.datagramsReceived; };
    QTRY_VERIFY_WITH_TIMEOUT(received() >= quint64(kFlood) * 9 / 10, 5000);
    const double seconds = double(clock.elapsed()) / 1000;
    const qint64 cpu = cpuMicros() - cpuBefore;
    const Discovery::Stats after = a->discovery->stats();

    // At most burst + rate × time got past the limiter (plus the few genuine datagrams of A and
    // B meanwhile): only those had their signature checked.
    const quint64 limited = after.rateLimited - before.rateLimited;
    const quint64 checked = received() - limited;
    const double allowance = config.datagramBurst + config.datagramsPerSecond * seconds + 20;
    qInfo("flood: %llu received in %.2f s, %llu rate-limited, %llu checked, %lld µs CPU",
          received(), seconds, limited, checked, cpu);
    QVERIFY2(double(checked) <= allowance, qPrintable(QString::number(checked)));
    QVERIFY(after.dropped - before.dropped >= limited);
    QVERIFY(limited >= quint64(kFlood) * 9 / 10 - quint64(allowance));

    QVERIFY(discovered.isEmpty());
    QVERIFY(lost.isEmpty());
    const QList<Net::PeerRecord> peersAfter = a->registry->peers();
    QCOMPARE(peersAfter.size(), peersBefore.size());
    QCOMPARE(peersAfter[0].identity, b->id);
    QCOMPARE(peersAfter[0].metadata.deviceName, b->name);
}

void TestDiscovery::stopClosesEverySocket()
{
    const quint16 port = randomPort();
    const Net::NodeConfig config = configOn(port);
    auto a = startDevice(QStringLiteral("a"), config);
    QVERIFY(a->discovery->isRunning());
    const bool ipv6 = a->discovery->hasIpv6();

    // A socket that does not share its address cannot bind a port another socket holds: this
    // fails while A runs (so the check below can see a leftover socket) ...
    {
        QUdpSocket probe4;
        QVERIFY(!probe4.bind(QHostAddress::AnyIPv4, port, QUdpSocket::DontShareAddress));
        QUdpSocket probe6;
        if (ipv6)
            QVERIFY(!probe6.bind(QHostAddress::AnyIPv6, port, QUdpSocket::DontShareAddress));
    }
    QSignalSpy interfaces(a->discovery.get(), &Discovery::interfacesChanged);
    a->discovery->stop(true);
    QVERIFY(!a->discovery->isRunning());
    QVERIFY(a->discovery->activeInterfaces().isEmpty());
    QCOMPARE(a->discovery->port(), quint16(0));
    QCOMPARE(interfaces.size(), 1);
    QVERIFY(interfaces[0][0].toStringList().isEmpty());
    // ... and succeeds once it stopped: no socket of A is left.
    {
        QUdpSocket probe4;
        QVERIFY2(probe4.bind(QHostAddress::AnyIPv4, port, QUdpSocket::DontShareAddress),
                 qPrintable(probe4.errorString()));
        QUdpSocket probe6;
        if (ipv6)
            QVERIFY2(probe6.bind(QHostAddress::AnyIPv6, port, QUdpSocket::DontShareAddress),
                     qPrintable(probe6.errorString()));
    }

    // No timer is left either: while B announces several times, A sends nothing more.
    const quint64 sentByA = a->discovery->stats().datagramsSent;
    auto b = startDevice(QStringLiteral("b"), config);
    QTRY_VERIFY_WITH_TIMEOUT(b->discovery->stats().datagramsSent >= 8, 5000); // ≥ 3 intervals
    QCOMPARE(a->discovery->stats().datagramsSent, sentByA);
    QVERIFY(!b->knows(*a));
}

void TestDiscovery::unknownInterfaceInAllowListSendsNothing()
{
    const quint16 port = randomPort();
    Net::NodeConfig config = configOn(port);
    config.discoveryInterfaces = {QStringLiteral("ferry-none0")};
    auto a = makeDevice(QStringLiteral("a"), config);
    QSignalSpy changed(a->discovery.get(), &Discovery::interfacesChanged);
    QVERIFY(a->discovery->start()); // nothing to use now is not an error: one may come later
    QVERIFY(a->discovery->activeInterfaces().isEmpty());
    QVERIFY(!a->discovery->hasIpv6());
    QVERIFY(changed.isEmpty());

    auto b = startDevice(QStringLiteral("b"), configOn(port));
    QTRY_VERIFY_WITH_TIMEOUT(b->discovery->stats().datagramsSent >= 8, 5000); // ≥ 3 intervals
    QCOMPARE(a->discovery->stats().datagramsSent, quint64(0));
    QVERIFY(!b->knows(*a));
    // B's datagrams reach A's socket (bound to any address; Linux delivers a group joined by any
    // socket to every socket on the port, IP_MULTICAST_ALL), but through an interface A does
    // not use: A ignores them.
    const Discovery::Stats stats = a->discovery->stats();
    QVERIFY(stats.datagramsReceived > 0);
    QCOMPARE(stats.dropped, stats.datagramsReceived);
    QVERIFY(a->registry->peers().isEmpty());
    QVERIFY(a->discovery->activeInterfaces().isEmpty());
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
