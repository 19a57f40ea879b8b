#include "app/receivecommand.h"

#include "app/connectorreport.h"
#include "app/control/controlserver.h"
#include "app/control/nodeconnector.h"
#include "app/linereader.h"
#include "app/signalwatcher.h"
#include "app/transferformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace Ferry::App {

using Outcome = NodeAccess::Outcome;

ReceiveCommand::ReceiveCommand(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_out(TerminalOutput::stdoutIsTerminal()),
      m_printer(m_out, true)
{
    m_self = QStringLiteral("ferry receive (pid %1)").arg(QCoreApplication::applicationPid());
}

ReceiveCommand::~ReceiveCommand() = default;

void ReceiveCommand::run()
{
    m_destinationGiven = !m_options.destination.isEmpty();
    if (!checkDestination())
        return finish(2);
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::terminationRequested, this, [this] { finish(0); });
    m_connector = std::make_unique<NodeConnector>(m_options, NodeHost::Start::Listen,
                                                  NodeInfo::Kind::Cli, QStringLiteral("receive"));
    reportConnectorProblems(
        m_connector.get(), this, [this](const QString &line) { m_out.error(line); },
        [this](int code) { finish(code); });
    connect(m_connector.get(), &NodeConnector::nodeLost, this, [this](const QString &reason) {
        m_out.closeQuestion(false);
        m_out.error(QStringLiteral("ferry: the Ferry node went away: %1").arg(reason));
        finish(1);
    });
    connect(m_connector.get(), &NodeConnector::ready, this, &ReceiveCommand::onReady);
    m_connector->connectToNode();
}

// The folder must be there and writable before the device says it receives.
bool ReceiveCommand::checkDestination()
{
    const QString folder
        = m_options.destination.isEmpty() ? NodeHost::defaultDestination() : m_options.destination;
    const QFileInfo info(folder);
    QString problem;
    if (!info.exists())
        problem = QStringLiteral("no such folder");
    else if (!info.isDir())
        problem = QStringLiteral("not a folder");
    else if (!info.isWritable())
        problem = QStringLiteral("cannot write there");
    if (!problem.isEmpty()) {
        m_out.error(QStringLiteral("ferry: cannot receive into %1: %2").arg(folder, problem));
        return false;
    }
    m_options.destination = QDir(folder).absolutePath(); // NodeHost's default destination
    return true;
}

void ReceiveCommand::onReady()
{
    m_access = m_connector->access();
    const NodeInfo node = m_access->info();
    if (!node.receiving) {
        m_out.error(QStringLiteral("ferry: cannot receive: %1 runs this data folder's node for a "
                                   "moment and does not receive; try again when it has ended")
                        .arg(describeNode(node)));
        return finish(1);
    }
    if (!m_access->isLocal() && !m_destinationGiven)
        m_options.destination = node.destination; // where the node saves unless told otherwise
    printHeader(node);
    printPolicy();
    if (ControlServer *server = m_connector->server()) // another front-end quits this node
        connect(server, &ControlServer::quitRequested, this, [this] { finish(0); });
    for (const Net::TransferInfo &info : m_access->transfers()) // restored, or under way there
        showTransfer(info);
    connect(m_access, &NodeAccess::transferAdded, this, &ReceiveCommand::showTransfer);
    connect(m_access, &NodeAccess::transferChanged, this, &ReceiveCommand::showTransfer);
    connect(m_access, &NodeAccess::requestReceived, this, &ReceiveCommand::onRequest);
    connect(m_access, &NodeAccess::requestClosed, this, &ReceiveCommand::onRequestClosed);
    if (!m_options.acceptAll) {
        m_input = std::make_unique<LineReader>(0);
        connect(m_input.get(), &LineReader::lineRead, this, &ReceiveCommand::onAnswer);
        connect(m_input.get(), &LineReader::ended, this, &ReceiveCommand::onInputEnded);
    }
    for (const Net::IncomingRequest &request : m_access->pendingRequests()) // asked before us
        onRequest(request);
}

void ReceiveCommand::printHeader(const NodeInfo &node)
{
    m_out.line(QStringLiteral("Ferry %1 receiving as \"%2\"")
                   .arg(QStringLiteral(FERRY_VERSION), printable(node.deviceName)));
    m_out.line(QStringLiteral("identity     %1").arg(node.identity.toText()));
    m_out.line(QStringLiteral("short        %1").arg(node.identity.shortText()));
    if (!m_access->isLocal()) {
        m_out.line(
            QStringLiteral("attached to  %1, port %2").arg(describeNode(node)).arg(node.port));
    } else {
        m_out.line(QStringLiteral("listening    %1 port %2")
                       .arg(m_options.listenAddress.toString())
                       .arg(node.port));
        if (!node.warning.isEmpty())
            m_out.error(QStringLiteral("ferry: warning: %1").arg(node.warning));
        if (node.discovery) {
            m_out.line(QStringLiteral("discovery    UDP port %1 on %2")
                           .arg(node.discoveryPort)
                           .arg(node.interfaces.join(QStringLiteral(", "))));
        }
    }
    m_out.line(QStringLiteral("saving to    %1").arg(m_options.destination));
}

void ReceiveCommand::printPolicy()
{
    if (m_options.acceptAll) {
        m_out.line(QStringLiteral("accepting    from every device, without asking"));
        m_out.error(acceptAllWarning(m_options.destination));
        return;
    }
    QStringList trusted;
    for (const Net::RemoteIdentity &identity : std::as_const(m_options.acceptFrom))
        trusted << identity.shortText();
    m_out.line(trusted.isEmpty()
                   ? QStringLiteral("accepting    when you answer y")
                   : QStringLiteral("accepting    from %1 without asking; from others when you "
                                    "answer y")
                         .arg(trusted.join(QStringLiteral(", "))));
}

// What this command receives: the node's other transfers (sends from another front-end) are
// not its business.
void ReceiveCommand::showTransfer(const Net::TransferInfo &info)
{
    if (info.direction == Net::TransferDirection::Incoming)
        m_printer.show(info);
}

void ReceiveCommand::onRequest(const Net::IncomingRequest &request)
{
    m_waiting.append(request);
    askNext();
}

// An attached node asks about every offer its own policy does not settle; this command's
// --accept-all and --accept-from settle them here.
bool ReceiveCommand::answersItself(const Net::IncomingRequest &request) const
{
    return m_options.acceptAll || m_options.acceptFrom.contains(request.sender);
}

// One question at a time: every answer is for the offer shown last.
void ReceiveCommand::askNext()
{
    if (!m_asking.isNull() || m_waiting.isEmpty() || m_finished)
        return;
    const Net::IncomingRequest request = m_waiting.takeFirst();
    const QString folder = m_options.destination;
    const QStorageInfo storage(folder);
    const qint64 free = storage.isValid() ? storage.bytesAvailable() : -1;
    m_shown.insert(request.id);
    for (const QString &line : requestLines(request, folder, free))
        m_out.line(line);
    if (answersItself(request)) {
        m_out.line(QStringLiteral("  (accepted without asking)"));
        answer(request.id, true);
        return askNext();
    }
    if (!m_input || m_input->atEnd()) {
        m_out.line(QStringLiteral("  (standard input is closed: no answer can be given)"));
        return askNext();
    }
    m_asking = request.id;
    m_out.ask(QStringLiteral("Accept? [y/N] "));
}

void ReceiveCommand::onAnswer(const QString &line)
{
    const QString answer = line.trimmed().toLower();
    if (m_asking.isNull()) {
        if (!answer.isEmpty())
            m_out.error(QStringLiteral("ferry: no offer is waiting for an answer"));
        return;
    }
    const QUuid id = std::exchange(m_asking, {});
    m_out.closeQuestion(true);
    this->answer(id, answer == QLatin1String("y") || answer == QLatin1String("yes"));
    askNext();
}

void ReceiveCommand::answer(const QUuid &id, bool accept)
{
    m_answered.insert(id);
    // Another front-end may have answered first: the node refuses this answer then.
    const auto refused = [this](const NodeAccess::Reply &reply) {
        if (!reply.ok && !m_finished)
            m_out.error(QStringLiteral("ferry: too late: %1").arg(reply.error));
    };
    if (!accept)
        return m_access->declineRequest(id, m_self, refused);
    const QString destination = m_destinationGiven || m_access->isLocal()
        ? m_options.destination
        : QString(); // the attached node's own default
    m_access->acceptRequest(
        id, destination, m_self, [this, id, refused](const NodeAccess::Reply &reply) {
            if (reply.ok || m_finished)
                return;
            const QList<Net::IncomingRequest> waiting = m_access->pendingRequests();
            const bool stillWaiting
                = std::any_of(waiting.cbegin(), waiting.cend(),
                              [&id](const Net::IncomingRequest &r) { return r.id == id; });
            if (!stillWaiting)
                return refused(reply);
            // The folder is unusable: the sender hears no rather than waiting for the time-out.
            m_out.error(QStringLiteral("ferry: cannot accept: %1").arg(reply.error));
            m_access->declineRequest(id, m_self, [](const NodeAccess::Reply &) {});
        });
}

// Answered here or elsewhere, timed out, or withdrawn by the sender.
void ReceiveCommand::onRequestClosed(const QUuid &id, NodeAccess::Outcome outcome,
                                     const QString &by)
{
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&id](const Net::IncomingRequest &r) { return r.id == id; }),
                    m_waiting.end());
    if (m_asking == id) {
        m_asking = QUuid();
        m_out.closeQuestion(false);
    }
    // The transfer's own line tells a time-out or a withdrawal ("declined: timed out …",
    // "cancelled by the sender"); an answer from another front-end is news only here.
    if (m_shown.remove(id) && !m_answered.contains(id) && by != m_self) {
        const QString who = by.isEmpty() ? QString() : QStringLiteral(", by %1").arg(printable(by));
        if (outcome == Outcome::Accepted)
            m_out.line(QStringLiteral("  accepted elsewhere%1").arg(who));
        else if (outcome == Outcome::Declined)
            m_out.line(QStringLiteral("  declined elsewhere%1").arg(who));
    }
    m_answered.remove(id);
    askNext();
}

// No more answers: what is being asked waits for its time-out, which declines it.
void ReceiveCommand::onInputEnded()
{
    if (m_asking.isNull() && m_waiting.isEmpty())
        return;
    m_out.closeQuestion(false);
    m_out.line(QStringLiteral("  (standard input is closed: no answer can be given)"));
}

void ReceiveCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.closeQuestion(false);
    m_out.clearStatus();
    m_input.reset();
    if (!m_connector)
        return Q_EMIT finished(exitCode);
    if (exitCode == 0)
        m_out.line(QStringLiteral("stopping"));
    if (m_access)
        m_access->disconnect(this);
    connect(m_connector.get(), &NodeConnector::stopped, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    m_connector->stop();
}

} // namespace Ferry::App
