#pragma once

#include "net/deviceidentity.h"
#include "net/node.h"
#include "net/nodeconfig.h"

#include <QString>

#include <memory>

namespace Ferry::Test {

// A started node on 127.0.0.1 with a fresh identity and NodeConfig::forTests() (or the given
// config), for integration tests.
std::unique_ptr<Net::Node> startNode(const QString &name,
                                     Net::NodeConfig config = Net::NodeConfig::forTests());

// Dials b from a and waits until both sides report the peer connected. Returns false (with a
// QTest failure message logged) if that does not happen.
bool connectNodes(Net::Node &a, Net::Node &b);

// A generated identity reused across a test run (key generation is cheap, but this keeps
// fixtures short).
Net::DeviceIdentity freshIdentity();

} // namespace Ferry::Test
