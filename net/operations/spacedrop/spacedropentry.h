#pragma once

#include <QList>
#include <QString>

namespace Ferry::Net {

// One entry of a Spacedrop offer (docs/PROTOCOL.md §13.2): a file or a folder, by its relative
// wire path ("Holiday/day 1/IMG_0001.jpg").
struct SpacedropEntry
{
    enum class Type : quint8 { File = 0x01, Folder = 0x02 };

    Type type = Type::File;
    bool executable = false; // files only
    quint64 size = 0; // 0 for folders
    qint64 mtimeMs = 0; // ms since the Unix epoch; 0 unknown
    QString path;

    bool isFile() const { return type == Type::File; }
    friend bool operator==(const SpacedropEntry &a, const SpacedropEntry &b)
    {
        return a.type == b.type && a.executable == b.executable && a.size == b.size
            && a.mtimeMs == b.mtimeMs && a.path == b.path;
    }
    friend bool operator!=(const SpacedropEntry &a, const SpacedropEntry &b) { return !(a == b); }
};

using SpacedropEntries = QList<SpacedropEntry>;

} // namespace Ferry::Net
