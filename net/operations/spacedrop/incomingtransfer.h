#pragma once

#include "net/errorcode.h"
#include "net/operations/spacedrop/offercollector.h"
#include "net/operations/spacedrop/progresstracker.h"
#include "net/operations/spacedrop/receivecursor.h"
#include "net/operations/spacedrop/transferinfo.h"
#include "net/operations/spacedrop/transfermanifest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ferry::Net {

class ReceiveDisk;
class ManifestStore;
class Node;
class Stream;

// The receiver's side of one Spacedrop transfer (docs/PROTOCOL.md §13): collects the offer,
// answers as the service decides, writes the files through a ReceiveDisk, keeps a manifest
// so that an interrupted transfer can be resumed (also after a restart), and cleans up after a
// cancel or a failure.
class IncomingTransfer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingTransfer)
public:
    // A new stream: collects its offer, then emits offerCollected() (or ends by itself).
    IncomingTransfer(Node *node, Stream *stream, ManifestStore *store, QObject *parent = nullptr);
    // Restored from a manifest: Interrupted, waiting for the sender to retry.
    IncomingTransfer(Node *node, IncomingManifest manifest, ManifestStore *store,
                     QObject *parent = nullptr);
    ~IncomingTransfer() override;

    const TransferInfo &info() const { return m_info; }
    const Spacedrop::Offer &offer() const { return m_collector.offer(); }
    const SpacedropEntries &entries() const;
    bool hasOffer() const { return m_offerCollected; }
    bool isResumable() const { return m_manifest.has_value(); }
    const IncomingManifest *manifest() const { return m_manifest ? &*m_manifest : nullptr; }

    // The service's answers to a collected offer.
    void ask(qint64 timeoutMs); // ASKING; declines with TimedOut when nobody answers in time
    // False (and the offer still waits, unless space is short: then it is declined) with
    // error set when the destination is unusable.
    bool accept(const QString &destination, QString *error = nullptr);
    void decline(Spacedrop::DeclineReason reason, const QString &detail);
    // A retry of this (interrupted) transfer arrived on other's stream: take it over and resume.
    void adoptRetry(IncomingTransfer *other);

    void pause();
    void resume();
    void cancel();
    // Gives up an interrupted transfer that nothing resumed: Failed (Timeout, why), its .part
    // files and manifest deleted.
    void expire(const QString &why);

Q_SIGNALS:
    void offerCollected();
    void changed(bool stateChanged);

private:
    void attachStream(Stream *stream);
    void onMessages();
    bool onDataMessage(const QByteArray &message);
    bool onChunk(const QByteArray &message);
    bool onFileEnd(const QByteArray &message);
    bool apply(const ReceiveCursor::Step &step, quint32 index);
    void onRemoteFinished();
    void onStreamClosed(const Error &error);
    void startWorker();
    void sendAccept(quint32 resumeIndex, quint64 offset, const QByteArray &digest);
    void resumeFromDisk();
    void onFileCompleted(quint32 index);
    void maybeComplete();
    void applyPause();
    void saveProgress();
    void fail(const Error &error);
    void resetStream(ErrorCode code, const QString &detail);
    void end(TransferState state, const Error &error = {});
    void cleanUp(TransferState state);
    void setState(TransferState state);
    void reportProgress();
    qint64 keepMs() const; // NodeConfig::spacedropKeepInterrupted
    bool paused() const { return m_info.pausedHere || m_info.pausedByPeer; }

    QPointer<Node> m_node;
    QPointer<Stream> m_stream;
    ManifestStore *m_store;
    OfferCollector m_collector;
    bool m_offerCollected = false;
    std::optional<IncomingManifest> m_manifest;
    TransferInfo m_info;
    ProgressTracker m_progress;
    QTimer m_decisionTimer;

    // The data phase
    std::unique_ptr<QObject> m_attempt; // context of the stream's and worker's connections
    std::unique_ptr<ReceiveDisk> m_disk; // of the attempt, once accepted
    bool m_receiving = false;
    ReceiveCursor m_rx;
    int m_completed = 0; // files of this attempt complete under their final name
    quint64 m_written = 0;
    bool m_remoteFinished = false;
};

} // namespace Ferry::Net
