#pragma once

#include "net/operations/spacedrop/spacedropentry.h"

#include <QString>
#include <QStringList>

namespace Ferry::Net {

// What a sender offers for a selection of local files and folders (docs/PROTOCOL.md §13.2).
struct ScanResult
{
    SpacedropEntries entries; // folders before what they hold; empty folders listed
    QStringList sourcePaths; // one absolute local path per entry
    QStringList skipped; // local paths left out, each with why: "path: symbolic link" …
    QString error; // non-empty: the selection cannot be sent (and entries is empty)
    quint64 totalBytes = 0;

    bool ok() const { return error.isEmpty(); }
};

// Walks the selection on the calling thread (call it from a worker: a big folder takes a while).
// Each selected item becomes a top-level entry named by its file name; folders are walked
// depth-first in name order. Symbolic links and special files inside folders are skipped (and
// listed); a selected path that does not exist, cannot be read, is itself a link to nothing, or
// whose name breaks the wire rules is an error. Names are sent as they are, except that control
// characters become '_'. More than maxEntries entries is an error.
ScanResult scanSources(const QStringList &paths, quint32 maxEntries = 1'000'000);

} // namespace Ferry::Net
