#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Ferry::Ui {

struct NodeStatus;

// What the device list shows while it is empty: what to check when no device appears (same
// network, the firewall ports by number), or why Ferry is not looking (networking off, or the
// node failed), with the button that fixes it.
class NoDevicesHint : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoDevicesHint)
public:
    explicit NoDevicesHint(QWidget *parent = nullptr);

    void setStatus(const NodeStatus &status, bool networkingEnabled);
    QString title() const;
    QString body() const;

Q_SIGNALS:
    void networkingOnRequested();
    void settingsRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_turnOn = nullptr;
    QPushButton *m_settings = nullptr;
};

} // namespace Ferry::Ui
