#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

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

// One step of a batch for FileWriteWorker::apply(): what openFile(), write() or finishFile()
// would do.
struct WriteOp
{
    enum class Kind : quint8 { Open, Chunk, Finish };

    static WriteOp open(const TargetFile &file, quint64 startOffset, bool resume)
    {
        return {Kind::Open, file, startOffset, resume, {}};
    }
    static WriteOp chunk(const QByteArray &chunkMessage)
    {
        return {Kind::Chunk, {}, 0, false, chunkMessage};
    }
    static WriteOp finish(const QByteArray &expectedSha256)
    {
        return {Kind::Finish, {}, 0, false, expectedSha256};
    }

    Kind kind = Kind::Chunk;
    TargetFile file; // Open
    quint64 startOffset = 0; // Open
    bool resume = false; // Open
    QByteArray bytes; // Chunk: the CHUNK message; Finish: the expected SHA-256
};

using WriteOps = QList<WriteOp>;

} // namespace Ferry::Net

Q_DECLARE_METATYPE(Ferry::Net::TargetFile)
