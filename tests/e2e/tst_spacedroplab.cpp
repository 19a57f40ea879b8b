// Spacedrop across hosts (network namespaces of a lab LAN, tests/support/netnslab.h): a transfer
// that loses its link, or whose receiver is killed, is interrupted and then resumes, and the
// bytes the receiver already held are not sent again (docs/PROTOCOL.md §13.3).
//
// The ferry processes run with FERRY_STALL_TIMEOUT=2 (seconds without progress before a transfer
// counts as interrupted; 30 by default) so that a dead link is noticed quickly.
#include "tests/support/ferryprocess.h"
#include "tests/support/netnslab.h"
#include "tests/support/processoutput.h"
#include "tests/support/spacedroppeer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Ferry::Test;

namespace {
constexpr qint64 kFileSize = 768ll << 20;
constexpr qint64 kSlack = 24ll << 20; // in flight when the link died: windows, socket buffers
constexpr int kResumeMs = 60'000;

// Bytes the process has written with write() and friends so far (/proc/PID/io wchar).
qint64 bytesWritten(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar: "))
            return line.mid(7).trimmed().toLongLong();
    }
    return -1;
}

const QRegularExpression kCompleted(QStringLiteral("^.*completed.*$"),
                                    QRegularExpression::MultilineOption);
const QRegularExpression kInterrupted(QStringLiteral("^.*interrupted.*$"),
                                      QRegularExpression::MultilineOption);
} // namespace

class TestSpacedropLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linkDownMidTransferResumes();
    void killedReceiverResumesAfterRestart();

private:
    FerryProcess *spawn(int host, const QStringList &arguments);
    FerryProcess *startReceiver();
    FerryProcess *startSender();
    QString partFile() const { return m_dest + QStringLiteral("/big.bin.part"); }
    qint64 partSize() const { return QFileInfo(partFile()).size(); }
    bool waitForPartBytes(qint64 atLeast);
    void checkArrived();

    std::unique_ptr<NetnsLab> m_lab;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<FerryProcess>> m_processes;
    QString m_source;
    QString m_dest;
};

void TestSpacedropLab::initTestCase()
{
    const QString unavailable = NetnsLab::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    QVERIFY2(QFileInfo(ferryBinary()).isExecutable(), "FERRY_BIN must name the ferry executable");
    QVERIFY2(NetnsLab::missingScriptReason().isEmpty(),
             qPrintable(NetnsLab::missingScriptReason()));
}

void TestSpacedropLab::init()
{
    static int run = 0;
    m_lab = std::make_unique<NetnsLab>(
        QStringLiteral("fs%1x%2").arg(QCoreApplication::applicationPid()).arg(++run), 2);
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    const QString runtimeDir = m_tmp->filePath(QStringLiteral("run"));
    QVERIFY(makePrivateRuntimeDir(runtimeDir));
    m_env = environmentWithoutKeychain(runtimeDir);
    m_env.insert(QStringLiteral("FERRY_STALL_TIMEOUT"), QStringLiteral("2"));
    m_source = m_tmp->filePath(QStringLiteral("big.bin"));
    m_dest = m_tmp->filePath(QStringLiteral("dest"));
    QVERIFY(QDir().mkpath(m_dest));
    QVERIFY(writeFile(m_source, kFileSize, 7));
    QVERIFY2(m_lab->up(), qPrintable(m_lab->why()));
}

void TestSpacedropLab::cleanup()
{
    m_processes.clear();
    m_lab.reset();
    m_tmp.reset();
}

FerryProcess *TestSpacedropLab::spawn(int host, const QStringList &arguments)
{
    const QString data = m_tmp->filePath(QStringLiteral("h%1").arg(host));
    m_processes.push_back(std::make_unique<FerryProcess>(
        m_lab->host(host), arguments + QStringList{QStringLiteral("--data-dir"), data}, m_env));
    return m_processes.back().get();
}

FerryProcess *TestSpacedropLab::startReceiver()
{
    FerryProcess *receiver
        = spawn(2,
                {QStringLiteral("receive"), QStringLiteral("--accept-all"),
                 QStringLiteral("--dest"), m_dest, QStringLiteral("--name"),
                 QStringLiteral("receiver"), QStringLiteral("--port"), QStringLiteral("0")});
    if (!receiver->waitForOutput(kListeningLine, kLineMs).hasMatch())
        qWarning("%s", qPrintable(receiver->transcript()));
    return receiver;
}

FerryProcess *TestSpacedropLab::startSender()
{
    return spawn(1,
                 {QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("receiver"),
                  QStringLiteral("--wait"), QStringLiteral("10"), QStringLiteral("--port"),
                  QStringLiteral("0"), m_source});
}

bool TestSpacedropLab::waitForPartBytes(qint64 atLeast)
{
    return QTest::qWaitFor([&] { return partSize() >= atLeast; }, 30'000);
}

void TestSpacedropLab::checkArrived()
{
    QFile a(m_source);
    QFile b(m_dest + QStringLiteral("/big.bin"));
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY2(b.open(QIODevice::ReadOnly), qPrintable(listTree(m_dest).join(QLatin1Char(' '))));
    QCOMPARE(b.size(), a.size());
    while (!a.atEnd())
        QVERIFY(a.read(4 << 20) == b.read(4 << 20));
    QVERIFY(!QFile::exists(partFile()));
}

void TestSpacedropLab::linkDownMidTransferResumes()
{
    FerryProcess *receiver = startReceiver();
    FerryProcess *sender = startSender();
    QVERIFY2(waitForPartBytes(64 << 20), qPrintable(sender->transcript()));

    QVERIFY(m_lab->setLink(2, false));
    QVERIFY2(sender->waitForOutput(kInterrupted, 20'000).hasMatch(),
             qPrintable(sender->transcript()));
    QVERIFY2(receiver->waitForOutput(kInterrupted, 20'000).hasMatch(),
             qPrintable(receiver->transcript()));
    const qint64 held = partSize();
    QVERIFY(held > 0 && held < kFileSize);

    QVERIFY(m_lab->setLink(2, true));
    QVERIFY2(sender->waitForExit(kResumeMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript()));
    QVERIFY2(receiver->waitForOutput(kCompleted, kLineMs).hasMatch(),
             qPrintable(receiver->transcript()));
    checkArrived();
    // Each byte was written once, apart from what was in flight when the link died.
    const qint64 written = bytesWritten(receiver->pid());
    qInfo("held %lld of %lld bytes at the interruption; the receiver wrote %lld in all", held,
          kFileSize, written);
    QVERIFY(written >= kFileSize);
    QVERIFY2(written <= kFileSize + kSlack, qPrintable(QString::number(written)));
}

void TestSpacedropLab::killedReceiverResumesAfterRestart()
{
    FerryProcess *receiver = startReceiver();
    FerryProcess *sender = startSender();
    QVERIFY2(waitForPartBytes(64 << 20), qPrintable(sender->transcript()));

    receiver->kill();
    QVERIFY(receiver->waitForExit(kLineMs));
    const qint64 held = partSize();
    QVERIFY(held > 0 && held < kFileSize);
    QVERIFY2(sender->waitForOutput(kInterrupted, 20'000).hasMatch(),
             qPrintable(sender->transcript()));

    FerryProcess *restarted = startReceiver(); // same data dir: it remembers the transfer
    QVERIFY2(sender->waitForExit(kResumeMs),
             qPrintable(sender->transcript() + restarted->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript()));
    QVERIFY2(restarted->waitForOutput(kCompleted, kLineMs).hasMatch(),
             qPrintable(restarted->transcript()));
    checkArrived();
    // The restarted receiver wrote only what it did not hold yet (it re-read the prefix to
    // verify it, which costs reads, not writes).
    const qint64 written = bytesWritten(restarted->pid());
    qInfo("held %lld of %lld bytes at the kill; the restarted receiver wrote %lld", held, kFileSize,
          written);
    QVERIFY(written >= kFileSize - held);
    QVERIFY2(written <= kFileSize - held + kSlack, qPrintable(QString::number(written)));
}

QTEST_GUILESS_MAIN(TestSpacedropLab)
#include "tst_spacedroplab.moc"
