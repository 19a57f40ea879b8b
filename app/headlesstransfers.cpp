#include "app/headlesstransfers.h"

#include "app/humanunits.h"
#include "app/transferformat.h"
#include "net/operations/spacedrop/spacedropservice.h"

#include <QFileInfo>

namespace Ferry::App {

HeadlessTransfers::HeadlessTransfers(const Options &options, Net::SpacedropService *spacedrop,
                                     QObject *parent)
    : QObject(parent)
{
    m_printer.setLinePrefix(QStringLiteral("transfer     "));
    printPolicy(options, spacedrop->defaultDestination());
    for (const Net::TransferInfo &info : spacedrop->transfers()) // restored: unfinished before
        m_printer.show(info);
    const auto show = [this](const Net::TransferInfo &info) { m_printer.show(info); };
    connect(spacedrop, &Net::SpacedropService::transferAdded, this, show);
    connect(spacedrop, &Net::SpacedropService::transferChanged, this, show);
    connect(spacedrop, &Net::SpacedropService::requestReceived, this,
            &HeadlessTransfers::onRequest);
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

// Nobody is there to answer: the offer is declined (TimedOut) when its time is up.
void HeadlessTransfers::onRequest(const Net::IncomingRequest &request)
{
    m_out.line(QStringLiteral("request      %1 offers %2; nobody can answer here: declined in %3")
                   .arg(deviceLabel(request.senderName, request.sender),
                        contentSummary(request.fileCount, request.folderCount, request.totalBytes),
                        formatDuration((request.timeoutMs + 999) / 1000)));
}

} // namespace Ferry::App
