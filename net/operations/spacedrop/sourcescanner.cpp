#include "net/operations/spacedrop/sourcescanner.h"

#include "net/operations/spacedrop/spacedropmessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry::Net {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

qint64 mtimeMs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
}

// Control characters (U+0000–U+001F, U+007F–U+009F) are not allowed on the wire (§13.2).
QString wireName(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            c = QLatin1Char('_');
    }
    return out;
}

class Scanner
{
public:
    explicit Scanner(quint32 maxEntries) : m_maxEntries(maxEntries) { }

    bool addSelected(const QString &path);
    ScanResult take();

private:
    bool add(SpacedropEntry::Type type, const struct stat &st, const QString &wirePath,
             const QString &localPath);
    // Lists the folder open at fd (which it closes), depth-first in name order.
    bool walk(int fd, const QString &wirePath, const QString &localPath);
    bool addChild(int dirFd, const QByteArray &rawName, const QString &wirePath,
                  const QString &localPath);
    bool fail(const QString &error)
    {
        m_result.error = error;
        return false;
    }

    quint32 m_maxEntries;
    ScanResult m_result;
};

bool Scanner::add(SpacedropEntry::Type type, const struct stat &st, const QString &wirePath,
                  const QString &localPath)
{
    QString why;
    if (!Spacedrop::isValidWirePath(wirePath, &why))
        return fail(QStringLiteral("%1: name cannot be sent (%2)").arg(localPath, why));
    if (quint64(m_result.entries.size()) >= m_maxEntries)
        return fail(QStringLiteral("more than %1 entries").arg(m_maxEntries));
    SpacedropEntry entry;
    entry.type = type;
    entry.path = wirePath;
    entry.mtimeMs = mtimeMs(st);
    if (type == SpacedropEntry::Type::File) {
        entry.size = quint64(st.st_size);
        entry.executable = (st.st_mode & S_IXUSR) != 0;
        m_result.totalBytes += entry.size;
    }
    m_result.entries.append(entry);
    m_result.sourcePaths.append(localPath);
    return true;
}

bool Scanner::addSelected(const QString &path)
{
    if (path.isEmpty())
        return fail(QStringLiteral("empty path"));
    const QString local = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QByteArray raw = QFile::encodeName(local);
    struct stat st;
    // A selected link is followed (people drag links to things); one to nothing is an error.
    if (::stat(raw.constData(), &st) != 0) {
        const int error = errno;
        struct stat lst;
        if (error == ENOENT && ::lstat(raw.constData(), &lst) == 0)
            return fail(QStringLiteral("%1: symbolic link to nothing").arg(local));
        return fail(QStringLiteral("%1: %2").arg(local, errnoText(error)));
    }
    const QString name = wireName(QFileInfo(local).fileName());
    if (S_ISREG(st.st_mode)) {
        if (::access(raw.constData(), R_OK) != 0)
            return fail(QStringLiteral("%1: %2").arg(local, errnoText(errno)));
        return add(SpacedropEntry::Type::File, st, name, local);
    }
    if (!S_ISDIR(st.st_mode))
        return fail(QStringLiteral("%1: not a regular file or folder").arg(local));
    const int fd = ::open(raw.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("%1: cannot read folder: %2").arg(local, errnoText(errno)));
    if (!add(SpacedropEntry::Type::Folder, st, name, local)) {
        ::close(fd);
        return false;
    }
    return walk(fd, name, local);
}

bool Scanner::walk(int fd, const QString &wirePath, const QString &localPath)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        const int error = errno;
        ::close(fd);
        return fail(QStringLiteral("%1: cannot read folder: %2").arg(localPath, errnoText(error)));
    }
    QList<QByteArray> names;
    errno = 0;
    while (const dirent *d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") != 0 && std::strcmp(d->d_name, "..") != 0)
            names.append(QByteArray(d->d_name));
        errno = 0;
    }
    if (errno != 0) {
        const int error = errno;
        ::closedir(dir);
        return fail(QStringLiteral("%1: cannot read folder: %2").arg(localPath, errnoText(error)));
    }
    std::sort(names.begin(), names.end());
    bool ok = true;
    for (const QByteArray &rawName : std::as_const(names)) {
        if (!(ok = addChild(::dirfd(dir), rawName, wirePath, localPath)))
            break;
    }
    ::closedir(dir);
    return ok;
}

bool Scanner::addChild(int dirFd, const QByteArray &rawName, const QString &wirePath,
                       const QString &localPath)
{
    const QString name = QFile::decodeName(rawName);
    const QString local = localPath + QLatin1Char('/') + name;
    if (QFile::encodeName(name) != rawName) {
        // It could not be opened again through a QString path.
        m_result.skipped.append(QStringLiteral("%1: name is not valid UTF-8").arg(local));
        return true;
    }
    struct stat st;
    if (::fstatat(dirFd, rawName.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        m_result.skipped.append(QStringLiteral("%1: %2").arg(local, errnoText(errno)));
        return true;
    }
    const QString wire = wirePath + QLatin1Char('/') + wireName(name);
    if (S_ISREG(st.st_mode))
        return add(SpacedropEntry::Type::File, st, wire, local);
    if (S_ISLNK(st.st_mode)) {
        m_result.skipped.append(QStringLiteral("%1: symbolic link").arg(local));
        return true;
    }
    if (!S_ISDIR(st.st_mode)) {
        m_result.skipped.append(QStringLiteral("%1: special file").arg(local));
        return true;
    }
    if (!add(SpacedropEntry::Type::Folder, st, wire, local))
        return false;
    // O_NOFOLLOW: a folder swapped for a link since fstatat is not followed.
    const int fd
        = ::openat(dirFd, rawName.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("%1: cannot read folder: %2").arg(local, errnoText(errno)));
    return walk(fd, wire, local);
}

ScanResult Scanner::take()
{
    if (!m_result.ok()) {
        ScanResult failed;
        failed.error = m_result.error;
        return failed;
    }
    return std::move(m_result);
}

} // namespace

ScanResult scanSources(const QStringList &paths, quint32 maxEntries)
{
    if (paths.isEmpty()) {
        ScanResult nothing;
        nothing.error = QStringLiteral("nothing selected");
        return nothing;
    }
    Scanner scanner(maxEntries);
    for (const QString &path : paths) {
        if (!scanner.addSelected(path))
            break;
    }
    return scanner.take();
}

} // namespace Ferry::Net
