#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/sha256.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace Ferry::Net {

// A file the sender will send, from its index in the offer.
struct SourceFile
{
    quint32 index = 0;
    QString path; // absolute local path
    quint64 size = 0; // as offered
    qint64 mtimeMs = 0; // as offered (0: unknown, not checked)
};

// The sender's disk side of a Spacedrop transfer (docs/PROTOCOL.md §13.2), living on a worker
// thread: reads the files in order, hashes them, and hands back ready CHUNK and FILE_END
// messages, never more bytes than it was granted. Use through queued calls only.
class FileReadWorker : public QObject
{
    Q_OBJECT
public:
    explicit FileReadWorker(QObject *parent = nullptr);
    ~FileReadWorker() override;
    Q_DISABLE_COPY_MOVE(FileReadWorker)

    // Registers the types its queued slots and signals carry (SourceFile, QList<SourceFile>,
    // ErrorCode). The constructor calls it too; call it before connecting from another thread.
    static void registerTypes();

public Q_SLOTS:
    // files: every file entry from the resume point, in order. When prefixOffset > 0, the first
    // file's first prefixOffset bytes are hashed and compared with prefixDigest: on a match its
    // data starts there, otherwise at 0 (prefixChecked says which; it is emitted only then).
    void start(const QList<Ferry::Net::SourceFile> &files, quint64 prefixOffset,
               const QByteArray &prefixDigest);
    // Permission to produce this many more message bytes.
    void grant(qint64 bytes);
    // Stops reading; nothing more is emitted. Also safe to call directly from another thread: it
    // then cuts a long prefix check short (at most the batch in hand may still be emitted).
    void stop();

Q_SIGNALS:
    void prefixChecked(bool prefixMatched);
    // Messages (CHUNKs and FILE_ENDs, in order) and how many file data bytes they carry.
    void messagesReady(const QList<QByteArray> &messages, qint64 dataBytes);
    void finished(); // after the last FILE_END's message
    // ReadFailed (I/O error) or SourceChanged (size or mtime differ from the offer, the file
    // vanished, or it ended early); detail names the file. The messages produced before the
    // failure (files completed before the failing one) are emitted first.
    void failed(Ferry::Net::ErrorCode code, const QString &detail);

private:
    enum class Step { More, Last, Failed };

    void produce();
    Step nextMessage(QByteArray &message, qint64 &dataBytes);
    QByteArray takeBuffer(qsizetype size);
    bool openCurrent();
    bool checkPrefix(quint64 prefixOffset, const QByteArray &prefixDigest, bool &matched);
    bool readFully(char *out, qint64 size, quint64 offset);
    bool checkUnchanged();
    void closeFile();
    void fail(ErrorCode code, const QString &detail); // stops; reportFailure() emits it
    void reportFailure();

    QList<SourceFile> m_files;
    qsizetype m_current = 0; // into m_files
    int m_fd = -1; // m_files[m_current], open
    quint64 m_offset = 0; // next byte of the current file to send
    qint64 m_openedSize = 0; // fstat right after open, compared after the last byte
    qint64 m_openedMtimeNs = 0;
    Sha256 m_sha;
    QList<QByteArray> m_pool; // message buffers, reused once the consumer lets go of them
    qint64 m_credit = 0; // may go below 0 by at most one message
    bool m_running = false;
    ErrorCode m_failure = ErrorCode::None;
    QString m_failureDetail;
    std::atomic<bool> m_stopped{false};
};

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::SourceFile)
