#include "ui/models/transferhistory.h"

#include "ui/models/historyentry.h"
#include "ui/models/uilog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Ferry::Ui {

using Net::TransferInfo;

namespace {

constexpr int kVersion = 1;
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Newest first: the latest finished, then the latest started, then by id (a total order, so
// that a file sorts the same way every time).
bool newer(const TransferInfo &a, const TransferInfo &b)
{
    if (a.finishedMs != b.finishedMs)
        return a.finishedMs > b.finishedMs;
    if (a.startedMs != b.startedMs)
        return a.startedMs > b.startedMs;
    return a.id < b.id;
}

} // namespace

TransferHistory::TransferHistory(const QString &filePath, QObject *parent)
    : QObject(parent), m_path(filePath)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &TransferHistory::flush);
}

TransferHistory::~TransferHistory()
{
    flush();
}

void TransferHistory::load()
{
    // What changed since the last load is written first. What could not be written, or was
    // recorded before the first load, is merged into what the file holds: it never replaces it.
    if (m_loaded)
        flush();
    const QList<TransferInfo> unsaved = m_dirty ? m_entries : QList<TransferInfo>{};
    m_loaded = true;
    m_saveTimer.stop();
    m_dirty = false;
    m_entries.clear();
    m_loadError.clear();
    read();
    for (const TransferInfo &entry : unsaved)
        insert(entry);
    if (!unsaved.isEmpty())
        scheduleSave();
    Q_EMIT changed();
}

void TransferHistory::read()
{
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return;
    QFile file(m_path);
    QString why;
    if (!info.isFile())
        why = tr("it is not a regular file");
    else if (info.size() > kMaxFileBytes)
        why = tr("it is larger than %1 bytes").arg(kMaxFileBytes);
    else if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (const QByteArray json = file.read(kMaxFileBytes + 1); json.size() > kMaxFileBytes)
        why = tr("it is larger than %1 bytes").arg(kMaxFileBytes);
    else
        parse(json, &why);
    file.close();
    if (!why.isEmpty()) {
        m_entries.clear();
        moveAside(why);
    }
}

bool TransferHistory::parse(const QByteArray &json, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = tr("it is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    const QJsonValue transfers = root.value(QLatin1String("transfers"));
    if (!document.isObject() || !version.isDouble() || !transfers.isArray()) {
        *why = tr("it is not a transfer history");
        return false;
    }
    if (version.toDouble() != kVersion) {
        *why = tr("it has version %1, this version of Ferry reads version %2")
                   .arg(version.toDouble())
                   .arg(kVersion);
        return false;
    }
    int skipped = 0;
    for (const QJsonValue &value : transfers.toArray()) {
        QString entryWhy = tr("not an object");
        const std::optional<TransferInfo> entry
            = value.isObject() ? HistoryEntry::fromJson(value.toObject(), &entryWhy) : std::nullopt;
        const bool duplicate = entry
            && std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [&](const TransferInfo &e) { return e.id == entry->id; });
        if (!entry || duplicate) {
            if (++skipped <= 3)
                qCWarning(lcUi) << "transfer history" << m_path << "entry skipped:"
                                << (duplicate ? QStringLiteral("duplicate id") : entryWhy);
            continue;
        }
        m_entries.append(*entry);
    }
    if (skipped > 3)
        qCWarning(lcUi) << "transfer history" << m_path << skipped << "entries skipped";
    std::stable_sort(m_entries.begin(), m_entries.end(), newer);
    if (m_entries.size() > kMaxEntries) {
        m_entries.resize(kMaxEntries);
        scheduleSave(); // the file holds more than it may: write it back within the cap
    }
    return true;
}

void TransferHistory::moveAside(const QString &why)
{
    // An earlier unreadable copy is kept too: the new one gets a number.
    QString aside = m_path + QStringLiteral(".unreadable");
    for (int n = 1; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
        aside = m_path + QStringLiteral(".unreadable.%1").arg(n);
    if (QFile::rename(m_path, aside))
        m_loadError = tr("The transfer history %1 could not be read (%2); it was moved to %3.")
                          .arg(m_path, why, aside);
    else
        m_loadError = tr("The transfer history %1 could not be read (%2) nor moved aside.")
                          .arg(m_path, why);
    qCWarning(lcUi).noquote() << m_loadError;
}

QString TransferHistory::loadError() const
{
    return m_loadError;
}

QString TransferHistory::saveError() const
{
    return m_saveError;
}

QList<TransferInfo> TransferHistory::entries() const
{
    return m_entries;
}

void TransferHistory::record(const TransferInfo &info)
{
    if (!Net::isFinalState(info.state))
        return;
    QString why;
    // Only what load() would read back is recorded (the same checks, the same limits).
    const std::optional<TransferInfo> entry
        = HistoryEntry::fromJson(HistoryEntry::toJson(HistoryEntry::finished(info)), &why);
    if (!entry) {
        qCWarning(lcUi) << "transfer" << info.id << "not kept in the history:" << why;
        return;
    }
    insert(*entry);
    scheduleSave();
    Q_EMIT changed();
}

void TransferHistory::insert(const TransferInfo &entry)
{
    m_entries.removeIf([&](const TransferInfo &e) { return e.id == entry.id; });
    m_entries.insert(std::upper_bound(m_entries.begin(), m_entries.end(), entry, newer), entry);
    if (m_entries.size() > kMaxEntries)
        m_entries.resize(kMaxEntries);
}

bool TransferHistory::forget(const QUuid &id)
{
    if (m_entries.removeIf([&](const TransferInfo &e) { return e.id == id; }) == 0)
        return false;
    scheduleSave();
    Q_EMIT changed();
    return true;
}

void TransferHistory::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    scheduleSave();
    Q_EMIT changed();
}

void TransferHistory::scheduleSave()
{
    m_dirty = true;
    // Not restarted by later changes: a steady stream of them still gets written.
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

QByteArray TransferHistory::serialise(int count) const
{
    QJsonArray transfers;
    for (int i = 0; i < count; ++i)
        transfers.append(HistoryEntry::toJson(m_entries.at(i)));
    QJsonObject root;
    root.insert(QLatin1String("version"), kVersion);
    root.insert(QLatin1String("transfers"), transfers);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void TransferHistory::flush()
{
    m_saveTimer.stop();
    if (!m_dirty)
        return;
    if (!m_loaded) {
        load(); // so that what the file holds is kept: load() merges and leaves it dirty
        m_saveTimer.stop();
    }
    // What load() would refuse is not written: the oldest entries go until it fits.
    int count = int(m_entries.size());
    QByteArray json = serialise(count);
    while (json.size() > kMaxFileBytes && count > 0)
        json = serialise(count = count * 3 / 4);
    const QFileInfo info(m_path);
    QSaveFile file(m_path);
    if (info.isSymLink()) // QSaveFile would write to wherever it points
        m_saveError = tr("%1 is a symbolic link").arg(m_path);
    else if (!QDir().mkpath(info.absolutePath()))
        m_saveError = tr("cannot create the folder %1").arg(info.absolutePath());
    else if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kFileMode)
             || file.write(json) != json.size() || !file.commit())
        m_saveError = tr("cannot save %1: %2").arg(m_path, file.errorString());
    else
        m_saveError.clear();
    if (!m_saveError.isEmpty()) {
        qCWarning(lcUi).noquote() << "transfer history not saved:" << m_saveError;
        return; // still dirty: the next change or flush tries again
    }
    m_dirty = false;
    if (count < m_entries.size()) {
        m_entries.resize(count);
        Q_EMIT changed();
    }
}

} // namespace Ferry::Ui
