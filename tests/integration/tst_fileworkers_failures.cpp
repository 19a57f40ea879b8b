// The disk sides of Spacedrop (docs/PROTOCOL.md §13.2–§13.4) when something goes wrong: sources
// that change, bytes or digests that do not match, names and .part files that are not ours, a
// full disk. FileReadWorker and FileWriteWorker on real threads (fileworkerpipeline.h).
#include "fileworkerfixture.h"
#include "net/operations/spacedrop/sha256.h"
#include "tests/support/errorcode.h"

#include <QtTest>

#include <QScopeGuard>

#include <sys/mount.h>

using namespace Ferry;
using namespace Ferry::Test;
using Net::ErrorCode;
using Net::TargetFile;
using Pipeline = Test::WorkerPipeline;

class TestFileWorkerFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_fx.reset()); }
    void sourceChangedBeforeSending_data();
    void sourceChangedBeforeSending();
    void sourceChangedWhileSending_data();
    void sourceChangedWhileSending();
    void corruptDigestIsIntegrityMismatch();
    void missingBytesIsSizeMismatch();
    void strangersPartIsLeftAlone();
    void plantedLinkAsPartIsRefused();
    void createFoldersRefusesNonFolders();
    void diskFullIsReported();
    void stoppedReaderEmitsNothingMore();
    void missingPartInspectsAsEmpty();
    void applyStopsAtFirstFailure();

private:
    FileWorkerFixture m_fx;
};

void TestFileWorkerFailures::sourceChangedBeforeSending_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("grew") << QStringLiteral("grew");
    QTest::newRow("touched") << QStringLiteral("touched");
    QTest::newRow("deleted") << QStringLiteral("deleted");
    QTest::newRow("replaced by a folder") << QStringLiteral("folder");
}

void TestFileWorkerFailures::sourceChangedBeforeSending()
{
    QFETCH(QString, change);
    const QString first = m_fx.src + QStringLiteral("/a.txt");
    const QString path = m_fx.src + QStringLiteral("/b.txt");
    QVERIFY(writeFile(first, "first") && writeFile(path, "hello"));
    const Plan p = plan({first, path}, m_fx.dst);
    QFile f(path);
    if (change == QLatin1String("grew")) {
        QVERIFY(f.open(QIODevice::Append) && f.write("!") == 1);
    } else if (change == QLatin1String("touched")) {
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::fromMSecsSinceEpoch(p.sources.last().mtimeMs - 1000),
                              QFileDevice::FileModificationTime));
    } else {
        QVERIFY(f.remove());
        if (change == QLatin1String("folder"))
            QVERIFY(QDir().mkdir(path));
    }
    f.close();
    Pipeline pipe;
    QVERIFY(!runTransfer(p, pipe));
    QCOMPARE(pipe.readError->code, ErrorCode::SourceChanged);
    QVERIFY2(pipe.readError->detail.startsWith(path), qPrintable(pipe.readError->detail));
    QCOMPARE(pipe.readErrors, 1);
    QVERIFY(!pipe.readerFinished);
    QTRY_COMPARE(pipe.completed.size(), 1); // a.txt was complete before b.txt was opened
}

void TestFileWorkerFailures::sourceChangedWhileSending_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("detail");
    QTest::newRow("grew") << QStringLiteral("grew") << QStringLiteral("changed while");
    QTest::newRow("shrank") << QStringLiteral("shrank") << QStringLiteral("ended at");
    QTest::newRow("touched") << QStringLiteral("touched") << QStringLiteral("changed while");
}

void TestFileWorkerFailures::sourceChangedWhileSending()
{
    QFETCH(QString, change);
    QFETCH(QString, detail);
    const QString path = m_fx.src + QStringLiteral("/log.txt");
    QVERIFY(writeFile(path, randomBytes(3 * kMiB, 4)));
    const Plan p = plan({path}, m_fx.dst);
    Pipeline::Options options;
    options.initialGrant = 1; // one CHUNK, then wait
    options.refill = false;
    Pipeline pipe(options);
    pipe.setTargets(p.targets);
    pipe.start(p.sources);
    QTRY_COMPARE(pipe.batches, 1);

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    if (change == QLatin1String("grew"))
        QVERIFY(f.seek(f.size()) && f.write("more") == 4);
    else if (change == QLatin1String("shrank"))
        QVERIFY(f.resize(kMiB + 10));
    else
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60),
                              QFileDevice::FileModificationTime));
    f.close();
    pipe.onReader([](Net::FileReadWorker &r) { r.grant(64 * kMiB); });
    QTRY_VERIFY(pipe.readError);
    QCOMPARE(pipe.readError->code, ErrorCode::SourceChanged);
    QVERIFY2(pipe.readError->detail.contains(detail), qPrintable(pipe.readError->detail));
    QVERIFY(!pipe.readerFinished);
    pipe.onWriter([](Net::FileWriteWorker &w) { w.discard(); });
    QTRY_VERIFY(partFiles(m_fx.dst).isEmpty());
}

void TestFileWorkerFailures::corruptDigestIsIntegrityMismatch()
{
    const QString path = m_fx.src + QStringLiteral("/doc.pdf");
    QVERIFY(writeFile(path, randomBytes(2 * kMiB, 5)));
    const Plan p = plan({path}, m_fx.dst);
    Pipeline::Options options;
    options.corruptDigest = true;
    Pipeline pipe(options);
    QVERIFY(!runTransfer(p, pipe));
    QCOMPARE(pipe.writeError->code, ErrorCode::IntegrityMismatch);
    QVERIFY(pipe.writeError->detail.startsWith(p.targets.first().finalPath));
    QVERIFY(isEmptyDir(m_fx.dst)); // no file, no .part
}

void TestFileWorkerFailures::missingBytesIsSizeMismatch()
{
    const QString path = m_fx.src + QStringLiteral("/doc.pdf");
    QVERIFY(writeFile(path, randomBytes(2 * kMiB, 6)));
    const Plan p = plan({path}, m_fx.dst);
    Pipeline::Options options;
    options.dropLastChunk = true;
    Pipeline pipe(options);
    QVERIFY(!runTransfer(p, pipe));
    QCOMPARE(pipe.writeError->code, ErrorCode::SizeMismatch);
    QVERIFY(isEmptyDir(m_fx.dst));
    // Later calls for the failed file do nothing and report nothing more.
    const TargetFile target = p.targets.first();
    pipe.onWriter([target](Net::FileWriteWorker &w) {
        w.write(Net::Spacedrop::Chunk::encode(0, 0, "x"));
        w.finishFile(QByteArray(32, '\0'));
        w.inspect(target); // a barrier to wait on
    });
    QTRY_VERIFY(pipe.inspected);
    QCOMPARE(pipe.writeErrors, 1);
    QVERIFY(isEmptyDir(m_fx.dst));
}

void TestFileWorkerFailures::strangersPartIsLeftAlone()
{
    const TargetFile target{3, m_fx.dst + QStringLiteral("/x.bin"), 5, 0, false};
    const QString part = target.finalPath + QStringLiteral(".part");
    QVERIFY(writeFile(part, "stranger"));
    Pipeline pipe;
    pipe.onWriter([=](Net::FileWriteWorker &w) {
        w.openFile(target, 0, false); // O_EXCL
        w.write(Net::Spacedrop::Chunk::encode(3, 0, "hello"));
        w.discard();
        w.inspect(target); // after the rest: a barrier to wait on
    });
    QTRY_VERIFY(pipe.inspected);
    QCOMPARE(pipe.writeErrors, 1);
    QCOMPARE(pipe.writeError->code, ErrorCode::WriteFailed);
    QVERIFY2(pipe.writeError->detail.startsWith(part), qPrintable(pipe.writeError->detail));
    QCOMPARE(readFile(part), QByteArray("stranger"));
}

void TestFileWorkerFailures::plantedLinkAsPartIsRefused()
{
    const QString victim = m_fx.tmp->filePath(QStringLiteral("victim"));
    QVERIFY(writeFile(victim, "precious"));
    const TargetFile target{0, m_fx.dst + QStringLiteral("/x.bin"), 5, 0, false};
    const QString part = target.finalPath + QStringLiteral(".part");
    QVERIFY(QFile::link(victim, part));
    for (const auto &[offset, resume] :
         {std::pair{quint64(0), false}, std::pair{quint64(0), true}, std::pair{quint64(4), true}}) {
        Pipeline pipe;
        pipe.onWriter([=](Net::FileWriteWorker &w) {
            w.openFile(target, offset, resume);
            w.write(Net::Spacedrop::Chunk::encode(0, offset, "hello"));
            w.finishFile(Net::Sha256::hash("hello"));
            w.discard();
            w.inspect(target);
        });
        QTRY_VERIFY(pipe.inspected);
        QCOMPARE(pipe.writeErrors, 1);
        QCOMPARE(pipe.writeError->code, ErrorCode::WriteFailed);
        QCOMPARE(std::get<1>(*pipe.inspected), quint64(0)); // a link holds nothing of ours
    }
    QCOMPARE(readFile(victim), QByteArray("precious"));
    QVERIFY(QFileInfo(part).isSymLink());
    QVERIFY(!QFileInfo::exists(target.finalPath));
}

void TestFileWorkerFailures::createFoldersRefusesNonFolders()
{
    QVERIFY(writeFile(m_fx.dst + QStringLiteral("/file"), "x"));
    QVERIFY(QFile::link(m_fx.src, m_fx.dst + QStringLiteral("/link")));
    QVERIFY(QDir().mkdir(m_fx.dst + QStringLiteral("/there")));
    Pipeline pipe;
    const QStringList good{m_fx.dst + "/there", m_fx.dst + "/new", m_fx.dst + "/new/deeper"};
    pipe.onWriter([=](Net::FileWriteWorker &w) { w.createFolders(good); });
    QTRY_COMPARE(pipe.foldersCreated, 1);
    QVERIFY(QFileInfo(m_fx.dst + QStringLiteral("/new/deeper")).isDir());
    for (const QString &bad : {QStringLiteral("/file"), QStringLiteral("/link")}) {
        const QString folder = m_fx.dst + bad;
        pipe.onWriter([=](Net::FileWriteWorker &w) { w.createFolders({folder}); });
        QTRY_COMPARE(pipe.writeErrors, bad == QLatin1String("/file") ? 1 : 2);
        QCOMPARE(pipe.writeError->code, ErrorCode::WriteFailed);
        QVERIFY(pipe.writeError->detail.startsWith(folder));
    }
    QCOMPARE(pipe.foldersCreated, 1);
    QVERIFY(QDir(m_fx.src).isEmpty()); // nothing made through the link
}

void TestFileWorkerFailures::diskFullIsReported()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    const QString mnt = m_fx.tmp->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkdir(mnt));
    if (::mount("ferry-test", QFile::encodeName(mnt).constData(), "tmpfs", 0, "size=4m") != 0)
        QSKIP(qPrintable(QStringLiteral("mount: %1").arg(qt_error_string(errno))));
    const auto unmount
        = qScopeGuard([&] { ::umount2(QFile::encodeName(mnt).constData(), MNT_DETACH); });
    const QString path = m_fx.src + QStringLiteral("/big.bin");
    QVERIFY(writeFile(path, randomBytes(8 * kMiB, 8)));
    const Plan p = plan({path}, mnt);
    Pipeline pipe;
    QVERIFY(!runTransfer(p, pipe));
    QCOMPARE(pipe.writeError->code, ErrorCode::DiskFull);
    QVERIFY2(pipe.writeError->detail.startsWith(mnt + QStringLiteral("/big.bin.part")),
             qPrintable(pipe.writeError->detail));
    QCOMPARE(partFiles(mnt).size(), 1);
    pipe.onWriter([](Net::FileWriteWorker &w) { w.discard(); });
    QTRY_VERIFY(partFiles(mnt).isEmpty());
    QVERIFY(QDir(mnt).isEmpty());
}

void TestFileWorkerFailures::stoppedReaderEmitsNothingMore()
{
    const QString path = m_fx.src + QStringLiteral("/big.bin");
    QVERIFY(writeFile(path, randomBytes(4 * kMiB, 9)));
    const Plan p = plan({path}, m_fx.dst);
    Pipeline::Options options;
    options.initialGrant = 1; // one CHUNK, then wait
    options.refill = false;
    Pipeline pipe(options);
    pipe.setTargets(p.targets);
    pipe.start(p.sources);
    QTRY_COMPARE(pipe.batches, 1);
    std::atomic<bool> passed{false};
    pipe.onReader([&passed](Net::FileReadWorker &r) {
        r.stop();
        r.grant(64 * kMiB);
        passed = true; // a barrier: what grant() emitted is queued to us by now
    });
    QTRY_VERIFY(passed);
    QCoreApplication::processEvents();
    QCOMPARE(pipe.batches, 1);
    QVERIFY(!pipe.readerFinished);
    QVERIFY(!pipe.readError);
}

void TestFileWorkerFailures::missingPartInspectsAsEmpty()
{
    Pipeline pipe;
    const TargetFile target{7, m_fx.dst + QStringLiteral("/none.bin"), 100, 0, false};
    pipe.onWriter([target](Net::FileWriteWorker &w) { w.inspect(target); });
    QTRY_VERIFY(pipe.inspected);
    QCOMPARE(std::get<0>(*pipe.inspected), quint32(7));
    QCOMPARE(std::get<1>(*pipe.inspected), quint64(0));
    QCOMPARE(std::get<2>(*pipe.inspected), Net::Sha256::hash({}));
}

QTEST_GUILESS_MAIN(TestFileWorkerFailures)
#include "tst_fileworkers_failures.moc"

// A batch stops at its first failing step: the steps before it are reported (applied() first),
// then the failure, and nothing after it touches the disk.
void TestFileWorkerFailures::applyStopsAtFirstFailure()
{
    Net::WriteOps ops;
    const QStringList names = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (quint32 i = 0; i < 3; ++i) {
        const QByteArray data = names.at(i).toUtf8().repeated(100);
        ops.append(Net::WriteOp::open(TargetFile{i, m_fx.dst + QLatin1Char('/') + names.at(i),
                                                 quint64(data.size()), 0, false},
                                      0, false));
        ops.append(Net::WriteOp::chunk(Net::Spacedrop::Chunk::encode(i, 0, data)));
        QByteArray digest = Net::Sha256::hash(data);
        if (i == 1)
            digest[0] = char(digest[0] ^ 1);
        ops.append(Net::WriteOp::finish(digest));
    }
    Net::FileWriteWorker worker;
    QStringList order;
    QList<quint32> completed;
    qint64 bytes = 0;
    std::optional<ErrorCode> code;
    connect(&worker, &Net::FileWriteWorker::applied, this,
            [&](qint64 n, const QList<quint32> &done) {
                order.append(QStringLiteral("applied"));
                bytes = n;
                completed = done;
            });
    connect(&worker, &Net::FileWriteWorker::failed, this, [&](ErrorCode c, const QString &) {
        order.append(QStringLiteral("failed"));
        code = c;
    });
    worker.apply(ops);

    QCOMPARE(order, (QStringList{QStringLiteral("applied"), QStringLiteral("failed")}));
    QCOMPARE(bytes, qint64(200));
    QCOMPARE(completed, QList<quint32>{0});
    QCOMPARE(code, ErrorCode::IntegrityMismatch);
    QCOMPARE(QDir(m_fx.dst).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("a")});
}
