#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QString>
#include <QStringList>

// How the terminal front-end words Spacedrop transfers (sizes in binary units: humanunits.h).
namespace Ferry::App {

// Text from the network (names, paths, messages) with control characters shown as '?', so that
// a peer cannot move the cursor or recolour the terminal.
QString printable(const QString &text);

// "Alice" abcd-efgh
QString deviceLabel(const QString &name, const Net::RemoteIdentity &identity);

// "3 files, 1 folder, 4.5 MiB"
QString contentSummary(int files, int folders, quint64 bytes);

// The status line: "[#####-----]  42%  126 MiB / 300 MiB  55.1 MiB/s  ETA 3 s  a/b.bin"
QString progressBar(const Net::TransferInfo &info);
// A log line: "progress 42% 126 MiB of 300 MiB, 55.1 MiB/s, ETA 3 s, a/b.bin"
QString progressLine(const Net::TransferInfo &info);

// Why an offer was declined: "declined by the receiver", "timed out: ...", "not enough space
// on the receiving device (detail)".
QString declineText(const Net::TransferInfo &info);

// What a state change means, in a few words ("waiting for an answer", "completed: 3 files, …
// saved in /x (2 s, 1.5 MiB/s on average)", "interrupted (ConnectionLost): …"). Names the other
// side as "the sender" or "the receiver". movingMs: how long the data moved, for the average
// speed of a completed transfer (-1: since it started, waiting for the answer included).
QString stateText(const Net::TransferInfo &info, qint64 movingMs = -1);

// The warning --accept-all deserves (stderr, "ferry: warning: …").
QString acceptAllWarning(const QString &destination);

// An offer as the receiving person sees it, one line each: who, the message, the first entries
// with their sizes ("+ N more"), the total and the free space where it would go.
QStringList requestLines(const Net::IncomingRequest &request, const QString &destination,
                         qint64 freeBytes);

} // namespace Ferry::App
