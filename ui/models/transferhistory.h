#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QObject>
#include <QTimer>

namespace Ferry::Ui {

// Finished transfers kept across restarts: a JSON file (written atomically with QSaveFile, a
// short while after a change) of at most kMaxEntries snapshots, newest first. A file that cannot
// be read is moved aside as "<file>.unreadable" and reported through loadError(); nothing else
// is lost. Entries that do not validate are skipped (and logged), not the file.
// Format: {"version": 1, "transfers": [<HistoryEntry>, …]}, newest first (see historyentry.h).
class TransferHistory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferHistory)
public:
    static constexpr int kMaxEntries = 200;
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    explicit TransferHistory(const QString &filePath, QObject *parent = nullptr);
    ~TransferHistory() override; // writes what is pending

    static constexpr int kSaveDelayMs = 500;

    // Reads the file (again). Entries recorded and not written yet are kept, merged into the
    // file's; so recording before the first load() loses nothing either. Emits changed().
    void load();
    QString loadError() const; // empty when the last load() was fine or found no file
    QList<Net::TransferInfo> entries() const; // newest first

    // Records a transfer that reached a final state (others are ignored); replaces an entry
    // with the same id.
    void record(const Net::TransferInfo &info);
    bool forget(const QUuid &id);
    void clear();
    void flush(); // writes now if anything changed
    QString filePath() const { return m_path; }
    QString saveError() const; // empty when the last write worked (or nothing was written)

Q_SIGNALS:
    void changed();

private:
    void read(); // the file's entries into m_entries (moving an unreadable file aside)
    void insert(const Net::TransferInfo &entry); // in order, replacing the same id, capped
    void scheduleSave();
    void moveAside(const QString &why);
    bool parse(const QByteArray &json, QString *why);
    QByteArray serialise(int count) const;

    QString m_path;
    QList<Net::TransferInfo> m_entries; // newest (latest finished) first
    QString m_loadError;
    QString m_saveError;
    bool m_loaded = false;
    bool m_dirty = false;
    QTimer m_saveTimer;
};

} // namespace Ferry::Ui
