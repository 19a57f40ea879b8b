#include "app/headlesstransfers.h"

#include "app/control/controlserver.h"
#include "app/humanunits.h"
#include "app/transferformat.h"

#include <QFileInfo>

namespace Ferry::App {

HeadlessTransfers::HeadlessTransfers(const Options &options, NodeAccess *access,
                                     const ControlServer *server, QObject *parent)
    : QObject(parent), m_server(server)
{
    m_printer.setLinePrefix(QStringLiteral("transfer     "));
    printPolicy(options, access->info().destination);
    for (const Net::TransferInfo &info : access->transfers()) // restored: unfinished before
        m_printer.show(info);
    const auto show = [this](const Net::TransferInfo &info) { m_printer.show(info); };
    connect(access, &NodeAccess::transferAdded, this, show);
    connect(access, &NodeAccess::transferChanged, this, show);
    connect(access, &NodeAccess::requestReceived, this, &HeadlessTransfers::onRequest);
    connect(access, &NodeAccess::requestClosed, this, &HeadlessTransfers::onRequestClosed);
}

HeadlessTransfers::~HeadlessTransfers() = default;

void HeadlessTransfers::printPolicy(const Options &options, const QString &destination)
{
    m_out.line(QStringLiteral("saving to    %1").arg(destination));
    // Not fatal here (the node serves more than Spacedrop), but every offer would fail.
    const QFileInfo folder(destination);
    if (!folder.isDir() || !folder.isWritable())
        m_out.error(QStringLiteral("ferry: warning: cannot receive into %1: %2")
                        .arg(destination,
                             folder.exists() ? QStringLiteral("not a writable folder")
                                             : QStringLiteral("no such folder")));
    if (options.acceptAll) {
        m_out.line(QStringLiteral("accepting    from every device, without asking"));
        m_out.error(acceptAllWarning(destination));
        return;
    }
    QStringList trusted;
    for (const Net::RemoteIdentity &identity : options.acceptFrom)
        trusted << identity.shortText();
    m_out.line(
        trusted.isEmpty()
            ? QStringLiteral("accepting    from nobody (see --accept-from)")
            : QStringLiteral("accepting    from %1").arg(trusted.join(QStringLiteral(", "))));
}

void HeadlessTransfers::onRequest(const Net::IncomingRequest &request)
{
    const QString sender = deviceLabel(request.senderName, request.sender);
    m_senders.insert(request.id, sender);
    const int frontEnds = m_server ? m_server->subscriberCount() : 0;
    const QString what = contentSummary(request.fileCount, request.folderCount, request.totalBytes);
    const QString in = formatDuration((request.timeoutMs + 999) / 1000);
    if (frontEnds == 0) {
        // Nobody is there to answer: the offer is declined (TimedOut) when its time is up.
        m_out.line(QStringLiteral("request      %1 offers %2; nobody can answer here: declined "
                                  "in %3")
                       .arg(sender, what, in));
        return;
    }
    m_out.line(QStringLiteral("request      %1 offers %2; asking %3 attached front-end(s): "
                              "declined in %4 without an answer")
                   .arg(sender, what)
                   .arg(frontEnds)
                   .arg(in));
}

void HeadlessTransfers::onRequestClosed(const QUuid &id, NodeAccess::Outcome outcome,
                                        const QString &by)
{
    const QString sender = m_senders.take(id);
    if (sender.isEmpty())
        return;
    const QString who = by.isEmpty() ? QString() : QStringLiteral(" by %1").arg(printable(by));
    switch (outcome) {
    case NodeAccess::Outcome::Accepted:
        return m_out.line(QStringLiteral("request      %1 accepted%2").arg(sender, who));
    case NodeAccess::Outcome::Declined:
        return m_out.line(QStringLiteral("request      %1 declined%2").arg(sender, who));
    case NodeAccess::Outcome::TimedOut:
        return m_out.line(QStringLiteral("request      %1 timed out").arg(sender));
    case NodeAccess::Outcome::Withdrawn:
        break;
    }
    m_out.line(QStringLiteral("request      %1 withdrawn").arg(sender));
}

} // namespace Ferry::App
