#pragma once

#include "net/nodeconfig.h"
#include "net/operations/spacedrop/transferinfo.h"

#include <QObject>
#include <QTimer>

namespace Ferry::Net {

// When an interrupted transfer is given up (docs/PROTOCOL.md §13.5): at its
// TransferInfo::giveUpAtMs, which the transfer keeps from NodeConfig::spacedropKeepInterrupted.
// Asks for a check (checkWanted) often enough for `keep`: every keep / 4, but at least every
// hour and at most every 50 ms.
class InterruptionExpiry : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptionExpiry)
public:
    explicit InterruptionExpiry(QObject *parent = nullptr);

    void setKeep(Milliseconds keep); // 0: never given up (no checks)
    static bool isDue(const TransferInfo &info, qint64 nowMs);
    // What TransferInfo::error says of a transfer given up.
    static QString reason(const TransferInfo &info);

Q_SIGNALS:
    void checkWanted();

private:
    Milliseconds m_keep{0};
    QTimer m_timer;
};

} // namespace Ferry::Net
