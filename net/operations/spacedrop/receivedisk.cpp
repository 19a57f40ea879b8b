#include "net/operations/spacedrop/receivedisk.h"

#include "net/operations/spacedrop/filewriteworker.h"

#include <utility>

namespace Ferry::Net {

ReceiveDisk::ReceiveDisk(QObject *parent) : QObject(parent)
{
    FileWriteWorker::registerTypes();
    m_thread = std::make_unique<WorkerThread<FileWriteWorker>>();
    FileWriteWorker *worker = m_thread->worker();
    connect(worker, &FileWriteWorker::foldersCreated, this, &ReceiveDisk::foldersCreated);
    connect(worker, &FileWriteWorker::inspected, this, &ReceiveDisk::inspected);
    connect(worker, &FileWriteWorker::applied, this,
            [this](qint64 bytes, const QList<quint32> &completed) {
                m_pending -= bytes;
                Q_EMIT written(bytes, completed);
            });
    connect(worker, &FileWriteWorker::failed, this, &ReceiveDisk::failed);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &ReceiveDisk::flush);
}

ReceiveDisk::~ReceiveDisk()
{
    if (!m_stopped)
        stop(true);
}

void ReceiveDisk::createFolders(const QStringList &folders)
{
    FileWriteWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(
        worker, [worker, folders] { worker->createFolders(folders); }, Qt::QueuedConnection);
}

void ReceiveDisk::inspect(const TargetFile &file)
{
    FileWriteWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(
        worker, [worker, file] { worker->inspect(file); }, Qt::QueuedConnection);
}

void ReceiveDisk::open(const TargetFile &file, quint64 startOffset, bool resume)
{
    m_ops.append(WriteOp::open(file, startOffset, resume));
    schedule();
}

void ReceiveDisk::write(const QByteArray &chunkMessage, qint64 dataBytes)
{
    m_ops.append(WriteOp::chunk(chunkMessage));
    m_pending += dataBytes;
    schedule();
}

void ReceiveDisk::finish(const QByteArray &expectedSha256)
{
    m_ops.append(WriteOp::finish(expectedSha256));
    schedule();
}

void ReceiveDisk::schedule()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ReceiveDisk::flush()
{
    if (m_ops.isEmpty() || m_stopped)
        return;
    FileWriteWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(
        worker, [worker, ops = std::exchange(m_ops, {})] { worker->apply(ops); },
        Qt::QueuedConnection);
}

void ReceiveDisk::stop(bool keepPart)
{
    if (m_stopped)
        return;
    m_flushTimer.stop();
    flush(); // a file that arrived whole and verified before the end stays (§13.3)
    m_stopped = true;
    disconnect(m_thread->worker(), nullptr, this, nullptr);
    FileWriteWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(
        worker,
        [worker, keepPart] {
            if (keepPart)
                worker->suspend();
            else
                worker->discard();
        },
        Qt::BlockingQueuedConnection);
    m_thread.reset();
}

} // namespace Ferry::Net
