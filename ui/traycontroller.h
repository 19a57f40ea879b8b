#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

QT_BEGIN_NAMESPACE
class QMenu;
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace Ferry::Ui {

class MainWindow;
class PeerListModel;

// Ferry in the system tray: an icon whose menu shows the window, sends files to a device and
// quits; notifications for an incoming request (clicking one leads to its prompt), a finished
// transfer and a failed one. While a tray exists, closing the window only hides it. Without a
// tray (available() false) it does nothing, and closing the window quits.
class TrayController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)
public:
    static constexpr int kMessageMs = 8000;

    TrayController(MainWindow *window, PeerListModel *peers, QObject *parent = nullptr);
    ~TrayController() override;

    bool available() const { return m_icon != nullptr; }
    // Closing the window hides it (Ferry goes on in the tray).
    bool keepsRunning() const;
    // The window was just hidden by closing it: says once per run where Ferry went.
    void noteHiddenToTray();
    // Takes the icon off the tray (while quitting); closing the window then quits.
    void hide();
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    // Every notification shown, for tests and logs.
    void notified(const QString &title, const QString &text);

private:
    void buildMenu();
    void fillSendMenu(QMenu *menu);
    void notify(const QString &title, const QString &text);
    void onRequestArrived(const Net::IncomingRequest &request, bool shown);
    void onTransferEnded(const Net::TransferInfo &info);
    void onMessageClicked();
    bool windowInView() const;

    QPointer<MainWindow> m_window;
    PeerListModel *m_peers;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    bool m_toldHidden = false;
    QUuid m_lastTransfer; // what the last notification was about, for a click on it
};

} // namespace Ferry::Ui
