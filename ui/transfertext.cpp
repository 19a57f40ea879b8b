#include "ui/transfertext.h"

#include "net/operations/spacedrop/spacedropmessage.h"
#include "ui/textformat.h"

namespace Ferry::Ui {

using Net::ErrorCode;
using Net::TransferDirection;
using Net::TransferState;

namespace {

bool outgoing(const Net::TransferInfo &info)
{
    return info.direction == TransferDirection::Outgoing;
}

} // namespace

QString TransferText::state(const Net::TransferInfo &info)
{
    switch (info.state) {
    case TransferState::Preparing:
        return tr("Preparing…");
    case TransferState::Connecting:
        return tr("Connecting to the device…");
    case TransferState::WaitingForAnswer:
        return tr("Waiting for an answer");
    case TransferState::AwaitingDecision:
        return tr("Waiting for your answer");
    case TransferState::Running:
        return outgoing(info) ? tr("Sending") : tr("Receiving");
    case TransferState::Paused:
        if (info.pausedByPeer && !info.pausedHere)
            return tr("Paused by %1").arg(TextFormat::printable(info.peerName));
        return tr("Paused");
    case TransferState::Interrupted:
        return outgoing(info)
            ? tr("Interrupted (%1): sending again when the device is back").arg(error(info.error))
            : tr("Interrupted (%1): continues if the sender tries again").arg(error(info.error));
    case TransferState::Completed:
        return tr("Done");
    case TransferState::Failed:
        return tr("Failed: %1").arg(error(info.error));
    case TransferState::Declined:
        return decline(info);
    case TransferState::Cancelled:
        if (info.error.remote)
            return tr("Cancelled by %1").arg(TextFormat::printable(info.peerName));
        return tr("Cancelled");
    }
    return {};
}

QString TransferText::peer(const Net::TransferInfo &info)
{
    const QString name = TextFormat::printable(info.peerName);
    return outgoing(info) ? tr("to %1", "sent to a device").arg(name)
                          : tr("from %1", "received from a device").arg(name);
}

QString TransferText::decline(const Net::TransferInfo &info)
{
    using Net::Spacedrop::DeclineReason;
    const bool sent = outgoing(info);
    switch (DeclineReason(info.declineReason)) {
    case DeclineReason::TimedOut:
        return sent ? tr("Rejected: nobody answered on the device in time")
                    : tr("Rejected: not answered in time");
    case DeclineReason::InsufficientSpace:
        return sent ? tr("Rejected: not enough free space on the device")
                    : tr("Rejected: not enough free space here");
    case DeclineReason::TooLarge:
        return sent ? tr("Rejected: too large for the device") : tr("Rejected: too large");
    case DeclineReason::Busy:
        return sent ? tr("Rejected: the device has too many requests waiting")
                    : tr("Rejected: too many requests were waiting");
    case DeclineReason::Unavailable:
        return sent ? tr("Rejected: the device does not accept files now")
                    : tr("Rejected: files could not be accepted now");
    case DeclineReason::Declined:
    default:
        return sent ? tr("Rejected by %1").arg(TextFormat::printable(info.peerName))
                    : tr("Rejected");
    }
}

QString TransferText::error(const Net::Error &error)
{
    QString text;
    switch (error.code) {
    case ErrorCode::None:
        text = tr("no error");
        break;
    case ErrorCode::ConnectFailed:
        text = tr("could not connect to the device");
        break;
    case ErrorCode::TlsFailed:
        text = tr("the secure connection could not be set up");
        break;
    case ErrorCode::ConnectionLost:
    case ErrorCode::Disconnected:
        text = tr("the connection was lost");
        break;
    case ErrorCode::NotConnected:
        text = tr("the device is not connected");
        break;
    case ErrorCode::Timeout:
    case ErrorCode::IdleTimeout:
    case ErrorCode::HandshakeTimeout:
        text = tr("the device stopped answering");
        break;
    case ErrorCode::ShuttingDown:
        text = tr("Ferry was closed on the device");
        break;
    case ErrorCode::Cancelled:
        text = tr("cancelled");
        break;
    case ErrorCode::DiskFull:
        text = tr("the disk is full");
        break;
    case ErrorCode::IntegrityMismatch:
        text = tr("the data arrived damaged");
        break;
    case ErrorCode::SizeMismatch:
    case ErrorCode::SourceChanged:
        text = tr("a file changed while it was being sent");
        break;
    case ErrorCode::ReadFailed:
        text = tr("a file could not be read");
        break;
    case ErrorCode::WriteFailed:
        text = tr("a file could not be written");
        break;
    case ErrorCode::IdentityMismatch:
        text = tr("the device is not the one expected");
        break;
    case ErrorCode::IncompatibleVersion:
        text = tr("the device runs an incompatible version of Ferry");
        break;
    case ErrorCode::TooManyConnections:
    case ErrorCode::TooManyStreams:
        text = tr("the device is too busy");
        break;
    default:
        text = tr("protocol error (%1)").arg(Net::errorCodeName(error.code));
        break;
    }
    const QString detail = TextFormat::printable(error.detail);
    if (detail.isEmpty() || text.contains(detail, Qt::CaseInsensitive))
        return text;
    return tr("%1 (%2)", "an error and its detail").arg(text, detail);
}

} // namespace Ferry::Ui
