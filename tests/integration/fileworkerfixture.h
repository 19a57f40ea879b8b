#pragma once
// Shared by tst_fileworkers*.cpp: a temporary source and destination folder, the file lists both
// state machines would derive from one offer, and checks on what arrived.
#include "fileworkerpipeline.h"
#include "net/operations/spacedrop/sourcescanner.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace Ferry::Test {

constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kMaxData = Net::Spacedrop::Chunk::kMaxData;

inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        out[i] = char(gen.bounded(256));
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

inline QStringList partFiles(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.part")}, QDir::Files | QDir::System | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

inline bool isEmptyDir(const QString &dir)
{
    return QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// What both state machines would derive from one offer: scanned sources, targets under dst.
struct Plan
{
    Net::ScanResult scan;
    QList<Net::SourceFile> sources;
    QList<Net::TargetFile> targets;
    QStringList folders;
};

inline Plan plan(const QStringList &selection, const QString &dst)
{
    Plan p;
    p.scan = Net::scanSources(selection);
    for (qsizetype i = 0; i < p.scan.entries.size(); ++i) {
        const Net::SpacedropEntry &e = p.scan.entries.at(i);
        const QString target = dst + QLatin1Char('/') + e.path;
        if (!e.isFile()) {
            p.folders << target;
            continue;
        }
        p.sources.append({quint32(i), p.scan.sourcePaths.at(i), e.size, e.mtimeMs});
        p.targets.append({quint32(i), target, e.size, e.mtimeMs, e.executable});
    }
    return p;
}

// Runs a whole transfer of p through pipe; true when every file completed.
inline bool runTransfer(const Plan &p, WorkerPipeline &pipe)
{
    if (!p.scan.ok())
        return false;
    pipe.setTargets(p.targets);
    if (!p.folders.isEmpty()) {
        const QStringList folders = p.folders;
        pipe.onWriter([folders](Net::FileWriteWorker &w) { w.createFolders(folders); });
    }
    pipe.start(p.sources);
    const qsizetype files = p.sources.size();
    // finished() may arrive after the last fileCompleted(): the two come from different threads.
    pipe.waitUntil([&] {
        return (pipe.completed.size() == files && pipe.readerFinished) || pipe.writeError
            || pipe.readError;
    });
    const bool ok = pipe.completed.size() == files && pipe.readerFinished && !pipe.writeError;
    if (!ok)
        qWarning() << "transfer ended with" << pipe.completed.size() << "of" << files
                   << "files; reader finished:" << pipe.readerFinished
                   << "read error:" << (pipe.readError ? pipe.readError->toString() : QString())
                   << "write error:" << (pipe.writeError ? pipe.writeError->toString() : QString());
    return ok;
}

// Every target has its source's bytes, time and exec bit, and no .part is left under dst.
inline bool sameFiles(const Plan &p, const QString &dst)
{
    for (const Net::TargetFile &t : p.targets) {
        const QFileInfo info(t.finalPath);
        const auto s = std::find_if(p.sources.cbegin(), p.sources.cend(),
                                    [&](const Net::SourceFile &f) { return f.index == t.index; });
        if (readFile(t.finalPath) != readFile(s->path)
            || info.lastModified().toMSecsSinceEpoch() != t.mtimeMs
            || info.isExecutable() != t.executable) {
            qWarning() << "differs:" << t.finalPath;
            return false;
        }
    }
    return partFiles(dst).isEmpty();
}

// The same files copied with plain read()/write() of 1 MiB, no hashing, into fresh files: what
// the machine does right now. Its speed drifts several-fold here (page cache handed back to the
// host, ext4 slow to create files after deletes, other load), so the workers' figure means
// something only next to this one.
inline double plainCopySeconds(const QList<Net::SourceFile> &sources, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer(kMiB, Qt::Uninitialized);
    for (const Net::SourceFile &s : sources) {
        const int in = ::open(QFile::encodeName(s.path).constData(), O_RDONLY | O_CLOEXEC);
        const int out = ::open(QFile::encodeName(dir + QLatin1Char('/') + QString::number(s.index)),
                               O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        ssize_t got = 0;
        while (in >= 0 && out >= 0 && (got = ::read(in, buffer.data(), kMiB)) > 0)
            if (::write(out, buffer.constData(), size_t(got)) != got)
                break;
        ::close(in);
        ::close(out);
    }
    return timer.nsecsElapsed() / 1e9;
}

// A fresh temporary folder with src/ and dst/ in it, per test function.
struct FileWorkerFixture
{
    std::unique_ptr<QTemporaryDir> tmp;
    QString src;
    QString dst;

    bool reset()
    {
        tmp = std::make_unique<QTemporaryDir>();
        src = tmp->filePath(QStringLiteral("src"));
        dst = tmp->filePath(QStringLiteral("dst"));
        return tmp->isValid() && QDir().mkpath(src) && QDir().mkpath(dst);
    }
};

} // namespace Ferry::Test
