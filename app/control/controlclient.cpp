#include "app/control/controlclient.h"

#include "app/control/controlchannel.h"
#include "app/control/controlvalues.h"

#include <QCoreApplication>
#include <QLocalSocket>

namespace Ferry::App {

ControlClient::ControlClient(QObject *parent) : QObject(parent)
{
    m_welcomeTimer.setSingleShot(true);
    m_welcomeTimer.setInterval(kWelcomeTimeoutMs);
    connect(&m_welcomeTimer, &QTimer::timeout, this, [this] {
        if (m_channel)
            m_channel->close(tr("the node did not answer"));
    });
}

ControlClient::ControlClient(QLocalSocket *socket, const NodeInfo &node,
                             const QByteArray &alreadyRead, QObject *parent)
    : ControlClient(parent)
{
    m_node = node;
    m_welcomed = true;
    attach(socket, alreadyRead);
}

ControlClient::~ControlClient()
{
    if (m_channel)
        m_channel->disconnect(this);
}

void ControlClient::attach(QLocalSocket *socket, const QByteArray &alreadyRead)
{
    m_channel
        = new ControlChannel(socket, ControlChannel::kDefaultMaxQueuedBytes, this, alreadyRead);
    connect(m_channel, &ControlChannel::messageReceived, this, &ControlClient::onMessage);
    connect(m_channel, &ControlChannel::closed, this, &ControlClient::onClosed);
}

void ControlClient::start()
{
    if (m_channel)
        m_channel->start();
}

void ControlClient::connectToNode(const QString &path, NodeInfo::Kind kind, const QString &command)
{
    auto *socket = new QLocalSocket(this);
    connect(socket, &QLocalSocket::connected, this, [this, socket, kind, command] {
        socket->disconnect(this);
        attach(socket, {});
        m_channel->send(hello(kind, command));
        m_welcomeTimer.start();
        m_channel->start();
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
        if (m_channel)
            return; // the channel reports it
        const QString reason = socket->errorString();
        socket->deleteLater();
        onClosed(reason);
    });
    socket->connectToServer(path);
}

ControlMessage ControlClient::hello(NodeInfo::Kind kind, const QString &command)
{
    QJsonObject fields{{QStringLiteral("seq"), 0},
                       {QStringLiteral("protocol"), ControlMessage::kProtocolVersion},
                       {QStringLiteral("kind"), nodeKindName(kind)},
                       {QStringLiteral("pid"), double(QCoreApplication::applicationPid())},
                       {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    if (!command.isEmpty())
        fields.insert(QStringLiteral("command"), command);
    return ControlMessage{ControlMessage::Type::Hello, fields};
}

qint64 ControlClient::sendCommand(ControlMessage::Type type, QJsonObject fields)
{
    if (!m_channel || !m_channel->isOpen())
        return 0;
    const qint64 seq = m_nextSeq++;
    fields.insert(QStringLiteral("seq"), double(seq));
    return m_channel->send(ControlMessage{type, fields}) ? seq : 0;
}

void ControlClient::close()
{
    if (m_channel)
        m_channel->close(tr("closed by this front-end"));
}

void ControlClient::onMessage(const ControlMessage &message)
{
    using Type = ControlMessage::Type;
    if (message.type == Type::Error)
        m_lastError = message.fields.value(QStringLiteral("message")).toString();
    if (m_welcomed)
        return Q_EMIT messageReceived(message);
    if (message.type == Type::Error)
        return; // the node closes now: disconnected() tells why
    if (message.type != Type::Welcome)
        return m_channel->fail(
            tr("expected a welcome, got %1").arg(ControlMessage::typeName(message.type)));
    m_welcomeTimer.stop();
    m_node = *ControlValues::nodeFromJson(message.fields.value(QStringLiteral("node")).toObject(),
                                          nullptr); // decode() checked it
    m_welcomed = true;
    Q_EMIT welcomed(m_node);
}

void ControlClient::onClosed(const QString &reason)
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    m_welcomeTimer.stop();
    Q_EMIT disconnected(m_lastError.isEmpty() ? reason : m_lastError);
}

} // namespace Ferry::App
