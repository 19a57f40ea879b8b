#include "ui/models/transferrow.h"

#include "ui/models/displaytext.h"
#include "ui/models/transferlistmodel.h"

#include <QDateTime>

#include <algorithm>

namespace Ferry::Ui::TransferRow {

using Net::TransferDirection;
using Net::TransferInfo;
using Net::TransferState;
using Role = TransferListModel::Role;

namespace {

QDateTime timeOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

bool isOutgoing(const TransferInfo &info)
{
    return info.direction == TransferDirection::Outgoing;
}

} // namespace

QVariant value(const TransferInfo &info, int role)
{
    const bool running = info.state == TransferState::Running;
    switch (role) {
    case Qt::DisplayRole:
    case Role::FirstNameRole:
        return displayText(info.firstName);
    case Role::PeerNameRole:
        return displayText(info.peerName);
    case Role::PeerIdentityRole:
        return info.peer.toText();
    case Role::TopLevelCountRole:
        return info.topLevelCount;
    case Role::FileCountRole:
        return info.fileCount;
    case Role::TotalBytesRole:
        return qulonglong(info.totalBytes);
    case Role::DoneBytesRole:
        return qulonglong(info.doneBytes);
    case Role::ProgressRole:
        return progressOf(info);
    case Role::SpeedRole:
        return running ? info.bytesPerSecond : 0.0;
    case Role::EtaRole:
        return qlonglong(running ? info.etaSeconds : -1);
    case Role::ErrorCodeRole:
        return int(info.error.code);
    case Role::ErrorDetailRole:
        return displayText(info.error.detail, 1024);
    case Role::DeclineReasonRole:
        return info.declineReason;
    case Role::DestinationRole:
        return info.destination;
    case Role::LocalPathRole:
        return info.localPath;
    case Role::StartedRole:
        return timeOf(info.startedMs);
    case Role::FinishedRole:
        return Net::isFinalState(info.state) ? timeOf(info.finishedMs) : QDateTime();
    default:
        return {};
    }
}

double progressOf(const TransferInfo &info)
{
    if (info.state == TransferState::Completed)
        return 1.0;
    if (info.totalBytes == 0)
        return 0.0;
    return std::clamp(double(info.doneBytes) / double(info.totalBytes), 0.0, 1.0);
}

bool canPause(const TransferInfo &info)
{
    return !info.pausedHere
        && (info.state == TransferState::Running || info.state == TransferState::Paused);
}

bool canResume(const TransferInfo &info)
{
    return !Net::isFinalState(info.state)
        && (info.pausedHere || (info.state == TransferState::Interrupted && isOutgoing(info)));
}

bool canCancel(const TransferInfo &info)
{
    return !Net::isFinalState(info.state);
}

bool canRetry(const TransferInfo &info)
{
    if (!isOutgoing(info))
        return false;
    return info.state == TransferState::Interrupted
        || (info.state == TransferState::Failed && info.topLevelCount == 1
            && !info.localPath.isEmpty());
}

bool canRemove(const TransferInfo &info)
{
    return Net::isFinalState(info.state);
}

} // namespace Ferry::Ui::TransferRow
