#pragma once

#include "net/remoteidentity.h"

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace Ferry::Ui {

class PeerListModel;

// "Send to device": files handed to Ferry from outside the window (the desktop's "send to",
// `ferry --send-files`), and the nearby devices to choose from. The list follows the peer model
// live, so devices found after the dialog opened appear in it; while there is none it says so.
// Several devices can be chosen (click, or Space on the current one). Paths that do not exist are
// named and left out; Send sends the rest to the chosen devices through sendRequested.
class SendToDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToDialog)
public:
    SendToDialog(PeerListModel *peers, const QStringList &paths, QWidget *parent = nullptr);

    QStringList paths() const { return m_paths; } // what Send sends: the ones that exist
    QStringList missingPaths() const { return m_missing; }
    QList<Net::RemoteIdentity> selectedDevices() const;
    // "report.pdf", "report.pdf + 2 more" (the files to send, for the title line).
    QString summary() const;

    QListView *deviceList() const { return m_list; }
    QPushButton *sendButton() const { return m_send; }
    QString emptyText() const; // what shows while no device is listed

    void accept() override; // sendRequested for the chosen devices, then closes

Q_SIGNALS:
    void sendRequested(const QList<Ferry::Net::RemoteIdentity> &devices, const QStringList &paths);

private:
    QDialogButtonBox *makeButtons();
    QLabel *makeMissingNote();
    void onRowsChanged();
    void updateState();

    PeerListModel *m_peers;
    QStringList m_paths;
    QStringList m_missing;
    bool m_autoChosen = false; // the only device was chosen for the user once already

    QLabel *m_title = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Ferry::Ui
