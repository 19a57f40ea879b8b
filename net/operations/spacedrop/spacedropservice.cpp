#include "net/operations/spacedrop/spacedropservice.h"

#include "net/header.h"
#include "net/node.h"
#include "net/operations/spacedrop/incomingtransfer.h"
#include "net/operations/spacedrop/outgoingtransfer.h"
#include "net/operations/spacedrop/sourcescanner.h"
#include "net/operations/spacedrop/spacedroplog.h"
#include "net/stream.h"

#include <QDateTime>
#include <QDir>

namespace Ferry::Net {

using namespace Spacedrop;

SpacedropService::SpacedropService(Node *node, const QString &stateDir, QObject *parent)
    : QObject(parent),
      m_incomingStore(std::make_unique<ManifestStore>(stateDir + QStringLiteral("/incoming"))),
      m_outgoingStore(std::make_unique<ManifestStore>(stateDir + QStringLiteral("/outgoing")))
{
    qRegisterMetaType<TransferInfo>();
    qRegisterMetaType<IncomingRequest>();
    m_scanPool.setMaxThreadCount(2);
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &SpacedropService::flushProgress);
    connect(&m_expiry, &InterruptionExpiry::checkWanted, this,
            &SpacedropService::expireInterrupted);
    setNode(node);
}

SpacedropService::~SpacedropService()
{
    m_scanPool.waitForDone();
    // Transfers are children: they say goodbye on their streams while the node still exists.
    qDeleteAll(m_outgoing);
    qDeleteAll(m_incoming);
    qDeleteAll(m_collecting);
}

void SpacedropService::setNode(Node *node)
{
    if (m_node == node)
        return;
    if (m_node)
        disconnect(m_node, nullptr, this, nullptr);
    m_node = node;
    if (!node)
        return;
    node->registerHandler(quint16(OperationTag::Spacedrop), this);
    m_progressTimer.setInterval(node->config().spacedropProgressInterval);
    m_expiry.setKeep(node->config().spacedropKeepInterrupted);
    for (OutgoingTransfer *transfer : std::as_const(m_outgoing))
        transfer->setNode(node);
    connect(node, &Node::peerConnected, this,
            [this](const RemoteIdentity &peer) { retryNowFor(peer); });
}

void SpacedropService::setConnector(std::function<void(const RemoteIdentity &)> connector)
{
    m_connector = std::move(connector);
}

void SpacedropService::notePeerAvailable(const RemoteIdentity &peer)
{
    retryNowFor(peer);
}

void SpacedropService::restore()
{
    QStringList problems;
    for (IncomingManifest &manifest : m_incomingStore->loadIncoming(&problems)) {
        if (m_incoming.contains(manifest.id))
            continue;
        addIncoming(new IncomingTransfer(m_node, std::move(manifest), m_incomingStore.get(), this));
    }
    for (OutgoingManifest &manifest : m_outgoingStore->loadOutgoing(&problems)) {
        if (m_outgoing.contains(manifest.id))
            continue;
        OutgoingTransfer::Setup setup{
            manifest.id,      manifest.peer,        manifest.peerName,  manifest.message,
            manifest.entries, manifest.sourcePaths, manifest.createdMs, manifest.interruptedMs};
        m_savedInterruptions.insert(manifest.id, manifest.interruptedMs);
        auto *transfer = new OutgoingTransfer(m_node, std::move(setup), true, this);
        addOutgoing(transfer);
        scheduleRetry(transfer);
    }
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSpacedrop) << "unfinished transfer not restored:" << problem;
    expireInterrupted(); // those that waited too long while Ferry was not running
}

void SpacedropService::expireInterrupted()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Over copies of the ids: giving one up reports it, and a front-end may remove transfers
    // meanwhile.
    const auto expireDue = [now](const auto &transfers) {
        for (const QUuid &id : transfers.keys()) {
            const auto transfer = transfers.value(id);
            if (transfer && InterruptionExpiry::isDue(transfer->info(), now))
                transfer->expire(InterruptionExpiry::reason(transfer->info()));
        }
    };
    expireDue(m_incoming);
    expireDue(m_outgoing);
}

// Notes when an interrupted send was interrupted in its manifest, once per interruption (not
// per failed retry), so that giving it up counts from there after a restart too.
void SpacedropService::saveInterruption(const OutgoingTransfer &transfer)
{
    const TransferInfo &info = transfer.info();
    if (m_savedInterruptions.value(info.id) == info.interruptedSinceMs)
        return;
    const OutgoingTransfer::Setup &s = transfer.setup();
    const OutgoingManifest manifest{s.id,      s.peer,        s.peerName,  s.message,
                                    s.entries, s.sourcePaths, s.startedMs, info.interruptedSinceMs};
    QString error;
    if (m_outgoingStore->saveOutgoing(manifest, &error))
        m_savedInterruptions.insert(info.id, info.interruptedSinceMs);
    else
        qCWarning(lcSpacedrop) << "cannot save the manifest of" << info.id << error;
}

QUuid SpacedropService::sendFiles(const RemoteIdentity &peer, const QString &peerName,
                                  const QStringList &paths, const QString &message)
{
    return sendFilesToMany({{peer, peerName}}, paths, message).value(0);
}

QList<QUuid> SpacedropService::sendFilesToMany(const QList<QPair<RemoteIdentity, QString>> &peers,
                                               const QStringList &paths, const QString &message)
{
    QList<QUuid> ids;
    for (const auto &[peer, name] : peers) {
        TransferInfo info;
        info.id = QUuid::createUuid();
        info.direction = TransferDirection::Outgoing;
        info.peer = peer;
        info.peerName = name;
        info.message = message;
        info.state = TransferState::Preparing;
        info.startedMs = QDateTime::currentMSecsSinceEpoch();
        info.topLevelCount = int(paths.size());
        info.firstName = paths.isEmpty() ? QString() : QFileInfo(paths.first()).fileName();
        // As the scanner will name it (OutgoingTransfer takes its sourcePaths' first).
        info.localPath = paths.isEmpty()
            ? QString()
            : QDir::cleanPath(QFileInfo(paths.first()).absoluteFilePath());
        m_preparing.insert(info.id, info);
        ids.append(info.id);
        Q_EMIT transferAdded(info);
    }
    const quint32 maxEntries = m_node ? m_node->config().spacedropMaxEntries : 100'000;
    QPointer<SpacedropService> self(this);
    m_scanPool.start([self, ids, paths, maxEntries] {
        const ScanResult scan = scanSources(paths, maxEntries);
        QMetaObject::invokeMethod(
            self,
            [self, ids, scan] {
                if (self)
                    self->onScanned(ids, scan);
            },
            Qt::QueuedConnection);
    });
    return ids;
}

void SpacedropService::onScanned(const QList<QUuid> &ids, const ScanResult &scan)
{
    for (const QUuid &id : ids) {
        if (!m_preparing.contains(id) || m_preparing[id].state != TransferState::Preparing)
            continue; // cancelled meanwhile
        TransferInfo info = m_preparing[id];
        if (!scan.ok() || scan.entries.isEmpty() || !m_node) {
            info.state = TransferState::Failed;
            info.error = Error{ErrorCode::ReadFailed,
                               scan.ok() ? tr("there is nothing to send") : scan.error};
            info.finishedMs = QDateTime::currentMSecsSinceEpoch();
            m_preparing.insert(id, info);
            emitChanged(info, true);
            continue;
        }
        m_preparing.remove(id);
        OutgoingTransfer::Setup setup{id,           info.peer,        info.peerName, info.message,
                                      scan.entries, scan.sourcePaths, info.startedMs};
        OutgoingManifest manifest{id,           info.peer,        info.peerName, info.message,
                                  scan.entries, scan.sourcePaths, info.startedMs};
        QString error;
        if (!m_outgoingStore->saveOutgoing(manifest, &error))
            qCWarning(lcSpacedrop) << "the send cannot be resumed after a restart:" << error;
        auto *transfer = new OutgoingTransfer(m_node, std::move(setup), false, this);
        addOutgoing(transfer);
        emitChanged(transfer->info(), true);
        transfer->start();
    }
}

void SpacedropService::addOutgoing(OutgoingTransfer *transfer)
{
    m_outgoing.insert(transfer->info().id, transfer);
    connect(transfer, &OutgoingTransfer::changed, this,
            [this, transfer](bool stateChanged) { onOutgoingChanged(transfer, stateChanged); });
    connect(transfer, &OutgoingTransfer::connectionWanted, this,
            [this](const RemoteIdentity &peer) {
                if (m_connector)
                    m_connector(peer);
            });
    if (!m_preparing.contains(transfer->info().id))
        Q_EMIT transferAdded(transfer->info());
}

void SpacedropService::onOutgoingChanged(OutgoingTransfer *transfer, bool stateChanged)
{
    const TransferInfo &info = transfer->info();
    if (stateChanged && isFinalState(info.state)) {
        m_outgoingStore->remove(info.id);
        m_savedInterruptions.remove(info.id);
        delete m_retryTimers.take(info.id);
        m_retryDelay.remove(info.id);
    }
    if (stateChanged && info.state == TransferState::Running)
        m_retryDelay.remove(info.id);
    if (stateChanged && info.state == TransferState::Interrupted) {
        saveInterruption(*transfer);
        scheduleRetry(transfer);
    }
    emitChanged(info, stateChanged);
}

void SpacedropService::scheduleRetry(OutgoingTransfer *transfer)
{
    if (!m_node)
        return;
    const QUuid id = transfer->info().id;
    const NodeConfig &config = m_node->config();
    const qint64 delay = m_retryDelay.value(id, config.spacedropRetryMin.count());
    m_retryDelay.insert(id, std::min<qint64>(delay * 2, config.spacedropRetryMax.count()));
    QTimer *timer = m_retryTimers.value(id);
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, transfer, [transfer] {
            if (transfer->info().state == TransferState::Interrupted)
                transfer->start();
        });
        m_retryTimers.insert(id, timer);
    }
    timer->start(int(delay));
}

void SpacedropService::retryNowFor(const RemoteIdentity &peer)
{
    for (OutgoingTransfer *transfer : std::as_const(m_outgoing)) {
        if (transfer->info().peer == peer && transfer->info().state == TransferState::Interrupted) {
            m_retryDelay.remove(transfer->info().id);
            transfer->start();
        }
    }
}

void SpacedropService::handleStream(Stream *stream)
{
    if (!stream->header().arguments.isEmpty())
        return stream->reset(ErrorCode::MalformedMessage,
                             QStringLiteral("Spacedrop takes no arguments"));
    int collecting = 0;
    for (const IncomingTransfer *transfer : std::as_const(m_collecting))
        collecting += transfer->info().peer == stream->peer() ? 1 : 0;
    if (collecting + pendingFrom(stream->peer()) >= m_node->config().spacedropMaxPendingPerPeer
        || m_collecting.size() + m_requests.size() >= m_node->config().spacedropMaxPending)
        return stream->reset(ErrorCode::TooManyStreams,
                             QStringLiteral("too many offers are waiting for an answer"));
    auto *transfer = new IncomingTransfer(m_node, stream, m_incomingStore.get(), this);
    m_collecting.insert(transfer);
    connect(transfer, &IncomingTransfer::offerCollected, this,
            [this, transfer] { onOfferCollected(transfer); });
    connect(transfer, &IncomingTransfer::changed, this, [this, transfer](bool stateChanged) {
        if (m_collecting.contains(transfer) && isFinalState(transfer->info().state)) {
            m_collecting.remove(transfer); // the offer never completed: nothing to show
            transfer->deleteLater();
        }
        Q_UNUSED(stateChanged)
    });
}

void SpacedropService::onOfferCollected(IncomingTransfer *transfer)
{
    m_collecting.remove(transfer);
    disconnect(transfer, nullptr, this, nullptr);
    const QUuid id = transfer->info().id;
    const RemoteIdentity sender = transfer->info().peer;
    if (IncomingTransfer *existing = m_incoming.value(id)) {
        const IncomingManifest *manifest = existing->manifest();
        if (existing->info().peer == sender && manifest
            && existing->info().state == TransferState::Interrupted
            && manifest->entriesDigest == entriesDigest(transfer->entries())) {
            qCInfo(lcSpacedrop) << "resuming" << id << "from" << sender.shortText();
            existing->adoptRetry(transfer);
            return;
        }
        transfer->decline(DeclineReason::Busy,
                          QStringLiteral("a transfer with this id is already here"));
        transfer->deleteLater();
        return;
    }
    addIncoming(transfer);
    switch (m_policy.decide(sender)) {
    case SpacedropPolicy::Decision::Decline:
        transfer->decline(DeclineReason::Unavailable,
                          QStringLiteral("this device does not receive files now"));
        return;
    case SpacedropPolicy::Decision::Accept: {
        QString error;
        if (!transfer->accept(m_defaultDestination, &error))
            transfer->decline(DeclineReason::Unavailable, error);
        return;
    }
    case SpacedropPolicy::Decision::Ask:
        break;
    }
    if (m_requests.size() >= m_node->config().spacedropMaxPending
        || pendingFrom(sender) >= m_node->config().spacedropMaxPendingPerPeer)
        return transfer->decline(DeclineReason::Busy,
                                 QStringLiteral("too many offers are waiting for an answer"));
    m_requests.insert(id);
    transfer->ask(m_node->config().spacedropDecisionTimeout.count());
    Q_EMIT requestReceived(requestOf(*transfer));
}

IncomingRequest SpacedropService::requestOf(const IncomingTransfer &transfer) const
{
    const TransferInfo &info = transfer.info();
    IncomingRequest request;
    request.id = info.id;
    request.sender = info.peer;
    request.senderName = info.peerName;
    request.message = info.message;
    request.entries = transfer.entries();
    request.totalBytes = info.totalBytes;
    request.fileCount = info.fileCount;
    request.folderCount = info.folderCount;
    request.timeoutMs = m_node ? m_node->config().spacedropDecisionTimeout.count() : 0;
    return request;
}

void SpacedropService::addIncoming(IncomingTransfer *transfer)
{
    m_incoming.insert(transfer->info().id, transfer);
    connect(transfer, &IncomingTransfer::changed, this,
            [this, transfer](bool stateChanged) { onIncomingChanged(transfer, stateChanged); });
    Q_EMIT transferAdded(transfer->info());
}

void SpacedropService::onIncomingChanged(IncomingTransfer *transfer, bool stateChanged)
{
    const TransferInfo &info = transfer->info();
    if (stateChanged && info.state != TransferState::AwaitingDecision && m_requests.remove(info.id))
        Q_EMIT requestClosed(info.id);
    emitChanged(info, stateChanged);
}

int SpacedropService::pendingFrom(const RemoteIdentity &peer) const
{
    int count = 0;
    for (const QUuid &id : m_requests) {
        const IncomingTransfer *transfer = m_incoming.value(id);
        count += transfer && transfer->info().peer == peer ? 1 : 0;
    }
    return count;
}

bool SpacedropService::acceptRequest(const QUuid &id, const QString &destination, QString *error)
{
    IncomingTransfer *transfer = m_requests.contains(id) ? m_incoming.value(id) : nullptr;
    if (!transfer) {
        if (error)
            *error = tr("there is no request waiting with this id");
        return false;
    }
    return transfer->accept(destination.isEmpty() ? m_defaultDestination : destination, error);
}

bool SpacedropService::declineRequest(const QUuid &id)
{
    IncomingTransfer *transfer = m_requests.contains(id) ? m_incoming.value(id) : nullptr;
    if (!transfer)
        return false;
    transfer->decline(DeclineReason::Declined, QStringLiteral("declined by the receiver"));
    return true;
}

bool SpacedropService::cancelTransfer(const QUuid &id)
{
    if (m_preparing.contains(id)) {
        TransferInfo &info = m_preparing[id];
        if (isFinalState(info.state))
            return false;
        info.state = TransferState::Cancelled;
        info.error = Error{ErrorCode::Cancelled, tr("cancelled here")};
        info.finishedMs = QDateTime::currentMSecsSinceEpoch();
        emitChanged(info, true);
        return true;
    }
    if (OutgoingTransfer *transfer = m_outgoing.value(id)) {
        transfer->cancel();
        return true;
    }
    if (IncomingTransfer *transfer = m_incoming.value(id)) {
        transfer->cancel();
        return true;
    }
    return false;
}

bool SpacedropService::pauseTransfer(const QUuid &id)
{
    if (OutgoingTransfer *transfer = m_outgoing.value(id))
        return transfer->pause(), true;
    if (IncomingTransfer *transfer = m_incoming.value(id))
        return transfer->pause(), true;
    return false;
}

bool SpacedropService::resumeTransfer(const QUuid &id)
{
    if (OutgoingTransfer *transfer = m_outgoing.value(id))
        return transfer->resume(), true;
    if (IncomingTransfer *transfer = m_incoming.value(id))
        return transfer->resume(), true;
    return false;
}

bool SpacedropService::retryTransfer(const QUuid &id)
{
    OutgoingTransfer *transfer = m_outgoing.value(id);
    if (!transfer || transfer->info().state != TransferState::Interrupted)
        return false;
    m_retryDelay.remove(id);
    transfer->start();
    return true;
}

bool SpacedropService::removeTransfer(const QUuid &id)
{
    const std::optional<TransferInfo> info = transfer(id);
    if (!info || !isFinalState(info->state))
        return false;
    m_preparing.remove(id);
    if (OutgoingTransfer *transfer = m_outgoing.take(id))
        transfer->deleteLater();
    if (IncomingTransfer *transfer = m_incoming.take(id))
        transfer->deleteLater();
    m_dirty.remove(id);
    Q_EMIT transferRemoved(id);
    return true;
}

QList<TransferInfo> SpacedropService::transfers() const
{
    QList<TransferInfo> all = m_preparing.values();
    for (const OutgoingTransfer *transfer : m_outgoing)
        all.append(transfer->info());
    for (const IncomingTransfer *transfer : m_incoming)
        all.append(transfer->info());
    std::sort(all.begin(), all.end(), [](const TransferInfo &a, const TransferInfo &b) {
        return a.startedMs < b.startedMs;
    });
    return all;
}

std::optional<TransferInfo> SpacedropService::transfer(const QUuid &id) const
{
    if (m_preparing.contains(id))
        return m_preparing.value(id);
    if (const OutgoingTransfer *transfer = m_outgoing.value(id))
        return transfer->info();
    if (const IncomingTransfer *transfer = m_incoming.value(id))
        return transfer->info();
    return std::nullopt;
}

QList<IncomingRequest> SpacedropService::pendingRequests() const
{
    QList<IncomingRequest> requests;
    for (const QUuid &id : m_requests) {
        if (const IncomingTransfer *transfer = m_incoming.value(id))
            requests.append(requestOf(*transfer));
    }
    return requests;
}

void SpacedropService::emitChanged(const TransferInfo &info, bool stateChanged)
{
    if (!stateChanged) {
        m_dirty.insert(info.id);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
        return;
    }
    m_dirty.remove(info.id);
    Q_EMIT transferChanged(info);
}

void SpacedropService::flushProgress()
{
    const QSet<QUuid> dirty = std::exchange(m_dirty, {});
    for (const QUuid &id : dirty) {
        if (const std::optional<TransferInfo> info = transfer(id))
            Q_EMIT transferChanged(*info);
    }
}

} // namespace Ferry::Net
