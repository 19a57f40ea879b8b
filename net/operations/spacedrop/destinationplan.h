#pragma once

#include "net/operations/spacedrop/spacedropentry.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Ferry::Net {

// Where each entry of an accepted Spacedrop offer goes inside the destination folder
// (docs/PROTOCOL.md §13.4). Entries must already satisfy the wire path rules (§13.2).
class DestinationPlan
{
public:
    // Says whether a name exists directly in the destination folder (case-insensitively where
    // the file system is); the planner asks it for every top-level name and its ".part" twin.
    using ExistsFn = std::function<bool(const QString &topLevelName)>;

    // Plans against the real destination folder's contents.
    static DestinationPlan make(const QString &destination, const SpacedropEntries &entries);
    static DestinationPlan make(const SpacedropEntries &entries, const ExistsFn &exists);

    // One local relative path per entry, same order: '/'-separated, sanitised, unique
    // (case-insensitively) per folder, never "", ".", ".." or absolute.
    const QStringList &localPaths() const { return m_localPaths; }
    // Every folder to create (relative, parents before children): listed folders and the
    // parents of every entry.
    const QStringList &folders() const { return m_folders; }

private:
    QStringList m_localPaths;
    QStringList m_folders;
};

// One path component made safe for common file systems (§13.4): `\ : * ? " < > |` and control
// characters become '_', trailing dots and spaces go, Windows device names get a leading '_',
// empty becomes "_", cut to 255 UTF-8 bytes at a character boundary keeping the extension.
QString sanitizeComponent(const QString &component);
// "name (n).ext" for a file ("archive.tar (1).gz" splits at the last dot; a leading dot is not an
// extension), "name (n)" for a folder; cut so that the result stays within 255 bytes.
QString numberedName(const QString &name, int n, bool isFolder);

} // namespace Ferry::Net
