#include "net/operations/spacedrop/partfiles.h"

#include <QFile>
#include <QSet>

#include <sys/stat.h>
#include <unistd.h>

namespace Ferry::Net {

namespace {
QString absolute(const IncomingManifest &manifest, quint32 index)
{
    return manifest.destination + QLatin1Char('/') + manifest.localPaths.value(qsizetype(index));
}

bool isRegularFileOfSize(const QString &path, quint64 size)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return S_ISREG(st.st_mode) && quint64(st.st_size) == size;
}
} // namespace

TargetFile targetFile(const IncomingManifest &manifest, quint32 index)
{
    const SpacedropEntry &entry = manifest.entries.at(qsizetype(index));
    return TargetFile{index, absolute(manifest, index), entry.size, entry.mtimeMs,
                      entry.executable};
}

QStringList localFolders(const IncomingManifest &manifest)
{
    QStringList folders;
    QSet<QString> seen;
    const auto add = [&](const QString &folder) {
        // Parents first: every prefix of the path, shortest first.
        qsizetype from = 0;
        while (true) {
            const qsizetype slash = folder.indexOf(QLatin1Char('/'), from);
            const QString prefix = slash < 0 ? folder : folder.left(slash);
            if (!seen.contains(prefix)) {
                seen.insert(prefix);
                folders.append(prefix);
            }
            if (slash < 0)
                return;
            from = slash + 1;
        }
    };
    for (qsizetype i = 0; i < manifest.entries.size() && i < manifest.localPaths.size(); ++i) {
        const QString &path = manifest.localPaths[i];
        if (!manifest.entries[i].isFile())
            add(path);
        else if (path.contains(QLatin1Char('/')))
            add(path.section(QLatin1Char('/'), 0, -2));
    }
    return folders;
}

quint32 firstIncompleteFile(const IncomingManifest &manifest)
{
    const quint32 count = quint32(manifest.entries.size());
    for (quint32 i = manifest.resumeIndex; i < count; ++i) {
        const SpacedropEntry &entry = manifest.entries[qsizetype(i)];
        if (!entry.isFile())
            continue;
        if (!isRegularFileOfSize(absolute(manifest, i), entry.size))
            return i;
        // Complete, unless its .part is there too (the final name belongs to someone else).
        if (QFile::exists(absolute(manifest, i) + QStringLiteral(".part")))
            return i;
    }
    return count;
}

void removePartFiles(const IncomingManifest &manifest)
{
    const quint32 count = quint32(manifest.entries.size());
    for (quint32 i = manifest.resumeIndex; i < count; ++i) {
        if (!manifest.entries[qsizetype(i)].isFile())
            continue;
        const QByteArray part = QFile::encodeName(absolute(manifest, i) + QStringLiteral(".part"));
        struct stat st
        {
        };
        if (::lstat(part.constData(), &st) == 0 && S_ISREG(st.st_mode))
            ::unlink(part.constData());
    }
}

} // namespace Ferry::Net
