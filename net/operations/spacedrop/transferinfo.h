#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/spacedropentry.h"
#include "net/remoteidentity.h"

#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Ferry::Net {

enum class TransferDirection : quint8 { Outgoing, Incoming };

// Where a Spacedrop transfer stands, as front-ends show it.
enum class TransferState : quint8 {
    Preparing, // outgoing: the selection is being walked
    Connecting, // outgoing: waiting for a connection to the device
    WaitingForAnswer, // outgoing: offered, the other side has not answered
    AwaitingDecision, // incoming: a person (or the policy) must answer
    Running,
    Paused, // by either side
    Interrupted, // the connection went away: resumable (docs/PROTOCOL.md §13.3)
    Completed,
    Failed,
    Declined,
    Cancelled,
};

bool isFinalState(TransferState state); // Completed, Failed, Declined, Cancelled
QString transferStateName(TransferState state); // stable English, for logs and the CLI
// How a transfer that ended early with error ends (docs/PROTOCOL.md §13.3): Cancelled,
// Failed (a verdict about the data or the peer) or Interrupted (the link went away: resumable).
TransferState outcomeOf(const Error &error);

// A snapshot of one transfer: what the UI and CLI see (ids and values, never streams).
struct TransferInfo
{
    QUuid id;
    TransferDirection direction = TransferDirection::Outgoing;
    RemoteIdentity peer;
    QString peerName;
    QString message;
    TransferState state = TransferState::Preparing;
    bool pausedHere = false;
    bool pausedByPeer = false;

    int fileCount = 0;
    int folderCount = 0;
    int topLevelCount = 0; // selected items: "first name + N more"
    QString firstName; // first top-level entry's name
    QString destination; // incoming: the folder files land in
    // The first top-level item on this device, absolute: incoming, as created in destination
    // (after collision renaming: "report (1).pdf"), empty until accepted; outgoing, the first
    // selected source.
    QString localPath;

    quint64 totalBytes = 0;
    quint64 doneBytes = 0;
    int filesDone = 0;
    QString currentFile; // wire path of the file being moved
    quint64 currentFileBytes = 0;
    quint64 currentFileSize = 0;
    double bytesPerSecond = 0; // recent average; 0 when not running
    qint64 etaSeconds = -1; // -1 unknown

    Error error; // why it failed, was cancelled or interrupted
    int declineReason = 0; // Spacedrop::DeclineReason when Declined
    qint64 startedMs = 0; // wall clock, ms since the epoch
    qint64 finishedMs = 0;
    // When it was interrupted, kept through retries that fail; 0 since bytes last moved (or if
    // it never was). An interrupted transfer is given up NodeConfig::spacedropKeepInterrupted
    // later.
    qint64 interruptedSinceMs = 0;
    qint64 giveUpAtMs = 0; // interruptedSinceMs + the time kept; 0 when that is 0 or for ever
    int attempts = 1; // offers made (retries + 1)
};

// Keeps info.interruptedSinceMs as info moves to state at nowMs (set on the first interruption,
// cleared once it runs again) and giveUpAtMs with it (keepMs 0: kept for ever).
void noteInterruption(TransferInfo &info, TransferState state, qint64 nowMs, qint64 keepMs);

// An offer waiting for a person's answer.
struct IncomingRequest
{
    QUuid id;
    RemoteIdentity sender;
    QString senderName;
    QString message;
    SpacedropEntries entries;
    quint64 totalBytes = 0;
    int fileCount = 0;
    int folderCount = 0;
    qint64 timeoutMs = 0; // the answer is "declined, timed out" this long after it was raised
};

// Counts and names of an entry list, for TransferInfo and IncomingRequest.
struct EntrySummary
{
    int files = 0;
    int folders = 0;
    int topLevel = 0;
    QString firstName;
    quint64 bytes = 0;

    static EntrySummary of(const SpacedropEntries &entries);
    // Fills info's counts, first name and total from the summary of entries.
    static void describe(TransferInfo &info, const SpacedropEntries &entries);
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::TransferInfo)
Q_DECLARE_METATYPE(Ferry::Net::IncomingRequest)
