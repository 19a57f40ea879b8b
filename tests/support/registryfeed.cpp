#include "tests/support/registryfeed.h"

#include "net/monotonicclock.h"
#include "net/node.h"
#include "net/peerregistry.h"

namespace Ferry::Test {

void feedRegistry(Net::PeerRegistry &registry, Net::Node &node)
{
    const QList<Net::PeerInfo> connected = node.connectedPeers();
    for (const Net::PeerInfo &info : connected)
        registry.observeConnected(info, Net::monotonicMs());
    QObject::connect(&node, &Net::Node::peerConnected, &registry,
                     [&registry](const Net::RemoteIdentity &, const Net::PeerInfo &info) {
                         registry.observeConnected(info, Net::monotonicMs());
                     });
    QObject::connect(&node, &Net::Node::peerDisconnected, &registry,
                     [&registry](const Net::RemoteIdentity &peer) {
                         registry.observeDisconnected(peer, Net::monotonicMs());
                     });
}

} // namespace Ferry::Test
