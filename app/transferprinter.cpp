#include "app/transferprinter.h"

#include "app/terminaloutput.h"
#include "app/transferformat.h"

namespace Ferry::App {

using Net::TransferState;

TransferPrinter::TransferPrinter(TerminalOutput &out, bool labelled)
    : m_out(out), m_labelled(labelled)
{
    m_clock.start();
}

void TransferPrinter::show(const Net::TransferInfo &info)
{
    const qint64 now = m_clock.elapsed();
    const auto seen = m_seen.constFind(info.id);
    if (seen == m_seen.cend() || seen->state != info.state) {
        qint64 runningSince = seen == m_seen.cend() ? -1 : seen->runningSinceMs;
        if (runningSince < 0 && info.state == TransferState::Running)
            runningSince = now;
        m_seen.insert(info.id, Seen{info.state, now, runningSince});
        // An offer waiting for an answer is shown by whoever asks (receive, headless).
        if (info.state != TransferState::AwaitingDecision)
            m_out.line(prefix(info) + stateText(info, runningSince >= 0 ? now - runningSince : -1));
        return;
    }
    if (info.state != TransferState::Running)
        return;
    if (m_out.isInteractive()) {
        if (now - m_lastDrawMs < kRedrawMs)
            return;
        m_lastDrawMs = now;
        m_out.status(prefix(info) + progressBar(info));
        return;
    }
    if (now - seen->lastProgressMs < kProgressLineMs)
        return;
    m_seen[info.id].lastProgressMs = now;
    m_out.line(prefix(info) + progressLine(info));
}

QString TransferPrinter::prefix(const Net::TransferInfo &info) const
{
    if (!m_labelled)
        return m_linePrefix;
    return m_linePrefix + deviceLabel(info.peerName, info.peer) + QStringLiteral(": ");
}

} // namespace Ferry::App
