#include "ui/mainwindow.h"

#include "net/operations/spacedrop/spacedropservice.h"
#include "ui/aboutdialog.h"
#include "ui/devicelistview.h"
#include "ui/devicepanel.h"
#include "ui/icons.h"
#include "ui/models/transferlistmodel.h"
#include "ui/requestprompter.h"
#include "ui/sendtodialog.h"
#include "ui/settingsdialog.h"
#include "ui/textformat.h"
#include "ui/transfersview.h"
#include "ui/traycontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ferry::Ui {

namespace {
constexpr int kMessageMs = 8000;
} // namespace

MainWindow::MainWindow(PeerListModel *peers, TransferListModel *transfers, QWidget *parent)
    : QMainWindow(parent), m_peers(peers), m_transferModel(transfers)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(Icons::app());
    m_prompter = new RequestPrompter(this);
    connect(m_prompter, &RequestPrompter::requestArrived, this, &MainWindow::requestArrived);
    makeActions();
    m_devices = new DevicePanel(peers, this);
    m_devices->setObjectName(QStringLiteral("devicePanel"));
    connect(m_devices, &DevicePanel::messageRaised, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_devices, &DevicePanel::transfersStarted, this, [this](const QList<QUuid> &ids) {
        if (!ids.isEmpty())
            selectTransfer(ids.first());
    });
    connect(m_devices, &DevicePanel::settingsRequested, this, &MainWindow::openSettings);
    connect(m_devices, &DevicePanel::networkingOnRequested, this, [this] {
        AppSettings wanted = m_settings;
        wanted.networkingEnabled = true;
        emit settingsChangeRequested(wanted);
    });
    makeMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("warningBanner"));
    m_banner->setAccessibleName(tr("Warning"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->addWidget(m_devices);
    splitter->addWidget(makeTransferPanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({320, 640});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    makeStatusBar();
    setTabOrder(m_devices->list(), m_transfers->list());
    resize(960, 580);
    updateStatusLine();
}

MainWindow::~MainWindow() = default;

void MainWindow::makeActions()
{
    m_settingsAction = new QAction(Icons::action(Icons::Action::Settings), tr("Se&ttings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = new QAction(Icons::action(Icons::Action::About), tr("&About Ferry"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_quitAction = new QAction(Icons::action(Icons::Action::Quit), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::requestQuit);
}

void MainWindow::makeMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_devices->sendFilesAction());
    file->addAction(m_devices->sendFolderAction());
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_devices->sendFilesAction());
    toolbar->addAction(m_devices->sendFolderAction());
    toolbar->addSeparator();
    toolbar->addAction(m_settingsAction);
}

QWidget *MainWindow::makeTransferPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("T&ransfers"), panel);
    m_transfers = new TransfersView(m_transferModel, panel);
    m_transfers->setObjectName(QStringLiteral("transfersView"));
    title->setBuddy(m_transfers->list());
    layout->addWidget(title);
    layout->addWidget(m_transfers, 1);
    connect(m_transfers, &TransfersView::messageRaised, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    return panel;
}

void MainWindow::makeStatusBar()
{
    const auto add = [this](const QString &name, const char *objectName) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(QLatin1String(objectName));
        label->setAccessibleName(name);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_deviceLabel = add(tr("This device"), "thisDeviceLabel");
    m_portLabel = add(tr("Listening port"), "portLabel");
    m_networkLabel = add(tr("Networking"), "networkLabel");
}

void MainWindow::setSpacedrop(Net::SpacedropService *service)
{
    if (m_spacedrop)
        disconnect(m_spacedrop, nullptr, this, nullptr);
    m_spacedrop = service;
    m_prompter->setService(service);
    m_devices->setService(service);
    m_states.clear();
    if (service) {
        const QList<Net::TransferInfo> known = service->transfers();
        for (const Net::TransferInfo &info : known)
            m_states.insert(info.id, info.state);
        connect(service, &Net::SpacedropService::transferAdded, this,
                &MainWindow::onTransferUpdated);
        connect(service, &Net::SpacedropService::transferChanged, this,
                &MainWindow::onTransferUpdated);
        connect(service, &Net::SpacedropService::transferRemoved, this,
                [this](const QUuid &id) { m_states.remove(id); });
    }
}

Net::SpacedropService *MainWindow::spacedrop() const
{
    return m_spacedrop;
}

void MainWindow::onTransferUpdated(const Net::TransferInfo &info)
{
    const auto before = m_states.constFind(info.id);
    const bool wasFinal = before != m_states.constEnd() && Net::isFinalState(*before);
    m_states.insert(info.id, info.state);
    if (Net::isFinalState(info.state) && !wasFinal)
        emit transferEnded(info);
}

void MainWindow::setNodeStatus(const NodeStatus &status)
{
    m_status = status;
    QStringList warnings;
    if (!status.error.isEmpty())
        warnings << tr("Ferry cannot use the network: %1").arg(TextFormat::printable(status.error));
    if (!status.keyStorage.warning.isEmpty()) {
        warnings << tr("This device's private key is kept in a file, because the system keychain "
                       "could not be used: %1 (Help ▸ About Ferry has the details.)")
                        .arg(status.keyStorage.warning);
    }
    m_banner->setText(warnings.join(QLatin1Char('\n')));
    m_banner->setVisible(!warnings.isEmpty());
    updateStatusLine();
    m_devices->setStatus(m_status, m_settings.networkingEnabled);
}

void MainWindow::setSettings(const AppSettings &settings)
{
    m_settings = settings;
    updateStatusLine();
    m_devices->setStatus(m_status, m_settings.networkingEnabled);
}

void MainWindow::setTray(TrayController *tray)
{
    m_tray = tray;
    // With a tray, a request while the window is away is announced there and waits for it.
    m_prompter->setHoldWhileHidden(tray && tray->available());
}

void MainWindow::updateStatusLine()
{
    const QString name = TextFormat::printable(m_status.deviceName);
    m_deviceLabel->setText(
        m_status.identity.isNull()
            ? tr("This device: %1").arg(name)
            : tr("This device: %1 (%2)").arg(name, m_status.identity.shortText()));
    m_portLabel->setText(m_status.running ? tr("Port %1").arg(m_status.port) : QString());
    m_portLabel->setVisible(m_status.running);
    QString network;
    if (!m_settings.networkingEnabled)
        network = tr("Networking off");
    else if (!m_status.error.isEmpty())
        network = tr("Network error");
    else if (m_status.running)
        network = tr("Networking on");
    else
        network = tr("Starting…");
    m_networkLabel->setText(network);
}

DeviceListView *MainWindow::deviceList() const
{
    return m_devices->list();
}

bool MainWindow::sendPaths(const QList<Net::RemoteIdentity> &devices, const QStringList &paths)
{
    return m_devices->sendPaths(devices, paths);
}

void MainWindow::offerToSend(const QStringList &paths)
{
    showAndRaise();
    auto *dialog = new SendToDialog(m_peers, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendToDialog::sendRequested, this, &MainWindow::sendPaths);
    dialog->open();
}

void MainWindow::chooseFilesFor(const Net::RemoteIdentity &device, bool folder)
{
    showAndRaise();
    m_devices->chooseFilesFor(device, folder);
}

void MainWindow::selectTransfer(const QUuid &id)
{
    m_transfers->selectTransfer(id);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTrayAvailable(m_tray && m_tray->available());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit settingsChangeRequested(dialog->settings()); });
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(m_status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    m_prompter->showPending();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_prompter->showPending();
}

int MainWindow::unfinishedCount() const
{
    int count = 0;
    if (m_spacedrop) {
        const QList<Net::TransferInfo> transfers = m_spacedrop->transfers();
        for (const Net::TransferInfo &info : transfers)
            count += Net::isFinalState(info.state) ? 0 : 1;
    }
    return count;
}

void MainWindow::requestQuit()
{
    const int unfinished = unfinishedCount();
    if (unfinished == 0) {
        m_quitting = true;
        emit quitRequested();
        return;
    }
    showAndRaise();
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Quit Ferry?"),
                          tr("%n transfer(s) are not finished.", nullptr, unfinished), {}, this);
    box->setObjectName(QStringLiteral("quitConfirmation"));
    box->setInformativeText(tr("Nothing is lost: unfinished transfers are kept and continue "
                               "from where they stopped when Ferry runs again."));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("confirmQuitButton"));
    box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *button) {
        if (button != quit)
            return;
        m_quitting = true;
        emit quitRequested();
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_tray && m_tray->keepsRunning()) {
        hide();
        m_tray->noteHiddenToTray();
        return;
    }
    // Without a tray nothing could bring the window back: closing quits.
    requestQuit();
}

} // namespace Ferry::Ui
