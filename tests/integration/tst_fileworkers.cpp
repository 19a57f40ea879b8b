// The disk sides of Spacedrop (docs/PROTOCOL.md §13.2–§13.4) when all goes well: FileReadWorker
// and FileWriteWorker on real threads, wired straight together (fileworkerpipeline.h), on real
// files. Failures are in tst_fileworkers_failures.cpp.
#include "fileworkerfixture.h"
#include "net/operations/spacedrop/receivedisk.h"
#include "net/operations/spacedrop/sha256.h"
#include "tests/support/errorcode.h"

#include <QtTest>

#include <sys/stat.h>

using namespace Ferry;
using namespace Ferry::Test;
using Net::TargetFile;
using Pipeline = Test::WorkerPipeline;

class TestFileWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_fx.reset()); }
    void transfersFileOfSize_data();
    void transfersFileOfSize();
    void transfersTreeOfSmallFiles();
    void reportsThroughput();
    void resumesFromHeldPrefix();
    void prefixMismatchRestartsAtZero();
    void existingNameGetsNumber_data();
    void existingNameGetsNumber();
    void zeroChunksLeaveHoles();
    void applyRunsBatchAndReportsOnce_data();
    void applyRunsBatchAndReportsOnce();
    void receiveDiskBatchesOneTurn_data();
    void receiveDiskBatchesOneTurn();

private:
    void holdPrefix(const TargetFile &target, const QByteArray &prefix);

    FileWorkerFixture m_fx;
};

void TestFileWorkers::transfersFileOfSize_data()
{
    QTest::addColumn<qint64>("size");
    for (qint64 size :
         {qint64(0), qint64(1), kMaxData, kMaxData + 1, kMiB - 1, kMiB, kMiB + 1, 5 * kMiB})
        QTest::addRow("%lld bytes", size) << size;
}

void TestFileWorkers::transfersFileOfSize()
{
    QFETCH(qint64, size);
    const QString path = m_fx.src + QStringLiteral("/file.bin");
    QVERIFY(writeFile(path, randomBytes(size, quint32(size))));
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner));
    const Plan p = plan({path}, m_fx.dst);
    Pipeline::Options options;
    options.initialGrant = 2 * kMiB;
    Pipeline pipe(options);
    QVERIFY(runTransfer(p, pipe));
    QVERIFY(sameFiles(p, m_fx.dst));
    QCOMPARE(pipe.completed, (QList<QPair<quint32, QString>>{{0, m_fx.dst + "/file.bin"}}));
    QCOMPARE(pipe.dataBytes, size);
    QCOMPARE(pipe.chunkDataBytes, size);
    // Credit: at most one message beyond the grant.
    QVERIFY2(pipe.maxOutstanding <= options.initialGrant + Net::Spacedrop::kMaxMessage,
             qPrintable(QString::number(pipe.maxOutstanding)));
}

void TestFileWorkers::transfersTreeOfSmallFiles()
{
    QRandomGenerator gen(7);
    for (int d = 0; d < 20; ++d) {
        const QString dir = m_fx.src + QStringLiteral("/tree/d%1").arg(d, 2, 10, QLatin1Char('0'));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/empty")));
        for (int f = 0; f < 100; ++f)
            QVERIFY(writeFile(dir + QStringLiteral("/f%1.txt").arg(f),
                              randomBytes(gen.bounded(8192), gen.generate())));
    }
    const Plan p = plan({m_fx.src + QStringLiteral("/tree")}, m_fx.dst);
    QCOMPARE(p.sources.size(), 2000);
    QVERIFY(QDir().mkdir(m_fx.tmp->filePath(QStringLiteral("plain"))));
    const double plain = plainCopySeconds(p.sources, m_fx.tmp->filePath(QStringLiteral("plain")));
    Pipeline pipe;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runTransfer(p, pipe));
    const double seconds = timer.nsecsElapsed() / 1e9;
    qDebug("2000 small files: %.0f files/s in %d batches; plain copy %.0f files/s (ratio %.2f)",
           2000 / seconds, pipe.batches, 2000 / plain, plain / seconds);
    QVERIFY(sameFiles(p, m_fx.dst));
    QVERIFY(QFileInfo(m_fx.dst + QStringLiteral("/tree/d19/empty")).isDir());
    QVERIFY(pipe.batches < 200); // many files per signal
}

void TestFileWorkers::reportsThroughput()
{
    const qint64 size = 256 * kMiB;
    const QString path = m_fx.src + QStringLiteral("/big.bin");
    QVERIFY(writeFile(path, randomBytes(size, 256)));
    const Plan p = plan({path}, m_fx.dst);
    const double plain = plainCopySeconds(p.sources, m_fx.tmp->path());
    Pipeline pipe;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runTransfer(p, pipe));
    const double seconds = timer.nsecsElapsed() / 1e9;
    qDebug("256 MiB through the workers (read, SHA-256 | SHA-256, write, rename): %.3f s, "
           "%.2f GB/s; plain copy %.3f s, %.2f GB/s (ratio %.2f)",
           seconds, size / seconds / 1e9, plain, size / plain / 1e9, plain / seconds);
    QVERIFY(sameFiles(p, m_fx.dst));
}

// Writes prefix as the start of target's .part, the way an interrupted transfer leaves it.
void TestFileWorkers::holdPrefix(const TargetFile &target, const QByteArray &prefix)
{
    Pipeline pipe;
    pipe.onWriter([=](Net::FileWriteWorker &w) {
        w.openFile(target, 0, false);
        for (qint64 at = 0; at < prefix.size(); at += kMaxData)
            w.write(Net::Spacedrop::Chunk::encode(
                target.index, quint64(at),
                QByteArrayView(prefix).sliced(at).first(std::min(kMaxData, prefix.size() - at))));
        w.suspend();
        w.inspect(target);
    });
    QTRY_VERIFY(pipe.inspected);
    QCOMPARE(std::get<1>(*pipe.inspected), quint64(prefix.size()));
    QCOMPARE(std::get<2>(*pipe.inspected), Net::Sha256::hash(prefix));
    QVERIFY(!pipe.writeError);
}

void TestFileWorkers::resumesFromHeldPrefix()
{
    const QByteArray data = randomBytes(3 * kMiB + 5, 1);
    const QString path = m_fx.src + QStringLiteral("/movie.mkv");
    QVERIFY(writeFile(path, data));
    const Plan p = plan({path}, m_fx.dst);
    const qint64 held = kMaxData + 500'000; // not on a chunk boundary
    holdPrefix(p.targets.first(), data.first(held));

    Pipeline::Options options;
    options.resumeIndex = 0;
    options.resumeOffset = quint64(held);
    Pipeline pipe(options);
    pipe.setTargets(p.targets);
    pipe.start(p.sources, quint64(held), Net::Sha256::hash(data.first(held)));
    QTRY_COMPARE(pipe.completed.size(), 1);
    QVERIFY(pipe.prefixMatched.has_value());
    QVERIFY(*pipe.prefixMatched);
    QCOMPARE(pipe.firstOffset.value(0), quint64(held));
    QCOMPARE(pipe.dataBytes, data.size() - held);
    QVERIFY(sameFiles(p, m_fx.dst));
}

void TestFileWorkers::prefixMismatchRestartsAtZero()
{
    const QByteArray data = randomBytes(2 * kMiB, 2);
    const QString path = m_fx.src + QStringLiteral("/movie.mkv");
    QVERIFY(writeFile(path, data));
    const Plan p = plan({path}, m_fx.dst);
    const QByteArray stale = randomBytes(kMiB, 3); // the receiver holds another version
    holdPrefix(p.targets.first(), stale);

    Pipeline::Options options;
    options.resumeIndex = 0;
    options.resumeOffset = quint64(stale.size());
    Pipeline pipe(options);
    pipe.setTargets(p.targets);
    pipe.start(p.sources, quint64(stale.size()), Net::Sha256::hash(stale));
    QTRY_COMPARE(pipe.completed.size(), 1);
    QVERIFY(pipe.prefixMatched.has_value());
    QVERIFY(!*pipe.prefixMatched);
    QCOMPARE(pipe.firstOffset.value(0), quint64(0));
    QCOMPARE(pipe.dataBytes, data.size());
    QVERIFY(sameFiles(p, m_fx.dst));
}

void TestFileWorkers::existingNameGetsNumber_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");

    QTest::newRow("taken") << "photo.jpg" << QStringList{"photo.jpg"} << "photo (1).jpg";
    QTest::newRow("(1) taken too")
        << "photo.jpg" << QStringList{"photo.jpg", "photo (1).jpg"} << "photo (2).jpg";
    QTest::newRow("last dot") << "archive.tar.gz" << QStringList{"archive.tar.gz"}
                              << "archive.tar (1).gz";
    QTest::newRow("dot file") << ".profile" << QStringList{".profile"} << ".profile (1)";
    QTest::newRow("taken by a folder") << "notes" << QStringList{"notes/"} << "notes (1)";
}

void TestFileWorkers::existingNameGetsNumber()
{
    QFETCH(QString, name);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);

    QVERIFY(writeFile(m_fx.src + QLatin1Char('/') + name, "new"));
    for (const QString &e : existing) {
        const QString path = m_fx.dst + QLatin1Char('/') + e;
        QVERIFY(e.endsWith(QLatin1Char('/')) ? QDir().mkdir(path) : writeFile(path, e.toUtf8()));
    }
    const Plan p = plan({m_fx.src + QLatin1Char('/') + name}, m_fx.dst);
    Pipeline pipe;
    QVERIFY(runTransfer(p, pipe));
    QCOMPARE(pipe.completed.first().second, m_fx.dst + QLatin1Char('/') + expected);
    QCOMPARE(readFile(m_fx.dst + QLatin1Char('/') + expected), QByteArray("new"));
    for (const QString &e : existing) { // untouched
        if (!e.endsWith(QLatin1Char('/')))
            QCOMPARE(readFile(m_fx.dst + QLatin1Char('/') + e), e.toUtf8());
    }
    QVERIFY(partFiles(m_fx.dst).isEmpty());
}

void TestFileWorkers::zeroChunksLeaveHoles()
{
    // 5 MiB of zeros with a few bytes in the middle, itself sparse.
    const qint64 size = 5 * kMiB;
    const QString path = m_fx.src + QStringLiteral("/disk.img");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(size) && f.seek(size / 2)
            && f.write("hello") == 5);
    f.close();
    const Plan p = plan({path}, m_fx.dst);
    Pipeline pipe;
    QVERIFY(runTransfer(p, pipe));
    QVERIFY(sameFiles(p, m_fx.dst));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(p.targets.first().finalPath).constData(), &st), 0);
    QCOMPARE(qint64(st.st_size), size);
    // Only the one CHUNK holding "hello" was written.
    QVERIFY2(qint64(st.st_blocks) * 512 <= kMiB + 64 * 1024,
             qPrintable(QString::number(st.st_blocks)));
}

QTEST_GUILESS_MAIN(TestFileWorkers)
#include "tst_fileworkers.moc"

void TestFileWorkers::applyRunsBatchAndReportsOnce_data()
{
    // The file is created with its final mode; only a umask that takes bits away needs fchmod.
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 077") << 077;
}

// IncomingTransfer hands the worker one batch per drain: opens, chunks and finishes of several
// files, answered by one applied() instead of a written() per chunk and a fileCompleted() per
// file.
void TestFileWorkers::applyRunsBatchAndReportsOnce()
{
    QFETCH(int, mask);
    const mode_t before = ::umask(mode_t(mask));
    const auto restore = qScopeGuard([before] { ::umask(before); });
    const QByteArray big = randomBytes(kMaxData + 10, 3);
    const QList<std::pair<TargetFile, QByteArray>> files = {
        {TargetFile{0, m_fx.dst + QStringLiteral("/run.sh"), 5, 1'600'000'000'123, true}, "echo\n"},
        {TargetFile{1, m_fx.dst + QStringLiteral("/empty"), 0, 0, false}, QByteArray()},
        {TargetFile{2, m_fx.dst + QStringLiteral("/big.bin"), quint64(big.size()), 0, false}, big},
    };
    Net::WriteOps ops;
    for (const auto &[target, data] : files) {
        ops.append(Net::WriteOp::open(target, 0, false));
        for (qint64 at = 0; at < data.size(); at += kMaxData)
            ops.append(Net::WriteOp::chunk(Net::Spacedrop::Chunk::encode(
                target.index, quint64(at), data.sliced(at, std::min(kMaxData, data.size() - at)))));
        ops.append(Net::WriteOp::finish(Net::Sha256::hash(data)));
    }
    Net::FileWriteWorker worker;
    QSignalSpy applied(&worker, &Net::FileWriteWorker::applied);
    QSignalSpy written(&worker, &Net::FileWriteWorker::written);
    QSignalSpy completed(&worker, &Net::FileWriteWorker::fileCompleted);
    QSignalSpy failed(&worker, &Net::FileWriteWorker::failed);
    worker.apply(ops);

    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).toLongLong(), 5 + big.size());
    QCOMPARE(applied.at(0).at(1).value<QList<quint32>>(), (QList<quint32>{0, 1, 2}));
    QCOMPARE(written.count(), 0);
    QCOMPARE(completed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(partFiles(m_fx.dst).isEmpty());
    for (const auto &[target, data] : files) {
        QCOMPARE(readFile(target.finalPath), data);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(target.finalPath).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), target.executable ? 0755 : 0644);
    }
    QCOMPARE(QFileInfo(files.at(0).first.finalPath).lastModified().toMSecsSinceEpoch(),
             qint64(1'600'000'000'123));
}

void TestFileWorkers::receiveDiskBatchesOneTurn_data()
{
    QTest::addColumn<bool>("keepPart");
    QTest::newRow("interrupted: the .part stays") << true;
    QTest::newRow("failed: the .part goes") << false;
}

// ReceiveDisk hands everything asked of it in one turn of the event loop to the worker as one
// batch, counts the bytes not yet written, and on stop() writes what it was given before it
// keeps or deletes the file it is in the middle of.
void TestFileWorkers::receiveDiskBatchesOneTurn()
{
    QFETCH(bool, keepPart);
    const QByteArray a = randomBytes(1000, 4);
    const QByteArray b = randomBytes(3000, 5);
    const TargetFile ta{0, m_fx.dst + QStringLiteral("/a"), quint64(a.size()), 0, false};
    const TargetFile tb{1, m_fx.dst + QStringLiteral("/b"), quint64(b.size()), 0, false};
    const TargetFile tc{2, m_fx.dst + QStringLiteral("/c"), 10, 0, false};
    Net::ReceiveDisk disk;
    QSignalSpy written(&disk, &Net::ReceiveDisk::written);
    QSignalSpy failed(&disk, &Net::ReceiveDisk::failed);
    for (const auto &[target, data] : {std::pair{ta, a}, std::pair{tb, b}}) {
        disk.open(target, 0, false);
        disk.write(Net::Spacedrop::Chunk::encode(target.index, 0, data), data.size());
        disk.finish(Net::Sha256::hash(data));
    }
    QCOMPARE(disk.pendingBytes(), a.size() + b.size());
    QVERIFY(written.wait());
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(0).toLongLong(), a.size() + b.size());
    QCOMPARE(written.at(0).at(1).value<QList<quint32>>(), (QList<quint32>{0, 1}));
    QCOMPARE(disk.pendingBytes(), 0);
    QCOMPARE(readFile(ta.finalPath), a);
    QCOMPARE(readFile(tb.finalPath), b);

    // Half of c, and the end comes before the batch went: it is written, then kept or deleted.
    disk.open(tc, 0, false);
    disk.write(Net::Spacedrop::Chunk::encode(2, 0, "hello"), 5);
    disk.stop(keepPart);
    QCOMPARE(QFileInfo::exists(tc.finalPath + QStringLiteral(".part")), keepPart);
    if (keepPart)
        QCOMPARE(readFile(tc.finalPath + QStringLiteral(".part")), QByteArray("hello"));
    QCOMPARE(written.count(), 1); // nothing is reported after stop()
    QCOMPARE(failed.count(), 0);
}
