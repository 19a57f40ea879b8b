#pragma once

#include "net/deviceidentity.h"
#include "net/discovery.h"
#include "net/nodeconfig.h"
#include "net/peerregistry.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace Ferry::Bench {

// Many discovery devices in this process (identity, PeerRegistry, Discovery each), all on the
// same config and so the same port, for bench_discovery. Reports every peerDiscovered and
// peerLost of every registry through one callback.
class DiscoveryFleet
{
public:
    // watcher: index of the device whose registry changed; peer: the identity it found or lost.
    using Observer = std::function<void(int watcher, const Net::RemoteIdentity &peer, bool found)>;

    DiscoveryFleet(const Net::NodeConfig &config, Observer observer);
    ~DiscoveryFleet();

    // A new device, not started (key generation happens here, outside any timed phase).
    int add();
    int size() const { return int(m_devices.size()); }
    Net::Discovery &discovery(int i) { return *m_devices[size_t(i)]->discovery; }
    const Net::PeerRegistry &registry(int i) const { return *m_devices[size_t(i)]->registry; }
    Net::RemoteIdentity identity(int i) const { return m_devices[size_t(i)]->id; }
    // Sum of the stats of devices [first, last).
    Net::Discovery::Stats stats(int first, int last) const;

private:
    struct Device
    {
        Net::DeviceIdentity identity;
        Net::RemoteIdentity id;
        std::unique_ptr<Net::PeerRegistry> registry;
        std::unique_ptr<Net::Discovery> discovery;
    };
    Net::NodeConfig m_config;
    Observer m_observer;
    std::vector<std::unique_ptr<Device>> m_devices;
};

} // namespace Ferry::Bench
