#include "ui/devicepanel.h"

#include "net/operations/spacedrop/spacedropservice.h"
#include "ui/devicelistview.h"
#include "ui/icons.h"
#include "ui/models/peerlistmodel.h"
#include "ui/nodestatus.h"
#include "ui/nodeviceshint.h"
#include "ui/textformat.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ferry::Ui {

DevicePanel::DevicePanel(PeerListModel *peers, QWidget *parent) : QWidget(parent), m_peers(peers)
{
    m_sendFiles = new QAction(Icons::action(Icons::Action::Send), tr("&Send Files…"), this);
    m_sendFiles->setObjectName(QStringLiteral("sendFilesAction"));
    m_sendFiles->setShortcut(QKeySequence(tr("Ctrl+O")));
    m_sendFiles->setToolTip(tr("Send files to the selected devices (%1)")
                                .arg(m_sendFiles->shortcut().toString(QKeySequence::NativeText)));
    m_sendFolder = new QAction(Icons::action(Icons::Action::SendFolder), tr("Send &Folder…"), this);
    m_sendFolder->setObjectName(QStringLiteral("sendFolderAction"));
    m_sendFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_sendFolder->setToolTip(tr("Send a folder to the selected devices (%1)")
                                 .arg(m_sendFolder->shortcut().toString(QKeySequence::NativeText)));
    connect(m_sendFiles, &QAction::triggered, this, [this] { chooseFiles(false); });
    connect(m_sendFolder, &QAction::triggered, this, [this] { chooseFiles(true); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("&Devices nearby"), this);
    m_list = new DeviceListView(this);
    m_list->setObjectName(QStringLiteral("deviceList"));
    m_list->setModel(m_peers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_sendFiles);
    m_list->addAction(m_sendFolder);
    title->setBuddy(m_list);
    m_hint = new NoDevicesHint(this);
    m_hint->setObjectName(QStringLiteral("noDevicesHint"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    // Long hints (German) scroll rather than being cut off in a narrow panel.
    auto *hintScroll = new QScrollArea(this);
    hintScroll->setWidget(m_hint);
    hintScroll->setWidgetResizable(true);
    hintScroll->setFrameShape(QFrame::NoFrame);
    hintScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hintScroll = hintScroll;
    m_stack->addWidget(hintScroll);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);

    connect(m_list, &DeviceListView::filesDropped, this,
            [this](const QModelIndex &index, const QStringList &paths) {
                if (const auto peer = m_peers->peerAt(index.row()))
                    sendPaths({peer->identity}, paths);
            });
    connect(m_list, &QListView::activated, this, [this] { chooseFiles(false); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicePanel::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_peers, signal, this, &DevicePanel::updateState);
    connect(m_peers, &QAbstractItemModel::modelReset, this, &DevicePanel::updateState);
    connect(m_hint, &NoDevicesHint::settingsRequested, this, &DevicePanel::settingsRequested);
    connect(m_hint, &NoDevicesHint::networkingOnRequested, this,
            &DevicePanel::networkingOnRequested);
    updateState();
}

void DevicePanel::setService(Net::SpacedropService *service)
{
    m_service = service;
    updateState();
}

void DevicePanel::setStatus(const NodeStatus &status, bool networkingEnabled)
{
    m_hint->setStatus(status, networkingEnabled);
}

void DevicePanel::updateState()
{
    const bool any = m_peers->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_list) : m_hintScroll);
    // One device, or the first: something is selected, so Send files… works at once.
    if (any && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_peers->index(0, 0));
    const bool canSend = m_service && !selectedDevices().isEmpty();
    m_sendFiles->setEnabled(canSend);
    m_sendFolder->setEnabled(canSend);
}

QList<Net::RemoteIdentity> DevicePanel::selectedDevices() const
{
    return m_peers->identitiesOf(m_list->selectionModel()->selectedRows());
}

QString DevicePanel::deviceName(const Net::RemoteIdentity &device) const
{
    const int row = m_peers->rowOf(device);
    return row < 0 ? device.shortText()
                   : m_peers->index(row, 0).data(PeerListModel::NameRole).toString();
}

void DevicePanel::chooseFiles(bool folder)
{
    const QList<Net::RemoteIdentity> devices = selectedDevices();
    if (devices.isEmpty()) {
        emit messageRaised(tr("Select a device to send to first."));
        return;
    }
    const QString title = devices.size() == 1
        ? (folder ? tr("Send a folder to %1") : tr("Send files to %1"))
              .arg(TextFormat::printable(deviceName(devices.first())))
        : (folder ? tr("Send a folder to %n devices", nullptr, int(devices.size()))
                  : tr("Send files to %n devices", nullptr, int(devices.size())));
    auto *picker = new QFileDialog(window(), title);
    picker->setObjectName(QStringLiteral("sendFileDialog"));
    picker->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (folder)
        picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setAcceptMode(QFileDialog::AcceptOpen);
    picker->setLabelText(QFileDialog::Accept, tr("Send"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::filesSelected, this,
            [this, devices](const QStringList &paths) { sendPaths(devices, paths); });
    picker->open();
}

bool DevicePanel::chooseFilesFor(const Net::RemoteIdentity &device, bool folder)
{
    const int row = m_peers->rowOf(device);
    if (row < 0)
        return false;
    m_list->selectionModel()->setCurrentIndex(m_peers->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect);
    chooseFiles(folder);
    return true;
}

bool DevicePanel::sendPaths(const QList<Net::RemoteIdentity> &devices, const QStringList &paths)
{
    if (!m_service) {
        emit messageRaised(tr("Networking is off: turn it on in Settings to send files."));
        return false;
    }
    if (devices.isEmpty() || paths.isEmpty())
        return false;
    QList<QPair<Net::RemoteIdentity, QString>> targets;
    for (const Net::RemoteIdentity &device : devices)
        targets.append({device, deviceName(device)});
    // The service walks the paths in the background: big folders never block the window.
    const QList<QUuid> ids = m_service->sendFilesToMany(targets, paths);
    const QString what
        = TextFormat::firstAndMore(QFileInfo(paths.first()).fileName(), int(paths.size()));
    emit messageRaised(
        devices.size() == 1
            ? tr("Sending %1 to %2…").arg(what, TextFormat::printable(targets.first().second))
            : tr("Sending %1 to %n devices…", nullptr, int(devices.size())).arg(what));
    emit transfersStarted(ids);
    return !ids.isEmpty();
}

} // namespace Ferry::Ui
