#pragma once

#include "app/control/nodeinfo.h"

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace Ferry::App {

class ControlClient;

// One Ferry node per data folder (an "instance": the default folder is the user's, tests and
// second profiles pass --data-dir). The first process to claim the folder holds a lock file in
// it for its lifetime and serves the node on a local socket (ControlServer); every later one
// finds that node answering and attaches to it (ControlClient) instead of starting another.
//
// The socket lives in the user's runtime folder (XDG_RUNTIME_DIR, owner-only), named after a
// hash of the data folder's path. The lock decides who owns the folder: a socket file left by a
// process that crashed is removed only by the next owner, under the lock; a lock left by a dead
// process is recognised as stale (QLockFile checks the process in it) and taken over.
class InstanceGuard
{
public:
    static constexpr int kClaimTimeoutMs = 15'000; // an owner still loading its identity
    static constexpr int kRetryMs = 100;

    struct Claim
    {
        enum class Status { Owner, Running, Failed };

        Claim();
        Claim(Claim &&other) noexcept;
        Claim &operator=(Claim &&other) noexcept;
        ~Claim();

        bool isOwner() const { return status == Status::Owner; }
        bool isRunning() const { return status == Status::Running; }

        Status status = Status::Failed;
        QString dataDir;
        QString socketPath;
        std::unique_ptr<QLockFile> lock; // Owner: held; ControlServer::listen takes it
        std::unique_ptr<ControlClient> client; // Running: connected and welcomed
        NodeInfo node; // Running: the node that answered
        QString error; // Failed: why
    };

    // Who claims, for the running node's logs (the hello).
    struct Claimant
    {
        NodeInfo::Kind kind = NodeInfo::Kind::Cli;
        QString command; // "send", "receive", …
    };

    // Takes the data folder (Owner), or says hello to the node that runs there (Running). It
    // waits (up to timeoutMs) for an owner that is still starting; its hello is answered only
    // once its node runs. This is the start of a process, before its event loop: it blocks.
    static Claim claim(const QString &dataDir, const Claimant &as, int timeoutMs = kClaimTimeoutMs);

    static QString lockPathFor(const QString &dataDir);
    // In the runtime folder; empty when there is none that is private to the user.
    static QString socketPathFor(const QString &dataDir);
};

} // namespace Ferry::App
