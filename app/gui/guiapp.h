#pragma once

#include "app/control/instanceguard.h"
#include "app/options.h"
#include "ui/models/appsettings.h"
#include "ui/models/peerlistmodel.h"
#include "ui/models/settingsstore.h"
#include "ui/models/transferhistory.h"
#include "ui/models/transferlistmodel.h"

#include <QObject>

#include <memory>

namespace Ferry::Ui {
class MainWindow;
class TrayController;
} // namespace Ferry::Ui

namespace Ferry::App {

class ControlServer;
class NodeHost;

// The desktop app's composition root: claims the data folder (one node per folder: a second
// launch raises the first window, handing it the files of --send-files), loads the settings, brings
// the node up through NodeHost, serves it on the control socket so that `ferry send`, `ferry
// receive` and friends use it, and wires the node to the models, the window and the tray. Settings
// that change how the node listens or is named restart the node; transfers that were running are
// interrupted and resume.
class GuiApp : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApp)
public:
    explicit GuiApp(const Options &options, QObject *parent = nullptr);
    ~GuiApp() override;

    // False when this process must not run a window (another one was raised, the user gave up,
    // or the folder could not be claimed): exit with exitCode() then.
    bool start();
    int exitCode() const { return m_exitCode; }
    Ui::MainWindow *window() const { return m_window.get(); }
    NodeHost *host() const { return m_host.get(); }

    // The options a run with these settings uses: what the command line said explicitly wins.
    static Options effectiveOptions(const Options &commandLine, const Ui::AppSettings &settings);

private:
    bool claimInstance();
    void raiseRunningWindow();
    bool handOver(const QString &runningNode);
    void offerToSend(const QStringList &paths);
    void onIdentityLoaded();
    void onNodeStarted();
    void onNodeStopped();
    void onFailed(const QString &reason);
    void startNetworking();
    void detachNode();
    void applySettings(const Ui::AppSettings &settings);
    void showStatus(const QString &error = {});
    void quit();

    Options m_commandLine;
    Options m_options;
    QString m_dataDir;
    Ui::SettingsStore m_store;
    Ui::AppSettings m_settings;
    InstanceGuard::Claim m_claim;
    std::unique_ptr<NodeHost> m_host;
    std::unique_ptr<ControlServer> m_server;
    Ui::PeerListModel m_peers;
    Ui::TransferHistory m_history;
    Ui::TransferListModel m_transfers;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::TrayController> m_tray;
    bool m_restartPending = false;
    bool m_quitting = false;
    int m_exitCode = 0;
};

} // namespace Ferry::App
