#pragma once

#include "net/deviceidentity.h"
#include "net/keystorage.h"
#include "net/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Ferry::Net {

// Loads this device's identity (its Ed25519 seed) from the keychain, or creates and stores one.
// When the keychain is not usable (unavailable, failing, or silent past the timeout) the key goes
// to the fallback file store instead, and loaded() carries a warning that says so. A key found in
// the fallback file is moved into the keychain once the keychain works. A stored key that is
// malformed is reported through failed() and never replaced: replacing it would silently change
// the device's identity.
//
// load() ends with exactly one of loaded() or failed(), even if a store never calls back.
class IdentityStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityStore)
public:
    // keychain may be null (no keychain on this system); fallbackFile may be null (then a keychain
    // failure is fatal). Neither is owned; both must outlive this object's load().
    IdentityStore(SecretStore *keychain, SecretStore *fallbackFile, QString keyName,
                  std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdentityStore() override;

    // Starts loading; ignored (with a log message) while a load is already running.
    void load();
    bool isLoading() const { return m_loading; }

signals:
    void loaded(const Ferry::Net::DeviceIdentity &identity, const Ferry::Net::KeyStorage &storage);
    void failed(const QString &reason);

private:
    using Next = std::function<void(const SecretStore::Result &)>;
    enum class Operation { Read, Write, Remove };

    void call(SecretStore *store, Operation operation, const QByteArray &secret, Next next);
    void finishCall(const SecretStore::Result &result);
    void onCallTimedOut();

    void readKeychain();
    void onKeychainRead(const SecretStore::Result &result);
    void onFallbackReadForImport(const SecretStore::Result &result);
    void importIntoKeychain(const DeviceIdentity &identity);
    void createInKeychain();
    void useFallback(const QString &keychainProblem);
    void createInFallback(const QString &keychainProblem, const DeviceIdentity &identity);

    QString corruptKeyReason(SecretStore *store, const SecretStore::Result &result) const;
    QString describe(SecretStore *store) const;
    QString problemText(SecretStore *store, const SecretStore::Result &result) const;
    QString fallbackWarning(const QString &keychainProblem) const;
    void finishLoaded(const DeviceIdentity &identity, KeyStorage storage);
    void finishFailed(const QString &reason);

    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_fallback;
    QString m_keyName;
    std::chrono::milliseconds m_timeout;
    QTimer m_callTimer;
    QPointer<SecretStore> m_callStore;
    Next m_next;
    quint64 m_callId = 0; // answers to older calls (late, after a timeout) are ignored
    bool m_loading = false;
};

} // namespace Ferry::Net
