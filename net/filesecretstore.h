#pragma once

#include "net/secretstore.h"

namespace Ferry::Net {

// Secrets kept as files in one directory, readable only by the user: the fallback when no system
// keychain answers. The directory is created 0700; each secret is one file, written atomically
// (QSaveFile) with permissions 0600, named by the SHA-256 of its key so that no key can name a
// path outside the directory. Reads refuse files that other users could read or write, that are
// not regular files (symlinks included), that belong to another user, or that exceed
// kMaxSecretSize. The file I/O is synchronous; results are still delivered asynchronously.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretStore)
public:
    static constexpr qint64 kMaxSecretSize = 4096;

    explicit FileSecretStore(const QString &directory, QObject *parent = nullptr);
    ~FileSecretStore() override;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;

    QString directory() const { return m_directory; }
    // Where the secret for key lives (whether or not it exists).
    QString filePath(const QString &key) const;

private:
    Result readNow(const QString &key) const;
    Result writeNow(const QString &key, const QByteArray &secret) const;
    Result removeNow(const QString &key) const;
    QString ensureDirectory() const; // empty on success, else why not
    void finishLater(Callback done, Result result);

    QString m_directory;
};

} // namespace Ferry::Net
