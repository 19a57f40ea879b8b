#include "ui/nodeviceshint.h"

#include "net/manualpeers.h"
#include "net/nodeconfig.h"
#include "ui/nodestatus.h"
#include "ui/textformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ferry::Ui {

NoDevicesHint::NoDevicesHint(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body);

    auto *buttons = new QHBoxLayout;
    m_turnOn = new QPushButton(tr("Turn &networking on"), this);
    m_turnOn->setAccessibleName(tr("Turn networking on"));
    m_settings = new QPushButton(tr("Open setti&ngs…"), this);
    m_settings->setAccessibleName(tr("Open settings"));
    buttons->addWidget(m_turnOn);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_turnOn, &QPushButton::clicked, this, &NoDevicesHint::networkingOnRequested);
    connect(m_settings, &QPushButton::clicked, this, &NoDevicesHint::settingsRequested);
    setStatus(NodeStatus{}, true);
}

void NoDevicesHint::setStatus(const NodeStatus &status, bool networkingEnabled)
{
    m_turnOn->setVisible(!networkingEnabled);
    m_settings->setVisible(networkingEnabled && !status.error.isEmpty());
    if (!networkingEnabled) {
        m_title->setText(tr("Networking is off"));
        m_body->setText(tr("While networking is off, Ferry does not look for devices and "
                           "cannot send or receive files."));
    } else if (!status.error.isEmpty()) {
        m_title->setText(tr("Ferry cannot use the network"));
        m_body->setText(TextFormat::printable(status.error));
    } else if (!status.running) {
        m_title->setText(tr("Starting…"));
        m_body->setText(tr("Ferry is getting ready to look for devices."));
    } else {
        m_title->setText(tr("No device found yet"));
        const quint16 tcpPort = status.port ? status.port : Net::ManualPeers::kDefaultPort;
        m_body->setText(
            tr("Devices running Ferry on this network appear here by themselves. If one does "
               "not:\n"
               "• Start Ferry on the other device.\n"
               "• Connect both to the same network (the same Wi-Fi or wired network; guest "
               "networks often keep devices apart).\n"
               "• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and "
               "UDP port %2 for discovery.")
                .arg(tcpPort)
                .arg(Net::NodeConfig{}.discoveryPort)
            + QLatin1Char('\n')
            // The firewall profiles the package installs (packaging/ufw-ferry,
            // packaging/firewalld-ferry.xml); README's "Troubleshooting" has the details.
            + tr("• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd "
                 "--permanent --add-service=ferry (see “Troubleshooting” in Ferry's README)."));
    }
    m_body->setAccessibleName(m_title->text());
}

QString NoDevicesHint::title() const
{
    return m_title->text();
}

QString NoDevicesHint::body() const
{
    return m_body->text();
}

} // namespace Ferry::Ui
