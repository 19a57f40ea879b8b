#include "bench/support/discoveryfleet.h"

namespace Ferry::Bench {

DiscoveryFleet::DiscoveryFleet(const Net::NodeConfig &config, Observer observer)
    : m_config(config), m_observer(std::move(observer))
{ }

DiscoveryFleet::~DiscoveryFleet()
{
    // Discoveries first: they hold pointers to the registries.
    for (auto &device : m_devices)
        device->discovery.reset();
}

int DiscoveryFleet::add()
{
    const int index = size();
    auto device = std::make_unique<Device>();
    device->identity = Net::DeviceIdentity::generate();
    device->id = device->identity.remoteIdentity();
    Net::PeerRegistry::Limits limits;
    limits.maxPeers = m_config.maxPeers;
    limits.maxAddressesPerPeer = m_config.maxAddressesPerPeer;
    limits.expiryMs = m_config.peerExpiry.count();
    device->registry = std::make_unique<Net::PeerRegistry>(device->id, limits);
    device->discovery
        = std::make_unique<Net::Discovery>(device->identity, m_config, device->registry.get());
    device->discovery->setAdvertised(
        quint16(40000 + index),
        Net::PeerMetadata::forThisDevice(QStringLiteral("bench node %1").arg(index)));
    QObject::connect(
        device->registry.get(), &Net::PeerRegistry::peerDiscovered,
        [this, index](const Net::PeerRecord &peer) { m_observer(index, peer.identity, true); });
    QObject::connect(
        device->registry.get(), &Net::PeerRegistry::peerLost,
        [this, index](const Net::RemoteIdentity &peer) { m_observer(index, peer, false); });
    m_devices.push_back(std::move(device));
    return index;
}

Net::Discovery::Stats DiscoveryFleet::stats(int first, int last) const
{
    Net::Discovery::Stats sum;
    for (int i = first; i < last; ++i) {
        const Net::Discovery::Stats s = m_devices[size_t(i)]->discovery->stats();
        sum.datagramsSent += s.datagramsSent;
        sum.bytesSent += s.bytesSent;
        sum.datagramsReceived += s.datagramsReceived;
        sum.bytesReceived += s.bytesReceived;
        sum.dropped += s.dropped;
        sum.rateLimited += s.rateLimited;
    }
    return sum;
}

} // namespace Ferry::Bench
