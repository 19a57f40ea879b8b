#pragma once

#include "net/operations/spacedrop/spacedropentry.h"
#include "net/remoteidentity.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Ferry::Net {

// What a receiver keeps of an accepted, unfinished Spacedrop transfer so that it can resume it,
// even after a restart (docs/PROTOCOL.md §13.3). Stored as JSON; parsing treats the file as
// untrusted (it is checked as strictly as an offer from the network).
struct IncomingManifest
{
    QUuid id;
    RemoteIdentity sender;
    QString senderName;
    QString message;
    QString destination; // absolute folder
    SpacedropEntries entries;
    QStringList localPaths; // one per entry, relative to destination (DestinationPlan)
    QByteArray entriesDigest; // SHA-256 of EntryBatch::encodeAll(entries) concatenated
    quint32 resumeIndex = 0; // file entries below are complete (a lower bound, see §13.3)
    qint64 createdMs = 0;
    qint64 interruptedMs = 0; // TransferInfo::interruptedSinceMs when saved

    QByteArray toJson() const;
    static std::optional<IncomingManifest> fromJson(QByteArrayView json, QString *why = nullptr);
};

// What a sender keeps of an interrupted transfer so that it can retry it after a restart.
struct OutgoingManifest
{
    QUuid id;
    RemoteIdentity peer;
    QString peerName;
    QString message;
    SpacedropEntries entries;
    QStringList sourcePaths; // one absolute local path per entry
    qint64 createdMs = 0;
    qint64 interruptedMs = 0; // TransferInfo::interruptedSinceMs when saved

    QByteArray toJson() const;
    static std::optional<OutgoingManifest> fromJson(QByteArrayView json, QString *why = nullptr);
};

// SHA-256 over the encoded entries, as IncomingManifest::entriesDigest.
QByteArray entriesDigest(const SpacedropEntries &entries);

// One folder of manifest files "<uuid>.json", written atomically (QSaveFile), owner-only.
class ManifestStore
{
public:
    explicit ManifestStore(QString folder);

    bool saveIncoming(const IncomingManifest &manifest, QString *error = nullptr);
    bool saveOutgoing(const OutgoingManifest &manifest, QString *error = nullptr);
    void remove(const QUuid &id);
    // Every manifest that parses; files that do not are reported in problems and left alone.
    QList<IncomingManifest> loadIncoming(QStringList *problems = nullptr) const;
    QList<OutgoingManifest> loadOutgoing(QStringList *problems = nullptr) const;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace Ferry::Net
