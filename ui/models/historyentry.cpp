#include "ui/models/historyentry.h"

#include <QDir>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace Ferry::Ui::HistoryEntry {

using Net::TransferDirection;
using Net::TransferInfo;
using Net::TransferState;

namespace {

// 9999-12-31: a later time is not a time a transfer happened.
constexpr qint64 kMaxTimeMs = 253'402'300'799'999;

const QLatin1String kOutgoing("outgoing");
const QLatin1String kIncoming("incoming");

// The final states by their stored names (transferStateName() spells them the same way today,
// but is for logs and may change: the file format may not).
const QList<QPair<TransferState, QLatin1String>> &stateNames()
{
    static const QList<QPair<TransferState, QLatin1String>> names{
        {TransferState::Completed, QLatin1String("completed")},
        {TransferState::Failed, QLatin1String("failed")},
        {TransferState::Declined, QLatin1String("declined")},
        {TransferState::Cancelled, QLatin1String("cancelled")},
    };
    return names;
}

// Reads fields of one object, remembering the first thing wrong.
class Reader
{
public:
    explicit Reader(const QJsonObject &object) : m_object(object) { }

    bool ok() const { return m_why.isEmpty(); }
    QString why() const { return m_why; }

    QString text(QLatin1String key, qsizetype maxSize, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, QStringLiteral("not a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxSize) {
            fail(key, QStringLiteral("longer than %1").arg(maxSize));
            return {};
        }
        return s;
    }
    QString path(QLatin1String key)
    {
        const QString p = text(key, kMaxPath);
        if (!p.isEmpty() && (!QDir::isAbsolutePath(p) || p.contains(QChar(u'\0'))))
            fail(key, QStringLiteral("not an absolute path"));
        return p;
    }
    // An integral JSON number in [min, max].
    qint64 number(QLatin1String key, qint64 min, qint64 max, qint64 fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min)
            || d > double(max)) {
            fail(key, QStringLiteral("not an integer in [%1, %2]").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }
    // A decimal string in its one canonical spelling, in [0, max].
    quint64 decimal(QLatin1String key, quint64 max)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return 0;
        bool ok = false;
        const quint64 value = v.toString().toULongLong(&ok);
        if (!v.isString() || !ok || v.toString() != QString::number(value) || value > max) {
            fail(key, QStringLiteral("not a decimal number up to %1").arg(max));
            return 0;
        }
        return value;
    }
    bool flag(QLatin1String key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isBool())
            fail(key, QStringLiteral("not true or false"));
        return v.toBool();
    }
    void fail(QLatin1String key, const QString &what)
    {
        if (m_why.isEmpty())
            m_why = QStringLiteral("%1: %2").arg(key, what);
    }

private:
    const QJsonObject &m_object;
    QString m_why;
};

QString decimalText(quint64 value)
{
    return QString::number(value);
}

bool readIdentity(Reader &r, TransferInfo &info)
{
    const auto identity = Net::RemoteIdentity::fromText(r.text(QLatin1String("peer"), 64, true));
    if (r.ok() && !identity)
        r.fail(QLatin1String("peer"), QStringLiteral("not an identity"));
    if (identity)
        info.peer = *identity;
    return r.ok();
}

void readHead(Reader &r, TransferInfo &info)
{
    info.id = QUuid::fromString(r.text(QLatin1String("id"), 38, true));
    if (r.ok() && info.id.isNull())
        r.fail(QLatin1String("id"), QStringLiteral("not a UUID"));
    const QString direction = r.text(QLatin1String("direction"), 16, true);
    if (direction == kOutgoing || direction == kIncoming)
        info.direction
            = direction == kIncoming ? TransferDirection::Incoming : TransferDirection::Outgoing;
    else
        r.fail(QLatin1String("direction"), QStringLiteral("neither incoming nor outgoing"));
    const QString state = r.text(QLatin1String("state"), 16, true);
    const auto &names = stateNames();
    const auto it = std::find_if(names.cbegin(), names.cend(),
                                 [&](const auto &entry) { return entry.second == state; });
    if (it == names.cend())
        r.fail(QLatin1String("state"), QStringLiteral("not the state of a finished transfer"));
    else
        info.state = it->first;
    readIdentity(r, info);
}

void readBody(Reader &r, TransferInfo &info)
{
    info.peerName = r.text(QLatin1String("peerName"), kMaxText);
    info.message = r.text(QLatin1String("message"), kMaxText);
    info.firstName = r.text(QLatin1String("firstName"), kMaxText);
    info.destination = r.path(QLatin1String("destination"));
    info.localPath = r.path(QLatin1String("localPath"));
    info.fileCount = int(r.number(QLatin1String("fileCount"), 0, kMaxCount, 0));
    info.folderCount = int(r.number(QLatin1String("folderCount"), 0, kMaxCount, 0));
    info.topLevelCount = int(r.number(QLatin1String("topLevelCount"), 0, kMaxCount, 0));
    info.filesDone = int(r.number(QLatin1String("filesDone"), 0, kMaxCount, 0));
    info.totalBytes = r.decimal(QLatin1String("totalBytes"), std::numeric_limits<quint64>::max());
    info.doneBytes = r.decimal(QLatin1String("doneBytes"), info.totalBytes);
    info.error.code = Net::ErrorCode(r.number(QLatin1String("errorCode"), 0, 0xFFFF, 0));
    info.error.detail = r.text(QLatin1String("errorDetail"), kMaxText);
    info.error.remote = r.flag(QLatin1String("errorRemote"));
    info.declineReason = int(r.number(QLatin1String("declineReason"), 0, 0xFF, 0));
    info.startedMs = qint64(r.decimal(QLatin1String("startedMs"), kMaxTimeMs));
    info.finishedMs = qint64(r.decimal(QLatin1String("finishedMs"), kMaxTimeMs));
    info.attempts = int(r.number(QLatin1String("attempts"), 0, kMaxCount, 1));
    if (r.ok() && info.filesDone > info.fileCount)
        r.fail(QLatin1String("filesDone"), QStringLiteral("more than fileCount"));
}

} // namespace

QJsonObject toJson(const TransferInfo &info)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), info.id.toString(QUuid::WithoutBraces));
    o.insert(QLatin1String("direction"),
             info.direction == TransferDirection::Incoming ? kIncoming : kOutgoing);
    o.insert(QLatin1String("peer"), info.peer.toText());
    for (const auto &[state, name] : stateNames()) {
        if (state == info.state)
            o.insert(QLatin1String("state"), name);
    }
    o.insert(QLatin1String("peerName"), info.peerName);
    o.insert(QLatin1String("message"), info.message);
    o.insert(QLatin1String("firstName"), info.firstName);
    o.insert(QLatin1String("destination"), info.destination);
    o.insert(QLatin1String("localPath"), info.localPath);
    o.insert(QLatin1String("fileCount"), info.fileCount);
    o.insert(QLatin1String("folderCount"), info.folderCount);
    o.insert(QLatin1String("topLevelCount"), info.topLevelCount);
    o.insert(QLatin1String("filesDone"), info.filesDone);
    o.insert(QLatin1String("totalBytes"), decimalText(info.totalBytes));
    o.insert(QLatin1String("doneBytes"), decimalText(info.doneBytes));
    o.insert(QLatin1String("errorCode"), int(info.error.code));
    o.insert(QLatin1String("errorDetail"), info.error.detail);
    o.insert(QLatin1String("errorRemote"), info.error.remote);
    o.insert(QLatin1String("declineReason"), info.declineReason);
    o.insert(QLatin1String("startedMs"), decimalText(quint64(qMax<qint64>(info.startedMs, 0))));
    o.insert(QLatin1String("finishedMs"), decimalText(quint64(qMax<qint64>(info.finishedMs, 0))));
    o.insert(QLatin1String("attempts"), info.attempts);
    return o;
}

std::optional<TransferInfo> fromJson(const QJsonObject &object, QString *why)
{
    Reader r(object);
    TransferInfo info;
    readHead(r, info);
    if (r.ok())
        readBody(r, info);
    if (!r.ok()) {
        if (why)
            *why = r.why();
        return std::nullopt;
    }
    return info;
}

TransferInfo finished(const TransferInfo &info)
{
    TransferInfo kept = info;
    kept.pausedHere = false;
    kept.pausedByPeer = false;
    kept.currentFile.clear();
    kept.currentFileBytes = 0;
    kept.currentFileSize = 0;
    kept.bytesPerSecond = 0;
    kept.etaSeconds = -1;
    return kept;
}

} // namespace Ferry::Ui::HistoryEntry
