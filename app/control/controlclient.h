#pragma once

#include "app/control/controlmessage.h"
#include "app/control/nodeinfo.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLocalSocket;
QT_END_NAMESPACE

namespace Ferry::App {

class ControlChannel;

// A front-end's connection to a running node over the control socket (docs/CONTROL.md). Says
// hello, then sends commands (each numbered; the node's "result" carries the number back) and
// hands every message from the node to messageReceived. Asynchronous; InstanceGuard::claim
// makes one that is already welcomed.
class ControlClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlClient)
public:
    static constexpr int kWelcomeTimeoutMs = 15'000;

    explicit ControlClient(QObject *parent = nullptr);
    // Over a socket that already said hello and was welcomed by node; alreadyRead: bytes read
    // from it after the welcome.
    ControlClient(QLocalSocket *socket, const NodeInfo &node, const QByteArray &alreadyRead,
                  QObject *parent = nullptr);
    ~ControlClient() override;

    // Connects to path and says hello as kind (command: the CLI command, for logs).
    void connectToNode(const QString &path, NodeInfo::Kind kind, const QString &command = {});
    bool isWelcomed() const { return m_welcomed; }
    NodeInfo node() const { return m_node; }
    // Sends a command; returns its seq (0 when the connection is closed).
    qint64 sendCommand(ControlMessage::Type type, QJsonObject fields = {});
    // Stops reading and closes.
    void close();
    // Messages are delivered from start() on (a client made by InstanceGuard::claim holds them
    // until its owner is connected).
    void start();

    // The hello a front-end of kind sends (seq 0).
    static ControlMessage hello(NodeInfo::Kind kind, const QString &command);

Q_SIGNALS:
    void welcomed(const Ferry::App::NodeInfo &node);
    // Everything after the welcome: results, events, errors.
    void messageReceived(const Ferry::App::ControlMessage &message);
    // The connection ended (or could not be made); once.
    void disconnected(const QString &reason);

private:
    void attach(QLocalSocket *socket, const QByteArray &alreadyRead);
    void onMessage(const ControlMessage &message);
    void onClosed(const QString &reason);

    ControlChannel *m_channel = nullptr;
    NodeInfo m_node;
    QTimer m_welcomeTimer;
    QString m_lastError; // an "error" message from the node: the reason it closes
    qint64 m_nextSeq = 1;
    bool m_welcomed = false;
    bool m_disconnected = false;
};

} // namespace Ferry::App
