#pragma once

namespace Ferry::Net {
class Node;
class PeerRegistry;
} // namespace Ferry::Net

namespace Ferry::Test {

// Feeds registry with node's real connections, the way NetworkService does: every peer connected
// now and from now on is observed as connected (with the PeerInfo of its verified connection),
// and a disconnection as such. For widget tests that need a PeerListModel showing real peers.
void feedRegistry(Net::PeerRegistry &registry, Net::Node &node);

} // namespace Ferry::Test
