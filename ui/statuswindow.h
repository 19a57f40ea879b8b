#pragma once

#include "net/keystorage.h"
#include "net/peerinfo.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace Ferry::Net {
class Node;
} // namespace Ferry::Net

namespace Ferry::Ui {

// The foundation's window: this device (name, identity, port, where its key is kept, with a
// visible warning when the keychain was not usable) and the peers connected right now.
class StatusWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusWindow)
public:
    StatusWindow(Net::Node *node, const Net::KeyStorage &storage, QWidget *parent = nullptr);

private:
    void refreshPeers();

    Net::Node *m_node;
    QListWidget *m_peers = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace Ferry::Ui
