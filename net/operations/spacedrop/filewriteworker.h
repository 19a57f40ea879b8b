#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/sha256.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Ferry::Net {

// A file the receiver is about to write.
struct TargetFile
{
    quint32 index = 0;
    QString finalPath; // absolute; the .part file is finalPath + ".part"
    quint64 size = 0;
    qint64 mtimeMs = 0; // 0: leave the time alone
    bool executable = false;
};

// The receiver's disk side of a Spacedrop transfer (docs/PROTOCOL.md §13.2–§13.4), living on a
// worker thread. The protocol state machine has already checked order, indices, offsets and
// sizes; this writes, hashes, verifies and renames. Use through queued calls only.
class FileWriteWorker : public QObject
{
    Q_OBJECT
public:
    explicit FileWriteWorker(QObject *parent = nullptr);
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
    // Starts writing file at startOffset: 0 creates a new .part (exclusively; an existing .part
    // of ours is truncated when resume is true), > 0 keeps and hashes the first startOffset bytes
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

Q_SIGNALS:
    void foldersCreated();
    void inspected(quint32 index, quint64 heldBytes, const QByteArray &sha256);
    void written(qint64 bytes); // data bytes of one write() done (for backpressure)
    void fileCompleted(quint32 index, const QString &finalPath);
    // DiskFull (ENOSPC, EDQUOT), WriteFailed (other I/O), IntegrityMismatch (digest),
    // SizeMismatch (byte count at finishFile); detail names the file. After the two mismatches
    // the .part is already removed; after the others it stays until discard() or suspend().
    void failed(Ferry::Net::ErrorCode code, const QString &detail);

private:
    // Open: writing m_file. Failed: it failed (reported once); write() and finishFile() do
    // nothing until the next openFile(), discard() or suspend().
    enum class State { Idle, Open, Failed };

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
    Sha256 m_sha;
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::TargetFile)
