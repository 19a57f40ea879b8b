#include "net/operations/spacedrop/transferinfo.h"

#include <QSet>

namespace Ferry::Net {

bool isFinalState(TransferState state)
{
    switch (state) {
    case TransferState::Completed:
    case TransferState::Failed:
    case TransferState::Declined:
    case TransferState::Cancelled:
        return true;
    default:
        return false;
    }
}

QString transferStateName(TransferState state)
{
    switch (state) {
    case TransferState::Preparing:
        return QStringLiteral("preparing");
    case TransferState::Connecting:
        return QStringLiteral("connecting");
    case TransferState::WaitingForAnswer:
        return QStringLiteral("waiting for answer");
    case TransferState::AwaitingDecision:
        return QStringLiteral("awaiting decision");
    case TransferState::Running:
        return QStringLiteral("running");
    case TransferState::Paused:
        return QStringLiteral("paused");
    case TransferState::Interrupted:
        return QStringLiteral("interrupted");
    case TransferState::Completed:
        return QStringLiteral("completed");
    case TransferState::Failed:
        return QStringLiteral("failed");
    case TransferState::Declined:
        return QStringLiteral("declined");
    case TransferState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

void noteInterruption(TransferInfo &info, TransferState state, qint64 nowMs, qint64 keepMs)
{
    if (state == TransferState::Interrupted && info.interruptedSinceMs == 0)
        info.interruptedSinceMs = nowMs;
    else if (state == TransferState::Running)
        info.interruptedSinceMs = 0;
    info.giveUpAtMs
        = info.interruptedSinceMs > 0 && keepMs > 0 ? info.interruptedSinceMs + keepMs : 0;
}

TransferState outcomeOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Cancelled:
        return TransferState::Cancelled;
    case ErrorCode::None: // ended cleanly without the last word: a broken peer
    case ErrorCode::ProtocolViolation:
    case ErrorCode::FrameTooLarge:
    case ErrorCode::UnknownFrameType:
    case ErrorCode::BadHello:
    case ErrorCode::IncompatibleVersion:
    case ErrorCode::IdentityMismatch:
    case ErrorCode::SelfConnection:
    case ErrorCode::FlowControlViolation:
    case ErrorCode::UnknownOperation:
    case ErrorCode::MalformedMessage:
    case ErrorCode::InternalError:
    case ErrorCode::DiskFull:
    case ErrorCode::IntegrityMismatch:
    case ErrorCode::SizeMismatch:
    case ErrorCode::SourceChanged:
    case ErrorCode::ReadFailed:
    case ErrorCode::WriteFailed:
        return TransferState::Failed;
    default: // timeouts, lost connections, GOAWAY, too many streams: try again later
        return TransferState::Interrupted;
    }
}

EntrySummary EntrySummary::of(const SpacedropEntries &entries)
{
    EntrySummary s;
    QSet<QString> tops;
    for (const SpacedropEntry &e : entries) {
        if (e.isFile()) {
            ++s.files;
            s.bytes += e.size;
        } else {
            ++s.folders;
        }
        const QString top = e.path.section(QLatin1Char('/'), 0, 0);
        if (!tops.contains(top)) {
            if (tops.isEmpty())
                s.firstName = top;
            tops.insert(top);
        }
    }
    s.topLevel = int(tops.size());
    return s;
}

void EntrySummary::describe(TransferInfo &info, const SpacedropEntries &entries)
{
    const EntrySummary summary = of(entries);
    info.fileCount = summary.files;
    info.folderCount = summary.folders;
    info.topLevelCount = summary.topLevel;
    info.firstName = summary.firstName;
    info.totalBytes = summary.bytes;
}

} // namespace Ferry::Net
