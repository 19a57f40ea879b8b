#include "net/discovery.h"

#include "net/announcement.h"
#include "net/discoverysockets.h"
#include "net/logging.h"
#include "net/monotonicclock.h"
#include "net/peerregistry.h"
#include "net/ratelimiter.h"

#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <optional>

namespace Ferry::Net {

namespace {

// The identity field starts after magic (4), format (1), kind (1) and the versions (2 + 2)
// (docs/PROTOCOL.md §12.2). Looking at it before the rate limiter keeps our own datagrams, which
// loop back to us, from spending the tokens of our own source address.
constexpr qsizetype kIdentityOffset = 10;
// At most one answer to queries per second, however many queries come (§12.3).
constexpr qint64 kAnswerSpacingMs = 1000;
// Datagrams whose signature was checked lately. Each datagram comes in once per family (and
// per interface), a few datagrams apart; checking the signature is most of what a datagram costs
// (bench/README.md), so the copies reuse the first check.
constexpr qsizetype kRecentlyVerified = 64;

qint64 randomIn(qint64 low, qint64 high)
{
    return high <= low ? low
                       : low + qint64(QRandomGenerator::global()->bounded(quint64(high - low + 1)));
}

bool sameAdvertisement(const PeerMetadata &a, const PeerMetadata &b)
{
    // Capabilities are not announced: a change there is no reason to announce.
    return a.deviceName == b.deviceName && a.os == b.os && a.deviceModel == b.deviceModel
        && a.appVersion == b.appVersion;
}

} // namespace

struct Discovery::Private
{
    Private(Discovery *owner, const DeviceIdentity &id, const NodeConfig &cfg, PeerRegistry *reg)
        : q(owner),
          identity(id),
          selfKey(id.remoteIdentity().rawKey()),
          config(cfg),
          registry(reg),
          sockets(Announcement::kMaxDatagram,
                  [this](const QNetworkDatagram &datagram) { handle(datagram, monotonicMs()); })
    { }

    Discovery *q;
    DeviceIdentity identity;
    QByteArray selfKey;
    NodeConfig config;
    QPointer<PeerRegistry> registry;
    quint16 tcpPort = 0;
    PeerMetadata metadata;

    DiscoverySockets sockets;
    QTimer announceTimer; // the periodic ANNOUNCE, re-armed after every ANNOUNCE
    QTimer answerTimer; // the pending answer to queries
    QTimer rescanTimer;
    QTimer expireTimer;
    std::optional<RateLimiter> limiter;
    QHash<QByteArray, Announcement> verified; // datagram bytes → what they said
    std::deque<QByteArray> verifiedOrder; // oldest first

    bool running = false;
    quint64 instance = 0;
    quint32 sequence = 0;
    std::optional<qint64> lastAnnounceMs;
    QString error;
    Stats stats;

    void rescan(bool initial);
    void send(Announcement::Kind kind, const QStringList &only = {});
    void armPeriodic();
    void scheduleAnswer(qint64 nowMs);
    void handle(const QNetworkDatagram &datagram, qint64 nowMs);
    std::optional<Announcement> decode(const QByteArray &data, QString *why);
    void drop(const QString &why, const QNetworkDatagram &datagram);
};

void Discovery::Private::rescan(bool initial)
{
    const DiscoverySockets::Rescan result
        = sockets.rescan(config.discoveryInterfaces, config.discoveryLoopback);
    if (result.changed) {
        if (!initial) // start() logs the first set
            qCInfo(lcDiscovery) << "interfaces now" << sockets.interfaceNames();
        Q_EMIT q->interfacesChanged(sockets.interfaceNames());
    }
    // Peers behind a newly usable interface have not heard us, nor we them.
    if (!initial && !result.added.isEmpty())
        send(config.discoveryPassive ? Announcement::Kind::Probe : Announcement::Kind::Query,
             result.added);
}

// Sending --------------------------------------------------------------------------------------

void Discovery::Private::send(Announcement::Kind kind, const QStringList &only)
{
    if (!running)
        return;
    if (config.discoveryPassive && kind != Announcement::Kind::Probe)
        return; // a passive node never speaks for the device
    if (kind == Announcement::Kind::Announce) {
        // Whatever made us announce, it also answers pending queries and restarts the period.
        lastAnnounceMs = monotonicMs();
        answerTimer.stop();
        armPeriodic();
    }
    if (sockets.interfaceNames().isEmpty())
        return;
    Announcement announcement;
    announcement.kind = kind;
    announcement.minVersion = config.minVersion;
    announcement.maxVersion = config.maxVersion;
    announcement.instance = instance;
    announcement.sequence = ++sequence;
    announcement.tcpPort = tcpPort;
    announcement.metadata = metadata;
    const DiscoverySockets::Sent sent = sockets.send(announcement.encode(identity), only);
    stats.datagramsSent += sent.datagrams;
    stats.bytesSent += sent.bytes;
}

void Discovery::Private::armPeriodic()
{
    if (config.discoveryPassive)
        return;
    const qint64 interval = config.announceInterval.count();
    const qint64 jitter = std::min<qint64>(config.announceJitter.count(), interval / 2);
    announceTimer.start(int(std::max<qint64>(1, randomIn(interval - jitter, interval + jitter))));
}

void Discovery::Private::scheduleAnswer(qint64 nowMs)
{
    if (answerTimer.isActive())
        return; // the answer already scheduled covers this query too
    qint64 delay = randomIn(0, config.queryAnswerMaxDelay.count());
    // A node that announced less than a second ago answers once the second is over, rather than
    // not at all: the querier may not have been listening yet (it starts listening just before
    // it queries), and without an answer it would wait for our next periodic announce.
    if (lastAnnounceMs)
        delay = std::max(delay, *lastAnnounceMs + kAnswerSpacingMs - nowMs);
    answerTimer.start(int(std::max<qint64>(0, delay)));
}

// Receiving ------------------------------------------------------------------------------------

void Discovery::Private::drop(const QString &why, const QNetworkDatagram &datagram)
{
    ++stats.dropped;
    qCDebug(lcDiscovery) << "dropped a datagram from" << datagram.senderAddress() << "-" << why;
}

void Discovery::Private::handle(const QNetworkDatagram &datagram, qint64 nowMs)
{
    const QByteArray &data = datagram.data();
    ++stats.datagramsReceived;
    stats.bytesReceived += quint64(data.size());
    if (data.size() > Announcement::kMaxDatagram)
        return drop(QStringLiteral("oversized"), datagram);
    if (!sockets.isInUse(datagram.interfaceIndex()))
        return drop(QStringLiteral("not on an interface in use"), datagram);
    if (!selfKey.isEmpty() && data.size() >= kIdentityOffset + selfKey.size()
        && QByteArrayView(data).sliced(kIdentityOffset, selfKey.size()) == selfKey) {
        return drop(QStringLiteral("our own"), datagram);
    }
    // Before the signature check, which is what a flood would make us spend CPU on.
    if (!limiter->allow(datagram.senderAddress(), nowMs)) {
        ++stats.rateLimited;
        return drop(QStringLiteral("rate-limited"), datagram);
    }
    QString why;
    const std::optional<Announcement> decoded = decode(data, &why);
    if (!decoded)
        return drop(QStringLiteral("invalid: ") + why, datagram);
    const Announcement &announcement = *decoded;
    if (announcement.identity.rawKey() == selfKey)
        return drop(QStringLiteral("our own"), datagram);
    if (registry)
        registry->observeAnnouncement(announcement, datagram.senderAddress(), nowMs);
    // A QUERY is also an announcement of its sender, so the registry has seen it first.
    if (running && !config.discoveryPassive
        && (announcement.kind == Announcement::Kind::Query
            || announcement.kind == Announcement::Kind::Probe))
        scheduleAnswer(nowMs);
}

std::optional<Announcement> Discovery::Private::decode(const QByteArray &data, QString *why)
{
    // The same bytes verify the same way: a copy says no more and no less than the original.
    const auto known = verified.constFind(data);
    if (known != verified.cend())
        return *known;
    DecodeResult<Announcement> decoded = Announcement::decode(data);
    if (!decoded.isOk()) {
        *why = decoded.why;
        return std::nullopt;
    }
    if (verifiedOrder.size() >= size_t(kRecentlyVerified)) {
        verified.remove(verifiedOrder.front());
        verifiedOrder.pop_front();
    }
    verified.insert(data, *decoded.value);
    verifiedOrder.push_back(data);
    return std::move(decoded.value);
}

// Discovery ------------------------------------------------------------------------------------

Discovery::Discovery(const DeviceIdentity &identity, const NodeConfig &config,
                     PeerRegistry *registry, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, identity, config, registry))
{
    d->announceTimer.setSingleShot(true);
    d->answerTimer.setSingleShot(true);
    connect(&d->announceTimer, &QTimer::timeout, this,
            [this] { d->send(Announcement::Kind::Announce); });
    connect(&d->answerTimer, &QTimer::timeout, this,
            [this] { d->send(Announcement::Kind::Announce); });
    connect(&d->rescanTimer, &QTimer::timeout, this, [this] { d->rescan(false); });
    connect(&d->expireTimer, &QTimer::timeout, this, [this] {
        if (d->registry)
            d->registry->expire(monotonicMs());
    });
}

Discovery::~Discovery()
{
    stop(false);
}

QHostAddress Discovery::ipv4Group()
{
    return QHostAddress(QStringLiteral("239.255.74.74"));
}

QHostAddress Discovery::ipv6Group()
{
    return QHostAddress(QStringLiteral("ff02::7474"));
}

void Discovery::setAdvertised(quint16 tcpPort, const PeerMetadata &metadata)
{
    const bool changed = tcpPort != d->tcpPort || !sameAdvertisement(metadata, d->metadata);
    d->tcpPort = tcpPort;
    d->metadata = metadata;
    if (changed && d->running)
        d->send(Announcement::Kind::Announce);
}

bool Discovery::start()
{
    if (d->running)
        return true;
    d->error.clear();
    if (!d->sockets.open(d->config.discoveryPort)) {
        d->error = d->sockets.errorString();
        qCWarning(lcDiscovery) << d->error;
        return false;
    }
    d->running = true;
    do {
        d->instance = QRandomGenerator::global()->generate64();
    } while (d->instance == 0);
    d->sequence = 0;
    d->lastAnnounceMs.reset();
    d->limiter.emplace(d->config.datagramsPerSecond, d->config.datagramBurst,
                       d->config.maxRateLimitedSources);
    d->verified.clear();
    d->verifiedOrder.clear();
    d->rescan(true);
    d->rescanTimer.start(int(d->config.interfaceRescan.count()));
    // Often enough that a peer is lost close to its expiry time, never more than once a second.
    d->expireTimer.start(int(std::clamp<qint64>(d->config.peerExpiry.count() / 4, 50, 1000)));
    qCInfo(lcDiscovery) << "started on UDP port" << d->sockets.port() << "interfaces"
                        << activeInterfaces() << (hasIpv6() ? "IPv4+IPv6" : "IPv4");
    d->send(d->config.discoveryPassive ? Announcement::Kind::Probe : Announcement::Kind::Query);
    d->armPeriodic();
    return true;
}

void Discovery::stop(bool sayGoodbye)
{
    if (!d->running)
        return;
    if (sayGoodbye)
        d->send(Announcement::Kind::Goodbye);
    d->running = false;
    d->announceTimer.stop();
    d->answerTimer.stop();
    d->rescanTimer.stop();
    d->expireTimer.stop();
    const bool hadInterfaces = !d->sockets.interfaceNames().isEmpty();
    d->sockets.close();
    qCInfo(lcDiscovery) << "stopped" << (sayGoodbye ? "with GOODBYE" : "without GOODBYE");
    if (hadInterfaces)
        Q_EMIT interfacesChanged({});
}

bool Discovery::isRunning() const
{
    return d->running;
}

QString Discovery::errorString() const
{
    return d->error;
}

quint16 Discovery::port() const
{
    return d->sockets.port();
}

QStringList Discovery::activeInterfaces() const
{
    return d->sockets.interfaceNames();
}

bool Discovery::hasIpv6() const
{
    return d->sockets.hasIpv6();
}

Discovery::Stats Discovery::stats() const
{
    return d->stats;
}

} // namespace Ferry::Net
