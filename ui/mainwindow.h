#pragma once

#include "net/operations/spacedrop/transferinfo.h"
#include "ui/models/appsettings.h"
#include "ui/nodestatus.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
QT_END_NAMESPACE

namespace Ferry::Net {
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::Ui {

class DevicePanel;
class DeviceListView;
class PeerListModel;
class RequestPrompter;
class TrayController;
class TransferListModel;
class TransfersView;

// Ferry's window: nearby devices (drop files on one to send them), the transfers, the menus and
// toolbar (Send files…, Send folder…, Settings, About, Quit), a status line (this device, its
// port, networking), and the prompts for incoming requests. It only issues commands to the
// SpacedropService and shows the models; settings changes go out as settingsChangeRequested for
// the composition root to apply.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(PeerListModel *peers, TransferListModel *transfers, QWidget *parent = nullptr);
    ~MainWindow() override;

    // May be null (networking off) and may be replaced (the node restarted).
    void setSpacedrop(Net::SpacedropService *service);
    Net::SpacedropService *spacedrop() const;
    void setNodeStatus(const NodeStatus &status);
    NodeStatus nodeStatus() const { return m_status; }
    void setSettings(const AppSettings &settings);
    AppSettings settings() const { return m_settings; }
    // Set by TrayController: closing then hides the window instead of quitting.
    void setTray(TrayController *tray);

    void showAndRaise(); // also shows request prompts that waited while hidden
    // Sends paths to the devices (by identity); false, saying why in the status bar, when there
    // is no service or no device.
    bool sendPaths(const QList<Net::RemoteIdentity> &devices, const QStringList &paths);
    // Shows the window and asks, in a SendToDialog, which nearby devices should get paths (files
    // handed over from outside: the desktop's "send to"); Send sends them with sendPaths().
    void offerToSend(const QStringList &paths);
    // Selects the device and asks for files (or a folder) to send to it.
    void chooseFilesFor(const Net::RemoteIdentity &device, bool folder = false);
    // Quits (quitRequested), after asking when transfers are unfinished: they are kept.
    void requestQuit();
    void openSettings();
    void openAbout();
    void selectTransfer(const QUuid &id);

    DevicePanel *devicePanel() const { return m_devices; }
    DeviceListView *deviceList() const;
    TransfersView *transfersView() const { return m_transfers; }
    RequestPrompter *prompter() const { return m_prompter; }

Q_SIGNALS:
    void settingsChangeRequested(const Ferry::Ui::AppSettings &settings);
    void quitRequested();
    // For the tray's notifications.
    void requestArrived(const Ferry::Net::IncomingRequest &request, bool shown);
    void transferEnded(const Ferry::Net::TransferInfo &info);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void makeActions();
    void makeMenus();
    QWidget *makeTransferPanel();
    void makeStatusBar();
    void updateStatusLine();
    void onTransferUpdated(const Net::TransferInfo &info);
    int unfinishedCount() const;

    PeerListModel *m_peers;
    TransferListModel *m_transferModel;
    QPointer<Net::SpacedropService> m_spacedrop;
    QPointer<TrayController> m_tray;
    NodeStatus m_status;
    AppSettings m_settings;
    bool m_quitting = false;
    QHash<QUuid, Net::TransferState> m_states; // to tell when a transfer has just ended

    RequestPrompter *m_prompter = nullptr;
    DevicePanel *m_devices = nullptr;
    TransfersView *m_transfers = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_networkLabel = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace Ferry::Ui
