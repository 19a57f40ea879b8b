#include "net/operations/spacedrop/interruptionexpiry.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Ferry::Net {

namespace {
constexpr qint64 kMinCheckMs = 50;
constexpr qint64 kMaxCheckMs = 3600 * 1000;
} // namespace

InterruptionExpiry::InterruptionExpiry(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &InterruptionExpiry::checkWanted);
}

void InterruptionExpiry::setKeep(Milliseconds keep)
{
    m_keep = std::max(keep, Milliseconds{0});
    m_timer.stop();
    if (m_keep.count() == 0)
        return;
    m_timer.start(int(std::clamp(qint64(m_keep.count() / 4), kMinCheckMs, kMaxCheckMs)));
}

bool InterruptionExpiry::isDue(const TransferInfo &info, qint64 nowMs)
{
    return info.state == TransferState::Interrupted && info.giveUpAtMs > 0
        && nowMs >= info.giveUpAtMs;
}

QString InterruptionExpiry::reason(const TransferInfo &info)
{
    const QString since = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(info.interruptedSinceMs), QLocale::ShortFormat);
    return info.direction == TransferDirection::Incoming
        ? tr("given up: the sender has not resumed it since %1, so its partial files were deleted")
              .arg(since)
        : tr("given up: the device could not be reached to resume it since %1").arg(since);
}

} // namespace Ferry::Net
