#include "app/sendcommand.h"

#include "app/nodehost.h"
#include "app/signalwatcher.h"
#include "app/transferformat.h"
#include "net/operations/spacedrop/spacedropservice.h"
#include "net/peerregistry.h"

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
    m_host = std::make_unique<NodeHost>(m_options);
    connect(m_host.get(), &NodeHost::failed, this, [this](const QString &reason) {
        m_out.error(QStringLiteral("ferry: %1").arg(reason));
        finish(1);
    });
    connect(m_host.get(), &NodeHost::identityLoaded, this, &SendCommand::onIdentityLoaded);
    connect(m_host.get(), &NodeHost::nodeStarted, this, &SendCommand::onNodeStarted);
    m_host->loadIdentity();
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

void SendCommand::onIdentityLoaded()
{
    if (!m_host->keyStorage().warning.isEmpty())
        m_out.error(QStringLiteral("ferry: warning: %1").arg(m_host->keyStorage().warning));
    m_host->startNode(NodeHost::Start::Transient);
}

void SendCommand::onNodeStarted()
{
    Net::NetworkService *service = m_host->service();
    if (!service->errorString().isEmpty()) // discovery could not start; --peer may still work
        m_out.error(QStringLiteral("ferry: warning: %1").arg(service->errorString()));
    connect(m_host->spacedrop(), &Net::SpacedropService::transferChanged, this,
            &SendCommand::onChanged);
    const auto retry = [this] { resolveTarget(false); };
    connect(service->registry(), &Net::PeerRegistry::peerDiscovered, this, retry);
    connect(service->registry(), &Net::PeerRegistry::peerUpdated, this, retry);
    QTimer::singleShot(std::min(kSettleMs, m_options.waitMs), this, [this] {
        m_settled = true;
        resolveTarget(false);
    });
    QTimer::singleShot(m_options.waitMs, this, [this] { resolveTarget(true); });
}

void SendCommand::resolveTarget(bool final)
{
    // A full identity cannot be ambiguous: no need to let the answers to our query settle.
    const bool exact = Net::RemoteIdentity::fromText(m_options.sendTo).has_value();
    if (!m_id.isNull() || m_finished || (!final && !m_settled && !exact))
        return;
    QString why;
    const std::optional<Net::PeerRecord> found
        = m_host->service()->registry()->find(m_options.sendTo, &why);
    if (!found) {
        if (!final)
            return; // it may still appear
        m_out.error(QStringLiteral("ferry: cannot send to %1: %2").arg(m_options.sendTo, why));
        return finish(1);
    }
    m_host->service()->registry()->disconnect(this);
    const QString name = found->metadata.deviceName;
    m_out.line(QStringLiteral("sending %1 to %2")
                   .arg(selectionText(m_options.sendPaths), deviceLabel(name, found->identity)));
    m_id = m_host->spacedrop()->sendFiles(found->identity, name, m_options.sendPaths,
                                          m_options.message);
}

void SendCommand::onChanged(const Net::TransferInfo &info)
{
    if (info.id != m_id || m_finished)
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
    m_cancelling = true;
    m_cancelExitCode = 128 + signalNumber;
    m_out.error(QStringLiteral("ferry: cancelled"));
    if (!m_id.isNull() && m_host && m_host->spacedrop())
        m_host->spacedrop()->cancelTransfer(m_id);
    finish(m_cancelExitCode);
}

void SendCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.clearStatus();
    if (!m_host)
        return Q_EMIT finished(exitCode);
    if (Net::NetworkService *service = m_host->service())
        service->registry()->disconnect(this);
    connect(m_host.get(), &NodeHost::nodeStopped, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    m_host->stopNode();
}

} // namespace Ferry::App
