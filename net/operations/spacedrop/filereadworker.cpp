#include "net/operations/spacedrop/filereadworker.h"

#include "net/operations/spacedrop/spacedropmessage.h"

#include <QFile>
#include <QMetaType>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry::Net {

namespace {

// Messages are handed over in batches of about this many bytes: one queued signal per big CHUNK,
// or one for many small files, so that signal overhead stays small and the consumer does not
// wait for a whole grant to be read.
constexpr qint64 kBatchBytes = Spacedrop::kMaxMessage;
constexpr qint64 kPrefixReadSize = 1 << 20;
// Big messages come from a few reused buffers: steady streaming then allocates nothing, and
// faults in no fresh pages (costly here: freed memory goes back to the hypervisor).
constexpr qsizetype kPoolMinSize = 128 * 1024; // glibc's default mmap threshold
constexpr qsizetype kPoolSize = 16; // covers a grant window of 8 MiB and then some

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

qint64 mtimeMs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
}

} // namespace

FileReadWorker::FileReadWorker(QObject *parent) : QObject(parent)
{
    registerTypes();
}

FileReadWorker::~FileReadWorker()
{
    closeFile();
}

void FileReadWorker::registerTypes()
{
    qRegisterMetaType<Ferry::Net::SourceFile>();
    qRegisterMetaType<QList<Ferry::Net::SourceFile>>();
    qRegisterMetaType<Ferry::Net::ErrorCode>();
}

void FileReadWorker::start(const QList<SourceFile> &files, quint64 prefixOffset,
                           const QByteArray &prefixDigest)
{
    closeFile();
    m_failure = ErrorCode::None;
    m_files = files;
    m_current = 0;
    m_offset = 0;
    m_sha.reset();
    if (m_stopped)
        return;
    m_running = true;
    if (m_files.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    if (prefixOffset > 0) {
        bool matched = false;
        if (!checkPrefix(prefixOffset, prefixDigest, matched))
            return reportFailure();
        emit prefixChecked(matched);
    }
    produce();
}

void FileReadWorker::grant(qint64 bytes)
{
    m_credit += bytes;
    if (m_running)
        produce();
}

void FileReadWorker::stop()
{
    m_stopped = true;
    // Only the worker's own thread may touch its state; after a direct call from elsewhere the
    // flag alone stops it, and the file is closed by the next slot or the destructor.
    if (thread() == QThread::currentThread()) {
        m_running = false;
        closeFile();
        m_pool.clear();
    }
}

void FileReadWorker::produce()
{
    QList<QByteArray> batch;
    qint64 batchBytes = 0;
    qint64 dataBytes = 0;
    Step step = Step::More;
    while (m_running && !m_stopped && m_credit > 0) {
        QByteArray message;
        qint64 data = 0;
        step = nextMessage(message, data);
        if (step == Step::Failed)
            break;
        m_credit -= message.size();
        batchBytes += message.size();
        dataBytes += data;
        batch.append(std::move(message));
        if (step == Step::Last) {
            m_running = false;
            break;
        }
        if (batchBytes >= kBatchBytes) {
            emit messagesReady(batch, dataBytes);
            batch.clear();
            batchBytes = dataBytes = 0;
        }
    }
    // The files completed before a failure are still handed over: a resume can skip them.
    if (!batch.isEmpty() && !m_stopped)
        emit messagesReady(batch, dataBytes);
    if (!m_running)
        m_pool.clear();
    if (step == Step::Last && !m_stopped)
        emit finished();
    reportFailure();
}

FileReadWorker::Step FileReadWorker::nextMessage(QByteArray &message, qint64 &dataBytes)
{
    if (m_fd < 0 && !openCurrent())
        return Step::Failed;
    const SourceFile &file = m_files.at(m_current);
    if (m_offset < file.size) {
        const qint64 size
            = qint64(std::min<quint64>(file.size - m_offset, Spacedrop::Chunk::kMaxData));
        // Read straight into the message, after its header: no copy.
        message = takeBuffer(Spacedrop::Chunk::kHeaderSize + size);
        char *data = message.data();
        Spacedrop::Chunk::writeHeader(data, file.index, m_offset);
        data += Spacedrop::Chunk::kHeaderSize;
        if (!readFully(data, size, m_offset))
            return Step::Failed;
        if (message.capacity() >= Spacedrop::kMaxMessage && m_pool.size() < kPoolSize)
            m_pool.append(message); // shared with the consumer until it lets go
        m_sha.addData(QByteArrayView(data, size));
        m_offset += quint64(size);
        dataBytes = size;
        return Step::More;
    }
    if (!checkUnchanged())
        return Step::Failed;
    closeFile();
    message = Spacedrop::FileEnd{file.index, m_sha.result()}.encode();
    dataBytes = 0;
    m_sha.reset();
    m_offset = 0;
    ++m_current;
    return m_current == m_files.size() ? Step::Last : Step::More;
}

// A buffer of size bytes that nothing else holds: a pooled one the consumer has let go of, or a
// new one (of pool size, when big).
QByteArray FileReadWorker::takeBuffer(qsizetype size)
{
    if (size < kPoolMinSize)
        return QByteArray(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        if (m_pool.at(i).isDetached()) {
            QByteArray buffer = m_pool.takeAt(i);
            buffer.resize(size);
            return buffer;
        }
    }
    QByteArray buffer(Spacedrop::kMaxMessage, Qt::Uninitialized);
    buffer.resize(size);
    return buffer;
}

bool FileReadWorker::openCurrent()
{
    const SourceFile &file = m_files.at(m_current);
    m_fd = ::open(QFile::encodeName(file.path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            fail(ErrorCode::SourceChanged, QStringLiteral("%1: no longer there").arg(file.path));
        else
            fail(ErrorCode::ReadFailed, QStringLiteral("%1: %2").arg(file.path, errnoText(error)));
        return false;
    }
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        fail(ErrorCode::ReadFailed, QStringLiteral("%1: %2").arg(file.path, errnoText(errno)));
        return false;
    }
    QString changed;
    if (!S_ISREG(st.st_mode))
        changed = QStringLiteral("no longer a regular file");
    else if (quint64(st.st_size) != file.size)
        changed = QStringLiteral("size is %1 bytes, offered as %2").arg(st.st_size).arg(file.size);
    else if (file.mtimeMs != 0 && mtimeMs(st) != file.mtimeMs)
        changed = QStringLiteral("modified since it was offered");
    if (!changed.isEmpty()) {
        fail(ErrorCode::SourceChanged, QStringLiteral("%1: %2").arg(file.path, changed));
        return false;
    }
    m_openedSize = st.st_size;
    m_openedMtimeNs = mtimeNs(st);
    if (file.size > quint64(Spacedrop::Chunk::kMaxData))
        ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return true;
}

bool FileReadWorker::checkPrefix(quint64 prefixOffset, const QByteArray &prefixDigest,
                                 bool &matched)
{
    if (!openCurrent())
        return false;
    matched = false;
    if (prefixOffset <= m_files.first().size) {
        QByteArray buffer(qint64(std::min<quint64>(prefixOffset, kPrefixReadSize)),
                          Qt::Uninitialized);
        for (quint64 done = 0; done < prefixOffset;) {
            if (m_stopped)
                return false;
            const qint64 size = qint64(std::min<quint64>(prefixOffset - done, buffer.size()));
            if (!readFully(buffer.data(), size, done))
                return false;
            m_sha.addData(QByteArrayView(buffer.constData(), size));
            done += quint64(size);
        }
        matched = m_sha.result() == prefixDigest;
    }
    if (matched) {
        m_offset = prefixOffset;
    } else {
        m_sha.reset();
        m_offset = 0;
    }
    return true;
}

bool FileReadWorker::readFully(char *out, qint64 size, quint64 offset)
{
    const SourceFile &file = m_files.at(m_current);
    while (size > 0) {
        const ssize_t got = ::pread(m_fd, out, size_t(size), off_t(offset));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            fail(ErrorCode::ReadFailed, QStringLiteral("%1: %2").arg(file.path, errnoText(errno)));
            return false;
        }
        if (got == 0) {
            fail(ErrorCode::SourceChanged,
                 QStringLiteral("%1: ended at %2 of %3 bytes")
                     .arg(file.path)
                     .arg(offset)
                     .arg(file.size));
            return false;
        }
        out += got;
        size -= got;
        offset += quint64(got);
    }
    return true;
}

// A file that grew, shrank or was modified while it was read would arrive as a mix of versions.
bool FileReadWorker::checkUnchanged()
{
    const SourceFile &file = m_files.at(m_current);
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        fail(ErrorCode::ReadFailed, QStringLiteral("%1: %2").arg(file.path, errnoText(errno)));
        return false;
    }
    if (st.st_size != m_openedSize || mtimeNs(st) != m_openedMtimeNs) {
        fail(ErrorCode::SourceChanged,
             QStringLiteral("%1: changed while it was being sent").arg(file.path));
        return false;
    }
    if (st.st_nlink == 0) { // still readable through our descriptor, but the user deleted it
        fail(ErrorCode::SourceChanged,
             QStringLiteral("%1: deleted while it was being sent").arg(file.path));
        return false;
    }
    return true;
}

void FileReadWorker::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void FileReadWorker::fail(ErrorCode code, const QString &detail)
{
    m_running = false;
    closeFile();
    m_failure = code;
    m_failureDetail = detail;
}

void FileReadWorker::reportFailure()
{
    const ErrorCode code = std::exchange(m_failure, ErrorCode::None);
    if (code != ErrorCode::None && !m_stopped)
        emit failed(code, m_failureDetail);
}

} // namespace Ferry::Net
