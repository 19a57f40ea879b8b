// The desktop app's composition root (GuiApp) with a real node, offscreen: the window shows the
// running node; settings that change how the node listens restart it under the new settings and
// are saved; networking off stops the node and on starts it again; options given on the command
// line win over the settings.
#include "app/gui/guiapp.h"
#include "app/nodehost.h"
#include "ui/mainwindow.h"
#include "ui/models/settingsstore.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {
constexpr int kNodeMs = 20'000; // the identity comes from the keychain (sandbox: gnome-keyring)
} // namespace

class TestGuiApp : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void windowShowsTheRunningNode();
    void renamingRestartsTheNodeUnderTheNewName();
    void networkingOffStopsTheNodeAndOnStartsIt();
    void commandLineWinsOverSettings();

private:
    std::unique_ptr<App::GuiApp> start(const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App::GuiApp> m_app;
};

void TestGuiApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGuiApp::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

std::unique_ptr<App::GuiApp> TestGuiApp::start(const QStringList &extra)
{
    App::Options options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.discovery = false; // nothing to find here; the node still listens
    options.port = 0;
    options.destination = m_dir->filePath(QStringLiteral("dest"));
    if (extra.contains(QStringLiteral("--name")))
        options.deviceName = extra.at(extra.indexOf(QStringLiteral("--name")) + 1);
    auto app = std::make_unique<App::GuiApp>(options);
    if (!app->start())
        return nullptr;
    return app;
}

void TestGuiApp::windowShowsTheRunningNode()
{
    m_app = start();
    QVERIFY(m_app);
    QVERIFY(m_app->window()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->nodeStatus().running, kNodeMs);
    const Ui::NodeStatus status = m_app->window()->nodeStatus();
    QVERIFY(status.port > 0);
    QCOMPARE(status.port, m_app->host()->node()->port());
    QCOMPARE(status.identity, m_app->host()->identity().remoteIdentity());
}

void TestGuiApp::renamingRestartsTheNodeUnderTheNewName()
{
    m_app = start();
    QVERIFY(m_app);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->nodeStatus().running, kNodeMs);
    Ui::AppSettings settings = m_app->window()->settings();
    settings.deviceName = QStringLiteral("Renamed desk");
    Q_EMIT m_app->window()->settingsChangeRequested(settings);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->nodeStatus().running
                                 && m_app->window()->nodeStatus().deviceName
                                     == QStringLiteral("Renamed desk"),
                             kNodeMs);
    // A node's name is fixed when it is made: this is a new node.
    QCOMPARE(m_app->host()->node()->metadata().deviceName, QStringLiteral("Renamed desk"));
    QCOMPARE(m_app->window()->settings().deviceName, QStringLiteral("Renamed desk"));
    // Saved: the next start reads it.
    const Ui::SettingsStore store(m_dir->filePath(QStringLiteral("data/settings.ini")));
    QCOMPARE(store.load().deviceName, QStringLiteral("Renamed desk"));
}

void TestGuiApp::networkingOffStopsTheNodeAndOnStartsIt()
{
    m_app = start();
    QVERIFY(m_app);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->nodeStatus().running, kNodeMs);
    Ui::AppSettings settings = m_app->window()->settings();
    settings.networkingEnabled = false;
    Q_EMIT m_app->window()->settingsChangeRequested(settings);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->window()->nodeStatus().running, kNodeMs);
    QVERIFY(m_app->host()->node() == nullptr);
    QVERIFY(m_app->window()->nodeStatus().error.isEmpty()); // off is a choice, not an error

    settings.networkingEnabled = true;
    Q_EMIT m_app->window()->settingsChangeRequested(settings);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->nodeStatus().running, kNodeMs);
    QVERIFY(m_app->host()->node()->isListening());
}

void TestGuiApp::commandLineWinsOverSettings()
{
    Ui::AppSettings settings;
    settings.deviceName = QStringLiteral("From settings");
    settings.listenPort = 40123;
    settings.downloadFolder = QStringLiteral("/srv/in");
    settings.requestTimeoutSeconds = 120;
    settings.discoveryInterfaces = {QStringLiteral("eth0")};

    const App::Options none;
    const App::Options fromSettings = App::GuiApp::effectiveOptions(none, settings);
    QCOMPARE(fromSettings.deviceName, QStringLiteral("From settings"));
    QCOMPARE(fromSettings.port, 40123);
    QCOMPARE(fromSettings.destination, QStringLiteral("/srv/in"));
    QCOMPARE(fromSettings.requestTimeoutMs, 120'000);
    QCOMPARE(fromSettings.interfaces, QStringList{QStringLiteral("eth0")});

    App::Options given;
    given.deviceName = QStringLiteral("Given");
    given.port = 0;
    given.destination = QStringLiteral("/tmp/x");
    given.requestTimeoutMs = 30'000;
    given.interfaces = {QStringLiteral("lo")};
    const App::Options effective = App::GuiApp::effectiveOptions(given, settings);
    QCOMPARE(effective.deviceName, QStringLiteral("Given"));
    QCOMPARE(effective.port, 0);
    QCOMPARE(effective.destination, QStringLiteral("/tmp/x"));
    QCOMPARE(effective.requestTimeoutMs, 30'000);
    QCOMPARE(effective.interfaces, QStringList{QStringLiteral("lo")});

    // A default port in the settings (0) leaves the default behaviour (-1: 47474 or any).
    settings.listenPort = 0;
    QCOMPARE(App::GuiApp::effectiveOptions(none, settings).port, -1);
}

QTEST_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
