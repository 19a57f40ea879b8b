#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/sha256.h"
#include "net/operations/spacedrop/writeop.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ferry::Net {

// The receiver's disk side of a Spacedrop transfer (docs/PROTOCOL.md §13.2–§13.4), living on a
// worker thread. The protocol state machine has already checked order, indices, offsets and
// sizes; this writes, hashes, verifies and renames. Use through queued calls only.
class FileWriteWorker : public QObject
{
    Q_OBJECT
public:
    explicit FileWriteWorker(QObject *parent = nullptr); // notes the umask (see openFile)
    ~FileWriteWorker() override; // closes an open file, keeping its .part
    Q_DISABLE_COPY_MOVE(FileWriteWorker)

    // Registers the types its queued slots and signals carry (TargetFile, ErrorCode). The
    // constructor calls it too; call it before connecting from another thread.
    static void registerTypes();

public Q_SLOTS:
    // Creates each folder (absolute paths, parents first) that does not exist; never follows or
    // creates links. foldersCreated() or failed().
    void createFolders(const QStringList &folders);
    // How much of file's .part is there and the SHA-256 of it (at most file.size bytes):
    // inspected(). A missing .part, or anything there that is not a regular file, is 0 bytes
    // (whose SHA-256 is that of nothing, e3b0c442…).
    void inspect(const Ferry::Net::TargetFile &file);
    // Starts writing file at startOffset: 0 creates a new .part (exclusively, with the file's
    // final mode as the umask noted at construction allows; an existing .part of ours is
    // truncated when resume is true), > 0 keeps and hashes the first startOffset bytes
    // of the existing .part and cuts anything after them.
    void openFile(const Ferry::Net::TargetFile &file, quint64 startOffset, bool resume);
    // One CHUNK message whose data (from byte 13) goes at the current end of the open file.
    // All-zero data is not written but left as a hole.
    void write(const QByteArray &chunkMessage);
    // Ends the open file: the byte count must be its size and the digest must match; then sets
    // its time and mode and renames the .part to the final name without replacing anything (an
    // existing name gets " (n)"). fileCompleted() or failed().
    void finishFile(const QByteArray &expectedSha256);
    // Closes and deletes the open .part file, if any (cancel, failure).
    void discard();
    // Closes the open file keeping the .part (interruption).
    void suspend();
    // Runs ops in order, as openFile(), write() and finishFile() would, and stops at the first
    // failure. Then reports the whole batch at once: applied() (if anything was written or
    // completed), then failed() if a step failed. One queued call and one signal per batch, not
    // three calls and two signals per file (a tree of 10 000 files makes 30 000 messages).
    void apply(const Ferry::Net::WriteOps &ops);

Q_SIGNALS:
    void foldersCreated();
    void inspected(quint32 index, quint64 heldBytes, const QByteArray &sha256);
    void written(qint64 bytes); // data bytes of one write() done (for backpressure)
    void fileCompleted(quint32 index, const QString &finalPath);
    // One apply(): data bytes written and the indices of the files completed, in order (their
    // written() and fileCompleted() are not emitted).
    void applied(qint64 bytes, const QList<quint32> &completed);
    // DiskFull (ENOSPC, EDQUOT), WriteFailed (other I/O), IntegrityMismatch (digest),
    // SizeMismatch (byte count at finishFile); detail names the file. After the two mismatches
    // the .part is already removed; after the others it stays until discard() or suspend().
    void failed(Ferry::Net::ErrorCode code, const QString &detail);

private:
    // Open: writing m_file. Failed: it failed (reported once); write() and finishFile() do
    // nothing until the next openFile(), discard() or suspend().
    enum class State { Idle, Open, Failed };
    // What apply() reports at its end instead of signalling each step.
    struct Batch
    {
        qint64 bytes = 0;
        QList<quint32> completed;
        std::optional<std::pair<ErrorCode, QString>> failure;
    };

    bool openPart(quint64 startOffset, bool resume);
    bool hashHeldPrefix(quint64 startOffset);
    void completeFile();
    void fail(ErrorCode code, const QString &detail);
    void failErrno(int error, const QString &what);
    void failAndRemove(ErrorCode code, const QString &detail);
    void closeFile();

    State m_state = State::Idle;
    TargetFile m_file;
    QString m_partPath; // the .part this worker owns (created or resumed); empty when none
    int m_fd = -1;
    quint64 m_offset = 0; // logical size written so far
    quint64 m_diskEnd = 0; // bytes actually written up to; below m_offset after trailing holes
    bool m_modeSet = false; // created with its final mode, which the umask kept: no fchmod
    const unsigned m_umask; // the process's, when this worker was made
    Batch *m_batch = nullptr; // during apply()
    Sha256 m_sha;
};

} // namespace Ferry::Net
