#include "app/receivecommand.h"

#include "app/linereader.h"
#include "app/nodehost.h"
#include "app/signalwatcher.h"
#include "app/transferformat.h"
#include "net/discovery.h"
#include "net/operations/spacedrop/spacedropservice.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace Ferry::App {

ReceiveCommand::ReceiveCommand(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_out(TerminalOutput::stdoutIsTerminal()),
      m_printer(m_out, true)
{ }

ReceiveCommand::~ReceiveCommand() = default;

void ReceiveCommand::run()
{
    if (!checkDestination())
        return finish(2);
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::terminationRequested, this, [this] { finish(0); });
    m_host = std::make_unique<NodeHost>(m_options);
    connect(m_host.get(), &NodeHost::failed, this, [this](const QString &reason) {
        m_out.error(QStringLiteral("ferry: %1").arg(reason));
        finish(1);
    });
    connect(m_host.get(), &NodeHost::identityLoaded, this, &ReceiveCommand::onIdentityLoaded);
    connect(m_host.get(), &NodeHost::nodeStarted, this, &ReceiveCommand::onNodeStarted);
    m_host->loadIdentity();
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

void ReceiveCommand::onIdentityLoaded()
{
    if (!m_host->keyStorage().warning.isEmpty())
        m_out.error(QStringLiteral("ferry: warning: %1").arg(m_host->keyStorage().warning));
    m_host->startNode(NodeHost::Start::Listen);
}

void ReceiveCommand::onNodeStarted()
{
    Net::Node *node = m_host->node();
    const Net::RemoteIdentity self = m_host->identity().remoteIdentity();
    m_out.line(QStringLiteral("Ferry %1 receiving as \"%2\"")
                   .arg(QStringLiteral(FERRY_VERSION), printable(node->metadata().deviceName)));
    m_out.line(QStringLiteral("identity     %1").arg(self.toText()));
    m_out.line(QStringLiteral("short        %1").arg(self.shortText()));
    m_out.line(QStringLiteral("listening    %1 port %2")
                   .arg(m_options.listenAddress.toString())
                   .arg(node->port()));
    if (!m_host->service()->errorString().isEmpty())
        m_out.error(QStringLiteral("ferry: warning: %1").arg(m_host->service()->errorString()));
    if (Net::Discovery *discovery = m_host->service()->discovery()) {
        m_out.line(QStringLiteral("discovery    UDP port %1 on %2")
                       .arg(discovery->port())
                       .arg(discovery->activeInterfaces().join(QStringLiteral(", "))));
    }
    m_out.line(QStringLiteral("saving to    %1").arg(m_options.destination));
    printPolicy();

    Net::SpacedropService *spacedrop = m_host->spacedrop();
    for (const Net::TransferInfo &info : spacedrop->transfers()) // restored: unfinished before
        m_printer.show(info);
    const auto show = [this](const Net::TransferInfo &info) { m_printer.show(info); };
    connect(spacedrop, &Net::SpacedropService::transferAdded, this, show);
    connect(spacedrop, &Net::SpacedropService::transferChanged, this, show);
    connect(spacedrop, &Net::SpacedropService::requestReceived, this, &ReceiveCommand::onRequest);
    connect(spacedrop, &Net::SpacedropService::requestClosed, this,
            &ReceiveCommand::onRequestClosed);
    if (m_options.acceptAll)
        return;
    m_input = std::make_unique<LineReader>(0);
    connect(m_input.get(), &LineReader::lineRead, this, &ReceiveCommand::onAnswer);
    connect(m_input.get(), &LineReader::ended, this, &ReceiveCommand::onInputEnded);
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

void ReceiveCommand::onRequest(const Net::IncomingRequest &request)
{
    m_waiting.append(request);
    askNext();
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
    for (const QString &line : requestLines(request, folder, free))
        m_out.line(line);
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
    Net::SpacedropService *spacedrop = m_host->spacedrop();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes")) {
        QString error;
        if (!spacedrop->acceptRequest(id, m_options.destination, &error)) {
            m_out.error(QStringLiteral("ferry: cannot accept: %1").arg(error));
            spacedrop->declineRequest(id); // (unless the service declined it already)
        }
    } else {
        spacedrop->declineRequest(id);
    }
    askNext();
}

// Answered here, timed out, or withdrawn by the sender.
void ReceiveCommand::onRequestClosed(const QUuid &id)
{
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&id](const Net::IncomingRequest &r) { return r.id == id; }),
                    m_waiting.end());
    if (m_asking != id)
        return;
    m_asking = QUuid();
    m_out.closeQuestion(false);
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
    if (!m_host)
        return Q_EMIT finished(exitCode);
    if (exitCode == 0)
        m_out.line(QStringLiteral("stopping"));
    if (Net::SpacedropService *spacedrop = m_host->spacedrop())
        spacedrop->disconnect(this);
    connect(m_host.get(), &NodeHost::nodeStopped, this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    m_host->stopNode();
}

} // namespace Ferry::App
