#pragma once

#include "net/remoteidentity.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QStackedWidget;
QT_END_NAMESPACE

namespace Ferry::Net {
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::Ui {

class DeviceListView;
class NoDevicesHint;
class PeerListModel;
struct NodeStatus;

// The devices half of the window: the nearby devices (or, while there are none, what to check),
// and sending to them: files dropped on a device, or chosen with Send files… / Send folder… for
// the selected devices.
class DevicePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicePanel)
public:
    explicit DevicePanel(PeerListModel *peers, QWidget *parent = nullptr);

    void setService(Net::SpacedropService *service);
    void setStatus(const NodeStatus &status, bool networkingEnabled);

    DeviceListView *list() const { return m_list; }
    NoDevicesHint *hint() const { return m_hint; }
    QAction *sendFilesAction() const { return m_sendFiles; }
    QAction *sendFolderAction() const { return m_sendFolder; }

    QList<Net::RemoteIdentity> selectedDevices() const;
    // Sends paths to devices; false, saying why with messageRaised, when it cannot.
    bool sendPaths(const QList<Net::RemoteIdentity> &devices, const QStringList &paths);
    // Asks for files (or a folder) to send to the selected devices.
    void chooseFiles(bool folder);
    // Selects device alone and asks for files for it; false when the device is not listed.
    bool chooseFilesFor(const Net::RemoteIdentity &device, bool folder);

Q_SIGNALS:
    void transfersStarted(const QList<QUuid> &ids);
    void messageRaised(const QString &text);
    void networkingOnRequested();
    void settingsRequested();

private:
    void updateState();
    QString deviceName(const Net::RemoteIdentity &device) const;

    PeerListModel *m_peers;
    QPointer<Net::SpacedropService> m_service;
    DeviceListView *m_list = nullptr;
    NoDevicesHint *m_hint = nullptr;
    QWidget *m_hintScroll = nullptr; // m_hint in its scroll area
    QStackedWidget *m_stack = nullptr;
    QAction *m_sendFiles = nullptr;
    QAction *m_sendFolder = nullptr;
};

} // namespace Ferry::Ui
