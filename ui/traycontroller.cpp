#include "ui/traycontroller.h"

#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/models/peerlistmodel.h"
#include "ui/textformat.h"
#include "ui/transfertext.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Ferry::Ui {

using Net::TransferDirection;
using Net::TransferState;

TrayController::TrayController(MainWindow *window, PeerListModel *peers, QObject *parent)
    : QObject(parent), m_window(window), m_peers(peers)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(Icons::tray(), this);
    m_icon->setToolTip(tr("Ferry"));
    buildMenu();
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason != QSystemTrayIcon::Trigger || !m_window)
                    return;
                if (windowInView())
                    m_window->hide();
                else
                    m_window->showAndRaise();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::onMessageClicked);
    connect(window, &MainWindow::requestArrived, this, &TrayController::onRequestArrived);
    connect(window, &MainWindow::transferEnded, this, &TrayController::onTransferEnded);
    window->setTray(this);
    m_icon->show();
}

TrayController::~TrayController()
{
    if (m_window && m_icon)
        m_window->setTray(nullptr);
    delete m_icon;
    delete m_menu; // a context menu has no parent: the tray icon does not own it
}

bool TrayController::keepsRunning() const
{
    return m_icon && m_icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::hide()
{
    if (m_icon)
        m_icon->hide();
}

void TrayController::buildMenu()
{
    m_menu = new QMenu;
    QAction *show = m_menu->addAction(Icons::app(), tr("&Show Ferry"));
    connect(show, &QAction::triggered, this, [this] {
        if (m_window)
            m_window->showAndRaise();
    });
    QMenu *send = m_menu->addMenu(Icons::action(Icons::Action::Send), tr("Send &Files To"));
    send->setObjectName(QStringLiteral("sendToMenu"));
    // Rebuilt when opened: devices come and go while the menu is closed.
    connect(send, &QMenu::aboutToShow, this, [this, send] { fillSendMenu(send); });
    fillSendMenu(send);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(Icons::action(Icons::Action::Quit), tr("&Quit Ferry"));
    connect(quit, &QAction::triggered, this, [this] {
        if (m_window)
            m_window->requestQuit();
    });
}

void TrayController::fillSendMenu(QMenu *menu)
{
    menu->clear();
    for (int row = 0; row < m_peers->rowCount(); ++row) {
        const QModelIndex index = m_peers->index(row, 0);
        const auto kind
            = PeerListModel::DeviceKind(index.data(PeerListModel::DeviceKindRole).toInt());
        const QString name = index.data(PeerListModel::NameRole).toString();
        // "&" in a device name would become a mnemonic.
        QString label = name;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = menu->addAction(Icons::device(kind), label);
        const auto peer = m_peers->peerAt(row);
        if (!peer)
            continue;
        connect(action, &QAction::triggered, this, [this, identity = peer->identity] {
            if (m_window)
                m_window->chooseFilesFor(identity);
        });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No device found"))->setEnabled(false);
}

bool TrayController::windowInView() const
{
    return m_window && m_window->isVisible() && !m_window->isMinimized()
        && m_window->isActiveWindow();
}

void TrayController::notify(const QString &title, const QString &text)
{
    if (m_icon)
        m_icon->showMessage(title, text, Icons::app(), kMessageMs);
    emit notified(title, text);
}

void TrayController::noteHiddenToTray()
{
    if (m_toldHidden)
        return;
    m_toldHidden = true;
    m_lastTransfer = QUuid();
    notify(tr("Ferry is still running"),
           tr("Ferry keeps receiving files in the background. Quit it from the tray menu."));
}

void TrayController::onRequestArrived(const Net::IncomingRequest &request, bool shown)
{
    if (shown && windowInView())
        return;
    m_lastTransfer = QUuid();
    notify(tr("%1 wants to send you files").arg(TextFormat::printable(request.senderName)),
           tr("%1 (%2). Click to answer.")
               .arg(TextFormat::contents(request.fileCount, request.folderCount),
                    TextFormat::bytes(request.totalBytes)));
}

void TrayController::onTransferEnded(const Net::TransferInfo &info)
{
    if (windowInView())
        return;
    const QString what = TextFormat::firstAndMore(info.firstName, info.topLevelCount);
    const bool incoming = info.direction == TransferDirection::Incoming;
    m_lastTransfer = info.id;
    switch (info.state) {
    case TransferState::Completed:
        notify(incoming ? tr("Files received") : tr("Files sent"),
               incoming ? tr("%1 from %2").arg(what, TextFormat::printable(info.peerName))
                        : tr("%1 to %2").arg(what, TextFormat::printable(info.peerName)));
        break;
    case TransferState::Failed:
    case TransferState::Declined:
        notify(incoming ? tr("Receiving failed") : tr("Sending failed"),
               tr("%1: %2").arg(what, TransferText::state(info)));
        break;
    default:
        break; // cancelled by someone: they know
    }
}

void TrayController::onMessageClicked()
{
    if (!m_window)
        return;
    m_window->showAndRaise();
    if (!m_lastTransfer.isNull())
        m_window->selectTransfer(m_lastTransfer);
}

} // namespace Ferry::Ui
