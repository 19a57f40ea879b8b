#include "app/sendcommand.h"

#include "app/connectorreport.h"
#include "app/control/controlserver.h"
#include "app/control/nodeconnector.h"
#include "app/signalwatcher.h"
#include "app/transferformat.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace Ferry::App {

using Net::TransferState;

namespace {

// As ping NAME: every node answers a QUERY within 0.5 s (docs/PROTOCOL.md §12.3), so after this
// a name that matches one device is not about to match a second one.
constexpr int kSettleMs = 700;

QString selectionText(const QStringList &paths)
{
    const QString first = QFileInfo(paths.constFirst()).fileName();
    const QString name = first.isEmpty() ? paths.constFirst() : first;
    if (paths.size() == 1)
        return QStringLiteral("\"%1\"").arg(printable(name));
    return QStringLiteral("\"%1\" and %2 more").arg(printable(name)).arg(paths.size() - 1);
}

} // namespace

SendCommand::SendCommand(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_out(TerminalOutput::stdoutIsTerminal()),
      m_printer(m_out, false)
{ }

SendCommand::~SendCommand() = default;

void SendCommand::run()
{
    if (!checkPaths())
        return finish(2);
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::terminationRequested, this,
            &SendCommand::onTerminationRequested);
    m_connector = std::make_unique<NodeConnector>(m_options, NodeHost::Start::Transient,
                                                  NodeInfo::Kind::Cli, QStringLiteral("send"));
    reportConnectorProblems(
        m_connector.get(), this, [this](const QString &line) { m_out.error(line); },
        [this](int code) { finish(code); });
    connect(m_connector.get(), &NodeConnector::nodeLost, this, [this](const QString &reason) {
        m_out.error(QStringLiteral("ferry: the Ferry node went away: %1").arg(reason));
        finish(1);
    });
    connect(m_connector.get(), &NodeConnector::ready, this, &SendCommand::onReady);
    m_connector->connectToNode();
}

// Every path must be there before anything is done: nothing is half-sent because of a typo.
bool SendCommand::checkPaths()
{
    bool ok = true;
    for (const QString &path : std::as_const(m_options.sendPaths)) {
        if (!QFileInfo::exists(path)) {
            m_out.error(QStringLiteral("ferry: cannot send %1: no such file or folder").arg(path));
            ok = false;
        }
    }
    return ok;
}

void SendCommand::onReady()
{
    m_access = m_connector->access();
    const NodeInfo node = m_access->info();
    if (m_access->isLocal() && !node.warning.isEmpty()) // no discovery; --peer may still work
        m_out.error(QStringLiteral("ferry: warning: %1").arg(node.warning));
    if (!m_access->isLocal())
        m_out.error(
            QStringLiteral("ferry: sending through the running node, %1").arg(describeNode(node)));
    if (ControlServer *server = m_connector->server()) // another front-end quits this node
        connect(server, &ControlServer::quitRequested, this,
                [this] { onTerminationRequested(15); });
    connect(m_access, &NodeAccess::transferChanged, this, &SendCommand::onChanged);
    const auto retry = [this] { resolveTarget(false); };
    connect(m_access, &NodeAccess::peerDiscovered, this, retry);
    connect(m_access, &NodeAccess::peerUpdated, this, retry);
    // A node that has listened for a while has heard the answers already.
    const qint64 listened = m_access->isLocal() ? 0 : node.uptimeMs;
    QTimer::singleShot(std::max<qint64>(0, std::min(kSettleMs, m_options.waitMs) - listened), this,
                       [this] {
                           m_settled = true;
                           resolveTarget(false);
                       });
    QTimer::singleShot(std::max<qint64>(0, m_options.waitMs - listened), this,
                       [this] { resolveTarget(true); });
}

void SendCommand::resolveTarget(bool final)
{
    // A full identity cannot be ambiguous: no need to let the answers to our query settle.
    const bool exact = Net::RemoteIdentity::fromText(m_options.sendTo).has_value();
    if (m_requested || m_finished || (!final && !m_settled && !exact))
        return;
    QString why;
    const std::optional<Net::PeerRecord> found = m_access->findPeer(m_options.sendTo, &why);
    if (!found) {
        if (!final)
            return; // it may still appear
        m_out.error(QStringLiteral("ferry: cannot send to %1: %2").arg(m_options.sendTo, why));
        return finish(1);
    }
    m_requested = true;
    const QString name = found->metadata.deviceName;
    m_out.line(QStringLiteral("sending %1 to %2")
                   .arg(selectionText(m_options.sendPaths), deviceLabel(name, found->identity)));
    QStringList paths = m_options.sendPaths;
    if (!m_access->isLocal()) { // the node runs elsewhere, in another working folder
        for (QString &path : paths)
            path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    }
    m_access->sendFiles(found->identity.toText(), paths, m_options.message,
                        [this](const NodeAccess::Reply &reply) { onSendStarted(reply); });
}

void SendCommand::onSendStarted(const NodeAccess::Reply &reply)
{
    if (m_finished)
        return;
    if (!reply.ok) {
        m_out.error(QStringLiteral("ferry: cannot send: %1").arg(reply.error));
        return finish(1);
    }
    m_id = reply.id;
    if (m_cancelling) // Ctrl-C while the node was starting the send
        return onTerminationRequested(m_cancelExitCode - 128);
    // The node reported the transfer's first states before its answer.
    if (const std::optional<Net::TransferInfo> info = m_access->transfer(m_id))
        onChanged(*info);
}

void SendCommand::onChanged(const Net::TransferInfo &info)
{
    if (info.id != m_id || m_id.isNull() || m_finished)
        return;
    switch (info.state) {
    case TransferState::Completed:
        m_printer.show(info);
        return finish(0);
    case TransferState::Declined:
        m_out.error(QStringLiteral("ferry: not sent: %1").arg(declineText(info)));
        return finish(1);
    case TransferState::Failed:
        m_out.error(
            QStringLiteral("ferry: the transfer failed: %1").arg(printable(info.error.toString())));
        return finish(1);
    case TransferState::Cancelled:
        if (m_cancelling)
            return finish(m_cancelExitCode);
        m_out.error(QStringLiteral("ferry: the transfer was cancelled by the receiver"));
        return finish(1);
    default:
        m_printer.show(info);
    }
}

// Ctrl-C (or SIGTERM): the transfer is cancelled, so that the receiver removes what it holds
// rather than keeping it for a resume that will not come. Exit code 128 + the signal's number,
// as a shell reports a process that the signal ended (130 for Ctrl-C).
void SendCommand::onTerminationRequested(int signalNumber)
{
    if (m_finished) // saying goodbye already, which cannot take long
        return;
    if (!m_cancelling)
        m_out.error(QStringLiteral("ferry: cancelled"));
    m_cancelling = true;
    m_cancelExitCode = 128 + signalNumber;
    if (m_requested && m_id.isNull())
        return; // the node is starting the send: cancelled when it says which (onSendStarted)
    if (m_id.isNull() || !m_access)
        return finish(m_cancelExitCode);
    // A running node must hear the cancel before this command lets go of it.
    const int exitCode = m_cancelExitCode;
    m_access->controlTransfer(NodeAccess::TransferCommand::Cancel, m_id,
                              [this, exitCode](const NodeAccess::Reply &) { finish(exitCode); });
}

void SendCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.clearStatus();
    if (m_access)
        m_access->disconnect(this);
    if (!m_connector)
        return Q_EMIT finished(exitCode);
    connect(m_connector.get(), &NodeConnector::stopped, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    m_connector->stop();
}

} // namespace Ferry::App
