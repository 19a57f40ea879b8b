#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Ferry::Net {

// Where secrets live (the device's private key). Our own interface so that the network layer does
// not depend on QtKeychain, and tests use an in-memory fake. Every call completes exactly once
// through its callback, always asynchronously (never inside the call itself), and within the
// implementation's timeout.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // no such entry (read / remove)
        Unavailable, // no keychain service, no D-Bus, access denied
        TimedOut, // the backend did not answer in time
        Failed, // anything else; see detail
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray data; // read only
        QString detail; // human-readable, for the user when it failed
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // Human-readable name for messages, e.g. "Secret Service keychain" or "file ~/.local/…".
    virtual QString description() const = 0;
};

QString secretStatusName(SecretStore::Status status);

} // namespace Ferry::Net
