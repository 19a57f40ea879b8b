// The desktop app in real windows on two hosts of a lab LAN (network namespaces, netnslab.h),
// each with its own X server (Xvfb), window manager (openbox), system tray (trayer) and keyring.
// Host 1's window is sent a folder through `ferry send`, which attaches to that window's node;
// host 2's window prompts, and the prompt is accepted with the keyboard (xdotool, Alt+A); the
// folder arrives byte for byte. Screenshots of both screens are taken along the way; with
// FERRY_SCREENSHOT_DIR set they are written there (scripts/screenshots.sh refreshes
// docs/screenshots/ so), otherwise into the test's temporary folder.
//
// Skipped when a tool is missing (Xvfb, openbox, trayer, xdotool, import): scripts/deps.sh
// installs them.
#include "tests/support/ferryprocess.h"
#include "tests/support/netnslab.h"
#include "tests/support/spacedroppeer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Ferry::Test;

namespace {

constexpr int kStartMs = 20'000; // an X server, a keyring and a window coming up
constexpr int kTransferMs = 60'000;
const QStringList kTools{QStringLiteral("Xvfb"),
                         QStringLiteral("openbox"),
                         QStringLiteral("trayer"),
                         QStringLiteral("xdotool"),
                         QStringLiteral("import"),
                         QStringLiteral("identify"),
                         QStringLiteral("dbus-run-session"),
                         QStringLiteral("gnome-keyring-daemon")};

// One screen of a host: its X server and what runs on it.
struct Screen
{
    int display = 0;
    std::vector<std::unique_ptr<QProcess>> programs; // Xvfb, openbox, trayer, the window
    QProcess *window = nullptr;
    QString data;
    QString dest;
    QString runtime;

    QString displayName() const { return QStringLiteral(":%1").arg(display); }
    QString log() const
    {
        return window ? QString::fromLocal8Bit(window->readAllStandardError()) : QString();
    }
};

} // namespace

class TestDesktopLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void folderDroppedIntoAWindowIsAcceptedInTheOther();

private:
    bool startScreen(int host, Screen &screen, const QString &deviceName);
    QProcess *run(int host, const QStringList &command, const QProcessEnvironment &env);
    bool waitForLog(Screen &screen, const QRegularExpression &re, QString *match = nullptr);
    QString xdotool(const Screen &screen, const QStringList &arguments);
    bool screenshot(const Screen &screen, const QString &name);

    std::unique_ptr<NetnsLab> m_lab;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_shots;
    Screen m_screens[2];
    QString m_logs[2]; // each window's stderr so far
};

void TestDesktopLab::initTestCase()
{
    const QString unavailable = NetnsLab::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    for (const QString &tool : kTools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/deps.sh)").arg(tool)));
    }
    QVERIFY2(QFileInfo(ferryBinary()).isExecutable(), "FERRY_BIN must name the ferry executable");
    QVERIFY2(NetnsLab::missingScriptReason().isEmpty(),
             qPrintable(NetnsLab::missingScriptReason()));
}

void TestDesktopLab::cleanup()
{
    for (Screen &screen : m_screens) {
        for (auto it = screen.programs.rbegin(); it != screen.programs.rend(); ++it) {
            (*it)->terminate();
            if (!(*it)->waitForFinished(3000))
                (*it)->kill();
        }
        screen = Screen{};
    }
    m_lab.reset(); // kills whatever still runs on the hosts
}

QProcess *TestDesktopLab::run(int host, const QStringList &command, const QProcessEnvironment &env)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(QStringLiteral("ip"),
                   QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_lab->host(host)}
                       + command);
    QProcess *raw = process.get();
    m_screens[host - 1].programs.push_back(std::move(process));
    return raw;
}

bool TestDesktopLab::startScreen(int host, Screen &screen, const QString &deviceName)
{
    // Display numbers from the pid, so that parallel runs do not meet.
    screen.display = 400 + int(QCoreApplication::applicationPid() % 200) * 2 + host;
    screen.data = m_tmp->filePath(QStringLiteral("h%1/data").arg(host));
    screen.dest = m_tmp->filePath(QStringLiteral("h%1/Downloads").arg(host));
    screen.runtime = m_tmp->filePath(QStringLiteral("h%1/run").arg(host));
    if (!QDir().mkpath(screen.dest) || !makePrivateRuntimeDir(screen.runtime))
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), screen.displayName());
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    run(host,
        {QStringLiteral("Xvfb"), screen.displayName(), QStringLiteral("-screen"),
         QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
         QStringLiteral("tcp")},
        env);
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(screen.display);
    if (!QTest::qWaitFor([&] { return QFileInfo::exists(socket); }, kStartMs))
        return false;
    run(host, {QStringLiteral("openbox")}, env);
    run(host,
        {QStringLiteral("trayer"), QStringLiteral("--edge"), QStringLiteral("top"),
         QStringLiteral("--align"), QStringLiteral("right"), QStringLiteral("--widthtype"),
         QStringLiteral("request"), QStringLiteral("--height"), QStringLiteral("28"),
         QStringLiteral("--transparent"), QStringLiteral("false"), QStringLiteral("--tint"),
         QStringLiteral("0x30353d")},
        env);
    // Its own session bus and unlocked keyring (the identity goes to the Secret Service), and
    // a runtime folder that `ferry send` below shares, to find the window's control socket.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("FERRY_RUNTIME_DIR"), screen.runtime);
    const QString withKeyring
        = qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/scripts/with-keyring.sh");
    screen.window
        = run(host,
              {QStringLiteral("dbus-run-session"), QStringLiteral("--"), withKeyring, ferryBinary(),
               QStringLiteral("--data-dir"), screen.data, QStringLiteral("--name"), deviceName,
               QStringLiteral("--dest"), screen.dest},
              env);
    return waitForLog(screen, QRegularExpression(QStringLiteral("ferry\\.net: listening on")));
}

bool TestDesktopLab::waitForLog(Screen &screen, const QRegularExpression &re, QString *match)
{
    const int i = &screen == &m_screens[0] ? 0 : 1;
    const bool seen = QTest::qWaitFor(
        [&] {
            m_logs[i] += screen.log();
            return re.match(m_logs[i]).hasMatch() || screen.window->state() == QProcess::NotRunning;
        },
        kStartMs);
    const QRegularExpressionMatch m = re.match(m_logs[i]);
    if (match && m.hasMatch())
        *match = m.captured(1);
    if (!m.hasMatch())
        qWarning().noquote() << "window" << i + 1 << "log:\n" << m_logs[i];
    return seen && m.hasMatch();
}

QString TestDesktopLab::xdotool(const Screen &screen, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), screen.displayName());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), arguments);
    if (!p.waitForFinished(kStartMs))
        return {};
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

bool TestDesktopLab::screenshot(const Screen &screen, const QString &name)
{
    // A mapped window has not necessarily painted yet: give the X server a moment. Nothing is
    // asserted about timing; this only makes the picture complete.
    QTest::qWait(600);
    const QString path = QDir(m_shots).filePath(name);
    QProcess p;
    p.start(QStringLiteral("import"),
            {QStringLiteral("-display"), screen.displayName(), QStringLiteral("-window"),
             QStringLiteral("root"), path});
    if (!p.waitForFinished(kStartMs) || p.exitCode() != 0)
        return false;
    // A real picture of a window: not one flat colour (ImageMagick counts the colours).
    QProcess identify;
    identify.start(QStringLiteral("identify"),
                   {QStringLiteral("-format"), QStringLiteral("%k"), path});
    if (!identify.waitForFinished(kStartMs))
        return false;
    const int colours = identify.readAllStandardOutput().trimmed().toInt();
    qInfo().noquote() << "screenshot" << path << colours << "colours";
    return colours > 50;
}

void TestDesktopLab::folderDroppedIntoAWindowIsAcceptedInTheOther()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_shots
        = qEnvironmentVariable("FERRY_SCREENSHOT_DIR", m_tmp->filePath(QStringLiteral("shots")));
    QVERIFY(QDir().mkpath(m_shots));
    m_lab = std::make_unique<NetnsLab>(
        QStringLiteral("fd%1").arg(QCoreApplication::applicationPid()), 2);
    QVERIFY2(m_lab->up(), qPrintable(m_lab->why()));

    QVERIFY(startScreen(1, m_screens[0], QStringLiteral("Ada's laptop")));
    QVERIFY(startScreen(2, m_screens[1], QStringLiteral("Studio desktop")));
    // Each window finds the other (discovery across the lab LAN).
    QVERIFY(waitForLog(m_screens[0], QRegularExpression(QStringLiteral("serving front-ends on"))));

    // A folder of photos, sent from host 1 through its window's node.
    const QString folder = m_tmp->filePath(QStringLiteral("src/Holiday photos"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/day 2")));
    for (int i = 1; i <= 8; ++i) {
        QVERIFY(writeFile(folder + QStringLiteral("/IMG_%1.jpg").arg(1000 + i),
                          (1 + i % 3) * 1'500'000, quint32(i)));
    }
    QVERIFY(writeFile(folder + QStringLiteral("/day 2/IMG_2001.jpg"), 2'400'000, 99));
    QProcessEnvironment sendEnv = QProcessEnvironment::systemEnvironment();
    sendEnv.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_screens[0].runtime);
    FerryProcess sender(m_lab->host(1),
                        {QStringLiteral("send"), QStringLiteral("--data-dir"), m_screens[0].data,
                         QStringLiteral("--to"), QStringLiteral("Studio desktop"),
                         QStringLiteral("--wait"), QStringLiteral("15"),
                         QStringLiteral("--message"), QStringLiteral("The photos from Lisbon"),
                         folder},
                        sendEnv);
    // Host 2's window prompts; the prompt is answered with the keyboard, as a person would.
    QString requestId;
    QVERIFY(waitForLog(m_screens[1],
                       QRegularExpression(QStringLiteral(
                           "ferry\\.ui: request (\\S+) from \\S+ shown in the window")),
                       &requestId));
    QVERIFY2(sender.err().contains(QStringLiteral("sending through the running node, the Ferry "
                                                  "window")),
             qPrintable(sender.transcript()));
    const QString dialog = xdotool(m_screens[1],
                                   {QStringLiteral("search"), QStringLiteral("--sync"),
                                    QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                                    QStringLiteral("Incoming files")})
                               .section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!dialog.isEmpty(), "the prompt's window is not mapped");
    QVERIFY(screenshot(m_screens[1], QStringLiteral("desktop-request.png")));
    xdotool(m_screens[1], {QStringLiteral("windowactivate"), QStringLiteral("--sync"), dialog});
    xdotool(m_screens[1],
            {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("alt+a")});
    QVERIFY(waitForLog(m_screens[1],
                       QRegularExpression(QStringLiteral("request ") + requestId
                                          + QStringLiteral(" accepted in the window"))));

    QVERIFY2(sender.waitForExit(kTransferMs), qPrintable(sender.transcript()));
    QVERIFY2(sender.exitedWith(0), qPrintable(sender.transcript()));
    QVERIFY(sameTree(folder, m_screens[1].dest + QStringLiteral("/Holiday photos")));
    QCOMPARE(listTree(m_screens[1].dest).filter(QStringLiteral(".part")), QStringList());

    // Both windows after the transfer, with their trays.
    QVERIFY(screenshot(m_screens[0], QStringLiteral("desktop-sent.png")));
    QVERIFY(screenshot(m_screens[1], QStringLiteral("desktop-received.png")));
    for (Screen &screen : m_screens)
        QVERIFY(waitForLog(screen, QRegularExpression(QStringLiteral("system tray: available"))));
}

QTEST_GUILESS_MAIN(TestDesktopLab)
#include "tst_desktoplab.moc"
