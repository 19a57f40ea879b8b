#include "app/control/instanceguard.h"

#include "app/control/controlclient.h"
#include "app/control/controlmessage.h"
#include "app/control/controlvalues.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace Ferry::App {

namespace {

// sockaddr_un's sun_path holds 108 bytes, its terminating NUL included.
constexpr qsizetype kMaxSocketPath = 107;
constexpr int kConnectMs = 1000;

QString canonical(const QString &dataDir)
{
    const QString path = QFileInfo(dataDir).canonicalFilePath();
    return path.isEmpty() ? QDir(dataDir).absolutePath() : path;
}

// Says hello on a fresh connection and reads the answer. True when the claim is settled:
// Running (welcomed) or Failed (the node refused us); false to try again.
bool askRunning(InstanceGuard::Claim &claim, const InstanceGuard::Claimant &as,
                const QDeadlineTimer &deadline, QString *problem)
{
    auto socket = std::make_unique<QLocalSocket>();
    socket->connectToServer(claim.socketPath);
    if (!socket->waitForConnected(int(qMin<qint64>(deadline.remainingTime(), kConnectMs)))) {
        *problem = socket->errorString();
        return false;
    }
    socket->write(ControlClient::hello(as.kind, as.command).encode());
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!socket->waitForReadyRead(int(deadline.remainingTime()))) {
            *problem = socket->state() == QLocalSocket::ConnectedState
                ? QStringLiteral("no answer")
                : QStringLiteral("it closed the connection");
            return false;
        }
        buffer += socket->readAll();
        const auto result = ControlMessage::decode(buffer);
        if (result.status == Net::DecodeStatus::NeedMore)
            continue;
        if (!result.isOk()) {
            *problem = QStringLiteral("a bad answer: %1").arg(result.why);
            return false;
        }
        buffer.remove(0, result.consumed);
        const ControlMessage &message = *result.value;
        if (message.type == ControlMessage::Type::Error) {
            claim.status = InstanceGuard::Claim::Status::Failed;
            claim.error = QStringLiteral("the running Ferry node refused this command: %1")
                              .arg(message.fields.value(QStringLiteral("message")).toString());
            return true;
        }
        if (message.type != ControlMessage::Type::Welcome) {
            *problem
                = QStringLiteral("an unexpected %1").arg(ControlMessage::typeName(message.type));
            return false;
        }
        claim.node = *ControlValues::nodeFromJson(
            message.fields.value(QStringLiteral("node")).toObject(), nullptr);
        claim.client = std::make_unique<ControlClient>(socket.release(), claim.node, buffer);
        claim.status = InstanceGuard::Claim::Status::Running;
        return true;
    }
    *problem = QStringLiteral("no answer");
    return false;
}

InstanceGuard::Claim &becomeOwner(InstanceGuard::Claim &claim, std::unique_ptr<QLockFile> lock)
{
    // Under the lock, a socket file at our path is a dead owner's: nobody serves it.
    QLocalServer::removeServer(claim.socketPath);
    claim.lock = std::move(lock);
    claim.status = InstanceGuard::Claim::Status::Owner;
    return claim;
}

} // namespace

InstanceGuard::Claim::Claim() = default;
InstanceGuard::Claim::Claim(Claim &&other) noexcept = default;
InstanceGuard::Claim &InstanceGuard::Claim::operator=(Claim &&other) noexcept = default;
InstanceGuard::Claim::~Claim() = default;

QString InstanceGuard::lockPathFor(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("ferry.lock"));
}

QString InstanceGuard::socketPathFor(const QString &dataDir)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    const QByteArray hash
        = QCryptographicHash::hash(canonical(dataDir).toUtf8(), QCryptographicHash::Sha256);
    const QString path = QDir(runtime).filePath(
        QStringLiteral("ferry-%1.sock").arg(QString::fromLatin1(hash.toHex().left(24))));
    return QFile::encodeName(path).size() <= kMaxSocketPath ? path : QString();
}

InstanceGuard::Claim InstanceGuard::claim(const QString &dataDir, const Claimant &as, int timeoutMs)
{
    Claim claim;
    if (!QDir().mkpath(dataDir)) {
        claim.error = QStringLiteral("cannot create the data folder %1").arg(dataDir);
        return claim;
    }
    claim.dataDir = canonical(dataDir);
    claim.socketPath = socketPathFor(claim.dataDir);
    if (claim.socketPath.isEmpty()) {
        claim.error = QStringLiteral("there is no private runtime folder for the control socket "
                                     "(is XDG_RUNTIME_DIR set, and short?)");
        return claim;
    }
    auto lock = std::make_unique<QLockFile>(lockPathFor(claim.dataDir));
    lock->setStaleLockTime(0); // a live node holds it for days; only a dead one's is stale
    const QDeadlineTimer deadline(timeoutMs);
    QString problem;
    for (;;) {
        if (lock->tryLock(0))
            return std::move(becomeOwner(claim, std::move(lock)));
        if (lock->error() != QLockFile::LockFailedError) {
            claim.error = QStringLiteral("cannot lock %1").arg(lockPathFor(claim.dataDir));
            return claim;
        }
        if (askRunning(claim, as, deadline, &problem))
            return claim;
        if (deadline.hasExpired())
            break;
        // The owner may be starting (not listening yet) or gone: wait on the lock itself.
        if (lock->tryLock(kRetryMs))
            return std::move(becomeOwner(claim, std::move(lock)));
        if (deadline.hasExpired())
            break;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    claim.error = QStringLiteral("another Ferry process (pid %1) holds the data folder %2, but its "
                                 "node does not answer on %3 (%4)")
                      .arg(pid)
                      .arg(claim.dataDir, claim.socketPath, problem);
    return claim;
}

} // namespace Ferry::App
