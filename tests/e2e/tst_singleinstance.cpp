// One Ferry node per data folder, every front-end attached to it (docs/CONTROL.md): real ferry
// processes (FERRY_BIN) in the sandbox. `ferry --headless` stands in for the window; two
// `ferry receive` attach to it; a sender in another data folder offers a file. All three see the
// one offer, the first answer wins, the other receive prints the outcome, the file arrives once.
// The same with the real window (`ferry`, offscreen) as the node: the window's prompt and two
// attached receives see the one offer, one answer counts. A second launch of the window raises
// the first and ends; `ferry --send-files` hands its files to that window. Also: a second node for
// the folder is refused, and a node killed with SIGKILL (its lock and socket left behind) is
// replaced. Discovery runs on lo (ctest RESOURCE_LOCK).
#include "tests/e2e/interactiveferry.h"
#include "tests/support/ferryprocess.h"
#include "tests/support/processoutput.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Ferry::Test;

namespace {

const QStringList kOnLoopback{QStringLiteral("--interfaces"), QStringLiteral("lo"),
                              QStringLiteral("--port"), QStringLiteral("0")};
const QStringList kNoNetwork{QStringLiteral("--no-discovery"), QStringLiteral("--port"),
                             QStringLiteral("0")};
const QRegularExpression kPrompt(QStringLiteral("^Accept\\? \\[y/N\\]"),
                                 QRegularExpression::MultilineOption);
const QRegularExpression kAccepting(QStringLiteral("^accepting "),
                                    QRegularExpression::MultilineOption);

QRegularExpression lineMatching(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

// Waits until the process's stderr (the node's ferry.control log) matches; the match.
QRegularExpressionMatch waitForLog(FerryProcess &process, const QRegularExpression &re)
{
    const bool seen = QTest::qWaitFor(
        [&] { return re.match(process.err()).hasMatch() || !process.isRunning(); }, kLineMs);
    Q_UNUSED(seen) // the match says
    return re.match(process.err());
}

// Every file below root, relative, with its bytes.
QMap<QString, QByteArray> filesIn(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(QDir(root).relativeFilePath(path),
                     file.open(QIODevice::ReadOnly) ? file.readAll() : "(unreadable)");
    }
    return files;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyFrontEndSeesTheOfferAndOnlyTheFirstAnswerCounts();
    void windowAndTwoReceivesSeeOneOfferAndOnlyOneAnswerCounts();
    void secondLaunchRaisesTheWindow();
    void sendFilesAreHandedToTheRunningWindow();
    void secondNodeForTheFolderIsRefused();
    void killedNodeIsReplacedAndAttachedReceiveNoticesItsEnd();

private:
    // ferry --headless for m_data (plus args), running; its pid from its first attached log.
    std::unique_ptr<FerryProcess> startNode(const QStringList &arguments);
    // The window (ferry with no command) for m_data, serving its node; running.
    std::unique_ptr<FerryProcess> startWindow();
    // Writes src/NAME with content, and starts `ferry send` of it to m_name from another folder.
    std::unique_ptr<FerryProcess> sendFile(const QString &name, const QByteArray &content);
    // ferry receive attached to m_data's node; its pid as the node names it.
    std::unique_ptr<InteractiveFerry> attachReceive(FerryProcess &node, int nth, qint64 *pid);

    std::unique_ptr<QTemporaryDir> m_dirs;
    QString m_data;
    QString m_dest;
    QString m_name;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY2(!ferryBinary().isEmpty(), "FERRY_BIN must name the ferry executable");
}

void TestSingleInstance::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    m_data = m_dirs->filePath(QStringLiteral("node"));
    m_dest = m_dirs->filePath(QStringLiteral("dest"));
    QVERIFY(QDir().mkpath(m_dest));
    m_name = QStringLiteral("Node %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

std::unique_ptr<FerryProcess> TestSingleInstance::startNode(const QStringList &arguments)
{
    auto node = std::make_unique<FerryProcess>(
        QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), m_data,
                    QStringLiteral("--name"), m_name, QStringLiteral("--dest"), m_dest}
        + arguments);
    if (!node->waitForOutput(kAccepting, kLineMs).hasMatch())
        qWarning().noquote() << node->transcript();
    return node;
}

std::unique_ptr<InteractiveFerry> TestSingleInstance::attachReceive(FerryProcess &node, int nth,
                                                                    qint64 *pid)
{
    auto receive = std::make_unique<InteractiveFerry>(
        QStringList{QStringLiteral("receive"), QStringLiteral("--data-dir"), m_data});
    if (!receive->waitForOutput(kAccepting, kLineMs).hasMatch())
        qWarning().noquote() << receive->transcript();
    // The node logs each front-end as it attaches: "ferry receive (pid N) attached".
    const QRegularExpression attached(
        QStringLiteral("ferry\\.control: ferry receive \\(pid (\\d+)\\) attached"));
    const bool seen = QTest::qWaitFor(
        [&] { return node.err().count(QStringLiteral("receive (pid")) >= nth; }, kLineMs);
    if (!seen)
        qWarning().noquote() << node.transcript();
    auto matches = attached.globalMatch(node.err());
    for (int i = 0; i < nth && matches.hasNext(); ++i)
        *pid = matches.next().captured(1).toLongLong();
    return receive;
}

void TestSingleInstance::everyFrontEndSeesTheOfferAndOnlyTheFirstAnswerCounts()
{
    const auto node = startNode(kOnLoopback);
    QVERIFY2(node->isRunning(), qPrintable(node->transcript()));
    qint64 firstPid = 0;
    qint64 secondPid = 0;
    const auto first = attachReceive(*node, 1, &firstPid);
    const auto second = attachReceive(*node, 2, &secondPid);
    QVERIFY2(firstPid > 0 && secondPid > 0 && firstPid != secondPid,
             qPrintable(node->transcript()));
    for (InteractiveFerry *receive : {first.get(), second.get()}) {
        QVERIFY2(receive->isRunning(), qPrintable(receive->transcript()));
        const QString out = receive->out();
        QVERIFY2(
            out.contains(QStringLiteral("attached to  ferry --headless (pid %1)").arg(node->pid())),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("saving to    ") + m_dest), qPrintable(out));
    }

    const auto sender = sendFile(QStringLiteral("report.pdf"), QByteArray(200 * 1024, 'r'));
    QVERIFY(sender);

    // The node and both receives are shown the one offer.
    QVERIFY2(first->waitForOutput(kPrompt, kLineMs).hasMatch(),
             qPrintable(first->transcript() + sender->transcript()));
    QVERIFY2(second->waitForOutput(kPrompt, kLineMs).hasMatch(), qPrintable(second->transcript()));
    QVERIFY2(node->waitForOutput(lineMatching(QStringLiteral(
                                     "^request .* offers 1 file, .*asking 2 attached front-end")),
                                 kLineMs)
                 .hasMatch(),
             qPrintable(node->transcript()));
    const QRegularExpression shown(QStringLiteral("request (\\S+) shown to ferry receive \\(pid "
                                                  "(\\d+)\\)"));
    QTRY_COMPARE_WITH_TIMEOUT(node->err().count(QStringLiteral(" shown to ")), 2, kLineMs);
    QSet<qint64> shownTo;
    QSet<QString> requestIds;
    for (auto it = shown.globalMatch(node->err()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        requestIds.insert(m.captured(1));
        shownTo.insert(m.captured(2).toLongLong());
    }
    QCOMPARE(requestIds.size(), 1);
    QCOMPARE(shownTo, (QSet<qint64>{firstPid, secondPid}));

    // The first answer wins; the other front-end is told and its late answer counts for nothing.
    first->type("y\n");
    const QString winner = QStringLiteral("ferry receive (pid %1)").arg(firstPid);
    QVERIFY2(second
                 ->waitForOutput(lineMatching(QStringLiteral("^  accepted elsewhere, by ")
                                              + QRegularExpression::escape(winner) + "$"),
                                 kLineMs)
                 .hasMatch(),
             qPrintable(second->transcript()));
    second->type("n\n");
    QTRY_VERIFY_WITH_TIMEOUT(
        second->err().contains(QStringLiteral("ferry: no offer is waiting for an answer")),
        kLineMs);
    QVERIFY2(node->waitForOutput(lineMatching(QStringLiteral("^request .* accepted by ")
                                              + QRegularExpression::escape(winner) + "$"),
                                 kLineMs)
                 .hasMatch(),
             qPrintable(node->transcript()));

    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript() + node->transcript()));
    for (InteractiveFerry *receive : {first.get(), second.get()})
        QVERIFY2(receive->waitForOutput(lineMatching(QStringLiteral(": completed: ")), kLineMs)
                     .hasMatch(),
                 qPrintable(receive->transcript()));
    QVERIFY2(node->waitForOutput(lineMatching(QStringLiteral("^transfer .*: completed: ")), kLineMs)
                 .hasMatch(),
             qPrintable(node->transcript()));
    // Once: one file, intact, nothing else (no copy "report (1).pdf", no .part).
    const QMap<QString, QByteArray> arrived = filesIn(m_dest);
    QCOMPARE(arrived.keys(), QStringList{QStringLiteral("report.pdf")});
    QCOMPARE(arrived.first(), QByteArray(200 * 1024, 'r'));
    QCOMPARE(node->err().count(QStringLiteral(" accepted by ")), 1);
}

std::unique_ptr<FerryProcess> TestSingleInstance::sendFile(const QString &name,
                                                           const QByteArray &content)
{
    const QString file = m_dirs->filePath(QStringLiteral("src/") + name);
    QFile source(file);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !source.open(QIODevice::WriteOnly)
        || source.write(content) != content.size())
        return nullptr;
    source.close();
    return std::make_unique<FerryProcess>(
        QStringList{QStringLiteral("send"), QStringLiteral("--to"), m_name,
                    QStringLiteral("--wait"), QStringLiteral("5"), QStringLiteral("--data-dir"),
                    m_dirs->filePath(QStringLiteral("sender")), file}
        + kOnLoopback);
}

std::unique_ptr<FerryProcess> TestSingleInstance::startWindow()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    auto window = std::make_unique<FerryProcess>(QStringList{QStringLiteral("--data-dir"), m_data,
                                                             QStringLiteral("--name"), m_name,
                                                             QStringLiteral("--dest"), m_dest}
                                                     + kOnLoopback,
                                                 env);
    const QRegularExpression serving(QStringLiteral("ferry\\.control: serving front-ends on"));
    if (!waitForLog(*window, serving).hasMatch())
        qWarning().noquote() << window->transcript();
    return window;
}

void TestSingleInstance::windowAndTwoReceivesSeeOneOfferAndOnlyOneAnswerCounts()
{
    const auto window = startWindow();
    QVERIFY2(window->isRunning(), qPrintable(window->transcript()));
    qint64 firstPid = 0;
    qint64 secondPid = 0;
    const auto first = attachReceive(*window, 1, &firstPid);
    const auto second = attachReceive(*window, 2, &secondPid);
    QVERIFY2(firstPid > 0 && secondPid > 0, qPrintable(window->transcript()));
    QVERIFY2(first->out().contains(
                 QStringLiteral("attached to  the Ferry window (pid %1)").arg(window->pid())),
             qPrintable(first->transcript()));

    const auto sender = sendFile(QStringLiteral("notes.txt"), QByteArray(64 * 1024, 'n'));
    QVERIFY(sender);

    // The window's prompt and both receives show the one offer.
    const QRegularExpression inWindow(
        QStringLiteral("ferry\\.ui: request (\\S+) from \\S+ shown in the window"));
    const QRegularExpressionMatch shown = waitForLog(*window, inWindow);
    QVERIFY2(shown.hasMatch(), qPrintable(window->transcript() + sender->transcript()));
    QVERIFY2(first->waitForOutput(kPrompt, kLineMs).hasMatch(), qPrintable(first->transcript()));
    QVERIFY2(second->waitForOutput(kPrompt, kLineMs).hasMatch(), qPrintable(second->transcript()));
    QTRY_COMPARE_WITH_TIMEOUT(window->err().count(QStringLiteral(" shown to ferry receive")), 2,
                              kLineMs);

    // The second receive answers first; the window's prompt turns into the outcome and the
    // other receive is told, its late answer refused.
    second->type("y\n");
    const QString winner = QStringLiteral("ferry receive (pid %1)").arg(secondPid);
    QVERIFY2(first
                 ->waitForOutput(lineMatching(QStringLiteral("^  accepted elsewhere, by ")
                                              + QRegularExpression::escape(winner) + "$"),
                                 kLineMs)
                 .hasMatch(),
             qPrintable(first->transcript()));
    QVERIFY2(
        waitForLog(*window,
                   QRegularExpression(QStringLiteral("ferry\\.ui: request ") + shown.captured(1)
                                      + QStringLiteral(" closed elsewhere: This request was "
                                                       "accepted\\.")))
            .hasMatch(),
        qPrintable(window->transcript()));
    first->type("n\n");
    QTRY_VERIFY_WITH_TIMEOUT(
        first->err().contains(QStringLiteral("ferry: no offer is waiting for an answer")), kLineMs);

    QVERIFY2(sender->waitForExit(kRunMs), qPrintable(sender->transcript()));
    QVERIFY2(sender->exitedWith(0), qPrintable(sender->transcript() + window->transcript()));
    const QMap<QString, QByteArray> arrived = filesIn(m_dest);
    QCOMPARE(arrived.keys(), QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(arrived.first(), QByteArray(64 * 1024, 'n'));
    QCOMPARE(window->err().count(QStringLiteral(" accepted by ")), 1);
    QVERIFY(!window->err().contains(QStringLiteral("accepted in the window")));
}

void TestSingleInstance::secondLaunchRaisesTheWindow()
{
    const auto window = startWindow();
    QVERIFY2(window->isRunning(), qPrintable(window->transcript()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    FerryProcess again(QStringList{QStringLiteral("--data-dir"), m_data} + kOnLoopback, env);
    QVERIFY2(again.waitForExit(kRunMs), qPrintable(again.transcript()));
    QVERIFY2(again.exitedWith(0), qPrintable(again.transcript()));
    QVERIFY2(waitForLog(*window,
                        QRegularExpression(
                            QStringLiteral("another launch asked for the window: raising it")))
                 .hasMatch(),
             qPrintable(window->transcript()));
    QVERIFY(window->isRunning());
    // It never became a second node: it neither listened nor served front-ends.
    QVERIFY2(!again.err().contains(QStringLiteral("serving front-ends")),
             qPrintable(again.transcript()));
}

void TestSingleInstance::sendFilesAreHandedToTheRunningWindow()
{
    const auto window = startWindow();
    QVERIFY2(window->isRunning(), qPrintable(window->transcript()));
    const QString file = m_dirs->filePath(QStringLiteral("src/report.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QFile source(file);
    QVERIFY(source.open(QIODevice::WriteOnly) && source.write("report") == 6);
    source.close();
    // One that does not exist: the window's dialog names it; nothing fails or crashes.
    const QString missing = m_dirs->filePath(QStringLiteral("src/gone.txt"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    FerryProcess again(QStringList{QStringLiteral("--send-files"), file, missing,
                                   QStringLiteral("--data-dir"), m_data},
                       env);
    QVERIFY2(again.waitForExit(kRunMs), qPrintable(again.transcript()));
    QVERIFY2(again.exitedWith(0), qPrintable(again.transcript() + window->transcript()));
    QVERIFY2(
        waitForLog(*window,
                   QRegularExpression(QStringLiteral("ferry\\.ui: asked to send 2 path\\(s\\)")))
            .hasMatch(),
        qPrintable(window->transcript()));
    QVERIFY2(window->err().contains(QStringLiteral(" offers 2 path(s) for sending")),
             qPrintable(window->transcript()));
    QVERIFY(window->isRunning());
    QVERIFY2(!again.err().contains(QStringLiteral("serving front-ends")),
             qPrintable(again.transcript()));
}

void TestSingleInstance::secondNodeForTheFolderIsRefused()
{
    const auto node = startNode(kNoNetwork);
    QVERIFY2(node->isRunning(), qPrintable(node->transcript()));
    const auto second
        = runFerry(QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), m_data}
                   + kNoNetwork);
    QVERIFY2(second->exitedWith(1), qPrintable(second->transcript()));
    QVERIFY2(second->err().contains(QStringLiteral("a Ferry node already runs for the data "
                                                   "folder")),
             qPrintable(second->transcript()));
    QVERIFY2(second->err().contains(QStringLiteral("ferry --headless (pid %1)").arg(node->pid())),
             qPrintable(second->transcript()));
    QCOMPARE(second->out(), QString());

    // A short command attaches instead of starting a node of its own.
    const auto peers = runFerry({QStringLiteral("peers"), QStringLiteral("--data-dir"), m_data,
                                 QStringLiteral("--wait"), QStringLiteral("0")});
    QVERIFY2(peers->exitedWith(0), qPrintable(peers->transcript()));
    QVERIFY2(peers->out().startsWith(QStringLiteral("No devices found.\nDiscovery is off")),
             qPrintable(peers->transcript()));
    QVERIFY2(waitForLog(*node, lineMatching(QStringLiteral("ferry peers \\(pid \\d+\\) attached")))
                 .hasMatch(),
             qPrintable(node->transcript()));
    QVERIFY(node->isRunning());
}

void TestSingleInstance::killedNodeIsReplacedAndAttachedReceiveNoticesItsEnd()
{
    const auto crashed = startNode(kNoNetwork);
    QVERIFY2(crashed->isRunning(), qPrintable(crashed->transcript()));
    const QString socket = field(crashed->out(), QStringLiteral("control"));
    QVERIFY2(QFileInfo::exists(socket), qPrintable(crashed->transcript()));
    crashed->kill();
    QVERIFY(crashed->waitForExit(kLineMs));
    // What a crash leaves: the lock file and the socket file.
    QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/ferry.lock")));
    QVERIFY(QFileInfo::exists(socket));

    const auto node = startNode(kNoNetwork);
    QVERIFY2(node->isRunning(), qPrintable(node->transcript()));
    QCOMPARE(field(node->out(), QStringLiteral("control")), socket);
    qint64 pid = 0;
    const auto receive = attachReceive(*node, 1, &pid);
    QVERIFY2(receive->out().contains(
                 QStringLiteral("attached to  ferry --headless (pid %1)").arg(node->pid())),
             qPrintable(receive->transcript() + node->transcript()));

    // The node stops: the attached receive says so and ends; the next node can start.
    node->terminate();
    QVERIFY(node->waitForExit(kLineMs));
    QVERIFY2(receive->waitForExit(kLineMs), qPrintable(receive->transcript()));
    QVERIFY2(receive->exitedWith(1), qPrintable(receive->transcript()));
    QVERIFY2(receive->err().contains(QStringLiteral("ferry: the Ferry node went away")),
             qPrintable(receive->transcript()));
    QVERIFY(!QFileInfo::exists(socket));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
