#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/workerthread.h"
#include "net/operations/spacedrop/writeop.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Ferry::Net {

class FileWriteWorker;

// The receiver's disk as one attempt of an IncomingTransfer sees it: a FileWriteWorker on its
// own thread, fed in batches. What the messages taken in one turn of the event loop ask of the
// disk (opens, CHUNKs, FILE_ENDs) goes to the worker as one batch and comes back as one
// written(): the stream reports each message as soon as its frame is decoded, so handing over
// per message would cost two wake-ups per small file. The batch goes when a zero timer fires,
// after the socket's data is all handled; a posted call would cost a wake-up of its own.
class ReceiveDisk : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveDisk)
public:
    explicit ReceiveDisk(QObject *parent = nullptr);
    ~ReceiveDisk() override; // stop(true) unless stopped

    // To the worker at once (FileWriteWorker::createFolders and inspect).
    void createFolders(const QStringList &folders);
    void inspect(const TargetFile &file);
    // Batched until the end of this turn of the event loop (FileWriteWorker::apply).
    void open(const TargetFile &file, quint64 startOffset, bool resume);
    void write(const QByteArray &chunkMessage, qint64 dataBytes);
    void finish(const QByteArray &expectedSha256);
    // Data bytes handed over (or batched) and not written yet.
    qint64 pendingBytes() const { return m_pending; }
    // Hands over what is batched, then waits until the worker has closed its open file, keeping
    // the .part (keepPart: an interruption) or deleting it. Nothing more is written or reported.
    void stop(bool keepPart);

Q_SIGNALS:
    void foldersCreated();
    void inspected(quint32 index, quint64 heldBytes, const QByteArray &sha256);
    // One batch done: its data bytes and the indices of the files it completed, in order.
    void written(qint64 bytes, const QList<quint32> &completed);
    void failed(Ferry::Net::ErrorCode code, const QString &detail);

private:
    void schedule();
    void flush();

    std::unique_ptr<WorkerThread<FileWriteWorker>> m_thread;
    WriteOps m_ops;
    QTimer m_flushTimer;
    qint64 m_pending = 0;
    bool m_stopped = false;
};

} // namespace Ferry::Net
