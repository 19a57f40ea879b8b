#pragma once

#include "net/operations/spacedrop/filewriteworker.h"
#include "net/operations/spacedrop/transfermanifest.h"

#include <QStringList>

namespace Ferry::Net {

// The receiver's files of an accepted transfer, as its manifest describes them.

// The write target of entry index (a file): absolute final path, size, time, mode.
TargetFile targetFile(const IncomingManifest &manifest, quint32 index);
// Every folder to create, relative, parents first: folder entries and every entry's parents.
QStringList localFolders(const IncomingManifest &manifest);
// The first file entry, from manifest.resumeIndex on, that is not complete under its final
// name (a regular file of the right size); entries.size() when every file is. The manifest's
// resumeIndex is saved lazily, so files past it may be complete already (§13.3).
quint32 firstIncompleteFile(const IncomingManifest &manifest);
// Deletes the ".part" file of every file entry from manifest.resumeIndex on (a cancel or a
// failure); only regular files, never through a link.
void removePartFiles(const IncomingManifest &manifest);

} // namespace Ferry::Net
