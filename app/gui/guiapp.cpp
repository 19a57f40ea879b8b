#include "app/gui/guiapp.h"

#include "app/control/controlclient.h"
#include "app/control/controlserver.h"
#include "app/nodehost.h"
#include "net/networkservice.h"
#include "net/node.h"
#include "net/operations/spacedrop/spacedropservice.h"
#include "ui/mainwindow.h"
#include "ui/models/uilog.h"
#include "ui/traycontroller.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Ferry::App {

using Ui::lcUi;

namespace {
constexpr int kHandOverMs = 5'000; // a raise or quit sent to the running node must be answered
constexpr int kStopMs = 4'000; // quitting waits this long for the goodbyes at most

// The parts of the options that need a new node when they change.
bool sameNode(const Options &a, const Options &b)
{
    return a.deviceName == b.deviceName && a.port == b.port && a.interfaces == b.interfaces
        && a.requestTimeoutMs == b.requestTimeoutMs && a.discovery == b.discovery;
}
} // namespace

GuiApp::GuiApp(const Options &options, QObject *parent)
    : QObject(parent),
      m_commandLine(options),
      m_dataDir(NodeHost::dataDirFor(options)),
      m_store(QDir(m_dataDir).filePath(QStringLiteral("settings.ini"))),
      m_history(QDir(m_dataDir).filePath(QStringLiteral("history.json")))
{ }

GuiApp::~GuiApp()
{
    detachNode();
    m_tray.reset();
    m_window.reset();
    m_server.reset();
    m_host.reset();
}

Options GuiApp::effectiveOptions(const Options &commandLine, const Ui::AppSettings &settings)
{
    const Options defaults;
    Options o = commandLine;
    if (o.deviceName.isEmpty())
        o.deviceName = settings.deviceName;
    if (o.destination.isEmpty())
        o.destination = settings.downloadFolder;
    if (o.port < 0 && settings.listenPort > 0)
        o.port = settings.listenPort;
    if (o.interfaces.isEmpty())
        o.interfaces = settings.discoveryInterfaces;
    if (o.requestTimeoutMs == defaults.requestTimeoutMs)
        o.requestTimeoutMs = settings.requestTimeoutSeconds * 1000;
    return o;
}

bool GuiApp::start()
{
    m_settings = m_store.load();
    m_options = effectiveOptions(m_commandLine, m_settings);
    if (!claimInstance())
        return m_exitCode == 0 && m_claim.isRunning(); // waiting for the running node's answer

    m_history.load();
    m_transfers.setHistory(&m_history);
    m_window = std::make_unique<Ui::MainWindow>(&m_peers, &m_transfers);
    m_window->setSettings(m_settings);
    m_tray = std::make_unique<Ui::TrayController>(m_window.get(), &m_peers);
    qCInfo(lcUi) << "system tray:" << (m_tray->available() ? "available" : "none");
    connect(m_window.get(), &Ui::MainWindow::settingsChangeRequested, this, &GuiApp::applySettings);
    connect(m_window.get(), &Ui::MainWindow::quitRequested, this, &GuiApp::quit);

    m_host = std::make_unique<NodeHost>(m_options);
    connect(m_host.get(), &NodeHost::identityLoaded, this, &GuiApp::onIdentityLoaded);
    connect(m_host.get(), &NodeHost::nodeStarted, this, &GuiApp::onNodeStarted);
    connect(m_host.get(), &NodeHost::nodeStopped, this, &GuiApp::onNodeStopped);
    connect(m_host.get(), &NodeHost::failed, this, &GuiApp::onFailed);
    m_server = std::make_unique<ControlServer>(m_host.get(), ControlServer::Kind::Gui);
    if (!m_server->listen(m_claim))
        qCWarning(lcUi) << "other Ferry commands cannot use this window's node:"
                        << m_server->errorString();
    connect(m_server.get(), &ControlServer::raiseRequested, m_window.get(),
            [this](const QStringList &paths) {
                qCInfo(lcUi) << "another launch asked for the window: raising it";
                if (paths.isEmpty())
                    return m_window->showAndRaise();
                offerToSend(paths);
            });
    connect(m_server.get(), &ControlServer::quitRequested, this, &GuiApp::quit);

    showStatus();
    if (!(m_settings.startMinimised && m_tray->available()))
        m_window->show();
    m_host->loadIdentity();
    // Devices appear in the dialog as discovery finds them.
    if (!m_commandLine.sendFiles.isEmpty())
        offerToSend(m_commandLine.sendFiles);
    return true;
}

void GuiApp::offerToSend(const QStringList &paths)
{
    qCInfo(lcUi).noquote() << QStringLiteral("asked to send %1 path(s)").arg(paths.size());
    m_window->offerToSend(paths);
}

bool GuiApp::claimInstance()
{
    m_claim = InstanceGuard::claim(m_dataDir, {NodeInfo::Kind::Gui, {}});
    if (m_claim.isOwner())
        return true;
    if (m_claim.status == InstanceGuard::Claim::Status::Failed) {
        QMessageBox::critical(nullptr, tr("Ferry"),
                              tr("Ferry cannot start: %1").arg(m_claim.error));
        m_exitCode = 1;
        return false;
    }
    if (m_claim.node.kind == NodeInfo::Kind::Gui) {
        raiseRunningWindow();
        return false;
    }
    // The window opens here once the other node stopped; start() then offers the files.
    return handOver(describeNode(m_claim.node));
}

// A second launch brings the first window forward (with the files to offer) and ends.
void GuiApp::raiseRunningWindow()
{
    ControlClient *client = m_claim.client.get();
    const QStringList &paths = m_commandLine.sendFiles;
    qCInfo(lcUi) << "Ferry already runs here; raising its window";
    if (paths.isEmpty()) {
        connect(client, &ControlClient::messageReceived, qApp, [] { QCoreApplication::exit(0); });
        connect(client, &ControlClient::disconnected, qApp, [] { QCoreApplication::exit(0); });
        client->start();
        client->sendCommand(ControlMessage::Type::Raise);
        QTimer::singleShot(kHandOverMs, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    // The files must not be lost silently: anything but the window's ok is said, and exits 1.
    const auto fail = [this](const QString &why) {
        if (m_exitCode != 0)
            return;
        m_exitCode = 1;
        qCWarning(lcUi).noquote() << "the running window did not take the files:" << why;
        QMessageBox::warning(nullptr, tr("Ferry"),
                             tr("Ferry could not hand the files to its window: %1").arg(why));
        QCoreApplication::exit(1);
    };
    connect(client, &ControlClient::messageReceived, this,
            [this, fail](const ControlMessage &message) {
                if (message.type != ControlMessage::Type::Result)
                    return;
                if (!message.fields.value(QStringLiteral("ok")).toBool())
                    return fail(message.fields.value(QStringLiteral("error")).toString());
                qCInfo(lcUi) << "the running window offers the files";
                m_claim.client->disconnect(this); // its end as this process exits is no failure
                QCoreApplication::exit(0);
            });
    connect(client, &ControlClient::disconnected, this, fail);
    client->start();
    const qint64 seq
        = client->sendCommand(ControlMessage::Type::Raise,
                              {{QStringLiteral("paths"), QJsonArray::fromStringList(paths)}});
    if (seq == 0)
        return fail(
            tr("%n item(s) are too many to hand over at once.", nullptr, int(paths.size())));
    QTimer::singleShot(kHandOverMs, this, [fail] { fail(tr("it did not answer.")); });
}

// Another front-end (ferry --headless, or a command) runs this folder's node: the window can only
// open once it has stopped.
bool GuiApp::handOver(const QString &runningNode)
{
    QMessageBox box(QMessageBox::Question, tr("Ferry is already running"),
                    tr("Ferry already runs in the background here (%1).\n\nStop it and open "
                       "the Ferry window instead? Unfinished transfers are kept and resume.")
                        .arg(runningNode));
    QPushButton *stop = box.addButton(tr("Stop It and Open Ferry"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(stop);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(stop)) {
        m_exitCode = 0;
        m_claim = {};
        return false;
    }
    ControlClient *client = m_claim.client.get();
    client->start();
    client->sendCommand(ControlMessage::Type::Quit);
    // claim() waits for the lock; the stopping node releases it when it exits.
    QElapsedTimer clock;
    clock.start();
    bool gone = false;
    connect(client, &ControlClient::disconnected, this, [&gone] { gone = true; });
    while (!gone && clock.elapsed() < kHandOverMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    m_claim = InstanceGuard::claim(m_dataDir, {NodeInfo::Kind::Gui, {}});
    if (m_claim.isOwner())
        return true;
    QMessageBox::warning(nullptr, tr("Ferry"),
                         tr("The Ferry that runs in the background did not stop. Stop it (for "
                            "example with Ctrl+C in its terminal) and start Ferry again."));
    m_exitCode = 1;
    m_claim = {};
    return false;
}

void GuiApp::onIdentityLoaded()
{
    showStatus();
    if (m_settings.networkingEnabled)
        startNetworking();
}

void GuiApp::startNetworking()
{
    m_host->startNode(NodeHost::Start::Listen);
}

void GuiApp::onNodeStarted()
{
    m_peers.setRegistry(m_host->service()->registry());
    m_transfers.setService(m_host->spacedrop());
    m_window->setSpacedrop(m_host->spacedrop());
    showStatus();
}

void GuiApp::onNodeStopped()
{
    if (m_quitting)
        return QCoreApplication::quit();
    if (!m_restartPending)
        return;
    m_restartPending = false;
    m_host->releaseNode();
    m_host->setOptions(m_options);
    if (m_settings.networkingEnabled)
        startNetworking();
    showStatus();
}

void GuiApp::onFailed(const QString &reason)
{
    qCWarning(lcUi) << "node:" << reason;
    showStatus(reason);
}

// Before the node goes away: nothing may keep pointers into it.
void GuiApp::detachNode()
{
    m_peers.setRegistry(nullptr);
    m_transfers.setService(nullptr);
    if (m_window)
        m_window->setSpacedrop(nullptr);
}

void GuiApp::applySettings(const Ui::AppSettings &settings)
{
    if (!m_store.save(settings)) {
        QMessageBox::warning(m_window.get(), tr("Settings Not Saved"),
                             tr("Ferry could not write its settings to %1. They apply until "
                                "Ferry quits.")
                                 .arg(QDir::toNativeSeparators(m_store.filePath())));
    }
    const Ui::AppSettings before = m_settings;
    const Options previous = m_options;
    m_settings = settings;
    m_options = effectiveOptions(m_commandLine, settings);
    m_window->setSettings(settings);
    if (Net::SpacedropService *spacedrop = m_host ? m_host->spacedrop() : nullptr) {
        spacedrop->setDefaultDestination(m_options.destination.isEmpty()
                                             ? NodeHost::defaultDestination()
                                             : QDir(m_options.destination).absolutePath());
    }
    const bool networkingChanged = before.networkingEnabled != settings.networkingEnabled;
    if (!m_host || m_host->identity().isNull()
        || (sameNode(previous, m_options) && !networkingChanged))
        return;
    qCInfo(lcUi) << "settings changed how the node runs: restarting it";
    detachNode();
    m_restartPending = true;
    m_host->stopNode();
}

void GuiApp::showStatus(const QString &error)
{
    if (!m_window)
        return;
    Ui::NodeStatus status;
    status.keyStorage = m_host ? m_host->keyStorage() : Net::KeyStorage{};
    status.identity = m_host ? m_host->identity().remoteIdentity() : Net::RemoteIdentity{};
    Net::Node *node = m_host ? m_host->node() : nullptr;
    status.running = node && node->isListening();
    status.port = status.running ? node->port() : 0;
    status.deviceName = node ? node->metadata().deviceName : m_options.deviceName;
    status.error = error; // networking off is shown from the settings, not as an error
    m_window->setNodeStatus(status);
}

void GuiApp::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_history.flush();
    detachNode();
    if (m_tray)
        m_tray->hide();
    if (m_window)
        m_window->hide();
    if (!m_host)
        return QCoreApplication::quit();
    QTimer::singleShot(kStopMs, qApp, &QCoreApplication::quit);
    m_host->stopNode();
}

} // namespace Ferry::App
