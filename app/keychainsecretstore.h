#pragma once

#include "net/secretstore.h"

#include <qt6keychain/keychain.h>

#include <chrono>

namespace Ferry::App {

// SecretStore over QtKeychain (the Secret Service through libsecret on Linux), service "Ferry".
// QtKeychain has no timeout of its own for libsecret and can wait forever for an unlock prompt
// nobody sees (toolchain.md §4), so every call has one and then reports Status::TimedOut.
//
// A job still running at the timeout is never deleted: libsecret keeps a raw pointer to it and
// would call into freed memory. It deletes itself when it finishes, and its late answer is
// dropped. Each call is reported exactly once, asynchronously, and never after this store is
// destroyed.
class KeychainSecretStore : public Net::SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    static constexpr char kServiceName[] = "Ferry";

    explicit KeychainSecretStore(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;

    // How a QtKeychain error maps onto our statuses (public for tests).
    static Status statusFor(QKeychain::Error error, const QString &errorString);

private:
    void start(QKeychain::Job *job, Callback done);

    std::chrono::milliseconds m_timeout;
};

} // namespace Ferry::App
