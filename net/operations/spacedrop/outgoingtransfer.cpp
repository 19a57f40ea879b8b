#include "net/operations/spacedrop/outgoingtransfer.h"

#include "net/header.h"
#include "net/node.h"
#include "net/operations/spacedrop/filereadworker.h"
#include "net/operations/spacedrop/spacedroplog.h"
#include "net/operations/spacedrop/spacedropmessage.h"
#include "net/stream.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace Ferry::Net {

using namespace Spacedrop;

namespace {
constexpr qint64 kAnswerGraceMs = 10'000;
constexpr qint64 kMaxAnswerWaitMs = 3'600'000;
} // namespace

OutgoingTransfer::OutgoingTransfer(Node *node, Setup setup, bool restored, QObject *parent)
    : QObject(parent), m_node(node), m_setup(std::move(setup)), m_progress(m_setup.entries)
{
    m_info.id = m_setup.id;
    m_info.direction = TransferDirection::Outgoing;
    m_info.peer = m_setup.peer;
    m_info.peerName = m_setup.peerName;
    m_info.message = m_setup.message;
    EntrySummary::describe(m_info, m_setup.entries);
    m_info.localPath = m_setup.sourcePaths.value(0); // entry 0 is the first selected item
    m_info.startedMs = m_setup.startedMs;
    m_info.attempts = 0;
    m_info.state = restored ? TransferState::Interrupted : TransferState::Connecting;
    if (restored) {
        m_info.error = Error{ErrorCode::ConnectionLost, tr("Ferry was closed during the transfer")};
        noteInterruption(m_info, TransferState::Interrupted,
                         m_setup.interruptedSinceMs > 0 ? m_setup.interruptedSinceMs
                                                        : QDateTime::currentMSecsSinceEpoch(),
                         keepMs());
    }

    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        end(TransferState::Interrupted,
            Error{ErrorCode::NotConnected, tr("the device could not be reached")});
    });
    connect(&m_stallTimer, &QTimer::timeout, this, &OutgoingTransfer::checkStall);
}

OutgoingTransfer::~OutgoingTransfer()
{
    if (m_stream && !m_stream->isClosed())
        m_stream->reset(ErrorCode::ShuttingDown, QStringLiteral("the sender is shutting down"));
    endAttempt();
}

void OutgoingTransfer::setNode(Node *node)
{
    m_node = node;
}

void OutgoingTransfer::start()
{
    if (m_phase != Phase::Idle || isFinalState(m_info.state) || !m_node)
        return;
    endAttempt();
    m_attempt = std::make_unique<QObject>();
    ++m_info.attempts;
    m_info.error = {};
    m_info.pausedByPeer = false;
    m_phase = Phase::Connecting;
    setState(TransferState::Connecting);
    connect(m_node, &Node::peerConnected, m_attempt.get(), [this](const RemoteIdentity &peer) {
        if (peer == m_setup.peer && m_phase == Phase::Connecting)
            openStream();
    });
    if (m_node->isConnected(m_setup.peer))
        return openStream();
    m_connectTimer.start(m_node->config().spacedropConnectTimeout);
    Q_EMIT connectionWanted(m_setup.peer);
}

void OutgoingTransfer::openStream()
{
    m_connectTimer.stop();
    m_phase = Phase::Offered;
    m_stream = m_node->openStream(m_setup.peer, Header::of(OperationTag::Spacedrop));
    connect(m_stream, &Stream::messageReceived, m_attempt.get(), [this] { onMessages(); });
    connect(m_stream, &Stream::bytesSent, m_attempt.get(),
            [this](qint64 bytes) { onBytesSent(bytes); });
    connect(m_stream, &Stream::closed, m_attempt.get(),
            [this](const Error &error) { onStreamClosed(error); });

    Offer offer;
    offer.id = m_setup.id;
    offer.retry = m_info.attempts > 1;
    offer.entryCount = quint32(m_setup.entries.size());
    offer.totalBytes = m_info.totalBytes;
    offer.message = m_setup.message;
    m_stream->send(offer.encode());
    for (QByteArray &message : EntryBatch::encodeAll(m_setup.entries))
        m_stream->send(std::move(message));
    setState(TransferState::WaitingForAnswer);
    qCDebug(lcSpacedrop) << "offered" << m_setup.id << "to" << m_setup.peer.shortText();
}

void OutgoingTransfer::onMessages()
{
    while (m_stream && m_stream->messagesAvailable() > 0 && !isFinalState(m_info.state)) {
        const QByteArray message = m_stream->takeMessage();
        const std::optional<Kind> kind = kindOf(message);
        if (m_phase == Phase::Offered) {
            onAnswer(message);
            continue;
        }
        if (kind == Kind::Pause || kind == Kind::Resume) {
            if (!decodeSignal(message, *kind).isOk())
                return fail(Error{ErrorCode::MalformedMessage, tr("malformed PAUSE/RESUME")});
            m_info.pausedByPeer = *kind == Kind::Pause;
            applyPause();
        } else if (kind == Kind::Done && m_phase == Phase::AllSent && m_readerDone) {
            if (!decodeSignal(message, Kind::Done).isOk())
                return fail(Error{ErrorCode::MalformedMessage, tr("malformed DONE")});
            m_doneReceived = true;
            end(TransferState::Completed);
        } else {
            return fail(Error{ErrorCode::MalformedMessage,
                              tr("unexpected message of kind %1 while sending")
                                  .arg(message.isEmpty() ? -1 : int(quint8(message[0])))});
        }
    }
}

void OutgoingTransfer::onAnswer(const QByteArray &message)
{
    switch (kindOf(message).value_or(Kind::Offer)) {
    case Kind::Asking: {
        const auto asking = Asking::decode(message);
        if (!asking.isOk())
            return fail(Error{ErrorCode::MalformedMessage, asking.why});
        const qint64 wait
            = std::min<qint64>(qint64(asking.value->timeoutMs) + kAnswerGraceMs, kMaxAnswerWaitMs);
        m_stream->setIdleTimeout(Milliseconds{wait});
        return;
    }
    case Kind::Decline: {
        const auto decline = Decline::decode(message);
        if (!decline.isOk())
            return fail(Error{ErrorCode::MalformedMessage, decline.why});
        m_info.declineReason = decline.value->reason;
        m_stream->finish();
        return end(TransferState::Declined, Error{ErrorCode::None, decline.value->detail});
    }
    case Kind::Accept: {
        const auto accept = Accept::decode(message);
        if (!accept.isOk())
            return fail(Error{ErrorCode::MalformedMessage, accept.why});
        return startSending(*accept.value);
    }
    default:
        return fail(Error{ErrorCode::MalformedMessage, tr("expected an answer to the offer")});
    }
}

void OutgoingTransfer::startSending(const Accept &accept)
{
    const auto &entries = m_setup.entries;
    const quint32 count = quint32(entries.size());
    if (accept.resumeIndex > count
        || (accept.resumeOffset > 0
            && (accept.resumeIndex == count || !entries[accept.resumeIndex].isFile()
                || accept.resumeOffset > entries[accept.resumeIndex].size)))
        return fail(Error{ErrorCode::MalformedMessage,
                          tr("ACCEPT names a resume point outside "
                             "the offer")});
    QList<SourceFile> files;
    m_baseBytes = 0;
    for (quint32 i = 0; i < count; ++i) {
        if (!entries[i].isFile())
            continue;
        if (i < accept.resumeIndex)
            m_baseBytes += entries[i].size;
        else
            files.append(
                SourceFile{i, m_setup.sourcePaths[i], entries[i].size, entries[i].mtimeMs});
    }
    m_phase = Phase::Sending;
    if (m_info.pausedHere) // paused before the answer or before an interruption
        m_stream->send(encodeSignal(Kind::Pause));
    m_stream->setIdleTimeout(Milliseconds{0}); // we receive nothing while sending: checkStall
    m_sinceProgress.start();
    m_stallTimer.start(std::max<qint64>(m_node->config().spacedropStallTimeout.count() / 4, 10));
    m_progress.restartRate();
    setState(TransferState::Running);
    applyPause();
    if (files.isEmpty()) {
        m_readerDone = true;
        m_phase = Phase::AllSent;
        m_stream->finish();
        return;
    }
    FileReadWorker::registerTypes();
    m_reader = std::make_unique<WorkerThread<FileReadWorker>>();
    FileReadWorker *worker = m_reader->worker();
    connect(worker, &FileReadWorker::prefixChecked, m_attempt.get(),
            [this, offset = accept.resumeOffset](bool matched) {
                if (matched)
                    m_baseBytes += offset;
            });
    connect(worker, &FileReadWorker::messagesReady, m_attempt.get(),
            [this](const QList<QByteArray> &messages, qint64 dataBytes) {
                onMessagesRead(messages, dataBytes);
            });
    connect(worker, &FileReadWorker::finished, m_attempt.get(), [this] {
        m_readerDone = true;
        flushHeld();
    });
    connect(worker, &FileReadWorker::failed, m_attempt.get(),
            [this](ErrorCode code, const QString &detail) {
                fail(Error{code, detail});
            });
    QMetaObject::invokeMethod(
        worker, "start", Qt::QueuedConnection, Q_ARG(QList<Ferry::Net::SourceFile>, files),
        Q_ARG(quint64, accept.resumeOffset), Q_ARG(QByteArray, accept.prefixSha256));
    const qint64 credit = m_node->config().spacedropReadAhead;
    QMetaObject::invokeMethod(worker, "grant", Qt::QueuedConnection, Q_ARG(qint64, credit));
}

void OutgoingTransfer::onMessagesRead(const QList<QByteArray> &messages, qint64 dataBytes)
{
    if (!m_stream || m_phase != Phase::Sending)
        return;
    m_sinceProgress.restart();
    m_dataHanded += quint64(dataBytes);
    for (const QByteArray &message : messages)
        m_held.push_back(message);
    flushHeld();
    reportProgress();
}

void OutgoingTransfer::flushHeld()
{
    if (!m_stream || m_phase != Phase::Sending)
        return;
    while (!m_held.empty() && !paused()) {
        m_messageBytesHanded += m_held.front().size();
        m_stream->send(std::move(m_held.front()));
        m_held.pop_front();
    }
    if (m_held.empty() && m_readerDone) {
        m_phase = Phase::AllSent;
        m_stream->finish();
    }
}

void OutgoingTransfer::onBytesSent(qint64 bytes)
{
    if (m_phase != Phase::Sending && m_phase != Phase::AllSent)
        return;
    m_sinceProgress.restart();
    m_messageBytesSent += bytes;
    m_owedCredit += bytes;
    grantOwed(false);
    reportProgress();
}

// Gives the reader back the credit of the bytes the socket took: not per bytesSent (one queued
// call each, many per MiB with small files) but once a quarter of the read-ahead is owed, or all
// of it (all: on resume). The reader may overdraw its credit by one message, so this never
// starves it: with nothing in flight, what is owed is the whole read-ahead.
void OutgoingTransfer::grantOwed(bool all)
{
    if (!m_reader || m_readerDone || paused() || m_owedCredit <= 0)
        return;
    if (!all && m_owedCredit < std::max<qint64>(1, m_node->config().spacedropReadAhead / 4))
        return;
    FileReadWorker *worker = m_reader->worker();
    QMetaObject::invokeMethod(
        worker, [worker, bytes = std::exchange(m_owedCredit, 0)] { worker->grant(bytes); },
        Qt::QueuedConnection);
}

void OutgoingTransfer::pause()
{
    if (m_info.pausedHere || isFinalState(m_info.state))
        return;
    m_info.pausedHere = true;
    if (m_stream && (m_phase == Phase::Sending || m_phase == Phase::AllSent))
        m_stream->send(encodeSignal(Kind::Pause));
    applyPause();
}

void OutgoingTransfer::resume()
{
    if (!m_info.pausedHere || isFinalState(m_info.state))
        return;
    m_info.pausedHere = false;
    if (m_stream && (m_phase == Phase::Sending || m_phase == Phase::AllSent))
        m_stream->send(encodeSignal(Kind::Resume));
    applyPause();
}

void OutgoingTransfer::applyPause()
{
    if (m_phase != Phase::Sending && m_phase != Phase::AllSent) {
        Q_EMIT changed(false);
        return;
    }
    m_sinceProgress.restart();
    if (paused()) {
        setState(TransferState::Paused);
        return;
    }
    m_progress.restartRate();
    setState(TransferState::Running);
    grantOwed(true);
    flushHeld();
}

void OutgoingTransfer::checkStall()
{
    if (paused() || m_phase == Phase::Idle || isFinalState(m_info.state))
        return;
    const qint64 limit = m_node ? m_node->config().spacedropStallTimeout.count() : 30'000;
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() >= limit)
        fail(Error{ErrorCode::Timeout,
                   tr("the transfer stalled: nothing moved for %1 s").arg(limit / 1000.0)});
}

void OutgoingTransfer::onStreamClosed(const Error &error)
{
    if (m_phase == Phase::Idle || isFinalState(m_info.state))
        return;
    if (!error.isError() && m_doneReceived)
        return end(TransferState::Completed);
    if (!error.isError())
        return end(TransferState::Failed,
                   Error{ErrorCode::MalformedMessage,
                         tr("the receiver ended the transfer without confirming it")});
    end(outcomeOf(error), error);
}

void OutgoingTransfer::cancel()
{
    if (isFinalState(m_info.state))
        return;
    resetStream(ErrorCode::Cancelled, QStringLiteral("cancelled by the sender"));
    end(TransferState::Cancelled, Error{ErrorCode::Cancelled, tr("cancelled here")});
}

void OutgoingTransfer::expire(const QString &why)
{
    if (m_info.state == TransferState::Interrupted)
        end(TransferState::Failed, Error{ErrorCode::Timeout, why});
}

void OutgoingTransfer::fail(const Error &error)
{
    resetStream(error.code, error.detail);
    end(outcomeOf(error), error);
}

void OutgoingTransfer::resetStream(ErrorCode code, const QString &detail)
{
    // Our own reset must not come back as the stream's closed(): the caller ends the transfer.
    m_attempt.reset();
    if (m_stream && !m_stream->isClosed())
        m_stream->reset(code, detail);
}

void OutgoingTransfer::end(TransferState state, const Error &error)
{
    m_info.error = error;
    if (state == TransferState::Completed) {
        m_info.doneBytes = m_info.totalBytes;
        m_info.filesDone = m_info.fileCount;
        m_info.currentFile.clear();
    }
    m_phase = Phase::Idle;
    endAttempt();
    if (isFinalState(state))
        m_info.finishedMs = QDateTime::currentMSecsSinceEpoch();
    qCInfo(lcSpacedrop) << "outgoing" << m_setup.id << transferStateName(state) << error.toString();
    setState(state);
}

void OutgoingTransfer::endAttempt()
{
    m_connectTimer.stop();
    m_stallTimer.stop();
    m_attempt.reset(); // drops every connection of the attempt, queued worker signals included
    if (m_reader)
        QMetaObject::invokeMethod(m_reader->worker(), "stop", Qt::QueuedConnection);
    m_reader.reset();
    m_stream.clear();
    m_held.clear();
    m_readerDone = m_doneReceived = false;
    m_dataHanded = 0;
    m_messageBytesHanded = m_messageBytesSent = m_owedCredit = 0;
}

void OutgoingTransfer::setState(TransferState state)
{
    const bool moved = m_info.state != state;
    noteInterruption(m_info, state, QDateTime::currentMSecsSinceEpoch(), keepMs());
    m_info.state = state;
    if (state != TransferState::Running)
        m_info.bytesPerSecond = 0;
    Q_EMIT changed(moved);
}

qint64 OutgoingTransfer::keepMs() const
{
    return m_node ? m_node->config().spacedropKeepInterrupted.count() : 0;
}

void OutgoingTransfer::reportProgress()
{
    const qint64 unsent = std::max<qint64>(0, m_messageBytesHanded - m_messageBytesSent);
    const quint64 sent = m_dataHanded > quint64(unsent) ? m_dataHanded - quint64(unsent) : 0;
    m_progress.update(m_info, m_baseBytes + sent);
    Q_EMIT changed(false);
}

} // namespace Ferry::Net
