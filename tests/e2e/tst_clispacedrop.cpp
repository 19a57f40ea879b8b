// End-to-end tests of `ferry send` and `ferry receive`: real ferry processes (FERRY_BIN) that find
// each other by discovery on loopback, judged by what they print, how they exit and what lands on
// disk. Run inside scripts/in-sandbox.sh (a private network namespace with an unlocked keyring).
#include "tests/e2e/interactiveferry.h"
#include "tests/support/ferryprocess.h"
#include "tests/support/processoutput.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Ferry::Test;

namespace {

const QStringList kOnLoopback{QStringLiteral("--interfaces"), QStringLiteral("lo"),
                              QStringLiteral("--port"), QStringLiteral("0")};
const QRegularExpression kPrompt(QStringLiteral("^Accept\\? \\[y/N\\]"),
                                 QRegularExpression::MultilineOption);

QRegularExpression lineMatching(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

using Tree = QMap<QString, QByteArray>;

// Every file and folder under root, relative, sorted; files with their bytes.
Tree treeOf(const QString &root)
{
    Tree tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            tree.insert(relative + QLatin1Char('/'), {});
            continue;
        }
        QFile file(path);
        tree.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : "(unreadable)");
    }
    return tree;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          size / qsizetype(sizeof(quint32)));
    return bytes;
}

} // namespace

class TestCliSpacedrop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void acceptAllReceivesFolderAndFile();
    void promptAnsweredYesReceives();
    void promptAnsweredNoDeclines();
    void unansweredPromptTimesOut();
    void sendToUnknownDeviceFails();
    void sendOfMissingPathFailsBeforeNetworking();
    void interruptedSenderCancelsTransfer();
    void usageErrors_data();
    void usageErrors();
    void receiveIntoMissingFolderFails();
    void headlessAcceptsFromListedSender();

private:
    // ferry receive ARGS (plus loopback discovery, a fresh data folder, a unique name), running
    // and listening; sets m_receiverName.
    std::unique_ptr<InteractiveFerry> startReceiver(const QStringList &arguments);
    // ferry send --to <the receiver> ARGS, from a fresh data folder.
    std::unique_ptr<FerryProcess> startSender(const QStringList &arguments);
    // A folder with nested files (one empty, one of 3 MiB) and a file beside it, under m_dirs.
    QStringList makeSelection();

    std::unique_ptr<QTemporaryDir> m_dirs;
    QString m_dest;
    QString m_receiverName;
};

void TestCliSpacedrop::initTestCase()
{
    QVERIFY2(!ferryBinary().isEmpty(), "FERRY_BIN must name the ferry executable");
    QVERIFY2(QFileInfo(ferryBinary()).isExecutable(), qPrintable(ferryBinary()));
}

void TestCliSpacedrop::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    m_dest = m_dirs->filePath(QStringLiteral("dest"));
    QVERIFY(QDir().mkpath(m_dest));
    // Unique: other tests' nodes may be announcing on lo at the same time.
    m_receiverName
        = QStringLiteral("Receiver %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

std::unique_ptr<InteractiveFerry> TestCliSpacedrop::startReceiver(const QStringList &arguments)
{
    auto receiver = std::make_unique<InteractiveFerry>(
        QStringList{QStringLiteral("receive"), QStringLiteral("--data-dir"),
                    m_dirs->filePath(QStringLiteral("receiver")), QStringLiteral("--name"),
                    m_receiverName, QStringLiteral("--dest"), m_dest}
        + kOnLoopback + arguments);
    const auto started
        = receiver->waitForOutput(lineMatching(QStringLiteral("^accepting ")), kLineMs);
    if (!started.hasMatch())
        qWarning().noquote() << receiver->transcript();
    return receiver;
}

std::unique_ptr<FerryProcess> TestCliSpacedrop::startSender(const QStringList &arguments)
{
    return std::make_unique<FerryProcess>(
        QStringList{QStringLiteral("send"), QStringLiteral("--to"), m_receiverName,
                    QStringLiteral("--wait"), QStringLiteral("5"), QStringLiteral("--data-dir"),
                    m_dirs->filePath(QStringLiteral("sender"))}
        + kOnLoopback + arguments);
}

QStringList TestCliSpacedrop::makeSelection()
{
    const QString src = m_dirs->filePath(QStringLiteral("src"));
    const QString folder = src + QStringLiteral("/Holiday");
    if (!writeFile(folder + QStringLiteral("/a.txt"), "hello")
        || !writeFile(folder + QStringLiteral("/day 2/empty"), {})
        || !writeFile(folder + QStringLiteral("/day 2/big.bin"), randomBytes(3 << 20))
        || !QDir().mkpath(folder + QStringLiteral("/nothing here"))
        || !writeFile(src + QStringLiteral("/notes.md"), "# notes\n"))
        return {};
    return {folder, src + QStringLiteral("/notes.md")};
}

void TestCliSpacedrop::acceptAllReceivesFolderAndFile()
{
    const QStringList selection = makeSelection();
    QVERIFY(!selection.isEmpty());
    const auto receiver = startReceiver({QStringLiteral("--accept-all")});
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
    QVERIFY2(receiver->err().contains(QLatin1String("ferry: warning: --accept-all")),
             qPrintable(receiver->transcript()));

    const auto sender = startSender(selection);
    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript()));
    QVERIFY2(sender->out().contains(QLatin1String("\ncompleted: 4 files, 3 folders, ")),
             qPrintable(sender->transcript()));

    QVERIFY2(
        receiver->waitForOutput(lineMatching(QStringLiteral(": completed: .* saved in ")), kLineMs)
            .hasMatch(),
        qPrintable(receiver->transcript()));
    // Byte for byte the same tree, and nothing else (no .part file left).
    QCOMPARE(treeOf(m_dest), treeOf(m_dirs->filePath(QStringLiteral("src"))));
}

void TestCliSpacedrop::promptAnsweredYesReceives()
{
    const QStringList selection = makeSelection();
    QVERIFY(!selection.isEmpty());
    const auto receiver = startReceiver({});
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
    const auto sender = startSender(
        QStringList{QStringLiteral("--message"), QStringLiteral("photos from the trip")}
        + selection);

    QVERIFY2(receiver->waitForOutput(kPrompt, kLineMs).hasMatch(),
             qPrintable(receiver->transcript() + sender->transcript()));
    const QString request = receiver->out();
    QVERIFY2(request.contains(QLatin1String("message: photos from the trip")), qPrintable(request));
    QVERIFY2(request.contains(QLatin1String("Holiday/day 2/big.bin  3.0 MiB")),
             qPrintable(request));
    QVERIFY2(request.contains(QLatin1String("free in ") + m_dest), qPrintable(request));
    receiver->type("y\n");

    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript() + receiver->transcript()));
    QVERIFY2(
        receiver->waitForOutput(lineMatching(QStringLiteral(": completed: ")), kLineMs).hasMatch(),
        qPrintable(receiver->transcript()));
    QCOMPARE(treeOf(m_dest), treeOf(m_dirs->filePath(QStringLiteral("src"))));
}

void TestCliSpacedrop::promptAnsweredNoDeclines()
{
    const QStringList selection = makeSelection();
    QVERIFY(!selection.isEmpty());
    const auto receiver = startReceiver({});
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
    const auto sender = startSender(selection);

    QVERIFY2(receiver->waitForOutput(kPrompt, kLineMs).hasMatch(),
             qPrintable(receiver->transcript() + sender->transcript()));
    receiver->type("n\n");

    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(1), qPrintable(sender->transcript()));
    const QStringList messages = ferryMessages(sender->err());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first(), QStringLiteral("ferry: not sent: declined by the receiver"));
    QVERIFY2(
        receiver->waitForOutput(lineMatching(QStringLiteral(": declined: ")), kLineMs).hasMatch(),
        qPrintable(receiver->transcript()));
    QCOMPARE(treeOf(m_dest), Tree());
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
}

// --request-timeout: nobody answers, the offer is declined as timed out on both sides.
void TestCliSpacedrop::unansweredPromptTimesOut()
{
    const QStringList selection = makeSelection();
    QVERIFY(!selection.isEmpty());
    const auto receiver = startReceiver({QStringLiteral("--request-timeout"), QStringLiteral("5")});
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
    const auto sender = startSender(selection);
    QVERIFY2(receiver->waitForOutput(kPrompt, kLineMs).hasMatch(),
             qPrintable(receiver->transcript() + sender->transcript()));
    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(1), qPrintable(sender->transcript()));
    QVERIFY2(sender->err().contains(QLatin1String("timed out")), qPrintable(sender->transcript()));
    QCOMPARE(treeOf(m_dest), Tree());
}

void TestCliSpacedrop::sendToUnknownDeviceFails()
{
    QVERIFY(writeFile(m_dirs->filePath(QStringLiteral("a.txt")), "a"));
    const auto sender = runFerry(
        QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("nobody-here"),
                    QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--data-dir"),
                    m_dirs->filePath(QStringLiteral("sender")),
                    m_dirs->filePath(QStringLiteral("a.txt"))}
        + kOnLoopback);
    QVERIFY2(sender->exitedWith(1), qPrintable(sender->transcript()));
    const QStringList messages = ferryMessages(sender->err());
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(QLatin1String("ferry: cannot send to nobody-here: ")),
             qPrintable(sender->transcript()));
    // --wait 1: the search ends then (the rest is starting up: the identity, the node).
    QVERIFY2(sender->elapsedMs() < 6000, qPrintable(sender->transcript()));
}

void TestCliSpacedrop::sendOfMissingPathFailsBeforeNetworking()
{
    QVERIFY(writeFile(m_dirs->filePath(QStringLiteral("here.txt")), "here"));
    const QString dataDir = m_dirs->filePath(QStringLiteral("sender"));
    const QString missing = m_dirs->filePath(QStringLiteral("not-here.txt"));
    const auto sender = runFerry({QStringLiteral("send"), QStringLiteral("--to"),
                                  QStringLiteral("anyone"), QStringLiteral("--data-dir"), dataDir,
                                  m_dirs->filePath(QStringLiteral("here.txt")), missing});
    QVERIFY2(sender->exitedWith(2), qPrintable(sender->transcript()));
    QCOMPARE(
        ferryMessages(sender->err()),
        QStringList{QStringLiteral("ferry: cannot send %1: no such file or folder").arg(missing)});
    QCOMPARE(sender->out(), QString());
    QVERIFY(!QFileInfo::exists(dataDir)); // no identity loaded, no node started
}

// Ctrl-C on the sender cancels: the receiver learns it (RESET Cancelled, docs/PROTOCOL.md §13.3)
// and removes what it held, instead of keeping a .part file for a resume that will not come.
void TestCliSpacedrop::interruptedSenderCancelsTransfer()
{
    // Sparse: large enough to still be moving when Ctrl-C comes, cheap to make.
    const QString big = m_dirs->filePath(QStringLiteral("big.iso"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(1) << 30));
    file.close();
    const auto receiver = startReceiver({QStringLiteral("--accept-all")});
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
    InteractiveFerry sender(QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                        m_receiverName, QStringLiteral("--wait"),
                                        QStringLiteral("5"), QStringLiteral("--data-dir"),
                                        m_dirs->filePath(QStringLiteral("sender")), big}
                            + kOnLoopback);
    QVERIFY2(sender.waitForOutput(lineMatching(QStringLiteral("^sending$")), kLineMs).hasMatch(),
             qPrintable(sender.transcript() + receiver->transcript()));
    sender.interrupt();

    QVERIFY2(sender.waitForExit(kRunMs), qPrintable(sender.transcript()));
    QVERIFY2(sender.exitedWith(130), qPrintable(sender.transcript()));
    QVERIFY2(ferryMessages(sender.err()).contains(QStringLiteral("ferry: cancelled")),
             qPrintable(sender.transcript()));
    QVERIFY2(
        receiver->waitForOutput(lineMatching(QStringLiteral(": cancelled by the sender$")), kLineMs)
            .hasMatch(),
        qPrintable(receiver->transcript()));
    QTRY_COMPARE_WITH_TIMEOUT(treeOf(m_dest), Tree(), 5000); // no .part file, no final file
    QVERIFY2(receiver->isRunning(), qPrintable(receiver->transcript()));
}

void TestCliSpacedrop::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QStringList &args, const QString &message) {
        QTest::newRow(name) << args << message;
    };
    row("send without --to", {"send", "a.txt"}, "send needs --to NAME|IDENTITY");
    row("send with empty --to", {"send", "--to", " ", "a.txt"}, "send needs --to NAME|IDENTITY");
    row("send without path", {"send", "--to", "x"}, "send needs at least one PATH");
    row("request timeout too short", {"receive", "--request-timeout", "2"},
        "--request-timeout must be 5–3600 seconds, not 2");
    row("request timeout elsewhere", {"peers", "--request-timeout", "10"},
        "--request-timeout is only for receive and --headless");
    row("message with a new line", {"send", "--to", "x", "--message", "a\nb", "a.txt"},
        "--message must be one line");
    row("message too long", {"send", "--to", "x", "--message", QString(1025, 'm'), "a.txt"},
        "--message is longer than 1024 bytes");
    row("--to elsewhere", {"ping", "127.0.0.1:5", "--to", "x"}, "--to is only for send");
    row("--message elsewhere", {"receive", "--message", "hi"}, "--message is only for send");
    row("--dest elsewhere", {"send", "--to", "x", "--dest", "d", "a.txt"},
        "--dest is only for receive and --headless");
    row("--accept-all elsewhere", {"peers", "--accept-all"},
        "--accept-all is only for receive and --headless");
    row("--accept-from not an identity", {"receive", "--accept-from", "nonsense"},
        "not an identity: nonsense");
    row("--accept-from short form", {"receive", "--accept-from", "abcd-efgh"},
        "not an identity: abcd-efgh");
    row("receive with an argument", {"receive", "now"}, "unknown command: receive now");
    row("empty --dest", {"receive", "--dest", ""}, "--dest needs a folder");
}

void TestCliSpacedrop::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString dataDir = m_dirs->filePath(QStringLiteral("data"));
    const auto run = runFerry(arguments + QStringList{QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(run->exitedWith(2), qPrintable(run->transcript()));
    QVERIFY2(run->err().startsWith(QLatin1String("ferry: ")), qPrintable(run->transcript()));
    QVERIFY2(run->err().contains(message), qPrintable(run->transcript()));
    QVERIFY2(run->err().contains(QLatin1String("ferry --help")), qPrintable(run->transcript()));
    QVERIFY(!QFileInfo::exists(dataDir)); // refused before doing anything
}

void TestCliSpacedrop::receiveIntoMissingFolderFails()
{
    const QString dataDir = m_dirs->filePath(QStringLiteral("receiver"));
    const QString missing = m_dirs->filePath(QStringLiteral("no-such-folder"));
    const auto run = runFerry(QStringList{QStringLiteral("receive"), QStringLiteral("--dest"),
                                          missing, QStringLiteral("--data-dir"), dataDir}
                              + kOnLoopback);
    QVERIFY2(run->exitedWith(2), qPrintable(run->transcript()));
    QCOMPARE(
        ferryMessages(run->err()),
        QStringList{QStringLiteral("ferry: cannot receive into %1: no such folder").arg(missing)});
    QVERIFY(!QFileInfo::exists(dataDir)); // checked before the node started
}

// --headless takes the same policy as receive: a sender given to --accept-from is accepted
// without anyone being asked.
void TestCliSpacedrop::headlessAcceptsFromListedSender()
{
    const QString senderDir = m_dirs->filePath(QStringLiteral("sender"));
    const auto identity
        = runFerry({QStringLiteral("identity"), QStringLiteral("--data-dir"), senderDir});
    QVERIFY2(identity->exitedWith(0), qPrintable(identity->transcript()));
    const QString senderIdentity = kIdentityLine.match(identity->out()).captured(1);
    QVERIFY(!senderIdentity.isEmpty());
    QVERIFY(writeFile(m_dirs->filePath(QStringLiteral("src/hello.txt")), "hello"));

    InteractiveFerry node(QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"),
                                      m_dirs->filePath(QStringLiteral("node")),
                                      QStringLiteral("--name"), m_receiverName,
                                      QStringLiteral("--dest"), m_dest,
                                      QStringLiteral("--accept-from"), senderIdentity}
                          + kOnLoopback);
    QVERIFY2(
        node.waitForOutput(lineMatching(QStringLiteral("^accepting    from ")), kLineMs).hasMatch(),
        qPrintable(node.transcript()));
    QVERIFY2(node.out().contains(QStringLiteral("accepting    from ") + shortOf(senderIdentity)),
             qPrintable(node.transcript()));
    const auto sender = startSender({m_dirs->filePath(QStringLiteral("src/hello.txt"))});
    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript() + node.transcript()));
    QVERIFY2(
        node.waitForOutput(lineMatching(QStringLiteral("^transfer     .*: completed: ")), kLineMs)
            .hasMatch(),
        qPrintable(node.transcript()));
    QVERIFY2(!node.out().contains(QLatin1String("request ")), qPrintable(node.transcript()));
    QCOMPARE(treeOf(m_dest), treeOf(m_dirs->filePath(QStringLiteral("src"))));
}

QTEST_GUILESS_MAIN(TestCliSpacedrop)
#include "tst_clispacedrop.moc"
