// TransferInfo::localPath: where the first top-level item of a transfer is on this device. The
// receiver reports the name it really created (a taken name gets " (n)"), the sender its first
// selected source; both survive a restart of the service (they come from the manifests).
#include "tests/support/rawspacedropsender.h"
#include "tests/support/spacedroppeer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Ferry;
using Net::TransferState;
using Test::SpacedropPeer;

namespace {

constexpr qint64 kBig = 64 << 20;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSpacedropLocalPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void takenNameGivesNumberedLocalPath_data();
    void takenNameGivesNumberedLocalPath();
    void senderLocalPathIsTheCleanAbsoluteSource();
    void failedScanKeepsTheSelectedPath();
    void incomingLocalPathSurvivesRestart();
    void outgoingLocalPathSurvivesRestart();

private:
    QString source(const QString &relative) const { return m_source->filePath(relative); }
    QUuid sendAndHold(const QString &path);

    std::unique_ptr<SpacedropPeer> a;
    std::unique_ptr<SpacedropPeer> b;
    std::unique_ptr<QTemporaryDir> m_source;
};

void TestSpacedropLocalPath::init()
{
    m_source = std::make_unique<QTemporaryDir>();
    a = std::make_unique<SpacedropPeer>(QStringLiteral("sender"));
    b = std::make_unique<SpacedropPeer>(QStringLiteral("receiver"));
    QVERIFY(Test::linkPeers(*a, *b));
    b->service->policy().setAcceptAll(true);
}

void TestSpacedropLocalPath::cleanup()
{
    a.reset();
    b.reset();
    m_source.reset();
}

void TestSpacedropLocalPath::takenNameGivesNumberedLocalPath_data()
{
    QTest::addColumn<QString>("selected"); // in the source folder; a folder when it ends in '/'
    QTest::addColumn<QStringList>("taken"); // already in the receiver's downloads
    QTest::addColumn<QString>("created");
    QTest::newRow("free") << "report.pdf" << QStringList{} << "report.pdf";
    QTest::newRow("file taken") << "report.pdf" << QStringList{"report.pdf"} << "report (1).pdf";
    QTest::newRow("file taken twice")
        << "report.pdf" << QStringList{"report.pdf", "report (1).pdf"} << "report (2).pdf";
    QTest::newRow("folder taken") << "album/" << QStringList{"album"} << "album (1)";
}

void TestSpacedropLocalPath::takenNameGivesNumberedLocalPath()
{
    QFETCH(QString, selected);
    QFETCH(QStringList, taken);
    QFETCH(QString, created);
    const bool folder = selected.endsWith(QLatin1Char('/'));
    const QString name = folder ? selected.chopped(1) : selected;
    const QString inner = folder ? QStringLiteral("/inside.bin") : QString();
    QVERIFY(Test::writeFile(source(name + inner), 300'000, 7));
    for (const QString &existing : std::as_const(taken)) {
        const QString path = b->downloads.filePath(existing);
        QVERIFY(folder ? QDir().mkpath(path) : Test::writeFile(path, 10, 99));
    }
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"), {source(name)});
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));

    const QString expected = QDir(b->downloadsPath()).absoluteFilePath(created);
    QCOMPARE(b->info(id).localPath, expected);
    QVERIFY(QFileInfo(expected).isAbsolute());
    QCOMPARE(readAll(expected + inner), readAll(source(name + inner))); // the item is there
    for (const QString &existing : std::as_const(taken)) // what was there is untouched
        QVERIFY(folder || readAll(b->downloads.filePath(existing)).size() == 10);
    QCOMPARE(a->info(id).localPath, source(name));
}

// The sender reports the selection as the scanner reads it: absolute and clean, from the first
// snapshot (Preparing) on.
void TestSpacedropLocalPath::senderLocalPathIsTheCleanAbsoluteSource()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("a/one.txt")), 100));
    QVERIFY(Test::writeFile(source(QStringLiteral("two.txt")), 100));
    QSignalSpy added(a->service.get(), &Net::SpacedropService::transferAdded);
    const QString untidy = m_source->path() + QStringLiteral("/a/../a//one.txt");
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"),
                                           {untidy, source(QStringLiteral("two.txt"))});
    QCOMPARE(added.size(), 1);
    const auto first = added.first().at(0).value<Net::TransferInfo>();
    QCOMPARE(first.state, TransferState::Preparing);
    QCOMPARE(first.localPath, source(QStringLiteral("a/one.txt")));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QCOMPARE(a->info(id).localPath, source(QStringLiteral("a/one.txt")));
    QVERIFY(Test::waitForState(*b, id, TransferState::Completed));
    QCOMPARE(b->info(id).localPath, b->downloads.filePath(QStringLiteral("one.txt")));
}

void TestSpacedropLocalPath::failedScanKeepsTheSelectedPath()
{
    const QString missing = source(QStringLiteral("gone.txt"));
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"), {missing});
    QVERIFY(Test::waitForState(*a, id, TransferState::Failed));
    QCOMPARE(a->info(id).localPath, missing);
}

// Sends a big file and pauses it from the receiver once data flows.
QUuid TestSpacedropLocalPath::sendAndHold(const QString &path)
{
    const QUuid id = a->service->sendFiles(b->id(), QStringLiteral("receiver"), {path});
    if (!QTest::qWaitFor([&] { return b->info(id).doneBytes > 0; }, 10'000))
        return {};
    b->service->pauseTransfer(id);
    return Test::waitForState(*a, id, TransferState::Paused) ? id : QUuid();
}

void TestSpacedropLocalPath::incomingLocalPathSurvivesRestart()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
    QVERIFY(Test::writeFile(b->downloads.filePath(QStringLiteral("big.bin")), 10, 3));
    const QUuid id = sendAndHold(source(QStringLiteral("big.bin")));
    QVERIFY(!id.isNull());
    const QString expected = b->downloads.filePath(QStringLiteral("big (1).bin"));
    QCOMPARE(b->info(id).localPath, expected);
    b->restartService();
    QCOMPARE(b->info(id).state, TransferState::Interrupted); // restored from its manifest
    QCOMPARE(b->info(id).localPath, expected);
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QCOMPARE(b->info(id).localPath, expected);
    QCOMPARE(QFileInfo(expected).size(), kBig);
}

void TestSpacedropLocalPath::outgoingLocalPathSurvivesRestart()
{
    QVERIFY(Test::writeFile(source(QStringLiteral("big.bin")), kBig));
    const QUuid id = sendAndHold(source(QStringLiteral("big.bin")));
    QVERIFY(!id.isNull());
    QVERIFY(b->service->resumeTransfer(id)); // sending again when the old service goes
    a->restartService();
    QCOMPARE(a->info(id).state, TransferState::Interrupted); // restored from its manifest
    QCOMPARE(a->info(id).localPath, source(QStringLiteral("big.bin")));
    QVERIFY(Test::waitUntil([&] { return b->info(id).state == TransferState::Completed; }, 20'000));
    QVERIFY(Test::waitForState(*a, id, TransferState::Completed));
    QCOMPARE(a->info(id).localPath, source(QStringLiteral("big.bin")));
}

QTEST_GUILESS_MAIN(TestSpacedropLocalPath)
#include "tst_spacedroplocalpath.moc"
