#include "net/operations/spacedrop/incomingtransfer.h"

#include "net/node.h"
#include "net/operations/spacedrop/destinationplan.h"
#include "net/operations/spacedrop/partfiles.h"
#include "net/operations/spacedrop/receivedisk.h"
#include "net/operations/spacedrop/spacedroplog.h"
#include "net/stream.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <utility>

namespace Ferry::Net {

using namespace Spacedrop;

namespace {

TransferInfo infoFor(const RemoteIdentity &peer, const QString &name)
{
    TransferInfo info;
    info.direction = TransferDirection::Incoming;
    info.peer = peer;
    info.peerName = name;
    info.startedMs = QDateTime::currentMSecsSinceEpoch();
    return info;
}

// The first top-level item as planned (and so created) in the destination: entry 0's first
// component, renamed when its name was taken. Empty when there is nothing.
QString firstLocalPath(const QString &destination, const QStringList &localPaths)
{
    const QString top = localPaths.value(0).section(QLatin1Char('/'), 0, 0);
    return top.isEmpty() ? QString() : destination + QLatin1Char('/') + top;
}

} // namespace

IncomingTransfer::IncomingTransfer(Node *node, Stream *stream, ManifestStore *store,
                                   QObject *parent)
    : QObject(parent),
      m_node(node),
      m_store(store),
      m_collector(node->config().spacedropMaxEntries, node->config().spacedropMaxTotalBytes,
                  node->config().spacedropMaxEntryBytes)
{
    const auto peer = node->peerInfo(stream->peer());
    m_info = infoFor(stream->peer(), peer ? peer->metadata.deviceName : stream->peer().shortText());
    m_info.state = TransferState::AwaitingDecision;
    m_decisionTimer.setSingleShot(true);
    connect(&m_decisionTimer, &QTimer::timeout, this, [this] {
        decline(
            DeclineReason::TimedOut,
            QStringLiteral("nobody answered within %1 s").arg(m_decisionTimer.interval() / 1000));
    });
    attachStream(stream);
}

IncomingTransfer::IncomingTransfer(Node *node, IncomingManifest manifest, ManifestStore *store,
                                   QObject *parent)
    : QObject(parent),
      m_node(node),
      m_store(store),
      m_collector(0, 0, 0),
      m_offerCollected(true),
      m_manifest(std::move(manifest)),
      m_progress(m_manifest->entries)
{
    m_info = infoFor(m_manifest->sender, m_manifest->senderName);
    m_info.id = m_manifest->id;
    m_info.message = m_manifest->message;
    m_info.destination = m_manifest->destination;
    m_info.localPath = firstLocalPath(m_manifest->destination, m_manifest->localPaths);
    m_info.startedMs = m_manifest->createdMs;
    m_info.state = TransferState::Interrupted;
    m_info.error = Error{ErrorCode::ConnectionLost, tr("Ferry was closed during the transfer")};
    // Not saved (the app was killed during the transfer): counted from this start.
    noteInterruption(m_info, TransferState::Interrupted,
                     m_manifest->interruptedMs > 0 ? m_manifest->interruptedMs
                                                   : QDateTime::currentMSecsSinceEpoch(),
                     keepMs());
    EntrySummary::describe(m_info, m_manifest->entries);
    m_rx.start(entries(), m_manifest->resumeIndex, 0); // only for what it says is held
    m_progress.update(m_info, m_rx.heldBefore());
}

IncomingTransfer::~IncomingTransfer()
{
    if (m_stream && !m_stream->isClosed())
        m_stream->reset(ErrorCode::ShuttingDown, QStringLiteral("the receiver is shutting down"));
    if (m_receiving)
        saveProgress();
    m_attempt.reset();
    m_disk.reset(); // keeps the .part of the file it was writing
}

const SpacedropEntries &IncomingTransfer::entries() const
{
    return m_manifest ? m_manifest->entries : m_collector.entries();
}

void IncomingTransfer::attachStream(Stream *stream)
{
    m_attempt = std::make_unique<QObject>();
    m_stream = stream;
    connect(stream, &Stream::messageReceived, m_attempt.get(), [this] { onMessages(); });
    connect(stream, &Stream::remoteFinished, m_attempt.get(), [this] { onRemoteFinished(); });
    connect(stream, &Stream::closed, m_attempt.get(),
            [this](const Error &error) { onStreamClosed(error); });
    // Messages already there are read once the owner has connected to our signals.
    QMetaObject::invokeMethod(
        m_attempt.get(), [this] { onMessages(); }, Qt::QueuedConnection);
}

void IncomingTransfer::onMessages()
{
    while (m_stream && m_stream->messagesAvailable() > 0) {
        if (m_receiving && m_disk->pendingBytes() > m_node->config().spacedropWriteBehind)
            return; // the disk is behind: leave the rest unread, the window closes
        const QByteArray message = m_stream->takeMessage();
        if (isFinalState(m_info.state) || m_info.state == TransferState::Interrupted)
            continue; // after our DECLINE or RESET: drain
        if (m_receiving || m_offerCollected) {
            if (!onDataMessage(message))
                return;
            if (m_remoteFinished && m_stream && m_stream->messagesAvailable() == 0)
                onRemoteFinished();
            continue;
        }
        switch (m_collector.add(message)) {
        case OfferCollector::Status::NeedMore:
            break;
        case OfferCollector::Status::Complete:
            m_offerCollected = true;
            m_info.id = m_collector.offer().id;
            m_info.message = m_collector.offer().message;
            EntrySummary::describe(m_info, m_collector.entries());
            m_progress = ProgressTracker(m_collector.entries());
            Q_EMIT offerCollected();
            break;
        case OfferCollector::Status::TooLarge:
            return decline(DeclineReason::TooLarge, m_collector.why());
        case OfferCollector::Status::Malformed:
            return fail(Error{ErrorCode::MalformedMessage, m_collector.why()});
        }
    }
}

void IncomingTransfer::ask(qint64 timeoutMs)
{
    if (!m_stream || m_info.state != TransferState::AwaitingDecision)
        return;
    m_stream->setIdleTimeout(Milliseconds{0}); // the sender waits in silence: our own timer
    m_stream->send(Asking{quint32(timeoutMs)}.encode());
    m_decisionTimer.start(int(timeoutMs));
    setState(TransferState::AwaitingDecision);
}

void IncomingTransfer::decline(DeclineReason reason, const QString &detail)
{
    if (!m_stream || m_info.state != TransferState::AwaitingDecision)
        return;
    m_decisionTimer.stop();
    m_stream->send(Decline{quint8(reason), detail.left(int(kMaxMessageText / 4))}.encode());
    m_stream->finish();
    m_info.declineReason = int(reason);
    end(TransferState::Declined, Error{ErrorCode::None, detail});
}

bool IncomingTransfer::accept(const QString &destination, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_stream || !m_offerCollected || m_info.state != TransferState::AwaitingDecision)
        return refuse(tr("this request is no longer waiting for an answer"));
    const QFileInfo dir(destination);
    if (destination.isEmpty() || !dir.isAbsolute() || !dir.isDir() || !dir.isWritable())
        return refuse(tr("the folder %1 does not exist or cannot be written to").arg(destination));
    const QStorageInfo storage(destination);
    const qint64 needed = qint64(m_info.totalBytes) + m_node->config().spacedropFreeSpaceMargin;
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        const QString why = tr("not enough free space in %1: %2 bytes needed, %3 available")
                                .arg(destination)
                                .arg(needed)
                                .arg(storage.bytesAvailable());
        decline(DeclineReason::InsufficientSpace, why);
        return refuse(why);
    }
    const QString dest = QDir::cleanPath(dir.absoluteFilePath());
    const DestinationPlan plan = DestinationPlan::make(dest, entries());
    IncomingManifest manifest;
    manifest.id = m_info.id;
    manifest.sender = m_info.peer;
    manifest.senderName = m_info.peerName;
    manifest.message = m_info.message;
    manifest.destination = dest;
    manifest.entries = entries();
    manifest.localPaths = plan.localPaths();
    manifest.entriesDigest = entriesDigest(manifest.entries);
    manifest.createdMs = m_info.startedMs;
    QString saveError;
    if (m_store && !m_store->saveIncoming(manifest, &saveError)) {
        decline(DeclineReason::Unavailable, tr("cannot record the transfer: %1").arg(saveError));
        return refuse(saveError);
    }
    m_manifest = std::move(manifest);
    m_info.destination = dest;
    m_info.localPath = firstLocalPath(dest, m_manifest->localPaths);
    m_decisionTimer.stop();
    startWorker();
    QStringList folders;
    for (const QString &folder : plan.folders())
        folders.append(dest + QLatin1Char('/') + folder);
    connect(
        m_disk.get(), &ReceiveDisk::foldersCreated, m_attempt.get(),
        [this] { sendAccept(0, 0, QByteArray(kDigestSize, '\0')); }, Qt::SingleShotConnection);
    m_disk->createFolders(folders);
    setState(TransferState::Running);
    return true;
}

void IncomingTransfer::adoptRetry(IncomingTransfer *other)
{
    if (!other->m_stream || m_stream || !m_manifest)
        return;
    Stream *stream = other->m_stream;
    other->m_attempt.reset();
    other->m_stream.clear();
    other->deleteLater();
    m_info.attempts += 1;
    m_info.error = {};
    m_info.pausedByPeer = false;
    attachStream(stream);
    resumeFromDisk();
}

void IncomingTransfer::startWorker()
{
    m_disk = std::make_unique<ReceiveDisk>();
    connect(m_disk.get(), &ReceiveDisk::written, m_attempt.get(),
            [this](qint64 bytes, const QList<quint32> &completed) {
                m_written += quint64(bytes);
                for (const quint32 index : completed) {
                    if (!m_receiving)
                        return; // the last file completed the transfer, or it ended
                    onFileCompleted(index);
                }
                if (!m_receiving)
                    return;
                reportProgress();
                onMessages();
            });
    connect(m_disk.get(), &ReceiveDisk::failed, m_attempt.get(),
            [this](ErrorCode code, const QString &detail) {
                fail(Error{code, detail});
            });
}

void IncomingTransfer::resumeFromDisk()
{
    const quint32 first = firstIncompleteFile(*m_manifest);
    m_manifest->resumeIndex = first;
    startWorker();
    QStringList folders;
    for (const QString &folder : localFolders(*m_manifest))
        folders.append(m_manifest->destination + QLatin1Char('/') + folder);
    m_disk->createFolders(folders);
    if (first >= quint32(entries().size())) {
        connect(
            m_disk.get(), &ReceiveDisk::foldersCreated, m_attempt.get(),
            [this, first] { sendAccept(first, 0, QByteArray(kDigestSize, '\0')); },
            Qt::SingleShotConnection);
    } else {
        connect(
            m_disk.get(), &ReceiveDisk::inspected, m_attempt.get(),
            [this](quint32 index, quint64 held, const QByteArray &digest) {
                sendAccept(index, held, held ? digest : QByteArray(kDigestSize, '\0'));
            },
            Qt::SingleShotConnection);
        m_disk->inspect(targetFile(*m_manifest, first));
    }
    setState(TransferState::Running);
}

void IncomingTransfer::sendAccept(quint32 resumeIndex, quint64 offset, const QByteArray &digest)
{
    if (!m_stream || isFinalState(m_info.state))
        return;
    m_rx.start(entries(), resumeIndex, offset);
    m_completed = 0;
    m_written = 0;
    m_receiving = true;
    m_stream->send(Accept{resumeIndex, offset, digest}.encode());
    m_stream->growReceiveWindow(m_node->config().spacedropReceiveWindow - (2 << 20));
    if (m_info.pausedHere) // paused before an interruption: the new stream must know too
        m_stream->send(encodeSignal(Kind::Pause));
    m_progress.restartRate();
    applyPause();
    maybeComplete();
}

bool IncomingTransfer::onDataMessage(const QByteArray &message)
{
    const std::optional<Kind> kind = kindOf(message);
    if (m_receiving && (kind == Kind::Pause || kind == Kind::Resume)) {
        if (!decodeSignal(message, *kind).isOk()) {
            fail(Error{ErrorCode::MalformedMessage, tr("malformed PAUSE/RESUME")});
            return false;
        }
        m_info.pausedByPeer = *kind == Kind::Pause;
        applyPause();
        return true;
    }
    if (m_receiving && kind == Kind::Chunk)
        return onChunk(message);
    if (m_receiving && kind == Kind::FileEnd)
        return onFileEnd(message);
    fail(Error{ErrorCode::MalformedMessage,
               m_receiving ? tr("unexpected message while receiving")
                           : tr("data before the answer")});
    return false;
}

bool IncomingTransfer::apply(const ReceiveCursor::Step &step, quint32 index)
{
    if (step.error.isError()) {
        fail(step.error);
        return false;
    }
    if (step.open)
        m_disk->open(targetFile(*m_manifest, index), step.openAt, step.resumeFile);
    return true;
}

bool IncomingTransfer::onChunk(const QByteArray &message)
{
    const auto chunk = Chunk::decode(message);
    if (!chunk.isOk()) {
        fail(Error{ErrorCode::MalformedMessage, chunk.why});
        return false;
    }
    const quint32 index = chunk.value->index;
    if (!apply(m_rx.chunk(index, chunk.value->offset, quint64(chunk.value->dataSize)), index))
        return false;
    m_disk->write(message, chunk.value->dataSize);
    return true;
}

bool IncomingTransfer::onFileEnd(const QByteArray &message)
{
    const auto end = FileEnd::decode(message);
    if (!end.isOk()) {
        fail(Error{ErrorCode::MalformedMessage, end.why});
        return false;
    }
    if (!apply(m_rx.fileEnd(end.value->index), end.value->index))
        return false;
    m_disk->finish(end.value->sha256);
    return true;
}

void IncomingTransfer::onFileCompleted(quint32 index)
{
    ++m_completed;
    m_manifest->resumeIndex = index + 1;
    m_info.filesDone = m_completed + (m_info.fileCount - m_rx.fileCount());
    // The manifest is not rewritten per file (100 000 entries take most of a second to save):
    // resuming finds the files completed since by looking (firstIncompleteFile).
    reportProgress();
    maybeComplete();
}

void IncomingTransfer::onRemoteFinished()
{
    m_remoteFinished = true;
    if (m_stream && m_stream->messagesAvailable() > 0)
        return; // judged once the messages before the FIN are read (onMessages)
    if (m_receiving && !m_rx.allReceived())
        return fail(
            Error{ErrorCode::SizeMismatch, tr("the sender stopped before sending every file")});
    maybeComplete();
}

void IncomingTransfer::maybeComplete()
{
    if (!m_receiving || m_completed < m_rx.fileCount() || !m_remoteFinished || !m_stream)
        return;
    m_stream->send(encodeSignal(Kind::Done));
    m_stream->finish();
    end(TransferState::Completed);
}

void IncomingTransfer::onStreamClosed(const Error &error)
{
    if (isFinalState(m_info.state) || m_info.state == TransferState::Interrupted)
        return;
    if (!m_offerCollected && !error.isError())
        return end(TransferState::Failed,
                   Error{ErrorCode::MalformedMessage, tr("the sender ended before its offer")});
    if (!error.isError())
        return; // both FINs after DONE or DECLINE: already ended
    end(outcomeOf(error), error);
}

void IncomingTransfer::pause()
{
    if (m_info.pausedHere || !m_receiving || isFinalState(m_info.state))
        return;
    m_info.pausedHere = true;
    if (m_stream)
        m_stream->send(encodeSignal(Kind::Pause));
    applyPause();
}

void IncomingTransfer::resume()
{
    if (!m_info.pausedHere || !m_receiving || isFinalState(m_info.state))
        return;
    m_info.pausedHere = false;
    if (m_stream)
        m_stream->send(encodeSignal(Kind::Resume));
    applyPause();
}

void IncomingTransfer::applyPause()
{
    if (!m_stream)
        return;
    // The stall timeout is the stream's idle timeout: data must keep arriving unless paused.
    m_stream->setIdleTimeout(paused() ? Milliseconds{0} : m_node->config().spacedropStallTimeout);
    if (!paused())
        m_progress.restartRate();
    setState(paused() ? TransferState::Paused : TransferState::Running);
}

void IncomingTransfer::cancel()
{
    if (isFinalState(m_info.state))
        return;
    if (m_info.state == TransferState::AwaitingDecision && m_stream && !m_receiving)
        return decline(DeclineReason::Declined, tr("declined"));
    resetStream(ErrorCode::Cancelled, QStringLiteral("cancelled by the receiver"));
    end(TransferState::Cancelled, Error{ErrorCode::Cancelled, tr("cancelled here")});
}

void IncomingTransfer::expire(const QString &why)
{
    if (m_info.state == TransferState::Interrupted)
        end(TransferState::Failed, Error{ErrorCode::Timeout, why});
}

void IncomingTransfer::fail(const Error &error)
{
    resetStream(error.code, error.detail);
    end(outcomeOf(error), error);
}

void IncomingTransfer::resetStream(ErrorCode code, const QString &detail)
{
    // Our own reset must not come back as the stream's closed(): the caller ends the transfer.
    // The writer's signals go with the attempt too; cleanUp() still stops the writer.
    m_attempt.reset();
    if (m_stream && !m_stream->isClosed())
        m_stream->reset(code, detail);
}

void IncomingTransfer::saveProgress()
{
    if (!m_manifest || !m_store)
        return;
    m_manifest->interruptedMs = m_info.interruptedSinceMs;
    QString error;
    if (!m_store->saveIncoming(*m_manifest, &error))
        qCWarning(lcSpacedrop) << "cannot save the manifest of" << m_info.id << error;
}

void IncomingTransfer::end(TransferState state, const Error &error)
{
    m_decisionTimer.stop();
    m_info.error = error;
    // Before cleanUp, which saves the manifest with it.
    noteInterruption(m_info, state, QDateTime::currentMSecsSinceEpoch(), keepMs());
    if (state == TransferState::Completed) {
        m_info.doneBytes = m_info.totalBytes;
        m_info.filesDone = m_info.fileCount;
        m_info.currentFile.clear();
    }
    cleanUp(state);
    if (isFinalState(state))
        m_info.finishedMs = QDateTime::currentMSecsSinceEpoch();
    qCInfo(lcSpacedrop) << "incoming" << m_info.id << transferStateName(state) << error.toString();
    setState(state);
}

void IncomingTransfer::cleanUp(TransferState state)
{
    const bool keepParts = state == TransferState::Interrupted;
    const bool wasReceiving = m_receiving;
    m_receiving = false;
    m_attempt.reset();
    if (m_disk) {
        m_disk->stop(keepParts); // what was asked before the end is written first (§13.3)
        m_disk.reset();
    }
    m_stream.clear();
    m_remoteFinished = false;
    if (!m_manifest)
        return;
    if (keepParts) {
        if (wasReceiving || m_manifest->interruptedMs != m_info.interruptedSinceMs)
            saveProgress();
        return;
    }
    if (state != TransferState::Completed)
        removePartFiles(*m_manifest);
    if (m_store)
        m_store->remove(m_manifest->id);
    m_manifest.reset();
}

void IncomingTransfer::setState(TransferState state)
{
    const bool moved = m_info.state != state;
    noteInterruption(m_info, state, QDateTime::currentMSecsSinceEpoch(), keepMs());
    m_info.state = state;
    if (state != TransferState::Running)
        m_info.bytesPerSecond = 0;
    Q_EMIT changed(moved);
}

qint64 IncomingTransfer::keepMs() const
{
    return m_node ? m_node->config().spacedropKeepInterrupted.count() : 0;
}

void IncomingTransfer::reportProgress()
{
    m_progress.update(m_info, m_rx.heldBefore() + m_written);
    Q_EMIT changed(false);
}

} // namespace Ferry::Net
