#pragma once

#include "net/operationhandler.h"
#include "net/operations/spacedrop/interruptionexpiry.h"
#include "net/operations/spacedrop/spacedroppolicy.h"
#include "net/operations/spacedrop/transferinfo.h"
#include "net/operations/spacedrop/transfermanifest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ferry::Net {

class IncomingTransfer;
class Node;
class OutgoingTransfer;
struct ScanResult;

// Spacedrop for the front-ends (docs/PROTOCOL.md §13): sends selections to devices, receives
// offers, asks (through requestReceived) or applies the policy, keeps every transfer's state and
// resumes interrupted ones. Commands take transfer ids; signals carry value snapshots.
class SpacedropService : public QObject, public OperationHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpacedropService)
public:
    // stateDir keeps the manifests of unfinished transfers (created when needed).
    SpacedropService(Node *node, const QString &stateDir, QObject *parent = nullptr);
    ~SpacedropService() override;

    // Serves Spacedrop on node (again, after the node was replaced).
    void setNode(Node *node);
    // Loads unfinished transfers kept by an earlier run: they show as Interrupted; sends are
    // retried when their device is back.
    void restore();
    SpacedropPolicy &policy() { return m_policy; }
    void setDefaultDestination(const QString &folder) { m_defaultDestination = folder; }
    QString defaultDestination() const { return m_defaultDestination; }
    // How the service asks for a connection to a device it must send to (NetworkService).
    void setConnector(std::function<void(const RemoteIdentity &)> connector);
    // The device was seen (discovery): interrupted sends to it are retried now.
    void notePeerAvailable(const RemoteIdentity &peer);

    // Commands. sendFiles walks paths in the background (Preparing) and then offers.
    QUuid sendFiles(const RemoteIdentity &peer, const QString &peerName, const QStringList &paths,
                    const QString &message = {});
    QList<QUuid> sendFilesToMany(const QList<QPair<RemoteIdentity, QString>> &peers,
                                 const QStringList &paths, const QString &message = {});
    // destination empty: defaultDestination(). False with error when it cannot be used.
    bool acceptRequest(const QUuid &id, const QString &destination = {}, QString *error = nullptr);
    bool declineRequest(const QUuid &id);
    bool cancelTransfer(const QUuid &id);
    bool pauseTransfer(const QUuid &id);
    bool resumeTransfer(const QUuid &id);
    bool retryTransfer(const QUuid &id); // an interrupted send, now
    bool removeTransfer(const QUuid &id); // forgets a finished one

    QList<TransferInfo> transfers() const;
    std::optional<TransferInfo> transfer(const QUuid &id) const;
    QList<IncomingRequest> pendingRequests() const;

    void handleStream(Stream *stream) override;

Q_SIGNALS:
    void transferAdded(const Ferry::Net::TransferInfo &info);
    void transferChanged(const Ferry::Net::TransferInfo &info); // progress at a bounded rate
    void transferRemoved(const QUuid &id);
    void requestReceived(const Ferry::Net::IncomingRequest &request);
    void requestClosed(const QUuid &id); // answered, timed out or withdrawn by the sender

private:
    void onScanned(const QList<QUuid> &ids, const ScanResult &scan);
    void addOutgoing(OutgoingTransfer *transfer);
    void onOutgoingChanged(OutgoingTransfer *transfer, bool stateChanged);
    void onOfferCollected(IncomingTransfer *transfer);
    void addIncoming(IncomingTransfer *transfer);
    void onIncomingChanged(IncomingTransfer *transfer, bool stateChanged);
    void scheduleRetry(OutgoingTransfer *transfer);
    void expireInterrupted();
    void saveInterruption(const OutgoingTransfer &transfer);
    void retryNowFor(const RemoteIdentity &peer);
    void emitChanged(const TransferInfo &info, bool stateChanged);
    void flushProgress();
    int pendingFrom(const RemoteIdentity &peer) const;
    IncomingRequest requestOf(const IncomingTransfer &transfer) const;

    QPointer<Node> m_node;
    SpacedropPolicy m_policy;
    QString m_defaultDestination;
    std::function<void(const RemoteIdentity &)> m_connector;
    std::unique_ptr<ManifestStore> m_incomingStore;
    std::unique_ptr<ManifestStore> m_outgoingStore;
    QThreadPool m_scanPool;

    QHash<QUuid, TransferInfo> m_preparing; // sends being walked, or that failed there
    QHash<QUuid, OutgoingTransfer *> m_outgoing;
    QHash<QUuid, IncomingTransfer *> m_incoming;
    QSet<IncomingTransfer *> m_collecting; // offers not complete yet (no id to go by)
    QSet<QUuid> m_requests; // incoming offers a person is asked about
    QHash<QUuid, qint64> m_retryDelay;
    QHash<QUuid, QTimer *> m_retryTimers;
    QSet<QUuid> m_dirty;
    QTimer m_progressTimer;
    InterruptionExpiry m_expiry;
    QHash<QUuid, qint64> m_savedInterruptions; // sends: interruptedSinceMs in their manifests
};

} // namespace Ferry::Net
