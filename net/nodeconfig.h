#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Ferry::Net {

using Milliseconds = std::chrono::milliseconds;

// Every limit and timeout of the network layer, in one place (docs/PROTOCOL.md §10).
struct NodeConfig
{
    // Listening
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 0; // 0: any free port

    // Protocol versions this node speaks (tests change them to provoke mismatches).
    quint16 minVersion = 1;
    quint16 maxVersion = 1;

    // Resource limits
    int maxConnections = 128; // established + pending
    int maxPendingHandshakes = 16; // not yet established, both directions
    int maxPendingPerAddress = 4; // incoming, per remote IP
    int maxConnectionsPerPeer = 4; // established, per identity
    int maxIncomingStreams = 64; // open at once per connection, opened by the peer
    qint64 socketReadBufferSize = 1 << 20;
    qint64 writeHighWater = 2 << 20; // bytes queued in the socket before we stop adding frames
    qint64 batchBytes = 1 << 20; // frames coalesced into one socket write

    // Timeouts
    Milliseconds connectTimeout{10'000};
    Milliseconds handshakeTimeout{10'000};
    Milliseconds idleTimeout{60'000};
    Milliseconds streamIdleTimeout{60'000};
    Milliseconds pingTimeout{5'000};
    Milliseconds writeStallTimeout{30'000};
    Milliseconds keychainTimeout{5'000};

    // Discovery (docs/PROTOCOL.md §12)
    bool discoveryEnabled = true;
    quint16 discoveryPort = 47474;
    QStringList discoveryInterfaces; // names to use; empty: every suitable interface
    bool discoveryLoopback = false; // also use loopback interfaces (tests)
    // Listen only: PROBE at start, never announce, answer or say goodbye (short-lived commands
    // such as `ferry peers`, which must not stand in for the device's real node).
    bool discoveryPassive = false;
    Milliseconds announceInterval{5'000};
    Milliseconds announceJitter{1'000};
    Milliseconds queryAnswerMaxDelay{500};
    Milliseconds peerExpiry{15'000};
    Milliseconds interfaceRescan{5'000};
    Milliseconds manualPeerRetry{30'000};
    int maxPeers = 256;
    int maxAddressesPerPeer = 8;
    double datagramsPerSecond = 20; // per source address, before signatures are checked
    double datagramBurst = 40;
    int maxRateLimitedSources = 1024;

    // Spacedrop (docs/PROTOCOL.md §13.5)
    Milliseconds spacedropDecisionTimeout{60'000}; // a person's time to answer an offer
    Milliseconds spacedropStallTimeout{30'000}; // nothing moves while running and not paused
    Milliseconds spacedropConnectTimeout{15'000}; // sender: waiting for the device's connection
    Milliseconds spacedropRetryMin{2'000}; // automatic retries of interrupted sends back off
    Milliseconds spacedropRetryMax{60'000}; // from min to max
    // An interrupted transfer that nothing resumed for this long is given up: the receiver
    // deletes its .part files, the sender stops retrying (0: kept for ever).
    Milliseconds spacedropKeepInterrupted{7LL * 24 * 3600 * 1000};
    Milliseconds spacedropProgressInterval{100}; // progress reports per transfer, at most
    quint32 spacedropMaxEntries = 100'000;
    quint64 spacedropMaxTotalBytes = quint64(16) << 40; // 16 TiB
    qint64 spacedropMaxEntryBytes = 16 << 20; // encoded ENTRIES per offer
    int spacedropMaxPendingPerPeer = 4; // offers waiting for an answer
    int spacedropMaxPending = 32;
    qint64 spacedropFreeSpaceMargin = 64 << 20; // kept free at the destination
    qint64 spacedropReadAhead = 4 << 20; // sender: bytes read ahead of the socket
    qint64 spacedropWriteBehind = 8 << 20; // receiver: bytes waiting for the disk
    qint64 spacedropReceiveWindow = 8 << 20; // receiver: stream window once data flows

    // Short timeouts so that tests of timeouts finish quickly; the same limits otherwise.
    static NodeConfig forTests()
    {
        NodeConfig c;
        c.listenAddress = QHostAddress::LocalHost;
        c.connectTimeout = Milliseconds{3'000};
        c.handshakeTimeout = Milliseconds{1'500};
        c.idleTimeout = Milliseconds{3'000};
        c.streamIdleTimeout = Milliseconds{2'000};
        c.pingTimeout = Milliseconds{1'000};
        c.writeStallTimeout = Milliseconds{3'000};
        c.keychainTimeout = Milliseconds{1'000};
        // Discovery on loopback only, on a port the test picks (never the well-known one).
        c.discoveryInterfaces = {QStringLiteral("lo")};
        c.discoveryLoopback = true;
        c.discoveryPort = 0;
        c.announceInterval = Milliseconds{500};
        c.announceJitter = Milliseconds{100};
        c.queryAnswerMaxDelay = Milliseconds{100};
        c.peerExpiry = Milliseconds{1'500};
        c.interfaceRescan = Milliseconds{500};
        c.manualPeerRetry = Milliseconds{500};
        c.spacedropDecisionTimeout = Milliseconds{3'000};
        c.spacedropStallTimeout = Milliseconds{2'000};
        c.spacedropConnectTimeout = Milliseconds{3'000};
        c.spacedropRetryMin = Milliseconds{200};
        c.spacedropRetryMax = Milliseconds{1'000};
        c.spacedropProgressInterval = Milliseconds{20};
        return c;
    }
};

} // namespace Ferry::Net
