#include "net/identitystore.h"

#include <QLoggingCategory>

namespace Ferry::Net {

namespace {
Q_LOGGING_CATEGORY(lcIdentity, "ferry.identity", QtInfoMsg)

using Status = SecretStore::Status;
} // namespace

IdentityStore::IdentityStore(SecretStore *keychain, SecretStore *fallbackFile, QString keyName,
                             std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent),
      m_keychain(keychain),
      m_fallback(fallbackFile),
      m_keyName(std::move(keyName)),
      m_timeout(timeout)
{
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, &IdentityStore::onCallTimedOut);
}

IdentityStore::~IdentityStore() = default;

void IdentityStore::load()
{
    if (m_loading) {
        qCWarning(lcIdentity) << "load() called while loading; ignored";
        return;
    }
    m_loading = true;
    // Even the first step is deferred, so that no signal is ever emitted from inside load().
    QTimer::singleShot(0, this, &IdentityStore::readKeychain);
}

// One store call at a time, guarded by our own timer: a store that never answers (a Secret
// Service waiting for a prompt nobody sees) must not stall start-up.
void IdentityStore::call(SecretStore *store, Operation operation, const QByteArray &secret,
                         Next next)
{
    const quint64 id = ++m_callId;
    m_callStore = store;
    m_next = std::move(next);
    m_callTimer.start(m_timeout);
    const QPointer<IdentityStore> self(this);
    auto done = [self, id](const SecretStore::Result &result) {
        if (!self || self->m_callId != id || !self->m_next) {
            qCDebug(lcIdentity) << "ignoring a late answer from a secret store:"
                                << secretStatusName(result.status);
            return;
        }
        self->finishCall(result);
    };
    switch (operation) {
    case Operation::Read:
        store->read(m_keyName, done);
        break;
    case Operation::Write:
        store->write(m_keyName, secret, done);
        break;
    case Operation::Remove:
        store->remove(m_keyName, done);
        break;
    }
}

void IdentityStore::finishCall(const SecretStore::Result &result)
{
    m_callTimer.stop();
    ++m_callId;
    const Next next = std::exchange(m_next, {});
    next(result);
}

void IdentityStore::onCallTimedOut()
{
    const QString seconds = QString::number(double(m_timeout.count()) / 1000.0, 'g', 3);
    finishCall({Status::TimedOut, {}, tr("timed out: no answer within %1 s").arg(seconds)});
}

void IdentityStore::readKeychain()
{
    if (!m_keychain) {
        useFallback(tr("no system keychain is available"));
        return;
    }
    call(m_keychain, Operation::Read, {}, [this](const auto &r) { onKeychainRead(r); });
}

void IdentityStore::onKeychainRead(const SecretStore::Result &result)
{
    switch (result.status) {
    case Status::Ok: {
        const auto identity = DeviceIdentity::fromPrivateSeed(result.data);
        if (!identity) {
            finishFailed(corruptKeyReason(m_keychain, result));
            return;
        }
        // A fallback file left over from an earlier run stays where it is: the keychain wins.
        finishLoaded(*identity, {KeyStorage::Where::Keychain, describe(m_keychain), {}, false});
        return;
    }
    case Status::NotFound:
        if (!m_fallback) {
            createInKeychain();
            return;
        }
        call(m_fallback, Operation::Read, {},
             [this](const auto &r) { onFallbackReadForImport(r); });
        return;
    case Status::Unavailable:
    case Status::TimedOut:
    case Status::Failed:
        break;
    }
    useFallback(problemText(m_keychain, result));
}

void IdentityStore::onFallbackReadForImport(const SecretStore::Result &result)
{
    switch (result.status) {
    case Status::Ok: {
        const auto identity = DeviceIdentity::fromPrivateSeed(result.data);
        if (!identity) {
            finishFailed(corruptKeyReason(m_fallback, result));
            return;
        }
        importIntoKeychain(*identity);
        return;
    }
    case Status::NotFound:
        createInKeychain();
        return;
    case Status::Unavailable:
    case Status::TimedOut:
    case Status::Failed:
        break;
    }
    // A key may exist there; making a new one would silently change this device's identity.
    finishFailed(tr("The system keychain holds no device key, and the fallback key could not be "
                    "checked: %1. Ferry does not create a new identity while an existing key "
                    "may be unreadable.")
                     .arg(problemText(m_fallback, result)));
}

void IdentityStore::importIntoKeychain(const DeviceIdentity &identity)
{
    qCInfo(lcIdentity) << "moving the device key from" << describe(m_fallback) << "into"
                       << describe(m_keychain);
    call(m_keychain, Operation::Write, identity.privateSeed(), [this, identity](const auto &r) {
        if (r.status != Status::Ok) {
            const QString problem = problemText(m_keychain, r);
            finishLoaded(identity,
                         {KeyStorage::Where::FallbackFile, describe(m_fallback),
                          fallbackWarning(problem), false});
            return;
        }
        call(m_fallback, Operation::Remove, {}, [this, identity](const auto &removed) {
            if (removed.status != Status::Ok && removed.status != Status::NotFound) {
                qCWarning(lcIdentity)
                    << "the device key is now in the keychain, but the old"
                    << "copy could not be removed:" << problemText(m_fallback, removed);
            }
            finishLoaded(identity, {KeyStorage::Where::Keychain, describe(m_keychain), {}, false});
        });
    });
}

void IdentityStore::createInKeychain()
{
    const DeviceIdentity identity = DeviceIdentity::generate();
    if (identity.isNull()) {
        finishFailed(tr("Could not generate a device key (OpenSSL failed)."));
        return;
    }
    call(m_keychain, Operation::Write, identity.privateSeed(), [this, identity](const auto &r) {
        if (r.status == Status::Ok) {
            finishLoaded(identity, {KeyStorage::Where::Keychain, describe(m_keychain), {}, true});
            return;
        }
        const QString problem = problemText(m_keychain, r);
        if (!m_fallback) {
            finishFailed(tr("The device key could not be stored: %1.").arg(problem));
            return;
        }
        // The fallback was read just before (nothing there): store this same new key in it.
        createInFallback(problem, identity);
    });
}

void IdentityStore::useFallback(const QString &keychainProblem)
{
    qCInfo(lcIdentity) << "system keychain not usable:" << keychainProblem;
    if (!m_fallback) {
        finishFailed(tr("The system keychain could not be used (%1), and there is no fallback "
                        "key file.")
                         .arg(keychainProblem));
        return;
    }
    call(m_fallback, Operation::Read, {}, [this, keychainProblem](const auto &r) {
        switch (r.status) {
        case Status::Ok: {
            const auto identity = DeviceIdentity::fromPrivateSeed(r.data);
            if (!identity) {
                finishFailed(corruptKeyReason(m_fallback, r));
                return;
            }
            finishLoaded(*identity,
                         {KeyStorage::Where::FallbackFile, describe(m_fallback),
                          fallbackWarning(keychainProblem), false});
            return;
        }
        case Status::NotFound:
            createInFallback(keychainProblem, DeviceIdentity::generate());
            return;
        case Status::Unavailable:
        case Status::TimedOut:
        case Status::Failed:
            break;
        }
        finishFailed(tr("The system keychain could not be used (%1), and the fallback key could "
                        "not be read: %2.")
                         .arg(keychainProblem, problemText(m_fallback, r)));
    });
}

void IdentityStore::createInFallback(const QString &keychainProblem, const DeviceIdentity &identity)
{
    if (identity.isNull()) {
        finishFailed(tr("Could not generate a device key (OpenSSL failed)."));
        return;
    }
    call(m_fallback, Operation::Write, identity.privateSeed(),
         [this, keychainProblem, identity](const auto &r) {
             if (r.status != Status::Ok) {
                 finishFailed(tr("The device key could not be stored: the system keychain could "
                                 "not be used (%1), and writing the fallback key failed (%2).")
                                  .arg(keychainProblem, problemText(m_fallback, r)));
                 return;
             }
             finishLoaded(identity,
                          {KeyStorage::Where::FallbackFile, describe(m_fallback),
                           fallbackWarning(keychainProblem), true});
         });
}

QString IdentityStore::corruptKeyReason(SecretStore *store, const SecretStore::Result &result) const
{
    return tr("The device key stored in %1 under \"%2\" is corrupt (%3 bytes; a key has %4). "
              "Ferry will not replace it, because that would change this device's identity. "
              "Remove that entry to start over with a new identity.")
        .arg(describe(store), m_keyName)
        .arg(result.data.size())
        .arg(DeviceIdentity::kSeedSize);
}

QString IdentityStore::describe(SecretStore *store) const
{
    return store ? store->description() : tr("the secret store");
}

QString IdentityStore::problemText(SecretStore *store, const SecretStore::Result &result) const
{
    if (result.detail.isEmpty())
        return tr("%1: %2").arg(describe(store), secretStatusName(result.status));
    return tr("%1: %2").arg(describe(store), result.detail);
}

QString IdentityStore::fallbackWarning(const QString &keychainProblem) const
{
    return tr("The system keychain could not be used (%1). This device's private key is kept "
              "instead in a file that only your user account can read (%2).")
        .arg(keychainProblem, describe(m_fallback));
}

void IdentityStore::finishLoaded(const DeviceIdentity &identity, KeyStorage storage)
{
    m_loading = false;
    qCInfo(lcIdentity).noquote() << (storage.created ? "created" : "loaded") << "identity"
                                 << identity.remoteIdentity().shortText() << "in"
                                 << storage.location;
    if (!storage.warning.isEmpty())
        qCWarning(lcIdentity).noquote() << storage.warning;
    emit loaded(identity, storage);
}

void IdentityStore::finishFailed(const QString &reason)
{
    m_loading = false;
    qCWarning(lcIdentity).noquote() << "cannot load the device identity:" << reason;
    emit failed(reason);
}

} // namespace Ferry::Net
