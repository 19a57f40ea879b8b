#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/progresstracker.h"
#include "net/operations/spacedrop/transferinfo.h"
#include "net/operations/spacedrop/workerthread.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <memory>

namespace Ferry::Net {

class FileReadWorker;
class Node;
class Stream;
namespace Spacedrop {
struct Accept;
}

// The sender's side of one Spacedrop transfer (docs/PROTOCOL.md §13): offers, waits for the
// answer, streams the files through a FileReadWorker, and reports its state through info().
// It may be started again after an interruption (a retry: same id, same entries).
class OutgoingTransfer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutgoingTransfer)
public:
    struct Setup
    {
        QUuid id;
        RemoteIdentity peer;
        QString peerName;
        QString message;
        SpacedropEntries entries;
        QStringList sourcePaths; // one per entry
        qint64 startedMs = 0;
        qint64 interruptedSinceMs = 0; // restored: when it was interrupted (0: unknown)
    };

    // Starts in state Interrupted when restored from disk, Connecting otherwise (call start()).
    OutgoingTransfer(Node *node, Setup setup, bool restored, QObject *parent = nullptr);
    ~OutgoingTransfer() override;

    const TransferInfo &info() const { return m_info; }
    const Setup &setup() const { return m_setup; }

    // A new attempt: waits for a connection to the device (asking for one with
    // connectionWanted), offers, sends. Only from Connecting (first start) or Interrupted.
    void start();
    void setNode(Node *node);
    void pause();
    void resume();
    void cancel();
    // Gives up an interrupted transfer that nothing resumed (Failed, Timeout, why).
    void expire(const QString &why);

Q_SIGNALS:
    void changed(bool stateChanged); // info() moved (progress alone: stateChanged false)
    void connectionWanted(const Ferry::Net::RemoteIdentity &peer);

private:
    void openStream();
    void onMessages();
    void onAnswer(const QByteArray &message);
    void startSending(const Spacedrop::Accept &accept);
    void onMessagesRead(const QList<QByteArray> &messages, qint64 dataBytes);
    void onBytesSent(qint64 bytes);
    void flushHeld();
    void onStreamClosed(const Error &error);
    void applyPause();
    void grantOwed(bool all);
    void checkStall();
    void fail(const Error &error); // resets the stream with error (ours) and ends
    void resetStream(ErrorCode code, const QString &detail);
    void end(TransferState state, const Error &error = {});
    void endAttempt();
    void setState(TransferState state);
    void reportProgress();
    qint64 keepMs() const; // NodeConfig::spacedropKeepInterrupted
    bool paused() const { return m_info.pausedHere || m_info.pausedByPeer; }

    QPointer<Node> m_node;
    Setup m_setup;
    TransferInfo m_info;
    ProgressTracker m_progress;

    // One attempt's state; reset by start().
    enum class Phase { Idle, Connecting, Offered, Sending, AllSent };
    Phase m_phase = Phase::Idle;
    QPointer<Stream> m_stream;
    std::unique_ptr<QObject> m_attempt; // context of this attempt's connections
    std::unique_ptr<WorkerThread<FileReadWorker>> m_reader;
    std::deque<QByteArray> m_held; // read while paused
    bool m_readerDone = false;
    bool m_doneReceived = false;
    quint64 m_baseBytes = 0; // held by the receiver before this attempt
    quint64 m_dataHanded = 0; // file bytes handed to the stream
    qint64 m_messageBytesHanded = 0;
    qint64 m_messageBytesSent = 0;
    qint64 m_owedCredit = 0; // credit not yet given back to the reader (grantOwed)
    QTimer m_connectTimer;
    QTimer m_stallTimer;
    QElapsedTimer m_sinceProgress;
};

} // namespace Ferry::Net
