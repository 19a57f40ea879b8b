#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace Ferry::Net {
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::Ui {

class TransferHistory;

// The transfers panel: the service's transfers (live) and the finished ones of earlier runs
// (from TransferHistory), newest first, keyed by transfer id. Progress changes are coalesced to
// at most kRefreshMs per row; structural changes are immediate.
//
// A live transfer that reaches a final state is recorded in the history. A failed send can be
// retried only when its whole selection is known, that is when it had one top-level item: it is
// then sent again (a new transfer, which takes the failed one's place). The service does not
// keep the selection of a send that failed, so a failed send of several items cannot be retried.
class TransferListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferListModel)
public:
    static constexpr int kRefreshMs = 250;

    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        InfoRole, // Net::TransferInfo (the whole snapshot)
        DirectionRole, // int (Net::TransferDirection)
        StateRole, // int (Net::TransferState)
        PeerNameRole, // QString
        PeerIdentityRole, // QString, full identity text
        FirstNameRole, // QString (also Qt::DisplayRole)
        TopLevelCountRole, // int: "first name + (n - 1) more"
        FileCountRole, // int
        TotalBytesRole, // qulonglong
        DoneBytesRole, // qulonglong
        ProgressRole, // double 0..1 (0 when the total is 0 and nothing is done, 1 when completed)
        SpeedRole, // double, bytes per second (0 when not running)
        EtaRole, // qlonglong seconds, -1 unknown
        ErrorCodeRole, // int (Net::ErrorCode), 0 when none
        ErrorDetailRole, // QString
        DeclineReasonRole, // int
        DestinationRole, // QString, incoming: the folder files land in
        LocalPathRole, // QString, the first top-level item on this device (see TransferInfo)
        StartedRole, // QDateTime
        FinishedRole, // QDateTime, invalid while not finished
        FromHistoryRole, // bool: recorded by an earlier run, no longer in the service
        CanPauseRole, // bool
        CanResumeRole, // bool
        CanCancelRole, // bool
        CanRetryRole, // bool: interrupted or failed outgoing transfer that can be sent again
        CanRemoveRole, // bool: finished, can be cleared from the list
    };
    Q_ENUM(Role)

    explicit TransferListModel(QObject *parent = nullptr);
    ~TransferListModel() override;

    // Follows service (none when null). History may be null (nothing kept across runs).
    void setService(Net::SpacedropService *service);
    void setHistory(TransferHistory *history);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    std::optional<Net::TransferInfo> transferAt(int row) const;
    int rowOf(const QUuid &id) const; // -1 when absent

    // Row actions, by id: forwarded to the service; false when the transfer cannot do it now.
    bool pause(const QUuid &id);
    bool resume(const QUuid &id);
    bool cancel(const QUuid &id);
    bool retry(const QUuid &id);
    // Clears a finished transfer from the list (and from the history).
    bool remove(const QUuid &id);
    // Clears every finished transfer.
    void removeFinished();

private:
    struct Row
    {
        Net::TransferInfo info;
        bool fromHistory = false;
        qint64 shownAtMs = -1; // m_clock time of its last dataChanged; -1 never
    };

    void rebuild();
    void onAdded(const Net::TransferInfo &info);
    void onChanged(const Net::TransferInfo &info);
    void onRemoved(const QUuid &id);
    void syncHistory();
    // Shows info in row now (moving it when its start time moved).
    void apply(int row, const Net::TransferInfo &info, bool fromHistory = false);
    void flushPending();
    void insertSorted(const Row &row);
    void removeRowAt(int row);
    int sortedPosition(const Net::TransferInfo &info, int skip) const;
    void noteFinal(const Net::TransferInfo &before, const Net::TransferInfo &after);
    QVariant stateData(const Row &row, int role) const;
    bool canPause(const Row &row) const;
    bool canResume(const Row &row) const;
    bool canCancel(const Row &row) const;
    bool canRetry(const Row &row) const;

    QPointer<Net::SpacedropService> m_service;
    QPointer<TransferHistory> m_history;
    QList<Row> m_rows; // newest first (startedMs), then by id
    QHash<QUuid, Net::TransferInfo> m_pending; // progress not shown yet (kRefreshMs)
    QElapsedTimer m_clock;
    QTimer m_flushTimer;
};

} // namespace Ferry::Ui
