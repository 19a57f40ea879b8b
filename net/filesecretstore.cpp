#include "net/filesecretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Ferry::Net {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kDirectoryMode = kOwnerOnly | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthersMask = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// "0644" for the familiar chmod notation in messages.
QString octalMode(QFileDevice::Permissions permissions)
{
    const uint p = uint(permissions.toInt());
    const uint mode = (((p >> 12) & 7) << 6) | (((p >> 4) & 7) << 3) | (p & 7);
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

FileSecretStore::FileSecretStore(const QString &directory, QObject *parent)
    : SecretStore(parent), m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{ }

FileSecretStore::~FileSecretStore() = default;

void FileSecretStore::read(const QString &key, Callback done)
{
    finishLater(std::move(done), readNow(key));
}

void FileSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    finishLater(std::move(done), writeNow(key, secret));
}

void FileSecretStore::remove(const QString &key, Callback done)
{
    finishLater(std::move(done), removeNow(key));
}

QString FileSecretStore::description() const
{
    return tr("file in %1").arg(QDir::toNativeSeparators(m_directory));
}

QString FileSecretStore::filePath(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash.toHex())
        + QLatin1String(".secret");
}

SecretStore::Result FileSecretStore::readNow(const QString &key) const
{
    const QString path = filePath(key);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isSymLink())
        return {Status::Failed, {}, tr("%1 is a symbolic link, not a regular file").arg(shown)};
    if (!info.exists())
        return {Status::NotFound, {}, tr("%1 does not exist").arg(shown)};
    if (!info.isFile())
        return {Status::Failed, {}, tr("%1 is not a regular file").arg(shown)};
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::geteuid())
        return {Status::Failed, {}, tr("%1 belongs to another user").arg(shown)};
#endif
    if (info.permissions() & kOthersMask) {
        return {Status::Failed,
                {},
                tr("%1 can be accessed by other users (permissions %2); refusing to use it. "
                   "Make it readable only by you (chmod 600) or delete it")
                    .arg(shown, octalMode(info.permissions()))};
    }
    if (info.size() > kMaxSecretSize) {
        return {Status::Failed,
                {},
                tr("%1 is %2 bytes, more than the %3 bytes a secret may have")
                    .arg(shown)
                    .arg(info.size())
                    .arg(kMaxSecretSize)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Status::Failed, {}, tr("cannot open %1: %2").arg(shown, file.errorString())};
    // Read one byte more than allowed so that a file that grew since the check is refused too.
    QByteArray data = file.read(kMaxSecretSize + 1);
    if (data.size() > kMaxSecretSize)
        return {
            Status::Failed, {}, tr("%1 is larger than %2 bytes").arg(shown).arg(kMaxSecretSize)};
    if (file.error() != QFileDevice::NoError)
        return {Status::Failed, {}, tr("cannot read %1: %2").arg(shown, file.errorString())};
    return {Status::Ok, std::move(data), {}};
}

SecretStore::Result FileSecretStore::writeNow(const QString &key, const QByteArray &secret) const
{
    if (secret.size() > kMaxSecretSize) {
        return {Status::Failed,
                {},
                tr("a secret of %1 bytes is larger than the %2 bytes allowed")
                    .arg(secret.size())
                    .arg(kMaxSecretSize)};
    }
    if (const QString why = ensureDirectory(); !why.isEmpty())
        return {Status::Failed, {}, why};
    const QString path = filePath(key);
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {Status::Failed, {}, tr("cannot create %1: %2").arg(shown, file.errorString())};
    // Restrict the temporary file before a single secret byte goes into it; the rename in
    // commit() keeps these permissions.
    if (!file.setPermissions(kOwnerOnly)) {
        const QString error = file.errorString();
        file.cancelWriting();
        return {
            Status::Failed, {}, tr("cannot restrict the permissions of %1: %2").arg(shown, error)};
    }
    if (file.write(secret) != secret.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return {Status::Failed, {}, tr("cannot write %1: %2").arg(shown, error)};
    }
    if (!file.commit())
        return {Status::Failed, {}, tr("cannot save %1: %2").arg(shown, file.errorString())};
    return {Status::Ok, {}, {}};
}

SecretStore::Result FileSecretStore::removeNow(const QString &key) const
{
    const QString path = filePath(key);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {Status::NotFound, {}, tr("%1 does not exist").arg(shown)};
    QFile file(path);
    if (!file.remove())
        return {Status::Failed, {}, tr("cannot delete %1: %2").arg(shown, file.errorString())};
    return {Status::Ok, {}, {}};
}

QString FileSecretStore::ensureDirectory() const
{
    const QString shown = QDir::toNativeSeparators(m_directory);
    const QFileInfo info(m_directory);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink())
        return tr("%1 exists and is not a directory").arg(shown);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("cannot create the directory %1")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    // Created with its final mode, so there is no moment where others could list it.
    if (!QDir().mkdir(m_directory, kDirectoryMode))
        return tr("cannot create the directory %1").arg(shown);
    return {};
}

void FileSecretStore::finishLater(Callback done, Result result)
{
    QTimer::singleShot(0, this,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace Ferry::Net
