#include "app/transferformat.h"

#include "app/humanunits.h"
#include "net/operations/spacedrop/spacedropmessage.h"

#include <algorithm>

namespace Ferry::App {

using Net::TransferDirection;
using Net::TransferInfo;
using Net::TransferState;

namespace {

constexpr int kBarWidth = 20;
constexpr int kRequestEntriesShown = 10;

int percentOf(const TransferInfo &info)
{
    if (info.totalBytes == 0)
        return info.state == TransferState::Completed ? 100 : 0;
    // Rounded down: 100% only when every byte is there.
    return int(std::min<quint64>(info.doneBytes, info.totalBytes) * 100 / info.totalBytes);
}

QString otherSide(const TransferInfo &info)
{
    return info.direction == TransferDirection::Outgoing ? QStringLiteral("the receiver")
                                                         : QStringLiteral("the sender");
}

QString speedAndEta(const TransferInfo &info, const QString &separator)
{
    QStringList parts{formatSpeed(info.bytesPerSecond)};
    if (info.etaSeconds >= 0)
        parts << QStringLiteral("ETA ") + formatDuration(info.etaSeconds);
    return parts.join(separator);
}

QString completedText(const TransferInfo &info, qint64 movingMs)
{
    const QString what = contentSummary(info.fileCount, info.folderCount, info.totalBytes);
    // Without the time the data moved, from the start: waiting for the answer included.
    const qint64 ms
        = std::max<qint64>(movingMs >= 0 ? movingMs : info.finishedMs - info.startedMs, 1);
    const QString took = QStringLiteral("%1, %2 on average")
                             .arg(formatDuration(ms / 1000),
                                  formatSpeed(double(info.totalBytes) * 1000 / double(ms)));
    if (info.direction == TransferDirection::Incoming)
        return QStringLiteral("completed: %1 saved in %2 (%3)").arg(what, info.destination, took);
    return QStringLiteral("completed: %1 sent (%2)").arg(what, took);
}

QString interruptedText(const TransferInfo &info)
{
    return QStringLiteral("interrupted (%1); %2")
        .arg(printable(info.error.toString()),
             info.direction == TransferDirection::Outgoing
                 ? QStringLiteral("trying again while the device is away")
                 : QStringLiteral("it resumes if the sender tries again"));
}

} // namespace

QString printable(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            c = QLatin1Char('?');
    }
    return shown;
}

QString deviceLabel(const QString &name, const Net::RemoteIdentity &identity)
{
    return QStringLiteral("\"%1\" %2").arg(printable(name), identity.shortText());
}

QString contentSummary(int files, int folders, quint64 bytes)
{
    QStringList parts{files == 1 ? QStringLiteral("1 file")
                                 : QStringLiteral("%1 files").arg(files)};
    if (folders > 0)
        parts << (folders == 1 ? QStringLiteral("1 folder")
                               : QStringLiteral("%1 folders").arg(folders));
    parts << formatBytes(bytes);
    return parts.join(QStringLiteral(", "));
}

QString progressBar(const TransferInfo &info)
{
    const int percent = percentOf(info);
    const int filled = percent * kBarWidth / 100;
    const QString bar
        = QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('-'));
    QString text = QStringLiteral("[%1] %2%  %3 / %4  %5")
                       .arg(bar)
                       .arg(percent, 3)
                       .arg(formatBytes(info.doneBytes), formatBytes(info.totalBytes),
                            speedAndEta(info, QStringLiteral("  ")));
    if (!info.currentFile.isEmpty())
        text += QStringLiteral("  ") + printable(info.currentFile);
    return text;
}

QString progressLine(const TransferInfo &info)
{
    QString text = QStringLiteral("progress %1% %2 of %3, %4")
                       .arg(percentOf(info))
                       .arg(formatBytes(info.doneBytes), formatBytes(info.totalBytes),
                            speedAndEta(info, QStringLiteral(", ")));
    if (!info.currentFile.isEmpty())
        text += QStringLiteral(", ") + printable(info.currentFile);
    return text;
}

QString declineText(const TransferInfo &info)
{
    using Net::Spacedrop::DeclineReason;
    QString text;
    switch (DeclineReason(info.declineReason)) {
    case DeclineReason::Declined:
        text = QStringLiteral("declined by the receiver");
        break;
    case DeclineReason::TimedOut:
        text = QStringLiteral("timed out: nobody answered on the receiving device in time");
        break;
    case DeclineReason::InsufficientSpace:
        text = QStringLiteral("not enough space on the receiving device");
        break;
    case DeclineReason::TooLarge:
        text = QStringLiteral("too large for the receiving device");
        break;
    case DeclineReason::Busy:
        text = QStringLiteral("the receiving device has too many offers waiting");
        break;
    case DeclineReason::Unavailable:
        text = QStringLiteral("the receiving device does not accept files now");
        break;
    default:
        text = QStringLiteral("declined");
    }
    const QString detail = printable(info.error.detail);
    if (!detail.isEmpty() && !text.contains(detail, Qt::CaseInsensitive))
        text += QStringLiteral(" (%1)").arg(detail);
    return text;
}

QString stateText(const TransferInfo &info, qint64 movingMs)
{
    const bool outgoing = info.direction == TransferDirection::Outgoing;
    switch (info.state) {
    case TransferState::Preparing:
        return QStringLiteral("preparing");
    case TransferState::Connecting:
        return QStringLiteral("connecting");
    case TransferState::WaitingForAnswer:
        return QStringLiteral("waiting for the receiver to accept (%1)")
            .arg(contentSummary(info.fileCount, info.folderCount, info.totalBytes));
    case TransferState::AwaitingDecision:
        return QStringLiteral("waiting for an answer");
    case TransferState::Running:
        return outgoing ? QStringLiteral("sending")
                        : QStringLiteral("receiving into %1").arg(info.destination);
    case TransferState::Paused:
        return info.pausedHere ? QStringLiteral("paused here")
                               : QStringLiteral("paused by %1").arg(otherSide(info));
    case TransferState::Interrupted:
        return interruptedText(info);
    case TransferState::Completed:
        return completedText(info, movingMs);
    case TransferState::Failed:
        return QStringLiteral("failed: %1").arg(printable(info.error.toString()));
    case TransferState::Declined:
        return QStringLiteral("declined: %1").arg(declineText(info));
    case TransferState::Cancelled:
        return info.error.remote ? QStringLiteral("cancelled by %1").arg(otherSide(info))
                                 : QStringLiteral("cancelled here");
    }
    return Net::transferStateName(info.state);
}

QString acceptAllWarning(const QString &destination)
{
    return QStringLiteral("ferry: warning: --accept-all: any device on this network can put files "
                          "in %1 without asking; use it only on networks you trust")
        .arg(destination);
}

QStringList requestLines(const Net::IncomingRequest &request, const QString &destination,
                         qint64 freeBytes)
{
    QStringList lines{
        QStringLiteral("%1 wants to send %2")
            .arg(deviceLabel(request.senderName, request.sender),
                 contentSummary(request.fileCount, request.folderCount, request.totalBytes))};
    if (!request.message.isEmpty())
        lines << QStringLiteral("  message: %1").arg(printable(request.message));
    const int shown = std::min<int>(int(request.entries.size()), kRequestEntriesShown);
    for (int i = 0; i < shown; ++i) {
        const Net::SpacedropEntry &entry = request.entries[i];
        lines
            << (entry.isFile()
                    ? QStringLiteral("  %1  %2").arg(printable(entry.path), formatBytes(entry.size))
                    : QStringLiteral("  %1/").arg(printable(entry.path)));
    }
    // An offer relayed by a running node lists its first entries only; the counts are whole.
    const qsizetype listed = std::max<qsizetype>(
        request.entries.size(), qsizetype(request.fileCount) + request.folderCount);
    if (listed > shown)
        lines << QStringLiteral("  + %1 more").arg(listed - shown);
    lines << QStringLiteral("  total %1; free in %2: %3")
                 .arg(formatBytes(request.totalBytes), destination,
                      freeBytes >= 0 ? formatBytes(quint64(freeBytes)) : QStringLiteral("unknown"));
    if (request.timeoutMs > 0)
        lines << QStringLiteral("  (declined by itself in %1 without an answer)")
                     .arg(formatDuration((request.timeoutMs + 999) / 1000));
    return lines;
}

} // namespace Ferry::App
