#pragma once

#include "net/node.h"
#include "net/nodeconfig.h"
#include "net/operations/spacedrop/spacedropservice.h"
#include "net/operations/spacedrop/transferinfo.h"

#include <QTemporaryDir>

#include <memory>

namespace Ferry::Test {

// A node with a SpacedropService, its own state folder and downloads folder, for the
// Spacedrop integration tests.
struct SpacedropPeer
{
    explicit SpacedropPeer(const QString &name,
                           Net::NodeConfig config = Net::NodeConfig::forTests());
    ~SpacedropPeer();

    Net::RemoteIdentity id() const { return node->identity(); }
    QString downloadsPath() const { return downloads.path(); }
    // Drops the service (as a quit would) and builds a new one on the same state folder.
    void restartService();
    // The transfer's current snapshot (an empty TransferInfo when unknown).
    Net::TransferInfo info(const QUuid &id) const;

    QString name;
    QTemporaryDir state;
    QTemporaryDir downloads;
    std::unique_ptr<Net::Node> node;
    std::unique_ptr<Net::SpacedropService> service;
};

// Connects the two nodes, and lets each service dial the other again when it needs to (the
// connection closes when idle).
bool linkPeers(SpacedropPeer &a, SpacedropPeer &b);

// Waits (on the event loop) until the transfer is in state; false and a warning otherwise.
bool waitForState(const SpacedropPeer &peer, const QUuid &id, Net::TransferState state,
                  int timeoutMs = 10'000);

// Files with deterministic pseudo-random content.
bool writeFile(const QString &path, qint64 size, quint32 seed = 1);
// True when both trees hold the same folders (empty ones too) and byte-identical files;
// the difference is logged otherwise.
bool sameTree(const QString &a, const QString &b);
// Every path below root, relative, sorted (folders end with '/').
QStringList listTree(const QString &root);

} // namespace Ferry::Test
