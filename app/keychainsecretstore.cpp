#include "app/keychainsecretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ferry::App {

namespace {
Q_LOGGING_CATEGORY(lcIdentity, "ferry.identity", QtInfoMsg)

using Status = Net::SecretStore::Status;
using Result = Net::SecretStore::Result;

// QtKeychain reports a missing or unreachable D-Bus session as OtherError with GLib's message
// ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: No such file or
// directory"); for us that means "no keychain here", not a broken one. GLib's messages can be
// translated, so this is best effort: a miss gives Failed, which callers treat alike.
bool meansNoService(const QString &text)
{
    return text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("Could not connect"), Qt::CaseInsensitive);
}

Result resultOf(const QKeychain::Job *job)
{
    const Status status = KeychainSecretStore::statusFor(job->error(), job->errorString());
    if (status != Status::Ok)
        return {status, {}, job->errorString()};
    const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(job);
    return {Status::Ok, read ? read->binaryData() : QByteArray(), {}};
}

// One call's answer, shared by the job's finished handler and the timeout: first one wins.
struct PendingCall
{
    Net::SecretStore::Callback done;
    bool answered = false;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout, QObject *parent)
    : SecretStore(parent), m_timeout(timeout)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kServiceName));
    job->setKey(key);
    start(job, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kServiceName));
    job->setKey(key);
    job->setBinaryData(secret);
    start(job, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kServiceName));
    job->setKey(key);
    start(job, std::move(done));
}

QString KeychainSecretStore::description() const
{
    return tr("Secret Service keychain");
}

Net::SecretStore::Status KeychainSecretStore::statusFor(QKeychain::Error error,
                                                        const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Unavailable;
    case QKeychain::OtherError:
        return meansNoService(errorString) ? Status::Unavailable : Status::Failed;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Status::Failed;
}

void KeychainSecretStore::start(QKeychain::Job *job, Callback done)
{
    // Never a plain-text file behind our back: our own FileSecretStore is the explicit fallback.
    job->setInsecureFallback(false);
    job->setAutoDelete(false);

    auto call = std::make_shared<PendingCall>();
    call->done = std::move(done);
    const QPointer<KeychainSecretStore> self(this);

    // The timer belongs to this store: it dies with it, so no TimedOut after destruction.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const QString key = job->key();
    const double seconds = double(m_timeout.count()) / 1000.0;
    connect(timer, &QTimer::timeout, this, [call, timer, key, seconds] {
        timer->deleteLater();
        if (std::exchange(call->answered, true))
            return;
        qCWarning(lcIdentity) << "keychain call for" << key << "timed out";
        call->done({Status::TimedOut,
                    {},
                    tr("the keychain (Secret Service) did not answer in %1 s")
                        .arg(QString::number(seconds, 'g', 3))});
    });

    // Unparented job, deleted when it finishes, however late. QtKeychain emits finished from
    // inside libsecret's callback; the answer is queued so that the caller never runs there.
    const QPointer<QTimer> guardTimer(timer);
    connect(job, &QKeychain::Job::finished, job, [self, call, guardTimer](QKeychain::Job *j) {
        j->deleteLater();
        if (guardTimer) {
            guardTimer->stop();
            guardTimer->deleteLater();
        }
        if (!self || call->answered) {
            qCDebug(lcIdentity) << "ignoring a late keychain answer for" << j->key();
            return;
        }
        call->answered = true;
        const Result result = resultOf(j);
        QMetaObject::invokeMethod(
            self, [call, result] { call->done(result); }, Qt::QueuedConnection);
    });
    timer->start(m_timeout);
    job->start();
}

} // namespace Ferry::App
