#include "tests/support/testnode.h"

#include <QSignalSpy>
#include <QTest>

namespace Ferry::Test {

Net::DeviceIdentity freshIdentity()
{
    return Net::DeviceIdentity::generate();
}

std::unique_ptr<Net::Node> startNode(const QString &name, Net::NodeConfig config)
{
    Net::PeerMetadata metadata = Net::PeerMetadata::forThisDevice(name);
    auto node = std::make_unique<Net::Node>(freshIdentity(), metadata, config);
    if (!node->start())
        qWarning("cannot start node %s: %s", qPrintable(name), qPrintable(node->errorString()));
    return node;
}

bool connectNodes(Net::Node &a, Net::Node &b)
{
    QSignalSpy aSide(&a, &Net::Node::peerConnected);
    QSignalSpy bSide(&b, &Net::Node::peerConnected);
    QSignalSpy dialed(&a, &Net::Node::dialFinished);
    a.dial(QStringLiteral("127.0.0.1"), b.port(), b.identity());
    if (!QTest::qWaitFor([&] { return !dialed.isEmpty() && !bSide.isEmpty(); }, 5000)) {
        qWarning("connectNodes: no connection within 5 s");
        return false;
    }
    const auto error = dialed.first().at(2).value<Net::Error>();
    if (error.isError()) {
        qWarning("connectNodes: %s", qPrintable(error.toString()));
        return false;
    }
    return a.isConnected(b.identity()) && b.isConnected(a.identity());
}

} // namespace Ferry::Test
