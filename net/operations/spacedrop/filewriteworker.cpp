#include "net/operations/spacedrop/filewriteworker.h"

#include "net/operations/spacedrop/spacedropmessage.h"

#include <QFile>
#include <QMetaType>

#include <algorithm>
#include <cerrno>
#include <cstdio> // renameat2 (glibc, _GNU_SOURCE)
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry::Net {

namespace {

constexpr qint64 kReadBackSize = 1 << 20;
constexpr int kMaxNumberedNames = 10'000;
constexpr qsizetype kMaxNameBytes = 255;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

ErrorCode codeFor(int error)
{
    return (error == ENOSPC || error == EDQUOT) ? ErrorCode::DiskFull : ErrorCode::WriteFailed;
}

// The process's umask, from /proc: umask() cannot be read without setting it, which would race
// with other threads creating files. 0777 when unknown, so that every mode gets set.
mode_t processUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0777;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Umask:")) {
            bool ok = false;
            const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
            return ok && value <= 0777 ? mode_t(value) : mode_t(0777);
        }
    }
    return 0777;
}

mode_t finalMode(const TargetFile &file)
{
    return file.executable ? 0755 : 0644;
}

QString partPathOf(const TargetFile &file)
{
    return file.finalPath + QStringLiteral(".part");
}

// memcmp against itself shifted by one: vectorised by libc, and stops at the first non-zero
// byte, which for real data is within the first few.
bool isAllZero(const char *data, qsizetype size)
{
    return size > 0 && data[0] == 0 && std::memcmp(data, data + 1, size_t(size - 1)) == 0;
}

int pwriteAll(int fd, const char *data, qsizetype size, quint64 offset)
{
    while (size > 0) {
        const ssize_t done = ::pwrite(fd, data, size_t(size), off_t(offset));
        if (done < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += done;
        size -= done;
        offset += quint64(done);
    }
    return 0;
}

// Reads and hashes up to size bytes from the start of fd; returns how many it read (less on a
// read error or a shorter file).
quint64 hashFrom(int fd, quint64 size, Sha256 &sha)
{
    QByteArray buffer(qint64(std::min<quint64>(size, kReadBackSize)), Qt::Uninitialized);
    quint64 done = 0;
    while (done < size) {
        const size_t want = size_t(std::min<quint64>(size - done, quint64(buffer.size())));
        const ssize_t got = ::pread(fd, buffer.data(), want, off_t(done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        sha.addData(QByteArrayView(buffer.constData(), got));
        done += quint64(got);
    }
    return done;
}

// "name (n).ext" ("archive.tar (1).gz"; a leading dot starts no extension), the name cut so that
// it stays within 255 bytes.
QString numberedPath(const QString &path, int n)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = path.left(slash + 1);
    const QString name = path.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    QString base = dot > 0 ? name.left(dot) : name;
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    while (!base.isEmpty() && (base + suffix + ext).toUtf8().size() > kMaxNameBytes)
        base.chop(base.size() >= 2 && base.back().isLowSurrogate() ? 2 : 1);
    return dir + base + suffix + ext;
}

// rename() that never replaces: renameat2(RENAME_NOREPLACE), or link()+unlink() where the file
// system does not support it. Returns 0 or an errno (EEXIST: the target exists).
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}

} // namespace

FileWriteWorker::FileWriteWorker(QObject *parent) : QObject(parent), m_umask(processUmask())
{
    registerTypes();
}

FileWriteWorker::~FileWriteWorker()
{
    closeFile();
}

void FileWriteWorker::registerTypes()
{
    qRegisterMetaType<Ferry::Net::TargetFile>();
    qRegisterMetaType<QList<quint32>>();
    qRegisterMetaType<Ferry::Net::ErrorCode>();
}

void FileWriteWorker::createFolders(const QStringList &folders)
{
    // Reported directly: a folder failing says nothing about the file being written.
    const auto failWith = [this](const QString &folder, int error) {
        emit failed(codeFor(error), QStringLiteral("%1: %2").arg(folder, errnoText(error)));
    };
    for (const QString &folder : folders) {
        const QByteArray raw = QFile::encodeName(folder);
        struct stat st;
        bool exists = ::lstat(raw.constData(), &st) == 0;
        if (!exists && errno == ENOENT) {
            if (::mkdir(raw.constData(), 0755) == 0)
                continue;
            if (errno != EEXIST)
                return failWith(folder, errno);
            exists = ::lstat(raw.constData(), &st) == 0; // made meanwhile: what is it?
        }
        if (!exists)
            return failWith(folder, errno);
        if (!S_ISDIR(st.st_mode)) {
            emit failed(ErrorCode::WriteFailed,
                        QStringLiteral("%1: exists and is not a folder").arg(folder));
            return;
        }
    }
    emit foldersCreated();
}

void FileWriteWorker::inspect(const TargetFile &file)
{
    Sha256 sha;
    quint64 held = 0;
    const int fd = ::open(QFile::encodeName(partPathOf(file)).constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd >= 0) {
        struct stat st;
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
            held = hashFrom(fd, std::min<quint64>(quint64(st.st_size), file.size), sha);
        ::close(fd);
    }
    emit inspected(file.index, held, sha.result());
}

void FileWriteWorker::openFile(const TargetFile &file, quint64 startOffset, bool resume)
{
    closeFile();
    m_state = State::Idle;
    m_file = file;
    m_partPath.clear();
    m_offset = m_diskEnd = 0;
    m_modeSet = false;
    m_sha.reset();
    if (openPart(startOffset, resume))
        m_state = State::Open;
}

bool FileWriteWorker::openPart(quint64 startOffset, bool resume)
{
    const QString part = partPathOf(m_file);
    const QByteArray raw = QFile::encodeName(part);
    if (startOffset > 0 || resume) {
        // Ours from an earlier attempt; O_NOFOLLOW and the type check refuse anything planted.
        m_fd = ::open(raw.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (m_fd < 0 && (errno != ENOENT || startOffset > 0)) {
            failErrno(errno, part);
            return false;
        }
    }
    if (m_fd < 0) {
        // Created with its final mode, so that completing it needs no fchmod when the umask
        // leaves that mode alone (a small file costs a handful of syscalls; this is one).
        const mode_t mode = finalMode(m_file);
        m_fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (m_fd < 0) {
            failErrno(errno, part);
            return false;
        }
        m_modeSet = (mode & ~m_umask) == mode;
        m_partPath = part;
        return true;
    }
    struct stat st;
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        closeFile();
        fail(ErrorCode::WriteFailed, QStringLiteral("%1: not a regular file").arg(part));
        return false;
    }
    m_partPath = part;
    if (startOffset > quint64(st.st_size)) {
        fail(ErrorCode::WriteFailed,
             QStringLiteral("%1: holds %2 bytes, not %3")
                 .arg(part)
                 .arg(st.st_size)
                 .arg(startOffset));
        return false;
    }
    if (!hashHeldPrefix(startOffset))
        return false;
    m_offset = m_diskEnd = startOffset;
    return true;
}

bool FileWriteWorker::hashHeldPrefix(quint64 startOffset)
{
    if (hashFrom(m_fd, startOffset, m_sha) != startOffset) {
        fail(ErrorCode::WriteFailed,
             QStringLiteral("%1: cannot read back the bytes held").arg(m_partPath));
        return false;
    }
    if (::ftruncate(m_fd, off_t(startOffset)) != 0) {
        failErrno(errno, m_partPath);
        return false;
    }
    return true;
}

void FileWriteWorker::write(const QByteArray &chunkMessage)
{
    if (m_state != State::Open)
        return; // a failure was reported already, or the transfer moved on
    const char *data = chunkMessage.constData() + Spacedrop::Chunk::kHeaderSize;
    const qsizetype size = chunkMessage.size() - Spacedrop::Chunk::kHeaderSize;
    if (size <= 0)
        return;
    // All-zero data stays a hole; finishing sets the size if the file ends in one.
    if (!isAllZero(data, size)) {
        if (const int error = pwriteAll(m_fd, data, size, m_offset)) {
            failErrno(error, m_partPath);
            return;
        }
        m_diskEnd = m_offset + quint64(size);
    }
    m_sha.addData(QByteArrayView(data, size));
    m_offset += quint64(size);
    if (m_batch)
        m_batch->bytes += size;
    else
        emit written(size);
}

void FileWriteWorker::finishFile(const QByteArray &expectedSha256)
{
    if (m_state == State::Failed)
        return;
    if (m_state == State::Idle)
        return fail(ErrorCode::WriteFailed, QStringLiteral("no file is open to finish"));
    if (m_offset != m_file.size)
        return failAndRemove(ErrorCode::SizeMismatch,
                             QStringLiteral("%1: received %2 of %3 bytes")
                                 .arg(m_file.finalPath)
                                 .arg(m_offset)
                                 .arg(m_file.size));
    if (m_sha.result() != expectedSha256)
        return failAndRemove(
            ErrorCode::IntegrityMismatch,
            QStringLiteral("%1: SHA-256 differs from the sender's").arg(m_file.finalPath));
    completeFile();
}

// Size, mode, time, then the final name.
void FileWriteWorker::completeFile()
{
    if (m_diskEnd < m_offset && ::ftruncate(m_fd, off_t(m_offset)) != 0) {
        failErrno(errno, m_partPath);
        return;
    }
    if (!m_modeSet && ::fchmod(m_fd, finalMode(m_file)) != 0) {
        failErrno(errno, m_partPath);
        return;
    }
    if (m_file.mtimeMs != 0) {
        struct timespec times[2];
        times[0].tv_sec = 0;
        times[0].tv_nsec = UTIME_OMIT;
        times[1].tv_sec = time_t(m_file.mtimeMs / 1000);
        times[1].tv_nsec = long(m_file.mtimeMs % 1000) * 1'000'000;
        if (times[1].tv_nsec < 0) { // before 1970: floor the seconds
            times[1].tv_sec -= 1;
            times[1].tv_nsec += 1'000'000'000;
        }
        if (::futimens(m_fd, times) != 0) {
            failErrno(errno, m_partPath);
            return;
        }
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) { // NFS and quotas can report a failed write only here
        failErrno(errno, m_partPath);
        return;
    }
    const QByteArray from = QFile::encodeName(m_partPath);
    QString target = m_file.finalPath;
    int error = renameNoReplace(from, QFile::encodeName(target));
    for (int n = 1; error == EEXIST && n <= kMaxNumberedNames; ++n) {
        target = numberedPath(m_file.finalPath, n);
        error = renameNoReplace(from, QFile::encodeName(target));
    }
    if (error != 0) {
        failErrno(error, m_file.finalPath);
        return;
    }
    m_state = State::Idle;
    m_partPath.clear();
    if (m_batch)
        m_batch->completed.append(m_file.index);
    else
        emit fileCompleted(m_file.index, target);
}

void FileWriteWorker::discard()
{
    closeFile();
    if (!m_partPath.isEmpty())
        ::unlink(QFile::encodeName(m_partPath).constData());
    m_partPath.clear();
    m_state = State::Idle;
}

void FileWriteWorker::suspend()
{
    // A .part ending in a hole is cut to its logical size, so that inspect() counts the hole.
    if (m_state == State::Open && m_diskEnd < m_offset)
        ::ftruncate(m_fd, off_t(m_offset));
    closeFile();
    m_partPath.clear();
    m_state = State::Idle;
}

void FileWriteWorker::apply(const WriteOps &ops)
{
    Batch batch;
    m_batch = &batch;
    for (const WriteOp &op : ops) {
        switch (op.kind) {
        case WriteOp::Kind::Open:
            openFile(op.file, op.startOffset, op.resume);
            break;
        case WriteOp::Kind::Chunk:
            write(op.bytes);
            break;
        case WriteOp::Kind::Finish:
            finishFile(op.bytes);
            break;
        }
        if (batch.failure)
            break;
    }
    m_batch = nullptr;
    if (batch.bytes > 0 || !batch.completed.isEmpty())
        emit applied(batch.bytes, batch.completed);
    if (batch.failure)
        emit failed(batch.failure->first, batch.failure->second);
}

void FileWriteWorker::fail(ErrorCode code, const QString &detail)
{
    m_state = State::Failed;
    if (m_batch)
        m_batch->failure = std::make_pair(code, detail);
    else
        emit failed(code, detail);
}

void FileWriteWorker::failErrno(int error, const QString &what)
{
    fail(codeFor(error), QStringLiteral("%1: %2").arg(what, errnoText(error)));
}

void FileWriteWorker::failAndRemove(ErrorCode code, const QString &detail)
{
    closeFile();
    if (!m_partPath.isEmpty())
        ::unlink(QFile::encodeName(m_partPath).constData());
    m_partPath.clear();
    fail(code, detail);
}

void FileWriteWorker::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace Ferry::Net
