#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QElapsedTimer>
#include <QHash>

namespace Ferry::App {

class TerminalOutput;

// Shows transfers as they move: a line when a transfer's state changes; its progress as the
// status line on a terminal (redrawn at most 10 times a second), otherwise as a line at most
// every 2 s. Lines name the other device first when there may be several transfers (receive).
class TransferPrinter
{
public:
    static constexpr qint64 kRedrawMs = 100;
    static constexpr qint64 kProgressLineMs = 2000;

    TransferPrinter(TerminalOutput &out, bool labelled);

    // Put before every line (headless: "transfer     ", its log's column).
    void setLinePrefix(const QString &prefix) { m_linePrefix = prefix; }

    void show(const Net::TransferInfo &info);
    void forget(const QUuid &id) { m_seen.remove(id); }

private:
    struct Seen
    {
        Net::TransferState state;
        qint64 lastProgressMs;
        qint64 runningSinceMs; // first seen Running; -1 not yet
    };

    QString prefix(const Net::TransferInfo &info) const;

    TerminalOutput &m_out;
    bool m_labelled;
    QString m_linePrefix;
    QHash<QUuid, Seen> m_seen;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -kRedrawMs; // the status line, whichever transfer it shows
};

} // namespace Ferry::App
