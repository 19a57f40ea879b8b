#include "ui/statuswindow.h"

#include "net/node.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Ferry::Ui {

namespace {
// Names come from the network and the user: never let Qt guess that they are rich text.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

StatusWindow::StatusWindow(Net::Node *node, const Net::KeyStorage &storage, QWidget *parent)
    : QMainWindow(parent), m_node(node)
{
    setWindowTitle(tr("Ferry"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *form = new QFormLayout;
    const Net::RemoteIdentity id = node->identity();
    auto *identity = plainLabel(id.shortText(), central);
    identity->setToolTip(tr("Identity: %1\nFingerprint: %2").arg(id.toText(), id.fingerprint()));
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("This device:"), plainLabel(node->metadata().deviceName, central));
    form->addRow(tr("Identity:"), identity);
    form->addRow(tr("Fingerprint:"), plainLabel(id.fingerprint(), central));
    form->addRow(tr("Listening on port:"), plainLabel(QString::number(node->port()), central));
    form->addRow(tr("Key kept in:"), plainLabel(storage.location, central));
    layout->addLayout(form);

    if (!storage.warning.isEmpty()) {
        auto *warning = plainLabel(tr("Warning: %1").arg(storage.warning), central);
        warning->setWordWrap(true);
        warning->setAccessibleName(tr("Keychain warning"));
        warning->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); "
                                              "background: #b3261e; padding: 6px; }"));
        layout->addWidget(warning);
    }

    layout->addWidget(plainLabel(tr("Connected devices:"), central));
    m_peers = new QListWidget(central);
    m_peers->setAccessibleName(tr("Connected devices"));
    layout->addWidget(m_peers);
    m_emptyHint = plainLabel(tr("No device is connected. Another device can connect with "
                                "\"ferry ping <this computer's address>:%1\".")
                                 .arg(node->port()),
                             central);
    m_emptyHint->setWordWrap(true);
    layout->addWidget(m_emptyHint);
    setCentralWidget(central);
    resize(560, 380);

    connect(node, &Net::Node::peerConnected, this, &StatusWindow::refreshPeers);
    connect(node, &Net::Node::peerDisconnected, this, &StatusWindow::refreshPeers);
    refreshPeers();
}

void StatusWindow::refreshPeers()
{
    m_peers->clear();
    const QList<Net::PeerInfo> peers = m_node->connectedPeers();
    for (const Net::PeerInfo &peer : peers) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(peer.metadata.deviceName, peer.metadata.os, peer.identity.shortText()),
            m_peers);
        item->setToolTip(peer.identity.toText());
    }
    m_emptyHint->setVisible(peers.isEmpty());
}

} // namespace Ferry::Ui
