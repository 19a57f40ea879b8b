#include "ui/models/transferlistmodel.h"

#include "net/operations/spacedrop/spacedropservice.h"
#include "ui/models/historyentry.h"
#include "ui/models/transferhistory.h"
#include "ui/models/transferrow.h"

#include <QSet>

#include <algorithm>

namespace Ferry::Ui {

using Net::TransferInfo;
using Net::TransferState;

namespace {

// Newest first; the id keeps the order total.
bool before(const TransferInfo &a, const TransferInfo &b)
{
    if (a.startedMs != b.startedMs)
        return a.startedMs > b.startedMs;
    return a.id < b.id;
}

// What is shown at once rather than at the progress rate: the state, who paused, a new attempt,
// an error, where the files go.
bool movedOn(const TransferInfo &a, const TransferInfo &b)
{
    return a.state != b.state || a.pausedHere != b.pausedHere || a.pausedByPeer != b.pausedByPeer
        || a.attempts != b.attempts || a.error.code != b.error.code || a.localPath != b.localPath
        || a.destination != b.destination || a.startedMs != b.startedMs;
}

} // namespace

TransferListModel::TransferListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: a wasted turn
    connect(&m_flushTimer, &QTimer::timeout, this, &TransferListModel::flushPending);
}

TransferListModel::~TransferListModel() = default;

void TransferListModel::setService(Net::SpacedropService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &Net::SpacedropService::transferAdded, this, &TransferListModel::onAdded);
        connect(service, &Net::SpacedropService::transferChanged, this,
                &TransferListModel::onChanged);
        connect(service, &Net::SpacedropService::transferRemoved, this,
                &TransferListModel::onRemoved);
        connect(service, &QObject::destroyed, this, &TransferListModel::rebuild);
    }
    rebuild();
}

void TransferListModel::setHistory(TransferHistory *history)
{
    if (m_history == history)
        return;
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        connect(history, &TransferHistory::changed, this, &TransferListModel::syncHistory);
        connect(history, &QObject::destroyed, this, &TransferListModel::rebuild);
    }
    rebuild();
}

void TransferListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_flushTimer.stop();
    QSet<QUuid> live;
    const QList<TransferInfo> transfers
        = m_service ? m_service->transfers() : QList<TransferInfo>{};
    for (const TransferInfo &info : transfers) {
        m_rows.append(Row{info, false, -1});
        live.insert(info.id);
    }
    const QList<TransferInfo> kept = m_history ? m_history->entries() : QList<TransferInfo>{};
    for (const TransferInfo &info : kept) {
        if (!live.contains(info.id))
            m_rows.append(Row{info, true, -1});
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return before(a.info, b.info); });
    endResetModel();
    // Finished while nobody watched (or before this model existed): kept from now on too.
    for (const TransferInfo &info : transfers)
        noteFinal(TransferInfo{}, info);
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QVariant state = stateData(row, role);
    return state.isValid() ? state : TransferRow::value(row.info, role);
}

// The roles about where the transfer stands and what can be done with it.
QVariant TransferListModel::stateData(const Row &row, int role) const
{
    const TransferInfo &info = row.info;
    switch (role) {
    case IdRole:
        return info.id;
    case InfoRole:
        return QVariant::fromValue(info);
    case DirectionRole:
        return int(info.direction);
    case StateRole:
        return int(info.state);
    case FromHistoryRole:
        return row.fromHistory;
    case CanPauseRole:
        return canPause(row);
    case CanResumeRole:
        return canResume(row);
    case CanCancelRole:
        return canCancel(row);
    case CanRetryRole:
        return canRetry(row);
    case CanRemoveRole:
        return TransferRow::canRemove(info);
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[IdRole] = "id";
    names[InfoRole] = "info";
    names[DirectionRole] = "direction";
    names[StateRole] = "state";
    names[PeerNameRole] = "peerName";
    names[PeerIdentityRole] = "peerIdentity";
    names[FirstNameRole] = "firstName";
    names[TopLevelCountRole] = "topLevelCount";
    names[FileCountRole] = "fileCount";
    names[TotalBytesRole] = "totalBytes";
    names[DoneBytesRole] = "doneBytes";
    names[ProgressRole] = "progress";
    names[SpeedRole] = "speed";
    names[EtaRole] = "eta";
    names[ErrorCodeRole] = "errorCode";
    names[ErrorDetailRole] = "errorDetail";
    names[DeclineReasonRole] = "declineReason";
    names[DestinationRole] = "destination";
    names[LocalPathRole] = "localPath";
    names[StartedRole] = "started";
    names[FinishedRole] = "finished";
    names[FromHistoryRole] = "fromHistory";
    names[CanPauseRole] = "canPause";
    names[CanResumeRole] = "canResume";
    names[CanCancelRole] = "canCancel";
    names[CanRetryRole] = "canRetry";
    names[CanRemoveRole] = "canRemove";
    return names;
}

std::optional<TransferInfo> TransferListModel::transferAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).info;
}

int TransferListModel::rowOf(const QUuid &id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const Row &r) { return r.info.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

bool TransferListModel::canPause(const Row &row) const
{
    return !row.fromHistory && m_service && TransferRow::canPause(row.info);
}

bool TransferListModel::canResume(const Row &row) const
{
    return !row.fromHistory && m_service && TransferRow::canResume(row.info);
}

bool TransferListModel::canCancel(const Row &row) const
{
    return !row.fromHistory && m_service && TransferRow::canCancel(row.info);
}

bool TransferListModel::canRetry(const Row &row) const
{
    // An interrupted send is retried by the service that holds it; a failed one is sent anew.
    return m_service && TransferRow::canRetry(row.info)
        && !(row.fromHistory && row.info.state == TransferState::Interrupted);
}

bool TransferListModel::pause(const QUuid &id)
{
    const int row = rowOf(id);
    return row >= 0 && canPause(m_rows.at(row)) && m_service->pauseTransfer(id);
}

bool TransferListModel::resume(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0 || !canResume(m_rows.at(row)))
        return false;
    if (m_rows.at(row).info.pausedHere)
        return m_service->resumeTransfer(id);
    return m_service->retryTransfer(id); // an interrupted send: try now
}

bool TransferListModel::cancel(const QUuid &id)
{
    const int row = rowOf(id);
    return row >= 0 && canCancel(m_rows.at(row)) && m_service->cancelTransfer(id);
}

bool TransferListModel::retry(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0 || !canRetry(m_rows.at(row)))
        return false;
    const TransferInfo info = m_rows.at(row).info;
    if (info.state == TransferState::Interrupted)
        return m_service->retryTransfer(id);
    const QUuid again
        = m_service->sendFiles(info.peer, info.peerName, {info.localPath}, info.message);
    if (again.isNull())
        return false;
    remove(id); // the new send takes the failed one's place
    return true;
}

bool TransferListModel::remove(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0 || !Net::isFinalState(m_rows.at(row).info.state))
        return false;
    // History first: the service's transferRemoved then finds nothing to keep the row for.
    if (m_history)
        m_history->forget(id);
    if (m_service)
        m_service->removeTransfer(id);
    if (const int left = rowOf(id); left >= 0)
        removeRowAt(left);
    return true;
}

void TransferListModel::removeFinished()
{
    QList<QUuid> finished;
    for (const Row &row : std::as_const(m_rows)) {
        if (Net::isFinalState(row.info.state))
            finished.append(row.info.id);
    }
    for (const QUuid &id : std::as_const(finished))
        remove(id);
}

void TransferListModel::onAdded(const TransferInfo &info)
{
    const int row = rowOf(info.id);
    if (row >= 0)
        return apply(row, info);
    insertSorted(Row{info, false, m_clock.elapsed()});
    noteFinal(TransferInfo{}, info);
}

void TransferListModel::onChanged(const TransferInfo &info)
{
    const int row = rowOf(info.id);
    if (row < 0)
        return onAdded(info);
    const Row &shown = m_rows.at(row);
    const qint64 now = m_clock.elapsed();
    if (shown.fromHistory || movedOn(shown.info, info) || shown.shownAtMs < 0
        || now - shown.shownAtMs >= kRefreshMs)
        return apply(row, info);
    m_pending.insert(info.id, info);
    const qint64 due = shown.shownAtMs + kRefreshMs - now;
    if (!m_flushTimer.isActive() || m_flushTimer.remainingTime() > due)
        m_flushTimer.start(int(due));
}

void TransferListModel::flushPending()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    const QList<QUuid> ids = m_pending.keys();
    for (const QUuid &id : ids) {
        const int row = rowOf(id);
        if (row < 0) {
            m_pending.remove(id);
            continue;
        }
        const qint64 due = m_rows.at(row).shownAtMs + kRefreshMs - now;
        if (due <= 0)
            apply(row, m_pending.value(id));
        else
            next = next < 0 ? due : std::min(next, due);
    }
    if (next >= 0)
        m_flushTimer.start(int(next));
}

void TransferListModel::apply(int row, const TransferInfo &info, bool fromHistory)
{
    m_pending.remove(info.id);
    const TransferInfo before = m_rows.at(row).info;
    m_rows[row].info = info;
    m_rows[row].fromHistory = fromHistory;
    m_rows[row].shownAtMs = m_clock.elapsed();
    const int target = sortedPosition(info, row);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    const QModelIndex changed = index(target);
    Q_EMIT dataChanged(changed, changed);
    if (!fromHistory)
        noteFinal(before, info);
}

void TransferListModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_pending.remove(id);
    // Forgotten by the service but kept in the history: it stays, as a row of the history.
    const QList<TransferInfo> kept = m_history ? m_history->entries() : QList<TransferInfo>{};
    const auto it = std::find_if(kept.cbegin(), kept.cend(),
                                 [&](const TransferInfo &e) { return e.id == id; });
    if (it == kept.cend())
        return removeRowAt(row);
    apply(row, *it, true);
}

void TransferListModel::syncHistory()
{
    const QList<TransferInfo> kept = m_history ? m_history->entries() : QList<TransferInfo>{};
    QSet<QUuid> ids;
    for (const TransferInfo &info : kept)
        ids.insert(info.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).fromHistory && !ids.contains(m_rows.at(row).info.id))
            removeRowAt(row);
    }
    for (const TransferInfo &info : kept) {
        const int row = rowOf(info.id);
        if (row < 0)
            insertSorted(Row{info, true, -1});
        else if (m_rows.at(row).fromHistory
                 && HistoryEntry::toJson(m_rows.at(row).info) != HistoryEntry::toJson(info))
            apply(row, info, true); // recorded again (by another model of the same history)
    }
}

void TransferListModel::noteFinal(const TransferInfo &before, const TransferInfo &after)
{
    if (m_history && Net::isFinalState(after.state)
        && (!Net::isFinalState(before.state) || before.id != after.id))
        m_history->record(after);
}

void TransferListModel::insertSorted(const Row &row)
{
    const int at = sortedPosition(row.info, -1);
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    endInsertRows();
}

void TransferListModel::removeRowAt(int row)
{
    m_pending.remove(m_rows.at(row).info.id);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int TransferListModel::sortedPosition(const TransferInfo &info, int skip) const
{
    int position = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != skip && before(m_rows.at(i).info, info))
            ++position;
    }
    return position;
}

} // namespace Ferry::Ui
